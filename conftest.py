"""Test-run settings shared by the tests and the notebooks (pytest loads this first)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Kernels started by nbval inherit this: in a solution copy, a worked answer its own checker
# calls wrong stops the notebook (course.exercises._strict_solutions). Learners never set it.
os.environ["COURSE_STRICT_SOLUTIONS"] = "1"

# Kernels of the Korean edition write every figure title or axis label still in English to this
# file (helpers.i18n.translate_figure); the run fails at its end if there is any.
_UNTRANSLATED = Path(tempfile.gettempdir()) / f"course-untranslated-{os.getpid()}.txt"
os.environ["COURSE_UNTRANSLATED_LOG"] = str(_UNTRANSLATED)
_UNTRANSLATED.unlink(missing_ok=True)

# --doctest-modules imports every .py under the test paths: not the notebook sources (each is a
# notebook, run by nbval from its built copy) nor `python -m course.generate` (runs on import).
collect_ignore_glob = ["notebooks/src/*.py", "course/generate/__main__.py"]


def pytest_sessionfinish(session, exitstatus):
    if not _UNTRANSLATED.exists():
        return
    texts = sorted(set(_UNTRANSLATED.read_text(encoding="utf-8").splitlines()))
    _UNTRANSLATED.unlink()
    if texts:
        print(
            "\nFigure texts the Korean edition showed in English (add them to course/ko/nbNN.py):",
            *texts,
            sep="\n  ",
        )
        session.exitstatus = 1
