"""helpers.report: the capstone pipeline's plan, and the one-page summary (HTML and PNG)."""

from __future__ import annotations

import base64
import dataclasses
import re
from collections.abc import Sequence

import pandas as pd
import pytest

from helpers import report
from helpers.report import CapstonePlan, run_capstone, summary_report


@pytest.fixture(scope="module")
def small_log():
    """A small shop: visits, carts, purchases (made up for the test); 240 users starting in
    the first 60 days, and the log runs to 1 July so that every user can be judged."""
    rows = []
    for u in range(240):
        start = pd.Timestamp("2024-01-01") + pd.Timedelta(days=u % 60)
        rows.append((u, start, "signup", "free" if u % 2 else "pro"))
        rows.append((u, start + pd.Timedelta(hours=1), "visit", "free" if u % 2 else "pro"))
        if u % 3:
            rows.append((u, start + pd.Timedelta(hours=2), "cart", "free" if u % 2 else "pro"))
        if u % 3 == 1:
            rows.append((u, start + pd.Timedelta(hours=3), "buy", "free" if u % 2 else "pro"))
            rows.append((u, start + pd.Timedelta(days=5), "buy", "free" if u % 2 else "pro"))
            rows.append((u, start + pd.Timedelta(days=40), "visit", "free" if u % 2 else "pro"))
    rows.append((0, pd.Timestamp("2024-07-01 10:00"), "visit", "pro"))
    log = pd.DataFrame(rows, columns=["user_id", "timestamp", "event", "plan"])
    return log.sort_values("timestamp").reset_index(drop=True)


PLAN = CapstonePlan(
    name="Test shop",
    data_note="Made-up test data",
    signup_event="signup",
    browse_events=["visit"],
    cta_event="cart",
    conversion_event="buy",
    aha_events=["buy"],
    quadrant_by=["plan"],
)


def test_plan_accepts_lists_and_rejects_bad_values():
    assert CapstonePlan(funnel_steps=["a", "b"]).funnel_steps == ("a", "b")
    assert CapstonePlan(cta_event="a", conversion_event="b").steps == ("a", "b")
    with pytest.raises(TypeError, match="list of names"):
        CapstonePlan(browse_events=[1, 2])
    with pytest.raises(TypeError, match="event name in quotes"):
        CapstonePlan(cta_event=3)
    with pytest.raises(ValueError, match="aha_window_days"):
        CapstonePlan(aha_window_days=60, retention_days=(31, 90))
    with pytest.raises(TypeError, match="CapstonePlan"):
        run_capstone(
            pd.DataFrame({"user_id": [1], "timestamp": [pd.Timestamp(0)], "event": ["a"]}),
            {"cta_event": "a"},
        )


# ---- issue 16: the plan is checked from its fields' type hints ---------------------------


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(CapstonePlan)])
def test_every_field_of_the_plan_is_checked_by_its_type(name):
    # a value of no field's kind is refused with an error that names the field
    with pytest.raises(TypeError, match=rf"CapstonePlan: {name} must be "):
        CapstonePlan(**{name: object()})


@dataclasses.dataclass(frozen=True)
class _LongerPlan(CapstonePlan):
    """A plan with one more field of each kind, as a new field of CapstonePlan would be."""

    owner: str = "growth team"
    churn_event: report.EventName | None = None
    referral_events: Sequence[report.EventName] = ()
    min_rides: int = 3
    window: tuple[int, int] = (7, 14)
    budget: float | None = None


@pytest.mark.parametrize(
    "values, message",
    [
        ({"owner": None}, "owner must be text in quotes"),
        ({"churn_event": 7}, "churn_event must be an event name in quotes or None"),
        ({"referral_events": [1, 2]}, "referral_events must be a list of names in quotes"),
        ({"min_rides": 2.5}, "min_rides must be a whole number"),
        ({"min_rides": True}, "min_rides must be a whole number"),
        ({"window": (7,)}, r"window must be 2 whole numbers like \(7, 14\)"),
        ({"budget": "lots"}, "budget must be float or None"),
    ],
)
def test_a_new_field_is_checked_without_naming_it_anywhere(values, message):
    with pytest.raises(TypeError, match=message):
        _LongerPlan(**values)


def test_a_new_field_takes_what_its_type_allows():
    plan = _LongerPlan(referral_events=["invite"], window=[7, 21], churn_event="cancel")
    assert plan.referral_events == ("invite",) and plan.window == (7, 21)
    assert plan.churn_event == "cancel" and plan.budget is None
    assert _LongerPlan(referral_events="invite").referral_events == ("invite",)
    assert CapstonePlan(retention_days=[31, 60]).retention_days == (31, 60)
    assert CapstonePlan(last_period=pd.Period("1998-05", "M")).last_period == "1998-05"


def test_a_plan_error_is_in_the_learners_language():
    from helpers import i18n

    i18n.set_language("ko")
    try:
        with pytest.raises(TypeError, match="min_rides에는 정수가"):
            _LongerPlan(min_rides="3")
        with pytest.raises(TypeError, match="aha_label에는 따옴표 안의 텍스트나 None"):
            CapstonePlan(aha_label=3)
    finally:
        i18n.set_language("en")


def test_an_aha_event_known_only_as_a_category_is_skipped_with_a_reason(small_log):
    # a categorical log knows an event all of whose rows were dropped: the checklist, the
    # funnel and the aha step agree that it is known (validate.known_events), and the step
    # says why it cannot run instead of failing
    log = small_log.assign(
        event=pd.Categorical(
            small_log["event"], categories=["signup", "visit", "cart", "buy", "gift"]
        )
    )
    found = run_capstone(log, dataclasses.replace(PLAN, aha_events=("gift",)))
    assert found.aha_table is None and found.status("aha") == "too small"
    assert found.why_skipped("aha")
    assert isinstance(found.table("aha"), report.Skipped)


def test_pipeline_runs_every_step_and_never_modifies_the_log(small_log):
    before = small_log.copy(deep=True)
    found = run_capstone(small_log, PLAN)
    pd.testing.assert_frame_equal(small_log, before)
    assert found.skipped == {}
    assert found.funnel["users"].tolist() == [160, 80]
    assert found.segment_sizes.set_index("segment")["users"].to_dict() == {
        "signed up and left": 0,
        "browses, never the CTA": 80,
        "clicked the CTA, dropped": 80,
        "converted": 80,
    }
    assert set(found.quadrant["segment"]) == {"free", "pro"}
    assert found.cohort.loc[pd.Period("2024-01", "M"), 0] == 1.0
    assert found.aha_threshold in found.aha_table["threshold"].tolist()
    for key in ("Users", "Funnel: biggest drop", "Largest quadrant", "Aha moment"):
        assert key in found.numbers


def test_missing_events_are_skipped_with_the_reason(small_log):
    found = run_capstone(small_log, CapstonePlan(cta_event="checkout", conversion_event="buy"))
    assert found.funnel is None and found.quadrant is None
    assert "CTA 'checkout' is not in the log" in found.skipped["funnel"]
    assert "not chosen: browse events" in found.skipped["behaviour segments"]
    assert found.skipped["aha moment"] == "no aha action chosen (aha_events)"
    assert found.cohort is not None  # the first event stands in for the sign-up
    assert found.figure("funnel") is None


def test_figures_carry_the_data_source_not_the_synthetic_note(small_log):
    found = run_capstone(small_log, PLAN)
    for name in report.FIGURES:
        fig = found.figure(name)
        texts = [t.get_text() for ax in fig.axes for t in ax.texts]
        assert "Made-up test data" in texts
        assert not any("Synthetic data" in t for t in texts)
    with pytest.raises(ValueError, match="name="):
        found.figure("pie")


def test_html_is_self_contained_with_numbers_and_images(small_log, tmp_path):
    rep = summary_report(run_capstone(small_log, PLAN))
    path = rep.to_html(tmp_path / "out" / "summary.html")
    text = path.read_text(encoding="utf-8")
    for value in rep.numbers.values():
        assert value.replace("'", "&#x27;").replace(">", "&gt;") in text
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', text)
    assert len(images) == 4
    assert all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in images)
    assert "http" not in text and "<script" not in text  # nothing fetched from elsewhere
    assert "Test shop" in text and "Made-up test data" in text


def test_output_is_deterministic(small_log, tmp_path):
    a = summary_report(run_capstone(small_log, PLAN))
    b = summary_report(run_capstone(small_log, PLAN))
    a.to_html(tmp_path / "a.html")
    b.to_html(tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    a.save_png(tmp_path / "a.png")
    b.save_png(tmp_path / "b.png")
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()
    assert (tmp_path / "a.png").read_bytes()[:4] == b"\x89PNG"


def test_skipped_steps_are_listed_in_the_report(small_log, tmp_path):
    rep = summary_report(run_capstone(small_log, CapstonePlan(funnel_steps=["visit", "buy"])))
    assert set(rep.figures) == {"funnel", "cohort"}
    html = rep.to_html(tmp_path / "s.html").read_text(encoding="utf-8")
    assert "Not in this report" in html and "quadrant: not chosen: CTA, completion event" in html
    assert "quadrant" in repr(rep)
    with pytest.raises(TypeError, match="run_capstone"):
        summary_report({"numbers": {}})


# ---- issue 12: partial last period, and what the one page shows -------------------------


def test_a_partial_last_month_is_marked_and_left_out_of_the_headline(small_log):
    # small_log ends on 1 July: July holds one day of data
    found = run_capstone(small_log, PLAN)
    assert found.partial_period == pd.Period("2024-07", "M")
    assert "2024-07 (data ends 2024-07-01)" in found.numbers["Partial last month"]
    table = found.cohort
    in_july = table.index.asi8 + 1 == pd.Period("2024-07", "M").ordinal
    full = float(table.loc[~in_july, 1].mean())
    assert found.numbers["Active one month after start (average cohort)"].startswith(
        f"{full:.0%} ("
    )
    texts = [t.get_text() for t in found.figure("cohort").axes[0].texts]
    assert any(t.endswith("*") for t in texts)
    # last_period= cuts the table there instead (on the plan or the call)
    for cut in (
        run_capstone(small_log, PLAN, last_period="2024-06"),
        run_capstone(small_log, CapstonePlan(**{**_fields(PLAN), "last_period": "2024-06"})),
    ):
        assert cut.partial_period is None
        assert cut.cohort.index.max() <= pd.Period("2024-06", "M")
        assert "Partial last month" not in cut.numbers
    with pytest.raises(ValueError, match="last_period"):
        CapstonePlan(last_period="June-ish")


def _fields(plan: CapstonePlan) -> dict:
    from dataclasses import fields

    return {f.name: getattr(plan, f.name) for f in fields(plan)}


def test_heatmap_scale_leaves_out_the_100_percent_column_and_keeps_its_title(small_log):
    found = run_capstone(small_log, PLAN)
    fig = found.figure("cohort")
    image = fig.axes[0].images[0]
    lo, hi = image.get_clim()
    assert hi < 1.0  # age 0 (100%) does not set the top of the scale
    fig.canvas.draw()
    title = fig.axes[0].title if fig.axes[0].get_title() else fig.axes[0]._left_title
    box = title.get_window_extent()
    assert box.x1 <= fig.bbox.x1 + 1  # the takeaway title fits on the figure


def test_many_cohorts_keep_a_bounded_page(small_log):
    rows = []
    for m in range(96):  # eight years of monthly cohorts
        t = pd.Timestamp("2016-01-01") + pd.DateOffset(months=m)
        rows += [(m, t, "visit"), (m, t + pd.Timedelta(days=35), "visit")]
    log = pd.DataFrame(rows, columns=["user_id", "timestamp", "event"])
    found = run_capstone(log, CapstonePlan(funnel_steps=["visit", "visit"]))
    fig = found.figure("cohort")
    assert fig.get_size_inches()[1] <= 9.0
    rep = summary_report(found)
    height = int.from_bytes(rep.figures["cohort"][20:24], "big")  # PNG header: height
    assert height <= 900


def test_quadrant_bubbles_carry_segment_names_and_aha_axis_the_days(small_log):
    found = run_capstone(small_log, PLAN)
    texts = [t.get_text() for t in found.figure("quadrant").axes[0].texts]
    assert {"free", "pro"} <= set(texts)
    aha_ax = found.figure("aha").axes[0]
    assert "in the first 30 days" in aha_ax.get_xlabel()
    assert "users" in found.numbers["Aha moment"]
