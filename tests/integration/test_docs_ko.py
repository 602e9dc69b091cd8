"""The Korean documents say what their English originals say, section by section.

For each pair (English original, Korean edition) the two are split at their headings and
compared section by section: the same heading levels in the same order, the same table rows
(a row's first column: a term, a column name, a notebook number), the same link targets
(``docs/ko/x.md`` counts as ``docs/x.md``, ``notebooks/ko/NN.ipynb`` as ``notebooks/NN.ipynb``)
and the same digits (``12,345`` is ``12345``; an English month name counts as its number, so
``September 2024`` and ``2024년 9월`` agree). The glossary's Korean terms must be
docs/glossary.md's 한국어 column, row by row. The Korean README is shorter than the English
one: its course table must be the English table's rows with the same times (both are written
by ``tools/timing.py`` from docs/notebook_times.csv), and every link it has must be one the
English README has (or the link back to it).
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import timing  # noqa: E402

#: (English original, Korean edition), paths from the repository root.
PAIRS = [
    ("docs/glossary.md", "docs/ko/glossary.md"),
    ("data/README.md", "data/README.ko.md"),
    ("docs/facilitator.md", "docs/ko/facilitator.md"),
]

HEADING = re.compile(r"^(#{1,6}) (.*)$", re.M)
LINK = re.compile(r"\]\(([^)\s]+)\)")
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
MONTHS = (
    "January February March April May June July August September October November December"
).split()
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r"|" + "|".join(m[:3] for m in MONTHS) + r")\b")
HANGUL = re.compile(r"[가-힣]")


def _read(rel: str) -> str:
    return (ROOT / rel).read_text(encoding="utf-8")


def _sections(text: str) -> list[tuple[int, str, str]]:
    """(heading level, heading, body) per section; the text before the first heading is
    level 0. Headings inside code blocks do not count."""
    masked = FENCE.sub(lambda m: re.sub(r"#", "=", m.group(0)), text)
    cuts = [(m.start(), len(m.group(1)), m.group(2)) for m in HEADING.finditer(masked)]
    out = []
    starts = [0, *(c[0] for c in cuts)]
    ends = [*(c[0] for c in cuts), len(text)]
    heads = [(0, ""), *((c[1], c[2]) for c in cuts)]
    for (level, head), a, b in zip(heads, starts, ends, strict=True):
        out.append((level, head, text[a:b]))
    return out


def numbers(text: str) -> Counter:
    """The digits a text states (a thousands separator and a link target do not count)."""
    text = MONTH.sub(lambda m: str([x[:3] for x in MONTHS].index(m.group(1)[:3]) + 1), text)
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"<!--.*?-->", " ", text)
    return Counter(NUMBER.findall(text))


def target(link: str) -> str:
    """A link's file, the same for both editions (docs/ko/x.md is docs/x.md)."""
    path = link.split("#", 1)[0]
    if "://" in path:
        return path
    path = path.replace("../", "").replace("ko/", "")
    return path.replace(".ko.md", ".md").removeprefix("notebooks/")


def links(text: str) -> list[str]:
    return sorted(target(x) for x in LINK.findall(text) if not x.startswith("#"))


def first_columns(text: str) -> list[str]:
    """The first cell of every table row that is not a header (the row above ``|---|``)."""
    lines = text.splitlines()
    out = []
    for i, line in enumerate(lines):
        if not line.startswith("|") or re.match(r"^\|[-| :]+\|$", line):
            continue
        if i + 1 < len(lines) and re.match(r"^\|[-| :]+\|$", lines[i + 1]):
            continue
        cell = line.strip("|").split("|")[0].strip()
        out.append(_ENGLISH_TITLE.get(cell, cell))
    return out


#: The generated tables name a notebook by its title in the document's language.
_ENGLISH_TITLE = {
    **{timing.TITLES_KO[stem]: title for stem, title in timing.TITLES.items()},
    **{f"**{timing.TITLES_KO[stem]}**": f"**{title}**" for stem, title in timing.TITLES.items()},
    "**전체**": "**all**",
}


def _same_rows(en: list[str], ko: list[str]) -> bool:
    """The same rows: each first cell the same (a name, a number, a column), or - where the
    cell is prose (4 words or more), as in a table of truths - its Korean translation with the
    same numbers."""
    if len(en) != len(ko):
        return False
    return all(
        a == b or (len(a.split()) >= 4 and HANGUL.search(b) and numbers(a) == numbers(b))
        for a, b in zip(en, ko, strict=True)
    )


def differences(en: str, ko: str) -> list[str]:
    """Every way the Korean text's structure differs from the English one's."""
    a, b = _sections(en), _sections(ko)
    levels_a, levels_b = [s[0] for s in a], [s[0] for s in b]
    if levels_a != levels_b:
        return [
            f"headings differ: English has {Counter(levels_a)} by level, Korean {Counter(levels_b)}"
        ]
    problems = []
    for (_, head, x), (_, _, y) in zip(a, b, strict=True):
        where = f"section {head or '(top)'!r}"
        if not _same_rows(first_columns(x), first_columns(y)):
            problems.append(f"{where}: table rows differ: {first_columns(x)} vs {first_columns(y)}")
        if links(x) != links(y):
            problems.append(f"{where}: links differ: {links(x)} vs {links(y)}")
        if numbers(x) != numbers(y):
            lost, extra = numbers(x) - numbers(y), numbers(y) - numbers(x)
            problems.append(
                f"{where}: numbers differ: Korean lacks {dict(lost)}, adds {dict(extra)}"
            )
    return problems


@pytest.mark.parametrize(("en", "ko"), PAIRS, ids=[p[1] for p in PAIRS])
def test_the_korean_document_has_the_originals_sections_rows_links_and_numbers(en, ko):
    problems = differences(_read(en), _read(ko))
    assert not problems, f"{ko} differs from {en}:\n" + "\n".join(problems)


#: The mark of a section whose translation is not done yet (it keeps the English text, so
#: the structure tests above still hold); :func:`test_no_section_is_left_untranslated` lists them.
UNTRANSLATED = "**번역 중**"


def untranslated(text: str) -> list[str]:
    """Headings of the sections that carry the :data:`UNTRANSLATED` mark."""
    return [head or "(top)" for _, head, body in _sections(text) if UNTRANSLATED in body]


@pytest.mark.parametrize(("en", "ko"), PAIRS, ids=[p[1] for p in PAIRS])
def test_the_korean_document_is_korean_and_the_two_link_each_other(en, ko):
    text_en, text_ko = _read(en), _read(ko)
    for _, head, body in _sections(FENCE.sub("", text_ko)):
        if UNTRANSLATED in body:
            continue
        prose = re.sub(r"`[^`]*`|\]\([^)]*\)|<!--.*?-->", " ", body)
        latin = len(re.findall(r"[A-Za-z]", prose))
        assert len(HANGUL.findall(prose)) >= latin / 4, f"{ko}: section {head!r} is not in Korean"
    to_ko = os.path.relpath(ROOT / ko, (ROOT / en).parent)
    to_en = os.path.relpath(ROOT / en, (ROOT / ko).parent)
    assert f"]({to_ko})" in text_en.split("\n\n", 2)[1], f"{en} links {to_ko} at the top"
    assert f"]({to_en})" in text_ko.split("\n\n", 2)[1], f"{ko} links {to_en} at the top"


def test_the_checker_sees_a_changed_number_a_lost_row_and_a_lost_section():
    en = "# T\n\nIn September 2024, 1,234 users.\n\n| a | b |\n|---|---|\n| x | 1 |\n\n## S\n\nok\n"
    ko = "# T\n\n2024년 9월에 1,234명.\n\n| 가 | 나 |\n|---|---|\n| x | 1 |\n\n## S\n\n좋음\n"
    assert differences(en, ko) == []
    assert "numbers differ" in differences(en, ko.replace("1,234", "1,235"))[0]
    assert "table rows differ" in differences(en, ko.replace("| x |", "| y |"))[0]
    assert "table rows differ" in differences(en, ko.replace("| x |", "| 엑스 |"))[0]
    prose = en.replace("| x |", "| **Returns lead by 1 month.** |")
    assert differences(prose, ko.replace("| x |", "| **반납은 1개월 앞섭니다.** |")) == []
    assert "table rows differ" in differences(prose, ko.replace("| x |", "| 반납이 앞섭니다 |"))[0]
    assert "headings differ" in differences(en, ko.replace("## S", "S"))[0]
    assert "links differ" in differences(en + "[g](glossary.md)", ko + "[g](other.md)")[0]
    assert differences(en + "[g](../glossary.md)", ko + "[g](../ko/glossary.md)") == []


# ---- the glossary ---------------------------------------------------------------------------


def _glossary_rows(rel: str) -> list[list[str]]:
    rows = []
    for line in _read(rel).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 4 and not re.match(r"^-+$", cells[0]):
            rows.append(cells)
    return rows[1:]  # the header


def test_the_korean_glossary_has_every_term_with_the_same_korean_and_notebook():
    en, ko = _glossary_rows("docs/glossary.md"), _glossary_rows("docs/ko/glossary.md")
    assert len(en) > 100
    assert [(r[0], r[1], r[3]) for r in ko] == [(r[0], r[1], r[3]) for r in en]
    not_korean = [r[0] for r in ko if not HANGUL.search(r[2])]
    assert not not_korean, f"meanings not in Korean: {not_korean}"


def test_the_korean_glossary_links_the_korean_notebooks():
    text = _read("docs/ko/glossary.md")
    stems = sorted(p.stem for p in (ROOT / "notebooks" / "src").glob("[0-9][0-9]_*.py"))
    for stem in stems:
        assert f"](../../notebooks/ko/{stem}.ipynb)" in text, stem


# ---- the README -----------------------------------------------------------------------------

README, README_KO = "README.md", "README.ko.md"


def _course_rows(text: str) -> dict[str, tuple[str, str]]:
    return {
        m.group("nn"): (LINK.search(m.group("link")).group(1), m.group("time").strip())
        for m in timing.README_ROW.finditer(text)
    }


def test_the_korean_readme_course_table_is_the_english_one_in_korean():
    en, ko = _course_rows(_read(README)), _course_rows(_read(README_KO))
    assert sorted(ko) == sorted(en) and len(en) >= 11
    for nn, (link, time) in en.items():
        assert ko[nn][0] == link.replace("notebooks/", "notebooks/ko/"), nn
        assert ko[nn][1] == time.replace(" min", "분"), nn
    assert timing.fill_readme(_read(README_KO), lang="ko") == _read(README_KO), (
        "run `python tools/timing.py --write`"
    )


def test_the_korean_readme_links_what_the_english_one_links():
    en, ko = _read(README), _read(README_KO)
    assert "](README.ko.md)" in en.split("\n## ", 1)[0], "README.md links the Korean README"
    assert "](README.md)" in ko.split("\n## ", 1)[0], "README.ko.md links back to README.md"
    english_links = set(links(en)) | {"README.md"}
    local = {x for x in links(ko) if "://" not in x}  # the Binder badge: checked below
    assert local <= english_links, local - english_links
    for doc in ("docs/ko/glossary.md", "data/README.ko.md", "docs/ko/facilitator.md"):
        assert f"]({doc})" in ko, doc
    for rel in re.findall(r"\]\(([^)#:]+)\)", ko):
        assert (ROOT / rel).exists(), f"README.ko.md links a missing file {rel}"


def test_the_korean_readme_has_the_set_up_commands_and_a_korean_binder_badge():
    en, ko = _read(README), _read(README_KO)
    for command in ("python3 kit.py lab", "py kit.py lab", "python3 kit.py test", "py kit.py test"):
        assert f"`{command}`" in en, command
        # the Korean README opens the Korean edition: `... lab --ko`
        korean = f"{command} --ko" if command.endswith(" lab") else command
        assert f"`{korean}`" in ko, korean
    badge_en = re.search(r"https://mybinder\.org/v2/gh/([^?]+)\?urlpath=([^)]+)\)", en)
    badge_ko = re.search(r"https://mybinder\.org/v2/gh/([^?]+)\?urlpath=([^)]+)\)", ko)
    assert badge_en and badge_ko
    assert badge_ko.group(1) == badge_en.group(1), "same repository and ref as README.md"
    assert badge_ko.group(2) == "lab/tree/notebooks/ko/00_welcome.ipynb"


@pytest.mark.parametrize("ko", [p[1] for p in PAIRS])
def test_no_section_is_left_untranslated(ko):
    left = untranslated(_read(ko))
    assert not left, f"{ko}: sections still marked {UNTRANSLATED}: {left}"
