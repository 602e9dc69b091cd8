"""One list of notebooks (notebooks/src/course.toml, tools/course_list.py); everything that names
the notebooks in order is generated from it.

These tests fail when a generated place is edited by hand (a navigation line typed into a
source, a README course table changed, a built notebook's navigation edited), when the list
and notebooks/src/ disagree, and when the list or a source mark is malformed.
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
import course_list  # noqa: E402
import timing  # noqa: E402

STEMS = sorted(p.stem for p in build_notebooks.SRC.glob("[0-9][0-9]_*.py"))
SOURCES = sorted(build_notebooks.SRC.glob("[0-9][0-9]_*.py"))
FIX = "run `python tools/timing.py --write` and `python tools/build_notebooks.py`"
#: a navigation line typed by hand: an arrow link to a notebook
HAND_NAV = re.compile(r"\[← [^\]]*\]\([^)]*\.ipynb\)|\[[^\]]* →\]\([^)]*\.ipynb\)")


def test_the_list_is_the_notebooks_in_src_in_order():
    assert [n.stem for n in course_list.load()] == STEMS


def test_every_entry_has_both_languages():
    for n in course_list.load():
        assert re.search(r"[가-힣]", n.title_ko + n.map_ko + n.readme_ko), n.stem
        # the same numbers in both languages (KPI 3 / KPI 3), as tests/helpers/test_i18n.py asks of cells
        for en, ko in ((n.title, n.title_ko), (n.map, n.map_ko), (n.readme, n.readme_ko)):
            assert re.findall(r"\d+", en) == re.findall(r"\d+", ko), (n.stem, en, ko)


@pytest.mark.parametrize("stem", STEMS)
def test_sources_hold_no_hand_typed_navigation(stem):
    """The navigation is the {{nav}} mark, at the top and at the bottom, in both languages."""
    cells = build_notebooks.parse(build_notebooks.SRC / f"{stem}.py")
    markdown = [c for c in cells if c.kind == "markdown"]
    for c in markdown:
        for text in (c.text, c.ko_text or ""):
            assert not HAND_NAV.search(text), f"{stem}: write {{{{nav}}}}, not {text[:80]!r}"
    for c in (markdown[0], markdown[-1]):
        assert "{{nav}}" in c.text and "{{nav}}" in c.ko_text, stem


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_built_notebooks_link_the_previous_and_next_notebook(lang):
    folder = ROOT / "notebooks" / ("ko" if lang == "ko" else "")
    for i, stem in enumerate(STEMS):
        nb = nbformat.read(folder / f"{stem}.ipynb", as_version=4)
        markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
        line = course_list.nav(stem, lang)
        assert line in markdown[0] and line in markdown[-1], (stem, lang, FIX)
        targets = re.findall(r"\]\(([^)#]+\.ipynb)\)", line)
        following = STEMS[(i + 1) % len(STEMS)]
        assert targets[-1] == f"{following}.ipynb", stem
        if i:
            assert targets[0] == f"{STEMS[i - 1]}.ipynb", stem
        assert all((folder / t).exists() for t in targets), (stem, targets)


def test_navigation_words_per_language():
    assert course_list.nav("00_welcome") == "[01 North star →](01_north_star.ipynb)"
    assert course_list.nav("10_capstone", "ko").endswith(
        "[처음으로: 00 환영합니다 →](00_welcome.ipynb)"
    )
    assert "[코스 목차](00_welcome.ipynb)" in course_list.nav("05_business_view", "ko")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_course_map_in_00_is_generated(lang):
    folder = ROOT / "notebooks" / ("ko" if lang == "ko" else "")
    nb = nbformat.read(folder / "00_welcome.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert course_list.course_map_rows(timing.minutes(), lang) in text, FIX


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_readme_course_tables_are_generated(lang):
    readme = timing.README_KO if lang == "ko" else timing.README
    text = readme.read_text(encoding="utf-8")
    assert timing.fill_readme(text, lang) == text, FIX
    assert course_list.readme_table(timing.minutes(), lang) in text


def test_a_hand_edit_of_the_readme_table_is_caught():
    text = timing.README.read_text(encoding="utf-8")
    edited = text.replace("[Quadrant](notebooks/04_quadrant.ipynb)", "[The quadrant](x.ipynb)")
    assert edited != text
    assert timing.fill_readme(edited) == text  # --write restores it; the test above fails
    with pytest.raises(ValueError, match="course:table"):
        timing.fill_readme(text.replace("<!-- course:table -->\n", ""))


def test_the_guides_titles_are_the_list():
    assert timing.TITLES == course_list.titles("en")
    assert timing.TITLES_KO == course_list.titles("ko")
    assert timing.TITLES["04_quadrant"] == "04 Quadrant"


# ---- a malformed list or source stops the build with a message that names it ----------------


def _list(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "course.toml"
    path.write_text(text, encoding="utf-8")
    return path


ENTRY = """
[[notebook]]
stem = "{stem}"
title = "A"
title_ko = "가"
map = "m"
map_ko = "엠"
readme = "r"
readme_ko = "알"
"""


def test_a_list_entry_without_a_field_is_named(tmp_path):
    path = _list(tmp_path, ENTRY.format(stem="00_a").replace('readme_ko = "알"\n', ""))
    with pytest.raises(ValueError, match=r"notebook 1 \(00_a\).*missing \['readme_ko'\]"):
        course_list.load(path)


def test_a_list_out_of_order_is_refused(tmp_path):
    path = _list(tmp_path, ENTRY.format(stem="00_a") + ENTRY.format(stem="02_b"))
    with pytest.raises(ValueError, match="must start with 01_"):
        course_list.load(path)


def test_a_pipe_in_a_text_is_refused(tmp_path):
    path = _list(tmp_path, ENTRY.format(stem="00_a").replace('"m"', '"a | b"'))
    with pytest.raises(ValueError, match=r"\['map'\].*'\|'"):
        course_list.load(path)


def test_a_notebook_missing_from_the_list_is_named():
    with pytest.raises(ValueError, match="99_new is not in notebooks/src/course.toml"):
        course_list.nav("99_new")


def _source(tmp_path: Path, old: str, new: str, stem: str = "04_quadrant") -> Path:
    text = (build_notebooks.SRC / f"{stem}.py").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / f"{stem}.py"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_an_unknown_mark_is_named(tmp_path):
    path = _source(tmp_path, "{{nav}}", "{{navigation}}")
    with pytest.raises(ValueError, match=r"unknown mark \{\{navigation\}\}.*\{\{nav\}\}"):
        build_notebooks.build(path)


def test_a_mark_in_one_language_only_is_refused(tmp_path):
    text = (build_notebooks.SRC / "04_quadrant.py").read_text(encoding="utf-8")
    ko_nav = text.index("{{nav}}", text.index('lang="ko"'))
    path = tmp_path / "04_quadrant.py"
    path.write_text(text[:ko_nav] + "(none)" + text[ko_nav + len("{{nav}}") :], encoding="utf-8")
    with pytest.raises(ValueError, match=r"04_quadrant.py: the markdown cell '# 04 · .*marks"):
        build_notebooks.build(path)


# ---- jupytext reads the sources; the build's own rules on top -------------------------------


def test_a_header_jupytext_cannot_read_is_named(tmp_path):
    path = _source(tmp_path, '# %% tags=["exercise"]', '# %% tags=["exercise"')
    with pytest.raises(ValueError, match=r"cannot read its header options"):
        build_notebooks.parse(path)


def test_an_unknown_cell_option_is_named(tmp_path):
    path = _source(tmp_path, '# %% tags=["exercise"]', '# %% tags=["exercise"] slide="yes"')
    with pytest.raises(ValueError, match=r"unknown cell option\(s\) \['slide'\]"):
        build_notebooks.parse(path)


def test_a_raw_cell_is_refused(tmp_path):
    path = _source(tmp_path, '# %% tags=["exercise"]', "# %% [raw]")
    with pytest.raises(ValueError, match=r"the raw cell .* is code .* or markdown"):
        build_notebooks.parse(path)


def test_text_before_the_first_cell_is_refused(tmp_path):
    path = _source(tmp_path, "# %% [markdown]\n", "import os\n# %% [markdown]\n")
    with pytest.raises(ValueError, match="text before the first"):
        build_notebooks.parse(path)


def test_a_korean_cell_must_follow_an_english_markdown_cell(tmp_path):
    path = _source(tmp_path, '# %% tags=["exercise"]\n', '# %% [markdown] lang="ko"\n# 한국어\n')
    with pytest.raises(ValueError, match="must follow the English markdown cell"):
        build_notebooks.parse(path)


def test_magics_stay_as_written():
    """``# %matplotlib inline`` stays a comment (jupytext would uncomment it by default)."""
    cells = build_notebooks.parse(build_notebooks.SRC / "08_ab_test.py")
    setup = next(c for c in cells if "set_language" in c.text)
    assert setup.text.startswith("# %matplotlib inline\n")


def _title_links():
    """(source, language, link text, stem) for each markdown link '[NN ...](NN_stem.ipynb)'."""
    pattern = r"\[(\d\d [^\]]+)\]\((?:\.\./)*(?:notebooks/)?(\d\d_[a-z_]+)\.ipynb[#)]"
    for src in SOURCES:
        for cell in build_notebooks.parse(src):
            if cell.kind != "markdown":
                continue
            for lang in ("en", "ko"):
                flat = re.sub(r"\s*\n\s*", " ", cell.text_in(lang) or "")
                for m in re.finditer(pattern, flat):
                    yield src.name, lang, m.group(1), m.group(2)


def test_a_link_that_names_a_notebook_uses_its_title():
    """'[02 Journey and funnel](02_journey_funnel.ipynb)' in a "You need" line drifts from the
    navigation's '02 Journey map and funnel': a link naming a notebook by number and title
    uses the list's title ('01 notebook' / '01 노트북' names no title and is fine)."""
    titles = {lang: course_list.titles(lang) for lang in ("en", "ko")}
    bad = [
        f"{name} ({lang}): [{text}] should be [{titles[lang][stem]}]"
        for name, lang, text, stem in _title_links()
        if text != titles[lang].get(stem)
        and not re.fullmatch(r"\d\d (notebook|노트북)", text)
        and not text.startswith("처음으로")
    ]
    assert not bad, "\n".join(bad)
