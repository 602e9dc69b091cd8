"""Check that numbers stated in a notebook's prose match the data.

Each notebook has a test module ``tests/notebooks/test_nbNN.py`` that computes every number its
markdown states (with the course helpers, from the committed data) and asserts that the
formatted number appears in the markdown. If the data changes, the prose can no longer tell
a false story: the test fails until the prose is updated.

    from tests.facts import assert_stated
    assert_stated("01_north_star", f"{share:.0%}")
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def markdown_of(stem: str) -> str:
    """All markdown of the learner notebook ``notebooks/<stem>.ipynb``, as one string."""
    nb = nbformat.read(ROOT / "notebooks" / f"{stem}.ipynb", as_version=4)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def assert_stated(stem: str, *texts: str) -> None:
    """Assert each text (a formatted number, e.g. '23%' or '1,300') is in the markdown,
    as a whole token (so '3%' does not match inside '23%')."""
    md = markdown_of(stem)
    for text in texts:
        pattern = r"(?<![\w.,])" + re.escape(text) + r"(?![\w]|[.,]\d)"
        assert re.search(pattern, md), f"{stem}: the prose should state {text!r} (from the data)"
