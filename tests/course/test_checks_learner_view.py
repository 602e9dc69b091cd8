"""What a beginner sees around the exercises: no noise, plots they can adapt, a set-up that
starts.

These read the notebook sources (``notebooks/src``), run a few of their cells, and check the
set-up script, so each fix of issue 11 that is not in a checker has a test.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import kit

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "notebooks" / "src"


def _source(stem: str) -> str:
    return next(SRC.glob(f"{stem}_*.py")).read_text()


def _cells(stem: str) -> list[str]:
    return re.split(r"^# %%.*$", _source(stem), flags=re.M)


def _run_until(stem: str, marker: str) -> dict:
    """Run the code cells of a notebook (solution copy) up to the first one holding
    ``marker``; return the namespace."""
    namespace: dict = {}
    text = _source(stem)
    for cell in re.split(r"^(?=# %%)", text, flags=re.M):
        header = cell.split("\n", 1)[0]
        if "[markdown]" in header or 'tags=["exercise"]' in header:
            continue
        code = "\n".join(
            line for line in cell.split("\n")[1:] if not line.startswith(("%", "display("))
        )
        if "widgets." in code or "interactive(" in code:
            continue
        exec(compile(code, f"{stem}", "exec"), namespace)  # noqa: S102 - our own notebook
        if marker in cell:
            return namespace
    raise AssertionError(f"{marker!r} not found in {stem}")


def test_no_observed_true_anywhere_the_learner_reads():
    """pandas 3 groups by the observed categories by default: the argument is noise.

    Notebooks, every helper (learners open them) and the tests that show how to compute.
    """
    files = [*SRC.glob("*.py"), *(ROOT / "helpers").rglob("*.py"), *(ROOT / "tests").rglob("*.py")]
    files = [f for f in files if f.name != "test_checks_learner_view.py"]
    offenders = [f.name for f in files if "observed=True" in f.read_text()]
    assert not offenders


@pytest.mark.parametrize(
    ("stem", "call"),
    [
        ("01", "sns.lineplot("),  # lines by group
        ("03", "sns.barplot("),  # bars by segment
        ("04", "sns.barplot("),  # bars by quadrant and rule
        ("07", "sns.heatmap("),  # the cohort heatmap
    ],
)
def test_seaborn_where_a_learner_plots_and_adapts(stem, call):
    text = _source(stem)
    assert "import seaborn as sns" in text and call in text


def test_retention_heatmap_leaves_month_0_out_of_the_colour_scale():
    ns = _run_until("07", "sns.heatmap(")
    retention = ns["retention"]
    ax = plt.gcf().axes[0]
    mesh = ax.collections[0]
    assert (retention[0] == 1).all()
    vmax = mesh.norm.vmax
    assert vmax == pytest.approx(retention.loc[:, 1:].max().max())
    assert vmax < 0.9  # month 0's 100% does not set the top of the scale
    texts = [t.get_text() for t in ax.texts]
    jan_month_1 = f"{retention.iloc[0][1]:.0%}"  # a cell of the data, not a typed number
    assert "100%" in texts and jan_month_1 in texts  # every cell still shows its number


def test_long_texts_are_shown_in_full_in_notebooks():
    """Need texts (06) and calendar descriptions (00, 01, 07) are never cut with "..."."""
    from IPython.core.interactiveshell import InteractiveShell

    from course import exercises

    with pd.option_context("display.max_colwidth", 50):
        assert exercises.install_notebook_support(InteractiveShell.instance())
        assert pd.get_option("display.max_colwidth") is None


def test_00_teaches_taking_one_number_out_of_a_table_once():
    text = _source("00")
    assert text.count("## Taking one number out of a table") == 1
    first_use = text.index(".item()")
    assert first_use < text.index("## Exercise 2")  # before the exercises that need it
    code = [c for c in _cells("00") if "june.item()" in c]
    assert len(code) == 1


def test_no_table_of_dots_is_shown_for_an_unanswered_exercise():
    """An exercise cell ends with its assignment: it never displays a template of ``...``."""
    for src in sorted(SRC.glob("*.py")):
        for cell in re.split(r"^(?=# %%)", src.read_text(), flags=re.M):
            if not cell.startswith('# %% tags=["exercise"]'):
                continue
            lines = [ln for ln in cell.strip().split("\n")[1:] if ln and not ln.startswith("#")]
            last = lines[-1]
            assert not re.fullmatch(r"\w+", last.strip()), (src.name, last)


def test_licence_is_an_spdx_string():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"


def test_kit_lab_passes_flags_through_and_allows_root(monkeypatch):
    py = Path("/venv/bin/python")
    monkeypatch.setattr(kit.os, "geteuid", lambda: 0, raising=False)
    cmd = kit.lab_command(py, ["--port", "8890", "--no-browser"])
    assert cmd[:4] == [str(py), "-m", "jupyterlab", kit.FIRST_NOTEBOOK]
    assert cmd[4:7] == ["--port", "8890", "--no-browser"] and cmd[-1] == "--allow-root"
    assert kit.lab_command(py, ["--allow-root"]).count("--allow-root") == 1
    monkeypatch.setattr(kit.os, "geteuid", lambda: 1000, raising=False)
    assert "--allow-root" not in kit.lab_command(py, [])
    readme = (ROOT / "README.md").read_text()
    assert "kit.py lab --port" in readme and "--allow-root" in readme


@pytest.mark.parametrize(
    ("stem", "factory", "check_cell", "answer"),
    [
        ("03", "move_repeat", "ex4.check(move_repeat)", "move_repeat"),
        ("04", "demographic_cut", "ex4.check(my_placed)", "my_placed"),
        ("09", "starter_nps", "ex3.check(starter_nps)", None),
    ],
)
def test_stretch_hints_reach_the_code_in_steps(stem, factory, check_cell, answer):
    """Typing the code of the hints, step by step, in the notebook gives the right answer."""
    ns = _run_until(stem, check_cell)
    ex = getattr(ns["checks"], factory)()
    steps = [hint.split(": ", 1)[1] for hint in ex.hints]
    assert [hint.split(",")[0] for hint in ex.hints] == ["Step 1", "Step 2", "Step 3"]
    code = "\n".join(steps)
    if answer is None:  # the last step is an expression: its value is the answer
        code = "\n".join([*steps[:-1], f"_answer = {steps[-1]}"])
        answer = "_answer"
    exec(code, ns)  # noqa: S102 - the hints' own code
    assert ex.check(ns[answer], quiet=True).status == "right"
