"""One Korean spelling per term: the glossary's, everywhere the course writes the term.

Four checks, each robust to new notebook text (they read whatever the files hold now):

1. :data:`TERMS` - the terms Korean PMs use (issue 10) - are the glossary's Korean;
2. no rejected spelling (:data:`TERMS`' third column) appears in any notebook source, helper,
   doc, tool or test (spaces and line breaks inside a phrase do not hide it);
3. wherever a notebook's markdown glosses an English glossary term in Korean - "term (한국어)"
   or a table row "| term | 한국어 |" - the Korean is one of the glossary's spellings for it.
4. wherever a notebook's English markdown cell uses a glossary term, its Korean sibling cell
   uses one of the glossary's Korean spellings for it (or the English term itself: MRR, NPS),
   except where the English uses the word in its everyday sense (:data:`_EVERYDAY`).

Checkers may still *accept* a rejected spelling in a learner's free-text answer; they spell it
as a regex (``액션\\s*필요``), which this test does not read as the phrase. The last test
shows that they do.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import pytest

from tests.facts import markdown_of

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_notebooks  # noqa: E402

GLOSSARY = ROOT / "docs" / "glossary.md"

#: (glossary English term, its Korean as the glossary writes it, rejected spellings).
TERMS: list[tuple[str, str, tuple[str, ...]]] = [
    ("Completed ride", "운행 완료", ("완료된 이용", "이용 완료")),
    ("Licence on hold", "면허 등록 보류", ("면허 정지",)),
    ("Vanity metric", "허영 지표 / 허상 지표", ("허무 지표",)),
    ("Natural growth (quadrant)", "자연 증분 유형", ("자연 성장",)),
    ("Action needed (quadrant)", "뭘 망설일까 유형", ("액션 필요", "액션이 필요한 유형")),
    (
        "Retention strategy needed (quadrant)",
        "사용자 유지 전략이 필요한 유형",
        ("리텐션 전략 필요", "리텐션 전략이 필요한 유형"),
    ),
    ("Low impact (quadrant)", "임팩트가 적은 유형", ("낮은 영향",)),
    ("5 whys", "5 Whys 기법", ("다섯 번의 왜",)),
    ("Metric hygiene (metric consistency check)", "지표 정합성 점검", ("지표 위생",)),
    ("Jobs to be done (JTBD)", "서비스 이용 이유 (JTBD)", ("해결해야 할 일", "해야 할 일")),
]

#: Where the course writes Korean for learners, authors and tests. This file is left out (it
#: lists the rejected spellings on purpose).
SCANNED = [
    "notebooks/src/*.py",
    "helpers/**/*.py",
    "helpers/**/*.md",
    "docs/*.md",
    "docs/ko/*.md",
    "README.md",
    "README.ko.md",
    "data/README.ko.md",
    "tools/*.py",
    "tests/**/*.py",
]


def _scanned_files() -> list[Path]:
    files = {p for pattern in SCANNED for p in ROOT.glob(pattern)}
    return sorted(p for p in files if p.resolve() != Path(__file__).resolve())


def _flat(text: str) -> str:
    """The text with comment line breaks ("...\\n#   ...") and runs of spaces as one space,
    so a phrase wrapped over two source lines still reads as one."""
    return re.sub(r"\s*\n\s*#?\s*", " ", text)


def _phrase(words: str) -> re.Pattern[str]:
    """A spelling as a pattern: any (or no) space between its words."""
    return re.compile(r"\s*".join(re.escape(w) for w in words.split()))


@functools.cache
def glossary() -> dict[str, str]:
    """English term -> Korean cell, from the glossary's table."""
    rows = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("term", "---"):
            rows[cells[0]] = cells[1]
    return rows


def _forms(korean: str) -> set[str]:
    """The spellings a glossary cell allows: the whole cell and each part, split on ' / ',
    commas and parentheses ('유지 (리텐션)' allows '유지' and '리텐션')."""
    parts = {korean}
    for piece in re.split(r"\s*/\s*|,\s*|\s*[()]\s*", korean):
        if re.search(r"[가-힣]", piece):
            parts.add(piece.strip())
    return parts


def _keys(english: str) -> list[str]:
    """Lower-case English names a glossary row goes by: 'Action needed (quadrant)' ->
    ['action needed']; 'Jobs to be done (JTBD)' -> ['jobs to be done', 'jtbd'] (a
    parenthesis counts only as an abbreviation); 'Mean / median' -> ['mean', 'median']."""
    main = re.sub(r"\s*\(.*?\)", "", english)
    abbrs = re.findall(r"\(([A-Z]{2,})\)", english)
    pieces = re.split(r"\s+/\s+|,\s*", main) + abbrs
    return [k for p in pieces if (k := p.strip().lower()) not in _GENERIC_KEYS and len(k) > 1]


#: Glossary names too generic to gloss on their own ('chi-square test' is not a test account).
_GENERIC_KEYS = {"test", "stage"}


@pytest.mark.parametrize(("english", "korean", "rejected"), TERMS, ids=[t[0] for t in TERMS])
def test_glossary_has_the_canonical_korean(english, korean, rejected):
    rows = glossary()
    assert english in rows, f"docs/glossary.md has no row {english!r}"
    assert rows[english] == korean, (
        f"docs/glossary.md: {english!r} should read {korean!r}, not {rows[english]!r}"
    )
    for word in rejected:
        assert not _phrase(word).search(rows[english])


def _rejected_found() -> list[tuple[str, str, str]]:
    """(file, rejected spelling found, message) for every rejected spelling in the course."""
    found = []
    for path in _scanned_files():
        text = _flat(path.read_text(encoding="utf-8"))
        for english, korean, rejected in TERMS:
            for word in rejected:
                for m in _phrase(word).finditer(text):
                    rel = path.relative_to(ROOT).as_posix()
                    msg = f"{rel}: {m.group(0)!r} - write {korean!r} ({english})"
                    found.append((rel, m.group(0), msg))
    return found


def test_no_rejected_spelling_anywhere():
    found = [msg for rel, word, msg in _rejected_found()]
    assert not found, "rejected Korean spellings:\n" + "\n".join(found)


def test_the_scan_sees_the_course():
    """The scan reads every notebook source, the glossary and the helpers (so a test that
    passes because it read nothing cannot happen)."""
    names = {p.relative_to(ROOT).as_posix() for p in _scanned_files()}
    stems = sorted(p.stem for p in (ROOT / "notebooks" / "src").glob("*.py"))
    assert len(stems) >= 11
    assert {f"notebooks/src/{s}.py" for s in stems} <= names
    assert {"docs/glossary.md", "helpers/quadrant.py", "README.md"} <= names
    assert {"docs/ko/glossary.md", "docs/ko/facilitator.md", "README.ko.md"} <= names


def test_flat_and_phrase_find_wrapped_and_unspaced_spellings():
    assert _phrase("완료된 이용").search(_flat("# a (완료된\n#   이용) b"))
    assert _phrase("완료된 이용").search("완료된이용")
    assert not _phrase("액션 필요").search(r"r'액션\s*필요'")


# ---- every gloss in the notebooks agrees with the glossary ---------------------------------

_GLOSS = re.compile(r"([A-Za-z][A-Za-z0-9'/ -]{0,60}?)[*_]*\s*\(([^()]*[가-힣][^()]*)\)")
_TABLE_ROW = re.compile(r"^\|\s*\**([A-Za-z][^|]*?)\**\s*\|\s*([^|]*[가-힣][^|]*?)\s*\|", re.M)


def _notebook_glosses() -> list[tuple[str, str, str]]:
    """(notebook, English name, Korean) for every gloss in a notebook's markdown. The English
    name is the text before the parenthesis, or an English alias inside it:
    'reward (natural growth, 자연 증분 유형)', '**minimum detectable effect (MDE, 최소 검출 효과)**'."""
    out = []
    for src in sorted((ROOT / "notebooks" / "src").glob("*.py")):
        table = markdown_of(src.stem)
        md = re.sub(r"\s*\n\s*", " ", table)
        for before, inside in _GLOSS.findall(md) + _TABLE_ROW.findall(table):
            parts = [p.strip(" *_") for p in inside.split(",")]
            first_ko = next(i for i, p in enumerate(parts) if re.search(r"[가-힣]", p))
            # An alias is English before the Korean, or one or two words after it ('(반납,
            # returns)'); longer English after it is an explanation ('so a completed ride').
            aliases = [
                p
                for i, p in enumerate(parts)
                if p and not re.search(r"[가-힣]", p) and (i < first_ko or len(p.split()) <= 2)
            ]
            korean = ", ".join(
                p.split(":")[0] for p in parts if re.search(r"[가-힣]", p)
            )  # '반납: a car brought back' glosses 반납
            named = [a for a in aliases if _term_for(a)]
            out.append((src.stem, named[0] if named else before, korean))
    return out


def _term_for(english: str) -> str | None:
    """The glossary row whose English name the text ends with (the longest such name)."""
    text = re.sub(r"[*_`]", "", english).strip().lower()
    best, best_len = None, 0
    for row in glossary():
        for key in _keys(row):
            for form in (key, key + "s", key + "es"):  # 'completed rides' is 'completed ride'
                if (text == form or text.endswith(" " + form)) and len(key) > best_len:
                    best, best_len = row, len(key)
    return best


def _hangul(text: str) -> str:
    """Only the Hangul of a text: 'CAC 회수 기간' and '회수 기간' compare equal."""
    return "".join(re.findall(r"[가-힣/]", text))


def test_notebooks_gloss_each_term_as_the_glossary_does():
    rows = glossary()
    wrong, checked = [], 0
    for stem, english, korean in _notebook_glosses():
        row = _term_for(english)
        if row is None:
            continue
        checked += 1
        if not any(_hangul(f) in _hangul(korean) for f in _forms(rows[row])):
            wrong.append(f"{stem}: {english.strip()!r} ({korean}) - glossary: {rows[row]!r}")
    assert checked >= 40, f"only {checked} glosses matched a glossary term: the parser broke"
    assert not wrong, "Korean glosses that differ from docs/glossary.md:\n" + "\n".join(wrong)


def test_the_gloss_parser_finds_terms_and_their_korean():
    md = "the **completed rides** (완료된 이용) and the **quadrant (사분면)**"
    pairs = [(_term_for(en), ko) for en, ko in _GLOSS.findall(md)]
    assert pairs == [("Completed ride", "완료된 이용"), ("Quadrant", "사분면")]
    assert "완료된이용" not in {re.sub(r"\s+", "", f) for f in _forms(glossary()["Completed ride"])}


# ---- learners may still write the looser names ----------------------------------------------

#: What a learner may write for each quadrant in Korean: the glossary's name and the looser ones.
_LEARNER_NAMES = {
    "action needed": ["뭘 망설일까 유형", "액션 필요", "액션이 필요한 유형"],
    "other": [
        "자연 증분 유형",
        "자연 성장",
        "사용자 유지 전략이 필요한 유형",
        "리텐션 전략이 필요한 유형",
        "임팩트가 적은 유형",
        "낮은 영향",
    ],
}


@pytest.mark.parametrize("name", _LEARNER_NAMES["action needed"])
def test_the_statement_checker_reads_action_needed_in_korean(name):
    from course.checks import nb06

    assert nb06._SEGMENT.search(f"우리의 가장 중요한 고객은 {name} 조합이다")
    assert not nb06._OTHER_QUADRANT.search(name)


@pytest.mark.parametrize("name", _LEARNER_NAMES["other"])
def test_the_statement_checker_knows_the_other_quadrants_in_korean(name):
    from course.checks import nb06

    assert nb06._OTHER_QUADRANT.search(f"우리의 가장 중요한 고객은 {name} 사분면이다")


# ---- every markdown cell's Korean sibling uses the glossary's Korean ------------------------

#: English words the notebooks also use in an everyday sense, not as the glossary term: the
#: matches of the pattern are blanked in the English cell before the term is looked for.
_EVERYDAY: dict[str, str] = {
    # the verb after its subject ("you need", "they *need*", "effects need", "need not");
    # the noun ("a need", "this need", "the keyword's need") is still checked
    "Need": r"(?<!['’])\b(?!this\b|is\b)(?:you|they|we|i|and|[a-z]+s)[*_\s]+need\b|\bneed\s+not\b",
    # "Exercise 5 (stretch)" is an exercise level, not an OKR's stretch target
    "Stretch (OKR)": r"\(stretch\)",
    # 02: the search word `voc.tag` looks for in a text, not a business goal's keyword
    "Keyword (business)": r"theme whose keyword",
    # 02: Bomcar's reservations ("more bookings"), not a SaaS company's contract value
    "Bookings": r"more bookings",
    # 07: a happening that leaves a fingerprint (a price change, summer), not a logged event
    "Event": r"kind of event",
    # 10: CDNOW's buyers who never buy again ("never return"), not a car's return (반납)
    "Return": r"never return",
}


def _english_term(row: str) -> re.Pattern[str]:
    """A glossary row's English name as a case-insensitive pattern with ASCII-letter
    boundaries, its parenthetical qualifier dropped and any whitespace between its words:
    'Natural growth (quadrant)' matches 'natural\\ngrowth' but not 'natural growths'."""
    words = re.sub(r"\s*\(.*?\)", "", row).split()
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(r"(?<![A-Za-z])" + body + r"(?![A-Za-z])", re.I)


def _korean_spellings(korean: str) -> list[str]:
    """The glossary cell's Korean spellings without spaces, split on '/', ',', ':' and
    parentheses: '매출 (AARRR: 수익)' -> ['매출', '수익']."""
    parts = re.split(r"[/,:()]", korean)
    return [re.sub(r"\s+", "", p) for p in parts if re.search(r"[가-힣]", p)]


def _term_misses() -> tuple[list[str], int]:
    """(one line per markdown cell whose English uses a glossary term its Korean sibling
    does not, number of (cell, term) pairs checked)."""
    rows = glossary()
    misses, checked = [], 0
    for src in sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]_*.py")):
        for cell in build_notebooks.parse(src):
            if cell.kind != "markdown" or cell.ko_text is None:
                continue
            korean = re.sub(r"\s+", "", cell.ko_text)
            for row, ko in rows.items():
                english = cell.text
                if row in _EVERYDAY:
                    english = re.sub(_EVERYDAY[row], " ", english, flags=re.I)
                term = _english_term(row)
                m = term.search(english)
                if not m:
                    continue
                checked += 1
                if any(s in korean for s in _korean_spellings(ko)) or term.search(cell.ko_text):
                    continue
                where = " ".join(english[max(0, m.start() - 40) : m.end() + 30].split())
                misses.append(f"{src.stem}: {row!r} ({ko}) not in the Korean of '...{where}...'")
    return misses, checked


def test_each_korean_cell_uses_the_glossary_term_its_english_uses():
    misses, checked = _term_misses()
    assert checked >= 600, f"only {checked} terms found in the English cells: the parser broke"
    assert not misses, "Korean cells without the glossary's term:\n" + "\n".join(misses)


def test_term_patterns_and_spellings():
    assert _english_term("Natural growth (quadrant)").search("*Natural\ngrowth* follows")
    assert not _english_term("Event").search("the events")
    assert not _english_term("Event").search("an eventual")
    assert _korean_spellings("매출 (AARRR: 수익)") == ["매출", "수익"]
    assert _korean_spellings("허영 지표 / 허상 지표") == ["허영지표", "허상지표"]
    assert re.sub(_EVERYDAY["Stretch (OKR)"], " ", "Exercise 5 (stretch): x") == "Exercise 5  : x"
    verb = re.compile(_EVERYDAY["Need"], re.I)
    assert verb.search("You need: nothing") and verb.search("what they *need* at each")
    assert not verb.search("A keyword may point at more than one need")
    assert not verb.search("this need") and not verb.search("the keyword's need")
