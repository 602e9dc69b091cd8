"""A company-size event log: the capstone inside the engine that holds the data.

The course helpers work on a pandas DataFrame in memory: fast on the course data, too big for
a few hundred million events, and a warehouse table would have to be exported first. Here the
same capstone runs *inside* an engine, through `Ibis <https://ibis-project.org>`_ (one Python
API that compiles to SQL for DuckDB, Spark, BigQuery, Snowflake, ClickHouse, Trino...):

* :func:`open_event_log` - the sibling of :func:`helpers.eventlog.load_event_log` for big
  data: a Parquet/CSV/JSON-lines file, a glob of files (``"events/*.parquet"``), or an Ibis
  table from any connection. Same column mapping, same checks, same :class:`LoadReport`;
  ``preset=`` names the tool the export comes from (:data:`PRESETS`: GA4, Amplitude,
  Mixpanel, PostHog, Segment) instead of its columns. Local files are read by **DuckDB**
  (embedded, nothing to start, works out of memory).
* :func:`helpers.report.run_capstone` takes what it returns: the heavy steps (first event per
  user, per-user counts, funnel, segment sizes, quadrant means, cohort table, aha counts and
  retention) run in the engine, only small results come back as pandas, and the figures and
  the one-page report are the same. The numbers equal the pandas path's (tests check it on
  DuckDB and on Spark).

>>> import pandas as pd
>>> events = pd.DataFrame({"member": ["a", "a", "b", " N/A "],
...     "when": pd.to_datetime(["2024-01-01 09:00", "2024-01-03 10:00", "2024-01-02 08:00", "2024-01-02 11:00"]),
...     "action": ["open", "buy", "open", "open"]})
>>> log, report = open_event_log(events, user_col="member", time_col="when", event_col="action")
>>> report.n_read, report.n_kept, report.dropped
(4, 3, {'empty user id': 1})
>>> log.table.columns
('user_id', 'timestamp', 'event')
"""

from __future__ import annotations

import contextlib
import glob as _glob
import inspect
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ibis
import ibis.expr.datatypes as dt
import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from helpers import cohort, eventlog, validate
from helpers.eventlog import EventLogError, LoadReport, Problem
from helpers.segments import BEHAVIOUR_LEVELS

# Ibis 12 with pandas 3 and DuckDB 2 warns about its own calls (not about yours): keep them out of
# a learner's notebook. Only these two messages, only from Ibis.
warnings.filterwarnings("ignore", message=r".*future\.infer_string", module=r"ibis\.")
warnings.filterwarnings("ignore", message=r"fetch_arrow_table\(\) is deprecated", module=r"ibis\.")

__all__ = ["PRESETS", "EngineLog", "EngineSteps", "Preset", "open_event_log"]


@dataclass(frozen=True)
class Preset:
    """Where an analytics tool's export keeps who, when and what.

    ``user``: one column or several tried in order (the first non-empty one is the user, e.g.
    Segment's ``userId`` then ``anonymousId``); a dotted name reaches into a nested record
    (Mixpanel's ``properties.distinct_id``). ``time_unit``: for numeric times ("s", "ms",
    "us"). ``note``: what to know about this export (shown in the load report).
    """

    user: tuple[str, ...]
    time: str
    event: str
    time_unit: str | None = None
    note: str = ""


PRESETS: dict[str, Preset] = {
    "ga4": Preset(
        ("user_pseudo_id",),
        "event_timestamp",
        "event_name",
        "us",
        "GA4 BigQuery export: user_pseudo_id is the device (browser) id; event_timestamp is UTC "
        "microseconds. A parameter of the nested event_params is a property as "
        "'event_params.NAME' (e.g. properties=['event_params.page_location']).",
    ),
    "amplitude": Preset(
        ("user_id", "device_id"),
        "event_time",
        "event_type",
        None,
        "Amplitude export: user_id, or device_id for events before log-in; event_time is UTC.",
    ),
    "mixpanel": Preset(
        ("properties.distinct_id",),
        "properties.time",
        "event",
        "s",
        "Mixpanel export: properties.distinct_id; properties.time is Unix seconds.",
    ),
    "posthog": Preset(
        ("distinct_id",),
        "timestamp",
        "event",
        None,
        "PostHog export: distinct_id; timestamp is UTC.",
    ),
    "segment": Preset(
        ("userId", "anonymousId"),
        "timestamp",
        "event",
        None,
        "Segment export: userId, or anonymousId for events before identify(); timestamp is UTC.",
    ),
}
"""The event exports :func:`open_event_log` reads by name (``preset="ga4"``, ...)."""

_UNITS = {"s": "s", "ms": "ms", "us": "us", "ns": "ns"}
_FILE_KINDS = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".tsv": "csv"}
_FILE_KINDS |= {".json": "json", ".jsonl": "json", ".ndjson": "json"}


@dataclass
class EngineLog:
    """A checked event log that stays in its engine: ``table`` is an Ibis table with columns
    ``user_id``, ``timestamp``, ``event`` and the properties; ``report`` the load report.

    Pass it to :func:`helpers.report.run_capstone`. ``head(n)`` shows a few rows as pandas.
    """

    table: ibis.Table
    report: LoadReport
    _steps: EngineSteps | None = field(default=None, repr=False, compare=False)

    def head(self, n: int = 5) -> pd.DataFrame:
        """The first ``n`` rows (in the engine's order) as a pandas DataFrame."""
        return self.table.head(n).to_pandas()

    def __repr__(self) -> str:
        r = self.report
        backend = _backend_name(self.table)
        return (
            f"EngineLog on {backend}: {r.n_kept:,} events, {r.n_users:,} users, "
            f"{r.n_event_types} event types (columns {list(self.table.columns)})"
        )


def _backend_name(table: ibis.Table) -> str:
    try:
        return table._find_backend().name
    except Exception:  # an unbound table
        return "an unbound Ibis table"


# ---- reading ----------------------------------------------------------------------------------


def _read(source, con) -> tuple[ibis.Table, str]:
    """The raw table and how to name it, from a path, a glob, a DataFrame or an Ibis table."""
    if isinstance(source, ibis.Table):
        with contextlib.suppress(Exception):  # an unbound table has no backend
            _ready(source._find_backend())
        return source, f"an Ibis table on {_backend_name(source)}"
    if isinstance(source, pd.DataFrame):
        con = con or _duckdb()
        return con.table(_register(con, source)), f"a DataFrame ({len(source):,} rows)"
    if not isinstance(source, str | Path):
        raise TypeError(
            "open_event_log(): source must be a file path, a glob such as 'events/*.parquet', "
            f"a DataFrame or an Ibis table, got {type(source).__name__}."
        )
    text = str(source)
    files = sorted(_glob.glob(text)) if any(c in text for c in "*?[") else [text]
    files = [f for f in files if Path(f).is_file()]
    if not files:
        raise EventLogError(
            f"open_event_log(): no file matches {text!r}. Check the path (a glob like "
            "'events/*.parquet' reads many files as one log)."
        )
    suffix = "".join(Path(files[0]).suffixes[-2:]).lower().removesuffix(".gz")
    kind = _FILE_KINDS.get(Path(suffix).suffix or suffix)
    if kind is None:
        raise EventLogError(
            f"open_event_log(): cannot tell the format of {files[0]!r}; name it .parquet, .csv "
            "or .jsonl (JSON lines), or read it yourself and pass the Ibis table."
        )
    con = _ready(con) if con is not None else _duckdb()
    reader = {"parquet": con.read_parquet, "csv": con.read_csv, "json": con.read_json}[kind]
    table = reader(files if len(files) > 1 else files[0])
    what = files[0] if len(files) == 1 else f"{text} ({len(files)} files)"
    return table, what


def _duckdb() -> ibis.BaseBackend:
    """A new in-process DuckDB connection (Ibis's default engine for files). Every result
    that needs an order asks for it, so DuckDB need not keep the files' row order (less
    memory on a big log)."""
    con = ibis.duckdb.connect()
    con.raw_sql("SET preserve_insertion_order = false")
    return _ready(con)


def _ready(con: ibis.BaseBackend) -> ibis.BaseBackend:
    """Settings the SQL that Ibis 12 writes needs: DuckDB 2 reads its ``x -> f(x)`` lambdas
    (list filters, e.g. GA4's event_params) only with the arrow syntax switched on."""
    if con.name == "duckdb":
        con.raw_sql("SET lambda_syntax = 'ENABLE_SINGLE_ARROW'")
    return con


def _register(con: ibis.BaseBackend, frame: pd.DataFrame) -> str:
    """Put a DataFrame into the engine as a table; returns its name."""
    import pyarrow as pa

    name = ibis.util.gen_name("events")
    arrow = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False)
    if con.name == "duckdb":
        con.con.register(name, arrow)  # a view on the Arrow data, no copy
    else:
        con.create_table(name, arrow, temp=True)
    return name


def _column(table: ibis.Table, name: str) -> ibis.Value:
    """A column by name; ``a.b`` reaches into a record; ``event_params.KEY`` into GA4's list
    of key/value records. A clear error names the closest columns."""
    if name in table.columns:
        return table[name]
    head, _, rest = name.partition(".")
    if rest and head in table.columns:
        col = table[head]
        if col.type().is_struct():
            fields = list(col.type().names)
            if rest in fields:
                return col[rest]
            raise EventLogError(
                f"Column {head!r} has no field {rest!r}; its fields: {fields}."
                f"{eventlog._closest(rest, fields)}"
            )
        if col.type().is_array() and col.type().value_type.is_struct():
            names = col.type().value_type.names
            if "key" in names and "value" in names:
                value = col.filter(lambda p: p.key == rest).map(lambda p: p.value)[0]
                vt = value.type()
                parts = [value[f].cast("string") for f in vt.names] if vt.is_struct() else [value]
                return ibis.coalesce(*parts)
    raise EventLogError(
        f"No column {name!r} in this log.{eventlog._closest(name, table.columns)} "
        f"Columns: {list(table.columns)}."
    )


def _clean_text(value: ibis.Value) -> ibis.Value:
    """Strip spaces; placeholders (NULL, N/A, (not set), empty...) become missing."""
    if not value.type().is_string():
        return value
    stripped = value.strip()
    return (
        stripped.lower().isin(sorted(eventlog.PLACEHOLDERS)).ifelse(ibis.null("string"), stripped)
    )


def _parse_time(raw: ibis.Value, unit: str | None, notes: list[str]) -> ibis.Value:
    """``raw`` as naive timestamps, by the loader's rules; unreadable values become missing."""
    t = raw.type()
    if t.is_timestamp():
        if t.timezone is not None:
            notes.append(
                "Timestamps had a time zone; read them in UTC clock time, which is rarely the "
                "users' clock (convert them in your warehouse for another zone)."
            )
        return raw.cast(dt.Timestamp(scale=6))
    if t.is_date():
        notes.append("Timestamps are dates without a time of day.")
        return raw.cast(dt.Timestamp(scale=6))
    if t.is_numeric():
        if unit is None:
            big = raw.abs().max().to_pyarrow().as_py() or 0
            unit = "us" if big > 1e14 else "ms" if big > 1e11 else "s"
        words = {"s": "seconds", "ms": "milliseconds", "us": "microseconds", "ns": "ns"}[unit]
        notes.append(
            f"Timestamps were numbers; read them as Unix time in {words} since 1970-01-01, in "
            "UTC clock time."
        )
        per_second = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}[unit]
        whole = raw.cast("int64")
        if per_second == 1:
            return whole.as_timestamp("s").cast(dt.Timestamp(scale=6))
        seconds = (whole // per_second).as_timestamp("s").cast(dt.Timestamp(scale=6))
        micros = (whole % per_second) * 1_000_000 // per_second
        return seconds + micros.as_interval("us")
    if t.is_string():
        text = raw.strip()
        # an offset keeps its own local clock time (the loader's one rule): drop it, read the rest
        local = text.re_replace(r"(?i)(z|utc|[+-]\d{2}:?\d{2})$", "").replace("T", " ").strip()
        notes.append(
            "Timestamps were text (ISO 8601, e.g. 2024-01-05 09:00:00); a time-zone offset keeps "
            "its own local clock time, Z or +00:00 is UTC."
        )
        compact = local.re_search(r"^(19|20)\d{6}$")  # 19970101: year-month-day, as in the loader
        return ibis.cases(
            (compact, local.as_timestamp("%Y%m%d").cast(dt.Timestamp(scale=6))),
            else_=local.try_cast(dt.Timestamp(scale=6)),
        )
    raise EventLogError(
        f"The time column has type {t}; it needs timestamps, dates, Unix-time numbers or ISO "
        "text. Cast it in your warehouse first."
    )


def open_event_log(
    source: str | Path | pd.DataFrame | ibis.Table,
    *,
    preset: str | None = None,
    user_col: str | Sequence[str] | None = None,
    time_col: str | None = None,
    event_col: str | None = None,
    properties: Sequence[str] = (),
    time_unit: str | None = None,
    duplicates: str = "keep",
    con: ibis.BaseBackend | None = None,
) -> tuple[EngineLog, LoadReport]:
    """Open a big event log where it lives and check it, like
    :func:`helpers.eventlog.load_event_log` does for a small one.

    ``source``: a Parquet / CSV / JSON-lines file, a glob of them (read as one log), a pandas
    DataFrame, or an Ibis table from any connection (``ibis.bigquery.connect(...).table(...)``,
    ``ibis.pyspark.connect(spark).table(...)``...). Files are read with ``con`` (default: a new
    in-process DuckDB, which streams files bigger than memory).

    Name the columns (``user_col``, ``time_col``, ``event_col``; a dotted name reaches into a
    nested record) or the tool the export comes from: ``preset="ga4"``, ``"amplitude"``,
    ``"mixpanel"``, ``"posthog"``, ``"segment"`` (:data:`PRESETS`). ``properties``: columns
    to keep (for ``quadrant_by``). Numeric times are Unix time in ``time_unit`` ("s", "ms",
    "us"; default from the preset, else from the size of the numbers).

    The checks are the loader's: ids are stripped and placeholders (``NULL``, ``N/A``,
    ``(not set)``...) are missing; rows without a user, an event or a readable time are
    dropped and counted by reason; exact repeats are counted (kept, or dropped with
    ``duplicates="drop"``); warnings for one event type, one day, similar event names.

    Returns ``(log, report)``: an :class:`EngineLog` (the checked table, still in the engine)
    and the :class:`helpers.eventlog.LoadReport`. Raises :class:`EventLogError` for a missing
    file or column, ``ValueError`` for a bad choice.
    """
    func = "open_event_log"
    notes: list[str] = []  # what to know about the reading, shown last in the report
    validate.choice(duplicates, ["keep", "drop"], "duplicates", func)
    cols = _Columns.chosen(func, preset, user_col, time_col, event_col, time_unit, notes)
    if isinstance(properties, str):
        properties = [properties]
    raw, description = _read(source, con)
    wide = _standard_table(raw, cols, properties, notes, func)
    counts = _row_reasons(wide)
    props = list(dict.fromkeys(properties))
    mapped = {"user_id": " or ".join(cols.users), "timestamp": cols.time, "event": cols.event}
    report = LoadReport(description, mapped, props, "row")
    report.n_read = sum(counts.values())
    report.problems += _dropped_rows(wide, counts)
    if not counts.get("kept"):
        raise EventLogError(
            f"{func}(): no row is left after the checks ({report.n_read:,} read): see the "
            f"reasons in the report: {report.dropped or 'the log is empty'}."
        )
    kept = wide.select(["user_id", "timestamp", "event", *props])
    if counts["kept"] < report.n_read:  # a plain test of three columns, in every later query
        kept = kept.filter(kept.user_id.notnull() & kept.event.notnull() & kept.timestamp.notnull())
    kept = _repeated_rows(kept, counts["kept"], duplicates, report)
    return _checked_log(kept, report, notes)


@dataclass(frozen=True)
class _Columns:
    """Where the raw table keeps who (``users``: one column or several tried in order), when
    (``time``, numbers in ``unit``) and what (``event``)."""

    users: list[str]
    time: str
    event: str
    unit: str | None

    @classmethod
    def chosen(cls, func, preset, user_col, time_col, event_col, time_unit, notes) -> _Columns:
        """The columns named, or the preset's (its note goes to ``notes``); a clear error if
        one is missing or a choice is not known."""
        if time_unit is not None:
            validate.choice(time_unit, list(_UNITS), "time_unit", func)
        if preset is not None:
            validate.choice(preset, list(PRESETS), "preset", func)
            p = PRESETS[preset]
            user_col = user_col or p.user
            time_col, event_col = time_col or p.time, event_col or p.event
            time_unit = time_unit or p.time_unit
            notes.append(p.note)
        missing = [n for n, v in [("user_col", user_col), ("time_col", time_col)] if v is None]
        missing += ["event_col"] if event_col is None else []
        if missing:
            raise ValueError(
                f"{func}(): name the columns ({', '.join(missing)}=...) or the export's tool "
                f"(preset= one of {sorted(PRESETS)})."
            )
        users = [user_col] if isinstance(user_col, str) else list(user_col)
        return cls(users, time_col, event_col, time_unit)


def _standard_table(
    raw: ibis.Table, cols: _Columns, properties: Sequence[str], notes: list[str], func: str
) -> ibis.Table:
    """The raw table with the standard columns, cleaned (ids stripped, placeholders missing,
    times parsed), two columns for the drop reasons of the time (``_time_raw``: missing,
    ``_time_text``: as text) and the properties."""
    user = ibis.coalesce(*[_clean_text(_column(raw, u).cast("string")) for u in cols.users])
    if len(cols.users) == 1 and not _column(raw, cols.users[0]).type().is_string():
        user = _column(raw, cols.users[0])  # numeric ids stay numbers, as in the pandas loader
    event = _event_names(raw, cols.event)
    time_raw = _column(raw, cols.time)
    if time_raw.type().is_string():
        time_raw = _clean_text(time_raw)
    when = _parse_time(time_raw, cols.unit, notes)
    props = {p: _column(raw, p) for p in properties}
    clash = [p for p in props if p in eventlog.STANDARD]
    if clash:
        raise ValueError(f"{func}(): property {clash[0]!r} has the name of a standard column.")
    return raw.select(
        user_id=user,
        timestamp=when,
        event=event,
        _time_raw=time_raw.isnull(),
        _time_text=_column(raw, cols.time).cast("string"),
        **props,
    )


def _event_names(raw: ibis.Table, event_col: str) -> ibis.Value:
    """The event column as text, cleaned only if one needs it: the check is on the few
    distinct names, and a clean column then costs nothing in every later query."""
    event = _column(raw, event_col).cast("string")
    names = raw.select(e=event).distinct().to_pandas()["e"]
    if (
        names.isna()
        | names.ne(names.str.strip())
        | names.str.strip().str.lower().isin(eventlog.PLACEHOLDERS)
    ).any():
        event = _clean_text(event)
    return event


_DROP_REASONS = ("empty user id", "empty event name", "missing timestamp", "unparseable timestamp")


def _row_reasons(wide: ibis.Table) -> dict[str, int]:
    """How many rows are kept (``"kept"``) and dropped for each of :data:`_DROP_REASONS`."""
    reason = ibis.cases(
        (wide.user_id.isnull(), "empty user id"),
        (wide.event.isnull(), "empty event name"),
        (wide._time_raw, "missing timestamp"),
        (wide.timestamp.isnull(), "unparseable timestamp"),
        else_="kept",
    ).name("reason")
    counts = wide.group_by(reason).aggregate(n=ibis._.count()).to_pandas()
    return dict(zip(counts["reason"], counts["n"].astype(int), strict=True))


def _dropped_rows(wide: ibis.Table, counts: dict[str, int]) -> list[Problem]:
    """The load report's "dropped" problems, one per reason, with examples of unreadable
    times."""
    problems = []
    for why in _DROP_REASONS:
        n = counts.get(why, 0)
        if n:
            example = ""
            if why == "unparseable timestamp":
                shown = wide.filter(wide.timestamp.isnull() & ~wide._time_raw)
                values = (
                    shown.select("_time_text")
                    .head(eventlog.N_EXAMPLES)
                    .to_pandas()["_time_text"]
                    .tolist()
                )
                example = f" (e.g. {', '.join(map(repr, values))})"
            msg = f"{n:,} rows with {why}{example} were dropped. {eventlog._ADVICE[why]}"
            problems.append(Problem("dropped", why, msg, n=n))
    return problems


def _repeated_rows(kept: ibis.Table, n: int, duplicates: str, report: LoadReport) -> ibis.Table:
    """The ``n`` kept rows, without exact repeats if ``duplicates="drop"``; the report says
    how many rows repeat an earlier one (dropped, or kept as a note)."""
    n_repeats = _repeats(kept, n)
    if not n_repeats:
        return kept
    if duplicates == "drop":
        msg = (
            f"{n_repeats:,} rows repeat an earlier row exactly (same user, time, event and "
            "properties). You chose duplicates='drop'."
        )
        report.problems.append(Problem("dropped", "duplicate row", msg, n=n_repeats))
        return kept.distinct()
    msg = (
        f"{n_repeats:,} rows repeat an earlier row exactly (same user, time, event and "
        "properties). Kept: they may be real repeated actions. Pass duplicates='drop' if "
        "your tracker sends events twice."
    )
    report.problems.append(Problem("note", "duplicate row", msg, n=n_repeats))
    return kept


def _checked_log(
    kept: ibis.Table, report: LoadReport, notes: list[str]
) -> tuple[EngineLog, LoadReport]:
    """The log and its report, completed from the kept rows: sizes, period, the shape
    warnings, then the reading notes."""
    steps = EngineSteps(kept)
    o = steps.overview()
    report.n_kept = o["events"]
    report.n_users, report.n_event_types = o["users"], o["event_types"]
    report.first, report.last = o["first"], o["last"]
    report.problems += steps.shape_problems()
    report.problems += [Problem("note", "reading", n) for n in notes if n]
    return EngineLog(kept, report, steps), report


def _repeats(kept: ibis.Table, n: int) -> int:
    """How many of the ``n`` rows repeat an earlier row exactly (every column equal).

    Equal rows have equal 64-bit row hashes, so only rows whose hash occurs more than once
    can repeat one: if no hash does (the usual case), the answer is 0 without comparing rows;
    otherwise those few rows are compared exactly, so the count is exact either way.
    On DuckDB (in this process) the hashes are sorted with numpy (8 bytes a row: about 3x
    less work than the engine's hash table over every row, measured on 100M events);
    elsewhere (a warehouse, Spark) the engine counts rows per hash and only the repeated
    hashes come back.
    """
    try:
        hashed = kept.mutate(_h=_row_hash(kept))
        if _backend_name(kept) == "duckdb":
            repeated = _repeated_hashes_local(hashed, n)
        else:
            per_hash = hashed.group_by("_h").aggregate(_n=ibis._.count())
            repeated = per_hash.filter(per_hash._n > 1).select("_h").to_pandas()["_h"].to_numpy()
    except (ibis.common.exceptions.IbisError, NotImplementedError):
        # an engine without a row hash: compare the rows
        return n - int(kept.distinct().count().to_pyarrow().as_py())
    if not len(repeated):
        return 0
    wanted = ibis.memtable(pd.DataFrame({"_h": repeated}))
    same = hashed.join(wanted, "_h", how="semi").drop("_h")
    return int(same.count().to_pyarrow().as_py()) - int(
        same.distinct().count().to_pyarrow().as_py()
    )


def _row_hash(table: ibis.Table) -> ibis.Value:
    """A 64-bit hash of every column of each row (DuckDB's ``hash(a, b, ...)``, Spark's
    ``xxhash64``; elsewhere Ibis's hash of the row as one record)."""
    names = {"duckdb": "hash", "pyspark": "xxhash64"}
    backend = _backend_name(table)
    if backend not in names:
        return ibis.struct({c: table[c] for c in table.columns}).hash()
    columns = [table[c] for c in table.columns]

    def fn(*args): ...

    param = inspect.Parameter
    fn.__signature__ = inspect.Signature(
        [param(f"c{i}", param.POSITIONAL_OR_KEYWORD) for i in range(len(columns))]
    )
    out = dt.uint64 if backend == "duckdb" else dt.int64
    sig = (tuple(c.type() for c in columns), out)
    return ibis.udf.scalar.builtin(fn, name=names[backend], signature=sig)(*columns)


def _repeated_hashes_local(hashed: ibis.Table, n: int) -> np.ndarray:
    """The hashes that occur more than once, for a table in this process's DuckDB: the
    hashes stream out in batches into one array (8 bytes a row), which numpy sorts."""
    con = hashed._find_backend()
    sql = ibis.to_sql(hashed.select("_h"), dialect="duckdb")
    values = np.empty(n, dtype=np.uint64)
    i = 0
    for batch in con.con.sql(sql).to_arrow_reader(1 << 20):
        part = batch.column(0).to_numpy()
        values[i : i + len(part)] = part
        i += len(part)
    values = values[:i]
    values.sort()
    same = values[1:] == values[:-1]
    return np.unique(values[1:][same])


def _first_by_time(table: ibis.Table, column: str) -> ibis.Value:
    """The aggregate "value of ``column`` at the earliest time, missing values skipped".

    Ibis's ``argmin`` compiles to an ordered ``FIRST(x ORDER BY t)``, which sorts each group;
    the engines that have ``min_by`` (DuckDB's ``arg_min``, Spark, Snowflake, Trino,
    Databricks) find it in one hash pass: 4x faster on DuckDB.
    """
    value, time = table[column], table.timestamp
    if _backend_name(table) not in {"duckdb", "pyspark", "snowflake", "trino", "databricks"}:
        return value.argmin(time, where=value.notnull())

    def min_by(arg, key): ...

    sig = ((value.type(), time.type()), value.type())
    return ibis.udf.agg.builtin(min_by, name="min_by", signature=sig)(
        value, time, where=value.notnull()
    )


# ---- the capstone's steps in the engine -------------------------------------------------------


class _Bar:
    """A tqdm progress bar over the capstone's steps, saying what is being computed."""

    def __init__(self, total: int) -> None:
        self.bar = tqdm(total=total, desc="capstone", unit="step")
        self.started = False

    def __enter__(self):
        return self

    def step(self, what: str) -> None:
        if self.started:
            self.bar.update(1)
        self.started = True
        self.bar.set_description(what)

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.bar.set_description("capstone: every step done")
            self.bar.update(self.bar.total - self.bar.n)
        self.bar.close()


_TRUNC = {"D": "D", "W": "W", "M": "M", "Q": "Q"}


class EngineSteps:
    """The heavy steps of :func:`helpers.report.run_capstone`, run inside the log's engine.

    Same methods and results as ``helpers.report._PandasSteps``; each returns small pandas
    tables (per step, per cohort cell, or per user), never the events. Two passes over the
    events do most of the work, each kept in the engine for the steps that read it: one row
    per (user, event) (counts, first and last time, first property values) and, for the
    cohort table and the aha moment together, one row per (user, period).
    """

    def __init__(self, table: ibis.Table) -> None:
        self.log = table
        self.plan = None
        self._ue: ibis.Table | None = None
        self._users: ibis.Table | None = None
        self._overview: dict | None = None
        self._events: list | None = None
        self._reset()

    def _reset(self) -> None:
        """Forget the choices of a previous run (keep what was computed from the log)."""
        self.signup: str | None = None
        self._starts: ibis.Table | None = None
        self._life: dict = {}
        self._counts: dict = {}

    @classmethod
    def of(cls, log: object, func: str) -> EngineSteps:
        """The steps on an :class:`EngineLog` or an Ibis table with the standard columns."""
        if isinstance(log, EngineLog):
            steps = log._steps if log._steps is not None else cls(log.table)
            steps._reset()
            return steps
        if isinstance(log, ibis.Table):
            missing = [c for c in eventlog.STANDARD if c not in log.columns]
            if missing:
                raise ValueError(
                    f"{func}(): the table has no column {missing[0]!r}. Open it with "
                    "engine.open_event_log(table, user_col=..., time_col=..., event_col=...) "
                    "(or preset=...) first: it maps your columns and checks them."
                )
            if not log.timestamp.type().is_timestamp():
                raise ValueError(
                    f"{func}(): column 'timestamp' has type {log.timestamp.type()}, not "
                    "timestamps; open the table with engine.open_event_log(...) first."
                )
            return cls(log)
        raise TypeError(
            f"{func}() needs the log from eventlog.load_event_log() (a DataFrame) or from "
            f"engine.open_event_log(), got {type(log).__name__}."
        )

    def progress(self, plan) -> _Bar:
        self.plan = plan
        return _Bar(total=8)

    @property
    def props(self) -> list[str]:
        return [c for c in self.log.columns if c not in eventlog.STANDARD]

    def per_user_event(self) -> ibis.Table:
        """One row per (user, event): ``n`` events, ``t_min`` / ``t_max`` (first and last
        time), kept in the engine (cached) for the steps that read it."""
        if self._ue is None:
            t = self.log
            agg = {"n": t.count(), "t_min": t.timestamp.min(), "t_max": t.timestamp.max()}
            self._ue = t.group_by(["user_id", "event"]).aggregate(**agg).cache()
        return self._ue

    def per_user(self) -> ibis.Table:
        """One row per user: ``n`` event types, ``start`` (first time), ``end`` (last time)
        and ``events``, from the (user, event) rows; kept in the engine for the overview and
        the starts without a sign-up event."""
        if self._users is None:
            ue = self.per_user_event()
            agg = {"n": ue.count(), "start": ue.t_min.min(), "end": ue.t_max.max()}
            agg["events"] = ue.n.sum()
            self._users = ue.group_by("user_id").aggregate(**agg).cache()
        return self._users

    def overview(self) -> dict:
        if self._overview is None:
            pu = self.per_user()
            row = (
                pu.aggregate(
                    users=pu.count(),
                    events=pu.events.sum(),
                    first=pu.start.min(),
                    last=pu.end.max(),
                )
                .to_pandas()
                .iloc[0]
            )
            self._overview = {
                "users": int(row["users"]),
                "events": int(row["events"]),
                "event_types": len(self.known_events()),
                "first": pd.Timestamp(row["first"]),
                "last": pd.Timestamp(row["last"]),
            }
        return self._overview

    def known_events(self) -> set:
        if self._events is None:
            names = self.per_user_event().select("event").distinct().to_pandas()["event"]
            self._events = sorted(names.astype("object").tolist(), key=str)
        return set(self._events)

    def schema_log(self) -> pd.DataFrame:
        """A tiny stand-in log with every event name, the first and last time, the columns."""
        self.known_events()
        o = self.overview()
        names = self._events + self._events[:1]
        times = [o["first"]] * len(self._events) + [o["last"]]
        frame = pd.DataFrame({"user_id": 0, "timestamp": pd.to_datetime(times), "event": names})
        for c in self.log.columns:
            if c not in frame:
                frame[c] = pd.NA
        return frame

    def shape_problems(self) -> list[Problem]:
        """:func:`helpers.eventlog.check_log_shape`'s warnings, computed in the engine."""
        t = self.log
        o = self.overview()
        names = self.known_events()
        tiny = pd.DataFrame({"event": sorted(names, key=str), "user_id": "user"})
        tiny["timestamp"] = pd.Timestamp("2000-01-01 12:00")
        problems = [
            p for p in eventlog.check_log_shape(tiny) if p.reason in {"similar event names"}
        ]
        if len(names) == 1:
            problems += [p for p in eventlog.check_log_shape(tiny) if p.reason == "one event type"]
        if t.user_id.type().is_string():
            suspect = (
                t.filter(t.user_id.strip().lower().isin(sorted(eventlog.SUSPECT_IDS)))
                .group_by("user_id")
                .aggregate(n=ibis._.count())
                .order_by("user_id")
                .to_pandas()
            )
            if len(suspect):
                shown = ", ".join(
                    f"{u!r} ({eventlog._n_rows(int(n))})"
                    for u, n in zip(suspect["user_id"][:3], suspect["n"][:3], strict=True)
                )
                problems.append(
                    Problem(
                        "warning",
                        "placeholder-like user id",
                        f"User ids that often mean 'no user': {shown}. They are kept and counted "
                        "as one user each. If they stand for anonymous events, leave them out "
                        "first (filter the table).",
                    )
                )
        if o["first"].normalize() == o["last"].normalize():
            problems.append(
                Problem(
                    "warning",
                    "one day of data",
                    f"All events are on one day ({o['first']:%Y-%m-%d}). Cohorts, retention and "
                    "the aha moment need weeks or months of data.",
                )
            )
        # one timed row is enough: the engine stops reading at the first one (LIMIT 1)
        timed = len(
            t.filter(t.timestamp != t.timestamp.truncate("D"))
            .select("user_id")
            .head(1)
            .to_pyarrow()
        )
        if not timed:
            problems.append(
                Problem(
                    "note",
                    "dates only",
                    "Timestamps have no time of day (all at 00:00). Events on the same day are "
                    "counted as at the same time.",
                )
            )
        return problems

    def stages(self) -> pd.DataFrame:
        """:func:`helpers.eventlog.suggest_stages`, with the per-user work in the engine."""
        ue = self.per_user_event()
        first = ue.select("user_id", "event", ts=ue.t_min)
        # (a whole-partition window for n and start instead of this grouping and join was
        # slower on DuckDB: 119 s on 100M events against 15 s for this one, at load 4; and
        # joining the cached per-user table instead took 458 s, at load 7 to 14)
        per_user = first.group_by("user_id").aggregate(n=first.count(), start=first.ts.min())
        first = first.mutate(
            step=(ibis.rank().over(group_by="user_id", order_by="ts") + 1).cast("float64")
        ).join(per_user, "user_id")
        first = first.mutate(
            position=(first.n > 1).ifelse(
                (first.step - 1) / (first.n - 1).clip(lower=1), ibis.literal(0.0)
            ),
            days=first.ts.delta(first.start, unit="microsecond").cast("float64") / 86_400_000_000,
        )
        out = (
            first.group_by("event")
            .aggregate(
                users=first.count(),
                typical_step=first.step.median(),
                position=first.position.median(),
                median_days_after_start=first.days.median(),
            )
            .order_by("event")
            .to_pandas()
        )
        out["users"] = out["users"].astype("int64")
        out["share_of_users"] = out["users"] / self.overview()["users"]
        out["event"] = out["event"].astype("object")
        out = out.sort_values(["position", "users"], ascending=[True, False], kind="stable")
        out = out[["event", "users", "share_of_users", "typical_step", "median_days_after_start"]]
        return out.reset_index(drop=True)

    def funnel(self, steps: list[str]) -> pd.DataFrame:
        """:func:`helpers.funnel.funnel` (one event counts for one step only) in the engine."""
        from helpers.funnel import funnel_table

        if len(set(steps)) == len(steps):
            return funnel_table(steps, self._funnel_counts(steps))
        t = self.log
        ev = t.filter(t.event.isin(sorted(set(steps)))).select("user_id", "timestamp", "event")
        # a repeated step: the n-th event of a name per user, so a later step takes a later one
        ev = ev.mutate(
            occ=ibis.row_number().over(group_by=["user_id", "event"], order_by="timestamp")
        )
        picked: dict[str, ibis.Table] = {}
        reached = None
        counts = []
        for step in steps:
            cand = ev.filter(ev.event == step)
            if reached is not None:
                cand = cand.join(reached.select("user_id", prev="t"), "user_id")
                cand = cand.filter(cand.timestamp >= cand.prev)
            if step in picked:
                cand = cand.join(picked[step].select("user_id", used="o"), "user_id")
                cand = cand.filter(cand.occ > cand.used)
            agg = {"t": cand.timestamp.min(), "o": cand.occ.min()}
            reached = cand.group_by("user_id").aggregate(**agg).cache()  # the next step reads it
            picked[step] = reached
            counts.append(int(reached.count().to_pyarrow().as_py()))
        for table in {id(t): t for t in picked.values()}.values():
            table.release()
        return funnel_table(steps, counts)

    def _funnel_counts(self, steps: list[str]) -> list[int]:
        """Users reaching each step of a funnel without a repeated step, mostly from the one
        row per (user, event): a user reaches step k at their first event of it at or after
        the time ``prev`` they reached step k-1. If their first such event is at or after
        ``prev``, that is it; if their last is before ``prev``, they do not reach it; only
        in between (first before, last after) are their events of that step read, for the
        time, and never at the last step (on the course log no user is in between)."""
        ue = self.per_user_event()
        t = self.log
        made: list[ibis.Table] = []
        first = ue.filter(ue.event == steps[0])
        reached = first.select("user_id", t=first.t_min).cache()
        made.append(reached)
        counts = [int(reached.count().to_pyarrow().as_py())]
        for k, step in enumerate(steps[1:], start=1):
            this = ue.filter(ue.event == step).select("user_id", lo="t_min", hi="t_max")
            cand = this.join(reached.select("user_id", prev="t"), "user_id")
            clear = cand.filter(cand.lo >= cand.prev).select("user_id", t="lo")
            between = cand.filter((cand.lo < cand.prev) & (cand.hi >= cand.prev))
            if k == len(steps) - 1:  # the last step: who reaches it is enough, not when
                n = cand.filter(cand.hi >= cand.prev).count().to_pyarrow().as_py()
                counts.append(int(n))
                break
            between = between.select("user_id", "prev").cache()
            made.append(between)
            if int(between.count().to_pyarrow().as_py()):
                ev = t.filter(t.event == step).select("user_id", "timestamp")
                ev = ev.join(between, "user_id")
                ev = ev.filter(ev.timestamp >= ev.prev)
                clear = clear.union(ev.group_by("user_id").aggregate(t=ev.timestamp.min()))
            reached = clear.cache()  # the next step reads it
            made.append(reached)
            counts.append(int(reached.count().to_pyarrow().as_py()))
        for table in made:
            table.release()
        return counts

    def _per_user(self, flags: dict, counts: dict[str, str]) -> pd.DataFrame:
        """One pass over the (user, event) rows, grouped by user: ``flags`` (name: events, any
        of them) and ``counts`` (name: event, how many), in user order. The plan's counts for
        the quadrant come from the segments' pass (kept here for :meth:`per_user_counts`)."""
        plan = self.plan
        extra = {}
        if plan is not None and not counts:
            wanted = {"attempts": plan.cta_event, "completions": plan.completion}
            extra = {k: e for k, e in wanted.items() if isinstance(e, str)}
        every = {**counts, **extra}
        key = tuple(sorted(every.items()))
        if key in self._counts and not flags:
            return self._counts[key]
        ue = self.per_user_event()
        agg = {k: ue.event.isin(list(e)).any() for k, e in flags.items()}
        agg |= {k: (ue.event == e).ifelse(ue.n, 0).sum() for k, e in every.items()}
        out = ue.group_by("user_id").aggregate(**agg).order_by("user_id").to_pandas()
        out = out.set_index("user_id")
        if every:
            self._counts[key] = out[list(every)].astype("int64")
        return out

    def segments(self, browse: list[str], cta: str, conversion: str) -> pd.Series:
        """:func:`helpers.segments.behaviour_segments`: one label per user (user order)."""
        flags = self._per_user({"b": browse, "c": [cta], "v": [conversion]}, {})
        level = np.select(
            [flags["v"].to_numpy(bool), flags["c"].to_numpy(bool), flags["b"].to_numpy(bool)],
            [3, 2, 1],
            0,
        )
        labels = pd.Categorical.from_codes(level, categories=BEHAVIOUR_LEVELS)
        index = pd.Index(flags.index, name="user_id")
        return pd.Series(labels, index=index, name="behaviour")

    def per_user_counts(self, counts: dict[str, str]) -> pd.DataFrame:
        """:func:`helpers.metrics.per_user_counts` for every user, in user order."""
        out = self._per_user({}, counts)
        return out[list(counts)].astype("int64")

    def first_values(self, by: list[str]) -> pd.DataFrame:
        """Each user's first non-missing value of each property (by time), in user order."""
        t = self.log
        agg = {c: _first_by_time(t, c) for c in by}
        out = t.group_by("user_id").aggregate(**agg).order_by("user_id").to_pandas()
        return out.set_index("user_id")

    def use_signup(self, event: str) -> int:
        self.signup = event
        self._life = {}
        return int(self.starts().count().to_pyarrow().as_py())

    def starts(self) -> ibis.Table:
        """Each user's start (``start``): the first sign-up event, or the first event."""
        if self._starts is None:
            ue = self.per_user_event()
            if self.signup is not None:
                s = ue.filter(ue.event == self.signup).select("user_id", start=ue.t_min)
            else:
                s = self.per_user().select("user_id", "start")
            self._starts = s.cache()  # read by the cohort table, the aha moment and more
        return self._starts

    def partial_period(self, period: str) -> pd.Period | None:
        return cohort.partial_last_period(pd.Series([self.overview()["last"]]), period)

    def lives(self, period: str, active_events, aha: tuple) -> dict:
        """One pass over the events of the users with a start: per (user, period) whether
        they were active, their early actions and whether active in the retention window.

        ``aha``: (events, window_days, (lo, hi)) or () - the aha moment's counts come from the
        same pass as the cohort table's.
        """
        key = (period, tuple(active_events or ()), aha)
        if key in self._life:
            return self._life[key]
        starts = self.starts()
        t = self.log.select("user_id", "timestamp", "event")
        if active_events is not None:
            # only the active events and the aha events count here: leave the rest out before
            # the join (on Bomcar that is 5 in 6 events); a user with none of them has no row
            # and is counted from the starts (early_actions)
            t = t.filter(t.event.isin(sorted({*active_events, *(aha[0] if aha else ())})))
        if aha:  # the windows' ends, once per user (not once per event)
            events, window, (lo, hi) = aha
            day = ibis.interval(days=1)
            starts = starts.mutate(
                _w=starts.start + day * window,
                _lo=starts.start + day * lo,
                _hi=starts.start + day * hi,
            )
        j = t.join(starts, "user_id")
        active = j.event.notnull() if active_events is None else j.event.isin(list(active_events))
        agg = {"act": active.any()}
        if aha:
            in_window = (j.timestamp >= j.start) & (j.timestamp < j._w)
            agg["early"] = (j.event.isin(list(events)) & in_window).cast("int64").sum()
            agg["later"] = (active & (j.timestamp >= j._lo) & (j.timestamp < j._hi)).any()
        g = j.group_by(["user_id", j.timestamp.truncate(_TRUNC[period]).name("a")]).aggregate(**agg)
        g = g.cache()
        if self.signup is None:  # every user has a start: the log's last event
            end_ts = self.overview()["last"]
        else:
            ue = self.per_user_event()
            end_ts = ue.join(starts, "user_id").t_max.max().to_pyarrow().as_py()
        self._life[key] = {"g": g, "end": pd.Timestamp(end_ts)}
        return self._life[key]

    def _aha_args(self) -> tuple:
        plan = self.plan
        if plan is None or not plan.aha_events:
            return ()
        return (tuple(plan.aha_events), plan.aha_window_days, tuple(plan.retention_days))

    def cohort_tables(self, *, period: str, active_events, last_period) -> tuple:
        """(retention, users) tables of :func:`helpers.cohort.cohort_table`; the engine counts
        users per (cohort, active period), pandas lays out the small grid."""
        func = "cohort_table"
        validate.choice(period, ["D", "W", "M", "Q"], "period", func)
        if active_events is not None:
            validate.known_values(list(active_events), sorted(self.known_events()), "event", func)
        aha = self._aha_args()
        if aha and not set(aha[0]) <= self.known_events():
            aha = ()
        life = self.lives(period, active_events, aha)
        g, end_ts = life["g"], life["end"]
        starts = self.starts()
        users = starts.mutate(c=starts.start.truncate(_TRUNC[period]))
        act = g.filter(g.act).select("user_id", "a").join(users.select("user_id", "c"), "user_id")
        act = act.filter(act.a >= act.c)
        cells = act.group_by(["c", "a"]).aggregate(n=act.count()).to_pandas()
        sizes = users.group_by("c").aggregate(n=users.count()).to_pandas()

        def ordinals(x: pd.Series) -> np.ndarray:
            return pd.PeriodIndex(pd.DatetimeIndex(x), freq=period).asi8

        end = (
            pd.Period(last_period, freq=period).ordinal
            if last_period is not None
            else pd.Period(end_ts, freq=period).ordinal
        )
        s_ord = ordinals(sizes["c"])
        first_c = int(s_ord.min())
        n_c = n_age = end - first_c + 1
        if n_c <= 0:
            raise ValueError(f"{func}(): last_period={last_period!r} is before the first cohort.")
        size = np.zeros(n_c)
        ok = s_ord - first_c < n_c
        size[s_ord[ok] - first_c] = sizes["n"].to_numpy("float64")[ok]
        ci = ordinals(cells["c"]) - first_c
        age = ordinals(cells["a"]) - ordinals(cells["c"])
        ok = (ci < n_c) & (age < n_age)
        grid = np.zeros((n_c, n_age))
        grid[ci[ok], age[ok]] = cells["n"].to_numpy("float64")[ok]
        index = pd.PeriodIndex.from_ordinals(np.arange(first_c, end + 1), freq=period)
        last = pd.PeriodIndex.from_ordinals([end], freq=period)[0]
        out = []
        with np.errstate(invalid="ignore", divide="ignore"):
            retention = grid / np.where(size > 0, size, np.nan)[:, None]
        for values in (retention, grid):
            table = pd.DataFrame(values, index=index, columns=range(n_age))
            table = table[size > 0]
            table.index.name, table.columns.name = "cohort", "age"
            out.append(table.where(cohort._observable(table.index, table.columns, last)))
        return tuple(out)

    def early_actions(
        self,
        events: Sequence[str],
        label: str,
        *,
        window_days: int,
        retention_days: tuple[int, int],
        active_events=None,
    ) -> pd.DataFrame:
        """:func:`helpers.aha.early_actions` per user (start, early, retained), in the engine."""
        validate.known_values(
            [*events, *(active_events or [])],
            sorted(self.known_events()),
            "event",
            "early_actions",
        )
        lo, hi = retention_days
        aha = (tuple(events), window_days, (lo, hi))
        # the cohort table's pass has these counts when both use the plan's choices
        period = self.plan.period if self.plan is not None else "M"
        life = self.lives(period, active_events, aha)
        g, end_ts = life["g"], life["end"]
        per = g.group_by("user_id").aggregate(early=g.early.sum(), retained=g.later.any())
        starts = self.starts()
        day = ibis.interval(days=1)
        starts = starts.filter(starts.start + day * hi <= end_ts)
        per = starts.join(per, "user_id", how="left").select(
            "user_id", "start", "early", "retained"
        )
        out = per.order_by("user_id").to_pandas().set_index("user_id")
        out["early"] = out["early"].fillna(0).astype("int64")
        out["retained"] = out["retained"].fillna(False).astype(bool)
        return out
