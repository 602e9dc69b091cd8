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

A notebook's time is not typed in its source: the header's "Time" line holds the mark
``{{time}}``, filled from the one table of notebook times, ``docs/notebook_times.csv``
(derived by ``tools/timing.py``), so the header, the README and the facilitator guide
cannot disagree.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

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

HEADER = re.compile(
    r'^# %%(?P<md> \[markdown\])?(?: lang="(?P<lang>[a-z]{2})")?(?: tags=(?P<tags>\[.*\]))?\s*$'
)


@dataclass
class SourceCell:
    kind: str  # "code" or "markdown"
    tags: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    #: The Korean text of a markdown cell (its ``lang="ko"`` sibling), or None.
    ko_lines: list[str] | None = None

    @property
    def text(self) -> str:
        return self._join(self.lines)

    @property
    def ko_text(self) -> str | None:
        return None if self.ko_lines is None else self._join(self.ko_lines)

    def text_in(self, lang: str) -> str | None:
        """The cell's text in ``lang`` (None: a markdown cell with no Korean text yet)."""
        if lang == "en" or self.kind == "code":
            return self.text
        return self.ko_text

    def _join(self, lines: list[str]) -> str:
        if self.kind == "markdown":
            lines = [_unmark(line) for line in lines]
        return "\n".join(lines).strip("\n")


def _unmark(line: str) -> str:
    if not line.strip():
        return ""  # a blank line (e.g. between cells) is a blank line
    if line.startswith("# "):
        return line[2:]
    if line.startswith("#"):
        return line[1:]
    raise ValueError(f"markdown line does not start with '#': {line!r}")


def parse(path: Path) -> list[SourceCell]:
    """Split a percent-format script into cells."""
    cells: list[SourceCell] = []
    current: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("# %%"):
            m = HEADER.match(line)
            if not m:
                raise ValueError(f"{path.name}:{lineno}: cannot read cell header {line!r}")
            tags = json.loads(m.group("tags")) if m.group("tags") else []
            if m.group("lang"):
                current = _korean_cell(path, lineno, m, tags, cells)
                continue
            cells.append(SourceCell("markdown" if m.group("md") else "code", tags))
            current = cells[-1].lines
        elif current is not None:
            current.append(line)
        elif line.strip():
            raise ValueError(f"{path.name}:{lineno}: text before the first '# %%' cell")
    return [c for c in cells if c.text or c.kind == "code"]


def _korean_cell(path: Path, lineno: int, m: re.Match, tags, cells) -> list[str]:
    """Attach a ``lang="ko"`` cell to the markdown cell right before it; return its lines."""
    where = f"{path.name}:{lineno}"
    if m.group("lang") != "ko" or not m.group("md"):
        raise ValueError(
            f'{where}: only markdown cells have a language: `# %% [markdown] lang="ko"`'
        )
    if tags:
        raise ValueError(f"{where}: a Korean cell takes its tags from the English cell above it")
    if not cells or cells[-1].kind != "markdown" or cells[-1].ko_lines is not None:
        raise ValueError(
            f"{where}: a Korean cell must follow the English markdown cell it translates "
            "(one Korean cell per English cell)"
        )
    cells[-1].ko_lines = []
    return cells[-1].ko_lines


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


MINUTES_MARK = re.compile(r"\{\{minutes:(?P<nn>\d\d)\}\}")


def _times() -> dict[str, dict[str, str]]:
    import csv

    with TIMES.open(encoding="utf-8", newline="") as f:
        return {row["notebook"]: row for row in csv.DictReader(f)}


def _minutes(match: re.Match, lang: str = "en") -> str:
    """A ``{{minutes:NN}}`` mark (a course index) -> 'N min' ('N분') for notebook NN."""
    rows = [r for stem, r in _times().items() if stem.startswith(match.group("nn") + "_")]
    if len(rows) != 1:
        raise ValueError(f"{match.group(0)}: no notebook {match.group('nn')} in {TIMES.name}")
    return f"{rows[0]['workshop_min']}" + (" min" if lang == "en" else "분")


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


def _fill_time(cells: list[SourceCell], stem: str) -> list[SourceCell]:
    marked = [c for c in cells if c.kind == "markdown" and any(TIME_MARK in x for x in c.lines)]
    if len(marked) != 1:
        raise ValueError(
            f"{stem}.py: the header's Time line must hold {TIME_MARK} exactly once (found in "
            f"{len(marked)} cells): the time comes from {TIMES.relative_to(ROOT)}."
        )
    en_time, ko_time = workshop_time(stem), workshop_time(stem, "ko")  # the CSV, read once
    for c in cells:
        if c.kind != "markdown":
            continue
        if c.ko_lines is not None and (TIME_MARK in "".join(c.lines)) != (
            TIME_MARK in "".join(c.ko_lines)
        ):
            raise ValueError(f"{stem}.py: {TIME_MARK} is in one language of a cell only")
        c.lines = [MINUTES_MARK.sub(_minutes, x.replace(TIME_MARK, en_time)) for x in c.lines]
        if c.ko_lines is not None:
            c.ko_lines = [
                MINUTES_MARK.sub(lambda m: _minutes(m, "ko"), x.replace(TIME_MARK, ko_time))
                for x in c.ko_lines
            ]
    return cells


def build(path: Path, lang: str = "en") -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    """Return (learner, solution) notebooks for one source file, in ``lang``."""
    cells = _fill_time(parse(path), path.stem)
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
    found = [i for i, c in enumerate(code) for line in c.lines if line.strip() == SET_LANGUAGE]
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
        make = new_code_cell if kind == "code" else new_markdown_cell
        cell = make(text)
        cell.id = _cell_id(stem, copy if lang == "en" else f"{lang}-{copy}", i)
        if tags:
            cell.metadata["tags"] = tags
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def render(nb) -> str:
    return nbformat.writes(nb) + "\n"


def targets(path: Path) -> dict[Path, str]:
    out = {}
    for lang, (learner_dir, solution_dir) in {
        "en": (LEARNER, SOLUTIONS),
        "ko": (KO, KO_SOLUTIONS),
    }.items():
        learner, solution = build(path, lang)
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
