"""Test-run settings shared by the tests and the notebooks (pytest loads this first)."""

from __future__ import annotations

import os

# Kernels started by nbval inherit this: in a solution copy, a worked answer its own checker
# calls wrong stops the notebook (helpers.exercises._strict_solutions). Learners never set it.
os.environ["COURSE_STRICT_SOLUTIONS"] = "1"
