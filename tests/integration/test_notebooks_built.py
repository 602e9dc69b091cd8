"""The committed notebooks are exactly what tools/build_notebooks.py writes from the sources,
and every notebook follows the course's arc."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]_*.py"))
sys.path.insert(0, str(ROOT / "tools"))

import build_notebooks  # noqa: E402


def test_committed_notebooks_are_built_from_sources():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_notebooks.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_orphan_notebooks():
    stems = {p.stem for p in SOURCES}
    for folder in (ROOT / "notebooks", ROOT / "notebooks" / "solutions"):
        for nb in folder.glob("*.ipynb"):
            assert nb.stem in stems, f"{nb} has no source in notebooks/src/"


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_notebook_follows_the_arc(src: Path):
    cells = build_notebooks.parse(src)
    md = "\n".join(c.text for c in cells if c.kind == "markdown")
    stem = src.stem
    assert re.search(rf"^# {stem[:2]} · ", md, re.M), "title '# NN · Title' missing"
    for needed in ("What you will learn", "Time", "Recap"):
        assert needed in md, f"{stem}: section {needed!r} missing"
    n_ex = len(re.findall(r"^#+ Exercise \d+", md, re.M))
    assert n_ex >= (1 if stem.startswith("00") else 3), f"{stem}: only {n_ex} exercises"
    exercises = [c for c in cells if "exercise" in c.tags]
    solutions = [c for c in cells if "solution" in c.tags]
    assert len(solutions) >= len(exercises) >= (1 if stem.startswith("00") else 3)
    # every link to another notebook points at one that exists
    for target in re.findall(r"\]\(([^)]+\.ipynb)\)", md):
        assert (ROOT / "notebooks" / target).exists() or target.startswith("http"), target


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_plot_cells_end_with_show(src: Path):
    for cell in build_notebooks.parse(src):
        if cell.kind != "code":
            continue
        text = cell.text
        makes_figure = re.search(r"plt\.subplots|\.plot\(|sns\.|_plot\(|_figure\(|heatmap\(", text)
        if makes_figure and "interact" not in text and "def " not in text:
            last = [line for line in text.splitlines() if line.strip()][-1]
            assert last.strip() == "plt.show()", (
                f"{src.stem}: plot cell should end with plt.show():\n{text}"
            )
