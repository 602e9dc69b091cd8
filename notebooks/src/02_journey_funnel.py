# %% [markdown]
# # 02 · Journey map and funnel
#
# [← 01 North star](01_north_star.ipynb) · [Course index](00_welcome.ipynb) · [03 Segmentation →](03_segmentation.ipynb)
#
# > **What you will learn**
# > - to split the customer journey (고객 여정) into stages, map each to AARRR, and write what
# >   a customer can do at each stage;
# > - to read the voice of the customer (고객의 소리, VoC): tag reviews and tickets with needs,
# >   count them by stage and segment, and write each stage's need in the customer's words;
# > - to build a funnel (퍼널) from an event log and read its conversion (전환율) and drop-off (이탈);
# > - metric hygiene (지표 정합성 점검): users or events, conversion windows, cohort or calendar
# >   months, and leaving test accounts out;
# > - to compare funnels by segment, zoom into the search stage, and spot a mix shift
# >   (Simpson's paradox, 심슨의 역설).
# >
# > **Time:** {{time}}. **You need:** [01 North star](01_north_star.ipynb) (our north
# > star is completed rides, counted as `return` events).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: from one number to the steps behind it
#
# The north star counts completed rides (반납, returns). But nobody starts with a return: a
# customer opens the app, looks at the map, picks a car, tries to reserve, pays, drives and
# returns the car. If rides fall, *which step* broke?
#
# * A **customer journey map** (고객 여정 지도) lists those stages, what the customer *can do*
#   and what they *need* at each, and which AARRR step each serves: **A**cquisition (획득),
#   **A**ctivation (활성화), **R**etention (유지), **R**eferral (추천), **R**evenue (수익).
#   Activation is the first time a customer gets the product's value: at Bomcar, the first
#   completed ride (the first return). Retention is coming back *after* that first success.
# * A **funnel** (퍼널) counts how many customers get from each step to the next. The share that
#   gets through is the **conversion rate** (전환율); the ones lost are the **drop-off** (이탈).
# %%
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from helpers import data, funnel, i18n, style, voc
from helpers.checks import nb02 as checks

i18n.set_language("en")
style.use_course_style()
events = data.load_events()  # test accounts are left out (more on that below)
users = data.load_users()
ex1, ex2, ex3 = checks.stage_needs(), checks.journey_stage(), checks.biggest_drop_off()
ex4, ex5, ex6 = checks.event_conversion(), checks.worst_channel(), checks.session_window()

# %% [markdown]
# ## See it: Bomcar's journey map
#
# The helpers hold Bomcar's journey as a table. Read it row by row, top to bottom. The needs
# column is left out for now: you will write it from what customers say.
# %%
journey = funnel.JOURNEY.drop(columns="customer_needs")
journey

# %% [markdown]
# One row per stage. `event` is the log event that shows a customer reached the stage; `aarrr`
# is the growth step the stage serves. *Reserve* and *pay* share the `reservation` event: the
# card is checked when the reservation goes through (a failed card shows as `payment_failure`).
#
# Read the `aarrr` column at the **return** (반납): the first completed ride is **Activation**,
# the moment the customer got what they came for, and **Revenue** for card payers, who pay
# then. It is not Retention. Retention is the next row, *come back*: a second ride after that
# first success (the same `return` event, a second time).
# %% [markdown]
# ## See it: the voice of the customer (고객의 소리, VoC)
#
# A need is not guessed at a desk: it is read from what customers say. Bomcar's app-store
# reviews and customer-service (CS) tickets are in `data/voc.csv` (synthetic, like all the
# data): one row per text, in Korean with an English line, with the journey stage it is about
# and the customer's situation (the segments of [03](03_segmentation.ipynb)).
# %%
voc_texts = data.load_voc()
search_texts = voc_texts[voc_texts["stage"] == "search/browse"]
search_texts[["source", "situation", "text_ko", "text_en"]].head(6)

# %% [markdown]
# Reading 297 texts one by one does not scale, so we **tag** them: a theme is one need, in the
# customer's words, with keywords in Korean and English. `voc.tag` gives each text the first
# theme whose keyword it contains. Texts about what the *company* should get ("advertise more
# and you'd get more sign-ups") are tagged `business_side`: they are not needs.
# %%
voc.THEMES["free_at_time"]

# %%
voc_texts["theme"] = voc.tag(voc_texts)
needs_only = voc_texts[~voc_texts["theme"].isin([voc.BUSINESS, voc.NO_THEME])]
by_stage = pd.crosstab(needs_only["theme"], needs_only["stage"])
by_stage = by_stage.loc[by_stage.idxmax(axis=1).sort_values(kind="stable").index]  # by stage
by_stage

# %%
fig, ax = plt.subplots(figsize=(9, 5.5))
sns.heatmap(
    by_stage.replace(0, float("nan")), annot=True, fmt=".0f", cmap="Blues", cbar=False, ax=ax
)
style.takeaway(
    ax,
    "The most-cited need is in the search stage: free cars at the time set",
    xlabel="Journey stage",
    ylabel="Theme (need)",
)
plt.show()

# %% [markdown]
# Each stage has one or two needs. The largest by far is in the search stage: 44 of its 63
# texts say that once the time is set, the customer cannot see which cars are free then; the
# car-type filter is a distant second (13). Who writes them? Count the search stage by segment.
# %%
search = needs_only[needs_only["stage"] == "search/browse"].astype({"situation": str})
fig, ax = plt.subplots(figsize=(10, 3.5))
ax = sns.countplot(
    data=search,
    y="situation",
    hue="theme",
    hue_order=["free_at_time", "car_type"],
    order=search["situation"].value_counts().index,
    ax=ax,
    palette=[style.PALETTE["vermillion"], style.PALETTE["sky"]],
)
ax.legend(title="theme", loc="lower right")
style.takeaway(
    ax,
    "Pay-per-ride members write most of the 'free at the time I set' texts",
    xlabel="Texts (reviews and tickets)",
    ylabel="Customer situation",
)
plt.show()

# %% [markdown]
# Pay-per-ride members wrote 38% of all the texts but 70% of the "free at the time I set" ones
# (31 of 44). They use Bomcar now and then, for a trip at a set hour, so they set the time
# first. Keep that in mind: [03](03_segmentation.ipynb) starts from this need to find who holds
# it.
#
# When were these texts written? In March 2025 App 3.0 made the map show which cars are free
# at the time you set (it is in the calendar). Split the 44 texts at its release:
# %%
releases = data.load_calendar()
app3 = releases.loc[releases["description"].str.startswith("App 3.0"), "date"].iloc[0]
free_texts = needs_only[needs_only["theme"] == "free_at_time"]
(free_texts["date"] < app3).map({True: "before App 3.0", False: "since App 3.0"}).value_counts()

# %% [markdown]
# 36 of the 44 were written before App 3.0: for most of the log the need went unmet. The 8
# written since still say the map ignores the time they set: App 3.0 met part of the need,
# not all of it. Notebook [07](07_cohorts.ipynb) measures how much, and for whom.
# %% [markdown]
# ## Exercise 1 (medium): write the stages' needs
#
# Write the need of the **search stage** (and, if you like, of other stages) as the customers
# say it: what they try to get done, in their words (English or Korean). A dict from stage to
# need. Not what Bomcar wants: "more sign-ups", "increase conversion" or "매출 증가" are
# business goals, not needs.
#
# <details><summary>Hint</summary>
#
# `by_stage["search/browse"]` counts the search stage's themes; read a few texts of the
# largest one with `search_texts["text_en"]`. A need often starts "see ...", "know ...",
# "... 하고 싶다".
# </details>
# %% tags=["exercise"]
stage_needs = {
    "search/browse": ...,  # the search stage's most-cited need, in the customer's words
}
# %% tags=["solution"]
stage_needs = {
    "search/browse": "see which cars are free at the hour I set",
    "return": "find the return zone without circling the car park",
}
# %%
ex1.check(stage_needs)

# %% [markdown]
# The journey map's needs column, read from the corpus: each stage's most-cited need, in your
# words where you wrote one and it passed.
# %%
journey = checks.with_needs(journey, stage_needs, voc_texts)
journey[["stage", "aarrr", "customer_needs"]]

# %% [markdown]
# Every need is from the customer's side ("see which cars are free at the hour I set"), not
# the company's ("more bookings"). This course zooms into the **search/browse** stage
# (탐색/조회), where the largest need lives.
# %% [markdown]
# ## Exercise 2 (easy): add a sign-up stage
#
# The map has no stage for **signing up** (가입): creating an account and getting a licence and
# a card verified. Yet nobody at Bomcar can reserve without it. Add it as a dict with four
# keys: `stage`, `aarrr` (one of Acquisition, Activation, Retention, Referral, Revenue),
# `customer_can_do` and `customer_needs` (a few words each, from the customer's side).
#
# <details><summary>Hint</summary>
#
# Sign-up sits between *visit* and *search/browse*. Which AARRR step happens that early
# (Activation, above, is the first completed ride)? For the need, the corpus has `sign up`
# texts: `by_stage["sign up"]` counts their themes; write the one most of them name.
# </details>
# %% tags=["exercise"]
new_stage = ...  # {"stage": ..., "aarrr": ..., "customer_can_do": ..., "customer_needs": ...}

# %% tags=["solution"]
new_stage = {
    "stage": "sign up",
    "aarrr": "Acquisition",  # Activation is the first completed ride, later
    "customer_can_do": "create an account, add a licence and a card",
    "customer_needs": "a licence check in minutes, not days",
}

# %%
ex2.check(new_stage)

# %% [markdown]
# Your stage in the map (the table stays as it was until your answer passes):
# %%
checks.with_stage(journey, new_stage)

# %% [markdown]
# Keep this stage in mind: in [03 Segmentation](03_segmentation.ipynb) the users whose card or
# licence is stuck here turn out to be a small segment that converts very differently.
# %% [markdown] tags=["deck-question"]
# ## See it: the funnel from the event log
#
# Now count. The funnel follows each user through seven events in journey order. A user
# reaches a step if they did it at or after the time they reached the step before.
#
# **Guess first:** of the users who opened the app, where do the most get lost: before the
# map, before trying to reserve, between trying and a reservation, or before the ride?
# %% tags=["deck-number"]
STEPS = checks.STEPS
table = funnel.funnel(events, STEPS)
table

# %% [markdown]
# How to read it: `users` reached the step; `pct_of_start` is their share of the first step;
# `pct_of_previous` is the step's conversion from the step before; `drop_off` is how many were
# lost since the step before.
#
# Two rows show 100% and are not where to look: every map view in Bomcar ends on a car page,
# and every ride that started was returned by the end of the log. Of the 10,000 users who
# opened the app, 58% completed at least one ride.
# %% tags=["deck-figure"]
fig = funnel.funnel_plot(table, "Most users are lost between trying to reserve and a reservation")
plt.show()

# %% [markdown]
# ## Exercise 3 (easy): the biggest drop-off
#
# Which step loses the most users? Answer with the step's name (where the lost users *failed to
# arrive*), read from `table` with pandas rather than by eye.
#
# <details><summary>Hint</summary>
#
# `table["drop_off"].idxmax()` gives the row number of the largest drop-off; `table.loc[row,
# "step"]` gives its name.
# </details>
# %% tags=["exercise"]
biggest_step = ...  # a step name, e.g. "map_view"

# %% tags=["solution"]
biggest_step = table.loc[table["drop_off"].idxmax(), "step"]

# %%
ex3.check(biggest_step)

# %% [markdown]
# 1,783 users pressed "Reserve" at least once but never got a reservation: 22% of everyone who
# tried. They wanted a car and did not get one. Hold on to them: in
# [04 Quadrant](04_quadrant.ipynb) they become the "action needed" customers.
# %% [markdown]
# ## Metric hygiene 1: unique users or events?
#
# The funnel counts **unique users**: a user who tried ten times and got one reservation
# counts as a success. Counted that way, 78% of the users who tried got a reservation.
#
# A colleague counts **events** instead: all reservations divided by all reservation attempts.
# %% [markdown]
# ## Exercise 4 (medium): count it as events
#
# Compute the colleague's number in pandas: the count of `reservation` events divided by the
# count of `reservation_attempt` events in `events`. Give it as a share (0-1).
#
# <details><summary>Hint</summary>
#
# `events["event"].value_counts()` counts every event name at once; pick two of its entries.
# </details>
# %% tags=["exercise"]
event_rate = ...  # reservations / reservation attempts, both counted as events

# %% tags=["solution"]
counts = events["event"].value_counts()
event_rate = counts["reservation"] / counts["reservation_attempt"]

# %%
ex4.check(event_rate)

# %% [markdown]
# The same funnel per app visit (세션, session) shows where that number comes from: pass
# `user_col="session_id"` and each session is followed on its own.
# %%
sessions = funnel.funnel(events, STEPS, user_col="session_id")
compare = pd.DataFrame(
    {
        "per user": table.set_index("step")["pct_of_previous"],
        "per visit (session)": sessions.set_index("step")["pct_of_previous"],
    }
)
compare.round(2)

# %%
ax = compare.iloc[1:].plot.barh(
    figsize=(8, 4), color=[style.PALETTE["blue"], style.PALETTE["orange"]]
)
ax.invert_yaxis()
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Per user, 78% of those who try get a reservation; per visit, 36%",
    xlabel="Conversion from the previous step (%)",
    ylabel="Funnel step",
)
plt.show()

# %% [markdown]
# Per visit, only 36% of attempts become a reservation; per user, 78%. Both are right: they
# answer different questions. "Do customers manage to book at all?" is a user question. "How
# often does pressing *Reserve* work?" is a visit question, and it is where the frustration
# shows: a customer who fails twice and succeeds on the third visit is a success per user.
# Always write the unit next to the number.
# %% [markdown]
# ## Metric hygiene 2: the conversion window
#
# The user funnel above counts anything a user did in 18 months. A user who signed up last
# week has had a week; one from January 2024 has had 18 months. A **conversion window**
# (전환 기간) gives everyone the same time: `within="7D"` counts a later step only if it came
# within 7 days of the user's first step.
# %%
week = funnel.funnel(events, STEPS, within="7D")
windows = pd.DataFrame(
    {
        "no window": table.set_index("step")["pct_of_start"],
        "within 7 days": week.set_index("step")["pct_of_start"],
    }
)
windows.round(2)

# %% [markdown]
# With no window, 64% of users reach a reservation; within 7 days of their first visit, 28%.
# Neither number is wrong, but only the windowed one can compare a new cohort with an old one
# fairly. Choose the window from how often the product is used: car sharing is a few times a
# month, so a week or a month fits; a 30-minute window would fit a single visit (see
# Exercise 6).
# %% [markdown]
# ## Metric hygiene 3: cohort or calendar month?
#
# In September 2024 Bomcar ran a sign-up promotion (a free first hour), and 1,738 people signed
# up that month. How well did new users convert? Two ways to bucket by month:
#
# * **calendar month**: first reservations made in the month, divided by sign-ups in the month;
# * **cohort** (코호트): users grouped by sign-up month, each followed for their own first 30
#   days.
# %%
first_res = events[events["event"] == "reservation"].groupby("user_id")["timestamp"].min()
u = users.set_index("user_id")
u["month"] = u["signup_at"].dt.to_period("M")
u["reserved_30d"] = (first_res.reindex(u.index) - u["signup_at"]) <= pd.Timedelta("30D")
signups = u.groupby("month").size()
calendar = first_res.dt.to_period("M").value_counts() / signups
cohort = u.groupby("month")["reserved_30d"].mean()
done = signups.index < pd.Period("2025-06", "M")  # June's sign-ups have not had 30 days yet
bucketing = pd.DataFrame({"calendar": calendar, "cohort": cohort})[done]
bucketing.loc["2024-07":"2024-11"].round(2)

# %%
fig, ax = plt.subplots(figsize=(9, 4))
x = bucketing.index.to_timestamp()
ax.plot(
    x,
    bucketing["calendar"],
    marker="o",
    label="calendar: first reservations / sign-ups in the month",
)
ax.plot(x, bucketing["cohort"], marker="o", label="cohort: sign-ups who reserved within 30 days")
ax.axvline(pd.Timestamp("2024-09-01"), color=style.PALETTE["grey"], ls=":", lw=1.5)
ax.annotate(  # left of the dotted line, where no line of the chart runs through it
    "promotion (Sept)",
    (pd.Timestamp("2024-09-01"), 0.95),
    xytext=(-4, 0),
    textcoords="offset points",
    ha="right",
    fontsize=9,
)
ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
ax.set_ylim(0, 1)
ax.legend(loc="lower right", frameon=True, framealpha=1, edgecolor="white")  # over the line
style.takeaway(
    ax,
    "The calendar view credits September's sign-ups to October",
    xlabel="Month (sign-up month for the cohort line)",
    ylabel="New users who reserved (%)",
)
plt.show()

# %% [markdown]
# The calendar line shows a record October (97%) right after a dreadful September. The cohort
# line tells what happened: September's cohort converted at 29% (August's at 60%), and
# October's cohort was ordinary (51%). The calendar ratio divides one group of people (this
# month's first reservations, many by last month's sign-ups) by another (this month's sign-ups).
# Ask "are the new users any good?" with cohorts; ask "how busy was the month?" with calendar
# months. Notebook [07 Cohorts](07_cohorts.ipynb) goes deeper.
# %% [markdown]
# ## Metric hygiene 4: leave the test accounts out
#
# `data.load_events()` leaves Bomcar's internal QA accounts out. Ask for them and see what they
# do to the numbers.
# %%
users_all = data.load_users(include_test=True)
test_ids = users_all.loc[users_all["is_test"], "user_id"]
events_all = data.load_events(include_test=True)
is_test = events_all["user_id"].isin(test_ids)
print(
    f"{len(test_ids)} test accounts (channel: {users_all.loc[users_all['is_test'], 'channel'].iloc[0]}): "
    f"{len(test_ids) / len(users_all):.2%} of users, {is_test.mean():.1%} of events"
)


# %%
def summary(log):
    n = log["event"].value_counts()
    return {
        "events": f"{len(log):,}",
        "attempt -> reservation": f"{n['reservation'] / n['reservation_attempt']:.1%}",
        "reservations cancelled": f"{n['cancellation'] / n['reservation']:.1%}",
    }


pd.DataFrame(
    {
        "real users": summary(events_all[~is_test]),
        "test accounts": summary(events_all[is_test]),
        "all together": summary(events_all),
    }
)

# %%
attempts = events_all[events_all["event"] == "reservation_attempt"]
from_tests = (
    attempts["user_id"]
    .isin(test_ids)
    .groupby(attempts["timestamp"].dt.to_period("M"))
    .mean()
    .rename("share of attempts by test accounts")
)
from_tests.head(3).round(2)  # share of each month's reservation attempts made by test accounts

# %% [markdown]
# 25 accounts (channel `internal`) are 0.25% of the users but 3.1% of all events: they hammer
# the reservation flow. They cancel 60% of their reservations, so with them in, the
# cancellation rate reads 16% instead of 14%; in January 2024, when Bomcar was small, they made
# 15% of all reservation attempts. A dashboard built on a raw query would show a launch month
# that never happened. Filter test and staff accounts out first, every time.
# %% [markdown]
# ## See it: the funnel by segment
#
# Does every kind of customer drop at the same step? Put a user attribute on each event, then
# pass `by=`: one funnel per group.
# %%
log = events.merge(users[["user_id", "membership", "member_type", "channel"]], on="user_id")
by_membership = funnel.funnel(log, STEPS, by="membership")
by_step = by_membership.pivot(index="step", columns="membership", values="pct_of_previous")
by_step.loc[STEPS[1:]].round(2)

# %%
ax = by_step.loc[STEPS[1:]].plot.barh(
    figsize=(8, 4), color=[style.PALETTE["grey"], style.PALETTE["green"]]
)
ax.invert_yaxis()
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
ax.legend(title="membership", loc="upper left", bbox_to_anchor=(1.0, 1.0))
style.takeaway(
    ax,
    "Subscribers try to reserve as often as others, but far more get a reservation",
    xlabel="Conversion from the previous step (%)",
    ylabel="Funnel step",
)
plt.show()

# %% [markdown]
# From attempt to reservation, 89% of subscribers get through against 73% of non-members. The
# gap is widest at the step with the biggest drop-off (subscribers also reach the map and
# start their rides more often, but they try to reserve no more often than others): the reservation step is where segments
# differ most, so it is where segmentation ([03](03_segmentation.ipynb)) should look.
# %% [markdown]
# ## Exercise 5 (medium): which channel converts worst?
#
# `log` also carries `channel` (how the user came to Bomcar). Which channel's users have the
# lowest user-level conversion from `reservation_attempt` to `reservation`?
#
# <details><summary>Hint</summary>
#
# `funnel.funnel(log, STEPS, by="channel")`, then keep the rows where `step == "reservation"`
# and compare `pct_of_previous`.
# </details>
# %% tags=["exercise"]
worst_channel = ...  # a channel name, e.g. "organic"

# %% tags=["solution"]
by_channel = funnel.funnel(log, STEPS, by="channel")
at_reservation = by_channel[by_channel["step"] == "reservation"]
worst_channel = at_reservation.sort_values("pct_of_previous")["channel"].iloc[0]

# %%
ex5.check(worst_channel)

# %% [markdown]
# Users who came through the promotion are the least likely to reach the map (52%) and to try
# to reserve (85% of those on the map), and only 72% of those who try ever get a reservation
# (the next lowest channel: 76%). A promotion that fills the top of the
# funnel does not fill the bottom.
# %% [markdown]
# ## See it: zoom into search/browse
#
# The customers said the search stage's need is "see which cars are free at the hour I set". In
# each visit, a user looks in some order: some **set the time first** (`time_set`), others start
# from zones (`zone_click`) or a car (`car_view`); some use the car-type filter. Which browse
# paths end in a reservation? We follow visits with an attempt.
# %%
browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
visits = pd.DataFrame({"first_browse": browse.groupby("session_id")["event"].first().astype(str)})
for name in ["car_type_filter", "reservation_attempt", "reservation"]:
    visits[name] = visits.index.isin(events.loc[events["event"] == name, "session_id"])
tried = visits[visits["reservation_attempt"]]
tried.groupby("first_browse")["reservation"].agg(["size", "mean"]).round(2)

# %%
paths = pd.Series(
    {
        "set the time first": tried.loc[tried["first_browse"] == "time_set", "reservation"].mean(),
        "zone or car first": tried.loc[tried["first_browse"] != "time_set", "reservation"].mean(),
        "used the car-type filter": tried.loc[tried["car_type_filter"], "reservation"].mean(),
        "no filter": tried.loc[~tried["car_type_filter"], "reservation"].mean(),
    }
)
ax = paths.plot.barh(
    figsize=(8, 3.2),
    color=[style.PALETTE[c] for c in ("vermillion", "blue", "sky", "grey")],
)
ax.invert_yaxis()
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Visits that set the time first end in a reservation less often",
    xlabel="Attempts that became a reservation (%)",
    ylabel="Browse path",
)
plt.show()

# %% [markdown]
# When a visit starts by setting the time, 32% of attempts become a reservation; when it starts
# from a zone or a car, 38%. The filter helps a little. Over all users the gap looks modest;
# notebooks 04-06 ask whom it hurts most. A customer who sets the time first is
# asking exactly the journey map's question, "which car is free *then*?", and until App 3.0
# (March 2025, most of this log) the app did not answer it. That is a candidate pain point;
# notebooks 04-08 chase it down.
# %% [markdown]
# ## A trap: the mix shift (Simpson's paradox)
#
# A total can move one way while every segment moves the other, just because the **mix** of
# segments changed. First, check Bomcar: attempt -> reservation by membership, two months before
# and two months after the price rise of 1 November 2024.
# %%
tries = log[log["event"].isin(["reservation_attempt", "reservation"])]
tries = tries[tries["timestamp"].between("2024-09-01", "2024-12-31 23:59:59")]
tries = tries.assign(
    period=(tries["timestamp"] >= "2024-11-01").map(
        {False: "before (Sep-Oct)", True: "after (Nov-Dec)"}
    )
)
n = tries.groupby(["membership", "period", "event"]).size().unstack("event")
rate = (n["reservation"] / n["reservation_attempt"]).unstack("period")
total = tries.groupby(["period", "event"]).size().unstack("event")
rate.loc["total"] = total["reservation"] / total["reservation_attempt"]
rate[["before (Sep-Oct)", "after (Nov-Dec)"]].round(2)

# %% [markdown]
# No paradox here: non-members fell from 25% to 22%, subscribers from 74% to 65%, and the
# total with them, from 35% to 32%. Segments and total tell the same story (the price rise
# hurt everyone). Bomcar's data has no real mix shift, so here is a **toy table, made up to
# show the idea (not Bomcar data)**.
#
# **Guess first:** in the toy, both segments convert worse in month B. Can the total be better?
# %%
toy = pd.DataFrame(  # TOY NUMBERS, invented for the lesson
    {
        "month": ["A", "A", "B", "B"],
        "segment": ["subscriber", "none", "subscriber", "none"],
        "attempts": [200, 800, 700, 300],
        "reservations": [120, 240, 385, 75],
    }
)
toy["conversion"] = toy["reservations"] / toy["attempts"]
toy_total = toy.groupby("month")[["attempts", "reservations"]].sum()
toy_total["conversion"] = toy_total["reservations"] / toy_total["attempts"]
display(toy)
toy_total

# %% [markdown]
# In the toy, subscribers fall from 60% to 55% and non-members from 30% to 25%, yet the total
# *rises* from 36% to 46%. Nothing got better: the attempts moved from the weak segment to the
# strong one (from 200 subscriber attempts out of 1,000 to 700). Whenever a total moves, check
# the segments and the mix before you celebrate or panic.
# %% [markdown]
# ## Exercise 6 (stretch): a session funnel within 30 minutes
#
# Combine two ideas: follow **sessions** (`user_col="session_id"`) with a **30-minute window**
# (`within="30min"`). How many sessions reach `ride_start` within 30 minutes of opening the
# app? Guess first: most of the 26,100 sessions that reach it without a window?
#
# <details><summary>Hint</summary>
#
# `funnel.funnel` takes `user_col=` and `within=` in the same call; read the `users` column
# of the `ride_start` row (here it counts sessions), and take the number out with `.item()`
# as in notebook 00: `t.loc[t["step"] == "ride_start", "users"].item()`.
# </details>
# %% tags=["exercise"]
sessions_ride_30min = ...  # a number of sessions

# %% tags=["solution"]
quick = funnel.funnel(events, STEPS, user_col="session_id", within="30min")
sessions_ride_30min = quick.set_index("step").loc["ride_start", "users"]

# %%
ex6.check(sessions_ride_30min)

# %% [markdown]
# Only 200 sessions: people book a car for later (the ride starts from 15 minutes to a day
# after the booking). A 30-minute window is right for "does a visit end in a reservation?" and
# wrong for "does it end in a ride?". Fit the window to the step you measure.
# %% [markdown]
# ## So what
#
# * **Decide where to look.** Bomcar's biggest leak is between pressing *Reserve* and getting a
#   reservation, it is worst for visits that set the time first, and it is worst for some
#   segments (promotion users, non-members). That is where the next notebooks dig.
# * **Name the unit, the window and the bucket** next to every conversion number: per user or
#   per visit, within how long, by cohort or calendar month, test accounts out.
#
# **The trap to avoid:** reading one total conversion rate and acting on it. A total can be
# pushed by test accounts, by the window you forgot, by a promotion cohort landing in another
# month, or by a mix shift in which every segment got worse.
# %% [markdown]
# ## Recap
#
# * A journey map lists stages, what customers can do and need at each, and the AARRR step;
#   the first completed ride is Activation (and Revenue), coming back after it is Retention.
# * Needs are read from the voice of the customer: tag reviews and tickets by theme, count by
#   stage and segment, write the need in the customer's words (never "more sign-ups").
# * `funnel.funnel(events, steps)` counts users through ordered steps; `user_col=`, `within=`
#   and `by=` switch to sessions, a conversion window and one funnel per segment.
# * Bomcar loses the most users between reservation attempt and reservation (22% of those who
#   try), and per visit only 36% of attempts succeed.
# * Metric hygiene: unique users vs events, a conversion window, cohorts vs calendar months,
#   test accounts out; and check for a mix shift before trusting a total.
#
# [← 01 North star](01_north_star.ipynb) · [Course index](00_welcome.ipynb) · [03 Segmentation →](03_segmentation.ipynb)
