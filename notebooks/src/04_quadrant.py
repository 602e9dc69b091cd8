# %% [markdown]
# # 04 · The quadrant: who tries, who rides (사분면)
#
# [← 03 Segmentation](03_segmentation.ipynb) · [Course index](00_welcome.ipynb) · [05 Business view →](05_business_view.ipynb)
#
# > **What you will learn**
# > - Place the Mass x element combinations of notebook 03 on two axes: reservation attempts
# >   per user (x) and completed rides per user (y), each bubble labelled and sized by users
# > - Name the four quadrants (사분면) and what each one asks a PM to do
# > - Find the largest quadrant, *action needed* ("what makes them hesitate?", 뭘 망설일까 유형),
# >   and name the people in it
# > - Choose the cut-offs (mean or median, per combination or per user), check that your
# >   conclusion survives the choice, and read how much margin it has
# >
# > **Time:** {{time}}.
# >
# > **You need** [03 Segmentation](03_segmentation.ipynb) (Mass x element combinations) and
# > [02 Journey and funnel](02_journey_funnel.ipynb) (reservation attempt, reservation, return).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: two numbers, four stories
#
# Notebook 03 listed the customers of the search stage as **Mass situation x experience**
# combinations (experience measured on each user's first 60 days). A list says *who* the
# customers are; it does not say *what to do* with each group. The **quadrant (사분면)**
# does, with two numbers per combination, both counted over **days 60-240 after sign-up**
# (after the period that defined the element, so the placement is not circular):
#
# - **x: reservation attempts per user** (예약 시도) - how often they *want* a car: they
#   picked a car and a time and pressed "reserve";
# - **y: completed rides per user** (운행 완료, counted as returns 반납) - how often they
#   *got* the value: the north star of notebook 01, per user.
#
# A cut-off (기준선) on each axis splits the combinations into four groups. Each group asks
# for a different kind of work:
# %%
import textwrap

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from helpers import combinations, data, i18n, quadrant, segments, style
from helpers.checks import nb04 as checks

i18n.set_language("en")
style.use_course_style()
pd.set_option("display.max_colwidth", 120)
quadrant.QUADRANTS

# %% [markdown]
# Read the table row by row:
#
# - **natural growth** (자연 증분 유형) - they try and they ride. It works for them: reward
#   their loyalty and learn from them what works.
# - **action needed** (뭘 망설일까 유형) - they try often but ride little. Ask "what makes
#   them hesitate?". Something in the product stops them: a pain point to fix.
# - **retention strategy needed** (사용자 유지 전략이 필요한 유형) - they try less, but when they
#   try they ride, at a longer rhythm. Nothing is broken; the question is *when* to remind
#   them: marketing, not a product fix.
# - **low impact** (임팩트가 적은 유형) - few attempts, few rides. Fixing the product will not
#   move them; they need new value (or they are not your customers).
# %% [markdown]
# ## See it: Bomcar's combinations on the quadrant
#
# **Step 1 - one row per user.** `combinations.combination_users` is notebook 03's work in
# one call: every user who searched in their first 60 days and whose 240 days are in the
# log, with their situation, experience element and combination, and their `attempts` and
# `rides` over days 60-240.
# %%
events, users = data.load_events(), data.load_users()
per_user = combinations.combination_users(events, users)
per_user[["situation", "experience", "combination", "attempts", "rides"]].head()

# %% [markdown]
# **Step 2 - one row per combination.** Keep the Mass situations, then, for each
# combination, its users and the *average* user's attempts and rides. Combinations with
# fewer than 100 users are left out (their means swing by chance, notebook 03):
# %%
mass = per_user[per_user["situation"].astype(str).isin(combinations.MASS)]
combos = (
    mass.groupby("combination")
    .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
    .rename(columns={"combination": "segment"})
)
combos = combos[combos["users"] >= combinations.MIN_USERS]
combos = combos.sort_values("users", ascending=False).reset_index(drop=True)
combos.round(2)
# %% [markdown]
# `combinations.combination_table(per_user)` gives the same table in one call (with the
# situation and the element as their own columns):
# %%
table = combinations.combination_table(per_user)
assert table["users"].tolist() == combos["users"].tolist()
print(f"{len(table)} combinations placed; too small: {list(table.attrs['too_small'])}")

# %% [markdown] tags=["deck-question"]
# 11 combinations, from 116 to 825 users each. The biggest, *pay-per-ride member x never
# reserved*, makes about 6 attempts and 0.33 rides per user over days 60-240.
#
# ### Guess first
#
# Before we place them: **which quadrant holds the most users?** Natural growth, action
# needed, retention strategy needed or low impact? Say it out loud (or write it down), then
# run the next cells.
# %% [markdown]
# **Step 3 - place them.** `quadrant.place` cuts each axis at the **median combination**
# (중앙값): half of the combinations make more attempts than the cut-off, half fewer; the
# same for rides.
# %%
placed = quadrant.place(table, "attempts", "rides", threshold="median")
tuple(round(v, 2) for v in placed.attrs["thresholds"])  # (attempts, rides) per user

# %% [markdown]
# The cut-offs: 3.97 reservation attempts per user and 0.82 completed rides per user. A
# combination at or above a cut-off counts as "many". Now count users per quadrant:
# %% tags=["deck-number"]
quadrant.quadrant_summary(placed, "users").round(2)

# %% [markdown]
# **Reveal: *action needed* is the largest quadrant.** 3 of the 11 combinations, 1,683 users
# - 40% of the placed users - try often and ride little. Natural growth follows with 1,539.
# Did you guess it?
#
# Now see it. Each bubble is a combination, its area is its users, its label its name:
# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(9.5, 6.5))
ax.set(xlim=(0.5, 12.5), ylim=(-0.3, 4.8))
quadrant.quadrant_plot(
    placed,
    "attempts",
    "rides",
    size_col="users",
    ax=ax,
    title="Three pay-per-ride combinations try often and ride little: action needed",
)
NUDGE = {  # (points right, points up, alignment): keeps close labels apart and inside
    "corporate member x never reserved": (14, 3, "left"),
    "subscriber x never reserved": (14, -9, "left"),
    "subscriber x below average": (14, 13, "left"),
    "pay-per-ride member x reserved, never rode": (0, -20, "center"),
}


def label_bubbles(ax, p):
    """Name each bubble; a bubble exactly on a cut-off line says so (it counts as "many")."""
    tx, ty = p.attrs["thresholds"]
    for row in p.itertuples():
        dx, dy, ha = NUDGE.get(row.segment, (14, 0, "left"))
        on_line = abs(row.attempts - tx) < 1e-9 or abs(row.rides - ty) < 1e-9
        ax.annotate(
            row.segment + ("\n(on a cut-off line: counts as many)" if on_line else ""),
            (row.attempts, row.rides),
            xytext=(dx, dy),
            textcoords="offset points",
            fontsize=8,
            fontweight="bold" if on_line else "normal",
            ha=ha,
            va="center",
        )


label_bubbles(ax, placed)
plt.show()

# %% [markdown]
# The dashed lines are the cut-offs. The three orange bubbles (bottom right) make many
# attempts and few rides. Two bubbles sit exactly on a line, because a median of 11 values
# *is* one of them: *corporate member x never reserved* on the rides line (retention
# strategy needed) and *corporate member x above average* on the attempts line (natural
# growth). "At or above counts as many" puts both on the "many" side of their line.
#
# ### Who are they?
#
# A quadrant is only useful if you can name the people in it:
# %%
action = placed[placed["quadrant"] == "action needed"]
action[["segment", "users", "attempts", "rides"]].round(2)

# %% [markdown]
# All three are **pay-per-ride members** (individuals without a subscription) who, in their
# first 60 days, **searched but never reserved, reserved but never rode, or rode once**
# (below the average of 1.48 rides). They keep trying afterwards - 6 to 10 attempts per user
# over days 60-240 - but complete well under one ride each. The placed subscriber and
# corporate-member combinations with the same early experience (never reserved, rode once)
# do not behave this way: they try less, under the attempts cut-off. (Their "reserved, never
# rode" cells are too small to place; those few users do attempt more than the cut-off.)
#
# How much do they hesitate? Compare how many of their attempts become completed rides:
# %%
in_action = mass["combination"].isin(action["segment"])
placed_users = mass[mass["combination"].isin(placed["segment"])]
totals = placed_users.groupby(in_action.reindex(placed_users.index))[["attempts", "rides"]].sum()
totals["rides_per_attempt"] = (totals["rides"] / totals["attempts"]).round(2)
totals.rename(index={True: "action needed", False: "everyone else placed"}).rename_axis("group")

# %% [markdown]
# Action-needed users turn 7% of their attempts into completed rides; everyone else placed
# turns 58%. They want cars as much as anyone - more - but something between "reserve" and
# "ride" stops them. Notebook 05 asks *why* with the 5 whys.
# %% [markdown]
# ## Mean or median? Where you cut decides what you see
#
# The cut-offs are a choice, and two questions decide them:
#
# 1. **Mean (평균) or median (중앙값)?** The mean is pulled by extreme values (outliers) and
#    by a long tail (skew); the median is not.
# 2. **Per combination or per user?** Unweighted, every combination gets one vote, small or
#    big. Weighted by users, every *user* gets one vote, so the big pay-per-ride combinations
#    pull the cut-off towards themselves.
#
# The four rules on our 11 combinations. The loop places them four times and counts users
# per quadrant each time:
# %%
rules = {
    "median of combinations": ("median", None),
    "mean of combinations": ("mean", None),
    "median, weighted by users": ("median", "users"),
    "mean, weighted by users": ("mean", "users"),
}
by_rule = pd.DataFrame(
    {
        name: quadrant.quadrant_summary(
            quadrant.place(table, "attempts", "rides", threshold=t, weight=w), "users"
        )["users"]
        for name, (t, w) in rules.items()
    }
).reindex(quadrant.QUADRANT_NAMES)
by_rule

# %% [markdown]
# - **Action needed is the largest under every rule**, and it is the same three
#   combinations (1,683 users) each time.
# - **But look at the margin.** Under the median weighted by users, retention strategy
#   needed holds 1,640 users: action needed is ahead by only 43 users. The weighted median
#   puts the attempts cut-off at 6.04 - exactly on *pay-per-ride member x never reserved*,
#   which counts as "many" because a value at the cut-off is high - and moves the big
#   subscriber bubble to the retention side.
#
# What does a margin of a few dozen users teach? That "largest" is the weakest part of the
# finding. The strong part is that the *same* people land in action needed under every rule
# and that their gap is large in absolute terms (7% vs 58% of attempts become rides). Report
# the margin beside the claim, and do not build the case on the ranking alone.
# %%
top_two = by_rule["median, weighted by users"].nlargest(2)
lead = int(top_two.iloc[0] - top_two.iloc[1])  # the margin, for the title
long = by_rule.rename_axis(index="quadrant", columns="rule").stack().rename("users")
long = long.reset_index()
fig, ax = plt.subplots(figsize=(9, 4.2))
sns.barplot(
    data=long,
    x="rule",
    y="users",
    hue="quadrant",
    palette=style.QUADRANT_COLOURS,  # one colour per quadrant, the same in every figure
    saturation=1,  # the palette's own colours, not paler ones
    ax=ax,
)
ax.set_xticks(range(4), [textwrap.fill(name, 14) for name in by_rule.columns])
ax.legend(title="Quadrant", ncols=2, fontsize=9)
ax.set_ylim(0, by_rule.to_numpy().max() * 1.35)
style.takeaway(
    ax,
    f"Action needed is the largest under every rule, by {lead} users at the weighted median",
    xlabel="How the cut-offs are set",
    ylabel="Users",
)
plt.show()

# %% [markdown]
# ### Explore the cut-offs yourself
#
# Pick a rule in the drop-down, or choose "my own" and move the sliders to set the cut-offs
# by hand. The bubble chart and the users per quadrant redraw. (If the controls do not show -
# in a static view of this notebook - the bar chart above holds the same story.)
# %% tags=["nbval-ignore-output"]
OWN = "my own (use the sliders)"


def explore(rule, x_cut, y_cut):
    threshold, weight = ((x_cut, y_cut), None) if rule == OWN else rules[rule]
    p = quadrant.place(table, "attempts", "rides", threshold=threshold, weight=weight)
    tx, ty = p.attrs["thresholds"]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(15, 5.8), width_ratios=[2.6, 1])
    ax1.set(xlim=(0.5, 12.5), ylim=(-0.6, 4.8))  # room for the corner names and labels
    quadrant.quadrant_plot(
        p,
        "attempts",
        "rides",
        size_col="users",
        ax=ax1,
        title=f"Cut-offs: {tx:.2f} attempts, {ty:.2f} rides per user",
    )
    label_bubbles(ax1, p)
    n = quadrant.quadrant_summary(p, "users")["users"].reindex(quadrant.QUADRANT_NAMES)
    ax2.barh(
        n.index[::-1], n.to_numpy()[::-1], color=[style.QUADRANT_COLOURS[q] for q in n.index[::-1]]
    )
    for i, v in enumerate(n.to_numpy()[::-1]):
        ax2.text(v, i, f" {v:,}", va="center", fontsize=9)
    ax2.set_xlim(0, 4600)
    style.takeaway(ax2, f"Largest: {n.idxmax()}", xlabel="Users", note=False)
    fig.tight_layout()
    plt.show()


_ = widgets.interact(
    explore,
    rule=widgets.Dropdown(options=[*rules, OWN], description="Cut-off rule"),
    x_cut=widgets.FloatSlider(
        value=round(placed.attrs["thresholds"][0], 1),
        min=1.0,
        max=11.0,
        step=0.1,
        description="x cut-off",
    ),
    y_cut=widgets.FloatSlider(
        value=round(placed.attrs["thresholds"][1], 2),
        min=0.1,
        max=4.5,
        step=0.05,
        description="y cut-off",
    ),
)

# %% [markdown]
# ## Your turn
#
# The names you need are in memory: `per_user` (one row per user), `table` (one row per
# combination), `placed` (combinations with their quadrant, median rule) and `rules`.
#
# ## Exercise 1 (easy): which quadrant is `corporate member x below average` in?
#
# Use the median rule (the `placed` table). Answer with the quadrant's name in quotes.
#
# <details><summary>Hint</summary>
#
# Find the row in `placed`, or the labelled bubble in the chart: compare its attempts with
# the x cut-off and its rides with the y cut-off.
# </details>
# %%
ex1 = checks.segment_quadrant()

# %% tags=["exercise"]
quadrant_corporate_below = ...  # e.g. "low impact"

# %% tags=["solution"]
quadrant_corporate_below = placed.set_index("segment").loc[
    "corporate member x below average", "quadrant"
]
quadrant_corporate_below

# %%
ex1.check(quadrant_corporate_below)

# %% [markdown]
# ## Exercise 2 (easy): how many users are in *action needed*?
#
# Count users, not combinations, with the median rule. Compute it with pandas rather than
# copying it from the text.
#
# <details><summary>Hint</summary>
#
# Keep the rows of `placed` whose `quadrant` is `"action needed"` and sum their `users`.
# </details>
# %%
ex2 = checks.action_needed_users()

# %% tags=["exercise"]
n_action_needed = ...

# %% tags=["solution"]
n_action_needed = placed.loc[placed["quadrant"] == "action needed", "users"].sum()
n_action_needed

# %%
ex2.check(n_action_needed)

# %% [markdown]
# ## Exercise 3 (medium): how safe is "the largest" under another rule?
#
# Under the median weighted by users, *action needed* leads by only 43 users. Under the
# **mean weighted by users**, by how many users is *action needed* larger than the next
# largest quadrant? Answer with a number of users.
#
# <details><summary>Hint</summary>
#
# The column `"mean, weighted by users"` of `by_rule` holds users per quadrant. Sort it
# from largest to smallest and subtract the second value from the first.
# </details>
# %%
ex3 = checks.weighted_mean_margin()

# %% tags=["exercise"]
margin = ...  # a number of users

# %% tags=["solution"]
ranked = by_rule["mean, weighted by users"].sort_values(ascending=False)
margin = ranked.iloc[0] - ranked.iloc[1]
margin

# %%
ex3.check(margin)

# %% [markdown]
# ## Exercise 4 (stretch): a demographic cut beside it
#
# Age band x region is a tempting cut: easy to target in ads. Place it the same way, on
# the same users and the same windows: one row per age band x region, users, mean
# `attempts` and mean `rides` (days 60-240), then `quadrant.place` with the median rule.
# Answer with your placed table. Then look at the tables after the check: do its cells
# spread as far around the cut-offs as the combinations did?
#
# <details><summary>Hint</summary>
#
# 1. Add the demographics: `demo = per_user.join(users.set_index("user_id")[["age_band",
#    "region"]])`, keeping only `demo[demo["situation"].astype(str).isin(combinations.MASS)]`.
# 2. `demo["segment"] = segments.combine(demo, ["age_band", "region"])`, then group by it
#    with `users=("rides", "size")`, `attempts=("attempts", "mean")`,
#    `rides=("rides", "mean")` and `.reset_index()`.
# 3. `my_placed = quadrant.place(my_segs, "attempts", "rides")`.
# </details>
# %%
ex4 = checks.demographic_cut()

# %% tags=["exercise"]
my_placed = ...  # the placed table of age band x region

# %% tags=["solution"]
demo = per_user.join(users.set_index("user_id")[["age_band", "region"]])
demo = demo[demo["situation"].astype(str).isin(combinations.MASS)].copy()
demo["segment"] = segments.combine(demo, ["age_band", "region"])
my_segs = (
    demo.groupby("segment")
    .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
)
my_placed = quadrant.place(my_segs, "attempts", "rides")
quadrant.quadrant_plot(
    my_placed, "attempts", "rides", size_col="users", title="Age band x region: one loose cloud"
)
plt.show()

# %%
ex4.check(my_placed)

# %% [markdown]
# Why is a demographic cut weaker? Compare it with the combinations on the same users and
# windows, under the four rules (`checks.demographic_table()` is the table the exercise
# builds):
# %%
demo_table = checks.demographic_table()
demo_by_rule = pd.DataFrame(
    {
        name.replace("combinations", "cells"): quadrant.quadrant_summary(
            quadrant.place(demo_table, "attempts", "rides", threshold=t, weight=w), "users"
        )["users"]
        for name, (t, w) in rules.items()
    }
).reindex(quadrant.QUADRANT_NAMES)
spread = pd.DataFrame(
    {
        "combinations": [table["attempts"].min(), table["attempts"].max()],
        "age band x region": [demo_table["attempts"].min(), demo_table["attempts"].max()],
    },
    index=["fewest attempts per user", "most attempts per user"],
)
print(f"cells under 100 users: {(demo_table['users'] < 100).sum()} of {len(demo_table)}")
display(spread.round(1))
demo_by_rule

# %% [markdown]
# Three reasons, each in the numbers above:
#
# - **The bubbles sit in a tight cloud.** Age band x region cells range from 2.2 to 7.1
#   attempts per user; the combinations from 1.6 to 10.3. Close to the cut-offs, a small
#   shift of a line moves a cell to another quadrant.
# - **The answer flips with the rule.** Under the median of cells, *action needed* is the
#   *smallest* quadrant (822 users); the largest is natural growth under three rules and
#   retention strategy needed under the weighted median.
# - **Many cells are too small.** 17 of the 30 cells have fewer than 100 users: their means
#   swing by chance.
#
# And an age band is not a situation: it does not say what the customer is trying to do or
# what stops them. The Mass x element combinations describe both.

# %% [markdown]
# ## So what
#
# What a PM does with the quadrant, here:
#
# - **Action needed - pay-per-ride members who searched in their first 60 days but never
#   reserved, never rode, or rode once: 1,683 users.** They keep trying but complete few
#   rides. That is a product problem worth the team's time: find what makes them hesitate
#   and fix it. Notebook 05 digs for the cause; notebook 06 matches them with the business
#   goal; notebook 08 tests a fix on them.
# - **Retention strategy needed** - subscribers and corporate members who rode below average
#   early, plus *corporate member x never reserved*, which sits exactly on the rides cut-off
#   (it is the median combination) and counts as "many rides". Few attempts, but they ride
#   when they try. Reminders at the right moment, not new features. (*Corporate member x
#   above average* sits on the attempts line and counts as natural growth the same way.)
# - **Natural growth** - the above-average riders. Ask them what works.
# - **Low impact** - associate members and subscribers who never reserved. Do not spend
#   fixes here; look for new value, or accept it.
#
# **The trap to avoid:** treating the quadrant as a fact about customers. It is relative -
# a median cut-off puts half of the combinations on each side *by construction*. Believe a
# quadrant when (1) the same people land in it under every reasonable cut-off rule, (2) its
# gap is large in absolute terms (7% vs 58% of attempts become rides), and (3) you can name
# the people in it. And say how large the margin is: 43 users is not a landslide.
# %% [markdown]
# ## Recap
#
# - The quadrant (사분면) places Mass x element combinations on attempts per user (wanting)
#   and completed rides per user (getting value), both over days 60-240 after sign-up.
# - Four quadrants, four kinds of work: reward (natural growth, 자연 증분 유형), fix the
#   product (action needed, 뭘 망설일까 유형), remind at the right time (retention strategy
#   needed, 사용자 유지 전략이 필요한 유형), find new value (low impact, 임팩트가 적은 유형).
# - At Bomcar, *action needed* is the largest quadrant under all four rules: three
#   pay-per-ride combinations, 1,683 users.
# - Cut-offs are a choice: mean or median, per combination or per user. Check that your
#   conclusion survives all of them, and report the margin.
#
# [← 03 Segmentation](03_segmentation.ipynb) · [Course index](00_welcome.ipynb) · [05 Business view →](05_business_view.ipynb)
