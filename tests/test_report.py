"""helpers.report: the capstone pipeline's plan, and the one-page summary (HTML and PNG)."""

from __future__ import annotations

import base64
import re

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
