# %% [markdown]
# # 08 · A/B test: did the time-first fix work?
#
# [← 07 Cohort analysis](07_cohorts.ipynb) · [Course index](00_welcome.ipynb) · [09 KPIs, OKRs and NPS →](09_kpi_okr_nps.ipynb)
#
# > **What you will learn**
# > - to write a hypothesis the way a PM does: *If we ..., then ..., because ...*, with one
# >   primary metric and guardrails;
# > - to size a test: minimum detectable effect and sample size;
# > - to check that a test can be trusted (sample ratio, balance) before reading it;
# > - to read a result as a lift with a 95% interval, in the segment it was built for;
# > - why you must not stop a test the first time it looks good, and how to write the
# >   launch decision.
# >
# > **Time:** {{time}}. **You need:** notebooks 05-07 (the time-first pain point comes
# > from there). All data is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: from a suspicion to evidence
#
# The last three notebooks built a suspicion. In [05](05_business_view.ipynb) the
# **5 whys** started from the problem *search sessions that set the time first end in a
# reservation less often* and ended at the root cause: the map shows cars free now, not at
# your time. In [06](06_sync_views.ipynb) the business keyword
# "at the time I need" met the needs of the **action-needed** combinations, and the
# important customer was named. In [07](07_cohorts.ipynb) the behavioural cohort "set the
# time first" converted clearly worse inside that customer, month after month, and hardly
# worse anywhere else. App 3.0 (4 March 2025) began to *mark* which cars are free at the
# time you set, and 07 found that it closed part of the gap, not all of it.
#
# But a cohort comparison cannot prove a cause: seasons, price changes and who chooses to
# set the time first all get mixed in. An **A/B test (A/B 테스트)** removes those: a coin
# decides who gets the change, so the only systematic difference between the two groups is
# the change itself.
#
# Bomcar ran one. From 1 April to 15 June 2025, every user active in the app was assigned
# at their first visit, 50/50, to:
#
# * **control** - the search screen as it was;
# * **treatment** - when a user sets the time first, the map shows **only the cars free at
#   that time**.
#
# What does it add to app 3.0? On 3.0 a taken car is still on the map, marked as taken,
# and a time-first search can still pick it and fail. The treatment **hides** the taken
# cars: the part of the gap 3.0 left open.
# %%
# %matplotlib inline
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers import data, experiment, i18n, important_customer, style
from helpers.checks import nb08 as checks

i18n.set_language("en")
style.use_course_style()

# %% [markdown]
# ## Step 1: the hypothesis, the metric, the guardrails
#
# Write the **hypothesis (가설)** before the test, in one sentence a colleague can argue with.
# It comes from notebook 06 word for word: the customer, the keyword and the need are kept
# in one place, `helpers.important_customer`, so 06, 07 and this notebook cannot drift apart.
# %%
print("Important customer:", important_customer.NAME)
print("  =", important_customer.DEFINITION)
print("Business keyword:  ", important_customer.KEYWORD)
print("Their need:        ", important_customer.NEED)
print()
print("Hypothesis:", important_customer.HYPOTHESIS)

# %% [markdown]
# Three choices hide in that sentence:
#
# | choice | here | why |
# |---|---|---|
# | **who** (target segment) | the important customer of notebook 06, as the team can see it *at assignment*: a pay-per-ride member, at least 60 days since sign-up, who searched in the first 60 days and completed at most one ride then | the action-needed combinations of notebook 04; the test's column `in_target_segment` is this customer at the moment of assignment |
# | **primary metric (주요 지표)** | `reserved_14d`: made a reservation within 14 days (0/1 per user) | one number decides; measured per user, because a coin assigned each user |
# | **guardrails (가드레일 지표)** | `cancelled_14d` (cancellations), `sessions_14d` (visits) | things that must *not* get worse while the primary metric improves |
#
# Why not completed rides, the north star? Reservations are the search stage's own metric
# (notebook 05's strategy map) and respond within days; rides follow reservations, and
# the cancellation guardrail watches the step between them.
# %% [markdown]
# ## Step 2: the data
#
# One row per assigned user. `in_target_segment` and `is_new_user` describe the user
# *before* the test; the three `_14d` columns are what happened in the 14 days after.
# %%
ab = data.load_ab_test()
ab.head()

# %%
ab.groupby(["in_target_segment", "variant"]).size().unstack()

# %% [markdown]
# 5,032 users took part, 739 of them (15%) in the target segment; the rest are there
# because everyone active was assigned.
# `in_target_segment` is the important customer as the team can see it *at assignment*;
# it needs 60 days since sign-up, so no user who is new to Bomcar is in it.
#
# One thing to know: 226 of the 739 (31%) signed up after 2 November 2024. Their 240-day
# windows were not over when the data ends, so they were never in the table of 06 and 07.
# The test uses the rule, not the list: it reaches users the earlier notebooks never saw.
# %%
signed_up = ab.loc[ab["in_target_segment"], "user_id"].map(
    data.load_users().set_index("user_id")["signup_at"]
)
late = signed_up.dt.normalize() > "2024-11-02"
print(f"{late.sum()} of the {len(late)} ({late.mean():.0%}) signed up after 2 November 2024")
# %% [markdown]
# ## Step 3: how big a test? Minimum detectable effect and sample size
#
# Before a test you decide the smallest lift worth finding, the **minimum detectable effect
# (MDE, 최소 검출 효과)**, and then how many users you need, the **sample size (표본 크기)**.
# Two conventions go in: a 5% chance of a false alarm (**significance level, 유의수준**) and
# an 80% chance of catching a real effect of the MDE's size (**statistical power,
# 검정력**).
#
# The segment's usual 14-day reservation rate is about 16% (the control group will confirm
# it). For a lift of 6 percentage points (pp), from 16% to 22%:
# %%
experiment.sample_size(0.16, 0.06)  # users per group

# %% [markdown] tags=["deck-question"]
# **Guess first:** to detect a lift half as big (+3 pp), do you need twice as many users?
# Write your guess down, then run the cell.
# %% tags=["deck-number"]
experiment.sample_size(0.16, 0.03) / experiment.sample_size(0.16, 0.06)

# %% [markdown]
# 3.8 times as many, not twice: the sample size grows with 1 / MDE², so halving the effect
# you want to see roughly quadruples the test. The figure shows the whole curve.
# %% tags=["deck-figure"]
mdes = np.arange(0.03, 0.1501, 0.0025)
sizes = pd.Series([experiment.sample_size(0.16, m) for m in mdes], index=mdes * 100)
n_test = ab[ab["in_target_segment"]].groupby("variant").size().mean()
detectable = sizes[sizes <= n_test].index.min()  # smallest MDE the test could catch

fig, ax = plt.subplots()
ax.plot(sizes.index, sizes.values, color=style.PALETTE["blue"], lw=2)
ax.axhline(n_test, color=style.PALETTE["orange"], ls="--")
ax.annotate(
    f"this test's segment: ~{n_test:,.0f} users per group",
    (9.5, n_test),
    xytext=(0, 6),
    textcoords="offset points",
    color=style.PALETTE["orange"],
)
ax.axvline(detectable, color=style.PALETTE["grey"], ls=":")
ax.annotate(
    f"smallest lift it could reliably\ncatch: about {detectable:.0f} pp",
    (detectable, 2000),
    xytext=(6, 0),
    textcoords="offset points",
    color=style.PALETTE["grey"],
)
ax.set_ylim(0, None)
ax.yaxis.set_major_formatter("{x:,.0f}")
style.takeaway(
    ax,
    "Halve the lift you want to see, and you need about 4x the users",
    xlabel="Minimum detectable effect (percentage points, from a 16% baseline)",
    ylabel="Users needed per group",
)
fig.tight_layout()
plt.show()


# %% [markdown]
# The target segment had about 370 users per group, enough to catch a lift of about 9 pp
# with 80% power. A smaller real effect could easily have been missed: keep that in mind
# when you read the result.
#
# Try it yourself: move the sliders and see how the sample size reacts (the widget needs a
# live notebook; the figure above shows the same curve).
# %% tags=["nbval-ignore-output"]
def plan(baseline=0.16, mde=0.06):
    n = experiment.sample_size(baseline, mde)
    print(
        f"Baseline {baseline:.0%}, MDE +{mde * 100:.1f} pp -> {n:,} users per group, "
        f"{2 * n:,} in total ({n / n_test:.1f}x this test's segment)."
    )


_ = widgets.interact(
    plan,
    baseline=widgets.FloatSlider(value=0.16, min=0.05, max=0.6, step=0.01, readout_format=".0%"),
    mde=widgets.FloatSlider(value=0.06, min=0.01, max=0.15, step=0.005, readout_format=".3f"),
)

# %% [markdown]
# ## Exercise 1 (easy): size the next test
#
# The team wants to run a second test on the same segment next quarter and detect a lift of
# **+5 pp**. Use `experiment.sample_size(baseline, mde)` with a baseline of 0.16 (the
# segment's usual rate) and give the number of users **per group**.
#
# <details><summary>Hint</summary>
#
# Both arguments are shares: 16% is `0.16`, five percentage points is `0.05`.
# </details>
# %%
ex1 = checks.sample_size_next_test()

# %% tags=["exercise"]
n_next = ...  # users per group

# %% tags=["solution"]
n_next = experiment.sample_size(0.16, 0.05)
n_next

# %%
ex1.check(n_next)

# %% [markdown]
# ## Step 4: can the test be trusted? Sample ratio and balance
#
# Before looking at any result, check the plumbing. If the split was meant to be 50/50 and
# the groups came out very unequal, something in the assignment or the logging is broken.
# That is a **sample ratio
# mismatch (SRM, 표본 비율 불일치)**, and no result from such a test can be trusted.
# `experiment.srm_check` runs a **chi-square test (카이제곱 검정)**: it compares the group
# sizes you got with the sizes a perfect 50/50 split would give, and says how often a gap
# that large would appear by pure chance: the **p-value (p값)**, from 0 to 1, small meaning
# "chance alone rarely does this". Only a p-value below 0.001 is an alarm: stricter than the
# 0.05 used for results later, because this check runs on every test before anything else
# and would otherwise throw out 1 sound test in 20 by chance.
# %%
experiment.srm_check(ab, "variant")

# %% [markdown]
# 2,496 in control and 2,536 in treatment; p = 0.57. A gap of 40 users out of about 5,000
# is what a fair coin gives. The split is fine.
#
# Next, **covariate balance (공변량 균형)**: the groups should look alike on what was fixed
# *before* the test. Here the pandas is a plain `groupby`:
# %%
balance = ab.groupby("variant").agg(
    users=("user_id", "size"),
    new_users=("is_new_user", "mean"),
    in_target=("in_target_segment", "mean"),
    sessions_14d=("sessions_14d", "mean"),
)
balance.round(3)


# %% [markdown]
# A common yardstick is the **standardised difference**: the gap between the groups divided
# by the spread within them. Under 0.1 counts as balanced.
# %%
def std_diff(col, frame=ab):
    c = frame.loc[frame["variant"] == "control", col].astype(float)
    t = frame.loc[frame["variant"] == "treatment", col].astype(float)
    return (t.mean() - c.mean()) / np.sqrt((c.var() + t.var()) / 2)


{
    col: round(float(std_diff(col)), 3)
    for col in ["is_new_user", "in_target_segment", "sessions_14d"]
}

# %% [markdown]
# All three are under 0.1. The largest gap: the control group has a few more new users
# (42% against 40%). Chance does that now and then, and we will read the result inside the
# target segment, where the new-user shares are 0% and 0% (the segment needs 60 days since
# sign-up). `sessions_14d` is measured *after* assignment, so it is not a true covariate:
# it is a guardrail. It did not move (3.1 sessions in both groups), so the change did not
# make people visit more or less.
# %% [markdown]
# ## Exercise 2 (easy): the sample-ratio check in the target segment
#
# We will read the result in the target segment, so check the split there too. Keep the
# rows with `in_target_segment` True, run `experiment.srm_check`, and answer `True` if the
# split is fine or `False` if it is broken.
#
# <details><summary>Hint</summary>
#
# `target = ab[ab["in_target_segment"]]`, then look at the `p_value` of
# `experiment.srm_check(target, "variant")`. Broken means p below 0.001.
# </details>
# %%
ex2 = checks.srm_in_target()

# %% tags=["exercise"]
split_ok = ...  # True or False

# %% tags=["solution"]
target = ab[ab["in_target_segment"]]
srm = experiment.srm_check(target, "variant")
split_ok = srm["p_value"] > 0.001
srm

# %%
ex2.check(split_ok)

# %% [markdown]
# ## Step 5: read the result, first the naive way
#
# **Guess first:** the change was built for the target segment. Across *all* users, will
# the lift be bigger, the same, or smaller than inside the segment?
#
# Here is the arithmetic for all users, in pandas. The rate per group is the mean of the
# 0/1 column; the **lift** is the difference, in percentage points. The **standard error
# (표준오차)** of the lift says how much the lift would wobble if you ran the same test again
# on other users: it shrinks as the groups grow.
# %%
rates = ab.groupby("variant")["reserved_14d"].agg(["mean", "size"])
rates

# %%
p_c, n_c = rates.loc["control"]  # the rate and the number of users
p_t, n_t = rates.loc["treatment"]
lift = p_t - p_c
se = np.sqrt(p_c * (1 - p_c) / n_c + p_t * (1 - p_t) / n_t)  # standard error of the lift
low, high = lift - 1.96 * se, lift + 1.96 * se
print(f"lift {100 * lift:+.1f} pp, 95% interval {100 * low:+.1f} to {100 * high:+.1f} pp")

# %% [markdown]
# The **95% confidence interval (신뢰구간)** is the lift ± 1.96 standard errors: the range of
# true lifts that fit the data. The p-value asks: if the change did nothing, how often
# would a gap this large appear? Pretend so: both groups then share one rate, the
# **pooled** rate (everyone's rate taken together). **z** is the lift counted in standard
# errors under that pretence; a z beyond ±1.96 comes by chance less than 5% of the time:
# the p < 0.05 line. Below it a result is **statistically significant (통계적으로 유의함)**:
# hard to explain by chance, which says nothing about whether it is big enough to matter.
# %%
pooled = ab["reserved_14d"].mean()
z = lift / np.sqrt(pooled * (1 - pooled) * (1 / n_c + 1 / n_t))
p_value = 2 * (1 - experiment.normal_cdf(abs(z)))
round(p_value, 3)

# %% [markdown]
# `experiment.two_proportion_test` does all of this in one call: the same lift, z and
# p-value. Its interval is Newcombe's (from statsmodels), which stays right for small groups
# and rates near 0% or 100%; with groups this large it matches the ± 1.96 formula:
# %%
experiment.two_proportion_test(ab, "variant", "reserved_14d")

# %% [markdown]
# Across all users: 40.3% in control, 39.8% in treatment, a lift of -0.5 pp with
# p = 0.71. Read naively, the change "does nothing". But 85% of these users are not in the
# segment the change was built for. Now you read it where it matters.
# %% [markdown]
# ## Exercise 3 (medium): the lift in the target segment
#
# Keep the target segment and compute the lift, treatment minus control, **in percentage
# points** (a lift from 20% to 25% is `5.0`). Use pandas, or check yourself with
# `experiment.two_proportion_test`.
#
# <details><summary>Hint</summary>
#
# Filter with `ab[ab["in_target_segment"]]`, then do what the cells above did:
# `groupby("variant")["reserved_14d"].mean()`.
# </details>
# %%
ex3 = checks.lift_in_target()

# %% tags=["exercise"]
lift_pp = ...  # e.g. 5.0 for +5 percentage points

# %% tags=["solution"]
target = ab[ab["in_target_segment"]]
seg_rates = target.groupby("variant")["reserved_14d"].mean()
lift_pp = 100 * (seg_rates["treatment"] - seg_rates["control"])
lift_pp

# %%
ex3.check(lift_pp)

# %% [markdown]
# The reveal, with the helper (it recomputes the target rows, so it runs even if you left
# the exercise open):
# %%
target = ab[ab["in_target_segment"]]
result = experiment.two_proportion_test(target, "variant", "reserved_14d")
{k: round(float(v), 4) if isinstance(v, float) else v for k, v in result.items()}

# %% [markdown]
# In the target segment the reservation rate rose from 16% to 26%: **+10.6 pp**, with a
# 95% interval of **+4.7 to +16.4 pp** and p = 0.0004. This is not a result that only just
# passes: the lift is 3.5 standard errors from zero (z = 3.5), where the 5%
# line is 1.96, and p is more than a hundred times smaller than 0.05. The interval is well
# clear of 0: the change works for the users it was built for. In relative terms that is
# +68% (relative lifts sound bigger; say which one you quote).
#
# Notice the width: anything from about +5 to +16 pp fits the data. Step 3 planned for a
# lift of 6 pp, but ~370 users per group could reliably catch only about 9 pp. The lift
# found is larger, so the winner's curse (an undersized test that crosses the line
# overstates the effect) is a small worry. Plan the business case on the lower part of the
# interval, not on +10.6 alone.
#
# Why is the all-users lift (-0.5 pp) not simply a smaller positive number? It is a
# weighted mix: 15% of users at +10.6 pp and 85% outside the segment at -2.4 pp (Step 7),
# about 0.15 x 10.6 + 0.85 x (-2.4) = -0.5. The segment's gain is outweighed by the
# outside's dip, and that dip's interval includes 0: it may be chance. Reading the segment
# is fair here because it was named in the hypothesis *before* the test. Slicing the data after the fact until some
# group looks good is not.
# %% [markdown]
# ## Step 6: the guardrail - did cancellations go up?
#
# **Guess first:** in the target segment, more users in treatment cancelled a reservation
# within 14 days. Is that a guardrail breach?
# %%
target.groupby("variant")[["reserved_14d", "cancelled_14d"]].mean().round(3)

# %% [markdown]
# Per assigned user, cancellations rose from 4.7% to 7.0%. But only a user who reserved can
# cancel, and treatment made more users reserve. The fair question is: **of the users who
# reserved, did more cancel?** Change the denominator:
# %%
reservers = target[target["reserved_14d"] == 1]
cancel = experiment.two_proportion_test(reservers, "variant", "cancelled_14d")
{
    k: round(float(cancel[k]), 3)
    for k in ["rate_control", "rate_treatment", "difference", "ci_low", "ci_high", "p_value"]
}

# %% [markdown]
# Of the users who reserved, 30% cancelled in control and 27% in treatment. The interval
# runs from -18.3 to +10.7 pp and includes 0: no clear change. The net effect is what the
# business keeps: users with a reservation they did *not* cancel.
# %%
kept = target["reserved_14d"] - target["cancelled_14d"]  # 1 = reserved and kept it
kept.groupby(target["variant"]).mean().round(3)

# %% [markdown]
# Kept reservations rose from 11.0% to 19.3% of the segment. The guardrail holds, but its
# interval is wide (up to +10.7 pp more cancellations per reservation cannot be ruled out),
# so the launch note should say: *watch cancellations per reservation after launch*.
# %% [markdown]
# ## Exercise 4 (medium): and outside the target segment?
#
# Run `experiment.two_proportion_test` on the users **outside** the target segment and read
# the interval. Which sentence is right? Answer with its letter, e.g. `"a"`.
#
# * **a** - The change does nothing outside the segment: proven.
# * **b** - No clear effect outside the segment: the interval includes 0, and a small
#   effect of a few points cannot be ruled out either.
# * **c** - The change hurts users outside the segment: the lift there is below 0.
# * **d** - With so many users outside the segment, the interval is so narrow that the
#   effect there is known exactly.
#
# <details><summary>Hint</summary>
#
# `~ab["in_target_segment"]` keeps the rows where the flag is False. Look at `ci_low` and
# `ci_high`: which side of 0 are they on?
# </details>
# %%
ex4 = checks.outside_reading()

# %% tags=["exercise"]
reading = ...  # "a", "b", "c" or "d"

# %% tags=["solution"]
outside = experiment.two_proportion_test(ab[~ab["in_target_segment"]], "variant", "reserved_14d")
print(outside)
reading = "b"

# %%
ex4.check(reading)

# %% [markdown]
# ## Step 7: where does it work? Inside and outside the segment, new and existing users
#
# One figure with every cut. Each line is the lift with its 95% interval; the dashed line
# is "no effect".
# %%
cuts = {
    "All users": ab,
    "Target segment": ab[ab["in_target_segment"]],
    "Outside target": ab[~ab["in_target_segment"]],
    "Existing users": ab[~ab["is_new_user"]],
    "New users": ab[ab["is_new_user"]],
}
lifts = pd.DataFrame(
    {
        name: experiment.two_proportion_test(rows, "variant", "reserved_14d")
        for name, rows in cuts.items()
    }
).T.astype(float)
lifts["users"] = (lifts["n_control"] + lifts["n_treatment"]).astype(int)
shown = lifts[["users", "difference", "ci_low", "ci_high"]].round(3)
shown["p_value"] = [f"{p:.3f}" if p >= 0.001 else "< 0.001" for p in lifts["p_value"]]
shown

# %%
fig, ax = plt.subplots(figsize=(8, 4))
y = np.arange(len(lifts))[::-1]
colours = [
    style.PALETTE["vermillion"] if lo > 0 else style.PALETTE["grey"] for lo in lifts["ci_low"]
]
for yi, (_, row), colour in zip(y, lifts.iterrows(), colours, strict=True):
    ax.plot([100 * row["ci_low"], 100 * row["ci_high"]], [yi, yi], color=colour, lw=3)
    ax.plot(100 * row["difference"], yi, "o", color=colour, ms=8)
    ax.annotate(
        f"n = {row['users']:,.0f}",
        (100 * row["ci_high"], yi),
        xytext=(6, -4),
        textcoords="offset points",
        fontsize=9,
        color=style.PALETTE["grey"],
    )
ax.axvline(0, color=style.PALETTE["black"], ls="--", lw=1)
ax.set_yticks(y, labels=lifts.index)
ax.set_xlim(-10, 25)
style.takeaway(
    ax,
    "The lift comes from the target segment\n(lines: 95% intervals; orange-red = clear of zero)",
    xlabel="Lift in 14-day reservation rate, treatment - control (pp)",
)
fig.tight_layout()
plt.show()

# %% [markdown]
# Read it top to bottom:
#
# * **Target segment** (orange-red): clearly above 0. **Outside target**: -2.4 pp, interval
#   -5.4 to +0.6 pp, no clear effect - though a small harm is not ruled out, so watch it.
# * **Existing users** (-0.5 pp) and **new users** (-0.6 pp) show no lift either. Is the
#   change useless for both? No: 25% of existing users are in the target segment,
#   against 0% of new users (the segment needs 60 days since sign-up). Existing users are
#   a mix again: a quarter at +10.6 pp, three quarters outside the segment, where the lift
#   is -4.3 pp (interval -8.5 to -0.2 pp, p = 0.04). That cut was not planned, so it is a
#   warning to test, not a finding. New users, none in the segment, show only chance.
#
# A sub-group result is worth acting on when it was planned, is large enough, and has a
# reason behind it. The segment result has all three.
# %%
print(ab.groupby("is_new_user")["in_target_segment"].mean().round(2))
existing_outside = ab[~ab["is_new_user"] & ~ab["in_target_segment"]]
res = experiment.two_proportion_test(existing_outside, "variant", "reserved_14d")
print(
    f"existing users outside the segment: {100 * res['difference']:+.1f} pp (interval "
    f"{100 * res['ci_low']:+.1f} to {100 * res['ci_high']:+.1f} pp, p = {res['p_value']:.2f})"
)

# %% [markdown] tags=["deck-question"]
# ## Step 8: why you must not stop early
#
# During a test it is tempting to open the dashboard every morning and stop the day the
# p-value dips under 0.05. Each look is another chance for noise to cross the line. To see
# how much that costs, `experiment.peeking_simulation` runs 2,000 **A/A tests**: both groups
# get the same product, so every "winner" is a false alarm.
#
# **Guess first:** with 10 looks, what share of A/A tests is declared a winner at some look?
# %% tags=["deck-number"]
experiment.peeking_simulation(rate=0.16, n_per_look=200, looks=10)

# %% [markdown]
# Looked at once, at the end, 4.5% of A/A tests are false alarms: the planned 5%, give or take
# simulation noise. Stopped at the first of 10 looks with p < 0.05, 19% are: about one "winner" in
# five is noise. The more often you look, the worse it gets:
# %% tags=["deck-figure"]
looks = [1, 2, 3, 5, 10, 20, 30]
peek = pd.Series(
    [experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=k)["any_look"] for k in looks],
    index=looks,
)
fig, ax = plt.subplots()
ax.bar([str(k) for k in looks], 100 * peek.values, color=style.PALETTE["vermillion"])
ax.axhline(5, color=style.PALETTE["black"], ls="--", lw=1, label="planned false-alarm rate: 5%")
ax.legend(loc="upper left")
style.takeaway(
    ax,
    "Stopping at the first 'significant' look multiplies false winners",
    xlabel="Number of looks at the data during the test",
    ylabel="A/A tests declared a winner (%)",
)
fig.tight_layout()
plt.show()

# %% [markdown]
# The fix is a rule you set before the test: decide the sample size (Step 3), run until you
# reach it (in whole weeks, so weekdays and weekends both count), then read the result
# once. Look at the dashboard during the test for **broken things** (an SRM, a crash, a
# guardrail in free fall), not for a winner.
# %% [markdown]
# ## Exercise 5 (stretch): the daily look
#
# A colleague proposes: "Let's check every day for 30 days, about 50 users per group a day,
# and ship as soon as p < 0.05." With a baseline of 16%, what share of tests with **no real
# effect** would be shipped as winners? Use `experiment.peeking_simulation` and give a
# share (0-1).
#
# <details><summary>Hint</summary>
#
# `experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=30)` returns a dict; which
# of its numbers answers "stopped at the first significant look"?
# </details>
# %%
ex5 = checks.peeking_rate()

# %% tags=["exercise"]
false_winners = ...  # a share, e.g. 0.12

# %% tags=["solution"]
sim = experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=30)
false_winners = sim["any_look"]
false_winners

# %%
ex5.check(false_winners)

# %% [markdown]
# ## So what: the launch decision
#
# Outside the segment the lift is -2.4 pp, interval from -5.4 to +0.6 pp: a harm of a
# few points is not ruled out. So **not** "ship to all users": ship to the target segment,
# as the pilot notebook 06 planned (pilot, check the north star, expand). The test already
# did better than a Seoul-only pilot - a coin, not a region, chose who got the change - but
# it measured reservations, not the north star. The launch to the segment must show that.
# How many completed rides does one of this customer's reservations bring?
# %%
seg_events = data.load_events().query("user_id in @target.user_id")
counts = seg_events["event"].value_counts()
rides_per_reservation = counts["return"] / counts["reservation"]  # a return ends a ride
test_months = (ab["assigned_at"].max() - ab["assigned_at"].min()).days / 30
seg_per_month = len(target) / test_months  # segment users reaching the test a month
extra = {
    name: round(float(seg_per_month * lift_share * rides_per_reservation), 1)
    for name, lift_share in [("lift", result["difference"]), ("lower bound", result["ci_low"])]
}
print(
    f"rides per reservation {rides_per_reservation:.2f}; segment users a month {seg_per_month:.0f}"
)
extra  # extra completed rides a month

# %% [markdown]
# About 0.56 completed rides per reservation, and about 296 segment users a month. At the
# lift of +10.6 pp that is about 18 extra completed rides a month; at the lower bound
# (+4.7 pp), about 8. It counts only a first reservation in 14 days, so watch the north
# star rather than assume it. The note below fills a template from these numbers; copy it.
# %%
srm_all = experiment.srm_check(ab, "variant")["p_value"]
outside = lifts.loc["Outside target"]
note = f"""LAUNCH NOTE - time-first search (A/B test, 2025-04-01 to 2025-06-15, synthetic data)

Decision: SHIP to the target segment only ({important_customer.NAME}), as the pilot.
Hypothesis: {important_customer.HYPOTHESIS}
Result (target segment, {result["n_control"] + result["n_treatment"]:,} users):
  reserved within 14 days {result["rate_control"]:.1%} -> {result["rate_treatment"]:.1%}: \
lift {100 * result["difference"]:+.1f} pp,
  95% interval {100 * result["ci_low"]:+.1f} to {100 * result["ci_high"]:+.1f} pp, \
p = {result["p_value"]:.4f}.
Trust: sample ratio OK (p = {srm_all:.2f}); groups balanced on new users and segment.
Guardrails: cancellations per reservation {cancel["rate_control"]:.0%} -> \
{cancel["rate_treatment"]:.0%} (no clear change); sessions flat.
Outside the segment: {100 * outside["difference"]:+.1f} pp \
({100 * outside["ci_low"]:+.1f} to {100 * outside["ci_high"]:+.1f}): harm not ruled out.
Watch (the north star): the segment's completed rides a month for one month; expect \
about +{extra["lift"]:.0f} (lower bound +{extra["lower bound"]:.0f}).
Expand beyond the segment only after (1) the segment's completed rides rise and
  (2) a test outside the segment rules out harm. Also watch cancellations per reservation.
"""
print(note)

# %% [markdown]
# **The trap to avoid:** declaring victory on the number you like best: a sub-group found
# after the fact, a test stopped on the first good day, a guardrail read with the wrong
# denominator. Write the hypothesis, the metric, the segment and the sample size down
# *before* the test, and read it once.
#
# Also avoid the opposite trap: "not significant" outside the segment is not "proven to do
# nothing". Say what the interval allows.
# %% [markdown]
# ## Recap
#
# - A hypothesis names the change, the segment, the metric and the reason:
#   *If we ..., then ..., because ...*. One primary metric decides; guardrails protect.
# - Size the test first: the sample size grows with 1 / MDE², so small effects need long
#   tests.
# - Check the sample ratio and the balance before reading any result.
# - Report the lift with its 95% interval, in the segment named in advance. Here: +10.6 pp,
#   interval +4.7 to +16.4 pp in the target segment (p = 0.0004, far past the line);
#   outside, no clear effect, but harm is not ruled out: ship to the segment first.
# - Peeking inflates false winners; decide the sample size and read the test once.
#
# [← 07 Cohort analysis](07_cohorts.ipynb) · [Course index](00_welcome.ipynb) · [09 KPIs, OKRs and NPS →](09_kpi_okr_nps.ipynb)
