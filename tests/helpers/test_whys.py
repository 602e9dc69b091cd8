"""helpers.whys: reading a 5-whys tree (each problem named with its fix) and the kinds."""

from __future__ import annotations

import copy

import pandas as pd
import pytest

from helpers import i18n, whys


def rows(*items):
    return [{"id": i, "text": t, "parent": p} for i, t, p in items]


TREE = rows(
    ("P", "Many reservation attempts, few completed rides", None),
    ("1", "The car they pick is already booked at their time", "P"),
    ("2", "The map shows cars free now, not at the time they set", "1"),
    ("1b", "Their saved card expired", "P"),
)


def test_to_frame_reads_rows_as_text_and_keeps_the_order():
    given = copy.deepcopy(TREE)
    frame = whys.to_frame(TREE)
    assert frame.columns.tolist() == ["id", "text", "parent"]
    assert frame["id"].tolist() == ["P", "1", "2", "1b"]
    assert frame["parent"].tolist() == ["", "P", "1", "P"]
    assert TREE == given  # the input is not changed


def test_to_frame_reads_a_table_with_any_index_and_blank_cells():
    table = pd.DataFrame(
        {"id": [10, 11], "text": [" Few rides ", "Cars are booked"], "parent": [float("nan"), 10]},
        index=[5, 5],
    )
    before = table.copy()
    frame = whys.to_frame(table)
    assert frame.to_dict("list") == {
        "id": ["10", "11"],
        "text": ["Few rides", "Cars are booked"],
        "parent": ["", "10"],
    }
    pd.testing.assert_frame_equal(table, before)


@pytest.mark.parametrize(
    ("tree", "message"),
    [
        ("P: few rides", "A 5-whys tree is a list of rows"),
        ([("P", "few rides", None)], "Each row of the tree is a dict"),
        ([], "The tree has no rows yet"),
        ([{"id": "P", "text": "few rides"}], "missing: parent"),
        (rows(("P", "a", None), ("P", "b", "P")), "The id 'P' is used twice"),
        (rows(("P", "a", None), ("1", ..., "P")), "Row '1' has no text"),
        (rows(("P", "a", None), ("Q", "b", "")), "found 2: P, Q"),
        (rows(("P", "a", "1"), ("1", "b", "P")), "found 0. Set the symptom's parent to None"),
        (rows(("P", "a", None), ("1", "b", "X")), "Row '1' has parent 'X', which is not an id"),
        (rows(("P", "a", None), ("1", "b", "2"), ("2", "c", "1")), "its own ancestor"),
    ],
)
def test_to_frame_names_each_problem(tree, message):
    with pytest.raises(ValueError, match=message.replace("(", "\\(")):
        whys.to_frame(tree)


def test_to_frame_problems_speak_korean():
    with i18n.language("ko"), pytest.raises(ValueError) as caught:
        whys.to_frame(rows(("P", "a", None), ("P", "b", "P")))
    assert "'P'" in str(caught.value) and "used twice" not in str(caught.value)


def test_depths_leaves_and_explain():
    frame = whys.to_frame(TREE)
    assert whys.depths(frame).to_dict() == {"P": 0, "1": 1, "2": 2, "1b": 1}
    assert whys.leaves(frame) == ["2", "1b"]
    kinds = whys.explain(TREE).set_index("id")["kind"].to_dict()
    assert kinds == {"P": "symptom", "1": "cause", "2": "cause", "1b": "cause"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Search conversion is 27%", "symptom"),
        ("Add a 'free at' filter to the map", "action"),
        ("We should email riders", "action"),
        ("지도에 필터를 추가한다", "action"),
        ("쿠폰을 뿌리자", "action"),
        ("회원 가입한 사용자", "cause"),  # ends in 자 but a noun, not a proposal
        ("지도는 지금 빈 차를 보여 준다", "cause"),
        ("고른 차가 그 시간에 이미 예약되어 있다", "cause"),
    ],
)
def test_node_kind(text, kind):
    assert whys.node_kind(text)[0] == kind


def test_node_kind_refuses_what_is_not_a_sentence():
    with pytest.raises(TypeError, match="give a sentence in quotes, not int"):
        whys.node_kind(3)
