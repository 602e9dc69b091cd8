"""The checkers of each notebook: ``nb00`` ... ``nb10``, one module per notebook.

Each module's exercise factories carry ``@register`` (:func:`course.exercises.register`),
which records them, with their notebook, in :data:`course.exercises.REGISTRY`; a factory
without it is not tested by the contract test, and a test fails for it.

>>> reg = registry()
>>> reg["course.checks.nb01.scoring_table"].notebook
'nb01'
"""

from __future__ import annotations

import importlib
import pkgutil

from course.exercises import REGISTRY, Registered


def registry() -> dict[str, Registered]:
    """Every registered exercise factory of the course's notebooks, by key, sorted (each
    ``course.checks.nbNN`` module imported first, so none is left out)."""
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("nb"):
            importlib.import_module(f"{__name__}.{info.name}")
    return {k: REGISTRY[k] for k in sorted(REGISTRY) if k.startswith(f"{__name__}.nb")}
