"""helpers.strategy: whys chains, metric trees and the strategy map - the checks, the wrapping
of box texts, and ``ax=`` (figures of what a learner wrote carry no synthetic-data note)."""

from __future__ import annotations

import copy

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import strategy
from helpers.style import SYNTHETIC_NOTE

TREE = {"Rides": ["Attempts", "Success rate"], "Attempts": ["Searches", "Map views"]}
WHYS = [
    {"id": "P", "text": "Many attempts, few rides", "parent": None},
    {"id": "1", "text": "The car they pick is booked at their time", "parent": "P"},
    {"id": "2", "text": "The map shows cars free now", "parent": "1"},
    {"id": "2b", "text": "Their card expired", "parent": "P"},
]
GOAL = {"goal": "Find a car free at my time", "keywords": ["free", "my time"]}


def slow_wrap(text: str, width: int) -> str:
    """Greedy: add a word while the line, a space and the word fit (Hangul counts two)."""
    lines: list[str] = []
    for word in text.split():
        if lines and lines[-1] and strategy._width(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "bb", "ccc-dd", "예약", "차를", "x" * 12, "가" * 7]), max_size=12
    ),
    st.sampled_from([" ", "  ", "\n", " \t "]),
    st.integers(1, 30),
)
def test_wrap_breaks_at_spaces_counting_hangul_double(words, space, width):
    text = space.join(words)
    assert strategy._wrap(text, width) == slow_wrap(text, width)


def test_wrap_never_breaks_a_word():
    assert strategy._wrap("예약예약예약 go", 4) == "예약예약예약\ngo"


def test_check_tree_names_the_problem():
    assert strategy.check_tree(TREE) is None
    assert "exactly one top" in strategy.check_tree({"a": ["b"], "c": ["d"]})
    assert "two parents" in strategy.check_tree({"a": ["b", "c"], "b": ["c"]})
    assert "should be 'North'" in strategy.check_tree(TREE, root="North")


def test_tree_figure_makes_its_own_figure_without_a_data_note():
    fig = strategy.tree_figure(TREE, title="Two inputs", level_names=["NS", "Input", "Sub"])
    (ax,) = fig.axes
    assert len(ax.patches) == 5  # one box per metric
    texts = [t.get_text() for t in ax.texts]
    assert {"Rides", "Success rate", "NS", "Sub"} <= set(texts)
    assert SYNTHETIC_NOTE not in texts


def test_tree_and_whys_figures_draw_on_the_given_axes():
    fig, (left, right) = plt.subplots(1, 2)
    figures = plt.get_fignums()
    assert strategy.tree_figure(TREE, title="Tree", ax=left) is fig
    assert strategy.whys_figure(["Few rides", "Cars are booked"], title="Why", ax=right) is fig
    assert plt.get_fignums() == figures
    assert len(left.patches) == 5 and len(right.patches) == 2
    assert left.get_title(loc="left") == "Tree" and right.get_title(loc="left") == "Why"


def test_tree_figure_refuses_an_unusable_tree():
    with pytest.raises(ValueError, match="tree_figure\\(\\): A tree is a dict"):
        strategy.tree_figure({}, title="t")


def box_texts(fig) -> list[str]:
    """The texts on the map, each on one line (boxes wrap theirs); arrows have none."""
    return [t.get_text().replace("\n", " ") for t in fig.axes[0].texts if t.get_text()]


def test_strategy_map_hangs_root_causes_under_the_goal_and_actions_under_their_cause(capsys):
    actions = [
        {"cause": "2", "action": "Show cars free at the chosen time", "kind": "direct"},
        {"cause": "2", "action": "Show cars free at the chosen time"},  # same words: own box
        {"cause": "nowhere", "action": "Email a reminder", "extra_rides": 12.4},
    ]
    given = copy.deepcopy((GOAL, WHYS, actions))
    fig = strategy.strategy_map(GOAL, WHYS, actions)
    texts = box_texts(fig)
    assert "2: The map shows cars free now" in texts and "2b: Their card expired" in texts
    assert "1: The car they pick is booked at their time" not in texts  # not a root cause
    assert "#1 Show cars free at the chosen time (direct)" in texts
    assert "#2 Show cars free at the chosen time" in texts
    assert "#3 Email a reminder (+12 rides/month)" in texts
    assert {"North star", "Stage metric", "Behaviour goal", "Root cause", "Action"} <= set(texts)
    assert capsys.readouterr().out == ""  # everything filled in: nothing to say
    assert (GOAL, WHYS, actions) == given  # nothing passed in is changed


def test_strategy_map_takes_a_table_of_actions_and_an_indicator():
    table = pd.DataFrame([{"cause": "2b", "action": "Ask for a new card"}], index=[7])
    fig = strategy.strategy_map(GOAL, WHYS, table, indicator="share of searches that reserve")
    texts = box_texts(fig)
    assert "Leading indicator: share of searches that reserve" in texts
    assert "#1 Ask for a new card" in texts and "Leading indicator" in texts


def test_strategy_map_with_an_action_on_an_inner_cause_says_so(capsys):
    fig = strategy.strategy_map(GOAL, WHYS, [{"cause": "1", "action": "Hold the car"}])
    assert "1: The car they pick is booked at their time" in box_texts(fig)
    assert "Cause" in box_texts(fig) and "Root cause" not in box_texts(fig)
    assert "Your actions act on 1, which has whys below it" in capsys.readouterr().out
    assert fig.axes[0].get_title(loc="left").startswith("Your strategy map: from each cause")


def test_strategy_map_leaves_out_a_broken_tree_with_its_problem(capsys):
    broken = [*WHYS, {"id": "1", "text": "again", "parent": "P"}]
    fig = strategy.strategy_map(GOAL, broken, [{"cause": "2", "action": "Fix it"}])
    out = capsys.readouterr().out
    assert "The 5-whys tree is left out: The id '1' is used twice" in out
    assert "fill in: the 5-whys tree." in out
    assert "#1 Fix it" in box_texts(fig)  # under the goal, since the tree is left out
    assert "Root cause" not in box_texts(fig)


def test_strategy_map_draws_on_the_given_axes():
    fig, ax = plt.subplots()
    figures = plt.get_fignums()
    assert strategy.strategy_map(GOAL, WHYS, ..., ax=ax) is fig
    assert plt.get_fignums() == figures
    assert len(ax.patches) == 5  # north star, stage metric, goal, 2 root causes


def test_check_whys():
    assert strategy.check_whys(["Few rides", "Cars are booked"]) is None
    assert "repeats" in strategy.check_whys(["Few rides", "few rides "])
    assert "at least 1" in strategy.check_whys(["Few rides"])


def test_strategy_map_keeps_two_boxes_of_the_same_words_apart(capsys):
    same = {"goal": "Stage metric: Search sessions that reserve"}  # the stage box's words
    fig = strategy.strategy_map(same, ..., [{"cause": "x", "action": "Fix it"}])
    # two boxes with the same words (the figure keys boxes by text: one got a trailing space)
    assert box_texts(fig).count("Stage metric: Search sessions that reserve") == 2
    assert len(fig.axes[0].patches) == 4  # north star, stage metric, goal, action
