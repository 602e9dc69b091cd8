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

import textwrap
from collections.abc import Mapping, Sequence

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from helpers import whys  # whys reads a 5-whys tree's rows; this module draws
from helpers.i18n import tr, translate_text
from helpers.style import PALETTE, figure_for

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


#: Stands in for the second column of a Hangul syllable while :mod:`textwrap` counts widths
#: (a private-use character: never in a learner's text).
_WIDE = "\ue000"


def _wrap(text: str, width: int = 28) -> str:
    """Break text into lines of at most ``width`` letters (Hangul counts double), at spaces
    only: a longer word gets a line of its own. :func:`textwrap.fill` does the breaking; it
    counts characters, so each Hangul syllable carries a stand-in character while it counts.

    >>> _wrap("지도는 설정한 시간이 아니라 지금 비어 있는 차를 보여 준다", 20).count(chr(10))
    2
    """
    padded = "".join(ch + _WIDE if _width(ch) == 2 else ch for ch in " ".join(text.split()))
    wrapped = textwrap.fill(padded, width, break_long_words=False, break_on_hyphens=False)
    return wrapped.replace(_WIDE, "")


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


def whys_figure(chain: Sequence[str], *, title: str, ax: Axes | None = None) -> Figure:
    """Draw a whys chain top to bottom: the problem first, the root cause last.

    Draws on ``ax`` if given, else on a new figure; a chain is what the learner wrote, not
    data, so it gets no synthetic-data note. Returns the Figure. Raises ``ValueError`` with
    the problem (:func:`check_whys`) for an unusable chain."""
    problem = check_whys(chain)
    if problem:
        raise ValueError(f"whys_figure(): {problem}")
    n = len(chain)
    fig, ax, made = figure_for(ax, (6.5, 1.05 * n + 0.8))
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
    if made:
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
    ax: Axes | None = None,
) -> Figure:
    """Draw a metric tree / strategy map top-down (the north star at the top).

    ``wrap`` is the line length in letters inside a box, ``box_height`` its height (a level
    is 1 high). Draws on ``ax`` if given, else on a new figure sized to the tree; a tree is
    what the learner wrote, not data, so it gets no synthetic-data note. Returns the Figure.
    Raises ``ValueError`` with the problem (:func:`check_tree`) for an unusable tree.

    >>> fig = tree_figure({"rides": ["attempts", "success rate"]}, title="Two inputs")
    >>> len(fig.axes[0].patches)
    3
    """
    problem = check_tree(tree)
    if problem:
        raise ValueError(f"tree_figure(): {problem}")
    pos, depth = _tree_positions(tree)
    width = max(x for x, _ in pos.values()) + 1
    fig, ax, made = figure_for(ax, (max(6.5, 2.3 * width), 1.5 * depth + 0.6))
    _draw_arrows(ax, tree, pos, box_height)
    for node, (x, y) in pos.items():
        colour = LEVEL_COLOURS[int(-y) % len(LEVEL_COLOURS)]
        _box(ax, x, y, _wrap(node, wrap), colour, width=0.92, height=box_height)
    if level_names:
        _draw_level_names(ax, level_names[:depth])
    ax.set_xlim(-0.6 - (1.6 if level_names else 0), width - 0.4)
    ax.set_ylim(-depth + 0.5, 0.5)
    ax.axis("off")
    ax.set_title(title, loc="left")
    if made:
        fig.tight_layout()
    return fig


def _tree_positions(tree: Mapping[str, Sequence[str]]) -> tuple[dict, int]:
    """Each node's (x, -depth), leaves in order and parents over the middle of their
    children; and the number of levels."""
    children = {c for kids in tree.values() for c in kids}
    root = next(p for p in tree if p not in children)
    pos: dict[str, tuple[float, float]] = {}
    leaf_x = iter(range(10_000))

    def place(node: str, depth: int) -> float:
        kids = tree.get(node, [])
        x = sum(place(k, depth + 1) for k in kids) / len(kids) if kids else float(next(leaf_x))
        pos[node] = (x, -depth)
        return x

    place(root, 0)
    return pos, 1 - int(min(y for _, y in pos.values()))


def _draw_arrows(ax: Axes, tree: Mapping, pos: Mapping, box_height: float) -> None:
    """An arrow from each child's box up to its parent's."""
    for parent, kids in tree.items():
        for k in kids:
            (x0, y0), (x1, y1) = pos[parent], pos[k]
            ax.annotate(
                "",
                xy=(x0, y0 - box_height / 2),
                xytext=(x1, y1 + box_height / 2),
                arrowprops={"arrowstyle": "-|>", "color": PALETTE["grey"], "lw": 1},
            )


def _draw_level_names(ax: Axes, names: Sequence[str]) -> None:
    """Each level's name left of the tree, in its level's colour."""
    for depth, name in enumerate(names):
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


def _filled_goal(goal: object) -> str | None:
    """The goal box's text (the sentence, then its keywords), or None if not written yet."""
    if isinstance(goal, Mapping) and isinstance(goal.get("goal"), str) and goal["goal"].strip():
        text = goal["goal"].strip()
        keywords = goal.get("keywords")
        if isinstance(keywords, list | tuple) and all(isinstance(k, str) for k in keywords):
            text += "\n" + tr("[keywords: {keywords}]", keywords=", ".join(keywords))
        return text
    return None


def _filled_actions(actions: object) -> list[Mapping]:
    """The actions whose ``action`` is written (others are not drawn yet)."""
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
    ax: Axes | None = None,
) -> Figure | None:
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
    passed in is changed. Draws on ``ax`` if given, like :func:`tree_figure`.

    >>> strategy_map(..., ..., ...) is None
    To draw your strategy map, fill in: the behaviour goal, the 5-whys tree, the actions.
    True
    """
    goal_text = _filled_goal(goal)
    if isinstance(actions, pd.DataFrame):
        actions = actions.to_dict("records")
    frame = _read_tree(tree)
    acts = _filled_actions(actions)
    _say_what_to_fill(goal_text, frame, acts)
    if not (goal_text or frame is not None or acts):
        return None
    boxes = _Boxes()
    goal_node, levels = _spine(boxes, north_star, stage_metric, indicator, goal_text)
    cause_node: dict[str, str] = {}
    if frame is not None:
        inner = _inner_causes(frame, acts)
        if inner:
            levels[levels.index("Root cause")] = "Cause"
            title = title.replace("each root cause", "each cause")
        cause_node = _hang_causes(boxes, goal_node, frame, inner)
    for rank, a in enumerate(acts, start=1):
        parent = cause_node.get(str(a.get("cause", "")).strip(), goal_node)
        boxes.add(_action_label(rank, a), parent)
    if not cause_node:
        levels.remove(levels[-2])  # the cause level: nothing to show in it
    return tree_figure(
        boxes.drawn(),
        title=translate_text(title),
        level_names=[_level_name(name) for name in levels],
        wrap=26,
        box_height=0.8,
        ax=ax,
    )


def _read_tree(tree: object) -> pd.DataFrame | None:
    """The learner's 5-whys tree as :func:`helpers.whys.to_frame` reads it; None if left blank,
    or if unusable (then its problem is printed)."""
    rows = tree if isinstance(tree, list | tuple) else []
    blank_tree = all(isinstance(r, Mapping) and r.get("text") in (None, ...) for r in rows)
    if tree is None or tree is ... or (rows and blank_tree):
        return None
    try:
        return whys.to_frame(tree)
    except ValueError as exc:
        print(tr("The 5-whys tree is left out: {problem}", problem=exc))
        return None


def _say_what_to_fill(goal_text: str | None, frame: pd.DataFrame | None, acts: list) -> None:
    """Print the parts of the map the learner has still to fill in, if any."""
    missing = [
        what
        for what, ok in [
            (tr("the behaviour goal"), goal_text),
            (tr("the 5-whys tree"), frame is not None),
            (tr("the actions"), acts),
        ]
        if not ok
    ]
    if missing:
        print(tr("To draw your strategy map, fill in: {parts}.", parts=", ".join(missing)))


class _Boxes:
    """The map as :func:`tree_figure` takes it ({box: [boxes below]}); the figure keys boxes
    by their text, so a repeated text gets trailing spaces to keep each box apart."""

    def __init__(self) -> None:
        self.tree: dict[str, list[str]] = {}

    def add(self, label: str, parent: str | None = None) -> str:
        """Add a box (under ``parent``, if given); return its key, ``label`` made unique."""
        while label in self.tree:
            label += " "
        self.tree[label] = []
        if parent is not None:
            self.tree[parent].append(label)
        return label

    def drawn(self) -> dict[str, list[str]]:
        """The tree to draw: the top box and every box with boxes below it."""
        top = next(iter(self.tree))
        return {k: v for k, v in self.tree.items() if v or k == top}


def _spine(
    boxes: _Boxes,
    north_star: str,
    stage_metric: str,
    indicator: str | None,
    goal_text: str | None,
) -> tuple[str, list[str]]:
    """Add the north star, stage metric, (leading indicator,) and behaviour goal, each under
    the one before; return the goal's box and the map's level names, top down."""
    chain = [
        boxes.add(tr("North star: {metric}", metric=translate_text(north_star))),
        boxes.add(tr("Stage metric: {metric}", metric=translate_text(stage_metric))),
        boxes.add(goal_text or tr("Behaviour goal: (not written yet)")),
    ]
    levels = ["North star", "Stage metric", "Behaviour goal", "Root cause", "Action"]
    if indicator:
        chain.insert(
            2, boxes.add(tr("Leading indicator: {metric}", metric=translate_text(indicator)))
        )
        levels.insert(2, "Leading indicator")
    for parent, child in zip(chain, chain[1:], strict=False):
        boxes.tree[parent].append(child)
    return chain[-1], levels


def _root_causes(frame: pd.DataFrame) -> list[str]:
    """The ids of the tree's root causes (its leaves; none for a tree of one row)."""
    return whys.leaves(frame) if len(frame) > 1 else []


def _inner_causes(frame: pd.DataFrame, acts: list[Mapping]) -> list[str]:
    """The ids of the causes that actions name though they have whys below them (not the
    top row); prints that actions belong at the bottom of the tree if there are any."""
    ends = _root_causes(frame)
    named = {str(a.get("cause", "")).strip() for a in acts}
    top_id = frame.loc[frame["parent"] == "", "id"].iloc[0]
    inner = [i for i in frame["id"] if i in named and i not in ends and i != top_id]
    if len(inner) == 1:
        print(
            tr(
                "Your actions act on {ids}, which has whys below it in your tree: attach "
                "actions to a cause at the bottom of your tree (a root cause). The map "
                "labels that level 'Cause'.",
                ids=inner[0],
            )
        )
    elif inner:
        print(
            tr(
                "Your actions act on {ids}, which have whys below it in your tree: attach "
                "actions to a cause at the bottom of your tree (a root cause). The map "
                "labels that level 'Cause'.",
                ids=", ".join(inner),
            )
        )
    return inner


def _hang_causes(
    boxes: _Boxes, goal_node: str, frame: pd.DataFrame, inner: list[str]
) -> dict[str, str]:
    """Hang the root causes (and the ``inner`` causes actions name) under the goal; return
    each one's box by its id and by its text."""
    cause_node: dict[str, str] = {}
    for i in _root_causes(frame) + inner:
        text = frame.loc[frame["id"] == i, "text"].iloc[0]
        node = boxes.add(f"{i}: {text}", goal_node)
        cause_node[i] = node
        cause_node[text] = node
    return cause_node


def _action_label(rank: int, action: Mapping) -> str:
    """'#rank action (kind, +N rides/month)', the parts given."""
    label = f"#{rank} {action['action'].strip()}"
    extra = [_kind_label(action["kind"])] if isinstance(action.get("kind"), str) else []
    rides = action.get("extra_rides")
    if isinstance(rides, int | float) and not isinstance(rides, bool) and rides == rides:
        extra.append(tr("+{rides:.0f} rides/month", rides=rides))
    return label + (f" ({', '.join(extra)})" if extra else "")


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
