# %% [markdown]
# # 03 · Segmentation: who are the customers behind the funnel?
#
# [← 02 Journey map and funnel](02_journey_funnel.ipynb) · [Course index](00_welcome.ipynb) · [04 Quadrant →](04_quadrant.ipynb)
#
# > **What you will learn**
# > - to list segments (세그먼트) by category and sort them by size into **Mass** and
# >   **Specific**, with a threshold you choose;
# > - why small Specific segments still matter: they convert very differently;
# > - to add a customer element (고객 요소), experience frequency, and combine it with Mass
# >   segments into candidate segments, each with its share of the north star;
# > - three lenses from behaviour: behaviour-based segments, jobs to be done (JTBD), and RFM.
# >
# > **Time:** {{time}}. **You need:** [01 North star](01_north_star.ipynb) and
# > [02 Journey map and funnel](02_journey_funnel.ipynb).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown]
# ## Why: needs live in groups of customers
#
# Notebook 02 found Bomcar's biggest leak (between pressing *Reserve* and getting a
# reservation) and showed that it is not the same for everyone. To act on it you need to know
# *who*: a **segment** (세그먼트) is a group of customers in the same situation, so likely to
# share a need.
#
# The method, step by step:
#
# 1. **List segments by category**: membership subscriber or not; individual or corporate;
#    card registered, pending or failed; licence verified, pending or on hold.
# 2. **Sort them by size** relative to the north star: **Mass** segments are common situations
#    with a big impact; **Specific** segments are unusual situations (a failed card, a licence
#    on hold, an accident) with a small impact.
# 3. **Add customer elements** (고객 요소): traits that cut across every segment, such as how
#    often someone has used the service. **Combine** Mass segments with elements into new
#    candidate segments.
# 4. Look again from **behaviour**: what people did, what job they came to do, and RFM.
# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from ipywidgets import FloatSlider, interactive

from helpers import data, metrics, segments, style
from helpers.checks import nb03 as checks

style.use_course_style()
events, users, rides = data.load_events(), data.load_users(), data.load_rides()
ex1, ex2 = checks.specific_at_10(), checks.worst_specific()
ex3, ex4 = checks.top_combination(), checks.least_solved_job()
# %% [markdown]
# We will need, for every user, how often they tried to reserve, reserved, and completed a
# ride (a `return`, the north star's unit). `metrics.per_user_counts` counts events per user:
# %%
counts = metrics.per_user_counts(
    events,
    {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"},
    users=users["user_id"],
)
u = users.set_index("user_id").join(counts)
u["accident_reporter"] = u.index.isin(events.loc[events["event"] == "accident_report", "user_id"])
u.head(3)
# %% [markdown]
# One row per user: the attributes from `users.csv`, three counts (0 if the user never did the
# event), and whether the user ever reported an accident.
# %% [markdown]
# ## See it: segments by category, Mass or Specific
#
# `segments.segment_sizes` counts users per segment and labels each **Mass** (at least
# `mass_share` of all users; 15% unless you say otherwise) or **Specific**:
# %%
segments.segment_sizes(users, "card_status")
# %% [markdown]
# 93% of users have a registered card; 2.5% (245 users) have a card that failed its last
# check. Now all six categories at once. `checks.category_sizes` just stacks
# `segment_sizes` for each column and adds a `label` (segment names such as *pending* repeat
# across categories). Age band and region are categories too. We add `rides_share`, each
# segment's share of all completed rides (the north star): `share` says how many, `rides_share`
# how much of the north star.
# %%
sizes = checks.category_sizes(users, checks.CATEGORIES)
sizes["rides_share"] = [
    u.loc[u[c].astype(str) == s, "rides"].sum() / u["rides"].sum()
    for c, s in zip(sizes["category"], sizes["segment"], strict=True)
]
sizes.round(3)


# %%
def plot_sizes(mass_share=0.15):
    table = checks.category_sizes(users, checks.CATEGORIES, mass_share=mass_share)
    colour = np.where(table["kind"] == "Mass", style.PALETTE["blue"], style.PALETTE["orange"])
    fig, ax = plt.subplots(figsize=(8, 6.5))
    ax.barh(table["label"], table["share"], color=colour)
    ax.axvline(mass_share, color=style.PALETTE["black"], linestyle="--", linewidth=1)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    n_mass = int((table["kind"] == "Mass").sum())
    style.takeaway(
        ax,
        f"At a {mass_share:.0%} line, {n_mass} of {len(table)} segments are Mass (blue)",
        xlabel="Share of all users (%)",
        ylabel="Segment (category: value)",
    )
    fig.tight_layout()
    plt.show()


plot_sizes(0.15)
# %% [markdown]
# At the default 15% line, 12 of the 21 segments are Mass (blue): both membership groups, both
# member types, registered cards, verified licences, four age bands, Seoul and Gyeonggi. The
# 9 below the line are Specific (orange): pending and failed cards, pending and on-hold
# licences, the 45+ age band and four regions (Busan, Incheon, Jeju, Daegu).
#
# The line is a choice. Move it and watch segments change sides (the figure above is the
# static copy at 15%):
# %% tags=["nbval-ignore-output"]
slider = FloatSlider(value=0.15, min=0.05, max=0.40, step=0.01, description="Mass line")
display(interactive(plot_sizes, mass_share=slider))
# %% [markdown]
# ## Exercise 1 (easy): which segments are Specific at 10%?
#
# Set the line at 10%. Which segments are Specific? Answer with a list of labels from the
# `label` column, e.g. `["card_status: failed", ...]`.
#
# <details><summary>Hint</summary>
#
# Use the slider, or `checks.category_sizes(users, checks.CATEGORIES, mass_share=0.10)` and
# keep the rows whose `kind` is `"Specific"`.
# </details>
# %% tags=["exercise"]
specific_10 = ...  # a list of labels
# %% tags=["solution"]
sizes10 = checks.category_sizes(users, checks.CATEGORIES, mass_share=0.10)
specific_10 = sizes10.loc[sizes10["kind"] == "Specific", "label"].tolist()
# %%
ex1.check(specific_10)
# %% [markdown]
# ## See it: Specific segments are small but convert very differently
#
# Three Specific situations from the course design: a **failed card** (card_status `failed`),
# a **licence on hold** (licence_status `on_hold`), and **accident reporters** (users with an
# `accident_report` event). First, the attempt -> reservation conversion of everyone, then of
# failed cards, in plain pandas:
# %% tags=["deck-number"]
overall = u["reservations"].sum() / u["attempts"].sum()
failed = u[u["card_status"] == "failed"]
print(
    f"everyone: {overall:.0%}   failed card: {failed['reservations'].sum() / failed['attempts'].sum():.0%}"
)
# %% [markdown]
# Everyone converts 35% of attempts into a reservation; users with a failed card, 6%. Most of
# their attempts end in a `payment_failure` event. Small segment, very different behaviour.
# %% [markdown]
# ## Exercise 2 (medium): which Specific segment converts worst?
#
# Compute the same conversion for users with a licence on hold and for accident reporters
# (`u["accident_reporter"]` is the True/False column made above). Which of the three converts worst? Answer with one of
# `"card_status: failed"`, `"licence_status: on_hold"`, `"accident reporters"`.
#
# <details><summary>Hint</summary>
#
# `on_hold = u[u["licence_status"] == "on_hold"]`, then `on_hold["reservations"].sum() /
# on_hold["attempts"].sum()`. The same for `u[u["accident_reporter"]]`.
# </details>
# %% tags=["exercise"]
worst_specific = ...  # one of the three names
# %% tags=["solution"]
rates = {
    name: u.loc[mask, "reservations"].sum() / u.loc[mask, "attempts"].sum()
    for name, mask in checks.specific_masks(u).items()
}
worst_specific = min(rates, key=rates.get)
# %%
ex2.check(worst_specific)
# %% [markdown]
# Here are all three, with their size and their share of the north star:
# %%
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
specific.round(3)
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
# Users with a licence on hold convert 0% of 176 users' attempts: the licence check blocks
# every one. Failed cards convert 6%. Accident reporters look *better* than average (41%)...
# but that mixes their time before and after the accident. Split at their first report:
# %%
first_report = events[events["event"] == "accident_report"].groupby("user_id")["timestamp"].min()
theirs = events[events["user_id"].isin(first_report.index)]
after = theirs["timestamp"] > theirs["user_id"].map(first_report)
for name, part in [("before the accident", theirs[~after]), ("after the accident", theirs[after])]:
    n = part["event"].value_counts()
    print(f"{name}: {n['reservation'] / n['reservation_attempt']:.0%} of attempts reserved")
# %% [markdown]
# Before their accident these 89 users converted 59% of attempts; after it, 20%. A segment
# defined by an event should be measured *after* that event.
#
# Together the three are 5.1% of users and hold 3.0% of the completed rides: a small impact on
# the north star, as Specific segments should have. But they are cheap to find and their fixes are clear (a card
# retry flow, a licence message, help after an accident), so do not drop them: give them to
# the team that owns that moment.
# %% [markdown]
# ## See it: a customer element, experience frequency
#
# A **customer element** cuts across all segments. Experience frequency asks how far a user
# has got: never reserved; reserved but never rode; rode below the average number of rides;
# rode above it. `segments.experience_element` labels each user from their counts:
# %%
u["experience"] = segments.experience_element(u)
print(f"average completed rides per user: {u['rides'].mean():.1f}")
u["experience"].value_counts(sort=False)
# %% [markdown]
# The average is 1.4 rides, so "below average" means exactly one ride and "above average" two
# or more. 4,542 users (45%) have never made a reservation.
#
# Now **combine** a Mass category with the element: a cross table of users, and each cell's
# share of all completed rides (the north star).
# %%
combo_users = pd.crosstab(u["membership"], u["experience"])
combo_rides = u.pivot_table(
    index="membership", columns="experience", values="rides", aggfunc="sum", observed=False
)
combo_share = combo_rides / u["rides"].sum()
display(combo_users)
combo_share.round(2)
# %%
fig, axes = plt.subplots(1, 2, figsize=(11, 3.2), sharey=True)
for ax, table, title, fmt in [
    (axes[0], combo_users / len(u), "Share of users", "{:.0%}"),
    (axes[1], combo_share, "Share of completed rides", "{:.0%}"),
]:
    ax.imshow(table.to_numpy(dtype=float), cmap="Blues", vmin=0, vmax=0.5, aspect="auto")
    for (i, j), v in np.ndenumerate(table.to_numpy(dtype=float)):
        ax.text(
            j, i, fmt.format(v), ha="center", va="center", color="black" if v < 0.3 else "white"
        )
    ax.set_xticks(
        range(table.shape[1]), [c.replace(", ", ",\n") for c in table.columns], fontsize=9
    )
    ax.set_yticks(range(table.shape[0]), table.index)
    ax.grid(False)
    style.takeaway(ax, title, xlabel="Experience frequency", note=ax is axes[1])
axes[0].set_ylabel("Membership")
fig.suptitle(
    "Above-average riders hold most rides, whatever their membership",
    x=0.01,
    ha="left",
    fontweight="bold",
)
fig.tight_layout()
plt.show()
# %% [markdown]
# Read the two tables together. Non-members who have never reserved are the biggest cell
# (3,674 users, 37%) and hold 0% of the rides. Non-members who ride above average are 16% of
# users and hold 49% of the rides; above-average subscribers, 10% of users, hold 35%. Size
# alone would point you at the wrong cell.
# %% [markdown]
# ## Exercise 3 (medium): the combination with most of the north star
#
# Combine **member type** (individual or corporate) with experience frequency. Which
# combination holds the largest share of completed rides? Answer with its label as
# `segments.combine` writes it, e.g. `"corporate x below average"`.
#
# <details><summary>Hint</summary>
#
# `label = segments.combine(u, ["member_type", "experience"])`, then
# `u["rides"].groupby(label).sum() / u["rides"].sum()`.
# </details>
# %% tags=["exercise"]
top_combo = ...  # a label like "corporate x below average"
# %% tags=["solution"]
label = segments.combine(u, ["member_type", "experience"])
share = u["rides"].groupby(label).sum() / u["rides"].sum()
top_combo = share.idxmax()
# %%
ex3.check(top_combo)
# %% [markdown]
# Individual customers who ride above average hold 66% of all completed rides, from 20% of
# users. Corporate above-average riders add 18%. These combined candidates, not the raw
# categories, are what the next notebook places on the quadrant.
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
# 679 users signed up and left; 1,201 browsed but never pressed *Reserve*; 2,662 (27%)
# pressed it and never got a reservation (the same users as the funnel's biggest drop-off in
# notebook 02). Only converted users ride, so they hold all of the
# north star. The third group is the interesting one: they *wanted* a car and the product did
# not give them one. Each group needs a different action: onboarding, a clearer call to action,
# fixing what happens after the click.
# %% [markdown]
# ## See it: jobs to be done
#
# **Jobs to be done** (JTBD, 해야 할 일) asks *why* someone uses the service. Behaviour gives a
# clue: what they did first in their first search. Setting a time first suggests "I need a car
# *at a certain time*"; the car-type filter, "I need *a certain kind* of car" (a van to move, an
# EV); a zone click, "I need a car *near a certain place*".
# %%
u["first_action"] = segments.first_action(events, candidates=checks.JOBS)
jobs = u.groupby("first_action").agg(users=("rides", "size"), rides_per_user=("rides", "mean"))
jobs["share_of_rides"] = u.groupby("first_action")["rides"].sum() / u["rides"].sum()
jobs.round(2)
# %% [markdown]
# 4,064 users first set a time: the largest job. ("none" are the users who never searched.)
# Some jobs are solved in one visit; others need the customer to come back. Retention work
# belongs with the second kind.
# %% [markdown]
# ## Exercise 4 (stretch): which job is least often solved in the first visit?
#
# For each user, take the visit (`session_id`) of their first job action (`time_set`,
# `car_type_filter` or `zone_click`) and ask: did that visit end in a reservation? Which
# first action has the lowest share of users whose first visit ended in a reservation?
#
# <details><summary>Hint</summary>
#
# Three steps, each one line or two (`events` are in time order):
#
# 1. Each user's first job action and its visit: keep the job events with
#    `jobs = events[events["event"].isin(checks.JOBS)]`, then
#    `firsts = jobs.groupby("user_id")[["session_id", "event"]].first()`.
# 2. Which visits ended in a reservation:
#    `reserved = set(events.loc[events["event"] == "reservation", "session_id"])`, then
#    `firsts["solved"] = firsts["session_id"].isin(reserved)` (True or False per user).
# 3. The share solved per first action: `firsts.groupby("event")["solved"].mean()`; the
#    lowest one's name is what `.idxmin()` gives.
# </details>
# %% tags=["exercise"]
least_solved = ...  # one of "time_set", "car_type_filter", "zone_click"
# %% tags=["solution"]
firsts = (
    events[events["event"].isin(checks.JOBS)].groupby("user_id")[["session_id", "event"]].first()
)
reserved_visits = set(events.loc[events["event"] == "reservation", "session_id"])
firsts["solved"] = firsts["session_id"].isin(reserved_visits)
by_job = firsts.groupby(firsts["event"].astype(str))["solved"].mean()
least_solved = by_job.idxmin()
# %%
ex4.check(least_solved)
# %%
solved = checks.solved_in_first_visit(events).groupby("job")["solved"].mean().sort_values()
ax = solved.plot.barh(
    figsize=(8, 2.8), color=[style.PALETTE["vermillion"]] + [style.PALETTE["blue"]] * 2
)
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Customers who start by setting a time rarely get a car on their first visit",
    xlabel="Users whose first search visit ended in a reservation (%)",
    ylabel="First action (job)",
)
plt.show()
# %% [markdown]
# Only 20% of time-first customers reserve on their first search visit, against 31% for
# zone-first and 33% for filter-first. The "a car at my time" job takes repeat visits. That is where to
# focus retention (bring them back), and notebook 02 already showed why: visits that set the
# time first convert worst. Notebooks 04-08 follow this customer.
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
# Of the 4,852 customers who rode, 714 (15%) score 333 and bring 36% of all fare revenue.
# Next come 481 riders scored 233: frequent and high-paying, but not recent (their last ride
# was about two to seven months ago). They brought 23% of fares: the customers to win back.
#
# One thing to watch: 46% of riders have exactly one ride - more than the third of riders
# each F level holds - so the rank-based F score has to split one-ride riders between F=1
# and F=2. Read the `frequency`
# column beside the score before you name a segment.
# %% [markdown]
# ## Toward the quadrant: age band x region
#
# Age band and region are Mass categories too. Combined, they give 30 candidate segments.
# Notebook 04 places each one by its users' mean reservation attempts and mean completed
# rides. A preview of the five largest:
# %%
u["age_x_region"] = segments.combine(u, ["age_band", "region"])
candidates = u.groupby("age_x_region").agg(
    users=("attempts", "size"), attempts=("attempts", "mean"), rides=("rides", "mean")
)
print(f"{len(candidates)} age band x region segments")
candidates.sort_values("users", ascending=False).head(5).round(2)
# %% [markdown]
# ## So what
#
# * **Segments are candidates, not answers.** Categories, elements and behaviour each give a
#   list; combining a Mass category with an element gives candidates you can size against the
#   north star.
# * **Size by the north star, not only by head count.** The biggest cell (non-members who never
#   reserved) holds no rides; above-average riders, 26% of users, hold 84% of them.
# * **Specific segments are small but sharp.** Give them to the team that owns their moment
#   (payments, licence checks, accident support); do not let them steer the product roadmap.
# * **Behaviour points at the pain.** 2,662 users pressed *Reserve* and never got a car, and the
#   "car at my time" job takes repeat visits.
#
# **The trap to avoid:** picking the biggest segment because it is big. Size is not impact:
# ask what share of the north star a segment holds, and what it could hold if its pain were
# fixed.
# %% [markdown]
# ## Recap
#
# * `segments.segment_sizes` sizes segments and labels them Mass or Specific; the threshold is
#   your choice: say which one you used.
# * Specific segments (failed card, licence on hold, accident reporters) are small (5.1% of
#   users together) but convert very differently: measure them after the moment that defines them.
# * Customer elements (experience frequency) combined with Mass categories give candidate
#   segments; weigh each by its share of completed rides.
# * Behaviour-based segments, jobs to be done and RFM describe customers by what they did.
# * Next: place the age band x region candidates on the quadrant in
#   [04 Quadrant](04_quadrant.ipynb).
#
# [← 02 Journey map and funnel](02_journey_funnel.ipynb) · [Course index](00_welcome.ipynb) · [04 Quadrant →](04_quadrant.ipynb)
