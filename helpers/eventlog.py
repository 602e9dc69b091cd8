"""Load any event log - a CSV file or a DataFrame - and check it before you analyse it.

Every method in this course needs the same three columns: *who* did something (a user id),
*when* (a timestamp) and *what* (an event name). :func:`load_event_log` maps your column
names to ``user_id`` / ``timestamp`` / ``event``, parses the times, and checks the usual
problems of a real export. Nothing is dropped silently: the :class:`LoadReport` it returns
says how many rows were read, kept and dropped, for which reason, with example rows and what
to do about them.

How each problem is treated:

* **errors** (the log cannot be used; :class:`EventLogError` is raised): the file is missing
  or empty, a named column does not exist (the closest names are suggested), the same column
  is named twice, or no row is left after the checks;
* **dropped rows** (a warning each): empty user id, empty event name, missing timestamp,
  timestamp that cannot be read as a date;
* **warnings** (rows kept): only one day of data, only one event type, event names that
  differ only in upper/lower case or spaces;
* **notes** (rows kept): exact duplicate rows are *kept* by default, because two identical
  rows can be two real actions (the same CD bought twice on one day) and the user counts that
  funnels, segments and cohorts use do not change; pass ``duplicates="drop"`` if your tracker
  is known to send events twice. Timestamps without a time of day, and time zones, are noted.

>>> import pandas as pd
>>> raw = pd.DataFrame({"member": ["a", "a", "b", "c"],
...                     "when": ["2024-01-01 09:00", "2024-01-03 10:00", "oops", "2024-01-02 08:00"],
...                     "action": ["open", "buy", "open", "open"]})
>>> log, report = load_event_log(raw, user_col="member", time_col="when", event_col="action")
>>> report.n_read, report.n_kept, report.n_dropped
(4, 3, 1)
>>> report.rows("unparseable timestamp")   # index labels of the dropped rows
[2]
>>> list(log.columns)
['user_id', 'timestamp', 'event']
"""

from __future__ import annotations

import difflib
import importlib.util
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from helpers import validate

STANDARD = ("user_id", "timestamp", "event")
#: How many example rows a message shows.
N_EXAMPLES = 5


class EventLogError(ValueError):
    """The event log cannot be used as it is; the message says why and what to do."""


@dataclass
class Problem:
    """One kind of problem found while loading, with the rows it concerns."""

    level: str  # "dropped", "warning" or "note"
    reason: str  # short key, e.g. "unparseable timestamp"
    message: str  # what happened and what to do
    rows: list = field(default_factory=list)  # all affected rows (file lines or index labels)

    @property
    def count(self) -> int:
        return len(self.rows)


@dataclass
class LoadReport:
    """What :func:`load_event_log` read, kept and dropped. Print it to read it."""

    source: str
    columns: dict[str, str]  # standard name -> your column name
    properties: list[str]
    row_label: str  # "file line" or "index label"
    n_read: int = 0
    n_kept: int = 0
    problems: list[Problem] = field(default_factory=list)
    n_users: int = 0
    n_event_types: int = 0
    first: pd.Timestamp | None = None
    last: pd.Timestamp | None = None

    @property
    def n_dropped(self) -> int:
        return sum(p.count for p in self.problems if p.level == "dropped")

    @property
    def dropped(self) -> dict[str, int]:
        """Rows dropped, by reason."""
        return {p.reason: p.count for p in self.problems if p.level == "dropped"}

    @property
    def warnings(self) -> list[str]:
        return [p.message for p in self.problems if p.level == "warning"]

    @property
    def notes(self) -> list[str]:
        return [p.message for p in self.problems if p.level == "note"]

    def rows(self, reason: str) -> list:
        """All rows (file lines, or index labels for a DataFrame) concerned by ``reason``."""
        for p in self.problems:
            if p.reason == reason:
                return list(p.rows)
        known = [p.reason for p in self.problems]
        close = difflib.get_close_matches(reason, known, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise KeyError(f"No problem {reason!r} in this report.{hint} Found: {known or 'none'}.")

    def __str__(self) -> str:
        mapped = ", ".join(f"{std} <- {orig!r}" for std, orig in self.columns.items())
        lines = [
            f"Event log from {self.source}",
            f"  columns: {mapped}"
            + (f"; kept as properties: {self.properties}" if self.properties else ""),
            f"  rows read: {self.n_read:,}   kept: {self.n_kept:,}   dropped: {self.n_dropped:,}",
        ]
        for p in self.problems:
            if p.level == "dropped":
                lines.append(f"    - {p.reason}: {p.count:,}")
        if self.n_kept:
            lines.append(
                f"  {self.n_users:,} {'user' if self.n_users == 1 else 'users'}, "
                f"{self.n_event_types} event {'type' if self.n_event_types == 1 else 'types'}, "
                f"from {self.first:%Y-%m-%d} to {self.last:%Y-%m-%d}"
            )
        labels = {"dropped": "DROPPED", "warning": "WARNING", "note": "NOTE"}
        for p in self.problems:
            lines.append(f"  {labels[p.level]}: {p.message}")
        if not self.problems:
            lines.append("  No problems found.")
        return "\n".join(lines)

    def __repr__(self) -> str:  # shows nicely as the last line of a notebook cell
        return self.__str__()


def _closest(name: str, columns: Sequence[str]) -> str:
    close = difflib.get_close_matches(str(name), [str(c) for c in columns], n=2, cutoff=0.5)
    if not close:  # also try ignoring case, e.g. 'userid' vs 'UserID'
        lower = {str(c).lower(): str(c) for c in columns}
        close = [lower[c] for c in difflib.get_close_matches(str(name).lower(), list(lower), n=2)]
    return f" Did you mean {' or '.join(map(repr, close))}?" if close else ""


def _read(source, encoding: str, sep: str, text_cols: list[str]) -> tuple[pd.DataFrame, str, str]:
    """Read the source; return (frame, description, row label)."""
    if isinstance(source, pd.DataFrame):
        if source.empty:
            raise EventLogError(
                "load_event_log(): the DataFrame has no rows: there is nothing to load."
            )
        return source.copy(), f"a DataFrame ({len(source):,} rows)", "index label"
    if not isinstance(source, str | Path):
        raise TypeError(
            "load_event_log(): source must be a CSV path (str or Path) or a pandas DataFrame, "
            f"got {type(source).__name__}."
        )
    path = Path(source).expanduser()
    if not path.exists():
        raise EventLogError(
            f"load_event_log(): no file at {str(path)!r}. Check the path (it is relative to the "
            f"folder this notebook runs in: {Path.cwd()})."
        )
    if path.is_dir():
        raise EventLogError(
            f"load_event_log(): {str(path)!r} is a folder; give the CSV file in it."
        )
    try:
        header = pd.read_csv(path, nrows=0, encoding=encoding, sep=sep)
    except UnicodeDecodeError as exc:
        raise EventLogError(
            f"load_event_log(): {path.name} is not {encoding} text ({exc.reason}). Try "
            "encoding='cp949' (Korean Excel) or encoding='latin-1'."
        ) from None
    except pd.errors.EmptyDataError:
        raise EventLogError(f"load_event_log(): {path.name} is empty.") from None
    dtypes = {c: "str" for c in text_cols if c in header.columns}
    frame = pd.read_csv(
        path, encoding=encoding, sep=sep, dtype=dtypes, keep_default_na=False, na_values=[""]
    )
    if frame.shape[1] == 1 and sep == ",":
        first = str(frame.columns[0])
        for other, name in ((";", "';'"), ("\t", "'\\t'"), ("|", "'|'")):
            if other in first:
                raise EventLogError(
                    f"load_event_log(): {path.name} was read as a single column {first[:60]!r}. "
                    f"Its values seem to be separated by {name}: pass sep={name}."
                )
    if frame.empty:
        raise EventLogError(f"load_event_log(): {path.name} has a header but no rows.")
    return frame, path.name, "file line"


def _labels(index: pd.Index, positions: np.ndarray, row_label: str) -> list:
    if row_label == "file line":
        return [int(p) + 2 for p in positions]  # line 1 is the header
    return [index[p].item() if hasattr(index[p], "item") else index[p] for p in positions]


def _show(rows: list, row_label: str) -> str:
    shown = ", ".join(map(str, rows[:N_EXAMPLES])) + (" ..." if len(rows) > N_EXAMPLES else "")
    what = f"{row_label}s" if len(rows) > 1 else row_label
    tail = " (the header is line 1)" if row_label == "file line" else ""
    return f"{what} {shown}{tail}"


def _n_rows(n: int) -> str:
    return f"{n:,} row" if n == 1 else f"{n:,} rows"


def _blank(s: pd.Series) -> np.ndarray:
    """True where a value is missing or only spaces."""
    missing = s.isna().to_numpy().copy()
    if s.dtype == object or pd.api.types.is_string_dtype(s):
        empty = s.astype("string").str.strip().eq("").fillna(False)
        missing |= empty.to_numpy(dtype=bool)
    return missing


def _parse_times(s: pd.Series, time_format: str | None) -> tuple[pd.Series, list[str]]:
    """Parse a column to naive datetimes; unparseable values become NaT. Returns notes too."""
    with warnings.catch_warnings():
        return _parse_times_quietly(s, time_format)


def _parse_times_quietly(s: pd.Series, time_format: str | None) -> tuple[pd.Series, list[str]]:
    notes: list[str] = []
    if pd.api.types.is_datetime64_any_dtype(s):
        out = s
    elif pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        v = s.dropna()
        if len(v) and (v == v.round()).all() and v.between(19000101, 21001231).all():
            out = pd.to_datetime(
                s.astype("Int64").astype("string"), format="%Y%m%d", errors="coerce"
            )
            notes.append("Timestamps were numbers like 19970101; read them as year-month-day.")
        else:
            big = float(v.abs().max()) if len(v) else 0.0
            unit = "us" if big > 1e14 else "ms" if big > 1e11 else "s"
            out = pd.to_datetime(s, unit=unit, errors="coerce")
            notes.append(
                f"Timestamps were numbers; read them as Unix time in {dict(s='seconds', ms='milliseconds', us='microseconds')[unit]} "
                "since 1970-01-01 (UTC). If that is wrong, convert the column yourself first."
            )
    else:
        text = s.astype("object").where(~s.isna(), None)
        text = text.map(lambda v: v.strip() if isinstance(v, str) else v)
        if time_format is not None:
            out = pd.to_datetime(text, format=time_format, errors="coerce")
        else:
            # pandas guesses the format from the first value and warns when it cannot; the
            # values it cannot read are retried one by one below and reported as rows.
            warnings.filterwarnings("ignore", "Could not infer format", UserWarning)
            try:
                out = pd.to_datetime(text, errors="coerce")
            except ValueError:  # e.g. mixed time zones
                out = pd.to_datetime(text, errors="coerce", utc=True)
            if not pd.api.types.is_datetime64_any_dtype(out):  # mixed offsets come back as objects
                out = pd.to_datetime(text, errors="coerce", utc=True)
                notes.append("Timestamps had different time zones; converted them all to UTC.")
            retry = out.isna() & text.notna()
            if 0 < int(retry.sum()) <= 50_000:  # a few odd formats: try them one by one
                again = pd.to_datetime(text[retry], errors="coerce", format="mixed")
                if (
                    getattr(again.dt, "tz", None) is not None
                    and getattr(out.dt, "tz", None) is None
                ):
                    again = again.dt.tz_localize(None)
                elif (
                    getattr(out.dt, "tz", None) is not None
                    and getattr(again.dt, "tz", None) is None
                ):
                    again = again.dt.tz_localize("UTC")
                out = out.copy()
                out[retry] = again
    implausible = out.notna() & ((out.dt.year < 1900) | (out.dt.year > 2100))
    if implausible.any():  # e.g. '03/02' read without a year as year 1: treat as unreadable
        out = out.where(~implausible)
    tz = getattr(out.dt, "tz", None)
    if tz is not None:
        if str(tz) != "UTC" or not notes:
            notes.append(f"Timestamps carried a time zone ({tz}); kept the local clock time.")
        out = out.dt.tz_localize(None)
    return out, notes


def load_event_log(
    source: str | Path | pd.DataFrame,
    *,
    user_col: str,
    time_col: str,
    event_col: str,
    properties: list[str] | None = None,
    time_format: str | None = None,
    duplicates: str = "keep",
    sep: str = ",",
    encoding: str = "utf-8-sig",
) -> tuple[pd.DataFrame, LoadReport]:
    """Read an event log and check it. Returns ``(log, report)``.

    * ``source``: a CSV path or a DataFrame (a DataFrame is never modified).
    * ``user_col``, ``time_col``, ``event_col``: *your* names of the who / when / what columns.
      In ``log`` they are called ``user_id``, ``timestamp`` and ``event``.
    * ``properties``: other columns to keep (e.g. ``["plan", "device"]``), under their names.
    * ``time_format``: e.g. ``"%d/%m/%Y %H:%M"`` if pandas cannot guess your date format.
    * ``duplicates``: ``"keep"`` (default; they are counted in a note) or ``"drop"``.

    ``log`` has one row per event, sorted by time, with a fresh index. ``report`` says how many
    rows were read, kept and dropped (and why, with example rows): ``print(report)``.
    Raises :class:`EventLogError` (a ``ValueError``) when the log cannot be used at all.
    """
    func = "load_event_log"
    for name, value in (("user_col", user_col), ("time_col", time_col), ("event_col", event_col)):
        if not isinstance(value, str) or not value:
            raise TypeError(f"{func}(): {name} must be a column name in quotes, got {value!r}.")
    properties = [] if properties is None else properties
    if isinstance(properties, str) or not all(isinstance(p, str) for p in properties):
        raise TypeError(f"{func}(): properties must be a list of column names, e.g. ['plan'].")
    properties = list(properties)
    validate.choice(duplicates, ["keep", "drop"], "duplicates", func)
    wanted = [user_col, time_col, event_col, *properties]
    twice = sorted({c for c in wanted if wanted.count(c) > 1})
    if twice:
        raise EventLogError(
            f"{func}(): column {twice[0]!r} is named more than once: who, when and what (and each "
            "property) must be different columns."
        )
    clash = [p for p in properties if p in STANDARD]
    if clash:
        raise EventLogError(
            f"{func}(): a property cannot be called {clash[0]!r}, the name the log gives to the "
            f"{'who' if clash[0] == 'user_id' else 'when' if clash[0] == 'timestamp' else 'what'} "
            "column. Rename it in your data first."
        )

    raw, described, row_label = _read(source, encoding, sep, [user_col, event_col])
    missing = [c for c in wanted if c not in raw.columns]
    if missing:
        cols = [str(c) for c in raw.columns]
        parts = [f"{c!r}.{_closest(c, cols)}" for c in missing]
        raise EventLogError(
            f"{func}(): {'column' if len(missing) == 1 else 'columns'} not found in {described}: "
            + " ".join(parts)
            + f" Your columns are: {', '.join(map(repr, cols))}."
        )

    report = LoadReport(
        source=described,
        columns={"user_id": user_col, "timestamp": time_col, "event": event_col},
        properties=properties,
        row_label=row_label,
        n_read=len(raw),
    )
    index = raw.index
    keep = np.ones(len(raw), dtype=bool)

    def drop(
        mask: np.ndarray, reason: str, advice: str, examples_of: pd.Series | None = None
    ) -> None:
        mask = mask & keep
        if not mask.any():
            return
        rows = _labels(index, np.flatnonzero(mask), row_label)
        values = ""
        if examples_of is not None:
            vals = pd.unique(examples_of[mask].astype("object"))[:3]
            values = " (values such as " + ", ".join(repr(v) for v in vals) + ")"
        msg = f"{_n_rows(len(rows))} with {reason}{values}, at {_show(rows, row_label)}. {advice}"
        report.problems.append(Problem("dropped", reason, msg, rows))
        keep[mask] = False

    user = raw[user_col]
    drop(
        _blank(user),
        "empty user id",
        "Events without a user cannot be counted for anyone: fix the export, or leave them out.",
    )
    event = raw[event_col]
    drop(
        _blank(event),
        "empty event name",
        "Every row needs an event name: check the export's event column.",
    )

    time_raw = raw[time_col]
    no_time = _blank(time_raw)
    drop(
        no_time,
        "missing timestamp",
        "Without a time the event cannot be placed in a funnel or cohort.",
    )
    times, time_notes = _parse_times(time_raw, time_format)
    bad = times.isna().to_numpy() & ~no_time
    drop(
        bad,
        "unparseable timestamp",
        "Fix them in the source, or pass time_format= (e.g. '%d/%m/%Y %H:%M') if pandas cannot "
        "guess your format.",
        examples_of=time_raw,
    )

    log = pd.DataFrame(
        {
            "user_id": user[keep].map(lambda v: v.strip() if isinstance(v, str) else v),
            "timestamp": times[keep],
            "event": event[keep]
            .map(lambda v: v.strip() if isinstance(v, str) else v)
            .astype("object"),
        }
    )
    for p in properties:
        log[p] = raw.loc[keep, p]
    if pd.api.types.is_object_dtype(log["user_id"]) and log["user_id"].map(type).nunique() == 1:
        if isinstance(log["user_id"].iloc[0] if len(log) else "", str):
            log["user_id"] = log["user_id"].astype("str")

    if not len(log):
        reasons = "; ".join(f"{n:,} {r}" for r, n in report.dropped.items())
        raise EventLogError(
            f"{func}(): no row is left after the checks ({reasons}). Read the messages above this "
            "line, or check that the column mapping is right (print the first rows of your file)."
        )

    dup = log.duplicated(keep="first").to_numpy()
    if dup.any():
        positions = np.flatnonzero(keep)[dup]
        rows = _labels(index, positions, row_label)
        if duplicates == "drop":
            msg = (
                f"{_n_rows(len(rows))} that repeat an earlier row exactly (same user, "
                f"time, event and properties), at {_show(rows, row_label)}. "
                "You chose duplicates='drop'."
            )
            report.problems.append(Problem("dropped", "duplicate row", msg, rows))
            log = log[~dup]
        else:
            msg = (
                f"{_n_rows(len(rows))} repeat an earlier row exactly (same user, time, "
                f"event and properties), at {_show(rows, row_label)}. Kept: they may be real "
                "repeated actions, and user counts do not change. Pass duplicates='drop' if "
                "your tracker sends events twice."
            )
            report.problems.append(Problem("note", "duplicate row", msg, rows))

    log = log.sort_values("timestamp", kind="stable").reset_index(drop=True)
    names = pd.Series(pd.unique(log["event"]))
    folded = names.str.lower().str.replace(r"[\s_-]+", "_", regex=True)
    clashes = names.groupby(folded.to_numpy()).agg(list)
    clashes = clashes[clashes.map(len) > 1]
    if len(clashes):
        sample = "; ".join(" / ".join(map(repr, v)) for v in clashes.iloc[:3])
        report.problems.append(
            Problem(
                "warning",
                "similar event names",
                f"Event names that differ only in case or spaces: {sample}. They are counted as "
                "different events; rename them to one name first if they are the same action.",
            )
        )
    if len(names) == 1:
        report.problems.append(
            Problem(
                "warning",
                "one event type",
                f"Every row has the same event ({names.iloc[0]!r}). Funnels, behaviour segments and "
                "the quadrant need at least a call-to-action and a conversion event: see the "
                "event-schema checklist.",
            )
        )
    days = log["timestamp"].dt.normalize()
    if days.nunique() == 1:
        report.problems.append(
            Problem(
                "warning",
                "one day of data",
                f"All events are on one day ({days.iloc[0]:%Y-%m-%d}). Cohorts, retention and the aha "
                "moment need weeks or months of data.",
            )
        )
    if (log["timestamp"] == days).all():
        report.problems.append(
            Problem(
                "note",
                "dates only",
                "Timestamps have no time of day (all at 00:00). Events on the same day keep the order "
                "of your file.",
            )
        )
    for note in time_notes:
        report.problems.append(Problem("note", "timestamp format", note))
    log["event"] = log["event"].astype(pd.CategoricalDtype(sorted(names, key=str)))
    report.n_kept = len(log)
    report.n_users = int(log["user_id"].nunique())
    report.n_event_types = len(names)
    report.first, report.last = log["timestamp"].min(), log["timestamp"].max()
    return log, report


def suggest_stages(
    log: pd.DataFrame,
    *,
    user_col: str = "user_id",
    time_col: str = "timestamp",
    event_col: str = "event",
) -> pd.DataFrame:
    """Order event names by how early in users' journeys they happen, with how many users do them.

    For each user, their distinct events are ranked by the first time they did each (1 = the
    first thing they did). Per event: ``users`` who did it, ``share_of_users``,
    ``typical_step`` (median rank), ``median_days_after_start`` (from the user's first event).
    Rows are sorted by typical position in the journey (rank scaled 0-1), then by users - a
    starting point for journey stages, not the answer: merge, rename and drop events yourself.

    >>> log = pd.DataFrame({"user_id": [1, 1, 1, 2, 2],
    ...     "timestamp": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-05", "2024-01-01", "2024-01-03"]),
    ...     "event": ["open", "search", "buy", "open", "search"]})
    >>> suggest_stages(log)[["event", "users", "typical_step"]]
        event  users  typical_step
    0    open      2           1.0
    1  search      2           2.0
    2     buy      1           3.0
    """
    func = "suggest_stages"
    validate.frame(log, func)
    validate.columns(log, [user_col, time_col, event_col], func)
    validate.datetimes(log, time_col, func)
    first = (
        log.groupby([user_col, event_col], observed=True, sort=False)[time_col].min().reset_index()
    )
    start = first.groupby(user_col, sort=False)[time_col].transform("min")
    g = first.groupby(user_col, sort=False)[time_col]
    first["step"] = g.rank(method="min")
    n = g.transform("size")
    first["position"] = np.where(n > 1, (first["step"] - 1) / (n - 1).clip(lower=1), 0.0)
    first["days"] = (first[time_col] - start) / pd.Timedelta(days=1)
    total = log[user_col].nunique()
    out = first.groupby(event_col, observed=True).agg(
        users=(user_col, "size"),
        typical_step=("step", "median"),
        position=("position", "median"),
        median_days_after_start=("days", "median"),
    )
    out["share_of_users"] = out["users"] / total
    out = out.reset_index().rename(columns={event_col: "event"})
    out["event"] = out["event"].astype("object")
    out = out.sort_values(["position", "users"], ascending=[True, False], kind="stable")
    out = out[["event", "users", "share_of_users", "typical_step", "median_days_after_start"]]
    return out.reset_index(drop=True)


def schema_checklist(
    log: pd.DataFrame,
    *,
    signup_event: str | None = None,
    browse_events: Sequence[str] = (),
    cta_event: str | None = None,
    conversion_event: str | None = None,
    completion_event: str | None = None,
    funnel_steps: Sequence[str] = (),
    segment_by: Sequence[str] = (),
) -> pd.DataFrame:
    """The event-schema checklist, filled in for one log: which method can run, and what is
    missing for the others. One row per method with ``needs``, ``status`` ("ready",
    "approximate" or "missing") and ``detail``.

    >>> log = pd.DataFrame({"user_id": [1, 1], "event": ["open", "buy"],
    ...     "timestamp": pd.to_datetime(["2024-01-01", "2024-06-01"])})
    >>> schema_checklist(log, cta_event="open", conversion_event="buy")["status"].tolist()
    ['ready', 'ready', 'ready', 'missing', 'ready', 'approximate', 'approximate', 'missing']
    """
    func = "schema_checklist"
    validate.frame(log, func)
    validate.columns(log, list(STANDARD), func)
    col = log["event"]
    known = (
        set(col.cat.categories)
        if isinstance(col.dtype, pd.CategoricalDtype)
        else set(pd.unique(col))
    )
    span = (log["timestamp"].max() - log["timestamp"].min()) / pd.Timedelta(days=1)

    def have(name: str | None, role: str) -> str | None:
        """None if the event is there; else what is missing ('?role' if not chosen)."""
        if name is None:
            return f"?{role}"
        if name not in known:
            close = difflib.get_close_matches(str(name), [str(k) for k in known], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            return f"{role} {name!r} is not in the log{hint}"
        return None

    rows = []

    def add(method, needs, problems, approx=None):
        problems = [p for p in problems if p]
        unchosen = [p[1:] for p in problems if p.startswith("?")]
        problems = [p for p in problems if not p.startswith("?")]
        if unchosen:
            problems.insert(0, "not chosen: " + ", ".join(unchosen))
        if problems:
            rows.append((method, needs, "missing", "; ".join(problems)))
        elif approx:
            rows.append((method, needs, "approximate", approx))
        else:
            rows.append((method, needs, "ready", ""))

    add("every method", "user id, timestamp, event name", [])
    add(
        "journey stages",
        "two or more event types",
        [None if len(known) >= 2 else "only one event type"],
    )
    completion = completion_event or conversion_event
    if funnel_steps:
        add(
            "funnel",
            "two or more steps in order",
            [
                None if len(funnel_steps) >= 2 else "a funnel needs at least two steps",
                *[have(s, "funnel step") for s in funnel_steps],
            ],
        )
    else:
        add(
            "funnel",
            "a call-to-action (CTA) event and a conversion event",
            [have(cta_event, "CTA"), have(conversion_event, "conversion event")],
        )
    add(
        "behaviour segments",
        "browse events, a CTA and a conversion event",
        [
            None if browse_events else "?browse events",
            *[have(b, "browse event") for b in browse_events],
            have(cta_event, "CTA"),
            have(conversion_event, "conversion event"),
        ],
    )
    missing_props = [p for p in segment_by if p not in log.columns]
    add(
        "quadrant",
        "a CTA (attempt) and a completion event",
        [
            have(cta_event, "CTA"),
            have(completion, "completion event"),
            *[f"property {p!r} is not in the log" for p in missing_props],
        ],
    )
    signup_problem = have(signup_event, "sign-up event") if signup_event else None
    add(
        "cohort table",
        "a sign-up event and weeks of data",
        [signup_problem, None if span >= 28 else f"only {span:.0f} days of data"],
        approx=None if signup_event else "no sign-up event: first event used as start",
    )
    add(
        "aha moment",
        "a sign-up, a repeated action, 90+ days",
        [signup_problem, None if span >= 90 else f"only {span:.0f} days of data"],
        approx=None if signup_event else "no sign-up event: first event used as start",
    )
    props = [c for c in log.columns if c not in STANDARD]
    add(
        "behavioural cohorts / segments by property",
        "properties (plan, device, category...)",
        [None if props else "no property columns loaded"],
    )
    return pd.DataFrame(rows, columns=["method", "needs", "status", "detail"])


# ---- the shipped real dataset -------------------------------------------------------------

CDNOW_EVENTS = ["first_purchase", "second_purchase", "third_purchase", "later_purchase"]


def cdnow_path() -> Path:
    """Path of the CDNOW purchase file inside the installed ``lifetimes`` package (not imported)."""
    spec = importlib.util.find_spec("lifetimes")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "The CDNOW data comes with the 'lifetimes' package, which is not installed. Install "
            "the course environment (pip install -e .) or: pip install 'lifetimes>=0.11,<0.12'."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "datasets" / "CDNOW_master.txt"
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing from the installed lifetimes package.")
    return path


def load_cdnow() -> pd.DataFrame:
    """CDNOW's real purchase log (1997-98), as an export with its own column names.

    The file has one row per purchase: ``customer_id``, ``date`` (as in the file: yyyymmdd
    text), ``number_of_cds``, ``dollar_value`` (USD). It has no event name (every row is a
    purchase), so we add ``event_name`` from the real dates: each customer's purchases named
    in order - first_purchase, second_purchase, third_purchase, later_purchase (several rows on
    one day share the day's name). Nothing else is changed, added or removed.
    """
    raw = pd.read_csv(cdnow_path(), sep=r"\s+", dtype={"customer_id": "str", "date": "str"})
    day = pd.to_datetime(raw["date"], format="%Y%m%d")
    order = day.groupby(raw["customer_id"]).rank(method="dense").astype("int64")
    raw["event_name"] = np.array(CDNOW_EVENTS)[np.minimum(order.to_numpy(), 4) - 1]
    return raw
