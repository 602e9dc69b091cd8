"""Input checks shared by every helper: clear errors that name the problem.

Each check raises ``ValueError`` or ``TypeError`` with a message a PM can act on: which
column is missing (and the closest existing name), which value is wrong, what was expected.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

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
