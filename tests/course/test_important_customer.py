"""course.important_customer: one definition, used by notebooks 06-08 and the story test."""

from __future__ import annotations

import pandas as pd
import pytest

from course import important_customer as ic
from helpers import i18n
from helpers.hangul import has_hangul


def _table(index=None):
    return pd.DataFrame(
        {
            "situation": ["pay-per-ride member", "pay-per-ride member", "subscriber", None],
            "experience": ["below average", "above average", "never reserved", "never reserved"],
        },
        index=index,
    )


@pytest.mark.parametrize("index", [None, ["a", "b", "c", "d"], [10, 3, 7, 1]])
def test_definition_as_a_column_keeps_the_index(index):
    t = _table(index)
    before = t.copy()
    got = ic.is_important_customer(t)
    assert got.tolist() == [True, False, False, False]
    assert got.index.equals(t.index) and got.name == "important_customer"
    pd.testing.assert_frame_equal(t, before)  # the caller's table is not changed


def test_categorical_columns_work_too():
    t = _table().astype("category")
    assert ic.is_important_customer(t).tolist() == [True, False, False, False]


def test_a_missing_column_is_named():
    with pytest.raises(ValueError, match="experience"):
        ic.is_important_customer(_table().drop(columns="experience"))


def test_in_words_english_is_the_constants_and_korean_is_korean():
    words = ic.in_words()
    assert words["name"] == ic.NAME and words["definition"] == ic.DEFINITION
    with i18n.language("ko"):
        ko = ic.in_words()
    assert all(has_hangul(ko[k]) for k in ("name", "definition", "need", "hypothesis"))
    assert ko["keyword"] == ic.KEYWORD  # the exercise's spelling, in either language
