# %% [markdown]
# # 06 · Sync the two views: who is the important customer?
#
# [← 05 Business view](05_business_view.ipynb) · [Course index](00_welcome.ipynb) · [07 Cohort analysis →](07_cohorts.ipynb)
#
# > **What you will learn**
# > - why a customer-only view and a business-only view each lead a team astray
# > - what each looks like in Bomcar's data: the Sept 2024 sign-up promotion and the
# >   Nov 2024 price rise
# > - how to translate business keywords into the needs of one segment
# >   (a keyword-to-need table)
# > - how to choose the long-term most important customer, and defend the choice with four
# >   numbers
# >
# > **Time:** {{time}}.
# >
# > **You need:** [01 North star](01_north_star.ipynb) (completed rides per month),
# > [04 Quadrant](04_quadrant.ipynb) and [05 Business view](05_business_view.ipynb).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: two views, one customer
#
# In notebooks 02-04 you looked at Bomcar through the **customer's** eyes: the journey, the
# needs at each stage, segments, the quadrant. In notebook 05 you took the **business**
# view: stage metrics, leading indicators, 5 whys, the strategy map. Each view on its own
# leads a team astray:
#
# | Focus | What the team does | What you see | Why it fails |
# |---|---|---|---|
# | **Customer-only** (고객 관점만) | fixes every complaint, in the order they arrive | a long backlog of small fixes | every pain counts the same, whether it touches a handful of users or thousands, and whether it moves the north star or not |
# | **Business-only** (비즈니스 관점만) | sign-up promotions, blanket price rises | a number on a slide jumps | customers get no more value, so completed rides do not move - or fall |
# | **Both: the intersection** (교집합) | fixes one pain of the customers whose success *is* the north star | few, bigger bets | - |
#
# The long-term most important customer sits in the **intersection**: a customer with an
# unmet need whom the business needs for its north star, *completed rides (returns, 반납)
# per month*. This notebook first shows both failures in the data, then finds the
# intersection and puts numbers on it.
# %%
import matplotlib.pyplot as plt
import pandas as pd

from helpers import data, metrics, quadrant, search_behaviour, segments, style
from helpers.checks import nb06 as checks

style.use_course_style()
events = data.load_events()
users = data.load_users()

# %% [markdown] tags=["deck-question"]
# ## See it 1: the business-only view in the data
#
# In September 2024 Bomcar ran a **sign-up promotion**: the first hour free for every new
# user. Sign-ups jumped.
#
# **Guess first:** how much did completed rides (returns) grow from August to September?
# (a) about +100% (b) about +30% (c) about nothing. Then run the cell.
# %% tags=["deck-number"]
monthly = metrics.monthly_counts(
    events, ["app_open", "reservation_attempt", "reservation", "return"]
)
monthly["signups"] = users["signup_at"].dt.to_period("M").value_counts()
aug_sep = monthly.loc["2024-08":"2024-09", ["signups", "app_open", "return"]]
change = aug_sep.iloc[1] / aug_sep.iloc[0] - 1
aug_sep.T.assign(change=change.map("{:+.0%}".format))

# %% [markdown]
# Sign-ups rose **228%** (from 525 to 1,723) and app opens 28%, but returns *fell* by 5%.
# The answer is (c). The promotion bought sign-ups and app opens - vanity numbers that look
# great on a slide - not rides. (Notebook 07 shows that these promotion users also left
# faster than any other month's sign-ups.)
#
# Two months later, on 1 Nov 2024, Bomcar **raised hourly prices by 12%** on every car. The
# second business-only move. What share of reservation attempts turned into a reservation
# (the **attempt -> reservation conversion**) before and after?
# %%
monthly["conversion"] = monthly["reservation"] / monthly["reservation_attempt"]
monthly.loc["2024-10":"2024-11", ["reservation_attempt", "reservation", "conversion"]]

# %% [markdown]
# Conversion fell from 36% in October to 31% in November: at the new price, more
# customers walked away at the last step. Revenue per ride went up, but fewer attempts
# became rides. Both moves in one picture:
# %% tags=["deck-figure"]
fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.3))
months = monthly.loc["2024-06":"2024-12"]
cols = ["signups", "app_open", "return"]
index = months[cols] / months.loc["2024-08", cols] * 100
labels = [str(m) for m in index.index]
for col, colour in zip(cols, ["orange", "sky", "blue"], strict=True):
    left.plot(labels, index[col], marker="o", color=style.PALETTE[colour], label=col)
left.legend(["sign-ups", "app opens", "returns (north star)"])
left.tick_params(axis="x", rotation=45)
style.takeaway(
    left,
    f"Promotion (Sept): sign-ups x3, returns {change['return']:+.0%}",
    xlabel="Month",
    ylabel="Index (Aug 2024 = 100)",
)
conv = monthly["conversion"]
right.plot([str(m) for m in conv.index], conv * 100, marker="o", color=style.PALETTE["blue"])
right.axvline("2024-11", color=style.PALETTE["vermillion"], ls="--")
right.text(
    "2024-11", conv.max() * 100, " price +12% (1 Nov)", va="top", color=style.PALETTE["vermillion"]
)
right.tick_params(axis="x", rotation=90)
style.takeaway(
    right, "Price rise (Nov): conversion fell", xlabel="Month", ylabel="Attempt -> reservation (%)"
)
fig.tight_layout()
plt.show()

# %% [markdown]
# Left: against August, sign-ups more than tripled in September while returns (the north
# star) fell 5%. Right: conversion stepped down in November and stayed low all winter.
# It also moves with other things - it dips in the promotion month and climbs in summer and
# after March 2025; notebook 07 untangles those. Neither move asked what customers needed.
# %% [markdown]
# ## See it 2: the customer-only view in the data
#
# Bomcar's data has no complaints inbox, but the event log shows what customers run into.
# A customer-only team would work through these pains one by one. How many users does each
# one touch?
#
# One pain needs two new words. A **search session** is an app session in which the user
# browsed (set a time, clicked a zone or looked at a car); `search_behaviour.search_sessions`
# gives one row per search session. **Setting the time first** means the first thing the
# user did on the map was to set the hour they want the car - we come back to it below.
# %%
sessions = search_behaviour.search_sessions(events)
failed_time_first = sessions["time_first"] & sessions["attempted"] & ~sessions["reserved"]


def users_with(event):
    return events.loc[events["event"] == event, "user_id"].nunique()


reach = pd.Series(
    {
        "set the time first, attempt failed": sessions.loc[failed_time_first, "user_id"].nunique(),
        "cancelled a reservation": users_with("cancellation"),
        "card pending": (users["card_status"] == "pending").sum(),
        "card failed": (users["card_status"] == "failed").sum(),
        "payment failure at booking": users_with("payment_failure"),
        "licence on hold": (users["licence_status"] == "on_hold").sum(),
        "reported an accident": users_with("accident_report"),
    }
).sort_values()
reach

# %%
fig, ax = plt.subplots(figsize=(8, 4))
colours = [
    style.PALETTE["vermillion"] if name.startswith("set the time") else style.PALETTE["grey"]
    for name in reach.index
]
ax.barh(reach.index, reach, color=colours)
for y, n in enumerate(reach):
    ax.text(n, y, f" {n:,}", va="center", fontsize=9)
ax.set_xlim(0, reach.max() * 1.15)
ax.grid(axis="y", visible=False)
ratio = reach.max() / reach["payment failure at booking"]
style.takeaway(
    ax,
    f"One pain touches {ratio:.0f}x more users than payment failures",
    xlabel="Users who hit it (whole log)",
)
plt.show()

# %% [markdown]
# 4,986 users set the time first, tried to reserve and failed; 191 hit a payment failure,
# 176 have a licence on hold, 89 reported an accident. A complaints inbox gives each of these
# one ticket per user who writes in, and a customer-only team fixes them in arrival order.
# The rare pains still deserve a fix (a licence on hold blocks every booking), but they
# cannot move the north star: too few users hit them. Reach alone is not the whole answer
# either - next we ask *whose* pain it is.
# %% [markdown] tags=["deck-question"]
# ## See it 3: the intersection - the action-needed quadrant, recomputed
#
# In notebook 04 you placed segments on a quadrant: x = reservation attempts per user,
# y = completed rides per user. We recompute it here the same way - segments are
# age band x region, cut at the median - so every number below comes from one definition.
#
# **Guess first:** which quadrant holds the most users?
# %% tags=["deck-number"]
counts = metrics.per_user_counts(
    events,
    {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"},
    users=users["user_id"],
)
per_user = users.set_index("user_id").join(counts)
per_user["segment"] = segments.combine(per_user, ["age_band", "region"])
segs = (
    per_user.groupby("segment")
    .agg(users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
)
placed = quadrant.place(segs, "attempts", "rides", threshold="median")
quadrant.quadrant_summary(placed, "users")

# %% [markdown]
# **Action needed** - many attempts, few rides, "what makes them hesitate?" (뭘 망설일까) -
# is the largest quadrant: 4,514 users, 45% of all users, in 12 segments. Which segments?
# %%
action_segments = placed.loc[placed["quadrant"] == "action needed", "segment"]
sorted(action_segments)

# %% tags=["deck-figure"]
fig = quadrant.quadrant_plot(
    placed,
    "attempts",
    "rides",
    size_col="users",
    title="Action needed is the largest quadrant: 20-29-year-olds in every region",
)
plt.show()

# %% [markdown]
# All 12 are the two youngest age bands, **20-24 and 25-29, in every region**. They try
# to book often and ride rarely. That is a customer with an unmet need (the customer view)
# *and* a lot of lost rides (the business view): a candidate for the intersection. A
# candidate, not yet an answer - we need numbers.
# %% [markdown]
# ## See it 4: four numbers that defend the choice
#
# Mark each user with the quadrant of their segment, then compare action needed with
# everyone.
# %%
per_user["quadrant"] = per_user["segment"].map(
    placed.set_index("segment")["quadrant"].astype("object")
)
is_action = per_user["quadrant"] == "action needed"
by_group = per_user.groupby(is_action.map({True: "action needed", False: "everyone else"}))[
    ["attempts", "reservations", "rides"]
].sum()
by_group.loc["all users"] = by_group.sum()
by_group["conversion"] = by_group["reservations"] / by_group["attempts"]
by_group["share_of_attempts"] = by_group["attempts"] / by_group.loc["all users", "attempts"]
by_group.round(3)

# %% [markdown]
# **1. Size.** 45% of users, and they make 52% of all reservation attempts.
#
# **2. Conversion.** Only 27% of their attempts become a reservation, against 35% for all
# users (42% for everyone else). The pain is real and it is at the last step of the search.
#
# **3. The behaviour behind it.** How many of their search sessions start by setting the
# time, and how do those sessions end?
# %%
sessions["action_needed"] = sessions["user_id"].isin(per_user.index[is_action])
action_sessions = sessions[sessions["action_needed"]]
print(f"sessions that set the time first: {action_sessions['time_first'].mean():.0%}")
search_behaviour.conversion_by(action_sessions, "time_first")

# %% [markdown]
# 38% of their search sessions set the time first - and only 15% of those end in a
# reservation, against 26% of their other search sessions. The map does not show which
# cars are free *at the time they set*, so they attempt, fail and try again. (Notebook 07
# follows this behaviour over time.)
#
# **4. The size of the prize.** If their attempts converted at the average rate of all
# users, how many more reservations would Bomcar have had?
# %%
action = by_group.loc["action needed"]
average = by_group.loc["all users", "conversion"]
extra_reservations = action["attempts"] * (average - action["conversion"])
round(extra_reservations)

# %% [markdown]
# About 1,778 more reservations over the 18 months of the log - from one segment, one step
# of the journey. Exercise 3 turns that into the north star.
#
# The four numbers in one table, the case you would bring to a planning meeting:
# %%
pd.DataFrame(
    {
        "number": [
            f"{is_action.mean():.0%} of users",
            f"{action['conversion']:.0%} vs {average:.0%}",
            f"{action_sessions['time_first'].mean():.0%} of search sessions",
            f"+{extra_reservations:,.0f} reservations",
        ],
        "what it says": [
            "the largest quadrant",
            "attempt -> reservation conversion",
            "set the time first (and convert far lower)",
            "if their conversion rose to the average",
        ],
    },
    index=["1 size", "2 conversion", "3 behaviour", "4 prize"],
)

# %% [markdown]
# ## See it 5: from business keywords to customer needs
#
# The business view (notebook 05) speaks in **keywords** - in the strategy, in the sales
# deck, in the leadership meeting: "customers want a car *quickly*", "*the car I want*",
# "*at the time I need*". A keyword is useful only when it is translated into a need of a
# real segment, one you can see in the data. Here are five keywords and four needs of the
# action-needed customer (from the journey map in 02 and the 5 whys in 05):
# %%
pd.Series(checks.NEEDS, name="need").to_frame()

# %%
checks.KEYWORDS

# %% [markdown]
# Exercise 2 asks you to match them. One of the five keywords is nobody's need.
# %% [markdown]
# ## Your turn
#
# ## Exercise 1 (easy): which view does each action come from?
#
# Four actions a Bomcar team could take. Label each `"customer-only"`, `"business-only"` or
# `"both"` (it meets a customer need *and* moves completed rides).
# %%
ex_views = checks.views()
checks.ACTIONS

# %% [markdown]
# <details><summary>Hint</summary>
#
# Ask two questions of each action: does it meet a need a customer has? Does it move
# completed rides? Yes to both means `"both"`.
#
# </details>
# %% tags=["exercise"]
views = {
    "promo_again": ...,
    "complaint_queue": ...,
    "price_up": ...,
    "free_at_time": ...,
}

# %% tags=["solution"]
views = {
    "promo_again": "business-only",  # Sept 2024: sign-ups up, returns down
    "complaint_queue": "customer-only",  # every pain the same, whatever its reach
    "price_up": "business-only",  # Nov 2024: conversion fell
    "free_at_time": "both",  # the largest quadrant's pain, and lost rides
}

# %%
ex_views.check(views)

# %% [markdown]
# ## Exercise 2 (medium): match the keywords to the needs
#
# For each keyword, give the letter of the need it stands for (`"A"`-`"D"`), or `"none"`
# if it is not a need of this customer at all. The needs are in the table above.
# %%
ex_keywords = checks.keywords()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Read each keyword as the customer saying it: "I want a car ... ". Each need is used
# once; one keyword belongs to the company, not to the customer.
#
# </details>
# %% tags=["exercise"]
keyword_to_need = {
    "at the time I need": ...,
    "the car I want": ...,
    "quickly": ...,
    "near me": ...,
    "more sign-ups": ...,
}

# %% tags=["solution"]
keyword_to_need = {
    "at the time I need": "A",
    "the car I want": "B",
    "quickly": "C",
    "near me": "D",
    "more sign-ups": "none",  # the company's goal, not the customer's need
}

# %%
ex_keywords.check(keyword_to_need)

# %% [markdown]
# Now the keyword-to-need table with the evidence from the data for each need (the
# behaviour that meets it, and how search sessions of the action-needed users convert with
# and without it):
# %%
evidence = {}
for need, behaviour in [("A", "time_first"), ("B", "used_filter"), ("D", "two_plus_zones")]:
    rate = search_behaviour.conversion_by(action_sessions, behaviour)["conversion"]
    evidence[need] = f"{behaviour}: {rate[True]:.0%} with vs {rate[False]:.0%} without"
per_res = by_group["attempts"] / by_group["reservations"]
evidence["C"] = (
    f"attempts per reservation: {per_res['action needed']:.1f} "
    f"vs {per_res['everyone else']:.1f} for everyone else"
)
table = pd.DataFrame(
    {
        "keyword": ["at the time I need", "the car I want", "quickly", "near me"],
        "need": ["A", "B", "C", "D"],
    }
)
table["what the need is"] = table["need"].map(checks.NEEDS)
table["evidence in the data (action-needed users)"] = table["need"].map(evidence)
table

# %% [markdown]
# Read the evidence column. Filtering by car type (B) and comparing zones (D) help a
# little. One need shows a large gap: **"at the time I need"** (A). Setting the time first -
# exactly how this customer says when they need a car - converts far *lower*. And
# "quickly" (C) is its symptom: they need 3.6 attempts per reservation, against 2.4 for
# everyone else. Need A is where business keyword, customer need and north star meet.
# %% [markdown]
# ## Exercise 3 (medium): the prize in the north star
#
# The prize above is in *reservations* over the whole log. The north star is *completed
# rides per month*. Turn `extra_reservations` into extra completed rides per month: use the
# action-needed users' own rides per reservation (`by_group` has their rides and
# reservations) and the number of months in the log.
# %%
ex_prize = checks.prize_in_rides()
n_months = events["timestamp"].dt.to_period("M").nunique()
n_months

# %% [markdown]
# <details><summary>Hint</summary>
#
# Two steps. Reservations -> rides: not every reservation is ridden (some are cancelled),
# so multiply by `action["rides"] / action["reservations"]`. Whole log -> per month:
# divide by `n_months`.
#
# </details>
# %% tags=["exercise"]
extra_rides_per_month = ...

# %% tags=["solution"]
rides_per_reservation = action["rides"] / action["reservations"]
extra_rides_per_month = extra_reservations * rides_per_reservation / n_months
extra_rides_per_month

# %%
ex_prize.check(extra_rides_per_month)

# %% [markdown]
# ## Exercise 4 (stretch): write the important-customer statement
#
# Fill in this template with your own words and numbers from this notebook (keep it one
# string):
#
# > Our long-term most important customer is **[segment]**, who **[need]**. They are
# > **[size]** of our users, and only **[number]** of their reservation attempts succeed,
# > against **[number]** on average. If we **[action]**, we expect **[metric]** to rise from
# > **[number]** towards **[number]**, worth about **[number]** more completed rides a month.
#
# The checker looks for four things a colleague needs to act on it: a segment they can find,
# a need, a metric they can watch, and at least one number.
# %%
ex_statement = checks.statement()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Who: the quadrant or its ages. Need: what they try to do and cannot. Metric: the number
# that moves when the need is met. Number: from the four-numbers table or Exercise 3.
#
# </details>
# %% tags=["exercise"]
important_customer = ...

# %% tags=["solution"]
important_customer = (
    "Our long-term most important customer is the action-needed quadrant, 20-29-year-olds "
    "in every region, who need to see which cars are free at the hour they set. They are "
    f"{is_action.mean():.0%} of our users, and only {action['conversion']:.0%} of their "
    f"reservation attempts succeed, against {average:.0%} on average. If we show free cars "
    "at the chosen time on the map, we expect their attempt -> reservation conversion to "
    f"rise from {action['conversion']:.0%} towards {average:.0%}, worth about "
    f"{extra_rides_per_month:.0f} more completed rides a month."
)
print(important_customer)

# %%
ex_statement.check(important_customer)

# %% [markdown]
# ## So what
#
# **What a PM decides.** Bomcar's long-term most important customer is the action-needed
# quadrant - 20-29-year-olds who try to book often and ride rarely. They are the largest
# group, their pain sits at one step (setting the time on the map), and meeting their need
# moves the north star directly: every attempt that becomes a ride is a return. The team's
# next bet is one product change for them, not a promotion and not the whole complaints
# inbox.
#
# **Before betting, check.** A difference between segments can come from many things: a
# price change, summer, a promotion that brought different users. Notebook 07 uses cohort
# analysis to check that the time-first pain is real and to see whether the app release of
# March 2025 already helped; notebook 08 tests the fix with an A/B test.
#
# **The trap to avoid:** letting a number that is easy to move stand in for the customer.
# A promotion moved sign-ups by 228%, a price rise moved revenue per ride - and neither
# brought more completed rides. The reverse trap is just as common: working the loudest
# complaint instead of the pain with the largest reach. Ask of every plan: *which customer's need
# does it meet, and which number of the north-star tree moves?*
# %% [markdown]
# ## Recap
#
# - **Customer-only** focus fixes every complaint equally; **business-only** focus moves
#   slide numbers (sign-ups, price) that do not move completed rides.
# - In the data: the Sept 2024 promotion tripled sign-ups while returns fell 5%; the
#   Nov 2024 price rise cut attempt -> reservation conversion.
# - The important customer sits in the **intersection**: the action-needed quadrant
#   (20-29-year-olds), the largest, with a low conversion and one clear pain - setting the
#   time first.
# - Translate **business keywords** ("at the time I need", "quickly") into **needs** of
#   that segment, and check each need against the data.
# - Defend the choice with four numbers - size, conversion, behaviour, prize - and write it
#   as one statement a colleague can act on.
#
# [← 05 Business view](05_business_view.ipynb) · [Course index](00_welcome.ipynb) · [07 Cohort analysis →](07_cohorts.ipynb)
