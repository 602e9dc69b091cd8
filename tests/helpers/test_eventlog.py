"""helpers.eventlog: loading any event log, with clear messages that name the rows."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import eventlog
from helpers.eventlog import EventLogError, load_event_log, schema_checklist, suggest_stages

COLS = {"user_col": "member", "time_col": "when", "event_col": "action"}


def _csv(tmp_path, text: str, name: str = "log.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """member,when,action,plan
a,2024-01-01 09:00,open,free
a,2024-01-05 10:00,buy,free
b,2024-01-02 08:00,open,pro
b,2024-02-02 08:00,buy,pro
"""


def test_good_csv_maps_columns_and_keeps_everything(tmp_path):
    log, report = load_event_log(_csv(tmp_path, GOOD), **COLS, properties=["plan"])
    assert list(log.columns) == ["user_id", "timestamp", "event", "plan"]
    assert log["timestamp"].dtype.kind == "M"
    assert report.n_read == report.n_kept == 4 and report.n_dropped == 0
    assert report.columns == {"user_id": "member", "timestamp": "when", "event": "action"}
    assert report.n_users == 2 and report.n_event_types == 2
    assert "No problems found" in str(report)


def test_user_ids_keep_leading_zeros(tmp_path):
    log, _ = load_event_log(_csv(tmp_path, "member,when,action\n007,2024-01-01,open\n"), **COLS)
    assert log["user_id"].tolist() == ["007"]


def test_unparseable_timestamps_are_dropped_with_file_lines(tmp_path):
    text = GOOD + "c,yesterday,open,free\nc,2024-13-45 25:00,buy,free\n"
    log, report = load_event_log(_csv(tmp_path, text), **COLS)
    assert report.dropped == {"unparseable timestamp": 2}
    assert report.rows("unparseable timestamp") == [6, 7]  # header is line 1
    msg = str(report)
    assert "file lines 6, 7" in msg and "'yesterday'" in msg and "time_format=" in msg
    assert len(log) == 4


def test_missing_timestamp_and_empty_user_and_event(tmp_path):
    text = GOOD + "c,,open,free\n ,2024-01-03,open,free\nd,2024-01-03,,free\n"
    _, report = load_event_log(_csv(tmp_path, text), **COLS)
    assert report.dropped == {"empty user id": 1, "empty event name": 1, "missing timestamp": 1}
    assert report.rows("missing timestamp") == [6]
    assert report.rows("empty user id") == [7]
    assert report.rows("empty event name") == [8]
    assert "file line 7" in str(report)


def test_dataframe_rows_are_named_by_index_label():
    raw = pd.DataFrame(
        {
            "member": ["a", None, "b"],
            "when": ["2024-01-01", "2024-01-02", "2024-01-03"],
            "action": ["x", "y", "z"],
        },
        index=[10, 20, 30],
    )
    _, report = load_event_log(raw, **COLS)
    assert report.rows("empty user id") == [20]
    assert "index label 20" in str(report)


def test_missing_column_suggests_the_closest_name(tmp_path):
    with pytest.raises(EventLogError, match=r"'membr'.*Did you mean 'member'") as err:
        load_event_log(_csv(tmp_path, GOOD), user_col="membr", time_col="when", event_col="action")
    assert "Your columns are" in str(err.value)


def test_several_missing_columns_are_all_named(tmp_path):
    with pytest.raises(EventLogError, match=r"columns not found.*'usr'.*'evt'"):
        load_event_log(_csv(tmp_path, GOOD), user_col="usr", time_col="when", event_col="evt")


def test_same_column_twice_is_an_error(tmp_path):
    with pytest.raises(EventLogError, match="named more than once"):
        load_event_log(_csv(tmp_path, GOOD), user_col="member", time_col="when", event_col="member")


def test_nothing_left_is_an_error(tmp_path):
    text = "member,when,action\na,never,open\nb,later,open\n"
    with pytest.raises(
        EventLogError, match=r"no row is left.*2 rows with unparseable timestamp.*'never'"
    ):
        load_event_log(_csv(tmp_path, text), **COLS)


def test_missing_file_and_wrong_separator(tmp_path):
    with pytest.raises(EventLogError, match="no file at"):
        load_event_log(tmp_path / "nope.csv", **COLS)
    semi = _csv(tmp_path, "member;when;action\na;2024-01-01;open\n", "semi.csv")
    with pytest.raises(EventLogError, match="sep=';'"):
        load_event_log(semi, **COLS)


def test_bad_argument_types():
    with pytest.raises(TypeError, match="CSV path"):
        load_event_log(42, **COLS)
    with pytest.raises(TypeError, match="list of column names"):
        load_event_log(pd.DataFrame({"a": [1]}), **COLS, properties="plan")
    with pytest.raises(ValueError, match="duplicates="):
        load_event_log(pd.DataFrame({"a": [1]}), **COLS, duplicates="maybe")


def test_duplicates_are_kept_with_a_note_or_dropped_on_request(tmp_path):
    text = GOOD + "a,2024-01-05 10:00,buy,free\n"
    log, report = load_event_log(_csv(tmp_path, text), **COLS, properties=["plan"])
    assert len(log) == 5 and report.n_dropped == 0
    assert report.rows("duplicate row") == [6]
    assert any("1 row repeats an earlier row exactly" in n and "Kept" in n for n in report.notes)
    log, report = load_event_log(
        _csv(tmp_path, text), **COLS, properties=["plan"], duplicates="drop"
    )
    assert len(log) == 4 and report.dropped == {"duplicate row": 1}


def test_one_day_and_one_event_type_are_warnings(tmp_path):
    text = "member,when,action\na,2024-01-01 09:00,open\nb,2024-01-01 10:00,open\n"
    log, report = load_event_log(_csv(tmp_path, text), **COLS)
    assert len(log) == 2
    warnings = " ".join(report.warnings)
    assert "same event ('open')" in warnings and "one day (2024-01-01)" in warnings


def test_similar_event_names_and_dates_only(tmp_path):
    text = "member,when,action\na,2024-01-01,Add to cart\nb,2024-01-02,add_to_cart\n"
    _, report = load_event_log(_csv(tmp_path, text), **COLS)
    assert any("differ only in case or spaces" in w for w in report.warnings)
    assert any("no time of day" in n for n in report.notes)


def test_numeric_and_zoned_timestamps():
    raw = pd.DataFrame({"member": [1, 2], "when": [19970101, 19970215], "action": ["a", "b"]})
    log, report = load_event_log(raw, **COLS)
    assert log["timestamp"].tolist() == [pd.Timestamp("1997-01-01"), pd.Timestamp("1997-02-15")]
    assert any("year-month-day" in n for n in report.notes)
    raw = pd.DataFrame({"member": [1, 2], "when": [1704067200, 1704153600], "action": ["a", "b"]})
    log, report = load_event_log(raw, **COLS)
    assert log["timestamp"].iloc[0] == pd.Timestamp("2024-01-01")
    assert any("Unix time in seconds" in n for n in report.notes)
    raw = pd.DataFrame(
        {
            "member": [1, 2],
            "when": ["2024-01-01T09:00+09:00", "2024-01-02T09:00+09:00"],
            "action": ["a", "b"],
        }
    )
    log, report = load_event_log(raw, **COLS)
    assert log["timestamp"].dt.tz is None and log["timestamp"].iloc[0].hour == 9


def test_time_format_reads_day_first_dates(tmp_path):
    text = "member,when,action\na,13/01/2024 09:00,open\nb,14/01/2024 10:00,buy\n"
    log, _ = load_event_log(_csv(tmp_path, text), **COLS, time_format="%d/%m/%Y %H:%M")
    assert log["timestamp"].dt.day.tolist() == [13, 14]


def test_suggest_stages_orders_events_by_journey():
    log = pd.DataFrame(
        {
            "user_id": [1, 1, 1, 2, 2, 3],
            "timestamp": pd.to_datetime(
                ["2024-01-01", "2024-01-02", "2024-01-09", "2024-01-01", "2024-01-04", "2024-01-02"]
            ),
            "event": ["visit", "cart", "buy", "visit", "cart", "visit"],
        }
    )
    out = suggest_stages(log)
    assert out["event"].tolist() == ["visit", "cart", "buy"]
    assert out["users"].tolist() == [3, 2, 1]
    assert out.loc[2, "median_days_after_start"] == 8
    with pytest.raises(ValueError, match="column 'when' is not in the DataFrame"):
        suggest_stages(log, time_col="when")


def test_schema_checklist_names_what_is_missing():
    log = pd.DataFrame(
        {
            "user_id": [1, 1],
            "event": ["open", "buy"],
            "timestamp": pd.to_datetime(["2024-01-01", "2024-06-01"]),
        }
    )
    table = schema_checklist(log, cta_event="opn", conversion_event="buy").set_index("method")
    assert table.loc["funnel", "status"] == "not in the log"
    assert "did you mean 'open'" in table.loc["funnel", "detail"]
    assert table.loc["cohort table", "status"] == "approximate"
    assert table.loc["behavioural cohorts / segments by property", "status"] == "not in the log"


def test_cdnow_loader_reads_the_installed_file_without_importing_lifetimes():
    import sys

    raw = eventlog.load_cdnow()
    assert "lifetimes" not in sys.modules
    assert list(raw.columns) == [
        "customer_id",
        "date",
        "number_of_cds",
        "dollar_value",
        "event_name",
    ]
    assert raw["customer_id"].str.len().eq(5).all()  # ids keep their leading zeros
    assert set(raw["event_name"]) == set(eventlog.CDNOW_EVENTS)
    firsts = raw[raw["event_name"] == "first_purchase"]
    assert firsts["customer_id"].nunique() == raw["customer_id"].nunique()


#: The CDNOW file as lifetimes 0.11.3 ships it (data/README.md, "Not in this folder": why the
#: course keeps lifetimes as its carrier instead of copying the file).
CDNOW_SHA256 = "eff6889ed364c5199d6eacbbeb7a6d559971df4406ac876f322c373f00a072ef"


def test_the_cdnow_file_is_the_one_the_course_was_checked_on():
    """A lifetimes release that changed the file would change notebook 10's numbers."""
    import hashlib

    path = eventlog.cdnow_path()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == CDNOW_SHA256, (
        f"{path} differs from the file notebook 10 was checked on: see data/README.md"
    )
    raw = eventlog.load_cdnow()
    assert len(raw) == 69_659 and raw["customer_id"].nunique() == 23_570


# ---- property tests -------------------------------------------------------------------------

cells = st.one_of(st.none(), st.just(""), st.just("  "), st.sampled_from(["a", "b", "c", "007"]))
times = st.one_of(
    st.none(),
    st.just(""),
    st.just("not a date"),
    st.just("2024-02-30"),
    st.datetimes(
        min_value=pd.Timestamp("2020-01-01").to_pydatetime(),
        max_value=pd.Timestamp("2025-12-31").to_pydatetime(),
    ).map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S")),
)
rows = st.lists(st.tuples(cells, times, cells, st.integers(0, 3)), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows, st.sampled_from(["keep", "drop"]))
def test_counts_add_up_and_input_is_never_modified(data_rows, duplicates):
    raw = pd.DataFrame(data_rows, columns=["member", "when", "action", "n"], dtype="object")
    before = raw.copy(deep=True)
    try:
        log, report = load_event_log(raw, **COLS, properties=["n"], duplicates=duplicates)
    except EventLogError as err:
        assert "no row is left" in str(err)
    else:
        assert report.n_read == len(raw)
        assert report.n_read == report.n_kept + report.n_dropped
        assert report.n_kept == len(log)
        assert sum(report.dropped.values()) == report.n_dropped
        dropped_rows = [r for p in report.problems if p.level == "dropped" for r in p.rows]
        assert len(dropped_rows) == len(set(dropped_rows)) == report.n_dropped
        assert log["timestamp"].notna().all() and log["timestamp"].is_monotonic_increasing
    pd.testing.assert_frame_equal(raw, before)


def test_a_date_without_a_year_is_not_read_as_year_one():
    raw = pd.DataFrame(
        {"member": ["a", "b"], "when": ["2024-03-01 10:00", "03/02"], "action": ["x", "y"]}
    )
    log, report = load_event_log(raw, **COLS)
    assert report.rows("unparseable timestamp") == [1]
    assert log["timestamp"].dt.year.tolist() == [2024]


# ---- issue 12: one rule per fault kind --------------------------------------------------

IDS = {"user_col": "u", "time_col": "t", "event_col": "e"}


def _frame(times, users=None, events=None):
    n = len(times)
    return pd.DataFrame(
        {
            "u": users or [f"u{i}" for i in range(n)],
            "t": times,
            "e": events or ["open"] * n,
        }
    )


def test_day_first_dates_are_read_in_one_order_per_column():
    raw = _frame(["05.01.2024 10:00", "13.01.2024 09:00", "02.02.2024 08:00"])
    log, report = load_event_log(raw, **IDS)
    assert sorted(log["timestamp"].dt.strftime("%d %b").tolist()) == ["02 Feb", "05 Jan", "13 Jan"]
    assert any("day first" in n for n in report.notes)
    raw = _frame(["01/05/2024 10:00", "01/13/2024 09:00"])  # month first, settled by the 13
    log, _ = load_event_log(raw, **IDS)
    assert log["timestamp"].dt.strftime("%d %b").tolist() == ["05 Jan", "13 Jan"]


def test_a_column_that_cannot_settle_the_order_asks_for_time_format():
    raw = _frame(["05.01.2024 10:00", "02.02.2024 08:00"])
    with pytest.raises(EventLogError, match=r"time_format='%d\.%m\.%Y %H:%M'"):
        load_event_log(raw, **IDS)
    log, _ = load_event_log(raw, **IDS, time_format="%d.%m.%Y %H:%M")
    assert log["timestamp"].dt.month.tolist() == [1, 2]
    both = _frame(["13/01/2024", "01/13/2024"])
    with pytest.raises(EventLogError, match="both orders"):
        load_event_log(both, **IDS)


def test_time_zones_follow_one_rule_and_the_note_says_what_was_done():
    new_york = _frame(["2024-01-05T09:00:00-05:00", "2024-07-05T09:00:00-04:00"])
    log, report = load_event_log(new_york, **IDS)
    assert log["timestamp"].dt.hour.tolist() == [9, 9]  # each event's own clock
    note = next(n for n in report.notes if "offset" in n)
    assert "kept each event's own local clock time" in note and "converted" not in note
    seoul = _frame(["2024-01-05 09:00+09:00", "2024-01-06 09:00+09:00"])
    log, _ = load_event_log(seoul, **IDS)
    assert log["timestamp"].dt.hour.tolist() == [9, 9]
    log, report = load_event_log(new_york, **IDS, tz="UTC")
    assert log["timestamp"].dt.hour.tolist() == [14, 13]
    assert any("converted every one to UTC" in n for n in report.notes)
    log, _ = load_event_log(seoul, **IDS, tz="America/New_York")
    assert log["timestamp"].tolist() == [pd.Timestamp("2024-01-04 19:00")] * 1 + [
        pd.Timestamp("2024-01-05 19:00")
    ]
    with pytest.raises(EventLogError, match="time-zone name"):
        load_event_log(seoul, **IDS, tz="Seoul time")


@pytest.mark.parametrize(
    "times",
    [
        ["2024-01-05T09:00:00Z", "2024-01-05T09:00:00+09:00", "2024-01-05T09:00:00-05:00"],
        ["2024-01-05 09:00:00Z", "2024-01-05 09:00:00", "2024-01-05 09:00+0530"],
        ["2024-01-05T09:00:00.123Z", "2024-01-05T09:00:00 UTC", "2024-01-05T09:00:00-04"],
    ],
)
def test_any_mix_of_offsets_and_z_is_read_without_a_raw_error(times):
    log, report = load_event_log(_frame(times), **IDS)
    assert log["timestamp"].dt.hour.tolist() == [9, 9, 9]
    log, _ = load_event_log(_frame(times), **IDS, tz="UTC")
    assert len(log) == 3


def test_zoned_datetime_columns_follow_the_same_rule():
    raw = _frame(
        list(pd.to_datetime(["2024-01-05 09:00", "2024-01-06 09:00"]).tz_localize("Asia/Seoul"))
    )
    log, _ = load_event_log(raw, **IDS)
    assert log["timestamp"].dt.hour.tolist() == [9, 9]
    log, _ = load_event_log(raw, **IDS, tz="UTC")
    assert log["timestamp"].dt.hour.tolist() == [0, 0]


def test_placeholder_user_ids_are_dropped_and_never_become_a_user():
    from helpers import funnel

    raw = pd.DataFrame(
        {
            "u": ["NULL", "u1", "NULL"],
            "t": ["2024-01-01 10:00", "2024-01-01 11:00", "2024-01-01 12:00"],
            "e": ["view", "view", "purchase"],
        }
    )
    log, report = load_event_log(raw, **IDS)
    assert report.dropped == {"empty user id": 2}
    assert "NULL" not in set(log["user_id"])
    assert funnel.funnel(log, ["view", "purchase"])["users"].tolist() == [1, 0]


@pytest.mark.parametrize(
    "value", ["NULL", "null", "None", "NaN", "N/A", "\\N", "undefined", "(not set)", "", " "]
)
@pytest.mark.parametrize("column", ["u", "t", "e"])
def test_every_placeholder_is_missing_in_every_column(tmp_path, value, column):
    raw = _frame(["2024-01-01 10:00", "2024-01-02 10:00"], events=["a", "b"])
    raw.loc[1, column] = value
    reason = {"u": "empty user id", "t": "missing timestamp", "e": "empty event name"}[column]
    _, report = load_event_log(raw, **IDS)
    assert report.dropped == {reason: 1}
    path = tmp_path / "p.csv"
    raw.to_csv(path, index=False)
    _, report = load_event_log(path, **IDS)
    assert report.dropped == {reason: 1}


def test_whitespace_aligned_file_gets_the_separator_hint(tmp_path):
    text = (
        "customer_id date cds dollars\n00001  19970101   1   11.77\n00002  19970112   2   89.00\n"
    )
    path = _csv(tmp_path, text, "cdnow.txt")
    cols = {"user_col": "customer_id", "time_col": "date", "event": "purchase"}
    with pytest.raises(EventLogError, match=r'sep=r"\\s\+"'):
        load_event_log(path, **cols)
    with pytest.raises(EventLogError, match=r'sep=r"\\s\+"'):  # never a raw ParserError
        load_event_log(path, **cols, sep=" ")
    log, report = load_event_log(path, **cols, sep=r"\s+", properties=["dollars"])
    assert log["user_id"].tolist() == ["00001", "00002"] and log["dollars"].sum() == 100.77
    assert report.columns["event"] == "(every row: 'purchase')"
    headless = _csv(tmp_path, text.split("\n", 1)[1], "headless.txt")
    with pytest.raises(EventLogError, match="looks like data, not column names"):
        load_event_log(headless, **cols, sep=r"\s+")


def test_event_col_or_a_constant_event_name():
    raw = _frame(["2024-01-01", "2024-01-02"])
    with pytest.raises(TypeError, match="event="):
        load_event_log(raw, user_col="u", time_col="t")
    with pytest.raises(TypeError, match="not both"):
        load_event_log(raw, **IDS, event="purchase")
    log, _ = load_event_log(raw, user_col="u", time_col="t", event="purchase")
    assert log["event"].tolist() == ["purchase", "purchase"]


def test_decimal_commas_are_noted_or_read(tmp_path):
    path = _csv(tmp_path, "u;t;e;amount\na;2024-01-01 10:00;buy;12,5\nb;2024-01-02;buy;3,25\n")
    log, report = load_event_log(path, **IDS, sep=";", properties=["amount"])
    assert log["amount"].tolist() == ["12,5", "3,25"]
    assert any("decimal=','" in n for n in report.notes)
    log, report = load_event_log(path, **IDS, sep=";", decimal=",", properties=["amount"])
    assert log["amount"].tolist() == [12.5, 3.25]
    with pytest.raises(EventLogError, match="sep=';'"):
        load_event_log(path, **IDS, decimal=",")
    raw = pd.DataFrame({"u": ["a"], "t": ["2024-01-01"], "e": ["x"], "amount": ["1,5"]})
    log, _ = load_event_log(raw, **IDS, decimal=",", properties=["amount"])
    assert log["amount"].tolist() == [1.5]


def test_utf16_files_are_detected(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("u\tt\te\n민수\t2024-01-01 10:00\topen\n", encoding="utf-16")
    log, report = load_event_log(path, **IDS, sep="\t")
    assert log["user_id"].tolist() == ["민수"]
    assert any("UTF-16" in n for n in report.notes)
    with pytest.raises(EventLogError, match="encoding='utf-16'"):
        load_event_log(path, **IDS, sep="\t", encoding="utf-8")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("u,t,e\ncafé,2024-01-01,open\n".encode("latin-1"))
    with pytest.raises(EventLogError, match="encoding='latin-1'"):
        load_event_log(latin, **IDS)


def test_duplicates_note_says_what_changes():
    raw = _frame(["2024-01-01 10:00"] * 2, users=["a", "a"])
    _, report = load_event_log(raw, **IDS)
    note = next(n for n in report.notes if "repeats an earlier row" in n)
    assert "counts of events do" in note and "aha" in note


def test_duplicates_note_agrees_with_its_count():
    """One repeated row 'repeats'; two 'repeat' (and 'that repeat' when dropped)."""
    two = _frame(["2024-01-01 10:00"] * 3, users=["a", "a", "a"])
    _, report = load_event_log(two, **IDS)
    assert any(n.startswith("2 rows repeat an earlier row") for n in report.notes)
    _, report = load_event_log(two, **IDS, duplicates="drop")
    text = str(report)
    assert "2 rows that repeat an earlier row" in text
    _, report = load_event_log(two.iloc[:2], **IDS, duplicates="drop")
    assert "1 row that repeats an earlier row" in str(report)


def test_each_pipeline_step_runs_alone(tmp_path):
    src = eventlog.read_source(_csv(tmp_path, GOOD), text_cols=["member"])
    assert src.row_label == "file line" and len(src.frame) == 4
    table, notes = eventlog.map_columns(src.frame, **COLS, properties=["plan"])
    assert table.columns.tolist() == ["user_id", "timestamp", "event", "plan"] and not notes
    cleaned, missing = eventlog.clean_ids(table.assign(user_id=["a", " NULL ", "b", "b"]))
    assert missing["empty user id"].tolist() == [False, True, False, False]
    times, _ = eventlog.parse_times(cleaned["timestamp"])
    assert times.notna().all()
    assert eventlog.find_duplicates(cleaned.assign(timestamp=times)).sum() == 0
    assert [p.reason for p in eventlog.check_log_shape(cleaned.assign(timestamp=times))] == []


def test_a_dataframe_with_a_repeated_index_names_rows_by_label():
    raw = _frame(["2024-01-01", "oops", "2024-01-03"])
    raw.index = [5, 5, 5]
    log, report = load_event_log(raw, **IDS)
    assert report.rows("unparseable timestamp") == [5] and len(log) == 2


def test_big_logs_clean_each_distinct_value_once_with_the_same_result():
    n = 12_000  # above the size where distinct values are cleaned once each
    users = [" u1", "u2 ", "NULL", None, "(not set)", "u3"] * (n // 6)
    raw = pd.DataFrame(
        {
            "u": users,
            "t": ["2024-01-01 10:00", "2024-01-02 10:00", "n/a", "2024-01-03", "2024-01-04"]
            * (n // 5),
            "e": ["open", " open", "NaN", "buy"] * (n // 4),
        }
    )
    log, report = load_event_log(raw, **IDS)
    small, small_report = load_event_log(raw.iloc[:1200], **IDS)
    assert set(log["user_id"]) == set(small["user_id"]) == {"u1", "u2", "u3"}
    assert set(log["event"].astype(str)) == {"open", "buy"}
    ratio = {k: v / 10 for k, v in report.dropped.items()}
    assert ratio == small_report.dropped


def test_big_columns_of_offsets_and_day_first_dates_read_as_small_ones():
    n = 6_000  # above the size where each format is matched once, then cut by position
    stamps = ["13.01.2024 09:00", "05.02.2024 10:30+09:00", "2024-03-01T08:00:00Z", "oops"]
    raw = pd.DataFrame({"u": ["a", "b", "c", "d"] * (n // 4), "t": stamps * (n // 4), "e": "x"})
    log, report = load_event_log(raw, **IDS)
    small, _ = load_event_log(raw.iloc[:8], **IDS)
    assert (
        sorted(set(log["timestamp"]))
        == sorted(set(small["timestamp"]))
        == [
            pd.Timestamp("2024-01-13 09:00"),
            pd.Timestamp("2024-02-05 10:30"),
            pd.Timestamp("2024-03-01 08:00"),
        ]
    )
    assert report.dropped == {"unparseable timestamp": n // 4}


def test_time_format_wins_over_iso_and_copes_with_offsets():
    raw = _frame(["2024-05-01 10:00", "2024-06-01 10:00"])  # year-day-month, as the user says
    log, _ = load_event_log(raw, **IDS, time_format="%Y-%d-%m %H:%M")
    assert log["timestamp"].dt.strftime("%d %b").tolist() == ["05 Jan", "06 Jan"]
    zulu = _frame(["05/01/2024 10:00Z", "06/01/2024 10:00+09:00"])
    for fmt in ("%d/%m/%Y %H:%MZ", "%d/%m/%Y %H:%M%z", "%d/%m/%Y %H:%M"):
        log, _ = load_event_log(zulu, **IDS, time_format=fmt)
        assert log["timestamp"].dt.strftime("%d %b %H").tolist() == ["05 Jan 10", "06 Jan 10"]


def test_european_numbers_and_numeric_text_times(tmp_path):
    text = "u;t;e;amount\na;05.01.2024 10:00;buy;1.234,5\nb;13.01.2024 11:00;buy;2,5\n"
    path = _csv(tmp_path, text)
    log, _ = load_event_log(path, **IDS, sep=";", decimal=",", properties=["amount"])
    assert log["amount"].tolist() == [1234.5, 2.5]
    assert log["timestamp"].dt.strftime("%d %b").tolist() == ["05 Jan", "13 Jan"]
    raw = _frame(["1704067200", "1704153600"])  # Unix seconds written as text
    log, report = load_event_log(raw, **IDS)
    assert log["timestamp"].dt.day.tolist() == [1, 2]
    assert any("Unix time in seconds" in n for n in report.notes)
    raw = _frame(["19970101", "19970215"])
    log, _ = load_event_log(raw, **IDS)
    assert log["timestamp"].dt.month.tolist() == [1, 2]


def test_workbooks_json_and_parquet_are_named_with_the_pandas_reader(tmp_path):
    import gzip
    import zipfile

    book = tmp_path / "export.xlsx"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(EventLogError, match="pd.read_excel"):
        load_event_log(book, **IDS)
    js = _csv(tmp_path, '{"u": "a", "t": "2024-01-01", "e": "x"}\n', "events.txt")
    with pytest.raises(EventLogError, match="pd.read_json"):
        load_event_log(js, **IDS)
    pq = tmp_path / "events.parquet"
    pq.write_bytes(b"PAR1" + b"\x00" * 100)
    with pytest.raises(EventLogError, match="pd.read_parquet"):
        load_event_log(pq, **IDS)
    gz = tmp_path / "events.csv.gz"
    gz.write_bytes(gzip.compress(b"u,t,e\na,2024-01-01 10:00,x\n"))
    log, _ = load_event_log(gz, **IDS)
    assert log["user_id"].tolist() == ["a"]


# ---- messy exports: one test per kind of fault ------------------------------------------

NY_FALL_BACK = """user,time,event
n1,2024-11-03T01:50:00-04:00,view_item
n1,2024-11-03T01:10:00-05:00,purchase
n2,2024-11-03T01:40:00-04:00,view_item
n2,2024-11-03T01:20:00-05:00,purchase
n3,2024-11-02T10:00:00-04:00,view_item
n3,2024-11-04T10:00:00-05:00,purchase
n4,2024-11-03T00:30:00-04:00,view_item
"""
DST_COLS = {"user_col": "user", "time_col": "time", "event_col": "event"}


@pytest.mark.parametrize("tz", [None, "America/New_York"])
def test_a_repeated_hour_keeps_each_users_real_order(tmp_path, tz):
    # 01:50-04:00 is 05:50 UTC; 01:10-05:00 is 06:10 UTC: the purchase came 20 minutes later
    from helpers import funnel

    log, report = load_event_log(_csv(tmp_path, NY_FALL_BACK), **DST_COLS, tz=tz)
    assert funnel.funnel(log, ["view_item", "purchase"])["users"].tolist() == [4, 3]
    n1 = log[log["user_id"] == "n1"].set_index("event")["timestamp"]
    assert n1["purchase"] - n1["view_item"] == pd.Timedelta(minutes=20)
    assert n1["view_item"] == pd.Timestamp("2024-11-03 01:50")  # local clock time kept
    assert report.rows("repeated hour") == [3, 5]
    assert "repeated hour" in str(report) and "02:10" in str(report)
    n3 = log[log["user_id"] == "n3"]["timestamp"].dt.hour.tolist()
    assert n3 == [10, 10]  # outside the repeated hour: each event's own clock time


def test_a_repeated_hour_step_runs_alone_and_leaves_one_offset_files_alone():
    t = pd.Series(pd.to_datetime(["2024-01-01 09:00", "2024-01-01 08:00"]))
    same = t - pd.Timedelta(hours=9)  # one offset: local order is the real order
    new, moved = eventlog.keep_real_order(t, pd.Series(["a", "a"]), same)
    assert new.equals(t) and not moved.any()
    new, moved = eventlog.keep_real_order(t, pd.Series(["a", "a"]), None)
    assert not moved.any()


def test_no_row_left_error_carries_the_examples_and_the_fix(tmp_path):
    text = "member,when,action\na,1/4/2024 4:05 PM,open\nb,1/13/2024 9:05 AM,open\n"
    with pytest.raises(EventLogError) as err:
        load_event_log(_csv(tmp_path, text), **COLS, time_format="%m/%d/%Y %H:%M")
    msg = str(err.value)
    assert "above" not in msg
    assert "'1/4/2024 4:05 PM'" in msg and "file lines 2, 3" in msg
    assert "%I:%M %p" in msg


def test_am_pm_dates_ask_for_a_12_hour_time_format(tmp_path):
    text = "member,when,action\na,1/4/2024 4:05 PM,open\nb,2/3/2024 9:05 AM,open\n"
    with pytest.raises(EventLogError, match=r"%m/%d/%Y %I:%M %p"):
        load_event_log(_csv(tmp_path, text), **COLS)
    log, _ = load_event_log(_csv(tmp_path, text), **COLS, time_format="%m/%d/%Y %I:%M %p")
    assert log["timestamp"].dt.hour.tolist() == [16, 9]


def test_korean_am_pm_is_read(tmp_path):
    text = (
        "member,when,action\na,2024-03-01 오후 1:15:00,open\na,2024-03-01 오전 11:45:00,buy\n"
        "b,2024-03-02 오후 12:05:00,open\n"
    )
    log, report = load_event_log(_csv(tmp_path, text), **COLS)
    assert report.n_dropped == 0
    assert log["timestamp"].dt.strftime("%d %H:%M").tolist() == ["01 11:45", "01 13:15", "02 12:05"]
    again, _ = load_event_log(_csv(tmp_path, text), **COLS, time_format="%Y-%m-%d %p %I:%M:%S")
    assert again["timestamp"].equals(log["timestamp"])


def test_a_title_block_above_the_header_is_skipped_and_said(tmp_path):
    text = (
        "# ------------------------\n# Events export\n# 20240101-20240131\n"
        "# ------------------------\nUser,Date,Event,Count\n"
        "u1,20240114,view_item,1\nu1,20240114,purchase,1\nu2,,view_item,1\nTotal,,,3\n"
    )
    cols = {"user_col": "User", "time_col": "Date", "event_col": "Event"}
    log, report = load_event_log(_csv(tmp_path, text), **cols)
    assert log["user_id"].tolist() == ["u1", "u1"]
    assert "title block" in str(report) and "header is line 5" in str(report)
    assert report.rows("missing timestamp") == [8]  # lines of the file, title block included
    assert report.rows("empty event name") == [9]  # the Total row
    titled = "Events export 2024\nmember,when,action\na,2024-01-01,open\n"
    log, report = load_event_log(_csv(tmp_path, titled), **COLS)
    assert log["user_id"].tolist() == ["a"] and "'Events export 2024'" in str(report)


def test_thousands_separators_are_not_called_decimal_commas(tmp_path):
    text = 'member,when,action,price\na,2024-08-01,open,"29,900"\nb,2024-08-02,open,"1,250"\n'
    _, report = load_event_log(_csv(tmp_path, text), **COLS, properties=["price"])
    note = " ".join(report.notes)
    assert "thousands=','" in note and "decimal=','" not in note and "29900" in note
    log, _ = load_event_log(_csv(tmp_path, text), **COLS, properties=["price"], thousands=",")
    assert log["price"].tolist() == [29900, 1250]
    with pytest.raises(EventLogError, match="thousands must be"):
        load_event_log(_csv(tmp_path, text), **COLS, thousands=".")


def test_space_aligned_file_with_spaced_times_gets_the_two_space_hint(tmp_path):
    lines = [f"{'user_id':<10}{'ts':<22}{'event':<12}"]
    lines += [f"{u:<10}{t:<22}{e:<12}" for u, t, e in [("a0", "2024-06-01 08:00:00", "view")]]
    path = _csv(tmp_path, "\n".join(lines) + "\n", "aligned.txt")
    cols = {"user_col": "user_id", "time_col": "ts", "event_col": "event"}
    with pytest.raises(EventLogError, match=r"s\{2,\}"):
        load_event_log(path, **cols, sep=r"\s+")
    log, _ = load_event_log(path, **cols, sep=r"\s{2,}")
    assert log["timestamp"].tolist() == [pd.Timestamp("2024-06-01 08:00")]


def test_z_times_are_called_utc_with_a_tz_hint(tmp_path):
    text = "member,when,action\na,2024-05-01T15:30:00.000Z,open\nb,2024-05-02T01:00:00Z,open\n"
    _, report = load_event_log(_csv(tmp_path, text), **COLS)
    note = " ".join(report.notes)
    assert "UTC" in note and "tz='Asia/Seoul'" in note and "own local clock" not in note
    log, _ = load_event_log(_csv(tmp_path, text), **COLS, tz="Asia/Seoul")
    assert log["timestamp"].dt.strftime("%d %H:%M").tolist() == ["02 00:30", "02 10:00"]


def test_dash_is_a_placeholder_and_zero_ids_get_a_warning(tmp_path):
    text = "member,when,action\na,2024-07-01,open\n-,2024-07-02,open\n0,2024-07-03,open\n"
    log, report = load_event_log(_csv(tmp_path, text), **COLS)
    assert report.dropped == {"empty user id": 1}
    assert sorted(log["user_id"]) == ["0", "a"]
    assert any("'0'" in w and "no user" in w for w in report.warnings)


def test_an_invalid_date_does_not_settle_the_day_month_order(tmp_path):
    text = "member,when,action\na,03/04/2024 10:00,open\nb,31/02/2024 10:00,open\n"
    with pytest.raises(EventLogError, match="time_format=") as err:
        load_event_log(_csv(tmp_path, text), **COLS)
    assert "'03/04/2024 10:00'" in str(err.value) and "31/02" not in str(err.value)


def test_a_semicolon_file_read_with_commas_names_the_separator(tmp_path):
    text = "member;when;action;amount\na;2024-01-01;open;1,5\nb;2024-01-02;open;2\n"
    with pytest.raises(EventLogError, match=r"[Pp]ass sep=';'"):
        load_event_log(_csv(tmp_path, text), **COLS)


def test_no_export_yet_names_the_fix():
    """SOURCE = None (a PM with no export yet) gets the fix, not a bare type error."""
    with pytest.raises(eventlog.EventLogError, match=r"source is None.*path of your CSV.*demo"):
        eventlog.load_event_log(None, user_col="u", time_col="t", event_col="e")


def test_schema_checklist_knows_an_event_whose_rows_were_all_dropped():
    """The checklist's known events are validate.known_events: a loaded log's categories, so
    an event whose every row was dropped (no timestamp) is still 'in the log'."""
    raw = pd.DataFrame(
        {
            "member": ["a", "a", "b"],
            "when": ["2024-01-01 09:00", "2024-06-01 10:00", "oops"],
            "action": ["open", "open", "buy"],
        }
    )
    log, report = load_event_log(raw, **COLS)
    assert report.dropped == {"unparseable timestamp": 1} and "buy" not in set(log["event"])
    table = schema_checklist(log, cta_event="open", conversion_event="buy").set_index("method")
    assert table.loc["funnel", "status"] == "ready"
    plain = log.assign(event=log["event"].astype("object"))  # no categories: 'buy' is unknown
    table = schema_checklist(plain, cta_event="open", conversion_event="buy").set_index("method")
    assert table.loc["funnel", "status"] == "not in the log"


def test_suggest_stages_checks_its_log_as_every_helper_does():
    log = pd.DataFrame({"user_id": [1], "timestamp": ["2024-01-01"], "event": ["open"]})
    with pytest.raises(
        TypeError, match=r"suggest_stages\(\): column 'timestamp' must hold datetimes"
    ):
        suggest_stages(log)
    with pytest.raises(TypeError, match=r"suggest_stages\(\) needs a pandas DataFrame, got list"):
        suggest_stages([1, 2])
