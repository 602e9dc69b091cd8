# %% [markdown]
# # 05 · The business view: from the north star to the next action
#
# [← 04 Quadrant](04_quadrant.ipynb) · [Course index](00_welcome.ipynb) · [06 Sync the views →](06_sync_views.ipynb)
#
# > **What you will learn**
# > - The metric hierarchy: north star ← a performance metric (성과 지표) per stage ←
# >   leading indicators (선행 지표); test indicators without being fooled by trend and season
# > - Write the behaviour goal (행동 목표) of a stage and its keywords
# > - Dig from a symptom to a root cause with a **5-whys tree** (5 Whys 기법)
# > - Estimate actions' impact on the data, judge them direct or indirect, rank them, and
# >   draw your strategy map (전략 맵)
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
# Bomcar's north star (북극성 지표), **completed rides per month**, is the right goal but a
# bad steering wheel: it moves slowly, for many reasons at once, and no team owns it. So
# the business view breaks it down:
#
# 1. **North star** - completed rides per month.
# 2. **A performance metric (성과 지표) per funnel stage** - the share of customers who get
#    through *that* stage; one team owns it.
# 3. **Leading indicators (선행 지표)** - behaviours in that stage that move *with* the stage
#    metric, *before* the north star: **correlated** with it, and **actionable**.
# 4. **Actions** - what the team builds to move a leading indicator.
#
# Drawn as a tree, this is the **strategy map (전략 맵)**.
# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers import (
    combinations,
    data,
    i18n,
    important_customer,
    search_behaviour,
    strategy,
    style,
    whys,
)
from helpers.checks import nb05 as checks

i18n.set_language("en")
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
# In the search stage we want customers to find a car they can book (you will write this
# goal precisely in Exercise 3). Which logged behaviours could show that going well or
# badly? Four candidates:
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
# A leading indicator should also move *over time* with the stage metric. Compute both as
# weekly series, keeping weeks with at least 200 search sessions (January 2024 had too few)
# and dropping the last week (cut off by the end of the data).
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
fig, axes = plt.subplots(4, 1, figsize=(9, 8.5), sharex=True)
for ax, col in zip(axes, names, strict=True):
    share = 100 * weekly[col]
    ax.plot(weekly.index.start_time, share)
    ax.set_ylim(share.mean() - 8, share.mean() + 8)  # the same 16-point window in every panel
    ax.set(title=names[col], ylabel="% of search\nsessions")
    for day, label in marks.items():
        ax.axvline(pd.Timestamp(day), color="grey", ls="--", lw=0.8)
        ax.text(pd.Timestamp(day), share.mean() + 7.5, f" {label}", color="grey", fontsize=8)
axes[-1].set_xlabel("Week, 2024-2025 (sessions grouped by the week they started)")
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
# Same 16-point window in every panel: conversion (top) has a shape (summer high, dips at the
# promotion and the price change); the behaviours only wobble. Correlations on the weekly
# **levels** and on the **week-over-week changes**:
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
perm = pd.DataFrame(perm).T
perm["weekly std (points)"] = 100 * weekly[flags].std()  # how much each share moves
print(f"Search-stage conversion: weekly std {100 * weekly['reserved'].std():.1f} points")
perm.round(3)

# %% [markdown]
# - **Time first**: -0.22; 6.5% of shuffled orders give a correlation as strong
#   (p = 0.065). Suggestive, but weak evidence on its own.
# - **Car-type filter** (-0.13, p = 0.277) and **2+ zones** (0.05, p = 0.678): sizes that
#   shuffled weeks give easily.
#
# A large p does **not** show there is no effect (73 weekly changes are few). The behaviour
# shares vary by only 1.4 to 1.6 points across weeks (last column), about half as much as
# conversion (2.9): **a correlation over time only sees an indicator that moves.**
#
# ### A fairer test: compare within each week
#
# Within one week, sessions share the season, prices and app versions. So per week compute
# conversion *with* the behaviour minus *without* it: a real leading indicator keeps the same
# sign, week after week.
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
    xlabel="Week, 2024-2025",
    ylabel="Conversion with minus without\n(percentage points)",
    note=False,  # the long title takes the top: the note goes to the bottom right
)
fig.text(0.99, 0.005, style.SYNTHETIC_NOTE, ha="right", fontsize=8, color="grey")
fig.tight_layout()
plt.show()

# %% [markdown]
# - **Set the time first**: lower in 67 of the 74 weeks. And look right of the dashed line:
#   after app 3.0 the gap gets smaller.
# - **Car-type filter**: higher in 61 of 74 weeks - a steady, positive link.
# - **Two or more zones**: higher in 57 of 74 weeks, by 2 points on average - weak, but
#   positive.
#
# The second test, **actionable**: can the team change it?
#
# | Candidate | Correlated with search-stage conversion? | Actionable? | Verdict |
# |---|---|---|---|
# | time-first sessions that reserve | yes: lower in 67 of 74 weeks | yes: what the map shows after a time is set | **leading indicator** |
# | share of sessions using the car-type filter | yes: higher in most weeks | yes: where the filter sits, its default | **leading indicator** |
# | share of sessions with 2+ zone clicks | weak | partly | watch, do not steer by it |
# | car views per session | never moves | - | no |
#
# We do *not* want fewer customers to set the time first: we want **time-first sessions to
# end in a reservation**.
# %% [markdown]
# ## Exercise 2 (stretch): did app 3.0 fix the time-first problem?
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
# ## See it 3: the behaviour goal - what we want the customer to do
#
# The stage metric counts; it does not say what the customer should manage to do. The PM
# writes that as the **behaviour goal (행동 목표)** of the stage, in the customer's terms.
#
# | Written as | Example | Is it a behaviour goal? |
# |---|---|---|
# | a customer behaviour | "Return the car on time, without calling support" (return stage) | **yes**: what the customer does |
# | a business number | "Raise search conversion by 10%" | no: what *we* want to see |
# | a feature | "Add an availability filter" | no: what *we* build |
#
# Its **keywords (비즈니스 키워드)** are the few words of the goal that carry it; notebook 06 matches
# them to what customers say they need.
# %% [markdown]
# ## Exercise 3 (easy): write the behaviour goal of the search stage
#
# Write the goal in your own words, English or Korean, and pick one to three keywords
# **from your sentence**.
#
# <details><summary>Hint</summary>
#
# Start with a verb the customer does in the search stage: find, choose, book (찾다, 고르다,
# 예약하다). What did the failed time-first sessions want?
# </details>
# %%
ex3 = checks.behaviour_goal()

# %% tags=["exercise"]
behaviour_goal = {"goal": ..., "keywords": ...}  # a sentence; a list of words from it

# %% tags=["solution"]
behaviour_goal = {
    "goal": "Find the car I want, free at the time I need, quickly",
    "keywords": ["the car I want", "at the time I need", "quickly"],
}

# %%
ex3.check(behaviour_goal)

# %% [markdown]
# ## See it 4: from the symptom to a root cause - a 5-whys tree
#
# Whose behaviour falls short? Notebook 04's action-needed customers, pay-per-ride members
# who had not got going in their first 60 days (`important_customer` holds the definition).
# Their attempts and completed rides in the next 180 days:
# %% tags=["deck-number"]
per_user = combinations.combination_users(events, data.load_users())
is_ic = important_customer.is_important_customer(per_user)
who = is_ic.map({True: "action needed (04)", False: "everyone else"})
symptom = per_user.groupby(who)[["attempts", "rides"]].sum()
symptom["attempts per completed ride"] = symptom["attempts"] / symptom["rides"]
symptom.round(1)

# %% [markdown]
# The **symptom (증상)**, what we observe: 15.3 attempts per completed ride, against 1.9 for
# everyone else. The first why is in the data too: do they hesitate, or try and fail?
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
# less often: 32% against 38%: their attempts **fail**.
#
# The **5 Whys 기법** (5 whys) asks "why?" of the symptom, then of each answer, down to a
# **root cause (근본 원인)** the team can change; a cause with two reasons **branches**. Keep
# three kinds apart:
#
# - **symptom** - what we observe ("few completed rides", "conversion 9%"): only at the top;
# - **cause** - *why* it happens, about the customer's experience or the product;
# - **action** - what we would do ("show only free cars"): after the tree, in Exercise 5.
#
# Write the tree as rows, like a spreadsheet: `id`, `text`, `parent` (the row it answers
# "why?" to; `None` for the top). Rows sharing a parent are a branch. `whys.explain` reads
# each row back:
# %%
ex4 = checks.whys_tree()  # the checker of Exercise 4 below
example = [
    {"id": "P", "text": "Many reservation attempts, few completed rides", "parent": None},
    {"id": "1", "text": "Attempts fail more often than they used to", "parent": "P"},
    {"id": "2", "text": "Add a coupon for a failed attempt", "parent": "P"},
]
whys.explain(example)[["id", "parent", "kind", "why"]]

# %% [markdown]
# Row 1 is a second **symptom**, row 2 an **action**: neither belongs under P. The rules read
# words only; whether a cause is *true*, your data and teammates decide.
# %% [markdown]
# ## Exercise 4 (medium): your 5-whys tree, from a blank page
#
# Rows of `id`, `text`, `parent`, English or Korean: the symptom above at the top, at least 3
# whys deep on the main branch. Branches are allowed, not required: give two rows the same
# parent where a cause has two reasons.
#
# <details><summary>Hint</summary>
#
# Follow the failed attempts down: why do they fail? Why did the customer pick that car? What
# did the map show about the time they set?
# </details>

# %% tags=["exercise"]
whys_tree = [
    {"id": "P", "text": ..., "parent": None},  # the symptom
    {"id": "1", "text": ..., "parent": "P"},  # why? add rows as you need
]

# %% tags=["solution"]
whys_tree = [
    {"id": "P", "text": "Many reservation attempts, few completed rides", "parent": None},
    {"id": "1", "text": "Their attempts fail: the chosen car cannot be booked", "parent": "P"},
    {"id": "1b", "text": "Some stop at payment: the card saved in the app expired", "parent": "P"},
    {"id": "2", "text": "The car they chose is already booked at the time they set", "parent": "1"},
    {"id": "3", "text": "They chose it on the map, where it looked free", "parent": "2"},
    {"id": "4", "text": "The map shows cars free now, not at the time they set", "parent": "3"},
    {"id": "4b", "text": "A car's card does not say until when it is free", "parent": "3"},
]
whys.explain(whys_tree)[["id", "parent", "depth", "kind", "text"]]

# %%
ex4.check(whys_tree)

# %% [markdown]
# A tree passes only if a branch ends at what the data shows: **the map shows cars free now,
# not at the time you set.** App 3.0 changed the map, yet the gap is still 3 points: a
# partial fix. Any other root cause (the worked answer's 1b) is an untested hypothesis.
# %% [markdown]
# ## See it 5: actions and their impact, computed on the data
#
# For each root cause, ideate actions and judge each one:
#
# - **direct (직접)** - it changes the cause itself (the map shows which cars are free at
#   the time set): the indicator moves soon, measurably;
# - **indirect (간접)** - it works through something else (a coupon, a push, a banner):
#   slower, and harder to measure.
#
# Then a **rough impact estimate**: leading indicator -> stage metric -> north star. The
# indicator is the **time-first ratio** of the important customer: their time-first search
# sessions' conversion over their other sessions' (1 = no pain). Today's values **of the
# important customer** (See it 1's are everyone's), six months before app 3.0:
# %%
ic_ids = per_user.index[is_ic]
ic_sessions = search_behaviour.search_sessions(events, version_col="app_version")
ic_sessions = ic_sessions[ic_sessions["user_id"].isin(ic_ids)]
month = ic_sessions["start"].dt.to_period("M")
window = ic_sessions[(month >= "2024-09") & (month <= "2025-02")]  # before app 3.0
months = window["start"].dt.to_period("M").nunique()
per_month = window.groupby("time_first").size() / months  # search sessions a month
rate = window.groupby("time_first")["reserved"].mean()  # reservations per session
ratio_now = rate[True] / rate[False]

in_window = events[events["timestamp"].dt.to_period("M").between("2024-09", "2025-02")]
mine = in_window[in_window["user_id"].isin(ic_ids)]["event"].value_counts()
rides_per_reservation = mine["return"] / mine["reservation"]
north_star = (in_window["event"] == "return").sum() / months
pd.Series(
    {
        "time-first ratio (leading indicator)": ratio_now,
        "search -> reservation of the important customer (stage metric)": window["reserved"].mean(),
        "time-first sessions a month of the important customer": per_month[True],
        "rides per reservation of the important customer": rides_per_reservation,
        "completed rides a month (north star, all customers)": north_star,
    }
).round(3)


# %% [markdown]
# The chain for an action that lifts the ratio to `ratio_to`: time-first sessions would
# convert at `ratio_to` x the others' rate; the extra reservations a month, times rides per
# reservation, are the extra completed rides.
# %%
def impact(ratio_to):
    extra_reservations = per_month[True] * (ratio_to * rate[False] - rate[True])
    return {
        "stage metric after": window["reserved"].mean() + extra_reservations / per_month.sum(),
        "extra_rides": extra_reservations * rides_per_reservation,
    }


on_3_0 = ic_sessions[ic_sessions["app_version"].astype(str) == "3.0"]
ratio_3_0 = (
    on_3_0.loc[on_3_0["time_first"], "reserved"].mean()
    / on_3_0.loc[~on_3_0["time_first"], "reserved"].mean()
)
pd.DataFrame({r: impact(r) for r in [0.6, round(ratio_3_0, 2), 1.0]}).T.round(3)

# %% [markdown]
# Today the ratio is 0.40: this customer's time-first sessions keep only 40% of their
# other sessions' chance, and 8.7% of their search sessions reserve. App 3.0 - a direct but
# partial fix of the map - took their ratio to 0.74: about 23 extra completed rides a month.
# Removing the pain (ratio 1) would be about 41 rides a month, 2.5% of the north star.
# %% [markdown]
# ## Exercise 5 (medium): your actions, estimated and ranked
#
# At least two actions for your root causes, one direct or more. Each: `cause` (its id),
# `action`, `kind` ("direct"/"indirect"), the `ratio_to` you expect (between today's 0.40 and
# 1; app 3.0 reached 0.74), `extra_rides` from `impact(ratio_to)`, `confidence` (0-1),
# `effort` (1 = a day, 5 = a quarter). Rank by **score = extra rides x confidence / effort**.
#
# <details><summary>Hint</summary>
#
# Give indirect actions (coupons, pushes, banners) a smaller lift and a lower confidence.
# `extra_rides`: `impact(0.8)["extra_rides"]`.
# </details>
# %%
ex5 = checks.ranked_actions()
ex5_ranked = checks.ranked_table()  # checks `ranked`: your actions, scored, best first

# %% tags=["exercise"]
my_actions = [
    {
        "cause": ...,
        "action": ...,
        "kind": ...,
        "ratio_to": ...,
        "extra_rides": ...,
        "confidence": ...,
        "effort": ...,
    },
]
ranked = ...  # my_actions as a table, with a score column, best first

# %% tags=["solution"]
my_actions = [
    {
        "cause": "4",
        "action": "Show only cars free for the whole time set",
        "kind": "direct",
        "ratio_to": 0.9,
        "confidence": 0.7,
        "effort": 3,
    },
    {
        "cause": "4",
        "action": "Sort cars free at the set time to the top",
        "kind": "direct",
        "ratio_to": round(ratio_3_0, 2),
        "confidence": 0.8,
        "effort": 2,
    },
    {
        "cause": "4b",
        "action": "Show until when each car is free on its card",
        "kind": "direct",
        "ratio_to": 0.6,
        "confidence": 0.5,
        "effort": 1,
    },
    {
        "cause": "4",
        "action": "Send a coupon after a failed attempt",
        "kind": "indirect",
        "ratio_to": 0.45,
        "confidence": 0.3,
        "effort": 1,
    },
]
for a in my_actions:
    a["extra_rides"] = impact(a["ratio_to"])["extra_rides"]
ranked = pd.DataFrame(my_actions)
ranked["score"] = ranked["extra_rides"] * ranked["confidence"] / ranked["effort"]
ranked = ranked.sort_values("score", ascending=False)
ranked[["action", "kind", "ratio_to", "extra_rides", "confidence", "effort", "score"]].round(2)

# %%
ex5.check(my_actions)
ex5_ranked.check(ranked)

# %% [markdown]
# In the worked answer (folded above), sorting free cars to the top ranks first: a smaller
# lift than showing only free cars, but surer and cheaper. The coupon ranks last: cheap, but
# it leaves the map as it is.
# %% [markdown]
# ## See it 6: your strategy map
#
# The **strategy map (전략 맵)**, drawn from your answers to Exercises 3-5: north star, stage
# metric, indicator, goal, your root causes and ranked actions. Unfinished parts are listed.
# %% tags=["deck-figure"]
fig = strategy.strategy_map(
    behaviour_goal,
    whys_tree,
    ranked,
    stage_metric=f"Search sessions that reserve ({stage_metrics.iloc[1]:.0%})",
    indicator=f"Time-first ratio of the important customer ({ratio_now:.2f})",
)
plt.show()

# %% [markdown]
# Read it bottom-up as a chain of bets: *if* we ship the action, *then* the ratio rises,
# *then* more search sessions reserve, *then* more rides. Notebook 08 tests the first arrow.
# %% [markdown]
# ## So what
#
# - The search team steers by *search sessions that reserve* and watches **the time-first
#   ratio** of the important customer every week.
# - The PM's **behaviour goal** and its keywords are the bridge to notebook 06.
# - The root cause the data shows is a product decision - **the map shows cars free now, not
#   at the time you set** - so direct actions on it promise the most.
#
# **The trap to avoid:** leading indicators chosen by a correlation of weekly levels, and a
# 5-whys "tree" of symptoms or actions. Estimate each action on the data before ranking it.
# %% [markdown]
# ## Recap
#
# - North star ← stage metric (성과 지표) ← leading indicators (선행 지표) ← actions.
#   Search is the weakest stage (28% of search sessions reserve).
# - A leading indicator is **correlated and actionable**; test on changes or within weeks.
#   Time first converts lower in most weeks (67 of 74).
# - Behaviour goal: what the customer does, not a number, not a feature.
# - 5-whys tree: a symptom at the top, causes below, branches allowed.
# - Actions: direct or indirect, estimated on the data, ranked by impact x confidence / effort.
#
# [← 04 Quadrant](04_quadrant.ipynb) · [Course index](00_welcome.ipynb) · [06 Sync the views →](06_sync_views.ipynb)
