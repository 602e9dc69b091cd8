"""Bad input gets a ValueError or TypeError whose message names the problem."""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest

from helpers import aha, cohort, experiment, funnel, leadlag, metrics, quadrant, segments


@pytest.fixture
def log():
    return pd.DataFrame(
        {
            "user_id": [1, 1, 2, 2, 3],
            "timestamp": pd.to_datetime(
                [
                    "2024-01-01 10:00",
                    "2024-01-01 10:05",
                    "2024-01-02 09:00",
                    "2024-02-03 12:00",
                    "2024-03-01 08:00",
                ]
            ),
            "event": ["search", "reserve", "search", "ride", "search"],
        }
    )


def test_missing_column_names_it_and_suggests(log):
    with pytest.raises(
        ValueError, match=r"column 'user' is not in the DataFrame\. Did you mean 'user_id'\?"
    ):
        funnel.funnel(log, ["search", "reserve"], user_col="user")


def test_misspelt_event_is_named_with_suggestion(log):
    with pytest.raises(ValueError, match=r"unknown event 'reserv'\. Did you mean 'reserve'\?"):
        funnel.funnel(log, ["search", "reserv"])


def test_empty_frame(log):
    with pytest.raises(ValueError, match=r"empty DataFrame"):
        cohort.cohort_table(log.iloc[0:0])


def test_not_a_dataframe():
    with pytest.raises(TypeError, match=r"needs a pandas DataFrame, got list"):
        metrics.active_users([1, 2, 3])


def test_string_timestamps(log):
    bad = log.assign(timestamp=log["timestamp"].astype(str))
    with pytest.raises(TypeError, match=r"column 'timestamp' must hold datetimes.*pd\.to_datetime"):
        cohort.cohort_table(bad)


def test_nat_timestamps(log):
    bad = log.copy()
    bad.loc[2, "timestamp"] = pd.NaT
    with pytest.raises(ValueError, match=r"1 missing timestamps \(NaT\)"):
        metrics.monthly_counts(bad, ["search"])


def test_nan_where_number_needed():
    df = pd.DataFrame({"x": [1.0, np.nan, 3.0, 4.0, 5.0], "y": [1.0, 2, 3, 4, 5]})
    with pytest.raises(ValueError, match=r"column 'x' has 1 missing values \(NaN\)"):
        leadlag.lead_lag(df, "x", "y")


def test_text_where_number_needed():
    df = pd.DataFrame({"seg": ["a", "b"], "attempts": ["3", "4"], "rides": [1, 2]})
    with pytest.raises(TypeError, match=r"column 'attempts' must be numeric"):
        quadrant.place(df, "attempts", "rides")


def test_unknown_option(log):
    with pytest.raises(ValueError, match=r"metric='retained' is not valid; use one of"):
        cohort.cohort_table(log, metric="retained")
    with pytest.raises(ValueError, match=r"threshold='avg' is not valid"):
        quadrant.place(pd.DataFrame({"x": [1, 2], "y": [1, 2]}), "x", "y", threshold="avg")


def test_conversion_needs_both_events(log):
    with pytest.raises(ValueError, match=r"needs convert_from= and convert_to="):
        cohort.cohort_table(log, metric="conversion", convert_from="search")


def test_funnel_needs_two_steps(log):
    with pytest.raises(ValueError, match=r"at least two event names"):
        funnel.funnel(log, ["search"])
    with pytest.raises(ValueError, match=r"at least two event names"):
        funnel.funnel(log, "search")


def test_aha_windows_must_be_ordered(log):
    with pytest.raises(ValueError, match=r"window_days <= retention_days\[0\]"):
        aha.early_actions(log, "ride", window_days=40, retention_days=(31, 90))


def test_experiment_outcome_must_be_binary():
    df = pd.DataFrame({"variant": ["control", "treatment"] * 3, "converted": [0, 1, 2, 0, 1, 0]})
    with pytest.raises(ValueError, match=r"'converted' must be 0/1 .* found 2"):
        experiment.two_proportion_test(df, "variant", "converted")


def test_experiment_unknown_group():
    df = pd.DataFrame({"variant": ["control", "test"] * 3, "converted": [0, 1] * 3})
    with pytest.raises(ValueError, match=r"unknown group 'treatment'"):
        experiment.two_proportion_test(df, "variant", "converted")


def test_sample_size_bad_rates():
    with pytest.raises(ValueError, match=r"baseline must be a rate between 0 and 1, got 20"):
        experiment.sample_size(20, 5)
    with pytest.raises(ValueError, match=r"mde=0.9 must be non-zero and keep the rate within 0-1"):
        experiment.sample_size(0.2, 0.9)


def test_segment_sizes_bad_share():
    with pytest.raises(ValueError, match=r"mass_share must be between 0 and 1, got 15"):
        segments.segment_sizes(pd.DataFrame({"a": ["x"]}), "a", mass_share=15)


def test_too_few_periods_for_lead_lag():
    df = pd.DataFrame({"x": [1.0, 2.0], "y": [2.0, 3.0]})
    with pytest.raises(ValueError, match=r"too few periods \(2\)"):
        leadlag.lead_lag(df, "x", "y")


def test_segment_means_names_missing_and_text_columns():
    u = pd.DataFrame({"age": ["20s", "40s"], "attempts": ["4", "1"], "rides": [1, 0]})
    with pytest.raises(
        ValueError, match=r"column 'agee' is not in the DataFrame\. Did you mean 'age'\?"
    ):
        quadrant.segment_means(u, "agee")
    with pytest.raises(TypeError, match=r"column 'attempts' must be numeric"):
        quadrant.segment_means(u, "age")


def test_a_missing_data_file_names_a_fix_that_works_in_the_courses_python(tmp_path, monkeypatch):
    """Not `python -m course.generate` (the system Python has no pandas): kit.py setup."""
    from course import data

    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    with pytest.raises(FileNotFoundError, match="kit.py setup") as err:
        data._read("users", "users.csv", [])
    assert sys.executable in str(err.value)
