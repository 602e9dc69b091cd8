# %% [markdown]
# # 03 · Segmentation: who are the customers behind the search stage?
#
# [← 02 Journey map and funnel](02_journey_funnel.ipynb) · [Course index](00_welcome.ipynb) · [04 Quadrant →](04_quadrant.ipynb)
#
# > **What you will learn**
# > - to start from a stage's needs and list the categories of customers (세그먼트) who could
# >   hold them;
# > - to sort segments into **Mass** and **Specific** by their *situation* (ordinary or
# >   unusual), then size each against the north star;
# > - why small Specific segments still matter: they convert very differently;
# > - to measure a customer element (고객 요소), experience frequency, on each user's first 60
# >   days, and build the **Mass x element combinations** that notebook 04 places;
# > - jobs to be done: which jobs recur, which are done in one visit, and where retention
# >   work belongs; plus behaviour-based segments and RFM.
# >
# > **Time:** {{time}}. **You need:** [01 North star](01_north_star.ipynb) and
# > [02 Journey map and funnel](02_journey_funnel.ipynb).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: needs live in groups of customers
#
# Notebook 02 read the stages' needs from the voice of the customer. The largest is in the
# **search/browse** stage (탐색/조회): "see which cars are free at the hour I set"; and visits
# that set the time first convert worst. To act on a need you have to know *who* holds it: a
# **segment** (세그먼트) is a group of customers in the same situation, so likely to share a
# need.
#
# The method, step by step:
#
# 1. **Start from the stage's needs** and list the categories of customers who could hold
#    them: membership (subscriber or pay per ride), individual or corporate, card and licence
#    registered, pending or failed, an accident.
# 2. **Sort by situation**: a **Mass** segment is an *ordinary* situation that many customers
#    are in; a **Specific** segment is an *unusual* situation (a failed card, a licence on
#    hold, an accident). Then **size** each against the north star.
# 3. **Add a customer element** (고객 요소) that cuts across segments, experience frequency,
#    measured on each user's early period, and **combine** it with the Mass segments.
# 4. Look again from **behaviour**: jobs to be done, what people did, and RFM.
# %%
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from helpers import combinations, data, i18n, metrics, segments, style, voc
from helpers.checks import nb03 as checks

i18n.set_language("en")
style.use_course_style()
events, users, rides = data.load_events(), data.load_users(), data.load_rides()
ex1, ex2 = checks.mass_or_specific(), checks.worst_specific()
ex3, ex4 = checks.top_combination(), checks.move_repeat()
# %% [markdown]
# ## The input: the needs you wrote in 02
#
# Each stage's most-cited need in the reviews and tickets. We start from the search stage's.
# %%
voc_texts = data.load_voc()
voc_texts["theme"] = voc.tag(voc_texts)
needs = voc.top_needs(voc_texts)
needs.to_frame()
# %% [markdown]
# ## See it: categories that could hold the search need
#
# Anyone who searches for a car could hold the need, but their *situation* differs. Four
# columns of `users.csv` describe it. Card and licence first: most users have both
# registered, a few are still pending, fewer failed or are on hold.
# %%
pd.crosstab(users["card_status"], users["licence_status"], margins=True)
# %% [markdown]
# `combinations.mass_situation` gives each user one situation from these columns, unusual
# ones first: **card failed**, **licence on hold** (Specific); then an **associate member**
# (card or licence still pending: an ordinary step every new customer passes through, so
# Mass), a **corporate member**, a **subscriber**, else a **pay-per-ride member** (Mass).
# %%
u = users.set_index("user_id")
u["situation"] = combinations.mass_situation(u)
u["kind"] = u["situation"].astype(str).isin(combinations.MASS)
u["kind"] = u["kind"].map({True: "Mass", False: "Specific"})
u[["member_type", "membership", "card_status", "licence_status", "situation", "kind"]].head()
# %% [markdown]
# ## Exercise 1 (easy): Mass or Specific?
#
# Sort five situations by the method. Answer with a dict, each value `"Mass"` or
# `"Specific"`.
#
# <details><summary>Hint</summary>
#
# Ask "is this an ordinary situation many customers pass through, or an unusual one?", not
# "is this group big?". A pending card or licence is a step in signing up.
# </details>
# %% tags=["exercise"]
kinds = {
    "associate member": ...,
    "corporate member": ...,
    "card failed": ...,
    "licence on hold": ...,
    "accident reporter": ...,
}
# %% tags=["solution"]
kinds = {
    "associate member": "Mass",
    "corporate member": "Mass",
    "card failed": "Specific",
    "licence on hold": "Specific",
    "accident reporter": "Specific",
}
# %%
ex1.check(kinds)
# %% [markdown]
# ## See it: size each situation against the north star
#
# Only now do we size them: the share of users, and the share of completed rides (`return`,
# the north star's unit). `metrics.per_user_counts` counts events per user (0 if none):
# %%
counts = metrics.per_user_counts(
    events,
    {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"},
    users=users["user_id"],
)
u = u.join(counts)
sizes = u.groupby(["kind", "situation"]).agg(
    users=("rides", "size"),
    rides=("rides", "sum"),
    attempts=("attempts", "sum"),
    reservations=("reservations", "sum"),
)
sizes = sizes[sizes["users"] > 0]
sizes["share_of_users"] = sizes["users"] / len(u)
sizes["share_of_rides"] = sizes["rides"] / u["rides"].sum()
sizes["conversion"] = sizes["reservations"] / sizes["attempts"]
sizes = sizes.sort_values(["kind", "users"], ascending=[True, False])
sizes.round(3)
# %% [markdown]
# Sorted by size *after* sorting by situation: pay-per-ride members are the largest Mass
# segment (47% of users) but hold 32% of completed rides; subscribers, 26% of users, hold
# 47%. The associate members (9% of users) are Mass even though they are small: pending is an
# ordinary step. The two Specific situations together are 4.3% of users and hold 0.4% of the
# rides. Look at the `conversion` column (attempts that became a reservation): the Specific
# rows are far apart from the rest.
# %% [markdown]
# ## See it: Specific segments convert very differently
#
# A third Specific situation is an **accident**: users with an `accident_report` event. They
# are not a column of `users.csv`, so we mark them from the log.
# %%
u["accident_reporter"] = u.index.isin(events.loc[events["event"] == "accident_report", "user_id"])
specific = pd.DataFrame(
    [
        {
            "segment": name,
            "users": int(mask.sum()),
            "share_of_users": mask.mean(),
            "conversion": checks.conversion(u[mask]),
            "share_of_rides": u.loc[mask, "rides"].sum() / u["rides"].sum(),
        }
        for name, mask in checks.specific_masks(u).items()
    ]
).set_index("segment")
overall = checks.conversion(u)
print(f"everyone: {overall:.0%} of attempts became a reservation")
specific.round(3)
# %% [markdown]
# ## Exercise 2 (medium): which Specific segment converts worst?
#
# Using the table above (or your own pandas), which converts worst? Answer with one of
# `"card failed"`, `"licence on hold"`, `"accident reporter"`.
#
# <details><summary>Hint</summary>
#
# The `conversion` column is reservations / attempts. For one segment by hand:
# `part = u[u["situation"] == "card failed"]`, then
# `part["reservations"].sum() / part["attempts"].sum()`.
# </details>
# %% tags=["exercise"]
worst_specific = ...  # one of the three names
# %% tags=["solution"]
worst_specific = specific["conversion"].idxmin()
# %%
ex2.check(worst_specific)
# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(8, 3))
sns.barplot(
    data=specific.reset_index(),
    x="conversion",
    y="segment",
    color=style.PALETTE["orange"],
    saturation=1,  # the palette's own colour, not a paler one
    ax=ax,
)
ax.bar_label(ax.containers[0], fmt=" {:.0%}", fontsize=9)
ax.axvline(overall, color=style.PALETTE["black"], linestyle="--", linewidth=1)
ax.annotate(
    f"everyone: {overall:.0%}",
    (overall, -0.45),
    xytext=(4, 0),
    textcoords="offset points",
    fontsize=9,
)
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Failed cards and licences on hold almost never get a reservation",
    xlabel="Attempts that became a reservation (%)",
    ylabel="Specific segment",
)
plt.show()
# %% [markdown]
# Licences on hold convert 0% of their attempts (182 users): the licence check blocks every
# one. Failed cards convert 7%; most of their attempts end in a `payment_failure` event.
# The accident reporter segment looks *better* than average (51% against 36%)... but that
# mixes their time before and after the accident. A segment defined by an event should be
# measured *after* that event:
# %%
first_report = events[events["event"] == "accident_report"].groupby("user_id")["timestamp"].min()
theirs = events[events["user_id"].isin(first_report.index)]
after = theirs["timestamp"] > theirs["user_id"].map(first_report)
for name, part in [("before the accident", theirs[~after]), ("after the accident", theirs[after])]:
    n = part["event"].value_counts()
    print(f"{name}: {n['reservation'] / n['reservation_attempt']:.0%} of attempts reserved")
# %% [markdown]
# Before their accident these 155 users converted 77% of attempts; after it, 27%. Specific
# segments are small, but their fixes are clear (a card retry flow, a licence message, help
# after an accident): give them to the team that owns that moment. Card failed and licence
# on hold stay off the quadrant. An accident is an event, not a situation: an accident
# reporter stays in their Mass situation on the quadrant (117 of the users placed in notebook
# 04 reported one), and their segment is measured separately, after the event, as here.
# %% [markdown]
# ## See it: a customer element, measured on the first 60 days
#
# A **customer element** cuts across all segments. Experience frequency asks how far a user
# has got: never reserved; reserved but never rode; rode below the average number of rides;
# rode above it.
#
# *When* you measure it matters. Notebook 04 places segments by attempts and rides; if the
# element were measured on the same rides, the placement would be circular ("users with many
# rides have many rides"). So we measure the element on each user's **first 60 days** after
# sign-up, and keep days 60-240 for the quadrant. Why these windows? The first two months are
# the early period: they hold the aha moment (2 rides in 30 days) and the first rides. 180
# days after is long enough to see a rhythm of a ride every month or two; every user needs
# the whole window, so only sign-ups up to early November 2024 count. Experience frequency
# is the method's example element; other elements exist and use the same windows.
# `combinations.window_counts` counts events per user in a window of days since each user's
# start:
# %%
start = u["signup_at"]
end = events["timestamp"].max().normalize() + pd.Timedelta(days=1)
start = start[start + pd.Timedelta(days=240) <= end]  # users whose windows are complete
early = combinations.window_counts(
    events,
    {
        "early_attempts": "reservation_attempt",
        "early_reservations": "reservation",
        "early_rides": "return",
    },
    start,
    (0, 60),
)
searches = events[events["event"].isin(combinations.SEARCH_EVENTS)]
searched = searches.assign(event="search")
searched = combinations.window_counts(searched, {"search": "search"}, start, (0, 60))
early = early[searched["search"] > 0]  # in the search stage: searched in the first 60 days
early["experience"] = segments.experience_element(
    early, reservations_col="early_reservations", rides_col="early_rides"
)
print(f"{len(early):,} users searched in their first 60 days")
print(f"average early rides: {early['early_rides'].mean():.2f}")
early["experience"].value_counts(sort=False)
# %% [markdown]
# 4,575 users signed up early enough to have all 240 days in the log and searched in their
# first 60 days: the search stage's customers. Their average is 1.48 rides in the first 60
# days, so "below average" means exactly one ride and "above average" two or more.
# %% [markdown]
# ## See it: Mass x element combinations
#
# Now **combine** each Mass situation with the element, and count in the later window (days
# 60-240) the attempts and completed rides that notebook 04 will place:
# %%
later = combinations.window_counts(
    events, {"attempts": "reservation_attempt", "rides": "return"}, start, (60, 240)
)
per_user = early.join(later).join(u["situation"])
per_user["combination"] = (
    per_user["situation"].astype(str) + " x " + per_user["experience"].astype(str)
)
mass = per_user[per_user["situation"].astype(str).isin(combinations.MASS)]
combos = (
    mass.groupby(["situation", "experience"])
    .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
)
combos = combos[combos["users"] > 0]
combos["share_of_later_rides"] = combos["users"] * combos["rides"] / mass["rides"].sum()
combos.sort_values("users", ascending=False).round(2)
# %% [markdown]
# 16 Mass x element combinations, from 23 to 825 users. The largest by users,
# *pay-per-ride member x never reserved*, holds 4% of the later rides; the largest by rides,
# *subscriber x above average*, holds 42%. Size is not impact.
#
# **Too small to place.** A combination's position on the quadrant is the *mean* of its
# users. With a few dozen users, that mean swings by chance: the standard error below is how
# far it typically moves between two samples of the same size.
# %%
swing = mass.groupby("combination")["rides"].agg(["size", "mean", "sem"])
swing.sort_values("size").head(6).round(2)
# %% [markdown]
# *Subscriber x reserved, never rode* (30 users) averages 1.13 later rides with a standard
# error of 0.40: its bubble could land well above or below a cut-off near one ride. The
# course places a combination only with at least 100 users. Five are too small: the three
# *reserved, never rode* cells outside pay-per-ride, and the associate members who rode
# (below and above average). Together they hold 3.2% of the later rides.
#
# The helpers do all of this in two calls: `combinations.combination_users` builds the
# per-user table, `combinations.combination_table` the placed combinations and the list of
# those too small. Same numbers:
# %%
per_user_helper = combinations.combination_users(events, users)
table = combinations.combination_table(per_user_helper)
print("too small:", table.attrs["too_small"])
table.round(2)
# %% [markdown]
# ## Exercise 3 (medium): the combination with most of the north star
#
# Among the Mass x element combinations, which one holds the largest share of the
# completed rides of days 60-240? Answer with its label as `combination` writes it, e.g.
# `"corporate member x below average"`.
#
# <details><summary>Hint</summary>
#
# `mass["rides"].groupby(mass["combination"]).sum() / mass["rides"].sum()`, then `.idxmax()`.
# </details>
# %% tags=["exercise"]
top_combo = ...  # a label like "corporate member x below average"
# %% tags=["solution"]
share = mass["rides"].groupby(mass["combination"]).sum() / mass["rides"].sum()
top_combo = share.idxmax()
# %%
ex3.check(top_combo)
# %% [markdown]
# ## See it: jobs to be done
#
# **Jobs to be done** (JTBD, 서비스 이용 이유) asks *why* someone uses the service. Some jobs are
# done in a visit or two: a one-off move needs a van once. Others **recur** by nature:
# everyday trips (shopping, a weekend outing, a meeting across town). The method: focus
# retention work on the **recurring** jobs. A job that fails on the first visit is a
# *conversion* pain (fix the visit), not a retention target.
#
# Measure it. A customer whose first completed ride was a **van** they picked with the
# car-type filter came for a move; everyone else for an everyday trip. Did they ride again
# within 90 days of that first ride? `checks.first_ride_jobs` does it in pandas you can read.
# It covers the riders whose first ride is at least 90 days before the log ends (4,345 of
# the 5,768 who rode): the others have not had 90 days to come back yet.
# %%
jobs = checks.first_ride_jobs(events, rides)
jobs.head(3)
# %%
by_job = jobs.groupby("job")["repeat_90d"].agg(riders="size", rode_again="mean")
by_job.round(2)
# %%
fig, ax = plt.subplots(figsize=(8, 2.6))
sns.barplot(
    data=by_job.reset_index(),
    x="rode_again",
    y="job",
    color=style.PALETTE["blue"],
    saturation=1,
    ax=ax,
)
ax.bar_label(ax.containers[0], fmt=" {:.0%}", fontsize=9)
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Movers rarely come back; everyday riders mostly do",
    xlabel="Riders who rode again within 90 days of their first ride (%)",
    ylabel="Job (first ride)",
)
plt.show()
# %% [markdown]
# 30% of the 262 movers ride again within 90 days, against 67% of everyday riders. A
# reminder campaign for movers would spend money on a job that is done. Retention work
# belongs with the **everyday trip**, the recurring job; and a customer who searches for a
# car at their time and fails on the first visit has a *conversion* pain, the one notebooks
# 04-08 follow.
# %% [markdown]
# ## Exercise 4 (stretch): how often do movers come back?
#
# Compute the share of movers who ride again within 90 days of their first ride. Answer
# with a number between 0 and 1.
#
# <details><summary>Hint</summary>
#
# Three steps, one line each:
#
# 1. One row per rider with its job: `jobs = checks.first_ride_jobs(events, rides)`.
# 2. The movers only: `movers = jobs[jobs["job"] == "one-off move (van)"]`.
# 3. The share of True in `repeat_90d`: `move_repeat = movers["repeat_90d"].mean()`.
# </details>
# %% tags=["exercise"]
move_repeat = ...  # a share, e.g. 0.5
# %% tags=["solution"]
move_repeat = jobs.loc[jobs["job"] == "one-off move (van)", "repeat_90d"].mean()
# %%
ex4.check(move_repeat)
# %% [markdown]
# ## See it: behaviour-based segments
#
# Categories say who a customer *is*; behaviour says what they *did*. Four segments from the
# funnel of notebook 02: signed up and left (no browsing at all); browses but never presses
# the call to action (CTA, *Reserve*); pressed it and dropped; converted.
# %%
u["behaviour"] = segments.behaviour_segments(
    events, browse=["map_view", "car_view"], cta="reservation_attempt", conversion="reservation"
)
behaviour = u.groupby("behaviour").agg(users=("rides", "size"), rides=("rides", "sum"))
behaviour["share_of_users"] = behaviour["users"] / len(u)
behaviour["share_of_rides"] = behaviour["rides"] / u["rides"].sum()
behaviour.round(2)
# %% [markdown]
# 919 users signed up and left; 908 browsed but never pressed *Reserve*; 1,783 (18%)
# pressed it and never got a reservation (the drop-off notebook 02 measured between pressing
# *Reserve* and getting a reservation). Only converted users ride, so they hold all of the
# north star. The third group is the interesting one: they *wanted* a car and the product did
# not give them one. Each group needs a different action: onboarding, a clearer call to action,
# fixing what happens after the click.
# %% [markdown]
# ## See it: RFM, an explainable behavioural segmentation
#
# **RFM** scores each customer on three questions anyone can explain: **R**ecency (how many
# days since their last ride?), **F**requency (how many rides?), **M**onetary (how much did they
# pay?). Each is scored 1 (low) to 3 (high) by rank; the segment is the three digits. Only
# customers with at least one ride get a score.
# %%
r = segments.rfm(rides, time_col="return_at", value_col="fare_krw", today=data.TODAY)
r.head().round({"recency_days": 1})
# %%
rfm = r.groupby("segment").agg(riders=("R", "size"), fare_krw=("monetary", "sum"))
rfm["share_of_riders"] = rfm["riders"] / len(r)
rfm["share_of_revenue"] = rfm["fare_krw"] / rfm["fare_krw"].sum()
top = rfm.sort_values("fare_krw", ascending=False).head(6)
top.round(2)
# %%
ax = top[["share_of_riders", "share_of_revenue"]].plot.barh(
    figsize=(8, 3.6), color=[style.PALETTE["grey"], style.PALETTE["green"]]
)
ax.invert_yaxis()
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
ax.legend(["share of riders", "share of fare revenue"], loc="lower right")
style.takeaway(
    ax,
    "Recent, frequent, high-paying riders (333) bring over a third of fares",
    xlabel="Share (%)",
    ylabel="RFM segment (R, F, M: 1 low - 3 high)",
)
plt.show()
# %% [markdown]
# Of the 5,768 customers who rode, 845 (15%) score 333 and bring 36% of all fare revenue.
# Next come 574 riders scored 233: frequent and high-paying, but not recent (their last ride
# was about one to four months ago). They brought 22% of fares: the customers to win back.
#
# One thing to watch: the scores are ranks, not counts. 34% of riders have exactly one ride;
# read the `frequency` column beside the score before you name a segment.
# %% [markdown]
# ## So what
#
# * **Start from the need, sort by situation, then size.** Mass segments are ordinary
#   situations (the pending associate member included); Specific ones are unusual, small and
#   convert very differently: give them to the team that owns their moment.
# * **Measure the element early, the behaviour later.** Experience over the first 60 days,
#   attempts and rides over days 60-240: the quadrant will not be circular.
# * **Size is not impact.** The biggest combination holds 4% of the later rides.
# * **Retention work belongs with recurring jobs.** Movers are done after one ride; a
#   first visit that fails is a conversion pain to fix.
#
# **The trap to avoid:** sorting Mass and Specific by a share cut-off. A small group in an
# ordinary situation (the associate members) is still Mass; an unusual one is Specific
# whatever its size.
# %% [markdown]
# ## Recap
#
# * `combinations.mass_situation` sorts users by situation: Mass (pay-per-ride member,
#   subscriber, corporate member, associate member) or Specific (card failed, licence on hold;
#   accident reporter from the log, measured after the event).
# * Specific segments convert very differently: measure them after the moment that defines
#   them.
# * `combinations.window_counts` measures the experience element on the first 60 days;
#   Mass x element combinations with at least 100 users go on the quadrant
#   (`combination_users`, `combination_table`).
# * Jobs to be done: focus retention on recurring jobs; behaviour segments and RFM describe
#   customers by what they did.
# * Next: the 11 combinations go on the quadrant in [04 Quadrant](04_quadrant.ipynb).
#
# [← 02 Journey map and funnel](02_journey_funnel.ipynb) · [Course index](00_welcome.ipynb) · [04 Quadrant →](04_quadrant.ipynb)
