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
from matplotlib.patches import FancyBboxPatch

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
        return "A 5-whys chain is a list of sentences, e.g. ['problem', 'why 1', 'why 2']."
    if not all(isinstance(s, str) and s.strip() for s in chain):
        return "Every step must be a non-empty sentence in quotes."
    if len(chain) < min_len:
        return f"Start with the problem and ask 'why?' at least {min_len - 1} time(s)."
    if len(chain) > max_len:
        return f"Stop at the root cause: {len(chain)} steps is more than {max_len}."
    lowered = [s.strip().lower() for s in chain]
    if len(set(lowered)) != len(lowered):
        return "A step repeats an earlier one: each 'why?' should go one level deeper."
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
        label = "Problem" if i == 0 else ("Root cause" if i == n - 1 else f"Why {i}")
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
            ax.text(0.58, y - 0.5, "why?", fontsize=7.5, color=PALETTE["grey"], va="center")
    ax.set_xlim(-0.05, 1.0)
    ax.set_ylim(0.4, n + 0.6)
    ax.axis("off")
    ax.set_title(title, loc="left")
    fig.tight_layout()
    return fig


def check_tree(tree: object, root: str | None = None) -> str | None:
    """Return None if ``tree`` is a usable metric tree {parent: [children]}, else the problem."""
    if not isinstance(tree, Mapping) or not tree:
        return "A tree is a dict: {'north star': ['input 1', 'input 2'], 'input 1': [...]}."
    children = [c for kids in tree.values() for c in (kids or [])]
    if not all(isinstance(c, str) for c in children):
        return "Children must be lists of names in quotes."
    roots = [p for p in tree if p not in children]
    if len(roots) != 1:
        return f"A tree has exactly one top (the north star); found {len(roots)}: {roots}."
    if root is not None and roots[0] != root:
        return f"The top of the tree should be {root!r}, not {roots[0]!r}."
    if len(set(children)) != len(children):
        return "A metric appears under two parents: give each one place."
    return None


def tree_figure(
    tree: Mapping[str, Sequence[str]], *, title: str, level_names: Sequence[str] | None = None
) -> plt.Figure:
    """Draw a metric tree / strategy map top-down (the north star at the top)."""
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
                xy=(x0, y0 - 0.3),
                xytext=(x1, y1 + 0.3),
                arrowprops={"arrowstyle": "-|>", "color": PALETTE["grey"], "lw": 1},
            )
    for node, (x, y) in pos.items():
        _box(
            ax,
            x,
            y,
            _wrap(node, 22),
            LEVEL_COLOURS[int(-y) % len(LEVEL_COLOURS)],
            width=0.92,
            height=0.6,
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
