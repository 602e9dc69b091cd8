"""Notebook 08: its checkers and the facts its prose states.

**Checkers.** Checkers of notebook 08: right answers (computed here, independently) are accepted, typical
wrong answers get the right message, hints get more specific, and `...` is unanswered.

**Facts.** Every number the prose of notebook 08 states about the data, recomputed from the data.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from course import data
from course.checks import nb08
from helpers import experiment
from tests.facts import assert_stated

# ---- checkers ------------------------------------------------------------


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


# ---- facts ---------------------------------------------------------------

NB = "08_ab_test"


def pp(x: float, digits: int = 1) -> str:
    """A lift in percentage points as the prose writes it, e.g. '+8.9' or '-2.5'."""
    return f"{100 * x:+.{digits}f}"


def test_test_window_and_size(ab, target):
    assert ab["assigned_at"].min().strftime("%-d %B") == "1 April"
    assert ab["assigned_at"].max().strftime("%-d %B %Y") == "15 June 2025"
    assert_stated(NB, f"{len(ab):,}", f"{len(target):,}", f"{len(target) / len(ab):.0%}")
    outside_share = 1 - len(target) / len(ab)
    assert_stated(NB, f"{outside_share:.0%} of these users are not in the")
    assert not (target["is_new_user"]).any()  # "no user who is new to Bomcar is in it"


def test_sample_size_section(ab, target):
    rate_control = target.loc[target["variant"] == "control", "reserved_14d"].mean()
    assert_stated(NB, f"{rate_control:.0%}")  # "about 22%"
    assert round(rate_control, 2) == 0.16  # the planning baseline used in the code
    ratio = experiment.sample_size(0.16, 0.03) / experiment.sample_size(0.16, 0.06)
    assert_stated(NB, f"{ratio:.1f}")
    n_test = target.groupby("variant").size().mean()
    assert_stated(NB, f"{n_test:,.0f}")
    mdes = np.arange(0.03, 0.1501, 0.0025)
    sizes = [experiment.sample_size(0.16, m) for m in mdes]
    detectable = min(100 * m for m, n in zip(mdes, sizes, strict=True) if n <= n_test)
    assert_stated(NB, f"about {detectable:.0f} pp")


def test_trust_checks(ab, target):
    srm = experiment.srm_check(ab, "variant")
    c, t = srm["counts"]["control"], srm["counts"]["treatment"]
    assert_stated(NB, f"{c:,}", f"{t:,}", f"{abs(t - c)}", f"p = {srm['p_value']:.2f}")
    assert srm["p_value"] > 0.001
    assert experiment.srm_check(target, "variant")["p_value"] > 0.001
    new = ab.groupby("variant")["is_new_user"].mean()
    assert new["control"] > new["treatment"]  # "the control group has a few more new users"
    assert_stated(NB, f"({new['control']:.0%} against {new['treatment']:.0%})")
    new_t = target.groupby("variant")["is_new_user"].mean()
    assert_stated(NB, f"{new_t['control']:.0%} and {new_t['treatment']:.0%}")
    sessions = ab.groupby("variant")["sessions_14d"].mean()
    assert f"{sessions['control']:.1f}" == f"{sessions['treatment']:.1f}"
    assert_stated(NB, f"({sessions['control']:.1f} sessions in both groups)")
    diffs = {}
    for col in ["is_new_user", "in_target_segment", "sessions_14d"]:
        cc = ab.loc[ab["variant"] == "control", col].astype(float)
        tt = ab.loc[ab["variant"] == "treatment", col].astype(float)
        diffs[col] = abs(tt.mean() - cc.mean()) / np.sqrt((cc.var() + tt.var()) / 2)
        assert diffs[col] < 0.1, col  # "All three are under 0.1"
    assert max(diffs, key=diffs.get) == "is_new_user"  # "The largest gap: ... new users"


def test_all_users_result(ab):
    r = experiment.two_proportion_test(ab, "variant", "reserved_14d")
    assert_stated(NB, f"{r['rate_control']:.1%}", f"{r['rate_treatment']:.1%}")
    assert_stated(NB, f"{pp(r['difference'])} pp", f"p = {r['p_value']:.2f}")
    assert r["p_value"] > 0.05  # read naively, "does nothing"


def test_target_result(target):
    r = experiment.two_proportion_test(target, "variant", "reserved_14d")
    assert_stated(NB, f"from {r['rate_control']:.0%} to {r['rate_treatment']:.0%}")
    assert_stated(NB, f"**{pp(r['difference'])} pp**")
    assert_stated(NB, f"**{pp(r['ci_low'])} to {pp(r['ci_high'])} pp**")
    assert_stated(NB, f"p = {r['p_value']:.4f}", f"{100 * r['relative_lift']:+.0f}%")
    assert_stated(NB, f"about {pp(r['ci_low'], 0)} to {pp(r['ci_high'], 0)} pp")
    assert r["ci_low"] > 0
    # "not a result that only just reaches significance": z far past 1.96, p > 100x below 0.05
    assert_stated(NB, f"{abs(r['z']):.1f} standard errors from zero", f"z = {r['z']:.1f}")
    assert abs(r["z"]) > 3 and r["p_value"] * 100 < 0.05
    # "the test was sized to catch about 8 pp and the observed lift is larger"
    n_test = target.groupby("variant").size().mean()
    assert experiment.sample_size(0.16, r["difference"]) < n_test
    assert_stated(NB, f"not on {pp(r['difference'])} alone")


def test_guardrail(target):
    per_user = target.groupby("variant")["cancelled_14d"].mean()
    assert per_user["treatment"] > per_user["control"]  # "cancellations rose"
    assert_stated(NB, f"from {per_user['control']:.1%} to {per_user['treatment']:.1%}")
    reservers = target[target["reserved_14d"] == 1]
    c = experiment.two_proportion_test(reservers, "variant", "cancelled_14d")
    assert_stated(NB, f"{c['rate_control']:.0%} cancelled in control and {c['rate_treatment']:.0%}")
    assert_stated(NB, f"from {100 * c['ci_low']:.1f} to {pp(c['ci_high'])} pp")
    assert_stated(NB, f"up to {pp(c['ci_high'])} pp more cancellations")
    assert c["ci_low"] < 0 < c["ci_high"]
    kept = (target["reserved_14d"] - target["cancelled_14d"]).groupby(target["variant"]).mean()
    assert_stated(NB, f"from {kept['control']:.1%} to {kept['treatment']:.1%}")
    assert kept["treatment"] > kept["control"]  # "Kept reservations rose"


def test_where_it_works(ab):
    outside = experiment.two_proportion_test(
        ab[~ab["in_target_segment"]], "variant", "reserved_14d"
    )
    assert_stated(NB, f"{pp(outside['difference'])} pp")
    assert_stated(NB, f"{100 * outside['ci_low']:.1f} to {pp(outside['ci_high'])} pp")
    assert outside["ci_low"] < 0 < outside["ci_high"]
    assert outside["ci_high"] < 0.01 < -outside["ci_low"]  # "a small harm is not ruled out"
    existing = experiment.two_proportion_test(ab[~ab["is_new_user"]], "variant", "reserved_14d")
    new = experiment.two_proportion_test(ab[ab["is_new_user"]], "variant", "reserved_14d")
    assert_stated(NB, f"({pp(existing['difference'])} pp)", f"({pp(new['difference'])} pp)")
    assert existing["ci_low"] < 0 < existing["ci_high"] and new["ci_low"] < 0 < new["ci_high"]
    share = ab.groupby("is_new_user")["in_target_segment"].mean()
    assert_stated(NB, f"{share[False]:.0%} of existing users", f"against {share[True]:.0%}")
    assert share[True] == 0


def test_peeking():
    sim = experiment.peeking_simulation(rate=0.16, n_per_look=200, looks=10)
    assert_stated(NB, f"{sim['sims']:,}", f"{sim['final_look']:.1%}", f"{sim['any_look']:.0%}")
    assert 0.15 < sim["any_look"] < 0.25  # "about one 'winner' in five is noise"
    assert sim["any_look"] > 3 * sim["final_look"]


def test_hypothesis_words_come_from_06():
    """08 prints NAME, DEFINITION, KEYWORD, NEED and HYPOTHESIS from the module, and says
    in_target_segment is that customer at assignment."""
    import nbformat

    from course import important_customer
    from tests.facts import ROOT

    nb = nbformat.read(ROOT / "notebooks" / f"{NB}.ipynb", as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for name in ("NAME", "DEFINITION", "KEYWORD", "NEED", "HYPOTHESIS"):
        assert f"important_customer.{name}" in code, name
    assert_stated(NB, "`in_target_segment` is this customer at the moment of assignment")
    assert important_customer.HYPOTHESIS.startswith("If ")


def test_the_lift_comes_from_the_target_segment(ab):
    """The forest plot's title: only the target segment's interval is clear of zero."""
    cuts = {
        "all": ab,
        "target": ab[ab["in_target_segment"]],
        "outside": ab[~ab["in_target_segment"]],
        "existing": ab[~ab["is_new_user"]],
        "new": ab[ab["is_new_user"]],
    }
    r = {k: experiment.two_proportion_test(v, "variant", "reserved_14d") for k, v in cuts.items()}
    assert r["target"]["ci_low"] > 0
    assert all(v["ci_low"] < 0 < v["ci_high"] for k, v in r.items() if k != "target")


def test_test_sizes_and_late_signups(ab, target):
    """Step 3 planned for 6 pp; the segment's ~370 per group allowed ~9 pp. 226 of 739 (31%)
    signed up after 2 Nov 2024 and were never in 06/07's table."""
    from course import combinations

    assert_stated(NB, "lift of 6 pp")
    n_test = target.groupby("variant").size().mean()
    assert experiment.sample_size(0.16, 0.06) > n_test  # 6 pp was not reachable
    users, events = data.load_users(), data.load_events()
    per_user = combinations.combination_users(events, users)
    ids = per_user.index if per_user.index.name == "user_id" else per_user["user_id"]
    never = ~target["user_id"].isin(ids)
    signup = target["user_id"].map(users.set_index("user_id")["signup_at"])
    assert signup[never].min() > np.datetime64("2024-11-02")
    assert signup[~never].max() < np.datetime64("2024-11-03")
    assert_stated(NB, f"{never.sum()} of the {len(target)} ({never.mean():.0%})")


def test_all_users_lift_is_a_weighted_mix(ab, target):
    """-0.5 pp = 15% x +10.6 + 85% x -2.4 (not a diluted positive); existing users outside
    the segment -4.3 pp with an interval just below 0."""
    r = {
        k: experiment.two_proportion_test(v, "variant", "reserved_14d")
        for k, v in {
            "all": ab,
            "target": target,
            "outside": ab[~ab["in_target_segment"]],
            "existing_outside": ab[~ab["is_new_user"] & ~ab["in_target_segment"]],
        }.items()
    }
    share = len(target) / len(ab)
    mix = share * r["target"]["difference"] + (1 - share) * r["outside"]["difference"]
    assert abs(mix - r["all"]["difference"]) < 0.002
    assert r["all"]["difference"] < 0 < r["target"]["difference"]
    assert_stated(NB, f"about {share:.2f} x {100 * r['target']['difference']:.1f}")
    assert_stated(NB, f"{1 - share:.2f} x ({pp(r['outside']['difference'])})", f"= {pp(mix)}")
    e = r["existing_outside"]
    assert_stated(
        NB,
        f"{pp(e['difference'])} pp (interval {pp(e['ci_low'])} to {pp(e['ci_high'])} pp, "
        f"p = {e['p_value']:.2f})",
    )
    assert e["ci_high"] < 0 < e["p_value"] < 0.05


def test_launch_decision_in_rides(ab, target):
    """Rides per reservation of the segment, segment users a month, extra rides a month at the
    lift and at its lower bound."""
    r = experiment.two_proportion_test(target, "variant", "reserved_14d")
    events = data.load_events()
    counts = events.loc[events["user_id"].isin(target["user_id"]), "event"].value_counts()
    rpr = counts["return"] / counts["reservation"]
    months = (ab["assigned_at"].max() - ab["assigned_at"].min()).days / 30
    per_month = len(target) / months
    assert_stated(NB, f"About {rpr:.2f} completed rides per reservation")
    assert_stated(NB, f"about {per_month:.0f} segment users a month")
    assert_stated(NB, f"about {per_month * r['difference'] * rpr:.0f} extra completed rides")
    assert_stated(NB, f"({pp(r['ci_low'])} pp), about {per_month * r['ci_low'] * rpr:.0f}")
    outside = experiment.two_proportion_test(
        ab[~ab["in_target_segment"]], "variant", "reserved_14d"
    )
    assert_stated(NB, f"from {100 * outside['ci_low']:.1f} to {pp(outside['ci_high'])} pp")
    assert outside["ci_low"] < -0.01  # "a harm of a few points is not ruled out"
