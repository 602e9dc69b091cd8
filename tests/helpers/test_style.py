"""helpers.style: the plot helpers' rule for ``ax=`` and the synthetic-data note."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest

from helpers import i18n, style


def notes(ax) -> list[str]:
    return [t.get_text() for t in ax.texts if t.get_text() == style.SYNTHETIC_NOTE]


def test_figure_for_makes_a_figure_of_the_size_asked_and_says_it_made_it():
    before = set(plt.get_fignums())
    fig, ax, made = style.figure_for(None, (5.0, 2.5))
    assert made is True and ax.figure is fig
    assert fig.get_size_inches().tolist() == [5.0, 2.5]
    assert set(plt.get_fignums()) - before == {fig.number}


def test_figure_for_uses_the_given_axes_and_opens_no_figure():
    fig, (left, right) = plt.subplots(1, 2)
    before = plt.get_fignums()
    assert style.figure_for(right, (9, 9)) == (fig, right, False)
    assert plt.get_fignums() == before
    assert fig.get_size_inches().tolist() != [9.0, 9.0]  # the caller's figure keeps its size


@pytest.mark.parametrize("wrong", ["ax", 3, plt.figure])
def test_figure_for_refuses_what_is_not_an_axes(wrong):
    with pytest.raises(TypeError, match="ax must be a matplotlib Axes.*plt.subplots"):
        style.figure_for(wrong, (4, 3))


def test_the_refusal_speaks_korean():
    with i18n.language("ko"), pytest.raises(TypeError, match="matplotlib Axes를 넣으세요"):
        style.figure_for("ax", (4, 3))


def test_synthetic_note_is_one_note_above_the_axes():
    _, ax = plt.subplots()
    style.synthetic_note(ax)
    assert notes(ax) == [style.SYNTHETIC_NOTE]
    (note,) = ax.texts
    assert note.xy == (1.0, 1.0) and note.get_ha() == "right"


def test_takeaway_adds_the_note_only_when_asked():
    _, ax = plt.subplots()
    style.takeaway(ax, "Rides rise", xlabel="Month", ylabel="Rides", note=False)
    assert notes(ax) == [] and ax.get_xlabel() == "Month" and ax.get_ylabel() == "Rides"
    _, ax = plt.subplots()
    style.takeaway(ax, "Rides rise")
    assert notes(ax) == [style.SYNTHETIC_NOTE] and ax.get_xlabel() == ""


def test_the_palette_is_the_okabe_ito_one_and_the_cycle_uses_it():
    assert len(set(style.PALETTE.values())) == len(style.PALETTE)
    assert set(style.CYCLE) <= set(style.PALETTE.values())
    assert set(style.QUADRANT_COLOURS.values()) <= set(style.PALETTE.values())
