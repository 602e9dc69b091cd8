"""Input checks shared by every helper: clear errors that name the problem.

Each check raises ``ValueError`` or ``TypeError`` with a message a PM can act on: which
column is missing (and the closest existing name), which value is wrong, what was expected.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

import pandas as pd

from helpers.i18n import tr


def frame(df: object, func: str) -> pd.DataFrame:
    """Check that ``df`` is a non-empty DataFrame."""
    if not isinstance(df, pd.DataFrame):
        raise TypeError(
            tr("{func}() needs a pandas DataFrame, got {kind}.", func=func, kind=type(df).__name__)
        )
    if df.empty:
        raise ValueError(
            tr(
                "{func}() got an empty DataFrame (0 rows): there is nothing to compute. If you "
                "filtered it first, the filter matched no rows: check the value's spelling and "
                "capitals against the column's values (e.g. 'starter', not 'Starter').",
                func=func,
            )
        )
    return df


def columns(df: pd.DataFrame, cols: Iterable[str | None], func: str) -> None:
    """Check that every named column exists; suggest the closest name if one is misspelt."""
    for col in cols:
        if col is None:
            continue
        if col not in df.columns:
            close = difflib.get_close_matches(str(col), [str(c) for c in df.columns], n=1)
            fields = {"func": func, "col": repr(col), "cols": ", ".join(map(str, df.columns))}
            raise ValueError(
                tr(
                    "{func}(): column {col} is not in the DataFrame. Did you mean {close}? "
                    "Columns are: {cols}.",
                    close=repr(close[0]),
                    **fields,
                )
                if close
                else tr(
                    "{func}(): column {col} is not in the DataFrame. Columns are: {cols}.",
                    **fields,
                )
            )


def datetimes(df: pd.DataFrame, col: str, func: str) -> None:
    """Check that ``col`` holds real timestamps with no missing values."""
    s = df[col]
    if not pd.api.types.is_datetime64_any_dtype(s):
        raise TypeError(
            tr(
                "{func}(): column {col} must hold datetimes, but its dtype is {dtype}. Convert "
                "it first: df[{col}] = pd.to_datetime(df[{col}]).",
                func=func,
                col=repr(col),
                dtype=s.dtype,
            )
        )
    n_missing = int(s.isna().sum())
    if n_missing:
        raise ValueError(
            tr(
                "{func}(): column {col} has {n} missing timestamps (NaT). Drop or fix those rows "
                "first.",
                func=func,
                col=repr(col),
                n=n_missing,
            )
        )


def numbers(df: pd.DataFrame, col: str, func: str, *, allow_nan: bool = False) -> None:
    """Check that ``col`` is numeric (bools count) and, unless allowed, has no NaN."""
    s = df[col]
    if not (pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s)):
        raise TypeError(
            tr(
                "{func}(): column {col} must be numeric, but its dtype is {dtype}.",
                func=func,
                col=repr(col),
                dtype=s.dtype,
            )
        )
    if not allow_nan:
        n_missing = int(s.isna().sum())
        if n_missing:
            raise ValueError(
                tr(
                    "{func}(): column {col} has {n} missing values (NaN) where a number is "
                    "needed. Fill or drop them first.",
                    func=func,
                    col=repr(col),
                    n=n_missing,
                )
            )


def known_values(values: Iterable[object], allowed: Iterable[object], what: str, func: str) -> None:
    """Check that every value is one of ``allowed`` (e.g. event or stage names)."""
    allowed = list(allowed)
    allowed_set = set(allowed)
    for v in values:
        if v not in allowed_set:
            close = difflib.get_close_matches(str(v), [str(a) for a in allowed], n=1)
            shown = ", ".join(map(repr, allowed[:20])) + (" ..." if len(allowed) > 20 else "")
            fields = {"func": func, "what": what, "value": repr(v), "shown": shown}
            raise ValueError(
                tr(
                    "{func}(): unknown {what} {value}. Did you mean {close}? Known {what}s: "
                    "{shown}.",
                    close=repr(close[0]),
                    **fields,
                )
                if close
                else tr("{func}(): unknown {what} {value}. Known {what}s: {shown}.", **fields)
            )


def choice(value: object, allowed: Iterable[object], name: str, func: str) -> None:
    """Check that a parameter is one of a few allowed options."""
    allowed = list(allowed)
    if value not in allowed:
        raise ValueError(
            tr(
                "{func}(): {name}={value} is not valid; use one of {options}.",
                func=func,
                name=name,
                value=repr(value),
                options=", ".join(map(repr, allowed)),
            )
        )


def event_log(
    log: pd.DataFrame, user_col: str, time_col: str, event_col: str | None, func: str
) -> None:
    """An event log: a non-empty DataFrame with the named columns and real timestamps.

    Raises TypeError (not a DataFrame) or ValueError (empty, a column missing - with the
    closest existing name -, timestamps that are not datetimes).

    >>> log = pd.DataFrame({"user_id": [1], "timestamp": pd.to_datetime(["2024-01-01"]),
    ...                     "event": ["app_open"]})
    >>> event_log(log, "user_id", "timestamp", "event", "funnel")
    """
    frame(log, func)
    columns(log, [user_col, time_col, event_col], func)
    datetimes(log, time_col, func)


def known_events(events: pd.Series) -> list:
    """The event names a log knows: a categorical column's categories (so an event whose rows
    were all dropped is still known, and counts 0), else the distinct values in order of first
    appearance.

    >>> known_events(pd.Series(["a", "b", "a"]))
    ['a', 'b']
    >>> known_events(pd.Series(["a"], dtype=pd.CategoricalDtype(["a", "z"])))
    ['a', 'z']
    """
    if isinstance(events.dtype, pd.CategoricalDtype):
        return list(events.cat.categories)
    return list(pd.unique(events))


def events_known(log: pd.DataFrame, event_col: str, names: Sequence[str], func: str) -> None:
    """Each of ``names`` is an event of the log (:func:`known_events`); else a ValueError that
    names the closest known event.

    >>> log = pd.DataFrame({"event": ["app_open", "return"]})
    >>> events_known(log, "event", ["retrun"], "funnel")
    Traceback (most recent call last):
    ...
    ValueError: funnel(): unknown event 'retrun'. Did you mean 'return'? ...
    """
    known_values(names, known_events(log[event_col]), "event", func)
