# %% [markdown]
# # 05 · The business view: from the north star to the next action
#
# [← 04 Quadrant](04_quadrant.ipynb) · [Course index](00_welcome.ipynb) · [06 Sync the views →](06_sync_views.ipynb)
#
# > **What you will learn**
# > - Build the metric hierarchy: north star ← a performance metric (성과 지표) per funnel
# >   stage ← leading indicators (선행 지표)
# > - Test candidate leading indicators on the data without being fooled by trend and season
# > - State the behaviour you want from customers and dig to its root cause with the
# >   **5 whys** (5 Whys, 다섯 번의 왜)
# > - Judge actions as direct or indirect and draw the strategy map (전략 맵)
# >
# > **Time:** {{time}}.
# >
# > **You need** [01 North star](01_north_star.ipynb) (completed rides per month),
# > [02 Journey and funnel](02_journey_funnel.ipynb) (the search/browse stage) and
# > [04 Quadrant](04_quadrant.ipynb) (the action-needed segment).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: the north star is too far away to steer by
#
# Bomcar's north star (북극성 지표) is **completed rides per month**. It is the right goal,
# but a bad steering wheel: it moves slowly, for many reasons at once (season, prices,
# marketing, the product), and no single team owns it.
#
# So the business view breaks it down, level by level:
#
# 1. **North star** - completed rides per month.
# 2. **A performance metric (성과 지표) per funnel stage** - the share of customers who get
#    through *that* stage. One team owns it, and it rolls up into the north star.
# 3. **Leading indicators (선행 지표)** - customer behaviours in that stage that move *with*
#    the stage metric and *before* the north star. A good one passes two tests: it is
#    **correlated** with the stage metric, and it is **actionable** - the team can change it
#    with product work.
# 4. **Actions** - what the team will build or change to move a leading indicator.
#
# Drawn as a tree, this is the **strategy map (전략 맵)**. We build it from the bottom of
# the data up.
# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers import data, strategy, style
from helpers.checks import nb05 as checks

style.use_course_style()
pd.set_option("display.max_colwidth", 120)

# %% [markdown]
# ## See it 1: a performance metric for each stage
#
# Funnel stages happen inside app **sessions** (세션: one visit to the app). Count each event per
# session: one row per session, one column per event.
# %%
events = data.load_events()
per_session = events.groupby(["session_id", "event"]).size().unstack(fill_value=0)
per_session.iloc[:3, :8]

# %% [markdown]
# Now one performance metric for three stages of the journey from notebook 02:
# %% tags=["deck-number"]
searched = per_session[per_session["map_view"] > 0]  # sessions that reached the map
stage_metrics = pd.Series(
    {
        "visit -> search: sessions that open the map": (per_session["map_view"] > 0).mean(),
        "search -> reserve: search sessions that reserve": (searched["reservation"] > 0).mean(),
        "reserve -> ride: reservations that become rides": per_session["ride_start"].sum()
        / per_session["reservation"].sum(),
    },
    name="share",
)
stage_metrics.round(3)

# %% [markdown]
# 92% of sessions reach the map, and 86% of reservations become rides. But only 28% of search
# sessions end in a reservation: **search/browse (탐색/조회) is the weakest stage**, the one
# notebook 02 zoomed into. Its performance metric is *the share of search sessions that
# reach a reservation* - the **search-stage conversion** (탐색 단계 전환율).
# %% [markdown]
# ## See it 2: which behaviours lead the search stage?
#
# Start from the customer. In the search stage, the behaviour we want is:
#
# > **"Find a car that is free at the time I need, quickly."**
#
# What in the event log could show that behaviour going well or badly? Four candidates:
#
# - `car_type_filter` - the session used the car-type filter;
# - `two_plus_zones` - the session clicked two or more zones on the map;
# - `time_first` - the session **set the time first**, before clicking a zone or a car;
# - `car_views` - how many cars the session looked at.
#
# One row per search session, with its outcome (`reserved`) and the four candidates:
# %%
browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
first_step = browse.groupby("session_id")["event"].first()
sessions = pd.DataFrame(
    {
        "reserved": searched["reservation"] > 0,
        "car_type_filter": searched["car_type_filter"] > 0,
        "two_plus_zones": searched["zone_click"] >= 2,
        "time_first": first_step.reindex(searched.index) == "time_set",
        "car_views": searched["car_view"],
    }
)
sessions.head()

# %% [markdown]
# A first look: the search-stage conversion of sessions *with* and *without* each behaviour.
# %%
flags = ["car_type_filter", "two_plus_zones", "time_first"]
pd.DataFrame({f: sessions.groupby(f)["reserved"].mean() for f in flags}).round(3)

# %% [markdown]
# - Sessions that use the **car-type filter** reserve more often: 30% against 27%.
# - Sessions with **two or more zone clicks**: 29% against 27% - a small difference.
# - Sessions that **set the time first** reserve *less* often: 25% against 30%.
#   Setting the time first is a sensible thing to do (the customer knows when they need the
#   car), yet the product seems to punish it. Hold on to that.
# %% [markdown]
# ## Exercise 1 (easy): which candidate can never be a leading indicator?
#
# One of the four candidates has the same value in practically every search session, so it
# cannot tell you anything about the search stage, however long you watch it. Which one?
# Answer with its column name.
#
# <details><summary>Hint</summary>
#
# An indicator can only lead something if it moves. Look at the values of each column:
# `sessions["car_views"].value_counts()`, and the same for the others.
# </details>
# %%
ex1 = checks.not_an_indicator()

# %% tags=["exercise"]
never_an_indicator = ...  # one of "car_type_filter", "two_plus_zones", "time_first", "car_views"

# %% tags=["solution"]
candidates = ["car_type_filter", "two_plus_zones", "time_first", "car_views"]
# the share of search sessions that have each column's most common value
print(sessions[candidates].apply(lambda col: col.value_counts(normalize=True).iloc[0]))
never_an_indicator = "car_views"

# %%
ex1.check(never_an_indicator)

# %% [markdown]
# `car_views` is 1 in 108,482 of the 108,483 search sessions; the exception is the log's
# last session, cut off at 23:59 on 30 June 2025.

# %% [markdown]
# ## See it 2, continued: do the candidates move *with* the stage metric, week by week?
#
# A difference between two groups of sessions is a first clue. A leading indicator should
# also move *over time* with the stage metric: in a week when more sessions do the
# behaviour, conversion should go up (or down). Compute both as weekly series.
#
# We keep weeks with at least 200 search sessions: in Bomcar's first weeks (January 2024)
# there were too few sessions for a weekly share to mean much, and the last week is cut off
# by the end of the data.
# %%
start = events.groupby("session_id")["timestamp"].min()
sessions["week"] = start.reindex(sessions.index).dt.to_period("W")
per_week = sessions.groupby("week").size()
good = per_week[(per_week >= 200) & (per_week.index < per_week.index.max())].index
full = sessions[sessions["week"].isin(good)]
weekly = full.groupby("week")[["reserved", *flags]].mean()
print(len(weekly), "weeks")
weekly.tail(3).round(3)

# %%
names = {
    "reserved": "Search-stage conversion",
    "car_type_filter": "Used car-type filter",
    "two_plus_zones": "Clicked 2+ zones",
    "time_first": "Set the time first",
}
marks = {"2024-09-01": "promotion", "2024-11-01": "price +12%", "2025-03-04": "app 3.0"}

# %%
fig, axes = plt.subplots(4, 1, figsize=(9, 8.5), sharex=True)
for ax, col in zip(axes, names, strict=True):
    share = 100 * weekly[col]
    ax.plot(weekly.index.start_time, share)
    ax.set_ylim(share.mean() - 8, share.mean() + 8)  # the same 16-point window in every panel
    ax.set(title=names[col], ylabel="% of search\nsessions")
    for day, label in marks.items():
        ax.axvline(pd.Timestamp(day), color="grey", ls="--", lw=0.8)
        ax.text(pd.Timestamp(day), share.mean() + 7.5, f" {label}", color="grey", fontsize=8)
axes[-1].set_xlabel("Week (sessions grouped by the week they started)")
fig.suptitle(
    "Same scale: conversion has a shape, the behaviours only wobble",
    x=0.01,
    ha="left",
    fontweight="bold",
)
fig.text(0.99, 0.005, style.SYNTHETIC_NOTE, ha="right", fontsize=8, color="grey")
fig.tight_layout()
plt.show()

# %% [markdown]
# Every panel shows the same 16-point window. Conversion (top) has a shape: high in the
# summer, a drop in the promotion month, lower again after the price change. The three behaviours only wobble around a
# flat line. Now the correlations - once on the weekly **levels**, once on the
# **week-over-week changes**:
# %%
corr = pd.DataFrame(
    {
        "levels": weekly.corr()["reserved"],
        "week-over-week changes": weekly.diff().corr()["reserved"],
    }
).drop("reserved")
corr.round(2)

# %% [markdown]
# - **Levels** correlate weakly, from -0.09 to -0.04. Careful: series that share a season
#   or trend correlate without causing anything.
# - **Week-over-week changes** remove the slow drifts (trend, season, the price step). What
#   is left is from -0.22 to 0.05. The biggest, for time first, has the expected sign; the
#   filter's is negative, the opposite of the table above.
#
# Could these be chance? A **permutation test** shuffles one series' weeks 9,999 times (no
# link left) and counts how often the correlation is at least as strong (a fixed seed):
# %%
from scipy import stats

changes = weekly.diff().dropna()  # one row per week-over-week change


def corr_with_conversion(x):
    return np.corrcoef(x, changes["reserved"])[0, 1]


perm = {}
for f in flags:
    result = stats.permutation_test(
        (changes[f].to_numpy(),),
        corr_with_conversion,
        permutation_type="pairings",  # shuffle the order of the weeks
        n_resamples=9_999,
        random_state=0,
    )
    perm[f] = {"correlation": result.statistic, "p (share of shuffles as strong)": result.pvalue}
pd.DataFrame(perm).T.round(3)

# %% [markdown]
# - **Time first**: -0.22; 6.5% of shuffled orders give a correlation as strong
#   (p = 0.065). Suggestive, but weak evidence on its own.
# - **Car-type filter** (-0.13, p = 0.277) and **2+ zones** (0.05, p = 0.678): sizes that
#   shuffled weeks give easily.
#
# A large p does **not** show there is no effect (73 weekly changes are few); a small p shows
# only that two series move together, not a cause. There is little to see: across
# weeks the behaviour shares vary by only 1.4 to 1.6 points (standard deviation), about half
# as much as conversion (2.9). **A correlation over time only sees an indicator that
# moves.**
#
# ### A fairer test: compare within each week
#
# Within one week, sessions with and without a behaviour share the same season, prices,
# promotions and app versions. So for every week compute the conversion *with* the
# behaviour minus *without* it. A real leading indicator shows a gap with the same sign,
# week after week.
# %%
rates = {f: full.groupby(["week", f])["reserved"].mean().unstack() for f in flags}
gaps = pd.DataFrame({f: r[True] - r[False] for f, r in rates.items()})
pd.DataFrame(
    {
        "weeks higher": (gaps > 0).sum(),
        "weeks lower": (gaps < 0).sum(),
        "mean gap (points)": (100 * gaps.mean()).round(1),
    }
)

# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(9, 4.5))
colours = {"car_type_filter": "green", "two_plus_zones": "sky", "time_first": "vermillion"}
for f in flags:
    ax.plot(
        gaps.index.start_time,
        100 * gaps[f],
        color=style.PALETTE[colours[f]],
        label=names[f],
        lw=2.2 if f == "time_first" else 1.2,
    )
ax.axhline(0, color="black", lw=0.8)
ax.axvline(pd.Timestamp("2025-03-04"), color=style.PALETTE["grey"], ls="--", lw=0.8)
ax.annotate("app 3.0", (pd.Timestamp("2025-03-04"), 16), fontsize=8, color=style.PALETTE["grey"])
ax.legend(loc="lower left", ncols=3, fontsize=9)
ax.set_ylim(-20, 20)
style.takeaway(
    ax,
    f"Time-first sessions convert lower in {(gaps['time_first'] < 0).sum()} of "
    f"{len(gaps)} weeks, less so after app 3.0",
    xlabel="Week",
    ylabel="Conversion with minus without\n(percentage points)",
)
plt.show()

# %% [markdown]
# - **Set the time first**: lower in 67 of the 74 weeks. And look right of the dashed line:
#   after app 3.0 the gap gets smaller.
# - **Car-type filter**: higher in 61 of 74 weeks - a steady, positive link.
# - **Two or more zones**: higher in 57 of 74 weeks, by 2 points on average - weak, but
#   positive.
#
# Now the second test, **actionable**: can the team change it?
#
# | Candidate | Correlated with search-stage conversion? | Actionable? | Verdict |
# |---|---|---|---|
# | time-first sessions that reserve | yes: lower in 67 of 74 weeks | yes: what the map shows after a time is set | **leading indicator** |
# | share of sessions using the car-type filter | yes: higher in most weeks | yes: where the filter sits, its default | **leading indicator** |
# | share of sessions with 2+ zone clicks | weak | partly | watch, do not steer by it |
# | car views per session | never moves | - | no |
#
# Note how the time-first indicator is phrased. We do *not* want fewer customers to set the
# time first - knowing when you need a car is exactly the behaviour we want. We want
# **time-first sessions to end in a reservation**.
# %% [markdown]
# ## Exercise 2 (medium): did app 3.0 fix the time-first problem?
#
# App 3.0, released on 2025-03-04, changed the map "to show which cars are free at the time
# you set" (see `data.load_calendar()`). Customers update their app over a few days, so
# compare by the **app version of each session**, not by date. What share of time-first
# search sessions **on app 3.0** end in a reservation? Give it as a share (0-1).
#
# <details><summary>Hint</summary>
#
# Add each session's app version: `events.groupby("session_id")["app_version"].first()`,
# then keep the sessions with version `"3.0"` and `time_first` True and take the mean of
# `reserved`.
# </details>
# %%
ex2 = checks.time_first_on_fix()

# %% tags=["exercise"]
time_first_on_3_0 = ...

# %% tags=["solution"]
version = events.groupby("session_id")["app_version"].first()
sessions["version"] = version.reindex(sessions.index).astype("object")
on_3_0 = sessions["version"] == "3.0"
print(sessions.groupby([on_3_0.rename("on app 3.0"), "time_first"])["reserved"].mean().round(3))
time_first_on_3_0 = sessions.loc[on_3_0 & sessions["time_first"], "reserved"].mean()

# %%
ex2.check(time_first_on_3_0)

# %% [markdown]
# On the older versions, time-first sessions reserved 25% of the time against 30% for the
# others: a gap of 5 points. On app 3.0 it is 26% against 29%: a gap of 3 points. **App
# 3.0 fixed part of the problem, not all of it.** Why only part? That is what the 5 whys
# are for.
# %% [markdown]
# ## See it 3: the 5 whys - from a symptom to a root cause
#
# The **5 whys** (다섯 번의 왜) start with a problem and ask "why?" again and again. Each
# answer must *explain the one before it*; you stop at a **root cause (근본 원인)** the team
# can change - usually after three to five whys.
#
# The problem: *search sessions that set the time first end in a reservation less often.*
# First why: do these customers hesitate to try, or do they try and fail? The data can
# answer:
# %%
sessions["attempted"] = searched["reservation_attempt"] > 0
tried = sessions[sessions["attempted"]]
pd.DataFrame(
    {
        "share that attempt a reservation": sessions.groupby("time_first")["attempted"].mean(),
        "reservations per attempt": tried.groupby("time_first")["reserved"].mean(),
    }
).round(3)

# %% [markdown]
# Time-first sessions *try* just as often (78% in both groups), but their attempts succeed
# less often: 32% against 38%. They do not hesitate; their attempts **fail**. So the first
# why is about the attempt: the car they chose cannot be booked for their time. The next
# whys follow from how the map works.
#
# The common mistake with 5 whys: writing a list of **parallel symptoms** - "conversion is
# low; cancellations are up; NPS fell" - things you observe side by side, none of which
# explains the one before. That list feels busy and leads nowhere.
# %% [markdown]
# ## Exercise 3 (medium): put the whys in order
#
# Below are eight statements. Five form a chain from the problem to its root cause; three
# are parallel symptoms (true, but not causes of the step before). Build the chain as a list
# of letters, **problem first, root cause last**.
# %%
for key, text in checks.STATEMENTS.items():
    print(f"{key}: {text}")

# %% [markdown]
# <details><summary>Hint</summary>
#
# Read two statements with "because" between them: "A, because B" should make sense, then
# "B, because C", and so on.
# </details>
# %%
ex3 = checks.order_whys()

# %% tags=["exercise"]
chain = ...  # e.g. ["A", "F"]

# %% tags=["solution"]
chain = ["A", "B", "C", "D", "E"]

# %%
ex3.check(chain)

# %% [markdown]
# Drawn top to bottom, the worked chain (the problem first, the root cause last):
# %%
fig = strategy.whys_figure(
    checks.whys_chain_text(), title="5 whys: the map shows cars free now, not at your time"
)
plt.show()

# %% [markdown]
# The root cause is a product decision: **the map shows cars that are free now, not at the
# time you set.** A customer who sets the time first (the behaviour we want) is shown cars
# that are booked at that time, picks one, and fails. App 3.0 changed the map view, yet the
# gap is still 3 points - so the fix is partial (notebook 08 tests a stronger one).
# %% [markdown]
# ## See it 4: actions, direct or indirect
#
# For each cause, ideate actions, then judge each one:
#
# - **direct** (직접) - it changes the cause itself; the leading indicator should move soon after
#   it ships, and you can measure it;
# - **indirect** (간접) - it works through something else: the customer's motivation or knowledge,
#   or a later step. It may help, but more slowly, and it is harder to tell whether it did.
#
# Both kinds have their place; a strategy map that holds only indirect actions is a warning
# sign.
#
# ## Exercise 4 (medium): direct or indirect?
#
# Here are six actions against the root cause "the map shows cars free now, not at the time
# you set":
# %%
for key, (text, _, _) in checks.ACTIONS.items():
    print(f"{key:22} {text}")

# %% [markdown]
# Fill in the template: replace each `...` with `"direct"` or `"indirect"`.
#
# <details><summary>Hint</summary>
#
# For each action ask: after it ships, does the map show which cars are free at the time I
# set?
# </details>
# %%
ex4 = checks.classify_actions()

# %% tags=["exercise"]
verdicts = {
    "free_cars_only": ...,
    "sort_by_free_time": ...,
    "availability_filter": ...,
    "coupon_after_failure": ...,
    "book_early_push": ...,
    "help_banner": ...,
}

# %% tags=["solution"]
verdicts = {
    "free_cars_only": "direct",
    "sort_by_free_time": "direct",
    "availability_filter": "direct",
    "coupon_after_failure": "indirect",
    "book_early_push": "indirect",
    "help_banner": "indirect",
}

# %%
ex4.check(verdicts)

# %% [markdown]
# ## See it 5: the strategy map
#
# Now put the levels together: the north star at the top, the search-stage metric under it,
# the two leading indicators under that, and the direct actions under each indicator. (The
# other stages get their own branches; here only "reserve -> ride" is shown, unexpanded.)
# The numbers are today's values from the cells above.
# %%
stage = stage_metrics["search -> reserve: search sessions that reserve"]
tf_rate = sessions.loc[sessions["time_first"], "reserved"].mean()
filter_share = sessions["car_type_filter"].mean()
ride_rate = stage_metrics["reserve -> ride: reservations that become rides"]
search_metric = f"Search sessions that reserve ({stage:.0%})"
tf_metric = f"Time-first sessions that reserve ({tf_rate:.0%})"
filter_metric = f"Sessions using the car-type filter ({filter_share:.0%})"
strategy_map = {
    "Completed rides per month": [
        search_metric,
        f"Reservations that become rides ({ride_rate:.0%})",
    ],
    search_metric: [tf_metric, filter_metric],
    tf_metric: ["Show only cars free at the set time", "Sort cars free at the set time first"],
    filter_metric: ["Put the car-type filter on the first map screen"],
}
fig = strategy.tree_figure(
    strategy_map,
    title="Strategy map: fix what the map shows after a time is set",
    level_names=["North star", "Stage metric", "Leading indicator", "Action"],
)
plt.show()

# %% [markdown]
# Read it bottom-up as a chain of bets: *if* we show only cars free at the set time, *then*
# more time-first sessions reserve, *then* more search sessions reserve, *then* more rides
# are completed each month. Every arrow is a claim you can check with data - and notebook 08
# checks the first one with an A/B test.
# %% [markdown]
# ## Exercise 5 (stretch): your own 5 whys
#
# Pick another problem you have seen in this course - for example, from notebook 03: *users
# whose card failed make reservation attempts but almost never get a reservation* - and
# write your own chain, in your own words, as a list of sentences: the problem first, then
# each answer to "why?".
#
# The checker uses three simple, stated rules (it cannot know whether your causes are
# *true*; only data and your teammates can):
#
# 1. after the problem, no step may read like a measurement (a number, "%", "rate",
#    "conversion", ...) - a measurement is an observation, not a cause;
# 2. each step shares a key word with the step before it - a why-answer says what it
#    explains ("... the payment is declined" → "the payment is declined because ...");
# 3. the steps do not all start with the same subject as the problem ("young riders cancel",
#    "young riders ...") - that is a list of facts about one group.
#
# <details><summary>Hint</summary>
#
# Move from what the customer *does* to what they *meet*: the product, the price, the
# process. Stop at something a team can change.
# </details>
# %%
ex5 = checks.own_whys()

# %% tags=["exercise"]
my_whys = ...  # a list of sentences: ["problem", "why 1", "why 2", ...]

# %% tags=["solution"]
my_whys = [
    "Users whose card failed try to reserve but almost never get a reservation",
    "Their payment is declined at the last step of reserving",
    "The payment is declined because the card saved in their account has expired",
    "The card expired and nobody asked them to update it",
    "The app checks the card only at the last step, never when the customer opens it",
]

# %%
ex5.check(my_whys)

# %% [markdown]
# ## So what
#
# What a PM takes from the business view, here:
#
# - The team that owns the **search stage** steers by *search sessions that reserve*, not by
#   the north star, and watches two leading indicators every week: **time-first sessions
#   that reserve** and **sessions using the car-type filter**.
# - The root cause of the biggest leak is a product decision - **the map shows cars free
#   now, not at the time you set** - so the first actions are direct: change what the map
#   shows. App 3.0 closed part of the gap; the rest is the next bet.
# - The customer behaviour we want ("find a car that is free at the time I need, quickly")
#   is the bridge to notebook 06: it matches what the action-needed customers of notebook
#   04 (pay-per-ride members with little early experience) are missing.
#
# **The trap to avoid:** choosing leading indicators by a correlation of weekly levels.
# Series that share a trend or a season correlate without causing anything, and an
# indicator that has never been pushed shows no correlation over time even when it matters.
# Use changes, compare within the same week, ask whether the team can actually move it - and
# keep the 5 whys a *chain* of causes, not a list of symptoms.
# %% [markdown]
# ## Recap
#
# - Metric hierarchy: north star ← performance metric per stage (성과 지표) ← leading
#   indicators (선행 지표) ← actions. Search/browse is Bomcar's weakest stage (28% of search
#   sessions reserve).
# - A good leading indicator is **correlated and actionable**. Test correlation on changes or
#   within weeks, not on raw levels.
# - Setting the time first converts lower in most weeks (67 of 74); app 3.0 narrowed the
#   gap.
# - 5 whys: each answer explains the one before; parallel symptoms are not a chain. Root
#   cause here: the map shows cars free now, not at the time you set.
# - Direct actions change the cause; indirect ones work around it. The strategy map links
#   each action to the north star.
#
# [← 04 Quadrant](04_quadrant.ipynb) · [Course index](00_welcome.ipynb) · [06 Sync the views →](06_sync_views.ipynb)
