"""Tests that need an optional extra (pyproject.toml): skip without it, or fail in the full run.

A contributor may install only ``pip install -e ".[test]"``; a test that needs another extra
(spark, browser, binder, hub) then skips and names the extra to install. ``python3 kit.py
test`` installs every extra and sets KIT_ALL_EXTRAS=1: there a missing extra is a broken
set-up, so the test fails instead of skipping silently.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import pytest

ALL_EXTRAS_ENV = "KIT_ALL_EXTRAS"  # = kit.ALL_EXTRAS_ENV


def import_extra(module: str, extra: str) -> ModuleType:
    """Import ``module`` from the optional ``extra``; skip (or fail in the full run) without it.

    Works at module level (the whole file skips) and inside a test or fixture.

    >>> import_extra("json", "test").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        msg = f'needs {module} from the {extra!r} extra: pip install -e ".[{extra}]" ({exc})'
        if os.environ.get(ALL_EXTRAS_ENV) == "1":
            pytest.fail(
                f"{msg}; kit.py test installs every extra ({ALL_EXTRAS_ENV}=1), "
                "so this is a broken set-up",
                pytrace=False,
            )
        pytest.skip(msg, allow_module_level=True)
