"""Checkers for notebook 08 (the A/B test on Bomcar's search screen).

Every right answer is computed here from the committed data with the course's helpers, so a
change to the data changes the expected answers with it.

>>> ex = sample_size_next_test()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from course import data
from course.answers import is_number
from course.exercises import Exercise, Mistake, expect_choice, register
from helpers import experiment
from helpers.i18n import tr

#: The MDE the team wants for its next test on the same segment (exercise 1), absolute.
NEXT_TEST_MDE = 0.05
#: The peeking plan of exercise 5: check every day for 30 days, about 50 users per group a day.
PEEK_LOOKS = 30
PEEK_USERS_PER_LOOK = 50
PEEK_BASE_RATE = 0.16
#: How far a learner's simulated false-positive rate may be from ours (simulation noise).
PEEK_TOLERANCE = 0.03


@functools.cache
def _ab():
    return data.load_ab_test()


@functools.cache
def target_result() -> dict:
    """two_proportion_test on the target segment (the planted experiment)."""
    ab = _ab()
    return experiment.two_proportion_test(ab[ab["in_target_segment"]], "variant", "reserved_14d")


@functools.cache
def other_result() -> dict:
    """two_proportion_test outside the target segment."""
    ab = _ab()
    return experiment.two_proportion_test(ab[~ab["in_target_segment"]], "variant", "reserved_14d")


@functools.cache
def all_users_result() -> dict:
    return experiment.two_proportion_test(_ab(), "variant", "reserved_14d")


@functools.cache
def target_srm() -> dict:
    ab = _ab()
    return experiment.srm_check(ab[ab["in_target_segment"]], "variant")


def _close(value: float, target: float, tol: float) -> bool:
    return abs(value - target) <= tol


# ---- exercise 1 ----------------------------------------------------------------------------


def next_test_sample_size() -> int:
    """Users per group to detect +5 pp from the segment's rate (this test's control rate,
    rounded to a whole percent as the notebook states it)."""
    return experiment.sample_size(round(target_result()["rate_control"], 2), NEXT_TEST_MDE)


@register
def sample_size_next_test() -> Exercise:
    """Exercise 1: sample size per group for the next test (baseline = this control rate)."""
    right = next_test_sample_size()
    baseline = round(target_result()["rate_control"], 2)

    def check(answer: Any) -> str | None:
        if not is_number(answer):
            return tr(
                "Give the number of users per group, e.g. the result of "
                "experiment.sample_size(...), not a {kind}.",
                kind=type(answer).__name__,
            )
        value = float(answer)
        if abs(value - right) <= 0.03 * right:
            return None
        if abs(value - 2 * right) <= 0.03 * 2 * right:
            return tr(
                "That is both groups together. sample_size() already gives the number "
                "*per group*: the answer is half of yours."
            )
        relative = experiment.sample_size(baseline, baseline * NEXT_TEST_MDE)
        if abs(value - relative) <= 0.03 * relative:
            return tr(
                "That detects a 5% *relative* lift ({baseline:.1%} -> {lifted:.1%}). The MDE "
                "here is 5 percentage points, absolute: mde=0.05.",
                baseline=baseline,
                lifted=baseline * (1 + NEXT_TEST_MDE),
            )
        if value < 100:
            return Mistake(
                tr(
                    "That is far too few users for +5 points: a bigger MDE needs fewer users. "
                    "Five percentage points is written 0.05 (0.5 would be fifty points)."
                ),
                hint=tr("experiment.sample_size(0.16, 0.05): both are shares."),
            )
        if value > right:
            return tr(
                "{value:,.0f} is too high for a baseline of the control's rate and an MDE of "
                "+5 points.",
                value=value,
            )
        return tr(
            "{value:,.0f} is too low for a baseline of the control's rate and an MDE of +5 points.",
            value=value,
        )

    return Exercise(
        tr("Exercise 1 · sample size"),
        check,
        expects="number",
        solution=right,
        hints=[
            tr(
                "experiment.sample_size(baseline, mde) takes two shares: the control's rate "
                "and the absolute lift you want to detect."
            ),
            tr(
                "baseline = 0.16 (the segment's usual rate, as the exercise says); "
                "mde = 0.05 (five percentage points)."
            ),
            tr("n_next = experiment.sample_size(0.16, 0.05)"),
        ],
        success=tr(
            "About {right:,} users per group (sample_size(0.16, 0.05); the control's exact "
            "rate, {rate:.3f}, gives nearly the same). This test had about {per_group:,.0f} "
            "per group in the segment: a smaller effect needs a much longer test.",
            right=right,
            rate=target_result()["rate_control"],
            per_group=(target_result()["n_control"] + target_result()["n_treatment"]) / 2,
        ),
    )


# ---- exercise 2 ----------------------------------------------------------------------------


@register
def srm_in_target() -> Exercise:
    """Exercise 2: is the 50/50 split fine in the target segment? (True/False)"""
    srm = target_srm()
    p = srm["p_value"]
    right = p > 0.001

    def check(answer: Any) -> str | None:
        if isinstance(answer, str):
            return Mistake(
                tr("Answer True or False, without quotes."),
                hint=tr("Write split_ok = True or split_ok = False - no quotes."),
            )
        if is_number(answer) and 0 <= float(answer) <= 1:
            return Mistake(
                tr(
                    "That looks like the p-value. Now decide: is it below 0.001 (broken split) "
                    "or not? Answer True (the split is fine) or False."
                ),
                hint=tr("p = {p:.2f}. Is it below 0.001? If not, the split is fine: True.", p=p),
            )
        if not isinstance(answer, bool | np.bool_):
            return tr("Answer True or False, not a {kind}.", kind=type(answer).__name__)
        if bool(answer) == right:
            return None
        if right:
            c, t = srm["counts"]["control"], srm["counts"]["treatment"]
            return Mistake(
                tr(
                    "The groups differ ({c:,} vs {t:,}), but p = {p:.2f} is far above 0.001: a "
                    "gap this size happens by chance in a fair 50/50 split.",
                    c=c,
                    t=t,
                    p=p,
                ),
                hint=tr(
                    "Only p below 0.001 means a broken split; here p is far above, so the "
                    "split is fine: True."
                ),
            )
        return tr(
            "p = {p:.2g} is below 0.001: the assignment is broken; do not read the result.", p=p
        )

    return Exercise(
        tr("Exercise 2 · sample-ratio check"),
        check,
        solution=right,
        hints=[
            tr("Run experiment.srm_check(target, 'variant') and look at its p_value."),
            tr("The rule: only a p-value below 0.001 signals a sample-ratio mismatch."),
        ],
        success=tr(
            "p = {p:.2f}: the split is consistent with 50/50, so the assignment can be trusted.",
            p=p,
        ),
    )


# ---- exercise 3 ----------------------------------------------------------------------------


@register
def lift_in_target() -> Exercise:
    """Exercise 3: the absolute lift in the target segment, in percentage points."""
    r = target_result()
    right = 100 * r["difference"]
    others = {
        "all": 100 * all_users_result()["difference"],
        "outside": 100 * other_result()["difference"],
    }

    def check(answer: Any) -> str | None:
        if not is_number(answer):
            return tr(
                "Give one number in percentage points, e.g. 4.2, not a {kind}.",
                kind=type(answer).__name__,
            )
        value = float(answer)
        if _close(value, right, 0.15):
            return None
        if _close(value, -right, 0.15):
            return Mistake(
                tr("Right size, wrong sign: the lift is treatment minus control."),
                hint=tr("(rates['treatment'] - rates['control']) * 100"),
            )
        if _close(value, right / 100, 0.0015):
            return Mistake(
                tr("That is a share (0-1). Give it in percentage points: multiply by 100."),
                hint=tr("Multiply your difference by 100."),
            )
        if _close(value, 100 * r["relative_lift"], 0.5) or _close(value, r["relative_lift"], 0.005):
            return Mistake(
                tr(
                    "That is the *relative* lift (treatment / control - 1). Give the absolute "
                    "difference of the two rates, in percentage points."
                ),
                hint=tr("Subtract, do not divide: (rates['treatment'] - rates['control']) * 100."),
            )
        if _close(value, others["all"], 0.15):
            return Mistake(
                tr("That is the lift across all users. Keep only the target segment first."),
                hint=tr(
                    "target = ab[ab['in_target_segment']], then the same calculation on target."
                ),
            )
        if _close(value, others["outside"], 0.15):
            return Mistake(
                tr(
                    "That is the lift *outside* the target segment. Keep in_target_segment == True."
                ),
                hint=tr("target = ab[ab['in_target_segment']] (without the ~)."),
            )
        if value > right:
            return tr("{value:g} pp is too high.", value=value)
        return tr("{value:g} pp is too low.", value=value)

    return Exercise(
        tr("Exercise 3 · lift in the target segment"),
        check,
        expects="number",
        solution=right,
        hints=[
            tr("Keep the target segment, then compare the mean of reserved_14d by variant."),
            tr(
                "rates = target.groupby('variant')['reserved_14d'].mean(); the lift "
                "is rates['treatment'] - rates['control']."
            ),
            tr("Multiply that difference by 100 to get percentage points."),
        ],
        success=tr(
            "+{lift:.1f} pp, from {control:.0%} to {treatment:.0%}, with a 95% interval of "
            "+{low:.1f} to +{high:.1f} pp.",
            lift=right,
            control=r["rate_control"],
            treatment=r["rate_treatment"],
            low=100 * r["ci_low"],
            high=100 * r["ci_high"],
        ),
    )


# ---- exercise 4 ----------------------------------------------------------------------------

OUTSIDE_OPTIONS = ["a", "b", "c", "d"]


@register
def outside_reading() -> Exercise:
    """Exercise 4: read the result outside the target segment (a multiple choice)."""
    o = other_result()
    covers_zero = o["ci_low"] < 0 < o["ci_high"]
    # the right reading follows from the data: an interval that covers 0 is "no clear effect"
    right = "b" if covers_zero else "d"
    low, high = 100 * o["ci_low"], 100 * o["ci_high"]
    wrong = {
        "a": tr(
            "An interval that includes 0 does not prove 'no effect': it allows anything from "
            "{low:+.1f} to {high:+.1f} pp. Absence of evidence is not evidence of absence.",
            low=low,
            high=high,
        ),
        "b": tr("Look again at where the interval lies relative to 0."),
        "c": tr(
            "The point estimate is {lift:+.1f} pp, but the interval runs from {low:+.1f} to "
            "{high:+.1f} pp: it includes 0, so there is no clear harm - only a small one that "
            "cannot be ruled out.",
            lift=100 * o["difference"],
            low=low,
            high=high,
        ),
        "d": tr(
            "The interval still spans {width:.1f} pp ({low:+.1f} to {high:+.1f}): many users "
            "make it narrower, never exact. It includes 0, and small effects either way.",
            width=high - low,
            low=low,
            high=high,
        ),
    }
    wrong.pop(right, None)
    return Exercise(
        tr("Exercise 4 · outside the target segment"),
        expect_choice(right, wrong, options=OUTSIDE_OPTIONS),
        solution=right,
        hints=[
            tr(
                "Run two_proportion_test on ~ab['in_target_segment'] and look at ci_low and "
                "ci_high."
            ),
            tr("Does the interval include 0? What is the largest lift it still allows?"),
        ],
        success=tr(
            "No clear effect outside the segment, and a small one cannot be ruled out. The "
            "change was built for users who set the time first and fail to reserve: that is "
            "where it works."
        ),
    )


# ---- exercise 5 ----------------------------------------------------------------------------


@functools.cache
def daily_peeking_rate() -> dict:
    return experiment.peeking_simulation(
        rate=PEEK_BASE_RATE, n_per_look=PEEK_USERS_PER_LOOK, looks=PEEK_LOOKS
    )


@register
def peeking_rate() -> Exercise:
    """Exercise 5: false-positive rate when peeking every day for 30 days."""
    sim = daily_peeking_rate()
    right, once = sim["any_look"], sim["final_look"]

    def check(answer: Any) -> str | None:
        if not is_number(answer):
            return tr(
                "Give one share between 0 and 1, e.g. 0.12, not a {kind}.",
                kind=type(answer).__name__,
            )
        value = float(answer)
        if value > 1 and _close(value / 100, right, PEEK_TOLERANCE):
            return tr("That looks like a percentage; give it as a share (0-1).")
        if _close(value, right, PEEK_TOLERANCE) and not _close(value, once, 0.01):
            return None
        if _close(value, once, 0.015) or _close(value, 0.05, 0.005):
            return tr(
                "That is the false-positive rate of looking *once*, at the end (about 5%, as "
                "planned). The question is about stopping at the first of 30 daily looks: "
                "use 'any_look'."
            )
        plan = {"rate": PEEK_BASE_RATE, "n": PEEK_USERS_PER_LOOK, "looks": PEEK_LOOKS}
        if value > right:
            return tr(
                "{value:g} is too high. Did you use rate={rate}, n_per_look={n} and looks={looks}?",
                value=value,
                **plan,
            )
        return tr(
            "{value:g} is too low. Did you use rate={rate}, n_per_look={n} and looks={looks}?",
            value=value,
            **plan,
        )

    return Exercise(
        tr("Exercise 5 · peeking every day"),
        check,
        expects="share",
        solution=right,
        hints=[
            tr(
                "experiment.peeking_simulation(...) runs many A/A tests (no real effect) and "
                "reports how often they would be called a winner."
            ),
            tr(
                "Call it with rate={rate}, n_per_look={n}, looks={looks}.",
                rate=PEEK_BASE_RATE,
                n=PEEK_USERS_PER_LOOK,
                looks=PEEK_LOOKS,
            ),
            tr("The answer is the 'any_look' value of the dict it returns."),
        ],
        success=tr(
            "About {share:.0%} of tests with no real effect would be stopped as 'winners', "
            "against 5% if you look once at the planned end.",
            share=right,
        ),
    )
