"""Load any event log - a CSV file or a DataFrame - and check it before you analyse it.

Every method in this course needs the same three columns: *who* did something (a user id),
*when* (a timestamp) and *what* (an event name). :func:`load_event_log` maps your column
names to ``user_id`` / ``timestamp`` / ``event``, parses the times, and checks the usual
problems of a real export. Nothing is dropped silently: the :class:`LoadReport` it returns
says how many rows were read, kept and dropped, for which reason, with example rows and what
to do about them.

The loader is a short pipeline of plain functions, each usable (and tested) on its own:

1. :func:`read_source` - read the CSV file (or take the DataFrame): separator, encoding
   (UTF-16 is detected), decimal commas, and a clear message when the file cannot be split;
2. :func:`map_columns` - pick your who / when / what columns (or a constant event name);
3. :func:`clean_ids` - strip spaces; placeholders (``NULL``, ``None``, ``N/A``, ``\\N``,
   ``undefined``, ``(not set)``, empty ...) count as missing;
4. :func:`parse_times` - one day/month order per column, one time-zone rule for every file;
   :func:`keep_real_order` - each user's events stay in real order across a repeated hour;
5. :func:`find_duplicates` - exact repeats, kept with a note or dropped on request;
6. :func:`check_log_shape` - warnings about the kept log (one day, one event type, ...).

How each problem is treated:

* **errors** (the log cannot be used; :class:`EventLogError` is raised): the file is missing,
  empty or cannot be split into columns, a named column does not exist (the closest names are
  suggested), the same column is named twice, a date column whose day/month order cannot be
  told, or no row is left after the checks;
* **dropped rows** (a warning each): empty user id, empty event name, missing timestamp,
  timestamp that cannot be read as a date;
* **warnings** (rows kept): only one day of data, only one event type, event names that
  differ only in upper/lower case or spaces;
* **notes** (rows kept): exact duplicate rows are *kept* by default, because two identical
  rows can be two real actions (the same CD bought twice on one day); pass
  ``duplicates="drop"`` if your tracker is known to send events twice. Dates without a time
  of day, time zones and the day/month order read are noted.

**Time zones, one rule:** a timestamp with an offset (``+09:00``, ``-05:00``, ``Z``) keeps
its own local clock time (``2024-01-05 09:00+09:00`` is 09:00), so "the first hour of the
day" means the user's morning. Pass ``tz="Asia/Seoul"`` (any zone name, or ``"UTC"``) to
convert every event to that one zone's clock instead. ``Z`` and ``+00:00`` mean UTC, which
is rarely the users' clock: the note says so and suggests ``tz=``. When clocks are set back
(the end of daylight saving time), an event whose clock time reads earlier than the same
user's previous event is placed after it by the real time between them.

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

import datetime as _dt
import difflib
import importlib.util
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from helpers import validate
from helpers.i18n import get_language, tr

STANDARD = ("user_id", "timestamp", "event")
#: The function a learner called, as the loader's messages name it.
_LOAD = "load_event_log"
#: How many example rows a message shows.
N_EXAMPLES = 5
#: Values that mean "no value" in exports (compared after stripping spaces, ignoring case).
PLACEHOLDERS = frozenset(
    {
        "",
        "null",
        "(null)",
        "none",
        "(none)",
        "nan",
        "nat",
        "na",
        "n/a",
        "<na>",
        "\\n",
        "undefined",
        "(not set)",
        "nil",
        "-",
        "--",
    }
)
#: User ids that are kept but look like a stand-in for "no user" (a warning names them).
SUSPECT_IDS = frozenset(
    {"0", "-1", "anonymous", "unknown", "guest", "00000000-0000-0000-0000-000000000000"}
)


class EventLogError(ValueError):
    """The event log cannot be used as it is; the message says why and what to do."""


@dataclass
class Problem:
    """One kind of problem found while loading, with the rows it concerns."""

    level: str  # "dropped", "warning" or "note"
    reason: str  # short key, e.g. "unparseable timestamp"
    message: str  # what happened and what to do
    rows: list = field(default_factory=list)  # all affected rows (file lines or index labels)
    n: int | None = None  # how many rows, where they are not listed (a big log in an engine)

    @property
    def count(self) -> int:
        return len(self.rows) if self.n is None else self.n


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
            tr("Event log from {source}", source=_source_text(self.source)),
            tr("  columns: {mapped}", mapped=mapped)
            + (
                tr("; kept as properties: {properties}", properties=self.properties)
                if self.properties
                else ""
            ),
            tr(
                "  rows read: {read:,}   kept: {kept:,}   dropped: {dropped:,}",
                read=self.n_read,
                kept=self.n_kept,
                dropped=self.n_dropped,
            ),
        ]
        for p in self.problems:
            if p.level == "dropped":
                lines.append(f"    - {reason_name(p.reason)}: {p.count:,}")
        if self.n_kept:
            lines.append(_counts_line(self))
        labels = {"dropped": "DROPPED", "warning": "WARNING", "note": "NOTE"}
        labels = {level: _fragment(label) for level, label in labels.items()}
        for p in self.problems:
            lines.append(f"  {labels[p.level]}: {p.message}")
        if not self.problems:
            lines.append(tr("  No problems found."))
        return "\n".join(lines)

    def __repr__(self) -> str:  # shows nicely as the last line of a notebook cell
        return self.__str__()


def _counts_line(report: LoadReport) -> str:
    """'  23,570 users, 4 event types, from 1997-01-01 to 1998-06-30' (singulars for one)."""
    first, last = f"{report.first:%Y-%m-%d}", f"{report.last:%Y-%m-%d}"
    fields = {"users": report.n_users, "types": report.n_event_types, "first": first, "last": last}
    if report.n_users == 1 and report.n_event_types == 1:
        return tr("  {users:,} user, {types} event type, from {first} to {last}", **fields)
    if report.n_users == 1:
        return tr("  {users:,} user, {types} event types, from {first} to {last}", **fields)
    if report.n_event_types == 1:
        return tr("  {users:,} users, {types} event type, from {first} to {last}", **fields)
    return tr("  {users:,} users, {types} event types, from {first} to {last}", **fields)


def _source_text(source: str) -> str:
    """The report's name for its source: 'a DataFrame (1,000 rows)' in the learner's language."""
    m = re.fullmatch(r"a DataFrame \(([\d,]+) rows\)", source)
    return tr("a DataFrame ({n} rows)", n=m.group(1)) if m else source


def _fragment(text: str) -> str:
    """A short word of the report ('NOTE', ' or ', 'seconds') in the learner's language: kept
    out of the shared catalogue, where so short a key could clash with another module's."""
    if get_language() == "ko":
        from helpers.ko.capstone import FRAGMENTS

        return FRAGMENTS.get(text, text)
    return text


def reason_name(reason: str) -> str:
    """A problem's reason key ('empty user id') as the learner reads it (the key stays English:
    :meth:`LoadReport.rows` and ``dropped`` use it)."""
    if get_language() == "ko":
        from helpers.ko.capstone import REASONS

        return REASONS.get(reason, reason)
    return reason


def _reason_clause(reason: str) -> str:
    """The reason as it qualifies rows ('with empty user id' / '사용자 id가 비어 있는')."""
    if get_language() == "ko":
        from helpers.ko.capstone import REASON_CLAUSES

        return REASON_CLAUSES.get(reason, reason)
    return reason


def _closest(name: str, columns: Sequence[str]) -> str:
    close = difflib.get_close_matches(str(name), [str(c) for c in columns], n=2, cutoff=0.5)
    if not close:  # also try ignoring case, e.g. 'userid' vs 'UserID'
        lower = {str(c).lower(): str(c) for c in columns}
        close = [lower[c] for c in difflib.get_close_matches(str(name).lower(), list(lower), n=2)]
    if not close:
        return ""
    return _fragment(" Did you mean {names}?").format(
        names=_fragment(" or ").join(map(repr, close))
    )


# ---- step 1: read ---------------------------------------------------------------------------


@dataclass
class Source:
    """What :func:`read_source` read: the raw table, how to name it and its rows, and notes."""

    frame: pd.DataFrame
    description: str  # e.g. "log.csv" or "a DataFrame (1,000 rows)"
    row_label: str  # "file line" or "index label"
    notes: list[str] = field(default_factory=list)
    header_line: int = 1  # the file line of the header (after a skipped title block)


_WHITESPACE_SEPS = {r"\s+", r"\s*", " +", r"[ \t]+"}


def _sniff_encoding(path: Path) -> str | None:
    """'utf-16' (or -le/-be) when the file starts with a UTF-16 mark or is full of NUL bytes."""
    with path.open("rb") as f:
        head = f.read(4096)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    if head.count(b"\x00") > len(head) // 4:
        return "utf-16-be" if head[:1] == b"\x00" else "utf-16-le"
    return None


def _not_csv(path: Path) -> None:
    """Raise a clear error for an Excel workbook, JSON or Parquet file given as a CSV."""
    with path.open("rb") as f:
        head = f.read(512)
    suffix = path.suffix.lower()
    func = _LOAD
    if suffix in {".xlsx", ".xlsm", ".xls", ".ods"} or (
        head[:4] in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0") and suffix != ".zip"
    ):
        raise EventLogError(
            tr(
                "{func}(): {file} is a spreadsheet workbook, not a CSV file. Save it as CSV "
                "(File > Save As > CSV UTF-8), or read it with pd.read_excel(path) and pass the "
                "DataFrame.",
                func=func,
                file=path.name,
            )
        )
    if suffix == ".parquet" or head[:4] == b"PAR1":
        raise EventLogError(
            tr(
                "{func}(): {file} is a Parquet file. Read it with pd.read_parquet(path) and "
                "pass the DataFrame.",
                func=func,
                file=path.name,
            )
        )
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if suffix in {".json", ".jsonl", ".ndjson"} or start in (b"[", b"{"):
        raise EventLogError(
            tr(
                "{func}(): {file} is JSON, not CSV. Read it with pd.read_json(path, lines=True) "
                "(one event per line) or pd.json_normalize(...), and pass the DataFrame.",
                func=func,
                file=path.name,
            )
        )


def _head_lines(path: Path, encoding: str, n: int = 30) -> list[str]:
    """The first ``n`` lines of a text file ([] if they cannot be read as ``encoding``)."""
    try:
        with path.open(encoding=encoding, errors="strict", newline="") as f:
            return [line for line in (f.readline() for _ in range(n)) if line]
    except (UnicodeError, LookupError, OSError):
        return []


def _preamble(lines: Sequence[str], sep: str) -> int:
    """How many lines above the header are a title block: '#' comment lines, blank lines, or
    lines with no separator above lines that have one (as analytics tools export)."""
    whitespace = sep in _WHITESPACE_SEPS or sep.isspace()
    later_has_sep = [False] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        later_has_sep[k] = later_has_sep[k + 1] or (
            not whitespace and len(sep) == 1 and sep in lines[k] and not lines[k].startswith("#")
        )
    n = 0
    for k, line in enumerate(lines):
        text = line.strip()
        comment = text.startswith("#") and k + 1 < len(lines)
        title = (
            not whitespace
            and len(sep) == 1
            and not any(c in text for c in (sep, ",", ";", "\t", "|"))
            and later_has_sep[k + 1]
        )
        if not (comment or not text or title):
            break
        n += 1
    return n if n < len(lines) else 0


def _other_separator(func: str, path: Path, sep: str, lines: list[str]) -> EventLogError | None:
    """The error to raise when the header line (``lines[0]``) is split by another separator."""
    other = _sniff_sep(lines[0], sep) if lines else None
    if not other:
        return None
    return EventLogError(
        tr(
            "{func}(): {file} could not be split into columns with sep={sep}: its values seem "
            "to be separated by {other}. Pass sep={other}.",
            func=func,
            file=path.name,
            sep=repr(sep),
            other=other,
        )
    )


def _sniff_sep(line: str, sep: str) -> str | None:
    """The separator a header line seems to use (as written in a call), if not ``sep``."""
    candidates = [(";", "';'"), ("\t", "'\\t'"), ("|", "'|'")]
    if sep != ",":
        candidates.insert(0, (",", "','"))
    counts = [(line.count(c), name) for c, name in candidates if c != sep]
    best = max(counts, default=(0, None))
    return best[1] if best[0] >= 1 and line.count(sep) == 0 else None


def _looks_like_data(names: Sequence[object]) -> bool:
    """True when every column name looks like a value (a number or a date): no header line."""
    return all(re.fullmatch(r"[\d.,:/+-]+", str(n).strip()) for n in names)


def read_source(
    source: str | Path | pd.DataFrame,
    *,
    sep: str = ",",
    encoding: str = "utf-8-sig",
    decimal: str = ".",
    text_cols: Sequence[str] = (),
) -> Source:
    """Step 1: read a CSV file (or take a DataFrame, which is never modified).

    ``text_cols`` are read as text (so ``007`` stays ``007``). A UTF-16 file is detected
    and read as such (with a note). Raises :class:`EventLogError` naming the problem and the
    fix: no file, a folder, an empty file, a file that cannot be split with ``sep`` (e.g. a
    whitespace-aligned file: ``sep=r"\\s+"``), text that is not in ``encoding``.

    >>> read_source(pd.DataFrame({"a": [1]})).row_label
    'index label'
    """
    if isinstance(source, pd.DataFrame):
        return _frame_source(source)
    _check_read_options(source, sep, decimal)
    path = _csv_path(source)
    notes: list[str] = []
    compressed = path.suffix.lower() in {".gz", ".bz2", ".zip", ".xz", ".zst", ".tar"}
    encoding = _choose_encoding(path, encoding, compressed, notes)
    head = [] if compressed else _head_lines(path, encoding)
    skip = _preamble(head, sep)
    if skip:
        notes.append(_title_block_note(head, skip, path))
    frame = _read_csv(path, sep, encoding, decimal, skip, text_cols, head)
    _check_split(frame, path, sep, head, skip)
    if frame.empty:
        raise EventLogError(
            tr("{func}(): {file} has a header but no rows.", func=_LOAD, file=path.name)
        )
    return Source(frame, path.name, "file line", notes, header_line=skip + 1)


def _frame_source(source: pd.DataFrame) -> Source:
    """A DataFrame as the source (never copied or modified); an empty one is an error."""
    if source.empty:
        raise EventLogError(
            tr("{func}(): the DataFrame has no rows: there is nothing to load.", func=_LOAD)
        )
    return Source(source, f"a DataFrame ({len(source):,} rows)", "index label")


def _check_read_options(source: object, sep: object, decimal: object) -> None:
    """The source is a path, ``sep`` a separator, ``decimal`` '.' or ',' and not ``sep``."""
    func = _LOAD
    if source is None:
        raise EventLogError(
            tr(
                "{func}(): source is None: there is no export to read yet. Give the path of "
                'your CSV in quotes (e.g. "my_events.csv"), or keep the demo log '
                "(eventlog.load_cdnow()) until you have one; the method canvas needs no data.",
                func=func,
            )
        )
    if not isinstance(source, str | Path):
        raise TypeError(
            tr(
                "{func}(): source must be a CSV path (str or Path) or a pandas DataFrame, "
                "got {kind}.",
                func=func,
                kind=type(source).__name__,
            )
        )
    if not isinstance(sep, str) or not sep:
        raise TypeError(
            tr("{func}(): sep must be a separator in quotes, e.g. ',' or ';'.", func=func)
        )
    if decimal not in (".", ","):
        raise EventLogError(
            tr(
                "{func}(): decimal must be '.' or ',', got {decimal}.",
                func=func,
                decimal=repr(decimal),
            )
        )
    if decimal == sep:
        raise EventLogError(
            tr(
                "{func}(): decimal={decimal} and sep={sep} are the same character. Files with "
                "decimal commas separate their values with ';' (pass sep=';') or tabs "
                "(sep='\\t').",
                func=func,
                decimal=repr(decimal),
                sep=repr(sep),
            )
        )


def _csv_path(source: str | Path) -> Path:
    """The path of an existing file that is not a workbook, Parquet or JSON file."""
    path = Path(source).expanduser()
    if not path.exists():
        raise EventLogError(
            tr(
                "{func}(): no file at {path}. Check the path (it is relative to the folder this "
                "notebook runs in: {cwd}).",
                func=_LOAD,
                path=repr(str(path)),
                cwd=Path.cwd(),
            )
        )
    if path.is_dir():
        raise EventLogError(
            tr(
                "{func}(): {path} is a folder; give the CSV file in it.",
                func=_LOAD,
                path=repr(str(path)),
            )
        )
    _not_csv(path)
    return path


def _choose_encoding(path: Path, encoding: str, compressed: bool, notes: list[str]) -> str:
    """The encoding to read with: UTF-16 when the file is UTF-16 and UTF-8 was assumed."""
    sniffed = None if compressed else _sniff_encoding(path)
    if not sniffed or encoding.lower().replace("_", "-") not in ("utf-8-sig", "utf-8", "utf8"):
        return encoding
    if encoding != "utf-8-sig":  # the user chose UTF-8 explicitly: say what it is
        raise EventLogError(
            tr(
                "{func}(): {file} is UTF-16 text, not {encoding}. Pass encoding='utf-16' "
                "(or leave encoding out: the loader detects UTF-16).",
                func=_LOAD,
                file=path.name,
                encoding=encoding,
            )
        )
    notes.append(
        tr(
            "{file} is UTF-16 text (as Excel's 'Unicode text' export writes); read it as such.",
            file=path.name,
        )
    )
    return sniffed


def _title_block_note(head: Sequence[str], skip: int, path: Path) -> str:
    """The note that the first ``skip`` lines of the file were a title block, skipped."""
    title = next(
        (line.strip() for line in head[:skip] if re.search(r"\w", line)),
        head[0].strip(),
    )
    return tr(
        "The first {lines} of {file} are a title block (e.g. {title}), not data: "
        "skipped them; the header is line {header}.",
        lines=_n_lines(skip),
        file=path.name,
        title=repr(title[:50]),
        header=skip + 1,
    )


def _csv_options(sep: str, encoding: str, decimal: str, skip: int) -> dict:
    """The ``pd.read_csv`` options: nothing but empty cells is missing; European numbers."""
    whitespace = sep in _WHITESPACE_SEPS
    options = {
        "sep": sep,
        "encoding": encoding,
        "decimal": decimal,
        **({"thousands": "."} if decimal == "," else {}),  # 1.234,5 in European Excel
        "keep_default_na": False,
        "na_values": [""],
        **({"skiprows": skip} if skip else {}),
    }
    if whitespace or len(sep) > 1:
        options["engine"] = "python" if not whitespace else "c"
    return options


def _read_csv(
    path: Path,
    sep: str,
    encoding: str,
    decimal: str,
    skip: int,
    text_cols: Sequence[str],
    head: list[str],
) -> pd.DataFrame:
    """The file as a DataFrame (``text_cols`` as text); a clear error if it cannot be read."""
    func = _LOAD
    options = _csv_options(sep, encoding, decimal, skip)
    try:
        header = pd.read_csv(path, nrows=0, **options)
        dtypes = {c: "str" for c in text_cols if c in header.columns}
        return pd.read_csv(path, dtype=dtypes, **options)
    except UnicodeDecodeError as exc:
        raise EventLogError(
            tr(
                "{func}(): {file} is not {encoding} text ({reason} at byte {byte}). Save it as "
                "UTF-8, or try encoding='cp949' (Korean Excel) or encoding='latin-1' (Western "
                "Excel).",
                func=func,
                file=path.name,
                encoding=encoding,
                reason=exc.reason,
                byte=exc.start,
            )
        ) from None
    except pd.errors.EmptyDataError:
        raise EventLogError(tr("{func}(): {file} is empty.", func=func, file=path.name)) from None
    except (pd.errors.ParserError, ValueError) as exc:
        raise _unsplittable(exc, path, sep, head, skip) from None


def _unsplittable(
    exc: Exception, path: Path, sep: str, head: list[str], skip: int
) -> EventLogError:
    """The error for a file pandas could not split with ``sep``: the likely separator."""
    func = _LOAD
    reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    other = _other_separator(func, path, sep, head[skip:])
    if other:
        return other
    hint = (
        tr(
            'Its values seem aligned with several spaces: pass sep=r"\\s+" (one or more '
            "spaces or tabs)."
        )
        + _spaced_times_hint(head[skip + 1 : skip + 2])
        if sep.isspace() or sep in _WHITESPACE_SEPS
        else tr(
            "Check the separator (sep=',', ';', '\\t' or r\"\\s+\" for spaces) and "
            "that text containing the separator is in quotes."
        )
    )
    return EventLogError(
        tr(
            "{func}(): {file} could not be split into columns with sep={sep} ({reason}). {hint}",
            func=func,
            file=path.name,
            sep=repr(sep),
            reason=reason,
            hint=hint,
        )
    )


def _check_split(frame: pd.DataFrame, path: Path, sep: str, head: list[str], skip: int) -> None:
    """The file was split into its columns: no line longer than the header, not one column."""
    if not isinstance(frame.index, pd.RangeIndex):  # rows longer than the header
        raise _longer_rows(path, sep, head, skip)
    if frame.shape[1] == 1 and sep not in _WHITESPACE_SEPS:
        _check_one_column(str(frame.columns[0]), path, sep)


def _longer_rows(path: Path, sep: str, head: list[str], skip: int) -> EventLogError:
    """The error for lines with more values than the header has names."""
    func = _LOAD
    other = _other_separator(func, path, sep, head[skip:])
    if other:
        return other
    whitespace = sep in _WHITESPACE_SEPS
    return EventLogError(
        tr(
            "{func}(): lines of {file} have more values than its header has column names "
            "when split with sep={sep}. ",
            func=func,
            file=path.name,
            sep=repr(sep),
        )
        + (
            _spaced_times_hint(head[skip + 1 : skip + 2]).lstrip()
            or tr('Its values seem aligned with several spaces: pass sep=r"\\s+".')
            if sep.isspace() or whitespace
            else tr("Check the separator, and that text containing it is in quotes.")
        )
    )


def _check_one_column(first: str, path: Path, sep: str) -> None:
    """A file read as one column: its header shows another separator, or space alignment."""
    func = _LOAD
    candidates = [(";", "';'"), ("\t", "'\\t'"), ("|", "'|'")]
    if sep != ",":
        candidates.insert(0, (",", "','"))
    for other, name in candidates:
        if other in first:
            raise EventLogError(
                tr(
                    "{func}(): {file} was read as a single column {first}. Its values seem "
                    "to be separated by {name}: pass sep={name}.",
                    func=func,
                    file=path.name,
                    first=repr(first[:60]),
                    name=name,
                )
            )
    if re.search(r"\S\s+\S", first):
        raise EventLogError(
            tr(
                "{func}(): {file} was read as a single column {first}. Its values seem "
                'aligned with spaces: pass sep=r"\\s+".',
                func=func,
                file=path.name,
                first=repr(first[:60]),
            )
            + _no_header_hint(first.split(), path.name)
        )


def _spaced_times_hint(lines: Sequence[str]) -> str:
    """For a space-aligned file whose times contain a space ('2024-06-01 08:00:00'): split
    at two or more spaces instead."""
    if any(re.search(r"\d\s\d{1,2}:\d{2}", line) for line in lines):
        return tr(
            " Its times contain a space (e.g. '2024-06-01 08:00'), so single spaces cannot "
            "separate the columns: pass sep={sep} (two or more spaces).",
            sep='r"\\s{2,}"',
        )
    return ""


def _no_header_hint(names: Sequence[object], name: str) -> str:
    if not _looks_like_data(names):
        return ""
    return tr(
        " The first line of {file} looks like data, not column names: read it with "
        "pd.read_csv(path, sep=..., header=None, names=['user', 'date', ...], dtype=str) and "
        "pass that DataFrame.",
        file=name,
    )


#: A number written with a decimal comma (and maybe dots between thousands): 12,5 or 1.234,5.
_COMMA_NUMBER = r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[+-]?\d+(?:,\d+)?"

#: A number with commas between thousands and maybe a decimal point: 29,900 or 1,234.50.
_THOUSANDS_NUMBER = r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?"

# ---- step 2: map columns --------------------------------------------------------------------


def map_columns(
    raw: pd.DataFrame,
    *,
    user_col: str,
    time_col: str,
    event_col: str | None = None,
    event: str | None = None,
    properties: Sequence[str] = (),
    described: str = "the data",
    decimal: str = ".",
    thousands: str | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Step 2: your columns under the standard names, in a new frame with a fresh index.

    Returns ``(table, notes)``: ``table`` has ``user_id``, ``timestamp`` (as read, not yet
    parsed), ``event`` (your ``event_col``, or the constant ``event`` on every row) and the
    ``properties``. A property of numbers written with decimal commas (``"12,5"``) is noted,
    or converted when ``decimal=","``; likewise numbers with commas between thousands
    (``"29,900"``) with ``thousands=","``. Raises :class:`EventLogError` for a missing column
    (suggesting the closest name) or a column name used twice in ``raw``.

    >>> t, _ = map_columns(pd.DataFrame({"u": [1], "t": ["2024-01-01"]}), user_col="u",
    ...                    time_col="t", event="purchase")
    >>> t.columns.tolist(), t["event"].tolist()
    (['user_id', 'timestamp', 'event'], ['purchase'])
    """
    wanted = [user_col, time_col, *([event_col] if event_col is not None else []), *properties]
    _check_columns_found(raw, wanted, described)
    n = len(raw)
    table = pd.DataFrame(
        {
            "user_id": raw[user_col].reset_index(drop=True),
            "timestamp": raw[time_col].reset_index(drop=True),
            "event": (
                raw[event_col].reset_index(drop=True)
                if event_col is not None
                else pd.Series([event] * n, dtype="object")
            ),
        }
    )
    notes = []
    for p in properties:
        values, note = _read_property(raw[p].reset_index(drop=True), p, decimal, thousands)
        if note:
            notes.append(note)
        table[p] = values
    return table, notes


def _check_columns_found(raw: pd.DataFrame, wanted: list[str], described: str) -> None:
    """Every ``wanted`` column is in ``raw`` (else the closest names), and only once."""
    missing = [c for c in wanted if c not in raw.columns]
    if missing:
        raise _columns_not_found(missing, [str(c) for c in raw.columns], described)
    doubled = sorted({str(c) for c in wanted if list(raw.columns).count(c) > 1})
    if doubled:
        raise EventLogError(
            tr(
                "{func}(): {where} has two columns called {name}; rename one first.",
                func=_LOAD,
                where=_source_text(described),
                name=repr(doubled[0]),
            )
        )


def _columns_not_found(missing: list[str], cols: list[str], described: str) -> EventLogError:
    """The error for named columns that are not in the data: the closest names, the columns
    there are, and a hint when the data was not split or has no header line."""
    parts = " ".join(f"{c!r}.{_closest(c, cols)}" for c in missing)
    hint = ""
    if len(cols) == 1 and re.search(r"\S\s+\S", cols[0]):
        hint = tr(' The data has one column: its values seem aligned with spaces (sep=r"\\s+").')
    hint += _no_header_hint(cols, described)
    fields = {
        "func": _LOAD,
        "where": _source_text(described),
        "parts": parts,
        "cols": ", ".join(map(repr, cols[:30])) + (" ..." if len(cols) > 30 else ""),
    }
    return EventLogError(
        (
            tr("{func}(): column not found in {where}: {parts} Your columns are: {cols}.", **fields)
            if len(missing) == 1
            else tr(
                "{func}(): columns not found in {where}: {parts} Your columns are: {cols}.",
                **fields,
            )
        )
        + hint
    )


def _read_property(
    values: pd.Series, name: str, decimal: str, thousands: str | None
) -> tuple[pd.Series, str | None]:
    """A property column, text numbers read as numbers when asked (``thousands=``,
    ``decimal=","``), with a note on what was done or could be."""
    if not (pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)):
        return values, None
    text = values.dropna().astype("str").str.strip()
    commas = text[text.str.contains(",", regex=False)]
    if thousands is not None:
        return _grouped_numbers(values, text, name, thousands)
    if (
        decimal == "."
        and len(commas)
        and text.str.fullmatch(_THOUSANDS_NUMBER).all()
        and commas.str.fullmatch(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?").all()
    ):
        example = commas.iloc[0]
        return values, tr(
            "Property {name} holds numbers with commas between thousands (e.g. "
            "{example} = {number}); kept as text. Pass thousands=',' to read them as "
            "numbers.",
            name=repr(name),
            example=repr(example),
            number=example.replace(",", ""),
        )
    if len(text) and text.str.fullmatch(_COMMA_NUMBER).all() and len(commas):
        return _decimal_commas(values, commas, name, decimal)
    return values, None


def _grouped_numbers(
    values: pd.Series, text: pd.Series, name: str, thousands: str
) -> tuple[pd.Series, str | None]:
    """Numbers with ``thousands`` between groups of three digits ('29,900'), as numbers."""
    group = re.escape(thousands)
    pattern = rf"[+-]?\d{{1,3}}(?:{group}\d{{3}})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?"
    if not (len(text) and text.str.fullmatch(pattern).all()):
        return values, None
    numbers = pd.to_numeric(
        values.astype("str").str.strip().str.replace(thousands, "", regex=False),
        errors="coerce",
    )
    note = tr(
        "Property {name} had {sep} between thousands; read it as numbers.",
        name=repr(name),
        sep=repr(thousands),
    )
    return numbers, note


def _decimal_commas(
    values: pd.Series, commas: pd.Series, name: str, decimal: str
) -> tuple[pd.Series, str]:
    """Numbers with decimal commas ('12,5'): read as numbers with ``decimal=","``, else noted."""
    if decimal != ",":
        return values, tr(
            "Property {name} holds numbers with decimal commas (e.g. "
            "{example}); kept as text. Pass decimal=',' (with sep=';' for "
            "such files) to read them as numbers.",
            name=repr(name),
            example=repr(commas.iloc[0]),
        )
    numbers = pd.to_numeric(
        values.astype("str")
        .str.strip()
        .str.replace(".", "", regex=False)  # thousands: 1.234,5
        .str.replace(",", ".", regex=False),
        errors="coerce",
    )
    return numbers, tr("Property {name} had decimal commas; read it as numbers.", name=repr(name))


# ---- step 3: clean ids ----------------------------------------------------------------------


def _missing(s: pd.Series) -> np.ndarray:
    """True where a value is missing, only spaces, or a placeholder such as 'NULL' or 'N/A'."""
    missing = s.isna().to_numpy().copy()
    if pd.api.types.is_string_dtype(s) and not pd.api.types.is_object_dtype(s):
        missing |= _placeholders(s)
    elif pd.api.types.is_object_dtype(s):
        is_text = s.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
        if is_text.any():
            missing[is_text] |= _placeholders(s[is_text].astype("str"))
    return missing


_LONGEST = max(map(len, PLACEHOLDERS))


def _placeholders(text: pd.Series) -> np.ndarray:
    """True where text (pandas' text dtype) is only spaces or a placeholder, in any case.

    Only short values can be placeholders, so only those are stripped and lower-cased (a
    column of a million timestamps is not)."""
    length = text.str.len()
    out = (text.str.isspace() | length.eq(0)).fillna(False).to_numpy(dtype=bool).copy()
    short = length.le(_LONGEST + 4).fillna(False).to_numpy(dtype=bool)
    if short.any():
        out[short] |= text[short].str.strip().str.lower().isin(PLACEHOLDERS).to_numpy(dtype=bool)
    return out


def _strip(s: pd.Series) -> pd.Series:
    if pd.api.types.is_string_dtype(s) and not pd.api.types.is_object_dtype(s):
        return s.str.strip()
    if pd.api.types.is_object_dtype(s):
        return s.map(lambda v: v.strip() if isinstance(v, str) else v)
    return s


def clean_ids(table: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Step 3: strip spaces around user ids and event names; find missing values.

    Returns ``(table, missing)``: a new table, and for each of ``"empty user id"``,
    ``"empty event name"`` and ``"missing timestamp"`` a boolean array of the rows where the
    value is missing - empty, only spaces, or a placeholder (:data:`PLACEHOLDERS`: ``NULL``,
    ``None``, ``NaN``, ``N/A``, ``\\N``, ``undefined``, ``(not set)`` ...).

    >>> t = pd.DataFrame({"user_id": [" a", "NULL"], "timestamp": ["x", "x"], "event": ["e", "e"]})
    >>> t2, missing = clean_ids(t)
    >>> t2["user_id"].tolist(), missing["empty user id"].tolist()
    (['a', 'NULL'], [False, True])
    """
    user, no_user = _clean_repeated(table["user_id"])
    event, no_event = _clean_repeated(table["event"])
    missing = {
        "empty user id": no_user,
        "empty event name": no_event,
        "missing timestamp": _missing(table["timestamp"]),
    }
    return table.assign(user_id=user, event=event), missing


def _clean_repeated(s: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """Stripped values and the missing mask of a column whose values repeat (users, events):
    the work is done once per distinct value, then spread back to the rows."""
    if len(s) < 10_000 or not (pd.api.types.is_object_dtype(s) or pd.api.types.is_string_dtype(s)):
        return _strip(s), _missing(s)
    codes, uniques = pd.factorize(s)
    if len(uniques) > len(s) // 2:
        return _strip(s), _missing(s)
    distinct = pd.Series(uniques, dtype=s.dtype)
    found = codes >= 0
    missing = ~found
    missing[found] = _missing(distinct)[codes[found]]
    stripped = _strip(distinct).take(np.where(found, codes, 0)).reset_index(drop=True)
    return stripped.where(found), missing


# ---- step 4: parse times --------------------------------------------------------------------

_OFFSET = re.compile(
    r"^(?P<clock>.*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp][Mm])?)\s*"
    r"(?P<zone>[Zz]|UTC|GMT|(?:UTC|GMT)?[+-]\d{2}(?::?\d{2})?)$"
)
_NUMERIC_DATE = re.compile(
    r"^(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?P<rest>(?:[ T].*)?)$"
)


_DIGITS = str.maketrans("0123456789", "9999999999")


def _extract(text: pd.Series, pattern: re.Pattern) -> pd.DataFrame:
    """``text.str.extract(pattern)``, fast for big columns of a few formats.

    Values of one *shape* (digits replaced by 9: '2024-01-05' -> '9999-99-99') match the
    pattern alike and put each group at the same place, so the pattern runs once per shape
    and the groups are cut out by position. Many shapes: the plain regex on every value.
    """
    if len(text) < 5_000:
        return text.str.extract(pattern)
    codes, shapes = pd.factorize(text.str.translate(_DIGITS))
    matches = [(k, pattern.match(sh)) for k, sh in enumerate(shapes)] if len(shapes) < 5_000 else []
    matches = [(k, m) for k, m in matches if m]
    if len(shapes) >= 5_000 or len(matches) > 50:
        return text.str.extract(pattern)
    out = pd.DataFrame(
        {name: pd.Series(np.nan, index=text.index, dtype="str") for name in pattern.groupindex}
    )
    for k, m in matches:
        rows = codes == k
        for name in pattern.groupindex:
            start, end = m.span(name)
            if start >= 0:
                out.loc[rows, name] = text[rows].str.slice(start, end)
    return out


_KOREAN_AM_PM = re.compile(r"(오전|오후)\s*(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)")


def _korean_am_pm(text: pd.Series, time_format: str | None = None) -> pd.Series:
    """Korean Excel's '2024-03-01 오후 1:15:00' as '2024-03-01 1:15:00 PM' (오전 = AM); with a
    ``time_format`` that has ``%p``, in place: '2024-03-01 PM 1:15:00'."""
    korean = text.str.contains("오", regex=False).fillna(False)
    if not korean.any():
        return text
    if time_format is not None and "%p" in time_format:
        fixed = text[korean].str.replace("오전", "AM").str.replace("오후", "PM")
        return text.mask(korean, fixed)
    fixed = text[korean].str.replace(
        _KOREAN_AM_PM, lambda m: f"{m[2]} {'AM' if m[1] == '오전' else 'PM'}", regex=True
    )
    return text.mask(korean, fixed)


def _offsets(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Split '2024-01-05 09:00+09:00' into the clock time and the offset (a Timedelta)."""
    parts = _extract(text, _OFFSET)
    has = parts["zone"].notna()
    if not has.any():
        return text, pd.Series(pd.NaT, index=text.index, dtype="timedelta64[ns]")
    zone = parts["zone"].where(has).str.upper().str.replace(r"^(UTC|GMT)", "", regex=True)
    zone = zone.where(~zone.isin(["Z", ""]), "+00:00")
    sign = np.where(zone.str[:1] == "-", -1, 1)
    digits = zone.str.replace(r"[^0-9]", "", regex=True)
    hours = pd.to_numeric(digits.str[:2], errors="coerce")
    minutes = pd.to_numeric(digits.str[2:4].replace("", "0"), errors="coerce").fillna(0)
    offset = pd.to_timedelta(sign * (hours * 60 + minutes), unit="min").where(has)
    return text.where(~has, parts["clock"]), offset


def _show_offset(td: pd.Timedelta) -> str:
    minutes = int(td / pd.Timedelta(minutes=1))
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _valid_dates(year: pd.Series, month: pd.Series, day: pd.Series) -> pd.Series:
    """True where year, month, day make a real date (not 31 Feb, not month 13)."""
    ok = month.between(1, 12) & day.between(1, 31)
    frame = pd.DataFrame({"year": year, "month": month.where(ok, 1), "day": day.where(ok, 1)})
    return ok & pd.to_datetime(frame, errors="coerce").notna()


def _clock_format(rest: pd.Series) -> str:
    """The time-of-day part of a suggested time_format: ' %H:%M', with ':%S' and '%I ... %p'
    (12-hour clock with AM/PM) when the values have them; '' for dates only."""
    rest = rest[rest.str.len().gt(0)]
    if not len(rest):
        return ""
    first = str(rest.iloc[0])
    seconds = ":%S" if re.search(r"\d:\d{2}:\d{2}", first) else ""
    if re.search(r"[AaPp]\.?[Mm]\.?\s*$", first):
        return f" %I:%M{seconds} %p"
    return f" %H:%M{seconds}"


def _date_order(text: pd.Series, name: str) -> tuple[pd.Series, str | None]:
    """Rewrite day/month/year dates ('05.01.2024') as ISO dates, in one order for the column.

    A first number above 12 means day first; a second number above 12 means month first.
    Raises :class:`EventLogError` when the column has both, or cannot settle the order.
    """
    parts = _extract(text, _NUMERIC_DATE)
    has = parts["a"].notna()
    if not has.any():
        return text, None
    dates = parts[has]
    order = _settle_order(dates, text[has], name)
    out = text.copy()
    out[has] = _iso_dates(dates, order)
    return out, order


def _settle_order(dates: pd.DataFrame, sample: pd.Series, name: str) -> str:
    """'day' or 'month': the one order of a column's numeric dates (groups a, s, b, y, rest
    of :data:`_NUMERIC_DATE`); an error naming examples and the ``time_format`` to pass."""
    a, b = pd.to_numeric(dates["a"]), pd.to_numeric(dates["b"])
    # only a real date votes: 31/02/2024 settles nothing (it is dropped as unreadable)
    y4 = pd.to_numeric(dates["y"]).map(lambda v: v if v > 99 else 2000 + v)
    valid_dm, valid_md = _valid_dates(y4, b, a), _valid_dates(y4, a, b)
    day_first = bool(((a > 12) & valid_dm).any())
    month_first = bool(((b > 12) & valid_md).any())
    if day_first != month_first:
        return "day" if day_first else "month"
    if not day_first and bool((a == b).all()):
        return "day"  # every date reads the same both ways (01.01, 02.02, ...)
    day_fmt, month_fmt = _order_formats(dates)
    if day_first:  # and month first
        d = sample[((a > 12) & valid_dm).to_numpy()].iloc[0]
        m = sample[((b > 12) & valid_md).to_numpy()].iloc[0]
        raise EventLogError(
            tr(
                "load_event_log(): the {name} column has dates in both orders: {d} is day "
                "first, {m} is month first. One column must use one order: fix the export, or "
                "pass time_format= (e.g. {fmt}); rows in the other order are then dropped.",
                name=repr(name),
                d=repr(d),
                m=repr(m),
                fmt=repr(day_fmt),
            )
        )
    either = (a != b).to_numpy()
    real = either & (valid_dm & valid_md).to_numpy()
    example = sample[real if real.any() else either].iloc[0]
    raise EventLogError(
        tr(
            "load_event_log(): dates such as {example} in the {name} column can be "
            "read day first or month first, and no day in the column is above 12 to "
            "settle it. Pass time_format={day} (day first) or {month} (month first).",
            example=repr(example),
            name=repr(name),
            day=repr(day_fmt),
            month=repr(month_fmt),
        )
    )


def _order_formats(dates: pd.DataFrame) -> tuple[str, str]:
    """The day-first and month-first ``time_format`` of the column's first numeric date."""
    sep = dates["s"].iloc[0]
    year = "%Y" if len(dates["y"].iloc[0]) == 4 else "%y"
    clock = _clock_format(dates["rest"].dropna())
    return f"%d{sep}%m{sep}{year}{clock}", f"%m{sep}%d{sep}{year}{clock}"


def _iso_dates(dates: pd.DataFrame, order: str) -> pd.Series:
    """The numeric dates as 'YYYY-MM-DD' plus their time of day; two-digit years 69-99 are
    19xx, the others 20xx."""
    a, b = pd.to_numeric(dates["a"]), pd.to_numeric(dates["b"])
    y = dates["y"]
    y = y.where(
        y.str.len() == 4,
        (pd.to_numeric(y).map(lambda v: 2000 + v if v < 69 else 1900 + v)).astype("str"),
    )
    day, month = (a, b) if order == "day" else (b, a)
    return (
        y
        + "-"
        + month.astype("str").str.zfill(2)
        + "-"
        + day.astype("str").str.zfill(2)
        + dates["rest"].fillna("")
    )


def _to_naive(x: pd.Series | pd.DatetimeIndex) -> pd.Series:
    """Datetimes without a zone, keeping each value's clock time (mixed zones included)."""
    x = pd.Series(x)
    if isinstance(x.dtype, pd.DatetimeTZDtype):
        return x.dt.tz_localize(None)
    if pd.api.types.is_datetime64_dtype(x):
        return x
    return pd.to_datetime(
        x.map(lambda v: v.replace(tzinfo=None) if isinstance(v, _dt.datetime) else v),
        errors="coerce",
    )


def _parse_text(text: pd.Series, time_format: str | None, dayfirst: bool) -> pd.Series:
    """Parse text to naive datetimes: ISO 8601 first, then other formats; NaT if unreadable."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "could not infer format" etc.
        if time_format is not None:
            try:
                return _to_naive(pd.to_datetime(text, format=time_format, errors="coerce"))
            except (ValueError, TypeError) as exc:
                raise EventLogError(
                    tr(
                        "load_event_log(): time_format={fmt} is not a date format ({error}). "
                        "Use codes like '%d/%m/%Y %H:%M'.",
                        fmt=repr(time_format),
                        error=exc,
                    )
                ) from None
        out = _to_naive(pd.to_datetime(text, format="ISO8601", errors="coerce"))
        for attempt in ("infer", "mixed"):
            rest = out.isna() & text.notna()
            n_rest = int(rest.sum())
            if not n_rest or (attempt == "mixed" and n_rest > 50_000):
                break
            try:
                if attempt == "infer":  # one format, guessed from the first value
                    again = pd.to_datetime(text[rest], errors="coerce", dayfirst=dayfirst)
                else:  # a few odd formats: one by one
                    again = pd.to_datetime(
                        text[rest], errors="coerce", format="mixed", dayfirst=dayfirst
                    )
                again = _to_naive(again)
            except (ValueError, TypeError, OverflowError):
                continue
            out = out.astype("datetime64[us]").mask(rest, again.astype("datetime64[us]"))
    return out


def parse_times(
    values: pd.Series, *, time_format: str | None = None, tz: str | None = None
) -> tuple[pd.Series, list[str]]:
    """Step 4: timestamps as naive datetimes (``NaT`` where a value cannot be read), and notes.

    * Text: ISO dates (``2024-01-05 10:00``) first; dates like ``05.01.2024`` are read in
      **one order per column** - a first number above 12 settles day first, a second above
      12 month first; when nothing settles it, :class:`EventLogError` asks for
      ``time_format=``. Numbers like ``19970101`` are year-month-day, other numbers Unix time.
    * Time zones, one rule: each event keeps **its own local clock time**
      (``09:00+09:00`` -> 09:00, ``09:00Z`` -> 09:00); with ``tz="America/New_York"`` every
      event with an offset or zone is converted to that zone's clock instead (values without
      one are taken as already in it). The notes say exactly which was done.

    >>> t, notes = parse_times(pd.Series(["05.01.2024 10:00", "13.01.2024 09:00"]))
    >>> t.dt.strftime("%d %b").tolist()
    ['05 Jan', '13 Jan']
    >>> t, _ = parse_times(pd.Series(["2024-01-05T09:00-05:00", "2024-07-05T09:00-04:00"]), tz="UTC")
    >>> t.dt.hour.tolist()
    [14, 13]
    """
    times, notes, _ = _parse_times(values, time_format=time_format, tz=tz)
    return times, notes


def _parse_times(
    values: pd.Series, *, time_format: str | None = None, tz: str | None = None
) -> tuple[pd.Series, list[str], pd.Series | None]:
    """:func:`parse_times`, and each event's real instant as naive UTC (``NaT`` where the
    value has no offset or zone), or None when no value has one."""
    _check_tz(tz)
    notes: list[str] = []
    s = values.reset_index(drop=True)
    typed = _typed_times(s, tz, notes)
    if typed is not None:
        return typed
    text = _as_text(s)
    text = text.where(~_placeholders(text))
    present = text.dropna()
    if len(present) and present.str.fullmatch(r"\d{8,19}(?:\.\d+)?").all():
        # numbers written as text (19970101, 1704067200): the rules for numbers
        return (*_parse_numbers(pd.to_numeric(text, errors="coerce"), tz, notes), None)
    quick = _quick_iso(text, tz, notes) if time_format is None else None
    if quick is not None:
        return _plausible(quick), notes, None
    text = _korean_am_pm(text, time_format)
    text, offset = _offsets(text)
    fmt = time_format
    if fmt is not None and offset.notna().any():  # offsets are read by _offsets, one rule
        fmt = re.sub(r"\s*(%z|%Z|Z|UTC|GMT)$", "", fmt)
    dayfirst = False
    if fmt is None:
        text, order = _date_order(text, str(values.name) if values.name is not None else "time")
        dayfirst = order == "day"
        if order is not None:
            notes.append(_order_note(order))
    out = _parse_text(text, fmt, dayfirst)
    out, instant = _apply_offsets(out, offset, values, tz, notes)
    return _plausible(out), notes, instant


def _check_tz(tz: str | None) -> None:
    """``tz`` is None or a time-zone name pandas knows."""
    if tz is None:
        return
    try:
        pd.Timestamp("2024-01-01", tz=tz)
    except Exception:  # noqa: BLE001 - any unknown zone name
        raise EventLogError(
            tr(
                "{func}(): tz={tz} is not a time-zone name. Use a name such as 'UTC', "
                "'Asia/Seoul', 'Europe/Berlin' or 'America/New_York'.",
                func=_LOAD,
                tz=repr(tz),
            )
        ) from None


def _typed_times(
    s: pd.Series, tz: str | None, notes: list[str]
) -> tuple[pd.Series, list[str], pd.Series | None] | None:
    """:func:`_parse_times` for datetimes (with or without a zone) and numbers; None for text."""
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        zone = str(s.dt.tz)
        instant = s.dt.tz_convert("UTC").dt.tz_localize(None)
        if tz is None:
            notes.append(
                tr(
                    "Timestamps carried the time zone {zone}; kept their local clock time in "
                    "{zone} (pass tz= to convert them to another zone).",
                    zone=zone,
                )
            )
            return s.dt.tz_localize(None), notes, instant
        notes.append(
            tr(
                "Timestamps carried the time zone {zone}; converted them to {tz} clock time.",
                zone=zone,
                tz=tz,
            )
        )
        return s.dt.tz_convert(tz).dt.tz_localize(None), notes, instant
    if pd.api.types.is_datetime64_dtype(s):
        if tz is not None:
            notes.append(_no_zone_note(tz))
        return s, notes, None
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        return (*_parse_numbers(s, tz, notes), None)
    return None


def _no_zone_note(tz: str) -> str:
    """The note that timestamps without a zone were taken as ``tz`` clock time."""
    return tr("Timestamps had no time zone; took them as {tz} clock time as they are.", tz=tz)


def _order_note(order: str) -> str:
    """The note saying which order ('day' or 'month' first) numeric dates were read in."""
    if order == "day":
        return tr(
            "Dates written with numbers only were read day first (day.month.year): a "
            "first number above 12 settled it, and the whole column is read in that one "
            "order."
        )
    return tr(
        "Dates written with numbers only were read month first (month/day/year): a "
        "second number above 12 settled it, and the whole column is read in that "
        "one order."
    )


def _apply_offsets(
    out: pd.Series, offset: pd.Series, values: pd.Series, tz: str | None, notes: list[str]
) -> tuple[pd.Series, pd.Series | None]:
    """Times with a UTC offset: kept on their own clock, or converted to ``tz``; with each
    event's real instant (naive UTC, None when no value has an offset) and the note."""
    has = offset.notna()
    if not has.any():
        if tz is not None:
            notes.append(_no_zone_note(tz))
        return out, None
    instant = (out - offset).where(has)
    notes.append(_offset_note(out, offset, values, tz))
    if tz is not None:
        utc = out[has] - offset[has]
        local = utc.dt.tz_localize("UTC").dt.tz_convert(tz).dt.tz_localize(None)
        out = out.mask(has, local.astype(out.dtype))
    return out, instant


def _offset_note(out: pd.Series, offset: pd.Series, values: pd.Series, tz: str | None) -> str:
    """What was done with times that carried UTC offsets (``out``: their clock times)."""
    has = offset.notna()
    shown = ", ".join(_show_offset(o) for o in sorted(pd.unique(offset[has]))[:4])
    shown += " ..." if offset[has].nunique() > 4 else ""
    tail = _without_offset_tail(int((~has & out.notna()).sum()), tz)
    if tz is not None:
        return tr(
            "Timestamps carried UTC offsets ({shown}); converted every one to {tz} clock "
            "time.{tail}",
            shown=shown,
            tz=tz,
            tail=tail,
        )
    read = has.to_numpy() & out.notna().to_numpy()
    example = ""
    if read.any():
        first = int(np.flatnonzero(read)[0])
        example = tr(
            " ({value} is {time})",
            value=repr(values.iloc[first]),
            time=f"{out.iloc[first]:%Y-%m-%d %H:%M}",
        )
    if bool((offset[has] == pd.Timedelta(0)).all()):
        return tr(
            "Timestamps end in Z or +00:00: they are UTC (world time), not your users' "
            "local clock time{example}, and were kept as UTC. Pass tz= with your users' "
            "zone (e.g. tz='Asia/Seoul' or tz='America/New_York') so that days and "
            "hours are theirs.{tail}",
            example=example,
            tail=tail,
        )
    return tr(
        "Timestamps carried UTC offsets ({shown}); kept each event's own local clock "
        "time{example}, so days and hours are the user's own. Pass tz='UTC' or a "
        "zone such as 'America/New_York' to convert them all to one zone "
        "instead.{tail}",
        shown=shown,
        example=example,
        tail=tail,
    )


def _without_offset_tail(without: int, tz: str | None) -> str:
    """' 3 rows without an offset were read as written.' ('' when every row had one)."""
    if not without:
        return ""
    if tz is None:
        return tr(" {rows} without an offset were read as written.", rows=_n_rows(without))
    return tr(
        " {rows} without an offset were read as {tz} clock time.",
        rows=_n_rows(without),
        tz=tz,
    )


def keep_real_order(
    times: pd.Series, users: pd.Series, instants: pd.Series | None
) -> tuple[pd.Series, np.ndarray]:
    """Step 4b: keep each user's events in their real order across a repeated hour.

    When clocks go back (the end of daylight saving time), ``01:50-04:00`` happens 20 minutes
    *before* ``01:10-05:00``: local clock times would put a purchase before the view that led
    to it. For each user, an event whose clock time reads earlier than the user's previous
    event (in real order: ``instants``, naive UTC) is placed after it by the real time between
    them - the clock keeps running through the repeated hour. Returns ``(times, moved)``:
    new times (positions as ``times``) and a boolean array of the rows moved.

    >>> t = pd.Series(pd.to_datetime(["2024-11-03 01:50", "2024-11-03 01:10"]))
    >>> utc = pd.Series(pd.to_datetime(["2024-11-03 05:50", "2024-11-03 06:10"]))
    >>> new, moved = keep_real_order(t, pd.Series(["n1", "n1"]), utc)
    >>> new.dt.strftime("%H:%M").tolist(), moved.tolist()
    (['01:50', '02:10'], [False, True])
    """
    moved = np.zeros(len(times), dtype=bool)
    if instants is None:
        return times, moved
    known = (times.notna() & instants.notna() & users.notna()).to_numpy()
    if known.sum() < 2:
        return times, moved
    local = times.to_numpy()[known].astype("datetime64[us]")
    real = instants.to_numpy()[known].astype("datetime64[us]")
    offset = local - real
    if not (offset != offset[0]).any():  # one offset for all: the clock never goes back
        return times, moved
    by_real = np.arange(len(real)) if (real[1:] >= real[:-1]).all() else np.argsort(real)
    lo_r = local[by_real].view("int64")
    latest = np.maximum.accumulate(lo_r)  # the latest clock time read so far, in real order
    behind = np.flatnonzero(lo_r[1:] < latest[:-1]) + 1
    if not len(behind):
        return times, moved  # no clock time ever goes back as real time goes on
    # only a user with an event behind the clock can have one behind their own previous event
    who = users[known]
    sub = np.flatnonzero(who.isin(pd.unique(who.iloc[by_real[behind]])).to_numpy())
    codes = pd.factorize(who.iloc[sub])[0]
    order = np.lexsort((real[sub], codes))
    sub, c = sub[order], codes[order]
    lo, re_ = local[sub], real[sub]
    new = lo.copy()
    for k in range(1, len(new)):
        if c[k] == c[k - 1] and new[k] < new[k - 1]:  # placed after, by the real time between
            new[k] = new[k - 1] + (re_[k] - re_[k - 1])
    changed = new != lo
    positions = np.flatnonzero(known)[sub]
    out = times.astype("datetime64[us]").to_numpy().copy()
    out[positions[changed]] = new[changed]
    moved[positions[changed]] = True
    return pd.Series(out, index=times.index, name=times.name), moved


def _quick_iso(text: pd.Series, tz: str | None, notes: list[str]) -> pd.Series | None:
    """The fast path: every value is ISO 8601 with no offset (or one offset for all, then
    its local clock time is kept, or converted to ``tz``). None when that is not so."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = pd.to_datetime(text, format="ISO8601", errors="coerce")
    except (ValueError, TypeError, OverflowError):
        return None
    if not (pd.api.types.is_datetime64_any_dtype(out)) or bool((out.isna() & text.notna()).any()):
        return None
    if isinstance(out.dtype, pd.DatetimeTZDtype):
        return None  # offsets: the general path says exactly what was done
    if tz is not None:
        notes.append(
            tr("Timestamps had no time zone; took them as {tz} clock time as they are.", tz=tz)
        )
    return out


def _as_text(s: pd.Series) -> pd.Series:
    """Values as stripped text (pandas' text dtype, NaN where missing); datetimes in ISO form."""
    if pd.api.types.is_string_dtype(s) and not pd.api.types.is_object_dtype(s):
        return s.astype("str").str.strip()
    if s.map(type).eq(str).all():  # the common case: all text, quick path
        return s.astype("str").str.strip()

    def one(v: object) -> str | None:
        if v is None or (isinstance(v, float) and v != v) or v is pd.NaT:
            return None
        if isinstance(v, _dt.datetime | _dt.date):
            return v.isoformat()
        return str(v).strip()

    return s.map(one).astype("str")


def _plausible(out: pd.Series) -> pd.Series:
    """Years outside 1900-2100 (e.g. '03/02' read as year 1) count as unreadable."""
    bad = out.notna() & ((out.dt.year < 1900) | (out.dt.year > 2100))
    return out.where(~bad) if bad.any() else out


def _parse_numbers(s: pd.Series, tz: str | None, notes: list[str]) -> tuple[pd.Series, list[str]]:
    v = s.dropna()
    if len(v) and (v == v.round()).all() and v.between(19000101, 21001231).all():
        out = pd.to_datetime(s.astype("Int64").astype("string"), format="%Y%m%d", errors="coerce")
        notes.append(tr("Timestamps were numbers like 19970101; read them as year-month-day."))
        return _plausible(out), notes
    big = float(v.abs().max()) if len(v) else 0.0
    unit = "us" if big > 1e14 else "ms" if big > 1e11 else "s"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            out = pd.to_datetime(s, unit=unit, errors="coerce")
        except (OverflowError, ValueError):
            out = pd.Series(pd.NaT, index=s.index, dtype="datetime64[us]")
    words = {
        "s": "seconds",
        "ms": "milliseconds",
        "us": "microseconds",
    }[unit]
    words = _fragment(words)
    if tz is None:
        notes.append(
            tr(
                "Timestamps were numbers; read them as Unix time in {unit} since 1970-01-01, in "
                "UTC clock time (pass tz= for another zone's clock). If that is wrong, convert "
                "the column yourself first.",
                unit=words,
            )
        )
    else:
        out = out.dt.tz_localize("UTC").dt.tz_convert(tz).dt.tz_localize(None)
        notes.append(
            tr(
                "Timestamps were numbers; read them as Unix time in {unit} and converted them "
                "to {tz} clock time.",
                unit=words,
                tz=tz,
            )
        )
    return _plausible(out), notes


# ---- step 5: duplicates ---------------------------------------------------------------------


def find_duplicates(log: pd.DataFrame) -> np.ndarray:
    """Step 5: True for each row that repeats an earlier row exactly (every column equal).

    >>> find_duplicates(pd.DataFrame({"a": [1, 1, 2]})).tolist()
    [False, True, False]
    """
    return log.duplicated(keep="first").to_numpy()


def _duplicates_problem(
    rows: list, row_label: str, duplicates: str, header_line: int = 1
) -> Problem:
    """The note (kept) or the dropped-rows entry (``duplicates="drop"``) for repeated rows."""
    where = _show(rows, row_label, header_line)
    if duplicates == "drop":
        if len(rows) == 1:
            msg = tr(
                "{rows} that repeats an earlier row exactly (same user, time, event and "
                "properties), at {where}. You chose duplicates='drop'.",
                rows=_n_rows(1),
                where=where,
            )
        else:
            msg = tr(
                "{rows} that repeat an earlier row exactly (same user, time, event and "
                "properties), at {where}. You chose duplicates='drop'.",
                rows=_n_rows(len(rows)),
                where=where,
            )
        return Problem("dropped", "duplicate row", msg, rows)
    if len(rows) == 1:
        msg = tr(
            "{rows} repeats an earlier row exactly (same user, time, event and properties), "
            "at {where}. Kept: it may be a real repeated action. Counts of users (funnel, "
            "segments, cohorts) do not change; counts of events do (events per user, the "
            "quadrant, the aha moment). Pass duplicates='drop' if your tracker sends events "
            "twice.",
            rows=_n_rows(1),
            where=where,
        )
        return Problem("note", "duplicate row", msg, rows)
    msg = tr(
        "{rows} repeat an earlier row exactly (same user, time, event and properties), at "
        "{where}. Kept: they may be real repeated actions. Counts of users (funnel, segments, "
        "cohorts) do not change; counts of events do (events per user, the quadrant, the aha "
        "moment). Pass duplicates='drop' if your tracker sends events twice.",
        rows=_n_rows(len(rows)),
        where=where,
    )
    return Problem("note", "duplicate row", msg, rows)


# ---- step 6: check the shape of the kept log ------------------------------------------------


def check_log_shape(log: pd.DataFrame) -> list[Problem]:
    """Step 6: warnings and notes about a loaded log (rows kept): similar event names, one
    event type, one day of data, dates without a time of day.

    >>> log = pd.DataFrame({"user_id": [1], "event": ["a"], "timestamp": [pd.Timestamp("2024-01-01")]})
    >>> [p.reason for p in check_log_shape(log)]
    ['one event type', 'one day of data', 'dates only']
    """
    names = pd.Series(pd.unique(log["event"].astype("object")))
    days = log["timestamp"].dt.normalize()
    found = [
        _similar_names(names),
        _one_event_type(names),
        _placeholder_like_ids(log["user_id"]),
        _one_day(days),
        _dates_only(log["timestamp"], days),
    ]
    return [p for p in found if p is not None]


def _similar_names(names: pd.Series) -> Problem | None:
    """A warning for event names that differ only in case, spaces, '_' or '-'."""
    folded = names.astype("str").str.lower().str.replace(r"[\s_-]+", "_", regex=True)
    clashes = names.groupby(folded.to_numpy()).agg(list)
    clashes = clashes[clashes.map(len) > 1]
    if not len(clashes):
        return None
    sample = "; ".join(" / ".join(map(repr, v)) for v in clashes.iloc[:3])
    return Problem(
        "warning",
        "similar event names",
        tr(
            "Event names that differ only in case or spaces: {sample}. They are counted "
            "as different events; rename them to one name first if they are the same "
            "action.",
            sample=sample,
        ),
    )


def _one_event_type(names: pd.Series) -> Problem | None:
    """A warning when every row has the same event."""
    if len(names) != 1:
        return None
    return Problem(
        "warning",
        "one event type",
        tr(
            "Every row has the same event ({event}). Funnels, behaviour segments and the "
            "quadrant need at least a call-to-action and a conversion event: see the "
            "event-schema checklist.",
            event=repr(names.iloc[0]),
        ),
    )


def _placeholder_like_ids(users: pd.Series) -> Problem | None:
    """A warning naming user ids such as '0' or 'anonymous' (:data:`SUSPECT_IDS`)."""
    ids = pd.Series(pd.unique(users.astype("object")))
    suspect = ids[ids.astype("str").str.strip().str.lower().isin(SUSPECT_IDS)]
    if not len(suspect):
        return None
    counts = users.astype("object").value_counts()
    shown = ", ".join(f"{v!r} ({_n_rows(int(counts[v]))})" for v in suspect.iloc[:3])
    return Problem(
        "warning",
        "placeholder-like user id",
        tr(
            "User ids that often mean 'no user': {shown}. They are kept and counted as "
            "one user each. If they stand for anonymous events, leave them out first, "
            "e.g. log = log[log['user_id'] != {first}].",
            shown=shown,
            first=repr(suspect.iloc[0]),
        ),
    )


def _one_day(days: pd.Series) -> Problem | None:
    """A warning when every event is on the same day (``days``: the normalized times)."""
    if days.nunique() != 1:
        return None
    return Problem(
        "warning",
        "one day of data",
        tr(
            "All events are on one day ({day}). Cohorts, retention and the aha moment "
            "need weeks or months of data.",
            day=f"{days.iloc[0]:%Y-%m-%d}",
        ),
    )


def _dates_only(times: pd.Series, days: pd.Series) -> Problem | None:
    """A note when no timestamp has a time of day (all at midnight)."""
    if not (times == days).all():
        return None
    return Problem(
        "note",
        "dates only",
        tr(
            "Timestamps have no time of day (all at 00:00). Events on the same day keep "
            "the order of your file."
        ),
    )


# ---- the pipeline ---------------------------------------------------------------------------


def _labels(index: pd.Index, positions: np.ndarray, row_label: str, header_line: int = 1) -> list:
    if row_label == "file line":
        return [int(p) + header_line + 1 for p in positions]  # the header is one line above
    return [index[p].item() if hasattr(index[p], "item") else index[p] for p in positions]


def _show(rows: list, row_label: str, header_line: int = 1) -> str:
    """Where the rows are: 'file lines 6, 19 (the header is line 1)', 'index label 2'."""
    shown = ", ".join(map(str, rows[:N_EXAMPLES])) + (" ..." if len(rows) > N_EXAMPLES else "")
    many = len(rows) > 1
    if row_label == "file line":
        if many:
            return tr(
                "file lines {rows} (the header is line {header})", rows=shown, header=header_line
            )
        return tr("file line {rows} (the header is line {header})", rows=shown, header=header_line)
    if row_label == "index label":
        return (
            tr("index labels {rows}", rows=shown) if many else tr("index label {rows}", rows=shown)
        )
    return f"{row_label}s {shown}" if many else f"{row_label} {shown}"


def _n_rows(n: int) -> str:
    return _fragment("{n:,} row" if n == 1 else "{n:,} rows").format(n=n)


def _n_lines(n: int) -> str:
    return _fragment("{n:,} line" if n == 1 else "{n:,} lines").format(n=n)


def _advice(reason: str) -> str:
    """What to do about rows dropped for ``reason`` (:data:`_ADVICE`, in the learner's language)."""
    return {
        "empty user id": lambda: tr(_ADVICE_EMPTY_USER),
        "empty event name": lambda: tr(_ADVICE_EMPTY_EVENT),
        "missing timestamp": lambda: tr(_ADVICE_MISSING_TIME),
        "unparseable timestamp": lambda: tr(_ADVICE_UNPARSEABLE),
    }[reason]()


_ADVICE_EMPTY_USER = (
    "Events without a user cannot be counted for anyone (anonymous views, placeholders such as "
    "'NULL'): fix the export, or leave them out."
)
_ADVICE_EMPTY_EVENT = "Every row needs an event name: check the export's event column."
_ADVICE_MISSING_TIME = "Without a time the event cannot be placed in a funnel or cohort."
_ADVICE_UNPARSEABLE = (
    "Fix them in the source, or pass time_format= (e.g. '%d/%m/%Y %H:%M') if pandas cannot "
    "guess your format."
)
_ADVICE_TWELVE_HOUR = (
    "Fix them in the source, or pass time_format= (e.g. '%m/%d/%Y %I:%M %p': %I and %p read a "
    "12-hour clock with AM/PM) if pandas cannot guess your format."
)
_ADVICE = {
    "empty user id": _ADVICE_EMPTY_USER,
    "empty event name": _ADVICE_EMPTY_EVENT,
    "missing timestamp": _ADVICE_MISSING_TIME,
    "unparseable timestamp": _ADVICE_UNPARSEABLE,
}


def _check_arguments(user_col, time_col, event_col, event, properties, duplicates) -> list[str]:
    """The loader's arguments make sense together; returns ``properties`` as a list."""
    _check_names(user_col, time_col, event_col, event)
    properties = _property_list(properties)
    validate.choice(duplicates, ["keep", "drop"], "duplicates", _LOAD)
    _check_distinct([user_col, time_col, *([event_col] if event_col else []), *properties])
    _check_property_names(properties)
    return properties


def _check_names(user_col: object, time_col: object, event_col: object, event: object) -> None:
    """Who and when are column names; exactly one of ``event_col`` and ``event``, a name."""
    func = _LOAD
    for name, value in (("user_col", user_col), ("time_col", time_col)):
        if not isinstance(value, str) or not value:
            raise TypeError(
                tr(
                    "{func}(): {name} must be a column name in quotes, got {value}.",
                    func=func,
                    name=name,
                    value=repr(value),
                )
            )
    if (event_col is None) == (event is None):
        raise TypeError(
            tr(
                "{func}(): give event_col= (the column with the event name) or event= (one name "
                "for every row, e.g. event='purchase' for a log of purchases), not both.",
                func=func,
            )
            if event_col is not None
            else tr(
                "{func}(): event_col= is missing: the column with the event name. If every "
                "row is the same kind of event, pass event='purchase' (its name) instead.",
                func=func,
            )
        )
    for name, value in (("event_col", event_col), ("event", event)):
        if value is not None and (not isinstance(value, str) or not value):
            raise TypeError(
                tr(
                    "{func}(): {name} must be a name in quotes, got {value}.",
                    func=func,
                    name=name,
                    value=repr(value),
                )
            )


def _property_list(properties: object) -> list[str]:
    """``properties`` as a list of column names ([] for None)."""
    properties = [] if properties is None else properties
    if isinstance(properties, str) or not all(isinstance(p, str) for p in properties):
        raise TypeError(
            tr("{func}(): properties must be a list of column names, e.g. ['plan'].", func=_LOAD)
        )
    return list(properties)


def _check_distinct(wanted: list[str]) -> None:
    """Who, when, what and each property are different columns."""
    twice = sorted({c for c in wanted if wanted.count(c) > 1})
    if twice:
        raise EventLogError(
            tr(
                "{func}(): column {name} is named more than once: who, when and what (and each "
                "property) must be different columns.",
                func=_LOAD,
                name=repr(twice[0]),
            )
        )


def _check_property_names(properties: list[str]) -> None:
    """No property is called user_id, timestamp or event (the names the log gives)."""
    clash = [p for p in properties if p in STANDARD]
    if not clash:
        return
    fields = {"func": _LOAD, "name": repr(clash[0])}
    raise EventLogError(
        tr(
            "{func}(): a property cannot be called {name}, the name the log gives to the "
            "who column. Rename it in your data first.",
            **fields,
        )
        if clash[0] == "user_id"
        else tr(
            "{func}(): a property cannot be called {name}, the name the log gives to the "
            "when column. Rename it in your data first.",
            **fields,
        )
        if clash[0] == "timestamp"
        else tr(
            "{func}(): a property cannot be called {name}, the name the log gives to the "
            "what column. Rename it in your data first.",
            **fields,
        )
    )


def _check_thousands(thousands: str | None) -> None:
    """``thousands`` is None or one of the characters written between groups of digits."""
    if thousands is not None and thousands not in (",", " ", "'"):
        raise EventLogError(
            tr(
                "{func}(): thousands must be ',', ' ' or \"'\" (the character between groups "
                "of three digits, as in '29,900'), got {value}. For 1.234,5 pass decimal=','.",
                func=_LOAD,
                value=repr(thousands),
            )
        )


@dataclass
class _Kept:
    """Which rows of the mapped table are still kept, and how the report names rows."""

    src: Source
    report: LoadReport
    keep: np.ndarray

    def labels(self, positions: np.ndarray) -> list:
        """File lines or index labels of the rows at ``positions`` of the table."""
        return _labels(self.src.frame.index, positions, self.src.row_label, self.src.header_line)

    def where(self, rows: list) -> str:
        """'file lines 6, 19 (the header is line 1)' or 'index label 2'."""
        return _show(rows, self.src.row_label, self.src.header_line)

    def drop(self, mask: np.ndarray, reason: str, examples_of: pd.Series | None = None) -> None:
        """Drop the still-kept rows of ``mask`` for ``reason``: a 'dropped' problem in the report,
        with up to three example values of ``examples_of``, where the rows are, and advice."""
        mask = mask & self.keep
        if not mask.any():
            return
        rows = self.labels(np.flatnonzero(mask))
        values = ""
        if examples_of is not None:
            shown = pd.unique(examples_of[mask].astype("object"))[:3]
            shown = [v for v in shown if not (isinstance(v, float) and v != v) and v is not None]
            if shown:
                values = tr(" (values such as {values})", values=", ".join(repr(v) for v in shown))
        advice = _advice(reason)
        if reason == "unparseable timestamp" and re.search(r"\d:\d{2}\S*\s*[AaPp]\.?[Mm]", values):
            advice = tr(_ADVICE_TWELVE_HOUR)
        msg = (
            tr(
                "{rows} with {reason}{values}, at {where}. ",
                rows=_n_rows(len(rows)),
                reason=_reason_clause(reason),
                values=values,
                where=self.where(rows),
            )
            + advice
        )
        self.report.problems.append(Problem("dropped", reason, msg, rows))
        self.keep[mask] = False


def _new_report(
    src: Source, n_read: int, cols: tuple[str, str, str | None], event: str | None, properties
) -> LoadReport:
    """An empty report of what was read: the source, its columns, how many rows."""
    user_col, time_col, event_col = cols
    return LoadReport(
        source=src.description,
        columns={
            "user_id": user_col,
            "timestamp": time_col,
            "event": event_col if event_col is not None else f"(every row: {event!r})",
        },
        properties=properties,
        row_label=src.row_label,
        n_read=n_read,
    )


def _drop_unusable_rows(
    table: pd.DataFrame,
    missing: dict[str, np.ndarray],
    kept: _Kept,
    time_col: str,
    time_format: str | None,
    tz: str | None,
) -> tuple[pd.Series, list[str]]:
    """Drop rows without a user, an event or a readable time; returns the times (in real
    order per user) and the notes on how they were read."""
    kept.drop(missing["empty user id"], "empty user id", table["user_id"])
    kept.drop(missing["empty event name"], "empty event name", table["event"])
    kept.drop(missing["missing timestamp"], "missing timestamp", table["timestamp"])
    times, time_notes, instants = _parse_times(
        table["timestamp"].rename(time_col), time_format=time_format, tz=tz
    )
    kept.drop(times.isna().to_numpy(), "unparseable timestamp", table["timestamp"])
    keep = kept.keep
    times, moved = keep_real_order(times.where(keep), table["user_id"].where(keep), instants)
    if moved.any():
        kept.report.problems.append(_repeated_hour_note(table, times, moved, kept))
    return times, time_notes


def _repeated_hour_note(
    table: pd.DataFrame, times: pd.Series, moved: np.ndarray, kept: _Kept
) -> Problem:
    """The note on events moved after a repeated hour (see :func:`keep_real_order`)."""
    rows = kept.labels(np.flatnonzero(moved))
    k = int(np.flatnonzero(moved)[0])
    return Problem(
        "note",
        "repeated hour",
        tr(
            "{rows} fell in a repeated hour (clocks set back, e.g. at the end of "
            "daylight saving time): their clock time reads earlier than the same user's "
            "previous event, which really happened before them. To keep each user's "
            "real order, they are placed after that event by the real time between "
            "them ({value} is {time}), at {where}. Pass tz='UTC' to use world time for "
            "every event.",
            rows=_n_rows(len(rows)),
            value=repr(table["timestamp"].iloc[k]),
            time=f"{times.iloc[k]:%Y-%m-%d %H:%M}",
            where=kept.where(rows),
        ),
        rows,
    )


def _kept_log(table: pd.DataFrame, times: pd.Series, kept: _Kept) -> pd.DataFrame:
    """The kept rows with their parsed times (user ids that are all text as text); an error
    when no row is left."""
    keep = kept.keep
    log = table[keep].assign(timestamp=times[keep])
    if pd.api.types.is_object_dtype(log["user_id"]) and len(log):
        if log["user_id"].map(type).nunique() == 1 and isinstance(log["user_id"].iloc[0], str):
            log["user_id"] = log["user_id"].astype("str")
    if not len(log):
        details = " ".join(p.message for p in kept.report.problems if p.level == "dropped")
        raise EventLogError(
            tr(
                "{func}(): no row is left after the checks. {details} Also check that the "
                "column mapping is right (print the first rows of your file).",
                func=_LOAD,
                details=details,
            )
        )
    return log


def _handle_duplicates(log: pd.DataFrame, kept: _Kept, duplicates: str) -> pd.DataFrame:
    """Exact repeats: noted (kept), or dropped with ``duplicates="drop"``."""
    dup = find_duplicates(log)
    if not dup.any():
        return log
    rows = kept.labels(np.flatnonzero(kept.keep)[dup])
    src = kept.src
    kept.report.problems.append(
        _duplicates_problem(rows, src.row_label, duplicates, src.header_line)
    )
    return log[~dup] if duplicates == "drop" else log


def _finish(
    log: pd.DataFrame,
    report: LoadReport,
    seen: np.ndarray,
    notes: tuple[list[str], list[str], list[str]],
) -> pd.DataFrame:
    """Sort by time, add the shape checks and the format notes to the report, make ``event``
    a categorical of every event name ``seen`` in the export, and fill in the counts."""
    log = log.sort_values("timestamp", kind="stable").reset_index(drop=True)
    report.problems.extend(check_log_shape(log))
    file_notes, map_notes, time_notes = notes
    for note in [*file_notes, *map_notes]:
        report.problems.append(Problem("note", "file format", note))
    for note in time_notes:
        report.problems.append(Problem("note", "timestamp format", note))
    names = pd.unique(log["event"].astype("object"))
    # every event name of the export stays a known category, even if all its rows were
    # dropped (a funnel to 'purchase' then says 0, not "unknown event")
    log["event"] = log["event"].astype(pd.CategoricalDtype(sorted(seen, key=str)))
    report.n_kept = len(log)
    report.n_users = int(log["user_id"].nunique())
    report.n_event_types = len(names)
    report.first, report.last = log["timestamp"].min(), log["timestamp"].max()
    return log


def load_event_log(
    source: str | Path | pd.DataFrame,
    *,
    user_col: str,
    time_col: str,
    event_col: str | None = None,
    properties: list[str] | None = None,
    time_format: str | None = None,
    duplicates: str = "keep",
    sep: str = ",",
    encoding: str = "utf-8-sig",
    decimal: str = ".",
    tz: str | None = None,
    event: str | None = None,
    thousands: str | None = None,
) -> tuple[pd.DataFrame, LoadReport]:
    """Read an event log and check it. Returns ``(log, report)``.

    * ``source``: a CSV path or a DataFrame (a DataFrame is never modified; any index).
    * ``user_col``, ``time_col``, ``event_col``: *your* names of the who / when / what columns.
      In ``log`` they are called ``user_id``, ``timestamp`` and ``event``. If every row is
      one kind of event (a purchase log), pass ``event="purchase"`` instead of ``event_col``.
    * ``properties``: other columns to keep (e.g. ``["plan", "device"]``), under their names.
    * ``time_format``: e.g. ``"%d/%m/%Y %H:%M"`` when the day/month order cannot be told.
    * ``tz``: convert every timestamp with an offset to this zone's clock (default: keep each
      event's own local clock time); see :func:`parse_times`.
    * ``duplicates``: ``"keep"`` (default; they are counted in a note) or ``"drop"``.
    * ``sep``, ``encoding``, ``decimal``: how the CSV file is written (``sep=";"`` and
      ``decimal=","`` for European Excel, ``sep=r"\\s+"`` for space-aligned files).
    * ``thousands``: e.g. ``","`` to read properties like ``"29,900"`` as the number 29900.

    ``log`` has one row per event, sorted by time, with a fresh index. ``report`` says how many
    rows were read, kept and dropped (and why, with example rows): ``print(report)``.
    Raises :class:`EventLogError` (a ``ValueError``) when the log cannot be used at all.
    """
    properties = _check_arguments(user_col, time_col, event_col, event, properties, duplicates)
    _check_thousands(thousands)
    cols = (user_col, time_col, event_col)
    src = read_source(
        source, sep=sep, encoding=encoding, decimal=decimal, text_cols=[c for c in cols if c]
    )
    table, map_notes = map_columns(
        src.frame,
        user_col=user_col,
        time_col=time_col,
        event_col=event_col,
        event=event,
        properties=properties,
        described=src.description,
        decimal=decimal,
        thousands=thousands,
    )
    report = _new_report(src, len(table), cols, event, properties)
    kept = _Kept(src, report, np.ones(len(table), dtype=bool))
    table, missing = clean_ids(table)
    times, time_notes = _drop_unusable_rows(table, missing, kept, time_col, time_format, tz)
    log = _handle_duplicates(_kept_log(table, times, kept), kept, duplicates)
    seen = pd.unique(table.loc[~missing["empty event name"], "event"].astype("object"))
    log = _finish(log, report, seen, (src.notes, map_notes, time_notes))
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
    validate.event_log(log, user_col, time_col, event_col, "suggest_stages")
    first = log.groupby([user_col, event_col], sort=False)[time_col].min().reset_index()
    start = first.groupby(user_col, sort=False)[time_col].transform("min")
    g = first.groupby(user_col, sort=False)[time_col]
    first["step"] = g.rank(method="min")
    n = g.transform("size")
    first["position"] = np.where(n > 1, (first["step"] - 1) / (n - 1).clip(lower=1), 0.0)
    first["days"] = (first[time_col] - start) / pd.Timedelta(days=1)
    total = log[user_col].nunique()
    out = first.groupby(event_col).agg(
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


CHECKLIST_STATUSES = ("ready", "approximate", "not in the log", "not chosen", "too small")
"""The statuses of :func:`schema_checklist` (and of ``run_capstone(...).checklist``); a method
runs only when "ready" or "approximate"."""


def _checklist_text(text: str) -> str:
    """A fixed text of the checklist (what a method needs, a role such as 'CTA') in the
    learner's language; the method and status columns stay English (code reads them)."""
    if get_language() == "ko":
        from helpers.ko.capstone import CHECKLIST

        return CHECKLIST.get(text, text)
    return text


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
    missing for the others. One row per method with ``needs``, ``status`` and ``detail``.

    ``status`` is one of :data:`CHECKLIST_STATUSES`: "ready"; "approximate" (runs, with a
    stand-in the detail names); "not in the log" (an event or property the method needs is
    not in this log: log it, or pick another); "not chosen" (the log may have it, but your
    choices name no event for it: choose one); "too small" (too few days of data). A method
    with several problems gets the first of these three kinds; ``detail`` lists them all.

    >>> log = pd.DataFrame({"user_id": [1, 1], "event": ["open", "buy"],
    ...     "timestamp": pd.to_datetime(["2024-01-01", "2024-06-01"])})
    >>> schema_checklist(log, cta_event="open", conversion_event="buy")["status"].tolist()
    ['ready', 'ready', 'ready', 'not chosen', 'ready', 'approximate', 'approximate', 'not in the log']
    """
    func = "schema_checklist"
    validate.frame(log, func)
    validate.columns(log, list(STANDARD), func)
    span = (log["timestamp"].max() - log["timestamp"].min()) / pd.Timedelta(days=1)
    c = _Checklist(set(validate.known_events(log["event"])), span)
    c.add("every method", "user id, timestamp, event name", [])
    c.add(
        "journey stages",
        "two or more event types",
        [None if len(c.known) >= 2 else ("not in the log", _checklist_text("only one event type"))],
    )
    _check_funnel(c, funnel_steps, cta_event, conversion_event)
    c.add(
        "behaviour segments",
        "browse events, a CTA and a conversion event",
        [
            None if browse_events else ("not chosen", _checklist_text("browse events")),
            *[c.have(b, "browse event") for b in browse_events],
            c.have(cta_event, "CTA"),
            c.have(conversion_event, "conversion event"),
        ],
    )
    c.add(
        "quadrant",
        "a CTA (attempt) and a completion event",
        [
            c.have(cta_event, "CTA"),
            c.have(completion_event or conversion_event, "completion event"),
            *[
                ("not in the log", tr("property {name} is not in the log", name=repr(p)))
                for p in segment_by
                if p not in log.columns
            ],
        ],
    )
    _check_time_methods(c, signup_event)
    props = [col for col in log.columns if col not in STANDARD]
    c.add(
        "behavioural cohorts / segments by property",
        "properties (plan, device, category...)",
        [None if props else ("not in the log", _checklist_text("no property columns loaded"))],
    )
    return pd.DataFrame(c.rows, columns=["method", "needs", "status", "detail"])


#: A problem of a checklist row: (kind, text). The kind is the status it gives: "not in the
#: log", "not chosen" or "too small" (the first of these, in that order, is the row's status).
_RowProblem = tuple[str, str] | None


@dataclass
class _Checklist:
    """The rows of :func:`schema_checklist`, added one method at a time."""

    known: set  # the log's event names
    span: float  # days from the first to the last event
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)

    def have(self, name: str | None, role: str) -> _RowProblem:
        """None if the event is there; else what is missing and why."""
        if name is None:
            return ("not chosen", _checklist_text(role))
        if name in self.known:
            return None
        close = difflib.get_close_matches(str(name), [str(k) for k in self.known], n=1)
        if close:
            return (
                "not in the log",
                tr(
                    "{role} {name} is not in the log (did you mean {close}?)",
                    role=_checklist_text(role),
                    name=repr(name),
                    close=repr(close[0]),
                ),
            )
        return (
            "not in the log",
            tr("{role} {name} is not in the log", role=_checklist_text(role), name=repr(name)),
        )

    def days(self, needed: int) -> _RowProblem:
        """None if the log spans ``needed`` days; else 'too small'."""
        if self.span >= needed:
            return None
        return (
            "too small",
            tr("only {days:.0f} days of data (needs {needed})", days=self.span, needed=needed),
        )

    def add(
        self, method: str, needs: str, problems: Sequence[_RowProblem], approx: str | None = None
    ) -> None:
        """One row: the status of the first kind of problem, or approximate, or ready."""
        problems = [p for p in problems if p]
        unchosen = [text for kind, text in problems if kind == "not chosen"]
        texts = [text for kind, text in problems if kind != "not chosen"]
        if unchosen:
            texts.insert(0, tr("not chosen: {items}", items=", ".join(unchosen)))
        kinds = {kind for kind, _ in problems}
        status = next((k for k in CHECKLIST_STATUSES[2:] if k in kinds), None)
        if status:
            self.rows.append((method, _checklist_text(needs), status, "; ".join(texts)))
        elif approx:
            row = (method, _checklist_text(needs), "approximate", _checklist_text(approx))
            self.rows.append(row)
        else:
            self.rows.append((method, _checklist_text(needs), "ready", ""))


def _check_funnel(
    c: _Checklist,
    funnel_steps: Sequence[str],
    cta_event: str | None,
    conversion_event: str | None,
) -> None:
    """The funnel's row: the chosen steps, or else a CTA and a conversion event."""
    if not funnel_steps:
        c.add(
            "funnel",
            "a call-to-action (CTA) event and a conversion event",
            [c.have(cta_event, "CTA"), c.have(conversion_event, "conversion event")],
        )
        return
    second = (
        None
        if len(funnel_steps) >= 2
        else ("not chosen", _checklist_text("a second funnel step (a funnel needs at least two)"))
    )
    c.add(
        "funnel",
        "two or more steps in order",
        [second, *[c.have(s, "funnel step") for s in funnel_steps]],
    )


def _check_time_methods(c: _Checklist, signup_event: str | None) -> None:
    """The rows of the methods that start at sign-up and need weeks of data."""
    signup_problem = c.have(signup_event, "sign-up event") if signup_event else None
    approx = None if signup_event else "no sign-up event: first event used as start"
    c.add(
        "cohort table",
        "a sign-up event and weeks of data",
        [signup_problem, c.days(28)],
        approx=approx,
    )
    c.add(
        "aha moment",
        "a sign-up, a repeated action, 90+ days",
        [signup_problem, c.days(90)],
        approx=approx,
    )


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
