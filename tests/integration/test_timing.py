"""One source for each notebook's time, and the agendas built from it.

docs/notebook_times.csv is derived from the notebooks' content by tools/timing.py; the notebook
headers (tools/build_notebooks.py), the README course table, the course map in 00 and the
facilitator guide's lengths, model table, agendas and checkpoints are all generated from it.
These tests fail if any of them disagrees with the table, or the table with the model.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_notebooks  # noqa: E402
import timing  # noqa: E402

STEMS = sorted(p.stem for p in timing.SRC.glob("[0-9][0-9]_*.py"))
FIX = "run `python tools/timing.py --write` and `python tools/build_notebooks.py`"


def test_the_table_is_the_model_on_todays_notebooks():
    """Change a notebook's text or exercises and the table must be re-derived."""
    assert [t.notebook for t in timing.model()] == STEMS
    assert timing.TABLE.read_text(encoding="utf-8") == timing.table_text(timing.model()), FIX


def test_the_model_counts_every_exercise_of_every_notebook():
    for stem in STEMS:
        src = (timing.SRC / f"{stem}.py").read_text(encoding="utf-8")
        headers = re.findall(r"^# #{2,3} Exercise \d+ \((easy|medium|stretch)\)", src, re.M)
        _, _, _, exercises = timing.content(timing.SRC / f"{stem}.py")
        assert [lv for _, lv in exercises] == headers, stem
        assert len(exercises) >= 3, stem


def test_the_model_arithmetic():
    t = timing.Timing(
        "01_x",
        1200,
        10,
        2,
        30.0,
        [("choice", "easy"), ("coding", "medium"), ("writing", "stretch")],
    )
    assert t.read_min == 1200 / timing.READING_WPM == 10
    assert t.code_min == 10 * timing.CELL_MIN + 2 * timing.FIGURE_MIN + 0.5 == 6.5
    assert t.exercise_min == 2 + 6 and t.stretch_min == 8
    assert t.model_min == 10 + 6.5 + 8 + timing.DEBRIEF_MIN == 29.5
    assert t.workshop_min == 30
    assert timing.Timing("02_y", 0, 0, 0, 0.0, [("choice", "easy")] * 5, "").workshop_min == 15


def test_the_guide_states_the_model_the_code_uses():
    guide = timing.GUIDE.read_text(encoding="utf-8")
    ex = timing.EXERCISE_MIN
    for stated in (
        f"**{timing.READING_WPM} words a",
        f"**{timing.CELL_MIN} minute per code cell**",
        f"**+{timing.FIGURE_MIN} per cell that draws a figure**",
        f"**{ex['choice']['easy']} / {ex['choice']['medium']} for a choice**",
        f"**{ex['writing']['easy']} / {ex['writing']['medium']} for writing**",
        f"**{ex['coding']['easy']} / {ex['coding']['medium']} for coding**",
        f"({ex['choice']['stretch']} / {ex['writing']['stretch']} / {ex['coding']['stretch']})",
        f"**{timing.DEBRIEF_MIN} minutes**",
        f"{timing.WELCOME_DEBRIEF_MIN} for 00",
        f"rounded up to {timing.ROUND_TO}",
    ):
        assert stated.replace("\n", " ") in " ".join(guide.split()), stated


@pytest.mark.parametrize(
    ("solution", "kind"),
    [
        ("leading = 'return'", "choice"),
        ("answer = {'promo_again': 'business-only', 'price_up': 'business-only'}", "choice"),
        ("chain = ['A', 'B', 'C']", "choice"),
        ("n = len(users)", "coding"),
        ("rate = s.groupby('week')['reserved'].mean()\nrate", "coding"),
        ("text = ('" + "a long sentence " * 12 + "')", "writing"),
        ("text = f'{share:.0%} of users'", "choice"),
    ],
)
def test_exercise_kind(solution, kind):
    assert timing.exercise_kind(solution) == kind


def test_readme_course_table_shows_the_table_times():
    readme = timing.README.read_text(encoding="utf-8")
    minutes = timing.minutes()
    shown = {m.group("nn"): m.group("time").strip() for m in timing.README_ROW.finditer(readme)}
    assert shown == {stem[:2]: f"{minutes[stem]} min" for stem in STEMS}, FIX


def test_the_guide_shows_the_table_everywhere():
    guide = timing.GUIDE.read_text(encoding="utf-8")
    assert timing.fill_guide(guide) == guide, FIX
    names = {m.group("name") for m in timing.MARK.finditer(guide)}
    assert names == set(timing.generated_blocks()), "a generated block is missing in the guide"
    assert "(generated)" not in guide
    # no hand-typed length left in a notebook's section
    assert not re.search(r"^\*\*Length:\*\* \d+-\d+ minutes", guide, re.M)


@pytest.mark.parametrize("copy", ["learner", "solution"])
def test_notebook_headers_show_the_table_time(copy):
    folder = ROOT / "notebooks" / ("solutions" if copy == "solution" else "")
    for stem in STEMS:
        nb = nbformat.read(folder / f"{stem}.ipynb", as_version=4)
        text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        assert "{{" not in text, f"{stem}: an unfilled mark"
        time_lines = [x for x in text.splitlines() if "**Time:**" in x]
        assert len(time_lines) == 1, (stem, time_lines)
        assert build_notebooks.workshop_time(stem) in time_lines[0], (stem, time_lines[0], FIX)


def test_the_course_map_in_00_shows_the_table_times():
    nb = nbformat.read(ROOT / "notebooks" / "00_welcome.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    minutes = timing.minutes()
    for stem in STEMS:
        row = re.search(
            rf"^\| {stem[:2]} \| \[[^\]]+\]\({stem}\.ipynb\) \| (?P<t>[^|]+) \|", text, re.M
        )
        assert row and row.group("t").strip() == f"{minutes[stem]} min", stem


def test_a_source_without_the_time_mark_does_not_build(tmp_path):
    src = tmp_path / "04_quadrant.py"
    text = (timing.SRC / "04_quadrant.py").read_text(encoding="utf-8")
    src.write_text(text.replace("{{time}}", "35 minutes"), encoding="utf-8")
    with pytest.raises(ValueError, match=r"must hold \{\{time\}\}"):
        build_notebooks.build(src)


# ---- the agendas ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["HALF_DAY", "FULL_DAY"])
def test_the_agenda_fits_its_slot_with_a_start_buffer_and_breaks(name):
    plan = getattr(timing, name)
    rows = timing.schedule(plan)
    end = rows[-1][0] + rows[-1][1]
    assert end <= plan["slot_min"], f"{name} runs {end} of {plan['slot_min']} minutes"
    assert rows[0][2] == "buffer" and rows[0][1] >= 10
    assert rows[-1][2] == "wrap"
    # never more than 2 hours without a break (or lunch)
    since = 0
    for _, n, kind, _, _ in rows:
        since = 0 if kind == "break" else since + n
        assert since <= 120, f"{name}: {since} minutes without a break"


@pytest.mark.parametrize("name", ["HALF_DAY", "FULL_DAY"])
def test_the_agenda_never_skips_what_a_kept_notebook_builds_on(name):
    plan = timing.__dict__[name]
    seen: dict[str, str] = {}
    for kind, what, *_ in plan["blocks"]:
        if kind in ("nb", "bridge"):
            for need in timing.BUILDS_ON.get(what, []) if kind == "nb" else []:
                assert need in seen, f"{name}: {what} comes before {need} (kept or bridged)"
            seen[what] = kind
    kept = [w for w, k in seen.items() if k == "nb"]
    if "06_sync_views" in kept:
        assert seen.get("05_business_view") == "nb", f"{name}: 06 needs 05 done, not bridged"
    if "08_ab_test" in kept:
        assert seen.get("05_business_view") == "nb", f"{name}: 08 needs 05 done, not bridged"


def test_every_bridge_is_written_in_the_guide():
    guide = timing.GUIDE.read_text(encoding="utf-8")
    bridges = guide.split("### Bridges", 1)[1].split("\n## ", 1)[0]
    skipped = {
        what
        for plan in (timing.HALF_DAY, timing.FULL_DAY)
        for kind, what, *_ in plan["blocks"]
        if kind == "bridge"
    }
    for stem in skipped | {"08_ab_test", "10_capstone"}:  # 08 and 10: homework pointers
        assert f"- **{timing.TITLES[stem]}**" in bridges, f"no bridge written for {stem}"


def test_checkpoints_name_a_clock_a_notebook_and_a_cut():
    for plan in (timing.HALF_DAY, timing.FULL_DAY):
        points = timing.checkpoints(plan)
        assert len(points) == sum(1 for b in plan["blocks"] if b[0] == "nb")
        for clock, title, cut in points:
            assert re.fullmatch(r"\d\d:\d\d", clock) and title and cut.startswith("else ")


# ---- the Korean edition's copies -------------------------------------------------------------


def test_the_korean_readme_and_guide_show_the_table_with_korean_labels():
    """README.ko.md's course times and docs/ko/facilitator.md's generated blocks come from the
    same table by the same code as the English ones (``lang="ko"``)."""
    readme = timing.README_KO.read_text(encoding="utf-8")
    assert timing.fill_readme(readme, "ko") == readme, FIX
    minutes = timing.minutes()
    shown = {m.group("nn"): m.group("time").strip() for m in timing.README_ROW.finditer(readme)}
    assert shown == {stem[:2]: f"{minutes[stem]}분" for stem in STEMS}, FIX
    guide = timing.GUIDE_KO.read_text(encoding="utf-8")
    assert timing.fill_guide(guide, "ko") == guide, FIX
    names = {m.group("name") for m in timing.MARK.finditer(guide)}
    assert names == set(timing.generated_blocks("ko")), "a generated block is missing"
    english = timing.generated_blocks()
    for name, block in timing.generated_blocks("ko").items():
        assert re.search(r"[가-힣]", block), name
        assert sorted(re.findall(r"\d+", block)) == sorted(re.findall(r"\d+", english[name])), name


def test_every_agenda_text_has_its_korean_with_the_same_numbers():
    texts = {
        text
        for plan in (timing.HALF_DAY, timing.FULL_DAY)
        for kind, what, _, *cut in plan["blocks"]
        for text in ([what] if kind not in ("nb", "bridge") else []) + cut
    }
    assert texts <= set(timing.KO), texts - set(timing.KO)
    for text in texts:
        assert sorted(re.findall(r"\d+", timing.KO[text])) == sorted(re.findall(r"\d+", text))
    with pytest.raises(KeyError, match="has no Korean in KO"):
        timing._ko("A new block nobody translated")


def test_every_bridge_is_written_in_the_korean_guide():
    guide = timing.GUIDE_KO.read_text(encoding="utf-8")
    bridges = guide.split("### 브리지", 1)[1].split("\n## ", 1)[0]
    skipped = {
        what
        for plan in (timing.HALF_DAY, timing.FULL_DAY)
        for kind, what, *_ in plan["blocks"]
        if kind == "bridge"
    }
    for stem in skipped | {"08_ab_test", "10_capstone"}:
        assert f"- **{timing.TITLES_KO[stem]}**" in bridges, f"no Korean bridge for {stem}"
