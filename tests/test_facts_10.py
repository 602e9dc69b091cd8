"""Every number the prose of notebook 10 states about the data, computed with the helpers.

The CDNOW numbers come from the real purchase log shipped with the lifetimes package.
"""

from __future__ import annotations

import pytest

from helpers import eventlog, report
from tests.facts import assert_stated, markdown_of

NB = "10_capstone"


@pytest.fixture(scope="module")
def cdnow():
    log, rep = eventlog.load_event_log(
        eventlog.load_cdnow(),
        user_col="customer_id",
        time_col="date",
        event_col="event_name",
        properties=["number_of_cds", "dollar_value"],
    )
    plan = report.CapstonePlan(
        signup_event="first_purchase",
        funnel_steps=eventlog.CDNOW_EVENTS,
        aha_events=["second_purchase", "third_purchase", "later_purchase"],
    )
    return log, rep, report.run_capstone(log, plan)


def test_rows_customers_and_duplicates(cdnow):
    _, rep, _ = cdnow
    assert_stated(NB, f"{rep.n_read:,}", f"{rep.n_users:,}", f"{len(rep.rows('duplicate row')):,}")
    assert rep.n_dropped == 0  # "None are dropped"


def test_stages_and_funnel(cdnow):
    _, _, found = cdnow
    stages = found.stages.set_index("event")
    assert_stated(NB, f"{stages.loc['second_purchase', 'median_days_after_start']:.0f} days")
    second = found.funnel.set_index("step").loc["second_purchase", "pct_of_start"]
    assert_stated(NB, f"{second:.0%}")
    assert 0.45 < second < 0.5  # "half of the customers never make a second purchase"


def test_cohort_month_one(cdnow):
    _, _, found = cdnow
    assert_stated(NB, f"{found.cohort[1].mean():.0%}")


def test_aha_numbers(cdnow):
    _, _, found = cdnow
    k = found.aha_threshold
    row = found.aha_table.set_index("threshold").loc[k]
    assert_stated(
        NB,
        f"{k} or more repeat purchases",
        f"{row['retention_at_least']:.0%}",
        f"{row['retention_below']:.0%}",
    )


def test_checklist_statuses(cdnow):
    _, _, found = cdnow
    status = found.checklist.set_index("method")["status"]
    # "ready: funnel, cohorts, aha moment, segments by property"
    for method in ("funnel", "cohort table", "aha moment"):
        assert status[method] == "ready", method
    assert status["behavioural cohorts / segments by property"] == "ready"
    # "not chosen: behaviour segments and the quadrant" (the log has no browse event or CTA)
    assert status["behaviour segments"] == status["quadrant"] == "not chosen"
    assert_stated(NB, "**not chosen:** behaviour segments and the quadrant")
    # CDNOW's steps rest on thousands of customers: no step is "too small" or "approximate"
    assert found.checklist["users"].dropna().min() >= 100


def test_the_engine_section_gets_the_same_numbers(cdnow, tmp_path):
    """'The same numbers, computed by another engine': DuckDB on the log saved as Parquet."""
    from helpers import engine

    log, _, found = cdnow
    log.to_parquet(tmp_path / "events.parquet")
    big_log, big_report = engine.open_event_log(
        tmp_path / "events.parquet",
        user_col="user_id",
        time_col="timestamp",
        event_col="event",
        properties=["number_of_cds", "dollar_value"],
    )
    assert big_report.n_kept == len(log)
    assert report.run_capstone(big_log, found.plan).numbers == found.numbers
    assert_stated(NB, "The same numbers, computed by another engine")


def test_part0_canvas_prose():
    """Part 0: 'scored 1 or 0 on the six criteria' (notebook 01's), the canvas lists a field
    for each notebook question, and the files go to the capstone's report folder."""
    from helpers import canvas
    from helpers.checks import nb01

    assert len(nb01.CRITERIA) == 6
    assert_stated(NB, "scored 1 or 0 on the six criteria")
    md = markdown_of(NB)
    for field in canvas.FIELDS:
        assert f"`{field}`" in md, field
