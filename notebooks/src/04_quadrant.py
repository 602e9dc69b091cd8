# %% [markdown]
# # 04 · The quadrant: who tries, who rides (사분면)
#
# [← 03 Segmentation](03_segmentation.ipynb) · [Course index](00_welcome.ipynb) · [05 Business view →](05_business_view.ipynb)
#
# > **What you will learn**
# > - Place combined segments on two axes: reservation attempts per user (x) and completed
# >   rides per user (y), each bubble sized by its users
# > - Name the four quadrants (사분면) and what each one asks a PM to do
# > - Find the largest quadrant, *action needed* ("what makes them hesitate?", 뭘 망설일까),
# >   and say who is in it
# > - Choose the cut-offs (mean or median, per segment or per user) and check that your
# >   conclusion survives the choice
# >
# > **Time:** {{time}}.
# >
# > **You need** [03 Segmentation](03_segmentation.ipynb) (combined segments) and
# > [02 Journey and funnel](02_journey_funnel.ipynb) (reservation attempt, reservation, return).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: two numbers, four stories
#
# Notebook 03 cut Bomcar's users into segments. A list of segments says *who* the customers
# are; it does not say *what to do* with each group. The **quadrant (사분면)** does, with two
# numbers per segment:
#
# - **x: reservation attempts per user** (예약 시도) - how often they *want* a car: they
#   picked a car and a time and pressed "reserve";
# - **y: completed rides per user** (완료된 이용, counted as returns 반납) - how often they
#   *got* the value: the north star of notebook 01, per user.
#
# A cut-off (기준선) on each axis splits the segments into four groups. Each group asks for a
# different kind of work:
# %%
import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from helpers import data, metrics, quadrant, segments, style
from helpers.checks import nb04 as checks

style.use_course_style()
pd.set_option("display.max_colwidth", 120)
quadrant.QUADRANTS

# %% [markdown]
# Read the table row by row:
#
# - **natural growth** (자연 성장) - they try and they ride. It works for them: reward their loyalty
#   and learn from them what works.
# - **action needed** (액션 필요) - they try often but ride little. Ask "what makes them hesitate?"
#   (뭘 망설일까). Something in the product stops them: a pain point to fix.
# - **retention strategy needed** (리텐션 전략 필요) - they try less, but when they try they ride, at a longer
#   rhythm (a trip every month or two). Nothing is broken; the question is *when* to remind
#   them: marketing, not a product fix.
# - **low impact** (낮은 영향) - few attempts, few rides. Fixing the product will not move them; they
#   need new value (or they are not your customers).
# %% [markdown]
# ## See it: Bomcar's segments on the quadrant
#
# **Step 1 - count per user.** For every user: how many reservation attempts, how many
# completed rides (returns). `users=users["user_id"]` keeps the users with no attempts at all:
# they count as 0. Leave it out and they vanish, and every average looks better than it is.
# %%
users = data.load_users()
events = data.load_events()
counts = metrics.per_user_counts(
    events, {"attempts": "reservation_attempt", "rides": "return"}, users=users["user_id"]
)
u = users.set_index("user_id").join(counts)
u[["age_band", "region", "attempts", "rides"]].head()

# %% [markdown]
# One row per user: their age band and region, and two counts over their whole time with
# Bomcar.
#
# **Step 2 - combine segments.** Notebook 03 combined two Mass segments: age band x region.
# For each combination we want its number of users and the *average* user's attempts and
# rides:
# %%
u["segment"] = segments.combine(u, ["age_band", "region"])
segs = (
    u.groupby("segment")
    .agg(users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
)
segs.sort_values("users", ascending=False).head()

# %% [markdown] tags=["deck-question"]
# 30 segments (5 age bands x 6 regions), from 76 to 1,128 users each. The biggest,
# `25-29 x Seoul`, makes about 5 attempts and 1.2 rides per user.
#
# ### Guess first
#
# Before we place them: **which quadrant holds the most users?** Natural growth, action
# needed, retention strategy needed or low impact? Say it out loud (or write it down), then
# run the next cells.
# %% [markdown]
# **Step 3 - place them.** `quadrant.place` cuts each axis at the **median segment** (중앙값):
# half of the segments make more attempts than the cut-off, half fewer; the same for rides.
# %%
placed = quadrant.place(segs, "attempts", "rides", threshold="median")
placed.attrs["thresholds"]

# %% [markdown]
# The cut-offs: 4.7 reservation attempts per user and 1.36 completed rides per user. A segment
# at or above a cut-off counts as "many". Now count users per quadrant:
# %% tags=["deck-number"]
quadrant.quadrant_summary(placed, "users")

# %% [markdown]
# **Reveal: *action needed* is the largest quadrant.** 12 of the 30 segments, 4,514 users -
# 45% of all users - try often and ride little. The next largest, *retention strategy
# needed*, holds 38%. Did you guess it?
#
# Now see it. Each bubble is a segment, its area is its users:
# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(8.5, 6))
ax.set(xlim=(2.7, 6.7), ylim=(0.55, 2.1))
quadrant.quadrant_plot(
    placed,
    "attempts",
    "rides",
    size_col="users",
    ax=ax,
    title="Young riders (20-29) try most and ride least: action needed",
)
ax.annotate(
    "All 12 orange segments are\nages 20-24 or 25-29",
    xy=(5.35, 1.17),
    xytext=(4.85, 0.72),
    fontsize=9.5,
    arrowprops={"arrowstyle": "->"},
)
plt.show()

# %% [markdown]
# The dashed lines are the cut-offs. The orange bubbles (bottom right) sit clearly apart from
# the rest: many attempts, few rides. Who they are is the next question.
#
# ### Who are they?
#
# A quadrant is only useful if you can name the people in it. Split the segment label back
# into age band and region and count segments per quadrant:
# %%
placed["age_band"] = placed["segment"].str.split(" x ").str[0]
pd.crosstab(placed["age_band"], placed["quadrant"])

# %% [markdown]
# Every *action needed* segment is a **20-24 or 25-29** segment, in all six regions, and no
# other age band is there. The action-needed customers are **young riders (20-29), wherever
# they live**: region hardly matters, age does.
#
# How much do they hesitate? Compare how many of their attempts become completed rides:
# %%
hesitant = u["segment"].isin(placed.loc[placed["quadrant"] == "action needed", "segment"])
totals = u.groupby(hesitant)[["attempts", "rides"]].sum()
totals["rides_per_attempt"] = totals["rides"] / totals["attempts"]
totals.rename(index={True: "action needed", False: "everyone else"})

# %% [markdown]
# Young riders turn 22% of their attempts into completed rides; everyone else turns 37%. They
# want cars as much as anyone - more - but something between "reserve" and "ride" stops
# them. Notebook 05 asks *why* with the 5 whys.
# %% [markdown]
# ## Mean or median? Where you cut decides what you see
#
# The cut-offs are a choice, and two questions decide them:
#
# 1. **Mean (평균) or median (중앙값)?** The mean is pulled by extreme values (outliers) and
#    by a long tail (skew); the median is not.
# 2. **Per segment or per user?** Unweighted, every segment gets one vote, small or big.
#    Weighted by users, every *user* gets one vote, so the big Seoul segments pull the
#    cut-off towards themselves.
#
# First, see why the choice matters at all: per user, the counts are very skewed.
# %%
fig, ax = plt.subplots(figsize=(8, 3.8))
ax.hist(u["attempts"], bins=range(0, 49), color=style.PALETTE["sky"])
for value, name, colour in [
    (u["attempts"].mean(), "mean", "vermillion"),
    (u["attempts"].median(), "median", "blue"),
]:
    ax.axvline(value, color=style.PALETTE[colour], lw=2, label=f"{name}: {value:.1f}")
ax.legend()
style.takeaway(
    ax,
    "Attempts per user: a long tail pulls the mean above the median",
    xlabel="Reservation attempts per user (whole time with Bomcar)",
    ylabel="Number of users",
)
plt.show()

# %%
u[["attempts", "rides"]].agg(["mean", "median", "max"])

# %% [markdown]
# The typical (median) user made 3 attempts; the mean is 4.8 because a few users made many
# (up to 47). For rides it is worse: 51% of users never completed a ride, so the median
# user's rides are 0 - a cut-off of 0 would call *everyone* "many rides". This is one reason
# we place segments (averages of hundreds of users), not single users.
#
# Now the four rules on our 30 segments. The loop places the segments four times and counts
# users per quadrant each time:
# %%
rules = {
    "median of segments": ("median", None),
    "mean of segments": ("mean", None),
    "median, weighted by users": ("median", "users"),
    "mean, weighted by users": ("mean", "users"),
}
by_rule = pd.DataFrame(
    {
        name: quadrant.quadrant_summary(
            quadrant.place(segs, "attempts", "rides", threshold=t, weight=w), "users"
        )["users"]
        for name, (t, w) in rules.items()
    }
)
by_rule

# %% [markdown]
# - **Action needed is the largest under every rule**: 45% of users under three rules,
#   42% under the weighted median. The young riders sit far from the cut-offs: the choice
#   cannot move them.
# - **Natural growth is fragile**: between 286 users (mean, weighted by users) and 1,191
#   (median, weighted by users). Its segments sit just above the cut-offs, so a small shift
#   of a dashed line moves them out.
# - 25 of the 30 segments stay in the same quadrant under all four rules; the 5 that move
#   sit next to a dashed line.
#
# The rule of thumb: **trust a conclusion that survives every reasonable cut-off; be careful
# with one that flips.**
# %%
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
ax.set_xticks(range(4), [name.replace(", ", ",\n") for name in by_rule.columns])
ax.legend(title="Quadrant", ncols=2, fontsize=9)
ax.set_ylim(0, by_rule.to_numpy().max() * 1.35)
style.takeaway(
    ax,
    "Action needed is the largest quadrant under every cut-off rule",
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
#
# Things to try: how far must you move the x cut-off before *action needed* stops being the
# largest quadrant? Which segments change colour first?
# %% tags=["nbval-ignore-output"]
OWN = "my own (use the sliders)"


def explore(rule, x_cut, y_cut):
    threshold, weight = ((x_cut, y_cut), None) if rule == OWN else rules[rule]
    p = quadrant.place(segs, "attempts", "rides", threshold=threshold, weight=weight)
    tx, ty = p.attrs["thresholds"]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.8), width_ratios=[1.7, 1])
    quadrant.quadrant_plot(
        p,
        "attempts",
        "rides",
        size_col="users",
        ax=ax1,
        title=f"Cut-offs: {tx:.2f} attempts, {ty:.2f} rides per user",
    )
    n = quadrant.quadrant_summary(p, "users")["users"].reindex(quadrant.QUADRANT_NAMES)
    ax2.barh(
        n.index[::-1], n.to_numpy()[::-1], color=[style.QUADRANT_COLOURS[q] for q in n.index[::-1]]
    )
    for i, v in enumerate(n.to_numpy()[::-1]):
        ax2.text(v, i, f" {v:,}", va="center", fontsize=9)
    ax2.set_xlim(0, 7000)
    style.takeaway(ax2, f"Largest: {n.idxmax()}", xlabel="Users", note=False)
    fig.tight_layout()
    plt.show()


_ = widgets.interact(
    explore,
    rule=widgets.Dropdown(options=[*rules, OWN], description="Cut-off rule"),
    x_cut=widgets.FloatSlider(
        value=round(placed.attrs["thresholds"][0], 1),
        min=3.0,
        max=6.5,
        step=0.1,
        description="x cut-off",
    ),
    y_cut=widgets.FloatSlider(
        value=round(placed.attrs["thresholds"][1], 2),
        min=0.8,
        max=2.0,
        step=0.02,
        description="y cut-off",
    ),
)

# %% [markdown]
# ## Your turn
#
# The names you need are in memory: `u` (one row per user), `segs` (one row per segment),
# `placed` (segments with their quadrant, median rule) and `rules`.
#
# ## Exercise 1 (easy): which quadrant is `35-44 x Seoul` in?
#
# Use the median rule (the `placed` table). Answer with the quadrant's name in quotes.
#
# <details><summary>Hint</summary>
#
# Find the row in `placed`, or the bubble in the first chart: compare its attempts with 4.7
# and its rides with 1.36.
# </details>
# %%
ex1 = checks.segment_quadrant()

# %% tags=["exercise"]
quadrant_35_44_seoul = ...  # e.g. "low impact"

# %% tags=["solution"]
quadrant_35_44_seoul = placed.set_index("segment").loc["35-44 x Seoul", "quadrant"]
quadrant_35_44_seoul

# %%
ex1.check(quadrant_35_44_seoul)

# %% [markdown]
# ## Exercise 2 (easy): how many users are in *action needed*?
#
# Count users, not segments, with the median rule. Compute it with pandas rather than
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
# ## Exercise 3 (medium): what changes with a weighted mean?
#
# Place the segments again with `threshold="mean", weight="users"` (every user one vote).
# Compared with the median rule, **which quadrant loses the most users?** Answer with its
# name, then say in one sentence why.
#
# <details><summary>Hint</summary>
#
# `quadrant.quadrant_summary(...)["users"]` gives users per quadrant for each placement;
# subtract one from the other. The `by_rule` table holds both columns already.
# </details>
# %%
ex3 = checks.biggest_loser()

# %% tags=["exercise"]
loses_most = ...  # a quadrant name
# Why, in one sentence (not checked: write it here, then say it to a teammate):
# ...

# %% tags=["solution"]
weighted = quadrant.place(segs, "attempts", "rides", threshold="mean", weight="users")
change = (
    quadrant.quadrant_summary(weighted, "users")["users"]
    - quadrant.quadrant_summary(placed, "users")["users"]
)
print(change)
loses_most = change.idxmin()

# %%
ex3.check(loses_most)

# %% [markdown]
# ## Exercise 4 (stretch): place a segmentation of your choice
#
# Age band x region is one way to cut. Pick another combination of user columns - for
# example `channel` x `membership`, or `member_type` x `membership` - build the segment
# table the same way (users, attempts per user, rides per user), place it with
# `quadrant.place` and check it. Then look: is *action needed* still the largest quadrant?
# Who is in it this time? With only a few segments, is a median cut-off still meaningful?
#
# User columns: `channel`, `region`, `age_band`, `membership`, `member_type`,
# `card_status`, `licence_status`.
#
# <details><summary>Hint</summary>
#
# Three steps, the same as for `segs` above:
#
# 1. A segment per user from two columns:
#    `mine = u.assign(segment=segments.combine(u, ["channel", "membership"]))`.
# 2. One row per segment, with the number of users and the means per user:
#    `my_segs = mine.groupby("segment").agg(users=("attempts", "size"),
#    attempts=("attempts", "mean"), rides=("rides", "mean")).reset_index()`.
# 3. The quadrant of each: `my_placed = quadrant.place(my_segs, "attempts", "rides")`. Draw
#    it with `quadrant.quadrant_plot(my_placed, "attempts", "rides", size_col="users")`.
# </details>
# %%
ex4 = checks.own_segmentation()

# %% tags=["exercise"]
my_placed = ...  # the placed table of your own segmentation

# %% tags=["solution"]
mine = u.assign(segment=segments.combine(u, ["channel", "membership"]))
my_segs = (
    mine.groupby("segment")
    .agg(users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
)
my_placed = quadrant.place(my_segs, "attempts", "rides")
quadrant.quadrant_plot(
    my_placed,
    "attempts",
    "rides",
    size_col="users",
    title="Subscribers ride most; promotion sign-ups barely try",
)
plt.show()

# %%
ex4.check(my_placed)

# %% [markdown]
# If you placed `channel` x `membership`: the non-subscriber segments from organic, search,
# social and referral sign-ups sit in a tight cluster right at the attempts cut-off, so the
# median decides by a hair which of them is "action needed" and which "low impact". With
# few, very different segments, look at the chart, not only at the labels.
# %% [markdown]
# ## So what
#
# What a PM does with the quadrant, here:
#
# - **Action needed - young riders (20-29), 45% of users.** They want cars more than anyone
#   but complete few rides. That is a product problem worth the team's time: find what makes
#   them hesitate and fix it. Notebook 05 digs for the cause; notebook 08 tests a fix.
# - **Retention strategy needed - mostly riders aged 35 and over.** They ride when they
#   try, at a slower rhythm. Reminders before weekends and holidays, not new features.
# - **Natural growth - three 30-34 segments.** Ask them what works and reward their
#   loyalty.
# - **Low impact.** Do not spend fixes here; look for a new value proposition, or accept it.
#
# **The trap to avoid:** treating the quadrant as a fact about customers. It is relative -
# a median cut-off puts half of the segments on each side *by construction*, so some
# segment is always "action needed". Believe a quadrant when (1) it survives every
# reasonable cut-off rule, as action needed does here, (2) its gap is large in absolute
# terms (22% vs 37% of attempts become rides), and (3) you can name the people in it. Also
# remember what the counts are: totals over each user's whole time with Bomcar, so a segment
# of newer users looks smaller on both axes.
# %% [markdown]
# ## Recap
#
# - The quadrant (사분면) places segments on attempts per user (wanting) and rides per user
#   (getting value); bubble size shows how many users each segment holds.
# - Four quadrants, four kinds of work: reward (natural growth), fix the product (action
#   needed, 뭘 망설일까), remind at the right time (retention strategy needed), find new value
#   (low impact).
# - At Bomcar, *action needed* is the largest quadrant: young riders (20-29) in every
#   region, who try often and ride little.
# - Cut-offs are a choice: mean or median, per segment or per user. Check that your
#   conclusion survives all of them.
#
# [← 03 Segmentation](03_segmentation.ipynb) · [Course index](00_welcome.ipynb) · [05 Business view →](05_business_view.ipynb)
