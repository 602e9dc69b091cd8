"""Build the learner and solution notebooks from one source per notebook.

Each notebook is written once, as a percent-format script in ``notebooks/src/``:

    # %% [markdown]
    # ## Exercise 1 ...
    # %% tags=["exercise"]
    answer = ...              # what the learner sees and fills in
    # %% tags=["solution"]
    answer = 42               # the worked solution, executed by the tests
    # %%
    ex1.check(answer)

From it we write two notebooks:

* ``notebooks/NN_name.ipynb`` - the learner copy: exercise cells as they are, each solution
  folded away in a ``<details>`` box ("Show a worked solution") right after the exercise.
* ``notebooks/solutions/NN_name.ipynb`` - the solution copy: the solution cells in place of
  the exercise cells.

Both copies run under nbval in the test suite, so an unanswered exercise must never stop
the learner copy, and every worked solution is executed.

    python tools/build_notebooks.py                  # rebuild all
    python tools/build_notebooks.py 01_north_star    # rebuild one (or several)
    python tools/build_notebooks.py --check          # fail if a committed notebook is out of date

**Two languages.** A markdown cell's Korean text follows it as a cell of its own, marked
``lang="ko"``::

    # %% [markdown]
    # ## Why: needs live in groups of customers
    # %% [markdown] lang="ko"
    # ## 왜: 니즈는 고객 그룹 안에 있다

The build writes the Korean edition beside the English one: ``notebooks/ko/NN_name.ipynb`` and
``notebooks/ko/solutions/NN_name.ipynb``. Code cells are the same in both but for one line of
the set-up cell, ``i18n.set_language("en")``, which the Korean edition says as
``i18n.set_language("ko")`` (the language of every verdict, hint and figure). Links that leave
``notebooks/`` (``../docs/...``) gain one ``../`` in the Korean copies, which sit one folder
deeper. Once ``REQUIRE_KOREAN`` is on, a markdown cell without its Korean text stops the build.

**Marks, filled by the build** (never typed, so no two places can disagree):

* ``{{time}}`` - the header's "Time" line, once per notebook, from the one table of notebook
  times, ``docs/notebook_times.csv`` (derived by ``tools/timing.py``);
* ``{{nav}}`` - the navigation line (previous · course index · next), from the one list of
  notebooks, ``notebooks/src/course.toml`` (``tools/course_list.py``);
* ``{{course-map}}`` - the rows of the course map in 00, from both.

A mark stands in the English and the Korean text of a cell alike; each language gets its own
words. The README course tables and the facilitator guides' titles come from the same list and
table, written by ``python tools/timing.py --write``.

The sources are read by jupytext (its percent format); on top of it the build adds the Korean
sibling cells, the marks, the learner and solution copies and the Korean edition.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import jupytext
import nbformat
from nbformat.v4 import new_notebook

sys.path.insert(0, str(Path(__file__).resolve().parent))
import course_list  # noqa: E402  (tools/course_list.py: the one list of notebooks)

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "notebooks" / "src"
LEARNER = ROOT / "notebooks"
SOLUTIONS = ROOT / "notebooks" / "solutions"

KO = ROOT / "notebooks" / "ko"
KO_SOLUTIONS = KO / "solutions"
LANGUAGES = ("en", "ko")
#: Every markdown cell must carry its Korean text (off only while the edition is written).
REQUIRE_KOREAN = True
SET_LANGUAGE = 'i18n.set_language("en")'
#: The set-up line each edition shows (it names the other edition's choice).
LANGUAGE_LINE = {
    "en": 'i18n.set_language("en")  # 한국어: i18n.set_language("ko")',
    "ko": 'i18n.set_language("ko")  # English: i18n.set_language("en")',
}

TIME_MARK = "{{time}}"
TIMES = ROOT / "docs" / "notebook_times.csv"

#: How the sources are read: jupytext's percent format. Magics stay as written (``# %matplotlib
#: inline`` is a comment in the built notebook, as in the source).
SOURCE_FORMAT = {"extension": ".py", "format_name": "percent", "comment_magics": False}
#: The cell metadata a source may give (``tags=[...]``, ``lang="ko"``); jupytext's own layout
#: keys are ignored.
CELL_KEYS = {"tags", "lang"}
JUPYTEXT_KEYS = {"lines_to_next_cell"}


@dataclass
class SourceCell:
    kind: str  # "code" or "markdown"
    tags: list[str] = field(default_factory=list)
    source: str = ""
    #: The Korean text of a markdown cell (its ``lang="ko"`` sibling), or None.
    ko_source: str | None = None

    @property
    def text(self) -> str:
        return self.source.strip("\n")

    @property
    def ko_text(self) -> str | None:
        return None if self.ko_source is None else self.ko_source.strip("\n")

    def text_in(self, lang: str) -> str | None:
        """The cell's text in ``lang`` (None: a markdown cell with no Korean text yet)."""
        if lang == "en" or self.kind == "code":
            return self.text
        return self.ko_text


def parse(path: Path) -> list[SourceCell]:
    """Read a percent-format script (jupytext) into cells, each Korean cell on its English one.

    Raises ValueError naming the cell for text before the first ``# %%``, a cell header
    jupytext cannot read, a cell neither code nor markdown, an unknown cell option, or a ``lang="ko"`` cell that does not follow
    the English markdown cell it translates.
    """
    text = path.read_text(encoding="utf-8")
    if text.strip() and not text.lstrip().startswith("# %%"):
        raise ValueError(f"{path.name}: text before the first '# %%' cell")
    cells: list[SourceCell] = []
    for cell in jupytext.reads(text, fmt=SOURCE_FORMAT).cells:
        meta = dict(cell.metadata)
        where = f"{path.name}: the {cell.cell_type} cell {_first_line(cell.source)!r}"
        if "incorrectly_encoded_metadata" in meta:
            raise ValueError(
                f"{where}: cannot read its header options "
                f'{meta["incorrectly_encoded_metadata"]!r} (write tags=["..."] or lang="ko")'
            )
        if cell.cell_type not in ("code", "markdown"):
            raise ValueError(f"{where}: a cell is code (`# %%`) or markdown (`# %% [markdown]`)")
        unknown = set(meta) - CELL_KEYS - JUPYTEXT_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown cell option(s) {sorted(unknown)}; use tags or lang")
        tags = list(meta.get("tags", []))
        if "lang" in meta:
            _attach_korean(where, cell, meta["lang"], tags, cells)
            continue
        cells.append(SourceCell(cell.cell_type, tags, cell.source))
    return [c for c in cells if c.text or c.kind == "code"]


def _first_line(source: str) -> str:
    return source.strip("\n").split("\n", 1)[0][:70]


def _attach_korean(where: str, cell, lang: str, tags: list[str], cells: list[SourceCell]) -> None:
    """Attach a ``lang="ko"`` cell to the markdown cell right before it."""
    if lang != "ko" or cell.cell_type != "markdown":
        raise ValueError(
            f'{where}: only markdown cells have a language: `# %% [markdown] lang="ko"`'
        )
    if tags:
        raise ValueError(f"{where}: a Korean cell takes its tags from the English cell above it")
    if not cells or cells[-1].kind != "markdown" or cells[-1].ko_source is not None:
        raise ValueError(
            f"{where}: a Korean cell must follow the English markdown cell it translates "
            "(one Korean cell per English cell)"
        )
    cells[-1].ko_source = cell.source


def _cell_id(stem: str, copy: str, i: int) -> str:
    return hashlib.sha1(f"{stem}:{copy}:{i}".encode()).hexdigest()[:12]


SUMMARY = {
    "en": "<b>Show a worked solution</b> (try it yourself first)",
    "ko": "<b>풀이 보기</b> (먼저 직접 해 보세요)",
}


def _details(cell: SourceCell, lang: str = "en") -> str:
    text = cell.text_in(lang)
    body = f"```python\n{text}\n```" if cell.kind == "code" else text
    return f"<details><summary>{SUMMARY[lang]}</summary>\n\n{body}\n\n</details>"


#: ``{{name}}`` marks in markdown, filled by the build (:data:`FILLS`).
MARK = re.compile(r"\{\{(?P<name>[^{}]*)\}\}")


def _times() -> dict[str, dict[str, str]]:
    with TIMES.open(encoding="utf-8", newline="") as f:
        return {row["notebook"]: row for row in csv.DictReader(f)}


def workshop_time(stem: str, lang: str = "en") -> str:
    """The header's time text for one notebook, from docs/notebook_times.csv."""
    rows = _times()
    if stem not in rows:
        raise ValueError(
            f"{stem} has no row in {TIMES.relative_to(ROOT)}: run `python tools/timing.py --write`."
        )
    row = rows[stem]
    stretch = int(row["stretch_min"])
    if lang == "ko":
        more = f" (심화 연습은 +{stretch}분)" if stretch else ""
        return f"워크숍에서 약 {row['workshop_min']}분{more}"
    more = f" (+{stretch} for the stretch exercise)" if stretch else ""
    return f"about {row['workshop_min']} minutes in a workshop{more}"


def _course_map(stem: str, lang: str) -> str:
    minutes = {s: int(row["workshop_min"]) for s, row in _times().items()}
    return course_list.course_map_rows(minutes, lang)


#: What each mark becomes, for (notebook stem, language): the header's time and the navigation
#: line of that notebook, the course map (00) - from docs/notebook_times.csv and the one list of
#: notebooks, notebooks/src/course.toml (tools/course_list.py).
FILLS = {
    "time": workshop_time,
    "nav": course_list.nav,
    "course-map": _course_map,
}


def fill_marks(cells: list[SourceCell], stem: str, keep: tuple[str, ...] = ()) -> list[SourceCell]:
    """The cells with every ``{{mark}}`` filled, in each language; the input is not changed.

    ``keep``: marks left as they are (tools/timing.py keeps ``{{time}}``, its own output).

    Raises ValueError naming the cell when a mark is unknown or in one language of a cell only,
    and when the header's ``{{time}}`` is missing or given more than once.
    """
    timed = [c for c in cells if c.kind == "markdown" and TIME_MARK in c.source]
    if len(timed) != 1:
        raise ValueError(
            f"{stem}.py: the header's Time line must hold {TIME_MARK} exactly once (found in "
            f"{len(timed)} cells): the time comes from {TIMES.relative_to(ROOT)}."
        )
    cache: dict[tuple[str, str], str] = {}  # each fill made once per language

    def fill(source: str, lang: str) -> str:
        def sub(m: re.Match) -> str:
            name = m.group("name")
            if name in keep:
                return m.group(0)
            if (name, lang) not in cache:
                cache[name, lang] = FILLS[name](stem, lang)
            return cache[name, lang]

        return MARK.sub(sub, source)

    out = []
    for c in cells:
        if c.kind != "markdown" or "{{" not in c.source + (c.ko_source or ""):
            out.append(c)
            continue
        where = f"{stem}.py: the markdown cell {_first_line(c.source)!r}"
        en, ko = MARK.findall(c.source), MARK.findall(c.ko_source or "")
        unknown = sorted(set(en + ko) - set(FILLS))
        if unknown:
            raise ValueError(
                f"{where}: unknown mark {{{{{unknown[0]}}}}}; the build fills "
                + ", ".join("{{" + k + "}}" for k in FILLS)
            )
        if c.ko_source is not None and sorted(en) != sorted(ko):
            raise ValueError(f"{where}: its English and Korean text hold different {{{{marks}}}}")
        ko_source = None if c.ko_source is None else fill(c.ko_source, "ko")
        out.append(replace(c, source=fill(c.source, "en"), ko_source=ko_source))
    return out


def build(
    path: Path, lang: str = "en", cells: list[SourceCell] | None = None
) -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    """Return (learner, solution) notebooks for one source file, in ``lang``.

    ``cells``: the source already parsed (:func:`parse`), to read it once for both languages.
    """
    cells = fill_marks(parse(path) if cells is None else cells, path.stem)
    _check_set_language(path, cells)
    learner, solution = [], []
    for cell in cells:
        tags = [t for t in cell.tags if t not in {"exercise", "solution"}]
        text = _in_language(path, cell, lang)
        if "solution" in cell.tags:
            learner.append(("markdown", _details(cell, lang), ["solution-folded"]))
            solution.append((cell.kind, text, [*tags, "solution"]))
        elif "exercise" in cell.tags:
            learner.append((cell.kind, text, [*tags, "exercise"]))
        else:
            learner.append((cell.kind, text, tags))
            solution.append((cell.kind, text, tags))
    if lang == "ko":
        learner = [(k, _deeper(t) if k == "markdown" else t, g) for k, t, g in learner]
        solution = [(k, _deeper(t) if k == "markdown" else t, g) for k, t, g in solution]
    return (
        _notebook(path.stem, "learner", learner, lang),
        _notebook(path.stem, "solution", solution, lang),
    )


def _check_set_language(path: Path, cells: list[SourceCell]) -> None:
    code = [c for c in cells if c.kind == "code"]
    found = [
        i
        for i, c in enumerate(code)
        for line in c.source.split("\n")
        if line.strip() == SET_LANGUAGE
    ]
    if len(found) != 1:
        raise ValueError(
            f"{path.name}: the set-up cell must say `{SET_LANGUAGE}` on a line of its own, once "
            f'(found {len(found)}): the Korean edition says "ko" there.'
        )


def _in_language(path: Path, cell: SourceCell, lang: str) -> str:
    if cell.kind == "code":
        return "\n".join(
            LANGUAGE_LINE[lang] if line.strip() == SET_LANGUAGE else line
            for line in cell.text.split("\n")
        )
    text = cell.text_in(lang)
    if text is None:
        if REQUIRE_KOREAN:
            first = cell.text.split("\n", 1)[0][:70]
            raise ValueError(
                f'{path.name}: a markdown cell has no Korean text (add a `# %% [markdown] lang="ko"` '
                f"cell after it): {first!r}"
            )
        return cell.text
    return text


_OUTSIDE = re.compile(r'(\]\(|href="|src=")\.\./')


def _deeper(text: str) -> str:
    """Links that leave notebooks/ (``../docs/x.md``) from a copy one folder deeper."""
    return _OUTSIDE.sub(r"\1../../", text)


def _notebook(stem: str, copy: str, cells: list[tuple[str, str, list[str]]], lang: str = "en"):
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    if lang != "en":
        nb.metadata["course"] = {"language": lang}
    for i, (kind, text, tags) in enumerate(cells):
        cell = {"cell_type": kind, "metadata": {"tags": tags} if tags else {}, "source": text}
        if kind == "code":
            cell |= {"execution_count": None, "outputs": []}
        cell["id"] = _cell_id(stem, copy if lang == "en" else f"{lang}-{copy}", i)
        nb.cells.append(nbformat.from_dict(cell))
    nbformat.validate(nb)  # the whole notebook at once (new_code_cell would check every cell)
    return nb


def render(nb) -> str:
    return nbformat.writes(nb) + "\n"


def targets(path: Path) -> dict[Path, str]:
    out = {}
    cells = parse(path)
    for lang, (learner_dir, solution_dir) in {
        "en": (LEARNER, SOLUTIONS),
        "ko": (KO, KO_SOLUTIONS),
    }.items():
        learner, solution = build(path, lang, cells)
        out[learner_dir / f"{path.stem}.ipynb"] = render(learner)
        out[solution_dir / f"{path.stem}.ipynb"] = render(solution)
    return out


def main(argv: list[str]) -> int:
    check = "--check" in argv
    only = {a.removesuffix(".py") for a in argv if not a.startswith("--")}
    stale = []
    for src in sorted(SRC.glob("[0-9][0-9]_*.py")):
        if only and src.stem not in only:
            continue
        for out, text in targets(src).items():
            if check:
                if not out.exists() or out.read_text(encoding="utf-8") != text:
                    stale.append(out.relative_to(ROOT))
            else:
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(text, encoding="utf-8")
    if stale:
        print("Out of date (run `python tools/build_notebooks.py`):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
