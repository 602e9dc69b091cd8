# %% [markdown]
# # 00 · Welcome: Bomcar, its data, and how this course works
#
# **Start here** · [Course map ↓](#The-course-map) · [01 The north star →](01_north_star.ipynb)
#
# > **What you will learn**
# > - how to run a notebook, answer an exercise, get a hint and see a worked solution
# > - who Bomcar (봄카) is: the fictional car-sharing company whose data you will explore
# > - what is in the data: five tables, 18 months, one "today"
# > - where the course goes: the map of all 11 notebooks, and the glossary of terms
# >
# > **Time:** {{time}} · **You need:** nothing but this page. No Python experience is
# > expected: every piece of code you need is shown, and you only change small bits of it.
# >
# > **All data in this course is synthetic.** Bomcar is a made-up company; no number here
# > describes a real one.
# %% [markdown]
# ## Why this course
#
# A product manager is surrounded by numbers: sign-ups, app opens, revenue, ratings. This
# course follows one method, step by step, to answer two questions that matter more: **which
# customers are most important to us in the long run, and what should we do for them?**
#
# 1. pick the one number that shows customers getting value (the north star, 북극성 지표);
# 2. map the customer's journey and find where they drop off (the funnel);
# 3. split customers into segments, and place them on a quadrant;
# 4. connect the business goals to what those customers need;
# 5. check the answer with cohorts and an A/B test.
#
# You do it all on one company's data, with exercises that check your answer at once.
# %% [markdown]
# ## How to use this kit
#
# A notebook is a list of **cells**: text cells like this one, and **code cells** (grey
# boxes). To run a code cell, click it and press **Shift+Enter**: the code runs, its result
# appears under it, and the next cell is selected. Run the cells **from top to bottom**: a
# later cell often needs something an earlier one made.
#
# Run the cell below now. It loads the course's tools; it shows nothing, and that is fine.
# %%
import matplotlib.pyplot as plt
import pandas as pd

from helpers import data, i18n, style
from helpers.checks import nb00 as checks

i18n.set_language("en")
style.use_course_style()

# %% [markdown]
# Now a cell that shows something: the data's "today". Bomcar's data stops the day before.
# %%
data.TODAY

# %% [markdown]
# ### Exercises, verdicts, hints and solutions
#
# Exercises look like this: a code cell with `...` where your answer goes.
#
# ```python
# answer = ...   # replace the ... with your answer
# ```
#
# 1. Replace the `...` with your answer and run the cell (Shift+Enter).
# 2. Run the **check cell** under it. It prints a verdict: *Correct!*, *Not yet* with what is
#    wrong, or *Not answered yet* if the `...` is still there. That never breaks anything:
#    you can skip an exercise and carry on.
# 3. Each wrong try gets a **hint**, more specific each time. There is also a folded
#    **Hint** box in the text above each exercise.
# 4. Stuck? Click **Show a worked solution** under the exercise to unfold it. Try first: you
#    learn much more from a wrong answer and a hint than from reading a solution.
#
# **Lost?** Red error text is normal while learning. Read its last line; usually a name is
# misspelt or a cell above was not run. If things get tangled, use the menu **Kernel →
# Restart Kernel and Run All Cells...** (or **Run → Run All Above Selected Cell**) to start
# clean. On Binder your changes are lost when you close the tab: use **File → Download** to
# keep them. A copy of each notebook with all solutions filled in is in the `solutions`
# folder.
# %% [markdown]
# ## The company: Bomcar (봄카)
#
# **Bomcar** is a fictional Korean car-sharing app. Cars wait in parking zones in Seoul,
# Gyeonggi, Incheon, Busan, Daegu and Jeju. A customer:
#
# 1. opens the app and looks at the map of zones;
# 2. searches and browses (탐색/조회): sets a time, filters by car type, clicks zones, views
#    cars;
# 3. tries to reserve a car, and may get it (or not: the car is taken, the card fails);
# 4. picks the car up, drives, and **returns** it (반납) to the zone: a completed ride.
#
# Individual customers pay by card when they return the car. **Corporate accounts and
# membership subscribers get one invoice a month** for the previous month's rides.
#
# Bomcar launched on 1 January 2024. The data covers **18 months**, up to 30 June 2025;
# "today" is **1 July 2025**. Along the way Bomcar ran a promotion, raised its prices and
# shipped new app versions, all listed in a small calendar table.
# %% [markdown]
# ## See it: the data in five tables
#
# `helpers.data` loads each table, ready to use (dates as dates, Bomcar's internal test
# accounts left out):
# %%
users = data.load_users()
events = data.load_events()
rides = data.load_rides()
payments = data.load_payments()
calendar = data.load_calendar()

# %%
sizes = {
    "users": users,
    "events": events,
    "rides": rides,
    "payments": payments,
    "calendar": calendar,
}
pd.Series({name: len(table) for name, table in sizes.items()}, name="rows")

# %% [markdown]
# | table | one row is ... | rows |
# |---|---|---|
# | `users` | a customer, with sign-up time, channel, region, age band, membership | 10,000 |
# | `events` | one thing a user did in the app (open, search, reserve, return, ...) | 801,738 |
# | `rides` | a completed ride, with its fare in KRW and how it is billed | 26,100 |
# | `payments` | money received: a card payment or a monthly invoice | 18,771 |
# | `calendar` | something Bomcar did: a promotion, a price change, an app release | 8 |
#
# Every column is explained in the [data dictionary](../data/README.md). A first look at
# three users:
# %%
users.head(3)

# %% [markdown]
# Each user has an id (`user_id`, used in every table), a sign-up time and a few traits. The
# event log is the richest table. Here are its first rows, one user's first visit:
# %%
events.head(6)

# %% [markdown]
# Each row is one event: who (`user_id`), which visit (`session_id`), when (`timestamp`),
# what (`event`) and where (`zone`, `car_type` when they apply). The event names, roughly in
# the order of a customer's journey:
#
# | event | what happened |
# |---|---|
# | `app_open` | the user opened the app (a new visit) |
# | `map_view`, `time_set`, `car_type_filter`, `zone_click`, `car_view` | search and browse: the map, a time, a car-type filter, a zone, a car |
# | `reservation_attempt` | pressed "reserve" |
# | `reservation`, `payment_failure` | the reservation went through, or the card failed |
# | `cancellation` | a reservation was cancelled before the ride |
# | `ride_start`, `return` | picked the car up; brought it back: a **completed ride** |
# | `accident_report`, `coupon_use`, `referral` | reported an accident, used a coupon, invited a friend |
#
# When does the log start and end?
# %%
events["timestamp"].min(), events["timestamp"].max()

# %% [markdown]
# From the morning of 1 January 2024 to the night of 30 June 2025: 18 months.
# %% [markdown]
# ## Exercise 1 (easy): how many users does Bomcar have?
#
# Set `n_users` to the number of users (without the internal test accounts, which
# `data.load_users()` already leaves out).
#
# <details><summary>Hint</summary>
#
# One row of `users` is one user. `len(table)` counts the rows of a table.
#
# </details>
# %% tags=["exercise"]
n_users = ...

# %% tags=["solution"]
n_users = len(users)

# %%
ex_users = checks.n_users()
ex_users.check(n_users)

# %% [markdown]
# Try a wrong number too, e.g. `n_users = len(events)`, to see what a hint looks like.
# %% [markdown]
# ## A first picture: sign-ups per month
#
# How many people signed up each month? `dt.to_period("M")` turns each sign-up time into
# its month; `value_counts()` counts the rows per month.
# %% tags=["deck-figure"]
signups = users["signup_at"].dt.to_period("M").value_counts().sort_index()
fig, ax = plt.subplots(figsize=(9, 4))
ax.bar(signups.index.to_timestamp(), signups, width=20, color=style.PALETTE["blue"])
style.takeaway(
    ax,
    "Sign-ups grew over the 18 months, and one month stands out",
    xlabel="Month of sign-up",
    ylabel="Users who signed up",
)
plt.show()

# %% [markdown] tags=["deck-question"]
# Sign-ups grew over the 18 months, but one bar towers over the others. What happened that
# month? And did it matter? Keep the question: [notebook 01](01_north_star.ipynb) answers
# it, and the answer is one of the most useful lessons in the course.
# %% [markdown]
# ## Taking one number out of a table
#
# Many answers in this course are **one number that sits in a table**. How many people
# signed up in June 2024? Put the counts in a table with a `month` and a `users`
# column, then keep the row you want and the column you want with
# `table.loc[which rows, which column]`:
# %%
per_month = signups.rename_axis("month").reset_index(name="users")
june = per_month.loc[per_month["month"] == "2024-06", "users"]
june

# %% [markdown]
# That is still a small table: one row, shown with its row number (5) on the left. Add
# **`.item()`** to take the number itself out of it:
# %%
june.item()

# %% [markdown]
# 390 users signed up in June 2024. Remember `.item()`: whenever a filter leaves
# exactly one value and you need the number, end with it. (The checkers accept a one-row
# answer too, and remind you of `.item()`.)
# %% [markdown]
# ## Exercise 2 (easy): which month had the most sign-ups?
#
# Read it off the chart, then let pandas find it: set `peak_month` to that month, e.g.
# `"2024-03"`.
#
# <details><summary>Hint</summary>
#
# `signups` (from the cell above) holds one count per month. `signups.idxmax()` gives the
# month with the largest count.
#
# </details>
# %% tags=["exercise"]
peak_month = ...  # e.g. "2024-03"

# %% tags=["solution"]
peak_month = signups.idxmax()
peak_month

# %%
ex_peak = checks.peak_signup_month()
ex_peak.check(peak_month)

# %% [markdown]
# ## Exercise 3 (medium): what share of users completed a ride?
#
# Bomcar sells rides. What share of its users have completed at least one ride (a `return`
# event)? Give a share between 0 and 1, e.g. `0.25` for a quarter.
#
# <details><summary>Hint</summary>
#
# Keep only the `return` events: `events[events["event"] == "return"]`. Count the
# *different* users among them with `["user_id"].nunique()`, then divide by the number of
# users.
#
# </details>
# %% tags=["exercise"]
share_riders = ...

# %% tags=["solution", "deck-number"]
returns = events[events["event"] == "return"]
share_riders = returns["user_id"].nunique() / len(users)
share_riders

# %%
ex_riders = checks.share_riders()
ex_riders.check(share_riders)

# %% [markdown]
# Only **58%** of users have completed a ride (5,768 of 10,000 users). More than four in
# ten of the people who signed up never got what Bomcar sells. Which of them matter, and what stopped
# the rest? That is what the rest of the course works out.
# %% [markdown]
# ## The course map
#
# The course index. Each notebook takes one step of the method; do them in order. Times are
# for a workshop; alone, take as long as you like.
#
# | # | notebook | time | what you will do |
# |---|---|---|---|
# | 00 | [Welcome](00_welcome.ipynb) | {{minutes:00}} | meet Bomcar and its data; learn how the kit works (this page) |
# | 01 | [The north star](01_north_star.ipynb) | {{minutes:01}} | pick the one metric that shows customers getting value, and test that it leads revenue |
# | 02 | [Journey map and funnel](02_journey_funnel.ipynb) | {{minutes:02}} | map the customer journey to AARRR; build a funnel and find where customers drop off |
# | 03 | [Segmentation](03_segmentation.ipynb) | {{minutes:03}} | split customers into Mass and Specific segments, customer elements, behaviour and jobs-to-be-done segments, RFM |
# | 04 | [The quadrant](04_quadrant.ipynb) | {{minutes:04}} | place segments on attempts vs rides and find who hesitates |
# | 05 | [Business view](05_business_view.ipynb) | {{minutes:05}} | set stage metrics and leading indicators; dig to root causes with 5 whys; draw the strategy map |
# | 06 | [Sync the two views](06_sync_views.ipynb) | {{minutes:06}} | match business keywords to customer needs and name the important customer |
# | 07 | [Cohort analysis](07_cohorts.ipynb) | {{minutes:07}} | read cohort tables three ways, watch for confounders and young cohorts |
# | 08 | [A/B test](08_ab_test.ipynb) | {{minutes:08}} | test the fix for the pain point and make a launch decision |
# | 09 | [KPIs, OKRs and NPS](09_kpi_okr_nps.ipynb) | {{minutes:09}} | on a second company (Dalbit, B2B SaaS): vanity vs actionable KPIs, NPS, OKRs, LTV and CAC |
# | 10 | [Capstone](10_capstone.ipynb) | {{minutes:10}} | run the whole method on your own event log |
# %% [markdown]
# ## Glossary: ten key terms
#
# The course uses Korean terms beside the English ones, as Korean product teams do. The
# full list of terms, with a one-line meaning each, is in the
# [glossary](../docs/glossary.md). Ten you will meet first:
#
# | English | 한국어 | meaning |
# |---|---|---|
# | north star metric | 북극성 지표 | the one number that shows customers getting the product's core value |
# | lagging indicator | 후행 지표 | a metric that moves after the fact, e.g. revenue |
# | leading indicator | 선행 지표 | a metric that moves first, early enough to act on |
# | input metric | 투입 지표 | a metric a team can move that drives the north star |
# | customer journey map | 고객 여정 지도 | the stages a customer goes through, with what they do and need at each |
# | segment | 세그먼트 | a group of customers who share a situation or trait |
# | quadrant | 사분면 | a 2 × 2 map of segments (here: reservation attempts vs completed rides) |
# | cohort analysis | 코호트 분석 | following groups who started at the same time (or did the same thing) over time |
# | return | 반납 | bringing the car back: Bomcar's completed ride |
# | search/browse | 탐색/조회 | looking for a car: map, time, car type, zone, car |
# %% [markdown]
# ## So what
#
# You now know the company, the five tables and how to work through an exercise. Everything
# that follows is built from these tables, with the same few pandas moves: filter rows,
# count, group by month.
#
# **The trap to avoid:** trusting a number before you know what it counts. `events` has
# 801,738 rows but Bomcar has 10,000 users; the raw files also hold internal test accounts.
# Always ask: *one row is what?* and *who is left out?*
# %% [markdown]
# ## Recap
#
# - Shift+Enter runs a cell; replace `...`, run the check, read the verdict and the hint;
#   the worked solution is folded under each exercise.
# - Bomcar (봄카) is a fictional car-sharing app; the data is synthetic, 18 months, "today"
#   is 2025-07-01.
# - Five tables: users, events, rides, payments, calendar. A completed ride is a `return`.
# - One month's sign-ups stand out, and more than four in ten users never rode. Notebook 01 starts
#   from there.
#
# **Start here** · [Course map ↑](#The-course-map) · [01 The north star →](01_north_star.ipynb)
