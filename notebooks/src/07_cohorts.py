# %% [markdown]
# # 07 · Cohort analysis: check the story before you bet on it
#
# [← 06 Sync the views](06_sync_views.ipynb) · [Course index](00_welcome.ipynb) · [08 A/B test →](08_ab_test.ipynb)
#
# > **What you will learn**
# > - build a monthly sign-up cohort table by hand, then with one helper, and draw it as a
# >   heatmap
# > - why the empty cells of young cohorts mean "not yet", not zero (right-censoring)
# > - the three readings of a cohort table: one cohort over time (a row), cohorts against
# >   each other at the same age (a column), old users vs new users - and the calendar
# >   diagonal as a fourth
# > - behavioural cohorts month by month inside the important customer: the pain point, and
# >   the app release that helped there and nowhere else
# > - tell confounders apart - a price change, summer, a promotion month - and split each
# >   month's active users into new, retained, resurrected and dormant
# >
# > **Time:** {{time}}.
# >
# > **You need:** [06 Sync the views](06_sync_views.ipynb) (the important customer and its
# > time-first pain).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: a monthly total mixes people who are not alike
#
# In notebook 06 you chose the important customer: pay-per-ride members who have not got
# going yet (the action-needed combinations of notebook 04), whose search sessions that set
# the time first rarely end in a reservation. Before the team bets
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
import numpy as np
import pandas as pd
import seaborn as sns

from helpers import cohort, combinations, data, i18n, important_customer, search_behaviour, style
from helpers.checks import nb07 as checks

i18n.set_language("en")
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
    "Retention (app opens): the big drop comes by month 2, then a slow slide",
    xlabel="Months since sign-up (0 = the sign-up month; hatched: not yet)",
    ylabel="Cohort (month of sign-up)",
)
plt.show()

# %% [markdown]
# The triangle shape *is* the censoring: each younger cohort has one column fewer. Month 0
# is 100% in every row (everyone opens the app in the month they sign up), so the colour
# scale leaves it out: `vmax` is the best later cell, and the other cells can be told apart.
# The figure is drawn with **seaborn** (`sns.heatmap`): to draw your own table, change
# `retention` to it. Read it three ways, then a fourth.
#
# **1. Along a row - one cohort over time.** The January 2024 cohort: 78% still opened the
# app in month 1, 46% in month 2, and 21% in month 17. The big fall is between month 1 and
# month 2; after that the curve flattens - the users who get through their first weeks
# stay. (Notebook 01's aha moment is about who gets through.)
#
# **2. Down a column - cohorts at the same age.** Column 1 compares every cohort one month
# after sign-up, so age is held fixed. Most cohorts sit close together there; one does not.
# Exercise 2 asks you which and why. A low cohort in a column is a **cohort effect**: those
# users were different from the start.
#
# **3. Old users vs new users - early cohorts against recent ones.** Do the users who
# sign up now stay like the first users did? Compare the first three cohorts with the last
# three that have reached month 3, at the ages both have (months 1 to 3):
# %%
first_three = retention.iloc[:3]
grown = retention[retention[3].notna()]  # cohorts that have reached month 3
last_three = grown.iloc[-3:]
old_vs_new = pd.DataFrame(
    {
        "old users (" + ", ".join(map(str, first_three.index)) + ")": first_three[[1, 2, 3]].mean(),
        "new users (" + ", ".join(map(str, last_three.index)) + ")": last_three[[1, 2, 3]].mean(),
    }
)
old_vs_new.round(3)

# %% [markdown]
# The new users retain about as well as the old ones: 81% vs 80% in month 1,
# 45% vs 46% in month 2, 43% vs 43% in month 3 - within 2 points at each age. The product did not get
# worse (or better) at keeping users over the year; the drop after month 1 is the same for
# both. (Compare at the same ages only: the new cohorts have no month 17 to compare yet.)
#
# **4. Across a diagonal - the same calendar month.** The cells where cohort + age is the
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
    conversion, "Conversion by cohort and age is noisy - the Sept 2024 cohort is lowest"
)
plt.show()

# %% [markdown]
# Noisier than retention: the smallest cell holds only 52 users, so a cell can swing
# 10 points by chance. Read the pattern, not single cells. In column 0 (the sign-up
# month) the September 2024 row (the promotion month) stands out at 45%, the lowest; the
# summer 2024 cohorts convert at 68% and 69%, the November 2024 to February
# 2025 cohorts at 47% to 52%. Are the late-2024 users worse? Or did something happen *in
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
# 74% in the summer months, 56% in the four months after the price rise of 1 Nov 2024
# (hourly prices up 12%). But the fall began before the price rise: from 75% in August to
# 66% in September-October, the promotion month and the end of summer. The price rise
# adds to a fall already under way. Summer and the price rise are **calendar effects**: they hit all
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
# completes only about a quarter more rides. In *conversion* by calendar month, find the
# stripes again.
# %% [markdown]
# ## See it 4: behavioural cohorts inside the important customer
#
# Now the important customer of notebook 06, in the words of `helpers.important_customer`
# (the same words notebooks 06 and 08 use):
# %%
print(important_customer.NAME)
print("=", important_customer.DEFINITION)

# %% [markdown]
# The definition rests on `combinations.combination_users`, the per-user table of notebooks
# 03 and 04: one row per user who **searched in the first 60 days** after sign-up and whose
# windows (60 early days + 180 later days) are **complete** by the end of the log. So it
# covers users who signed up from 1 January to 2 November 2024; later sign-ups are not in
# it yet (their windows are still open). `is_important_customer` marks the rows that are
# the important customer:
# %%
per_user = combinations.combination_users(events, users)
per_user["important"] = important_customer.is_important_customer(per_user)
per_user["important"].value_counts()

# %% [markdown]
# 4,575 users in the table, 1,683 of them the important customer; the other 2,892 are
# **everyone else** below (same sign-up months, same complete windows - a fair comparison).
#
# A behavioural cohort here is a group of **search sessions** (sessions with a browse
# event) that share a behaviour - a simplification: the textbook cohort groups *users* by
# what they did, but one user sets the time first in some sessions and not in others. The key one, "set the time first on the map", is a session
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
# `reserved`. We keep the sessions of the users in the table and label each by its group:
# %%
sessions = search_behaviour.search_sessions(events, version_col="app_version")
sessions = sessions[sessions["user_id"].isin(per_user.index)].copy()
is_ic = sessions["user_id"].map(per_user["important"]).astype(bool)
sessions["group"] = np.where(is_ic, "important customer", "everyone else")
ic_sessions = sessions[sessions["group"] == "important customer"]
ic_sessions[["time_first", "used_filter", "two_plus_zones", "kept_car", "reserved"]].head()

# %% [markdown] tags=["deck-question"]
# **Guess first:** of the four behaviours, which one marks sessions that convert *lower*?
# %%
rows = []
for behaviour, label in search_behaviour.BEHAVIOURS.items():
    rate = search_behaviour.conversion_by(ic_sessions, behaviour)["conversion"]
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
    ax.bar_label(bars, fmt="%.1f%%", fontsize=8.5, padding=2)
ax.set_xlim(0, by_behaviour.to_numpy().max() * 100 * 1.35)
ax.legend(["sessions without it", "sessions with it"], loc="lower right")
ax.set_ylabel("")
ax.grid(axis="y", visible=False)
style.takeaway(
    ax,
    "Setting the time first is the pain: those sessions convert at less than half the rate",
    xlabel="Search sessions ending in a reservation (%), the important customer",
)
plt.show()


# %% [markdown]
# Three behaviours help a little: using the car-type filter (10.2% vs 9.1%), clicking two
# or more zones (9.7% vs 9.3%), keeping the car type of the last ride (10.7% vs 9.3%). One
# hurts a lot: sessions that **set the time first** end in a reservation 5.6% of the time,
# against 11.9% for the others. That is the pain point, now seen as a behaviour: the map
# shows cars, but not whether they are free *at the time the user set*.
# %% [markdown]
# ## See it 5: month by month - and why the ratio is the headline
#
# Follow the behavioural cohorts month by month, inside the important customer and for
# everyone else. For each month: the conversion of time-first sessions, of the other
# sessions, and the **ratio** between them (time-first / other; 1 = no pain).
# %%
def monthly_rates(part):
    month = part["start"].dt.to_period("M")
    rate = part.groupby([month, "time_first"])["reserved"].mean().unstack()
    return pd.DataFrame(
        {
            "time-first sessions": rate[True],
            "other sessions": rate[False],
            "ratio": rate[True] / rate[False],
        }
    )


monthly = {group: monthly_rates(part) for group, part in sessions.groupby("group")}
monthly["important customer"].round(3)

# %% [markdown]
# Why the ratio and not the gap in points? The two groups convert at very different base
# rates: the important customer's other sessions end in a reservation about 12% of the
# time, everyone else's about 44%. A gap of 5 points is a disaster at 12% and a shrug at
# 44%. The ratio asks the same question in both groups: *how much worse do time-first
# sessions do than the same users' other sessions?*
# %% tags=["deck-figure"]
fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6.5), sharex=True)
ic_monthly = monthly["important customer"]
x = [str(m) for m in ic_monthly.index]
top.plot(x, ic_monthly["other sessions"] * 100, marker="o", color=style.PALETTE["grey"])
top.plot(x, ic_monthly["time-first sessions"] * 100, marker="o", color=style.PALETTE["vermillion"])
top.legend(["other sessions", "time-first sessions"], loc="upper left", ncols=2)
for group, colour in [("important customer", "vermillion"), ("everyone else", "blue")]:
    ratio = monthly[group]["ratio"].reindex(ic_monthly.index)
    bottom.plot(x, ratio, marker="o", color=style.PALETTE[colour], label=group)
bottom.axhline(1, color=style.PALETTE["black"], lw=0.8)
bottom.legend(loc="lower left", ncols=2)
for month, text in [("2024-07", "summer"), ("2024-11", "price +12%"), ("2025-03", "app 3.0")]:
    for ax in (top, bottom):
        ax.axvline(month, color=style.PALETTE["black"], ls=":", lw=1)
    top.text(month, 0.8, f" {text}", fontsize=9)
top.set_ylim(0, 19)
bottom.set_ylim(0, 1.1)
style.takeaway(
    top,
    "In the important customer, time-first sessions lag - until app 3.0",
    ylabel="Ending in a reservation (%)",
)
style.takeaway(
    bottom,
    "The ratio: near 1 for everyone else; app 3.0 lifts it only in the important customer",
    xlabel="Month of the session",
    ylabel="Ratio: time-first / other",
    note=False,
)
bottom.tick_params(axis="x", rotation=90)
fig.tight_layout()
plt.show()

# %% [markdown]
# The bottom panel is the story. **Everyone else's** ratio stays near 1 in every month
# (between 0.87 and 1.01): setting the time first costs them almost nothing. In the
# **important customer** the ratio sits between 0.29 and 0.51 in every month before app
# 3.0, and every month from March 2025 on (0.52 to 0.88) is above every month before it.
#
# By app version, over the whole log:
# %%
on_3 = np.where(sessions["app_version"].astype(str) == "3.0", "app 3.0", "before 3.0")
by_version = sessions.groupby(["group", on_3, "time_first"])["reserved"].mean().unstack()
by_version.columns = ["other sessions", "time-first sessions"]
by_version["ratio"] = by_version["time-first sessions"] / by_version["other sessions"]
by_version.round(3)

# %% [markdown]
# Inside the important customer the ratio rises from 0.41 before 3.0 to 0.74 on 3.0
# (time-first sessions 4.9% -> 8.7%, other sessions 12.0% -> 11.8%): the release fixed
# part of the pain, not all of it. For everyone else it barely moves (0.95 -> 0.93). That
# is app 3.0's **fingerprint**: a change where the pain was, and not elsewhere.
# %% [markdown]
# ## See it 6: confounders - price, summer, promotion, release
#
# A release that helped - or a coincidence? App 3.0 came out on 4 March 2025, so its
# sessions all come from March 2025 on: after the price rise, in spring. A **confounder** (교란 변수) is something else that
# changed at the same time and could explain the difference. Bomcar's `calendar.csv` lists
# what the company did and when:
# %%
calendar

# %% [markdown]
# Each kind of event leaves a different fingerprint:
#
# | What changed | Whom it hits | Fingerprint in the data |
# |---|---|---|
# | price change (1 Nov 2024) | everyone, from one date | all lines drop in the same month, in both groups; no jump in the ratio |
# | summer (July-August) | everyone, every year | a vertical stripe: most cohorts brighter in the same months (not every line must rise) |
# | promotion month (Sept 2024) | the users it brings in | one cohort (a row) is different from the start |
# | app release (3.0) | only sessions on the new version, only the behaviour it fixes | the fixed behaviour improves, on the new version, where the pain was |
#
# Read the figure of See it 5 with this table:
#
# - **Summer 2024**: the important customer's other sessions convert better in July and
#   August (14.4% and 14.1%, against 11.3% in May). A season, not a change in search.
#   Everyone else's other sessions do *not* rise (51% in June, 47% and 48% in July and
#   August): a season need not lift every group.
# - **November 2024**: both lines fall (other sessions 11.9% -> 10.7%, time-first 5.7% ->
#   4.2%), and everyone else's lines fall too. The price rise hit every session at once;
#   the ratio stays inside its usual range.
# - **March 2025**: only the time-first line rises (4.9% in February, 9.5% in March);
#   the other sessions stay put (10.7% and 10.8%). The ratio jumps - in the important
#   customer only. That is the release's fingerprint.
#
# The cleanest test holds the calendar fixed: in the **same weeks** (4-31 March 2025, same
# price, same season) some users still ran 2.9 - they had not updated yet - and others ran
# 3.0.
# %%
march = ic_sessions[(ic_sessions["start"] >= "2025-03-04") & (ic_sessions["start"] < "2025-04-01")]
march.pivot_table(
    index="app_version",
    columns="time_first",
    values="reserved",
    aggfunc=["mean", "size"],
).round(3)

# %% [markdown]
# Same weeks, same prices, the important customer: time-first sessions on 3.0 convert at
# 10.4%, on 2.9 at 7.7%; the other sessions barely differ between versions
# (11.1% vs 11.8%). Only 142 time-first sessions ran 2.9 in those weeks, so the difference
# is rough - but it points the same way. (Users who update late may differ a little from
# early updaters - a reason the A/B test in notebook 08 assigns users at random.)
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
# September 2024 shows 1,738 new users - the promotion - and October the largest dormant
# bar of the whole log, 1,258 users who were active in September and not in October. Most
# of the promotion users came for the free hour and left. Meanwhile the retained base grows,
# and resurrected users (people coming back after a break) grow from almost none in early
# 2024 to 350 or more every month from March 2025 (405 at the peak in March, 383 in
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
june_month_3 = round(float(retention.loc["2024-06", 3]), 3)
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
# ## Exercise 3 (medium): the ratio before and after app 3.0
#
# In the important customer, what is the time-first **ratio** - the conversion of
# time-first search sessions divided by that of the other search sessions - on app versions
# before 3.0, and on 3.0? Use `ic_sessions`; give both as plain numbers (e.g. 0.5).
# %%
ex_ratio = checks.release_ratio()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Split `ic_sessions` by `app_version == "3.0"`. In each part,
# `part.groupby("time_first")["reserved"].mean()` gives two rates; the ratio is the rate for
# `True` divided by the rate for `False`.
#
# </details>
# %% tags=["exercise"]
ratio = {"before": ..., "after": ...}

# %% tags=["solution"]
fixed = ic_sessions["app_version"] == "3.0"


def time_first_ratio(part):
    rate = part.groupby("time_first")["reserved"].mean()
    return rate[True] / rate[False]


ratio = {
    "before": round(float(time_first_ratio(ic_sessions[~fixed])), 3),
    "after": round(float(time_first_ratio(ic_sessions[fixed])), 3),
}
ratio

# %%
ex_ratio.check(ratio)

# %% [markdown]
# ## Exercise 4 (stretch): where did the release leave its fingerprint?
#
# A colleague says: "Conversion rose in spring 2025 for everyone; app 3.0 had nothing to do
# with it." For each group - the important customer and everyone else - compute how much
# the ratio changed on app 3.0: the ratio on 3.0 minus the ratio before 3.0. Then say where
# the release left its fingerprint: `"important customer"`, `"everyone else"`, `"both"` or
# `"neither"`.
#
# Use `sessions` (it has `group`, `time_first`, `app_version`, `reserved`).
# %%
ex_fingerprint = checks.fingerprint()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Write a function that returns the ratio of a set of sessions (as in Exercise 3). For each
# group, `part = sessions[sessions["group"] == name]`, split by
# `part["app_version"] == "3.0"`, and take the ratio on 3.0 minus the ratio before.
#
# </details>
# %% tags=["exercise"]
change = {"important": ..., "everyone_else": ..., "where": ...}


# %% tags=["solution"]
def ratio_change(part):
    on_new = part["app_version"] == "3.0"
    rate_new = part[on_new].groupby("time_first")["reserved"].mean()
    rate_old = part[~on_new].groupby("time_first")["reserved"].mean()
    return rate_new[True] / rate_new[False] - rate_old[True] / rate_old[False]


change = {
    "important": round(float(ratio_change(sessions[sessions["group"] == "important customer"])), 3),
    "everyone_else": round(float(ratio_change(sessions[sessions["group"] == "everyone else"])), 3),
    "where": "important customer",
}
change

# %%
ex_fingerprint.check(change)

# %% [markdown]
# ## So what
#
# **What a PM decides.** The pain point survives the checks. Inside the important
# customer, sessions that set the time first convert at about half the rate of the same
# users' other sessions or less, in every month before app 3.0; for everyone else the ratio
# stays near 1. The pain is not a season, not the price rise (which hit every session alike) and
# not the promotion (a cohort effect). App 3.0 lifted the ratio from 0.41 to 0.74 in the
# important customer and left everyone else's where it was - evidence that the cause is
# what the team thought: these users cannot see which cars are free at the time they set.
# What is left is the target of the next change: 3.0 *marks* which cars are free, but a
# time-first search can still pick a taken one; the next change *hides* the taken cars.
# Notebook 08 tests it with an A/B test, where random assignment removes the confounders
# for good.
#
# **The trap to avoid:** reading a cohort table one way only. Read by age alone, the
# November 2024 cohorts look like worse users - but the price rise hit *every* cohort that
# month (read the diagonal). And never read a young cohort's blank cells as zero: they are
# "not yet" (right-censoring). Ask of every difference: is it a row (a cohort), a column
# (an age), old vs new users, or a diagonal (a calendar month)? And when two groups convert
# at very different base rates, compare them by a ratio, not by a gap in points.
# %% [markdown]
# ## Recap
#
# - A **cohort table** has cohorts as rows, age as columns; retention and conversion are
#   two metrics for its cells. Blank cells of young cohorts are **right-censored**: "not
#   yet", not zero.
# - **Three readings**: a row follows one cohort; a column compares cohorts at the same
#   age (cohort effects, e.g. the Sept 2024 promotion cohort); old users vs new users
#   compares early cohorts with recent ones at the ages both have. A **fourth**, the
#   diagonal - or the calendar view - shows calendar effects (the Nov 2024 price rise,
#   summer).
# - **Behavioural cohorts** month by month inside the important customer: setting the time
#   first is the pain point (ratio 0.41; everyone else 0.95); app 3.0 lifted it to 0.74
#   there and nowhere else.
# - **Confounders** leave fingerprints: a price change moves all groups at once, a release
#   moves only its users on its version in the same weeks, a promotion changes one cohort.
# - Each month's active users split into **new, retained, resurrected and dormant**.
#
# [← 06 Sync the views](06_sync_views.ipynb) · [Course index](00_welcome.ipynb) · [08 A/B test →](08_ab_test.ipynb)
