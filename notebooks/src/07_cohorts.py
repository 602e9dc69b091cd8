# %% [markdown]
# # 07 · Cohort analysis: check the story before you bet on it
#
# [← 06 Sync the views](06_sync_views.ipynb) · [Course index](00_welcome.ipynb) · [08 A/B test →](08_ab_test.ipynb)
#
# > **What you will learn**
# > - build a monthly sign-up cohort table by hand, then with one helper, and draw it as a
# >   heatmap
# > - why the empty cells of young cohorts mean "not yet", not zero (right-censoring)
# > - the three readings of a cohort table: along a row, down a column, across a diagonal
# > - behavioural cohorts inside the action-needed segment: find the pain point, and the app
# >   release that helped
# > - tell confounders apart - a price change, summer, a promotion month - and split each
# >   month's active users into new, retained, resurrected and dormant
# >
# > **Time:** {{time}}.
# >
# > **You need:** [06 Sync the views](06_sync_views.ipynb) (the action-needed segment and its
# > time-first pain).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: a monthly total mixes people who are not alike
#
# In notebook 06 you chose the important customer: the action-needed quadrant, whose
# search sessions that set the time first rarely end in a reservation. Before the team bets
# a quarter on fixing that, check it. A monthly total cannot: it mixes users who signed up
# last week with users from last year, promotion users with organic ones, summer with winter.
#
# A **cohort** (코호트) is a group of users who share a starting point, followed over time.
# **Cohort analysis** (코호트 분석) compares those groups at the same age:
#
# - an **acquisition cohort** groups users by *when* they started - here, the sign-up month;
# - a **behavioural cohort** (행동 코호트) groups users or sessions by *what they did* - e.g.
#   "set the time first on the map".
#
# A cohort table has one row per cohort, one column per **age** (months since sign-up),
# and a metric in each cell.
# %%
import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from helpers import cohort, data, metrics, quadrant, search_behaviour, segments, style
from helpers.checks import nb07 as checks

style.use_course_style()
events = data.load_events()
users = data.load_users()
calendar = data.load_calendar()

# %% [markdown]
# ## See it 1: a cohort table by hand
#
# Each app open gets its user's **cohort** (sign-up month) and its **age** (whole months
# between sign-up and the open; the sign-up month itself is month 0).
# %%
opens = events[events["event"] == "app_open"].merge(users[["user_id", "signup_at"]])
opens["cohort"] = opens["signup_at"].dt.to_period("M")
opens["age"] = (opens["timestamp"].dt.year - opens["signup_at"].dt.year) * 12 + (
    opens["timestamp"].dt.month - opens["signup_at"].dt.month
)
opens[["user_id", "signup_at", "timestamp", "cohort", "age"]].head(3)

# %% [markdown]
# Now count the different users of each cohort who opened the app at each age, and divide
# by the cohort's size: that is **retention** (리텐션), the share of a cohort still active.
# %%
active = opens.groupby(["cohort", "age"])["user_id"].nunique().unstack("age")
cohort_size = users["signup_at"].dt.to_period("M").value_counts()
by_hand = active.div(cohort_size, axis=0)
by_hand.iloc[:3, :4].round(2)

# %% [markdown]
# The helper `cohort.cohort_table` does the same in one call, for any metric - and it does
# one more thing, which matters a lot: it tells apart "nobody was active" (0) from "we
# cannot know yet" (blank).
# %%
log = events.merge(users[["user_id", "signup_at"]], on="user_id")
retention = cohort.cohort_table(log, cohort_time_col="signup_at", active_events=["app_open"])
retention.iloc[:3, :4].round(2)

# %% [markdown]
# The same numbers. The log ends on 30 June 2025, so the June 2025 cohort has only a month
# 0; the May cohort has months 0 and 1; and so on. Those cells are not zero - they have not
# happened yet. This is **right-censoring** (우측 중도절단): the young cohorts' future is
# cut off by the end of the data. The heatmap hatches those cells "not yet".
# %% [markdown] tags=["deck-question"]
# ## See it 2: the retention triangle
#
# **Guess first:** of the users who sign up in a month, what share still opens the app one
# month later? And two months later?
# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(12, 7.5))
sns.heatmap(
    retention.rename(index=str),  # the cohort months as labels
    vmin=0,
    vmax=retention.loc[:, 1:].max().max(),  # month 0 (100%) would wash out the other cells
    cmap="Blues",
    annot=True,
    fmt=".0%",
    annot_kws={"size": 7},
    cbar_kws={"format": "{x:.0%}", "label": "share of the cohort (month 0 off the scale)"},
    ax=ax,
)
ax.patch.set(hatch="///", edgecolor="lightgrey", facecolor="white")  # blank cells: "not yet"
ax.grid(False)
style.takeaway(
    ax,
    "Most users who stay past month 2 stay for long: retention (app opens)",
    xlabel="Months since sign-up (0 = the sign-up month; hatched: not yet)",
    ylabel="Cohort (month of sign-up)",
)
plt.show()

# %% [markdown]
# The triangle shape *is* the censoring: each younger cohort has one column fewer. Month 0
# is 100% in every row (everyone opens the app in the month they sign up), so the colour
# scale leaves it out: `vmax` is the best later cell, and the other cells can be told apart.
# The figure is drawn with **seaborn** (`sns.heatmap`): to draw your own table, change
# `retention` to it. Read it three ways.
#
# **1. Along a row - one cohort over time.** The January 2024 cohort: 65% still opened the
# app in month 1, 27% in month 2, and 13% in month 17. The big fall is between month 1 and
# month 2; after that the curve flattens - the users who get through their first weeks
# stay. (Notebook 01's aha moment is about who gets through.)
#
# **2. Down a column - cohorts at the same age.** Column 1 compares every cohort one month
# after sign-up, so age is held fixed. Most cohorts sit close together there; one does not.
# Exercise 2 asks you which and why. A low cohort in a column is a **cohort effect**: those
# users were different from the start.
#
# **3. Across a diagonal - the same calendar month.** The cells where cohort + age is the
# same calendar month (e.g. 2024-09 age 2, 2024-10 age 1, 2024-11 age 0 are all November
# 2024) lie on a diagonal. Something that happened *in a month* to everyone - a price
# change, summer - hits a diagonal, not a row or a column. It is easier to see with the
# calendar month on the x-axis; we do that next with conversion.
# %% [markdown]
# ## See it 3: a conversion cohort table, by age and by calendar month
#
# Retention says who comes back. For the search pain we need **conversion**: of a
# cohort's users who attempted a reservation in a month, the share who also made one that
# month.
# %%
conversion = cohort.cohort_table(
    log,
    cohort_time_col="signup_at",
    metric="conversion",
    convert_from="reservation_attempt",
    convert_to="reservation",
)
fig = cohort.cohort_heatmap(
    conversion, "Conversion by cohort and age is noisy - and falls for late-2024 cohorts"
)
plt.show()

# %% [markdown]
# Noisier than retention: some cells hold only a few dozen users, so a cell can swing
# 10 points by chance. Read the pattern, not single cells. In column 0 (the sign-up
# month) the summer 2024 cohorts convert at 59% and 62%, the November 2024 to February
# 2025 cohorts at 40% to 44%. Are the late-2024 users worse? Or did something happen *in
# those months* to everyone? Put the calendar month on the x-axis: each cell moves right
# by its cohort's start.
# %%
long = conversion.stack().dropna().rename("conversion").reset_index()
long["month"] = long["cohort"] + long["age"]
by_calendar = long.pivot(index="cohort", columns="month", values="conversion")
by_calendar.iloc[:4, 8:12].round(2)

# %%
fig, ax = plt.subplots(figsize=(12, 7.5))
cohort.cohort_heatmap(
    by_calendar,
    "By calendar month: summer lifts most cohorts, from Nov 2024 most drop",
    ax=ax,
)
ax.set_xlabel("Calendar month  (hatched: before the cohort signed up)")
ax.tick_params(axis="x", rotation=90)
plt.show()

# %% [markdown]
# Now the pattern runs in **vertical stripes**: July and August 2024 are bright for
# almost every cohort that existed then (summer travel), and from November 2024 most
# cohorts - old and new - are darker. Average each calendar month over the cohorts:
# %% tags=["deck-number"]
cohort_average = by_calendar.mean()
print(f"July-August 2024:            {cohort_average['2024-07':'2024-08'].mean():.0%}")
print(f"November 2024-February 2025: {cohort_average['2024-11':'2025-02'].mean():.0%}")
# %% [markdown]
# 64% in the summer months, 46% in the four months after the price rise of 1 Nov 2024
# (hourly prices up 12%). Summer and the price rise are **calendar effects**: they hit all
# users in the same months, whatever their cohort. The late-2024 cohorts were not worse
# users; they started in a worse month. Read in the age view alone, you would have blamed
# them.
#
# ### Explore: pick the metric
#
# Choose what each cell shows: retention (app opens), conversion (attempt -> reservation),
# or the count of completed rides (returns, the north star) - and by age or by calendar
# month. The static figures above show the first two.
# %%
completed = cohort.cohort_table(
    log, cohort_time_col="signup_at", metric="count", active_events=["return"]
)
tables = {"retention": retention, "conversion": conversion, "count": completed}
titles = {
    "retention": "Retention: share of the cohort opening the app",
    "conversion": "Conversion: attempt -> reservation, per user and month",
    "count": "Count: completed rides (returns) of the cohort",
}


def calendar_view(table):
    stacked = table.stack().dropna().rename("value").reset_index()
    stacked["month"] = stacked["cohort"] + stacked["age"]
    return stacked.pivot(index="cohort", columns="month", values="value")


def show_cohorts(metric="retention", view="by age"):
    table = tables[metric] if view == "by age" else calendar_view(tables[metric])
    fmt = ".0f" if metric == "count" else ".0%"
    fig, ax = plt.subplots(figsize=(12, 7.5))
    cohort.cohort_heatmap(table, f"{titles[metric]}, {view}", fmt=fmt, ax=ax)
    if view == "by calendar month":
        ax.set_xlabel("Calendar month  (hatched: before the cohort signed up)")
        ax.tick_params(axis="x", rotation=90)
    plt.show()


# %% tags=["nbval-ignore-output"]
metric_picker = widgets.Dropdown(options=["retention", "conversion", "count"], description="metric")
view_picker = widgets.ToggleButtons(options=["by age", "by calendar month"], description="view")
widgets.interactive(show_cohorts, metric=metric_picker, view=view_picker)

# %% [markdown]
# Things to look for: in *count* by age, the September 2024 cohort (the promotion month)
# has more than three times the users of the August cohort, yet from month 2 to month 8 it
# completes only about a fifth more rides. In *conversion* by calendar month, find the
# stripes again.
# %% [markdown]
# ## See it 4: behavioural cohorts inside the action-needed segment
#
# Now the important customer. First the segment, recomputed exactly as in notebooks 04 and
# 06 (age band x region, cut at the median):
# %%
counts = metrics.per_user_counts(
    events, {"attempts": "reservation_attempt", "rides": "return"}, users=users["user_id"]
)
per_user = users.set_index("user_id").join(counts)
per_user["segment"] = segments.combine(per_user, ["age_band", "region"])
segs = per_user.groupby("segment").agg(
    users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean")
)
placed = quadrant.place(segs.reset_index(), "attempts", "rides", threshold="median")
action_segments = placed.loc[placed["quadrant"] == "action needed", "segment"]
action_users = per_user.index[per_user["segment"].isin(action_segments)]
len(action_users)

# %% [markdown]
# A behavioural cohort here is a group of **search sessions** (sessions with a browse
# event) that share a behaviour. The key one, "set the time first on the map", is a session
# whose *first* browse event is `time_set`:
# %%
browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
first_browse = browse.groupby("session_id")["event"].first()
(first_browse == "time_set").value_counts()

# %% [markdown]
# `search_behaviour.search_sessions` builds one row per search session with four such
# behaviours: `time_first` (as above), `used_filter` (used the car-type filter),
# `two_plus_zones` (clicked two or more zones) and `kept_car` (looked at the same car type
# as in the user's last completed ride - only for users who rode before), plus the outcome
# `reserved`.
# %%
sessions = search_behaviour.search_sessions(events, version_col="app_version")
action_sessions = sessions[sessions["user_id"].isin(action_users)]
action_sessions[["time_first", "used_filter", "two_plus_zones", "kept_car", "reserved"]].head()

# %% [markdown] tags=["deck-question"]
# **Guess first:** of the four behaviours, which one marks sessions that convert *lower*?
# %%
rows = []
for behaviour, label in search_behaviour.BEHAVIOURS.items():
    rate = search_behaviour.conversion_by(action_sessions, behaviour)["conversion"]
    rows.append({"behaviour": label, "with": rate[True], "without": rate[False]})
by_behaviour = pd.DataFrame(rows).set_index("behaviour")
by_behaviour.round(3)

# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(8.5, 4))
by_behaviour[["without", "with"]].mul(100).plot.barh(
    ax=ax, color=[style.PALETTE["grey"], style.PALETTE["vermillion"]]
)
ax.invert_yaxis()
for bars in ax.containers:
    ax.bar_label(bars, fmt="%.0f%%", fontsize=8.5, padding=2)
ax.set_xlim(0, 42)
ax.legend(["sessions without it", "sessions with it"], loc="lower right")
ax.set_ylabel("")
ax.grid(axis="y", visible=False)
style.takeaway(
    ax,
    "Setting the time first is the pain: those sessions convert far lower",
    xlabel="Search sessions ending in a reservation (%), action-needed users",
)
plt.show()

# %% [markdown]
# Three behaviours help a little: using the car-type filter (25% vs 21%), clicking two or
# more zones (23% vs 21%), keeping the car type of the last ride (28% vs 26%). One hurts a
# lot: sessions that **set the time first** end in a reservation 15% of the time, against
# 26% for the others. That is the pain point, now seen as a behaviour, not a segment: the
# map shows cars, but not whether they are free *at the time the user set*.
# %% [markdown]
# ## See it 5: the release that helped
#
# On 4 March 2025 Bomcar released **app 3.0**: "the map shows which cars are free at the
# time you set". Each event carries the app version the user ran, so the sessions form
# cohorts by version. Compare time-first and other sessions on each version:
# %%
by_version = action_sessions.pivot_table(
    index="app_version", columns="time_first", values="reserved", aggfunc="mean"
)
by_version.columns = ["other sessions", "time-first sessions"]
by_version.round(3)

# %%
fig, ax = plt.subplots(figsize=(8, 4))
by_version.mul(100).plot.bar(ax=ax, color=[style.PALETTE["grey"], style.PALETTE["vermillion"]])
ax.tick_params(axis="x", rotation=0)
ax.legend(loc="upper left", ncols=2)
ax.set_ylim(0, by_version.to_numpy().max() * 100 * 1.3)
style.takeaway(
    ax,
    "App 3.0 narrowed the time-first gap, but did not close it",
    xlabel="App version",
    ylabel="Sessions ending in a reservation (%)",
)
plt.show()

# %% [markdown]
# On versions 2.7 to 2.9 time-first sessions convert at about half the rate of the others;
# on 3.0 the gap is much smaller. A release that helped - or a coincidence? Version 3.0
# sessions all come from March 2025 on: after the price rise, in spring. To believe the
# release did it, rule out the calendar.
# %% [markdown]
# ## See it 6: confounders - price, summer, promotion, release
#
# A **confounder** (교란 변수) is something else that changed at the same time and could
# explain the difference. Bomcar's `calendar.csv` lists what the company did and when:
# %%
calendar

# %% [markdown]
# Each kind of event leaves a different fingerprint:
#
# | What changed | Whom it hits | Fingerprint in the data |
# |---|---|---|
# | price change (1 Nov 2024) | everyone, from one date | all groups drop in the same month; the *ratio* between groups stays |
# | summer (July-August) | everyone, every year | all groups rise in the same months |
# | promotion month (Sept 2024) | the users it brings in | one cohort (a row) is different from the start |
# | app release (3.0) | only sessions on the new version, only the behaviour it fixes | the fixed behaviour improves, on the new version, within the same weeks |
#
# Monthly conversion of time-first and other search sessions (all users: the price and the
# release reach everyone), and the ratio between them:
# %%
sessions["month"] = sessions["start"].dt.to_period("M")
monthly = sessions.pivot_table(
    index="month", columns="time_first", values="reserved", aggfunc="mean"
)
monthly.columns = ["other sessions", "time-first sessions"]
monthly["ratio"] = monthly["time-first sessions"] / monthly["other sessions"]
monthly.loc["2024-09":"2025-04"].round(2)

# %%
fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6.5), sharex=True)
x = [str(m) for m in monthly.index]
top.plot(x, monthly["other sessions"] * 100, marker="o", color=style.PALETTE["grey"])
top.plot(x, monthly["time-first sessions"] * 100, marker="o", color=style.PALETTE["vermillion"])
top.legend(["other sessions", "time-first sessions"], loc="lower left", ncols=2)
bottom.plot(x, monthly["ratio"], marker="o", color=style.PALETTE["blue"])
for month, text in [("2024-07", "summer"), ("2024-11", "price +12%"), ("2025-03", "app 3.0")]:
    for ax in (top, bottom):
        ax.axvline(month, color=style.PALETTE["black"], ls=":", lw=1)
    top.text(month, 42, f" {text}", fontsize=9)
top.set_ylim(4, 45)
style.takeaway(
    top,
    "Price and summer move both lines; app 3.0 lifts only time-first",
    ylabel="Ending in a reservation (%)",
)
style.takeaway(
    bottom, "", xlabel="Month of the session", ylabel="Ratio: time-first / other", note=False
)
bottom.tick_params(axis="x", rotation=90)
fig.tight_layout()
plt.show()

# %% [markdown]
# Read the two panels together:
#
# - **Summer 2024**: both lines rise. A season, not a change in search.
# - **September 2024**: both lines dip. The promotion's new users, who rarely book, made up
#   many of that month's sessions - a change in the *mix* of users, not in the product.
# - **November 2024**: both lines fall together, and the ratio (bottom) does not move. The
#   price rise hit every session at once.
# - **March 2025**: only the time-first line rises, and the ratio jumps from about 0.5 to
#   about 0.7. That is the release's fingerprint.
#
# The cleanest test holds the calendar fixed: in the **same weeks** (4-31 March 2025, same
# price, same season) some users still ran 2.9 - they had not updated yet - and others ran
# 3.0.
# %%
march = sessions[(sessions["start"] >= "2025-03-04") & (sessions["start"] < "2025-04-01")]
march.pivot_table(
    index="app_version",
    columns="time_first",
    values="reserved",
    aggfunc=["mean", "size"],
).round(3)

# %% [markdown]
# Same weeks, same prices: time-first sessions on 3.0 convert at 21%, on 2.9 at 13%; the
# other sessions barely differ between versions (28% vs 30%). The release effect shows *by
# version within the same weeks*; the price effect hit *every kind of session at once*. (Users who
# update late may differ a little from early updaters - a reason the A/B test in notebook
# 08 assigns users at random.)
#
# The third confounder, the **promotion month**, is a cohort effect: it shows as one row of
# the retention table (Exercise 2) and in the next figure.
# %% [markdown]
# ## See it 7: new, retained, resurrected and dormant users
#
# Monthly active users are a stock that moves every month. Split each month's active users:
#
# - **new** (신규) - active for the first time;
# - **retained** (유지) - active this month *and* last month;
# - **resurrected** (복귀) - active this month, not last month, but some time before;
# - **dormant** (휴면) - active last month, not this month (drawn below zero).
# %%
breakdown = cohort.active_user_breakdown(events)
breakdown.loc["2024-08":"2024-11"]

# %%
fig = cohort.breakdown_plot(
    breakdown, "The promotion's new users of Sept 2024 went dormant in October"
)
plt.show()

# %% [markdown]
# September 2024 shows 1,723 new users - the promotion - and October the largest dormant
# bar of the whole log, 1,264 users who were active in September and not in October. Most
# of the promotion users came for the free hour and left. Meanwhile the retained base grows,
# and resurrected users (people coming back after a break) grow from almost none in early
# 2024 to 300 or more every month from February 2025 (358 at the peak in March, 333 in
# June 2025): for a car-sharing app, used a few times a month at most, coming back after a
# gap is normal, so dormant is not the same as lost.
# %% [markdown]
# ## Your turn
#
# ## Exercise 1 (easy): read a cell
#
# What share of the users who signed up in **June 2024** still opened the app **3 months
# after** their sign-up month? Give it as a share (e.g. 0.25), read from `retention`.
# %%
ex_cell = checks.read_cell()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Rows are cohorts (sign-up months), columns are months since sign-up, starting at 0.
# `retention.loc[row, column]`.
#
# </details>
# %% tags=["exercise"]
june_month_3 = ...

# %% tags=["solution"]
june_month_3 = retention.loc["2024-06", 3]
june_month_3

# %%
ex_cell.check(june_month_3)

# %% [markdown]
# ## Exercise 2 (medium): which cohort retains worst, and why?
#
# Read column 1 of `retention` (one month after sign-up). Which cohort keeps the smallest
# share of its users? Then look its month up in `calendar` and choose the reason:
# `"promotion"`, `"price change"`, `"summer"` or `"app release"`.
# %%
ex_worst = checks.worst_cohort()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Careful with the last row: the June 2025 cohort has no month 1 yet. `retention[1].idxmin()`
# skips blanks. Then find that month in `calendar`.
#
# </details>
# %% tags=["exercise"]
worst = {"cohort": ..., "why": ...}

# %% tags=["solution"]
worst = {"cohort": str(retention[1].idxmin()), "why": "promotion"}
worst

# %%
ex_worst.check(worst)

# %% [markdown]
# ## Exercise 3 (medium): the time-first gap before and after app 3.0
#
# In the action-needed segment, how big is the time-first **gap** - the conversion of other
# search sessions minus that of time-first sessions - on app versions before 3.0, and on
# 3.0? Use `action_sessions`; give both as shares (e.g. 0.12 for 12 points).
# %%
ex_gap = checks.release_gap()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Split `action_sessions` by `app_version == "3.0"`. In each part,
# `part.groupby("time_first")["reserved"].mean()` gives two rates; the gap is the rate for
# `False` minus the rate for `True`.
#
# </details>
# %% tags=["exercise"]
gap = {"before": ..., "after": ...}

# %% tags=["solution"]
fixed = action_sessions["app_version"] == "3.0"


def time_first_gap(part):
    rate = part.groupby("time_first")["reserved"].mean()
    return rate[False] - rate[True]


gap = {
    "before": time_first_gap(action_sessions[~fixed]),
    "after": time_first_gap(action_sessions[fixed]),
}
gap

# %%
ex_gap.check(gap)

# %% [markdown]
# ## Exercise 4 (stretch): separate the price effect from the release effect
#
# A colleague says: "Conversion fell in November because of app 2.9, and rose in March
# because of spring, not because of 3.0." Measure each effect where the other cannot act:
#
# - `price_effect`: for search sessions that did **not** set the time first (the release
#   does not touch them), conversion in November 2024 minus October 2024 (same season, no
#   search release in between, before and after the price rise);
# - `release_effect`: for **time-first** sessions between 4 and 31 March 2025 (same price,
#   same season), conversion on app 3.0 minus app 2.9.
#
# Use `sessions` (all users; it has `month`, `time_first`, `app_version`, `reserved`).
# %%
ex_effects = checks.separate_effects()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Price: filter `sessions[~sessions["time_first"]]`, group by `month`, take November minus
# October. Release: the `march` frame above already holds 4-31 March 2025; keep time-first
# sessions, group by `app_version`, take 3.0 minus 2.9.
#
# </details>
# %% tags=["exercise"]
effects = {"price_effect": ..., "release_effect": ...}

# %% tags=["solution"]
other = sessions[~sessions["time_first"]]
rate = other.groupby("month")["reserved"].mean()
price_effect = rate[pd.Period("2024-11", "M")] - rate[pd.Period("2024-10", "M")]
tf_march = march[march["time_first"]]
by_app = tf_march.groupby("app_version")["reserved"].mean()
effects = {"price_effect": price_effect, "release_effect": by_app["3.0"] - by_app["2.9"]}
effects

# %%
ex_effects.check(effects)

# %% [markdown]
# ## So what
#
# **What a PM decides.** The pain point survives the checks. Sessions that set the time
# first convert far lower, in every month and on every version before 3.0; the gap is not a
# season, not the price rise (which hit every session alike) and not the promotion (a
# cohort effect). App 3.0 roughly halved the gap in the same weeks - evidence that the
# cause is what the team thought: users cannot see which cars are free at the time they
# set. What is left of the gap is the target of the next change, and notebook 08 tests it
# with an A/B test, where random assignment removes the confounders for good.
#
# **The trap to avoid:** reading a cohort table one way only. Read by age alone, the
# November 2024 cohorts look like worse users - but the price rise hit *every* cohort that
# month (read the diagonal). And never read a young cohort's blank cells as zero: they are
# "not yet" (right-censoring). Ask of every difference: is it a row (a cohort), a column
# (an age), or a diagonal (a calendar month)?
# %% [markdown]
# ## Recap
#
# - A **cohort table** has cohorts as rows, age as columns; retention and conversion are
#   two metrics for its cells. Blank cells of young cohorts are **right-censored**: "not
#   yet", not zero.
# - **Three readings**: a row follows one cohort; a column compares cohorts at the same
#   age (cohort effects, e.g. the Sept 2024 promotion cohort); a diagonal - or the calendar
#   view - shows calendar effects (the Nov 2024 price rise, summer).
# - **Behavioural cohorts** inside the action-needed segment: setting the time first is the
#   pain point; app 3.0 narrowed it.
# - **Confounders** leave fingerprints: a price change moves all groups at once, a release
#   moves only its users on its version in the same weeks, a promotion changes one cohort.
# - Each month's active users split into **new, retained, resurrected and dormant**.
#
# [← 06 Sync the views](06_sync_views.ipynb) · [Course index](00_welcome.ipynb) · [08 A/B test →](08_ab_test.ipynb)
