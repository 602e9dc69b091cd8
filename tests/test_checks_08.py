"""Checkers of notebook 08: right answers (computed here, independently) are accepted, typical
wrong answers get the right message, hints get more specific, and `...` is unanswered."""

from __future__ import annotations

import math

import numpy as np
import pytest

from helpers import data, experiment
from helpers.checks import nb08


@pytest.fixture(scope="module")
def ab():
    return data.load_ab_test()


@pytest.fixture(scope="module")
def target(ab):
    return ab[ab["in_target_segment"]]


def rates(frame):
    r = frame.groupby("variant")["reserved_14d"].mean()
    return r["control"], r["treatment"]


def status(ex, answer):
    return ex.check(answer, quiet=True)


# ---- exercise 1: sample size ----------------------------------------------------------------


def sample_size_by_hand(baseline, mde, z_a=1.959964, z_b=0.841621):
    p2 = baseline + mde
    pbar = (baseline + p2) / 2
    n = (
        z_a * math.sqrt(2 * pbar * (1 - pbar))
        + z_b * math.sqrt(baseline * (1 - baseline) + p2 * (1 - p2))
    ) ** 2 / mde**2
    return math.ceil(n)


def test_ex1_accepts_the_right_sample_size(target):
    control, _ = rates(target)
    right = sample_size_by_hand(round(control, 2), 0.05)
    assert status(nb08.sample_size_next_test(), right)
    assert status(nb08.sample_size_next_test(), np.int64(right))
    assert status(nb08.sample_size_next_test(), sample_size_by_hand(control, 0.05))  # unrounded


def test_ex1_rejects_typical_mistakes(target):
    control, _ = rates(target)
    right = sample_size_by_hand(0.16, 0.05)
    ex = nb08.sample_size_next_test()
    v = status(ex, 2 * right)
    assert "both groups together" in v.message
    v = status(ex, experiment.sample_size(0.16, 0.16 * 0.05))
    assert "relative" in v.message
    v = status(ex, 12)
    assert "far too few" in v.message
    v = status(ex, right * 1.5)
    assert "too high" in v.message


def test_ex1_hints_get_more_specific():
    ex = nb08.sample_size_next_test()
    hints = [status(ex, 1.0e6).hint for _ in range(4)]
    assert hints[0] != hints[1] != hints[2]
    # A12: the exercise says baseline 0.16, and so do the hints
    assert "sample_size(0.16, 0.05)" in hints[2] and hints[3] == hints[2]
    assert "0.16" in hints[1] and "control group" not in hints[1]


# ---- exercise 2: sample-ratio check ---------------------------------------------------------


def test_ex2_split_is_fine_in_target(target):
    counts = target["variant"].value_counts()
    n = counts.sum()
    chi2 = ((counts - n / 2) ** 2 / (n / 2)).sum()
    p = math.erfc(math.sqrt(chi2 / 2))  # chi-square with 1 df
    assert p > 0.001
    assert status(nb08.srm_in_target(), True)
    assert status(nb08.srm_in_target(), np.bool_(True))  # e.g. np.float64(p) > 0.001


def test_ex2_rejects_false_and_p_values():
    ex = nb08.srm_in_target()
    v = status(ex, False)
    assert (
        "happens by chance" in v.message and f"p = {nb08.target_srm()['p_value']:.2f}" in v.message
    )
    assert "p-value" in status(ex, 0.4).message
    assert "without quotes" in status(ex, "True").message
    assert "not a list" in status(ex, [True]).message


def test_ex2_hints_progress():
    ex = nb08.srm_in_target()
    h = [status(ex, False).hint for _ in range(3)]
    assert h[0] != h[1] == h[2] and "0.001" in h[1]


# ---- exercise 3: lift ------------------------------------------------------------------------


def test_ex3_accepts_the_lift_in_points(target):
    control, treatment = rates(target)
    assert status(nb08.lift_in_target(), 100 * (treatment - control))
    assert status(nb08.lift_in_target(), round(100 * (treatment - control), 1))


def test_ex3_rejects_typical_mistakes(ab, target):
    control, treatment = rates(target)
    lift = treatment - control
    ex = nb08.lift_in_target()
    assert "share" in status(ex, lift).message
    assert "relative" in status(ex, 100 * (treatment / control - 1)).message
    assert "relative" in status(ex, treatment / control - 1).message
    assert "wrong sign" in status(ex, -100 * lift).message
    all_c, all_t = rates(ab)
    assert "all users" in status(ex, 100 * (all_t - all_c)).message
    out_c, out_t = rates(ab[~ab["in_target_segment"]])
    assert "outside" in status(ex, 100 * (out_t - out_c)).message
    assert "too high" in status(ex, 25.0).message


def test_ex3_hints_progress():
    ex = nb08.lift_in_target()
    h = [status(ex, 99.0).hint for _ in range(3)]
    assert len(set(h)) == 3 and "100" in h[2]


# ---- exercise 4: outside the segment --------------------------------------------------------


def test_ex4_right_reading_is_no_clear_effect(ab):
    r = experiment.two_proportion_test(ab[~ab["in_target_segment"]], "variant", "reserved_14d")
    assert r["ci_low"] < 0 < r["ci_high"]
    assert status(nb08.outside_reading(), "b")
    assert status(nb08.outside_reading(), " B ")


def test_ex4_rejects_each_wrong_reading():
    ex = nb08.outside_reading()
    assert "Absence of evidence" in status(ex, "a").message
    assert "no clear harm" in status(ex, "c").message
    assert "never exact" in status(ex, "d").message
    assert "not one of the options" in status(ex, "e").message


# ---- exercise 5: peeking ----------------------------------------------------------------------


def test_ex5_accepts_a_simulated_rate_with_another_seed():
    sim = experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=30, seed=123)
    assert status(nb08.peeking_rate(), sim["any_look"])
    same = experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=30)
    assert status(nb08.peeking_rate(), same["any_look"])


def test_ex5_rejects_the_look_once_rate_and_percentages():
    sim = experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=30)
    ex = nb08.peeking_rate()
    assert "looking *once*" in status(ex, sim["final_look"]).message
    assert "looking *once*" in status(ex, 0.05).message
    assert "percentage" in status(ex, 100 * sim["any_look"]).message
    v = status(ex, 0.9)
    assert "too high" in v.message and "looks=30" in v.message
    assert "'any_look'" in status(ex, 0.9).hint


def test_recognised_mistakes_carry_their_own_hint():
    """A4: the all-users lift (3.3) gets a hint about the target segment, not the try-3 hint
    'Multiply that difference by 100'; the same mistake made again gets the next hint."""
    ex = nb08.lift_in_target()
    ex.reset()
    ex.tries = 2
    all_users = 100 * nb08.all_users_result()["difference"]
    v = status(ex, all_users)
    assert "across all users" in v.message and "in_target_segment" in v.hint and v.own_hint
    assert "Multiply" not in v.hint
    again = status(ex, all_users)
    assert again.hint in ex.hints and not again.own_hint
    ex = nb08.srm_in_target()
    ex.reset()
    hints = [status(ex, 0.4).hint, status(ex, False).hint]
    assert "0.001" in hints[0] and hints[0] != hints[1]  # A4: a new mistake, its own hint


def test_ex1_mde_as_half_is_told_in_points():
    """A12: MDE 0.5 is fifty points, not 'did you pass it in percent (5)?'."""
    ex = nb08.sample_size_next_test()
    v = status(ex, experiment.sample_size(0.16, 0.5))
    assert "0.5 would be fifty points" in v.message and "percent (5)" not in v.message
    assert "0.16" in nb08.sample_size_next_test().success
