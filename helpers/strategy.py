"""5 whys and metric trees, as data a learner writes and figures that draw them.

A 5-whys chain is a list of statements, each the cause of the one before it. A metric tree
(or strategy map) is a dict: each node maps to the list of its children.

>>> chain = ["Users attempt but do not reserve", "The car they want is not free then"]
>>> check_whys(chain) is None
True
>>> check_whys(["예약 시도가 실패한다", "고른 차가 그 시간에 이미 예약되어 있다"]) is None
True
>>> fig = whys_figure(chain, title="Why do attempts fail?")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import FancyBboxPatch

from helpers.i18n import tr, translate_text
from helpers.style import PALETTE

LEVEL_COLOURS = [
    PALETTE["vermillion"],
    PALETTE["blue"],
    PALETTE["green"],
    PALETTE["orange"],
    PALETTE["purple"],
    PALETTE["sky"],
]


def check_whys(chain: object, *, min_len: int = 2, max_len: int = 7) -> str | None:
    """Return None if ``chain`` is a usable whys chain, else what is wrong with it.

    A chain is a list of distinct, non-empty sentences, from the problem to its root cause.
    """
    if isinstance(chain, str) or not isinstance(chain, Sequence):
        return tr("A 5-whys chain is a list of sentences, e.g. ['problem', 'why 1', 'why 2'].")
    if not all(isinstance(s, str) and s.strip() for s in chain):
        return tr("Every step must be a non-empty sentence in quotes.")
    if len(chain) < min_len:
        return tr("Start with the problem and ask 'why?' at least {n} time(s).", n=min_len - 1)
    if len(chain) > max_len:
        return tr(
            "Stop at the root cause: {n} steps is more than {max_len}.",
            n=len(chain),
            max_len=max_len,
        )
    lowered = [s.strip().lower() for s in chain]
    if len(set(lowered)) != len(lowered):
        return tr("A step repeats an earlier one: each 'why?' should go one level deeper.")
    return None


def _width(text: str) -> int:
    """Display width in Latin letters: a Hangul syllable is about two letters wide."""
    return sum(2 if "\uac00" <= ch <= "\ud7a3" else 1 for ch in text)


def _wrap(text: str, width: int = 28) -> str:
    """Break text into lines of at most ``width`` letters (Hangul counts double).

    >>> _wrap("지도는 설정한 시간이 아니라 지금 비어 있는 차를 보여 준다", 20).count(chr(10))
    2
    """
    words, lines, line = text.split(), [], ""
    for w in words:
        if _width(line) + _width(w) + 1 > width and line:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "\n".join(lines)


def _box(ax, x, y, text, colour, width=0.9, height=0.7):
    ax.add_patch(
        FancyBboxPatch(
            (x - width / 2, y - height / 2),
            width,
            height,
            boxstyle="round,pad=0.02,rounding_size=0.08",
            facecolor=colour,
            alpha=0.15,
            edgecolor=colour,
            lw=1.5,
        )
    )
    ax.text(x, y, text, ha="center", va="center", fontsize=8.5)


def whys_figure(chain: Sequence[str], *, title: str) -> plt.Figure:
    """Draw a whys chain top to bottom: the problem first, the root cause last."""
    problem = check_whys(chain)
    if problem:
        raise ValueError(f"whys_figure(): {problem}")
    n = len(chain)
    fig, ax = plt.subplots(figsize=(6.5, 1.05 * n + 0.8))
    for i, text in enumerate(chain):
        y = n - i
        label = tr("Problem") if i == 0 else (tr("Root cause") if i == n - 1 else _why_label(i))
        colour = (
            PALETTE["vermillion"]
            if i == 0
            else (PALETTE["green"] if i == n - 1 else PALETTE["blue"])
        )
        _box(ax, 0.55, y, _wrap(text, 44), colour, width=0.8, height=0.75)
        ax.text(
            0.08, y, label, ha="center", va="center", fontsize=8.5, fontweight="bold", color=colour
        )
        if i < n - 1:
            ax.annotate(
                "",
                xy=(0.55, y - 0.62),
                xytext=(0.55, y - 0.38),
                arrowprops={"arrowstyle": "-|>", "color": PALETTE["grey"]},
            )
            ax.text(0.58, y - 0.5, tr("why?"), fontsize=7.5, color=PALETTE["grey"], va="center")
    ax.set_xlim(-0.05, 1.0)
    ax.set_ylim(0.4, n + 0.6)
    ax.axis("off")
    ax.set_title(title, loc="left")
    fig.tight_layout()
    return fig


def _why_label(i: int) -> str:
    """'Why 1' ... 'Why 5' in the learner's language (a chain has at most 5 whys between
    its problem and its root cause)."""
    labels = {
        1: tr("Why 1"),
        2: tr("Why 2"),
        3: tr("Why 3"),
        4: tr("Why 4"),
        5: tr("Why 5"),
    }
    return labels.get(i, f"Why {i}")


def check_tree(tree: object, root: str | None = None) -> str | None:
    """Return None if ``tree`` is a usable metric tree {parent: [children]}, else the problem."""
    if not isinstance(tree, Mapping) or not tree:
        return tr(
            "A tree is a dict: {example}.",
            example="{'north star': ['input 1', 'input 2'], 'input 1': [...]}",
        )
    children = [c for kids in tree.values() for c in (kids or [])]
    if not all(isinstance(c, str) for c in children):
        return tr("Children must be lists of names in quotes.")
    roots = [p for p in tree if p not in children]
    if len(roots) != 1:
        return tr(
            "A tree has exactly one top (the north star); found {n}: {roots}.",
            n=len(roots),
            roots=roots,
        )
    if root is not None and roots[0] != root:
        return tr("The top of the tree should be {root!r}, not {top!r}.", root=root, top=roots[0])
    if len(set(children)) != len(children):
        return tr("A metric appears under two parents: give each one place.")
    return None


def tree_figure(
    tree: Mapping[str, Sequence[str]],
    *,
    title: str,
    level_names: Sequence[str] | None = None,
    wrap: int = 22,
    box_height: float = 0.6,
) -> plt.Figure:
    """Draw a metric tree / strategy map top-down (the north star at the top).

    ``wrap`` is the line length in letters inside a box, ``box_height`` its height (a level
    is 1 high)."""
    problem = check_tree(tree)
    if problem:
        raise ValueError(f"tree_figure(): {problem}")
    children = {c for kids in tree.values() for c in kids}
    root = next(p for p in tree if p not in children)
    levels: list[list[str]] = [[root]]
    while True:
        nxt = [c for p in levels[-1] for c in tree.get(p, [])]
        if not nxt:
            break
        levels.append(nxt)
    # leaves get x positions in order; parents sit over the middle of their children
    pos: dict[str, tuple[float, float]] = {}
    leaf_x = iter(range(10_000))

    def place(node: str, depth: int) -> float:
        kids = tree.get(node, [])
        x = sum(place(k, depth + 1) for k in kids) / len(kids) if kids else float(next(leaf_x))
        pos[node] = (x, -depth)
        return x

    place(root, 0)
    width = max(x for x, _ in pos.values()) + 1
    fig, ax = plt.subplots(figsize=(max(6.5, 2.3 * width), 1.5 * len(levels) + 0.6))
    for parent, kids in tree.items():
        for k in kids:
            (x0, y0), (x1, y1) = pos[parent], pos[k]
            ax.annotate(
                "",
                xy=(x0, y0 - box_height / 2),
                xytext=(x1, y1 + box_height / 2),
                arrowprops={"arrowstyle": "-|>", "color": PALETTE["grey"], "lw": 1},
            )
    for node, (x, y) in pos.items():
        _box(
            ax,
            x,
            y,
            _wrap(node, wrap),
            LEVEL_COLOURS[int(-y) % len(LEVEL_COLOURS)],
            width=0.92,
            height=box_height,
        )
    if level_names:
        for depth, name in enumerate(level_names[: len(levels)]):
            ax.text(
                -0.75,
                -depth,
                name,
                ha="right",
                va="center",
                fontsize=8.5,
                fontweight="bold",
                color=LEVEL_COLOURS[depth % len(LEVEL_COLOURS)],
            )
    ax.set_xlim(-0.6 - (1.6 if level_names else 0), width - 0.4)
    ax.set_ylim(-len(levels) + 0.5, 0.5)
    ax.axis("off")
    ax.set_title(title, loc="left")
    fig.tight_layout()
    return fig


def _filled_goal(goal: object) -> str | None:
    if isinstance(goal, Mapping) and isinstance(goal.get("goal"), str) and goal["goal"].strip():
        text = goal["goal"].strip()
        keywords = goal.get("keywords")
        if isinstance(keywords, list | tuple) and all(isinstance(k, str) for k in keywords):
            text += "\n" + tr("[keywords: {keywords}]", keywords=", ".join(keywords))
        return text
    return None


def _filled_actions(actions: object) -> list[Mapping]:
    if not isinstance(actions, list | tuple):
        return []
    return [
        a
        for a in actions
        if isinstance(a, Mapping) and isinstance(a.get("action"), str) and a["action"].strip()
    ]


def strategy_map(
    goal: object = None,
    tree: object = None,
    actions: object = None,
    *,
    north_star: str = "Completed rides per month",
    stage_metric: str = "Search sessions that reserve",
    indicator: str | None = None,
    title: str = "Your strategy map: from each root cause up to the north star",
) -> plt.Figure | None:
    """Draw the strategy map from what the learner wrote; print what is still to fill in.

    * ``goal`` - ``{"goal": "a sentence", "keywords": ["word", ...]}``;
    * ``tree`` - a 5-whys tree in the rows of :mod:`helpers.whys` (id, text, parent): its
      root causes (the rows nobody asks 'why?' of) go under the goal;
    * ``actions`` - a list of dicts with ``cause`` (an id or text of the tree), ``action``,
      and optionally ``kind`` ('direct'/'indirect') and ``extra_rides`` (per month): each
      hangs under its cause (under the goal if the cause is not in the tree).

    ``actions`` may also be a table with those columns (e.g. ranked, best first); actions are
    numbered in the order given. ``indicator`` adds the leading indicator's level under the
    stage metric.

    Levels, top down: north star, stage metric, (leading indicator,) behaviour goal, root
    cause, action. An action attached to a cause that has whys below it is drawn under that
    cause, the level is labelled "Cause" rather than "Root cause", and a note asks to attach
    actions at the bottom of the tree. A part
    left as ``...``/None is left out; with nothing filled in, nothing is drawn (returns
    None). An unusable tree is left out with its problem printed, never raised. Nothing
    passed in is changed.

    >>> strategy_map(..., ..., ...) is None
    To draw your strategy map, fill in: the behaviour goal, the 5-whys tree, the actions.
    True
    """
    from helpers import whys  # here: whys reads the rows, this module only draws

    goal_text = _filled_goal(goal)
    frame = None
    tree_note = None
    if isinstance(actions, pd.DataFrame):
        actions = actions.to_dict("records")
    rows = tree if isinstance(tree, list | tuple) else []
    blank_tree = all(isinstance(r, Mapping) and r.get("text") in (None, ...) for r in rows)
    if tree is not None and tree is not ... and not (rows and blank_tree):
        try:
            frame = whys.to_frame(tree)
        except ValueError as exc:
            tree_note = tr("The 5-whys tree is left out: {problem}", problem=exc)
    acts = _filled_actions(actions)
    missing = [
        what
        for what, ok in [
            (tr("the behaviour goal"), goal_text),
            (tr("the 5-whys tree"), frame is not None),
            (tr("the actions"), acts),
        ]
        if not ok
    ]
    if tree_note:
        print(tree_note)
    if missing:
        print(tr("To draw your strategy map, fill in: {parts}.", parts=", ".join(missing)))
    if not (goal_text or frame is not None or acts):
        return None
    used: set[str] = set()

    def unique(label: str) -> str:
        while label in used:
            label += " "  # the figure keys boxes by their text: keep each one apart
        used.add(label)
        return label

    top = unique(tr("North star: {metric}", metric=translate_text(north_star)))
    stage = unique(tr("Stage metric: {metric}", metric=translate_text(stage_metric)))
    goal_node = unique(goal_text or tr("Behaviour goal: (not written yet)"))
    tree_map: dict[str, list[str]] = {top: [stage], stage: [goal_node], goal_node: []}
    levels = ["North star", "Stage metric", "Behaviour goal", "Root cause", "Action"]
    if indicator:
        lead = unique(tr("Leading indicator: {metric}", metric=translate_text(indicator)))
        tree_map[stage], tree_map[lead] = [lead], [goal_node]
        levels.insert(2, "Leading indicator")
    cause_node: dict[str, str] = {}
    if frame is not None:
        ends = whys.leaves(frame) if len(frame) > 1 else []
        # a row an action names counts as a cause to act on, even if the tree goes deeper
        named = {str(a.get("cause", "")).strip() for a in acts}
        top_id = frame.loc[frame["parent"] == "", "id"].iloc[0]
        inner = [i for i in frame["id"] if i in named and i not in ends and i != top_id]
        if inner:
            # a cause with whys below it is not a root cause: say so, and name the level
            # for what it holds
            if len(inner) == 1:
                said = tr(
                    "Your actions act on {ids}, which has whys below it in your tree: attach "
                    "actions to a cause at the bottom of your tree (a root cause). The map "
                    "labels that level 'Cause'.",
                    ids=inner[0],
                )
            else:
                said = tr(
                    "Your actions act on {ids}, which have whys below it in your tree: attach "
                    "actions to a cause at the bottom of your tree (a root cause). The map "
                    "labels that level 'Cause'.",
                    ids=", ".join(inner),
                )
            print(said)
            levels[levels.index("Root cause")] = "Cause"
            title = title.replace("each root cause", "each cause")
        ends += inner
        for i in ends:
            text = frame.loc[frame["id"] == i, "text"].iloc[0]
            node = unique(f"{i}: {text}")
            tree_map[goal_node].append(node)
            tree_map[node] = []
            cause_node[i] = node
            cause_node[text] = node
    for rank, a in enumerate(acts, start=1):
        label = f"#{rank} {a['action'].strip()}"
        extra = [_kind_label(a["kind"])] if isinstance(a.get("kind"), str) else []
        rides = a.get("extra_rides")
        if isinstance(rides, int | float) and not isinstance(rides, bool) and rides == rides:
            extra.append(tr("+{rides:.0f} rides/month", rides=rides))
        if extra:
            label += f" ({', '.join(extra)})"
        parent = cause_node.get(str(a.get("cause", "")).strip(), goal_node)
        node = unique(label)
        tree_map[parent].append(node)
        tree_map[node] = []
    if not cause_node:
        levels.remove(levels[-2])  # the cause level: nothing to show in it
    return tree_figure(
        {k: v for k, v in tree_map.items() if v or k == top},
        title=translate_text(title),
        level_names=[_level_name(name) for name in levels],
        wrap=26,
        box_height=0.8,
    )


def _kind_label(kind: str) -> str:
    """An action's kind as the map shows it: 'direct'/'indirect' in the learner's language."""
    text = kind.strip()
    if text.lower() == "direct" and tr("direct") != "direct":
        return tr("direct")
    if text.lower() == "indirect" and tr("indirect") != "indirect":
        return tr("indirect")
    return text


def _level_name(name: str) -> str:
    """A level's label on the strategy map, in the learner's language."""
    names = {
        "North star": tr("North star"),
        "Stage metric": tr("Stage metric"),
        "Leading indicator": tr("Leading indicator"),
        "Behaviour goal": tr("Behaviour goal"),
        "Root cause": tr("Root cause"),
        "Cause": tr("Cause"),
        "Action": tr("Action"),
    }
    return names.get(name, name)
