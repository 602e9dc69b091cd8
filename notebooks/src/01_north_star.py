# %% [markdown]
# # 01 · The north star: one number for the value customers get
#
# [← 00 Welcome](00_welcome.ipynb) · [Course index](00_welcome.ipynb) · [02 Journey map and funnel →](02_journey_funnel.ipynb)
#
# > **What you will learn**
# > - why revenue is a *lagging* indicator (후행 지표), and what a *leading* one (선행 지표) is
# > - how to score candidate metrics against the criteria for a north star (북극성 지표)
# > - how to check on data which metric moves first, and how to spot a vanity metric
# > - how to break a north star into input metrics (투입 지표), and find the "aha moment"
# > - why DAU is the wrong yardstick for a car-sharing app, and what HEART is for
# >
# > **Time:** {{time}} · **You need:** [00 Welcome](00_welcome.ipynb) ·
# > **Data:** Bomcar (봄카), a fictional company; all data is synthetic.
# %%
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from ipywidgets import interact

from helpers import aha, data, i18n, leadlag, metrics, strategy, style
from helpers.checks import nb01 as checks

i18n.set_language("en")
style.use_course_style()
users = data.load_users()
events = data.load_events()
payments = data.load_payments()
calendar = data.load_calendar()

# %% [markdown]
# ## Why: revenue tells you too late
#
# Bomcar's board looks at revenue every month. Revenue matters, but it is a poor compass for a
# product team:
#
# - it is a **lagging indicator (후행 지표)**: it moves *after* the thing that caused it;
# - it has many outside causes (prices, invoicing dates, one big corporate client);
# - it does not say whether customers got what they came for.
#
# A **leading indicator (선행 지표)** moves first, early enough to act on. The **north star
# metric (북극성 지표)** is the one leading number a whole company steers by: it counts the
# value customers get, and revenue follows it.
#
# One product team's criteria for a north star. It should:
#
# 1. **reflect the customer's moment of success** (the moment they got what they came for);
# 2. be something **every customer gets value from**, not only a few;
# 3. be **measurable**, daily, weekly or monthly;
# 4. be **controllable through input metrics (투입 지표)** that teams can move;
# 5. **reflect business growth** directly: when it rises, money comes in;
# 6. be **quick to judge**: you see within days or weeks whether it moved.
#
# An analytics vendor's shorter list asks three things: does it express **value to people**,
# does it **fit the strategy**, and is it a **leading indicator of revenue**?
# %% [markdown]
# ## The candidates, month by month
#
# Five metrics a Bomcar team might propose: monthly **sign-ups**, **app opens**,
# **reservations**, **returns** (반납: a car brought back, so a *completed ride*) and
# **revenue**. The event log gives the first four; revenue is money received, counted in the
# month it was paid (`paid_at`).
# %%
monthly = metrics.monthly_counts(events, ["app_open", "reservation", "return"])
monthly["signups"] = users["signup_at"].dt.to_period("M").value_counts()
paid_month = payments["paid_at"].dt.to_period("M")
monthly["revenue"] = payments.groupby(paid_month)["amount_krw"].sum()
monthly = monthly[["signups", "app_open", "reservation", "return", "revenue"]]
monthly.tail(4)

# %% [markdown]
# One row per month (the index is the month), one column per candidate; revenue is in Korean
# won (KRW). Over the 18 months all five rose (June 2025 against January 2024), not every
# month (sign-ups fell from **737** in May 2025 to **727** in June), so growth cannot pick
# the winner. The criteria can.
# %% [markdown]
# ## Exercise 1 (easy): score the candidates
#
# Fill the table: `1` if the metric meets the criterion *for Bomcar's customers*, `0` if not.
# The revenue column is done for you: it is measurable and reflects growth, but it is not the
# customer's success, not value every customer gets, not directly controllable and a month
# late. There is room for debate on some cells; the checker only insists on the clear ones.
#
# <details><summary>Hint</summary>
#
# Ask of each metric: *when this number goes up by one, did a customer get what they came
# for?* A sign-up, an app open and a reservation can all happen without anyone riding.
#
# </details>
# %% tags=["exercise"]
# The six rows, in this order (checks.CRITERIA): moment of success, every customer gets
# value, measurable, controllable by inputs, reflects growth, quick to judge.
scores = pd.DataFrame(
    {  # 1 = meets the criterion, 0 = does not
        "signups": [..., ..., ..., ..., ..., ...],
        "app_open": [..., ..., ..., ..., ..., ...],
        "reservation": [..., ..., ..., ..., ..., ...],
        "return": [..., ..., ..., ..., ..., ...],
        "revenue": [0, 0, 1, 0, 1, 0],  # done for you
    },
    index=checks.CRITERIA,
)

# %% tags=["solution"]
scores = pd.DataFrame(
    {  # 1 = meets the criterion, 0 = does not
        "signups": [0, 0, 1, 1, 0, 1],  # a promotion moves it, but nobody has ridden yet
        "app_open": [0, 0, 1, 1, 0, 1],  # opening is not riding
        "reservation": [0, 0, 1, 1, 0, 1],  # can be cancelled; money comes at the return
        "return": [1, 1, 1, 1, 1, 1],  # a finished ride: the customer got what they came for
        "revenue": [0, 0, 1, 0, 1, 0],  # done for you
    },
    index=checks.CRITERIA,
)
scores.loc["total"] = scores.sum()
scores

# %%
ex_scores = checks.scoring_table()
ex_scores.check(scores)

# %% [markdown]
# **Completed rides (returns) meet every criterion.** Sign-ups and app opens count
# *activity*, not success, and no money comes with them. Reservations come close, but a
# reservation is a promise, not a ride, and not yet business: the money comes only at the
# return (card or invoice). How many promises are broken?
# %%
counts = events["event"].value_counts()
print(f"cancelled reservations: {counts['cancellation'] / counts['reservation']:.0%}")

# %% [markdown]
# **14%** of reservations are cancelled: a reservation-based north star would celebrate
# rides that never happened. Returns also pass the vendor's three questions: a ride is the
# value to people, Bomcar sells rides, and (next section) returns lead revenue.
# %% [markdown]
# ## See it: returns move first, revenue follows
#
# **Guess first.** In November 2024 Bomcar raised hourly prices by 12% (it is in `calendar`).
# Which do you expect to fall first, completed rides or revenue? Why might they not fall in
# the same month?
#
# A clue is in how Bomcar is paid. Individual customers pay by card when they return the car.
# Corporate accounts and subscribers get **one invoice a month, for the previous month's
# rides**. The `kind` column of `payments` tells them apart:
# %%
by_kind = payments.groupby([paid_month, "kind"])["amount_krw"].sum()
by_kind = by_kind.unstack(fill_value=0) / 1e6  # million KRW
share = by_kind["monthly_invoice"].sum() / by_kind.to_numpy().sum()
print(f"share of revenue paid by monthly invoice: {share:.0%}")

# %% [markdown]
# **65%** of Bomcar's revenue arrives as invoices, a month after the rides. Now the two
# series side by side, with the price rise marked:
# %%
price_rise = calendar.loc[calendar["kind"] == "price_change", "date"].iloc[0]
months = monthly.index.to_timestamp()
fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6.2), sharex=True)
top.plot(months, monthly["return"], "o-", color=style.PALETTE["blue"])
bottom.bar(months, by_kind["per_ride"], width=20, label="Card payments (this month's rides)")
bottom.bar(
    months,
    by_kind["monthly_invoice"],
    width=20,
    bottom=by_kind["per_ride"],
    label="Invoices (last month's rides)",
)
for ax in (top, bottom):
    ax.axvline(price_rise, color=style.PALETTE["grey"], ls="--")
top.annotate(
    "Prices +12%",
    (price_rise, monthly["return"].max()),
    xytext=(5, 0),
    textcoords="offset points",
    color=style.PALETTE["grey"],
)
style.takeaway(
    top, "Rides fell 17% in November 2024; revenue barely moved", ylabel="Completed rides"
)
style.takeaway(bottom, "", xlabel="Month", ylabel="Revenue (million KRW)", note=False)
bottom.legend(loc="upper left")
fig.tight_layout()
plt.show()

# %% [markdown]
# After the price rise, completed rides fell **17%** in November 2024. Revenue hardly
# moved: **-4%** that month and **+1%** in December. November's invoices were for October's
# rides; and the customers who pay by invoice (corporate accounts and subscribers) rode only
# a little less, now at higher prices, while card customers cut their rides by about a
# third. A team steering by revenue would not have seen the fall in rides at all.
#
# To test "moves first" on all candidates at once, `leadlag.lead_lag` correlates one
# metric's month-on-month *changes* with another's, shifted by 0, 1, 2 ... months (changes,
# not levels: any two growing series correlate). **Lag 1** means "this month's change in the
# first metric lines up with *next* month's change in revenue". Here it is for app opens:
# %%
table = leadlag.lead_lag(monthly, "app_open", "revenue")
print(table.round(2).to_string(index=False))
print("best lag:", leadlag.best_lag(table))

# %% [markdown]
# App opens line up best with revenue at lag **1**: on Bomcar most visits come from people
# about to ride, so app opens move with rides. Leading revenue is necessary, not
# enough: app opens still fail the criteria above (opening the app is not riding), and the
# promotion below shows how easily they are inflated.
# %% [markdown]
# ## Exercise 2 (easy): which metric leads revenue?
#
# Guess first: sign-ups, reservations or returns? Then run `leadlag.lead_lag` for each and
# set `leading` to a metric whose changes come a month *before* revenue's (any, if several
# do).
#
# <details><summary>Hint</summary>
#
# A leader has its best lag above 0: `leadlag.best_lag(table)` gives it.
#
# </details>
# %% tags=["exercise"]
table = leadlag.lead_lag(monthly, "signups", "revenue")  # then try "reservation" and "return"
print(table.round(2).to_string(index=False))
leading = ...  # "signups", "app_open", "reservation" or "return"

# %% tags=["solution"]
rows = {}
for name in ["signups", "app_open", "reservation", "return"]:
    corr = leadlag.lead_lag(monthly, name, "revenue").set_index("lag")["corr"]
    rows[name] = {"best lag": corr.idxmax(), "corr lag 0": corr[0], "corr lag 1": corr[1]}
summary = pd.DataFrame.from_dict(rows, orient="index")
print(summary.round(2))
leaders = summary[summary["best lag"] > 0]
leading = leaders["corr lag 1"].idxmax()

# %%
ex_leading = checks.leading_metric()
ex_leading.check(leading)


# %% [markdown]
# Returns lead revenue by one month: correlation **0.96** at lag 1 against **0.91** in the
# same month. Reservations lead almost exactly as well (**0.959** against returns'
# **0.961**), and app opens nearly as well (**0.94**): all three move with the rides. Sign-ups
# do not lead at all (**-0.12** at lag 1). Pick a candidate below to see its
# whole profile; the static chart after it shows returns.
# %% tags=["nbval-ignore-output"]
def show_lead_lag(metric="return"):
    table = leadlag.lead_lag(monthly, metric, "revenue")
    k = leadlag.best_lag(table)
    leadlag.lead_lag_plot(table, f"{metric} vs revenue: best lag {k} month(s)")
    plt.show()


_ = interact(show_lead_lag, metric=["signups", "app_open", "reservation", "return"])

# %%
table = leadlag.lead_lag(monthly, "return", "revenue")
leadlag.lead_lag_plot(table, "Completed rides lead revenue by one month")
plt.show()

# %% [markdown]
# The highlighted bar is the best lag. Bars at negative lags would mean revenue moves first.
#
# Eighteen months give only 17 month-on-month changes, so treat 0.96 vs 0.96 vs 0.94 as
# "all three lead", not as a ranking. The mechanism (invoices a month later) is the stronger
# evidence, and the criteria decide between them: only a return is the customer's success.
# %% [markdown]
# ## The vanity-metric trap: the promotion month
#
# In [00 Welcome](00_welcome.ipynb) one month had far more sign-ups than any other. The
# calendar says why:
# %%
calendar[["date", "kind", "description"]]

# %% [markdown] tags=["deck-question"]
# **Guess first:** in September 2024 Bomcar gave new users their first hour free. Which
# candidates do you expect to jump? Below, each metric is shown relative to August 2024
# (= 100), the month before the promotion.
# %% tags=["deck-figure"]
promo = calendar.loc[calendar["kind"] == "promotion", "date"].iloc[0]
cols = ["signups", "app_open", "return"]
indexed = monthly[cols] / monthly.loc[promo.to_period("M") - 1, cols] * 100
names = {"signups": "Sign-ups", "app_open": "App opens", "return": "Completed rides"}
lines = indexed.set_axis(months).rename(columns=names).rename_axis(index="month", columns="metric")
lines = lines.stack().rename("index").reset_index()  # one row per month and metric
fig, ax = plt.subplots(figsize=(9, 4.5))
sns.lineplot(data=lines, x="month", y="index", hue="metric", marker="o", ax=ax)
ax.axvspan(promo, promo + pd.offsets.MonthEnd(1), color=style.PALETTE["yellow"], alpha=0.3)
ax.annotate("Promotion", (promo, indexed.max().max()), xytext=(4, -12), textcoords="offset points")
style.takeaway(
    ax,
    "The promotion more than tripled sign-ups for a month; completed rides fell",
    xlabel="Month",
    ylabel="Index (August 2024 = 100)",
)
ax.legend(loc="center left")
plt.show()

# %% [markdown]
# ## Exercise 3 (medium): spot the vanity metrics
#
# Compute each behaviour metric's change from August to September 2024, and list the ones
# that rose **more than 10%** in the promotion month. They are the numbers a promotion can
# inflate without more customers getting a ride.
#
# <details><summary>Hint</summary>
#
# `monthly[[...]].pct_change()` gives the change from the month before; pick the row of the
# promotion month with `.loc[promo.to_period("M")]`.
#
# </details>
# %% tags=["exercise"]
growth = ...  # change from August to September 2024, for each behaviour metric
vanity = ...  # a list of names, e.g. ["reservation"]

# %% tags=["solution"]
behaviour = ["signups", "app_open", "reservation", "return"]
growth = monthly[behaviour].pct_change().loc[promo.to_period("M")]
print(growth.round(2))
vanity = list(growth[growth > 0.10].index)

# %%
ex_vanity = checks.vanity_metrics()
ex_vanity.check(vanity)

# %% [markdown]
# In September 2024 sign-ups rose **+234%** and app opens **+15%**, while completed rides
# went **-11%**. The promotion bought accounts and curiosity, not rides (notebook 07 follows
# these users: they stay far less).
#
# A **vanity metric** looks good and rises easily, but does not tell you whether customers
# got value or what to do next (page views, cumulative downloads, sign-ups). An
# **actionable metric** changes when the customer's experience changes, so you can act on
# it. Revenue even *rose* in September, but that was August's summer rides being invoiced.
# %% [markdown]
# ## Three families of north stars
#
# Most north stars fall into one of three families, by what the product sells:
#
# | family | the customer values ... | example north star |
# |---|---|---|
# | **time** | the time they spend with it | music or video streaming: *time spent listening / watching* |
# | **transactions** | getting something done, again | commerce: *repeat purchases*; car sharing: *completed rides* |
# | **productivity** | their work getting done | B2B SaaS: *weekly active teams* |
#
# Bomcar is a transactions product: its north star is **completed rides (returns) per month**.
# %% [markdown]
# ## Input metrics: what a team can actually move
#
# Nobody can "increase the north star" on a Monday morning. Teams move **input metrics
# (투입 지표)** that multiply up to it. A common breakdown has four levers:
#
# - **breadth**: how many customers use it;
# - **depth**: how much of the product each one uses;
# - **frequency**: how often they come back;
# - **efficiency**: how quickly a new customer gets to the core value, the **time to value
#   (가치 도달 시간)**. Not a conversion rate: those belong to the funnel (notebook 02).
#
# A music service, for example:
#
# ```text
# time spent listening               <- north star
# ├── visit frequency                <- how often
# └── session length                 <- how long each time
# ```
#
# For Bomcar, two of the levers multiply exactly to the north star: completed rides =
# monthly riders (breadth) × rides per rider (frequency).
# %%
riders = metrics.active_users(events, freq="M", event_col="event", names=["return"])
levers = pd.DataFrame({"monthly riders": riders, "rides per rider": monthly["return"] / riders})
levers["completed rides"] = monthly["return"]
levers.loc["2024-09":"2024-12"].round(2)

# %% [markdown]
# With the price rise (October to November 2024) monthly riders fell from **1,257** to
# **1,092**, while rides per rider fell much less (**1.51** to **1.44**). Most of the lost
# rides came from fewer people riding, not from riders riding less: that points the team
# at breadth.
#
# Efficiency on the data: for Bomcar the core value is a completed ride, so time to value is
# the days from sign-up to a user's first completed ride.
# %%
first_ride = events[events["event"] == "return"].groupby("user_id")["timestamp"].min()
ttv = users.set_index("user_id")["signup_at"].to_frame().join(first_ride.rename("first_ride"))
ttv["days"] = (ttv["first_ride"] - ttv["signup_at"]).dt.days  # NaN: no ride yet
print(f"median {ttv['days'].median():.0f} days; never rode: {ttv['days'].isna().mean():.0%}")
ttv["days"].quantile([0.25, 0.5, 0.75, 0.9])

# %%
fig, ax = plt.subplots(figsize=(9, 4))
sns.histplot(ttv["days"].clip(upper=120), binwidth=5, ax=ax, color=style.PALETTE["blue"])
ax.axvline(ttv["days"].median(), color=style.PALETTE["vermillion"], ls="--", label="median")
ax.legend(loc="upper right")
never = ttv["days"].isna().mean()
ax.text(  # the users with no ride have no bar: say so where the eye looks for them
    0.98,
    0.75,
    f"Not in the bars: the {never:.0%} of users\nwho never completed a ride",
    transform=ax.transAxes,
    ha="right",
    va="top",
    color=style.PALETTE["grey"],
)
style.takeaway(
    ax,
    "Half the riders needed 12+ days to a first ride",
    xlabel="Days from sign-up to first completed ride (120+ shown at 120)",
    ylabel="Users who rode",
)
plt.show()

# %% [markdown]
# Of the users who rode, a quarter did so on the day they signed up (**0** days), half within
# **12** days and 90% within **70**. **42%** of users never completed a ride at all (the ones
# who signed up last had less time).
#
# The tall 30-35 bar is how this *synthetic* data was made, not the licence review: a user
# who stays past the first month gets a visit on day 30 (**565** first rides that day, about
# **56** a day on days 25-29). Find the rule behind a spike before you read it as behaviour. Cutting those days, and that share, is the efficiency
# lever: the licence check and the first search stand between sign-up and value.
#
# Your tree will use names from this menu (careful: a few do not belong in an input tree at
# all).
# %%
menu = sorted([*checks.MENU, *checks.TRAPS])
print("\n".join(menu))

# %% [markdown]
# ## Exercise 4 (medium): build Bomcar's input-metric tree
#
# Write the tree as a dict: each metric maps to the list of its inputs. The top is
# `"completed rides per month"`. Cover all four levers (breadth, depth, frequency,
# efficiency), and go at least one level deeper somewhere. Leave out anything that is not an
# input a team can move.
#
# <details><summary>Hint</summary>
#
# Start with `{"completed rides per month": [a breadth metric, a depth metric, a frequency
# metric, an efficiency metric]}`, then add a key for one of them with its own inputs, e.g.
# what makes up the monthly riders?
#
# </details>
# %% tags=["exercise"]
my_tree = ...
# for example:
# my_tree = {
#     "completed rides per month": ["...", "...", "...", "..."],
#     "...": ["...", "..."],
# }

# %% tags=["solution"]
my_tree = {
    "completed rides per month": [
        "monthly riders",  # breadth
        "car types tried per rider",  # depth
        "rides per rider",  # frequency
        "days from sign-up to first ride",  # efficiency: time to value
    ],
    "monthly riders": ["new riders", "returning riders"],
    "days from sign-up to first ride": [
        "days from sign-up to licence approved",
        "days from licence approved to first ride",
    ],
}

# %%
ex_tree = checks.input_tree()
ex_tree.check(my_tree)

# %% [markdown]
# Here is one good tree, drawn with `strategy.tree_figure` (you can draw yours the same way:
# `strategy.tree_figure(my_tree, title="...")`):
# %%
strategy.tree_figure(
    checks.reference_tree(),
    title="Four levers roll up to completed rides",
    level_names=["North star", "Levers", "Inputs"],
)
plt.show()

# %% [markdown]
# Each box is a number a team can own and move in weeks: the growth team owns new riders,
# the onboarding team owns the days from sign-up to first ride. Revenue, sign-ups and downloads are not
# in it: the first is the lagging result, the others are vanity.
# %% [markdown]
# ## The aha moment
#
# An **aha moment** is an early action that predicts who stays: the point where a new user
# "gets it". (A well-known social network found "7 friends in 10 days".) It gives onboarding
# a concrete goal, and it often sits right next to the north star.
#
# For each Bomcar user who signed up at least 90 days before the data ends, count the
# completed rides in their first 30 days (`early`), and whether they still opened the app on
# days 31-89 after signing up (`retained`):
# %%
log = events.merge(users[["user_id", "signup_at"]], on="user_id")
per_user = aha.early_actions(log, "return", start_col="signup_at", active_events=["app_open"])
per_user.head()

# %% tags=["deck-number"]
per_user.groupby(per_user["early"] >= 1)["retained"].mean()

# %% [markdown]
# Users with at least one ride in their first 30 days are retained **65%** of the time,
# against **40%** for those with none. Is one ride the aha moment, or is there a bar that
# separates stayers from leavers more sharply?
# %% [markdown]
# ## Exercise 5 (stretch): find the aha threshold
#
# For bars of 1 to 5 early rides, compare the retention of users at or above the bar with
# those below it. Set `aha_rides` to the **lowest** bar that gets nearly all of the
# retention gap: a higher bar may look a bit better, but few new users reach it, so it makes
# a poor goal.
#
# <details><summary>Hint</summary>
#
# `aha.retention_by_threshold(per_user, "early", "retained")` returns one row per bar, with
# the `difference` in retention and the `share_at_least` (share of users who reach it).
#
# </details>
# %% tags=["exercise"]
aha_rides = ...  # a whole number of completed rides in the first 30 days

# %% tags=["solution"]
by_bar = aha.retention_by_threshold(per_user, "early", "retained")
print(
    by_bar[["threshold", "retention_at_least", "retention_below", "difference", "share_at_least"]]
    .round(3)
    .to_string(index=False)
)
aha_rides = aha.aha_threshold(by_bar)  # lowest bar within 10% of the largest gap

# %%
ex_aha = checks.aha_moment()
ex_aha.check(aha_rides)

# %%
by_bar = aha.retention_by_threshold(per_user, "early", "retained")
fig = aha.aha_plot(
    by_bar, "Two rides in the first 30 days: most of these users stay", action="rides"
)
fig.axes[0].set_xlabel("Bar: completed rides in the first 30 days after sign-up")
plt.show()

# %% [markdown]
# Users with **2 or more** completed rides in their first 30 days are retained **84%** of
# the time, against **43%** for the rest: about twice as often. Only **18%** of new users
# get there, so "a second ride within 30 days" is a clear onboarding goal, and it is the
# north star itself at the level of one new user. This is a correlation, not yet proof: keen users both ride more and
# stay longer. An experiment (notebook 08) would show whether *pushing* a second ride helps.
# %% [markdown]
# ## DAU, WAU, MAU and stickiness
#
# **DAU / WAU / MAU** are the unique users active on a day, in a week, in a month.
# **Stickiness** divides them: DAU/MAU is the share of a month's users who show up on an
# average day.
# %%
mau = metrics.active_users(events, freq="M")
sticky = pd.DataFrame(
    {
        "DAU/MAU": metrics.stickiness(events, short="D"),
        "WAU/MAU": metrics.stickiness(events, short="W"),
    }
)
sticky.mean().round(3)

# %%
fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(months, sticky["WAU/MAU"], "o-", label="WAU/MAU")
ax.plot(months, sticky["DAU/MAU"], "s-", label="DAU/MAU")
ax.set_ylim(0, 0.6)
ax.yaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
d, w = sticky.mean()
style.takeaway(
    ax,
    f"About {d:.0%} of a month's users show up on a given day, {w:.0%} in a week",
    xlabel="Month",
    ylabel="Share of the month's active users",
)
ax.legend(loc="upper right")
plt.show()

# %% [markdown]
# A DAU/MAU of **11%** would alarm a messaging app, where people are meant to come every day.
# For car sharing it is healthy: nobody needs a car every day. A rider completes about
# **1.5** rides in a month in which they ride. The right level for an activity metric is
# the product's **intended use frequency**. For Bomcar that is monthly (with weekly for
# browsing), so *monthly riders* and *completed rides per month* fit, and a push to raise
# DAU (daily notifications, daily check-in coupons) would chase the wrong thing.
#
# "Active" also needs a definition. Counting any app open makes MAU look big; counting riders
# shows the value:
# %%
share_riding = riders.iloc[-1] / mau.iloc[-1]
print(f"June 2025: {mau.iloc[-1]:,} active users, {riders.iloc[-1]:,} riders ({share_riding:.0%})")

# %% [markdown]
# Only **48%** of June's active users completed a ride. An "active users" north star would
# count the other 52% as a success.
# %% [markdown]
# ## HEART: metrics for one feature
#
# A north star is for the whole company. To judge **one feature**, Google's **HEART**
# framework asks five questions. For Bomcar's new "cars free at the time you set" map
# (app 3.0, March 2025):
#
# | HEART | question | a Bomcar metric for the new map |
# |---|---|---|
# | **Happiness** | do users like it? | rating of the search screen in an in-app survey |
# | **Engagement** | do they use it, and how much? | time-set searches per active user per week |
# | **Adoption** | do new people start using it? | share of searching users who set a time first |
# | **Retention** | do they keep using it? | share of adopters still using it 4 weeks later |
# | **Task success** | does it get the job done? | share of time-first searches that end in a reservation; minutes to reserve |
#
# Pick the two or three that matter for the feature's goal. Task
# success is the one that ties back to the north star: a search that ends in a ride.
# %% [markdown]
# ## Why "long-term": the product life cycle
#
# This course looks for the **long-term** most important customer. Long-term means the
# **product life cycle (제품 수명 주기)**: a product passes through **introduction** (few
# users, finding what they value), **growth** (many new users, the north star climbing
# fast) and **maturity** (growth slows; keeping and deepening users matters most). A team
# has scarce people and months, so it cannot serve everyone. The important customer is the
# one whose progress moves the north star for years, through growth into maturity, not simply
# the biggest group today. A promotion's sign-ups are big for a month; a member who rides
# every month is the north star for years.
# %% [markdown]
# ## So what
#
# - **Bomcar's north star is completed rides (returns) per month.** It meets every criterion,
#   and it leads revenue by a month because most revenue is invoiced later.
# - Report it with its input levers (riders, rides per rider, depth, days to a first ride),
#   so each team knows which number it moves.
# - Use the aha moment (a second ride within 30 days) as the onboarding goal.
#
# **The trap to avoid:** celebrating a metric that a promotion can inflate. In September 2024
# sign-ups more than tripled and the app was busier than ever, while fewer rides were completed. Ask of
# every metric: *if this goes up, did more customers get what they came for?*
# %% [markdown]
# ## Recap
#
# - Revenue is a lagging indicator; a north star is a leading one that counts customer value.
# - Score candidates against the criteria; check on data which metric moves first (lead-lag of
#   changes, not levels).
# - Vanity metrics (sign-ups, app opens, page views) rise without value; actionable ones don't.
# - Break the north star into breadth × depth × frequency × efficiency (time to value)
#   inputs; find the aha
#   moment; match DAU/WAU/MAU to how often the product is meant to be used; use HEART for
#   features.
#
# [← 00 Welcome](00_welcome.ipynb) · [Course index](00_welcome.ipynb) · [02 Journey map and funnel →](02_journey_funnel.ipynb)
