"""The capstone speaks Korean in the Korean edition: the load report, the method canvas and the
one-page summary (every heading and line of prose has Hangul), and each stays byte-stable."""

from __future__ import annotations

import re
import string

import pandas as pd
import pytest

from course import canvas
from course.checks import nb10
from course.checks.nb01 import CRITERIA
from course.ko import canvas as ko_canvas
from helpers import eventlog, i18n, report
from helpers.hangul import has_hangul
from helpers.ko import capstone as ko_capstone

MESSY = pd.DataFrame(
    {
        "who": ["u1", "u1", "", "u2", "u2"],
        "when": ["2024-03-01 10:00", "2024-03-01 10:05", "2024-03-02 09:00", "03/02", None],
        "what": ["open", "buy", "open", "open", "buy"],
    }
)
CDNOW_PLAN = dict(
    name="Demo: CDNOW (real data, 1997-98)",
    data_note="Real data: CDNOW purchases 1997-98 (public)",
    signup_event="first_purchase",
    funnel_steps=["first_purchase", "second_purchase", "third_purchase", "later_purchase"],
    aha_events=["second_purchase", "third_purchase", "later_purchase"],
    aha_label="repeat purchases",
)


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize(
    "table",
    [
        ko_canvas.FIXED,
        ko_capstone.REASONS,
        ko_capstone.REASON_CLAUSES,
        ko_capstone.FRAGMENTS,
        ko_capstone.CHECKLIST,
        ko_capstone.TEXTS,
    ],
    ids=["canvas.FIXED", "REASONS", "REASON_CLAUSES", "FRAGMENTS", "CHECKLIST", "TEXTS"],
)
def test_every_fixed_text_has_korean_with_the_same_fields(table):
    bad = [en for en, ko in table.items() if not has_hangul(ko) or _fields(en) != _fields(ko)]
    assert not bad, bad


def test_every_canvas_prompt_and_criterion_has_korean():
    with i18n.language("ko"):
        texts = [t for key in canvas.FIELDS for t in canvas.field_text(key)]
        texts += canvas.criterion_names()
    assert all(has_hangul(t) for t in texts), [t for t in texts if not has_hangul(t)]
    assert canvas.criterion_names() == list(CRITERIA)  # English unchanged


def test_every_reason_and_checklist_text_the_code_uses_has_korean():
    """The reason keys the loader drops rows for, and every needs/role text of the checklist."""
    src = eventlog.__file__
    text = open(src, encoding="utf-8").read()
    reasons = set(re.findall(r'drop\([^,]+, "([^"]+)"', text))
    assert reasons and reasons <= set(ko_capstone.REASON_CLAUSES) & set(ko_capstone.REASONS)
    used = set(re.findall(r'_checklist_text\("([^"]+)"\)', text))
    used |= set(re.findall(r'have\([^,]+, "([^"]+)"\)', text))
    used |= set(re.findall(r'add\(\s*"[^"]+",\s*"([^"]+)"', text))
    assert used and used <= set(ko_capstone.CHECKLIST), used - set(ko_capstone.CHECKLIST)


def _lines_without_hangul(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() and not has_hangul(line)]


@pytest.mark.parametrize("source", ["messy", "csv", "cdnow"])
def test_the_korean_load_report_is_korean_on_every_line(source, tmp_path):
    def load():
        if source == "messy":
            return eventlog.load_event_log(MESSY, user_col="who", time_col="when", event_col="what")
        if source == "csv":
            path = nb10.write_sample_export(tmp_path)
            return eventlog.load_event_log(path, **nb10.SAMPLE_COLUMNS)
        return eventlog.load_event_log(
            eventlog.load_cdnow(), user_col="customer_id", time_col="date", event_col="event_name"
        )

    _, english = load()
    with i18n.language("ko"):
        _, korean = load()
        assert not _lines_without_hangul(str(korean)), str(korean)
        assert str(load()[1]) == str(korean)  # the same report every run
    # the same problems, counted the same way; the keys code reads stay English
    assert korean.dropped == english.dropped
    assert [p.reason for p in korean.problems] == [p.reason for p in english.problems]
    assert not has_hangul(str(english))


def test_a_korean_load_error_names_the_problem_and_the_fix_in_korean(tmp_path):
    path = nb10.write_sample_export(tmp_path)
    with i18n.language("ko"), pytest.raises(eventlog.EventLogError) as err:
        eventlog.load_event_log(path, user_col="member", time_col="logged_at", event_col="x")
    assert has_hangul(str(err.value)) and "'member_no'" in str(err.value)
    with pytest.raises(eventlog.EventLogError, match="Did you mean 'member_no'"):
        eventlog.load_event_log(path, user_col="member", time_col="logged_at", event_col="x")


def test_the_korean_checklist_explains_in_korean_and_keeps_its_keys():
    log, _ = eventlog.load_event_log(MESSY, user_col="who", time_col="when", event_col="what")
    english = eventlog.schema_checklist(log, cta_event="opn", conversion_event="buy")
    with i18n.language("ko"):
        korean = eventlog.schema_checklist(log, cta_event="opn", conversion_event="buy")
    assert korean[["method", "status"]].equals(english[["method", "status"]])
    assert korean["needs"].map(has_hangul).all()
    assert korean.loc[korean["detail"] != "", "detail"].map(has_hangul).all()


@pytest.fixture(scope="module")
def cdnow_found():
    log, _ = eventlog.load_event_log(
        eventlog.load_cdnow(), user_col="customer_id", time_col="date", event_col="event_name"
    )
    return log


def _summary(log, lang: str, tmp_path, tag: str):
    with i18n.language(lang):
        found = report.run_capstone(log, report.CapstonePlan(**CDNOW_PLAN))
        page = report.summary_report(found)
        html_path = page.to_html(tmp_path / f"{tag}.html")
        png_path = page.save_png(tmp_path / f"{tag}.png")
        shown = repr(page)  # what a notebook cell shows, in the notebook's language
    return page, shown, html_path.read_bytes(), png_path.read_bytes()


def test_the_korean_summary_page_is_korean_and_byte_stable(cdnow_found, tmp_path):
    page, shown, html_1, png_1 = _summary(cdnow_found, "ko", tmp_path, "a")
    _, _, html_2, png_2 = _summary(cdnow_found, "ko", tmp_path, "b")
    assert html_1 == html_2 and png_1 == png_2  # the same log and plan: the same bytes
    text = html_1.decode("utf-8")
    assert '<html lang="ko">' in text
    prose = re.findall(r"<(h1|h2|th|figcaption|li|title)>(.*?)</\1>", text, re.S)
    prose += [("p", m) for m in re.findall(r'<p class="source">(.*?)</p>', text)]
    assert len(prose) > 10
    assert all(has_hangul(body) for _, body in prose), [b for _, b in prose if not has_hangul(b)]
    assert not _lines_without_hangul(shown), shown
    english, _, html_en, _ = _summary(cdnow_found, "en", tmp_path, "en")
    assert not has_hangul(html_en.decode("utf-8")) and html_en != html_1
    assert len(english.numbers) == len(page.numbers)


def test_every_korean_capstone_figure_is_korean(cdnow_found):
    import matplotlib.pyplot as plt

    with i18n.language("ko"):
        found = report.run_capstone(cdnow_found, report.CapstonePlan(**CDNOW_PLAN))
        for name in ("funnel", "cohort", "aha"):
            fig = found.figure(name)
            assert not i18n.untranslated(fig), (name, i18n.untranslated(fig))
            assert has_hangul(fig.axes[0].get_title(loc="left") or fig.axes[0].get_title())
            plt.close(fig)


def test_the_korean_canvas_page_and_feedback_are_korean(tmp_path):
    half = {**canvas.blank(), "mass_segments": ["20대", "30대"], "data_export": None}
    with i18n.language("ko"):
        check = canvas.check_canvas(half)
        md, page = canvas.save_canvas(half, tmp_path / "a")
        md2, page2 = canvas.save_canvas(half, tmp_path / "b")
        example = canvas.check_canvas(canvas.bomcar_example())
    assert all(has_hangul(v.message) for v in check.verdicts), repr(check)
    assert has_hangul(repr(check)) and has_hangul(check._repr_html_())
    assert example.ok and has_hangul(example.message("product"))
    assert md.read_bytes() == md2.read_bytes() and page.read_bytes() == page2.read_bytes()
    headings = [line for line in md.read_text(encoding="utf-8").splitlines() if line[:1] == "#"]
    assert headings and all(has_hangul(h) for h in headings), headings
    assert '<html lang="ko">' in page.read_text(encoding="utf-8")
    english = canvas.check_canvas(half)
    assert [v.status for v in english.verdicts] == [v.status for v in check.verdicts]
    assert not any(has_hangul(v.message) for v in english.verdicts if v.field != "mass_segments")
