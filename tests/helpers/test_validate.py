"""helpers.validate: each check's error kinds, and that a check never touches the caller's data."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import validate


@pytest.fixture
def log() -> pd.DataFrame:
    """A tiny event log with a non-default index (labels 10, 20, 30)."""
    return pd.DataFrame(
        {
            "user_id": ["u1", "u1", "u2"],
            "timestamp": pd.to_datetime(
                ["2024-01-01 09:00", "2024-01-02 10:00", "2024-01-03 00:00"]
            ),
            "event": ["app_open", "return", "app_open"],
            "plan": [1.0, 2.0, 3.0],
        },
        index=[10, 20, 30],
    )


# ---- frame ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [[1, 2], {"a": [1]}, None, pd.Series([1])])
def test_frame_refuses_anything_but_a_dataframe_naming_the_type(bad):
    with pytest.raises(
        TypeError, match=rf"f\(\) needs a pandas DataFrame, got {type(bad).__name__}"
    ):
        validate.frame(bad, "f")


def test_frame_refuses_an_empty_dataframe_and_explains_the_likely_filter():
    with pytest.raises(ValueError, match=r"f\(\) got an empty DataFrame \(0 rows\).*spelling"):
        validate.frame(pd.DataFrame({"a": []}), "f")


def test_frame_returns_the_same_object(log):
    assert validate.frame(log, "f") is log


# ---- columns --------------------------------------------------------------------------------


def test_missing_column_names_the_closest_and_all_columns(log):
    with pytest.raises(ValueError) as err:
        validate.columns(log, ["user_id", "evnt"], "f")
    msg = str(err.value)
    assert "f(): column 'evnt' is not in the DataFrame. Did you mean 'event'?" in msg
    assert "Columns are: user_id, timestamp, event, plan." in msg


def test_missing_column_without_a_close_name_lists_the_columns(log):
    with pytest.raises(ValueError, match=r"column 'zzz' is not in the DataFrame\. Columns are"):
        validate.columns(log, ["zzz"], "f")


def test_columns_skips_none_and_accepts_present_ones(log):
    validate.columns(log, ["user_id", None, "plan"], "f")


# ---- datetimes ------------------------------------------------------------------------------


def test_text_timestamps_are_refused_with_the_conversion_to_run(log):
    text = log.assign(timestamp=log["timestamp"].astype(str))
    with pytest.raises(TypeError) as err:
        validate.datetimes(text, "timestamp", "f")
    assert "column 'timestamp' must hold datetimes" in str(err.value)
    assert "pd.to_datetime(df['timestamp'])" in str(err.value)


def test_missing_timestamps_are_counted(log):
    holes = log.assign(timestamp=log["timestamp"].where(log.index != 20))
    with pytest.raises(ValueError, match=r"has 1 missing timestamps \(NaT\)"):
        validate.datetimes(holes, "timestamp", "f")


def test_zone_aware_timestamps_are_datetimes(log):
    validate.datetimes(
        log.assign(timestamp=log["timestamp"].dt.tz_localize("UTC")), "timestamp", "f"
    )


# ---- numbers --------------------------------------------------------------------------------


def test_text_numbers_are_refused_naming_the_dtype(log):
    with pytest.raises(TypeError, match=r"column 'event' must be numeric, but its dtype is"):
        validate.numbers(log, "event", "f")


def test_nan_numbers_are_refused_unless_allowed(log):
    holes = log.assign(plan=[1.0, None, 3.0])
    with pytest.raises(ValueError, match=r"has 1 missing values \(NaN\)"):
        validate.numbers(holes, "plan", "f")
    validate.numbers(holes, "plan", "f", allow_nan=True)


def test_bools_count_as_numbers(log):
    validate.numbers(log.assign(flag=[True, False, True]), "flag", "f")


# ---- known_values, choice -------------------------------------------------------------------


def test_unknown_value_gets_the_closest_known_one():
    with pytest.raises(ValueError, match=r"f\(\): unknown stage 'serch'\. Did you mean 'search'\?"):
        validate.known_values(["search", "serch"], ["search", "ride"], "stage", "f")


def test_unknown_value_without_a_close_one_lists_at_most_twenty():
    allowed = [f"event_{k:02d}" for k in range(25)]
    with pytest.raises(ValueError) as err:
        validate.known_values(["zzz"], allowed, "event", "f")
    msg = str(err.value)
    assert "Did you mean" not in msg
    assert "'event_19' ..." in msg and "event_20" not in msg


def test_choice_lists_the_options():
    with pytest.raises(ValueError, match=r"f\(\): freq='Q' is not valid; use one of 'D', 'W'"):
        validate.choice("Q", ["D", "W"], "freq", "f")
    validate.choice("D", ["D", "W"], "freq", "f")


# ---- event_log, known_events, events_known --------------------------------------------------


def test_event_log_checks_type_then_columns_then_times(log):
    with pytest.raises(TypeError, match="needs a pandas DataFrame"):
        validate.event_log([1], "user_id", "timestamp", "event", "f")
    with pytest.raises(ValueError, match=r"column 'usr' is not in the DataFrame\. Did you mean"):
        validate.event_log(log, "usr", "timestamp", "event", "f")
    with pytest.raises(TypeError, match="must hold datetimes"):
        validate.event_log(log, "user_id", "event", None, "f")


def test_event_log_accepts_no_event_column(log):
    validate.event_log(log.drop(columns="event"), "user_id", "timestamp", None, "f")


def test_known_events_of_a_categorical_include_events_with_no_rows(log):
    cat = log["event"].astype(pd.CategoricalDtype(["app_open", "purchase", "return"]))
    assert validate.known_events(cat) == ["app_open", "purchase", "return"]
    assert validate.known_events(log["event"]) == ["app_open", "return"]  # order of appearance


def test_unknown_event_gets_the_suggestion(log):
    with pytest.raises(ValueError, match=r"f\(\): unknown event 'retrun'\. Did you mean 'return'"):
        validate.events_known(log, "event", ["app_open", "retrun"], "f")


def test_an_event_of_the_categories_is_known_even_with_no_rows(log):
    cat = log.assign(
        event=log["event"].astype(pd.CategoricalDtype(["app_open", "purchase"] + ["return"]))
    )
    validate.events_known(cat, "event", ["purchase"], "f")


# ---- any index, never modified --------------------------------------------------------------


@pytest.mark.parametrize(
    "index",
    [
        pd.Index(["c", "a", "b"]),
        pd.Index([5, 5, 5]),
        pd.MultiIndex.from_tuples([(1, "x"), (1, "y"), (2, "x")]),
        pd.DatetimeIndex(["2030-01-01", "2020-01-01", "2025-01-01"]),
    ],
)
def test_every_check_accepts_any_index_and_leaves_the_frame_as_it_was(log, index):
    log.index = index
    before = log.copy(deep=True)
    validate.frame(log, "f")
    validate.columns(log, ["user_id", "timestamp", "event"], "f")
    validate.datetimes(log, "timestamp", "f")
    validate.numbers(log, "plan", "f")
    validate.event_log(log, "user_id", "timestamp", "event", "f")
    validate.events_known(log, "event", ["return"], "f")
    assert validate.known_events(log["event"]) == ["app_open", "return"]
    pd.testing.assert_frame_equal(log, before)
    assert log.index.equals(before.index)
