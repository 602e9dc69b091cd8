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
    with pytest.raises(EventLogError, match=r"no row is left.*2 unparseable timestamp"):
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
    assert any("repeat an earlier row exactly" in n and "Kept" in n for n in report.notes)
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
    assert table.loc["funnel", "status"] == "missing"
    assert "did you mean 'open'" in table.loc["funnel", "detail"]
    assert table.loc["cohort table", "status"] == "approximate"
    assert table.loc["behavioural cohorts / segments by property", "status"] == "missing"


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
