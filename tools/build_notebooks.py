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

TIME_MARK = "{{time}}"
TIMES = ROOT / "docs" / "notebook_times.csv"

HEADER = re.compile(r"^# %%(?P<md> \[markdown\])?(?: tags=(?P<tags>\[.*\]))?\s*$")


@dataclass
class SourceCell:
    kind: str  # "code" or "markdown"
    tags: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        lines = self.lines
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
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("# %%"):
            m = HEADER.match(line)
            if not m:
                raise ValueError(f"{path.name}:{lineno}: cannot read cell header {line!r}")
            tags = json.loads(m.group("tags")) if m.group("tags") else []
            cells.append(SourceCell("markdown" if m.group("md") else "code", tags))
        elif cells:
            cells[-1].lines.append(line)
        elif line.strip():
            raise ValueError(f"{path.name}:{lineno}: text before the first '# %%' cell")
    return [c for c in cells if c.text or c.kind == "code"]


def _cell_id(stem: str, copy: str, i: int) -> str:
    return hashlib.sha1(f"{stem}:{copy}:{i}".encode()).hexdigest()[:12]


def _details(cell: SourceCell) -> str:
    body = f"```python\n{cell.text}\n```" if cell.kind == "code" else cell.text
    return (
        "<details><summary><b>Show a worked solution</b> (try it yourself first)</summary>\n\n"
        f"{body}\n\n</details>"
    )


MINUTES_MARK = re.compile(r"\{\{minutes:(?P<nn>\d\d)\}\}")


def _times() -> dict[str, dict[str, str]]:
    import csv

    with TIMES.open(encoding="utf-8", newline="") as f:
        return {row["notebook"]: row for row in csv.DictReader(f)}


def _minutes(match: re.Match) -> str:
    """A ``{{minutes:NN}}`` mark (a course index) -> 'N min' for notebook NN."""
    rows = [r for stem, r in _times().items() if stem.startswith(match.group("nn") + "_")]
    if len(rows) != 1:
        raise ValueError(f"{match.group(0)}: no notebook {match.group('nn')} in {TIMES.name}")
    return f"{rows[0]['workshop_min']} min"


def workshop_time(stem: str) -> str:
    """The header's time text for one notebook, from docs/notebook_times.csv."""
    rows = _times()
    if stem not in rows:
        raise ValueError(
            f"{stem} has no row in {TIMES.relative_to(ROOT)}: run `python tools/timing.py --write`."
        )
    row = rows[stem]
    stretch = int(row["stretch_min"])
    more = f" (+{stretch} for the stretch exercise)" if stretch else ""
    return f"about {row['workshop_min']} minutes in a workshop{more}"


def _fill_time(cells: list[SourceCell], stem: str) -> list[SourceCell]:
    marked = [c for c in cells if c.kind == "markdown" and any(TIME_MARK in x for x in c.lines)]
    if len(marked) != 1:
        raise ValueError(
            f"{stem}.py: the header's Time line must hold {TIME_MARK} exactly once (found in "
            f"{len(marked)} cells): the time comes from {TIMES.relative_to(ROOT)}."
        )
    text = workshop_time(stem)
    for c in marked:
        c.lines = [x.replace(TIME_MARK, text) for x in c.lines]
    for c in cells:
        if c.kind == "markdown":
            c.lines = [MINUTES_MARK.sub(_minutes, x) for x in c.lines]
    return cells


def build(path: Path) -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    """Return (learner, solution) notebooks for one source file."""
    cells = _fill_time(parse(path), path.stem)
    learner, solution = [], []
    for cell in cells:
        tags = [t for t in cell.tags if t not in {"exercise", "solution"}]
        if "solution" in cell.tags:
            learner.append(("markdown", _details(cell), ["solution-folded"]))
            solution.append((cell.kind, cell.text, [*tags, "solution"]))
        elif "exercise" in cell.tags:
            learner.append((cell.kind, cell.text, [*tags, "exercise"]))
        else:
            learner.append((cell.kind, cell.text, tags))
            solution.append((cell.kind, cell.text, tags))
    return _notebook(path.stem, "learner", learner), _notebook(path.stem, "solution", solution)


def _notebook(stem: str, copy: str, cells: list[tuple[str, str, list[str]]]):
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for i, (kind, text, tags) in enumerate(cells):
        make = new_code_cell if kind == "code" else new_markdown_cell
        cell = make(text)
        cell.id = _cell_id(stem, copy, i)
        if tags:
            cell.metadata["tags"] = tags
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def render(nb) -> str:
    return nbformat.writes(nb) + "\n"


def targets(path: Path) -> dict[Path, str]:
    learner, solution = build(path)
    return {
        LEARNER / f"{path.stem}.ipynb": render(learner),
        SOLUTIONS / f"{path.stem}.ipynb": render(solution),
    }


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
