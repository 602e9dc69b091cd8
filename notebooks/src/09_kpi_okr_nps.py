# %% [markdown]
# # 09 · KPIs, OKRs and NPS
#
# [← 08 A/B test](08_ab_test.ipynb) · [Course index](00_welcome.ipynb) · [10 Capstone →](10_capstone.ipynb)
#
# > **What you will learn**
# > - what each word in KPI means, and how to tell a vanity metric from an actionable one;
# > - the KPIs of a B2B SaaS business (MRR, bookings, growth, customers, margin, repeat
# >   purchases, market share), computed from data, each with the question it answers;
# > - NPS, and how good teams use it: tied to renewal, by segment, not as a score alone;
# > - to write OKRs that stretch, whose key results are outcomes, and to check them;
# > - simple cohort LTV and CAC payback.
# >
# > **Time:** {{time}}. **You need:** [01 North star](01_north_star.ipynb) (leading and
# > lagging metrics) and [07 Cohorts](07_cohorts.ipynb) (cohort tables).
#
# This notebook moves to a second fictional company: **Dalbit (달빛)**, a B2B chat and CRM
# tool. Its customers are companies (*accounts*) that pay per seat, every month, on
# 12-month contracts. All data is **synthetic**.
# %%
# %matplotlib inline
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from helpers import i18n, kpi, okr, style
from helpers.checks import nb09 as checks
from helpers.data_saas import load_saas_account_months, load_saas_accounts, load_saas_nps

i18n.set_language("en")
style.use_course_style()
accounts = load_saas_accounts()  # one row per customer company
months = load_saas_account_months()  # one row per account per month
responses = load_saas_nps()  # one row per NPS survey answer

# %% [markdown]
# The table you will use most has one row per account per month: its plan, seats, monthly
# recurring revenue (MRR), contract value signed (bookings), add-on purchases and the cost
# of serving it. The data runs from July 2023 to June 2025.
# %%
months.head()

# %% [markdown]
# ## Why: what makes a metric a KPI
#
# **KPI (핵심 성과 지표)** stands for *Key Performance Indicator*. Each word is a test:
#
# * **Key** - one of the few numbers that decide whether the strategy works. A dashboard with
#   40 numbers has no key ones.
# * **Performance** - it measures a result someone is responsible for, against a goal.
# * **Indicator** - it *signals* progress; it is not the goal itself. Some indicators lead
#   (they move first, like completed rides in notebook 01), others lag (revenue).
#
# A **vanity metric (허영 지표)** looks good in a report and tells you nothing to do:
# page views, cumulative downloads, followers. Totals "of all time" can only go up. In
# notebook 01 Bomcar's promotion month sent sign-ups soaring and lifted app opens while
# completed rides barely moved. An **actionable metric (실행 가능한 지표)** is a rate or a change over a
# period, tied to a decision. The test: *if it fell by 20% next month, would anyone know what
# to do?*
#
# A vanity metric still has uses. It can be the **denominator** of a rate that matters
# (pricing-page views -> trials started). It can be the **goal of a reach campaign** (a
# brand campaign buys attention; report its conversion next to it). And a sudden drop in
# it can reveal **broken tracking**. Just never steer the product by it.
# %% [markdown]
# ## Exercise 1 (easy): vanity or actionable?
#
# Here are nine metrics a Dalbit team could put on its dashboard. List the names of the
# **actionable** ones. (One of them uses **expansion MRR (확장 MRR)**: the extra monthly
# revenue from customers you already have, when they add seats or move to a bigger plan.)
# %%
ex1 = checks.vanity_or_actionable()
for name, meaning in checks.METRICS.items():
    print(f"{name:<24} {meaning}")

# %% [markdown]
# <details><summary>Hint</summary>
#
# For each one ask: does it only ever go up? Does it say whether anyone got value or paid?
# Would a fall tell a team what to fix?
# </details>
# %% tags=["exercise"]
actionable = ...  # a list of names, e.g. ["renewal_rate", ...]

# %% tags=["solution"]
actionable = [
    "week1_activation",
    "renewal_rate",
    "weekly_active_seats",
    "net_new_mrr",
    "cac_payback_by_channel",
]

# %%
ex1.check(actionable)

# %% [markdown]
# ## See it: Dalbit's SaaS KPIs, each with its question
#
# A KPI is only useful if you know which question it answers. Here are the usual ones for
# a subscription business:
#
# | KPI | the question it answers |
# |---|---|
# | **MRR (월간 반복 매출)** | How much recurring revenue do we earn each month, right now? |
# | **growth rate, CMGR (월평균 복합 성장률)** | How fast is it growing, month to month and on average? |
# | **bookings (계약액)** | How much contract value did we sign this month (future revenue)? |
# | **total customers (총 고객 수)** | How many companies pay us this month? |
# | **gross margin (매출 총이익률)** | Of each won of revenue, how much is left after the cost to serve it? |
# | **repeat purchase rate (재구매율)** | Do customers who buy an add-on once come back for more? |
# | **relative market share (상대적 시장 점유율)** | How big are we next to the market leader? |
#
# ### MRR and its growth
#
# MRR in a month is the sum of every paying account's MRR. In pandas it is one `groupby`;
# `kpi.mrr_by_month` does the same and fills any month without rows with 0.
# %%
mrr = months.groupby("month")["mrr_krw"].sum()
mrr.equals(kpi.mrr_by_month(months))

# %%
(mrr / 1e6).round(1).iloc[[0, 1, 2, -3, -2, -1]]  # millions of KRW

# %% [markdown] tags=["deck-question"]
# MRR went from 198.6M KRW in July 2023 to 763.2M KRW in June 2025.
#
# **Guess first:** how fast is that per month? The **growth rate** compares each month with
# the one before; the **compound monthly growth rate (CMGR)** is the one constant monthly
# rate that links the first month to the last.
# %% tags=["deck-number"]
growth = kpi.growth_rate(mrr)  # this month / last month - 1
steps = len(mrr) - 1  # 24 months are 23 steps of growth
cmgr = (mrr.iloc[-1] / mrr.iloc[0]) ** (1 / steps) - 1
print(
    f"CMGR {cmgr:.2%}; helper: {kpi.cmgr(mrr):.2%}; monthly growth from "
    f"{growth.min():.1%} to {growth.max():.1%}"
)

# %%
fig, ax = plt.subplots()
ax.bar(growth.index, 100 * growth, width=20, color=style.PALETTE["sky"], label="month over month")
ax.axhline(100 * cmgr, color=style.PALETTE["vermillion"], lw=2, label=f"CMGR {cmgr:.1%}")
ax.legend(loc="upper left")
style.takeaway(
    ax,
    "Monthly growth is bumpy; the CMGR is the steady rate behind it",
    xlabel="Month",
    ylabel="MRR growth vs previous month (%)",
)
plt.show()

# %% [markdown]
# MRR grew by 6.0% a month, compounded: 3.8 times in 23 months. Single months range from
# 2.5% to 11.9%, because big enterprise contracts land in some months and not others.
# Quote the CMGR, not the best month. (Here the plain average of the monthly rates happens
# to be close, but it is not the same thing: +50% then -50% averages 0%, yet you have lost
# a quarter.)
# %% [markdown]
# ## Exercise 2 (easy): the revenue CMGR
#
# MRR leaves out the one-off add-on packs (`addon_revenue_krw`). Compute the CMGR of total
# **revenue** (MRR + add-ons) from July 2023 to June 2025, as a share (0.05 = 5% a month).
#
# <details><summary>Hint</summary>
#
# Add the two columns, sum them by month, and pass the Series to `kpi.cmgr()`, or use the
# formula above.
# </details>
# %%
ex2 = checks.revenue_cmgr()

# %% tags=["exercise"]
revenue_cmgr = ...  # a share, e.g. 0.05

# %% tags=["solution"]
revenue = (months["mrr_krw"] + months["addon_revenue_krw"]).groupby(months["month"]).sum()
revenue_cmgr = kpi.cmgr(revenue)
revenue_cmgr

# %%
ex2.check(revenue_cmgr)

# %% [markdown]
# ### Bookings: signed value, not revenue
#
# A **booking** is contract value signed in a month: a new 12-month contract books 12 months
# of MRR at once, and so does a renewal. Bookings tell sales how much future revenue was
# secured; they are not what the company earned that month.
# %%
bookings = kpi.bookings_by_month(months)
fig, ax = plt.subplots()
ax.bar(
    bookings.index,
    bookings / 1e6,
    width=20,
    color=style.PALETTE["orange"],
    label="bookings (contract value signed)",
)
ax.plot(mrr.index, mrr / 1e6, color=style.PALETTE["blue"], lw=2.5, label="MRR")
ax.legend(loc="upper left")
style.takeaway(
    ax,
    "Bookings jump with big contracts and renewals; MRR climbs steadily",
    xlabel="Month",
    ylabel="Million KRW per month",
)
plt.show()

# %%
print(
    f"June 2025: bookings {bookings.iloc[-1] / 1e6:,.1f}M KRW, MRR {mrr.iloc[-1] / 1e6:,.1f}M KRW"
)

# %% [markdown]
# In June 2025 Dalbit booked 1,254.2M KRW, far more than its MRR of 763.2M KRW: many
# renewals and new contracts were signed, each for a year. A bookings record is good news
# for next year's revenue, not this month's.
#
# ### Customers, margin, repeat purchases
# %%
customers = kpi.total_customers(months)
rows = months.groupby("month")["account_id"].nunique()
pd.DataFrame({"paying customers": customers, "accounts with a row": rows}).iloc[[0, -3, -2, -1]]

# %% [markdown]
# 757 companies paid Dalbit in June 2025, up from 224 in July 2023. Counting every account
# with a row would give 768: an account that leaves gets one last `churned` row with zero
# MRR. Count customers with `kpi.total_customers`, which leaves those rows out.
#
# **Gross margin** is what is left of revenue after the direct cost of serving the
# customers (hosting, support, message fees), as a share of revenue:
# %%
gross = kpi.gross_margin(months)
by_plan = kpi.gross_margin(months, by="plan")
print(f"overall {gross:.1%}")
by_plan.round(3)

# %% [markdown]
# 80.8% overall, but only 65.0% on the starter plan, against 81.9% on enterprise: small
# starter accounts need as much support as big ones and pay less for it.
#
# The **repeat purchase rate** asks, of the accounts that bought a message-credit pack at
# least once, what share bought again:
# %%
packs = months.groupby("account_id")["addon_orders"].sum()
print(
    f"{int((packs >= 1).sum())} accounts bought a pack; "
    f"{kpi.repeat_purchase_rate(months):.1%} of them bought another"
)

# %% [markdown]
# 58.6% of the 186 accounts that bought a pack bought another: the add-on meets a
# recurring need, so it is worth making easy to re-order.
#
# ### Relative market share: a KPI this data cannot give
#
# **Relative market share** is your share of the market divided by the largest
# competitor's share. The market size cancels out, so it is simply *your revenue / the
# leader's revenue*. Dalbit's data has no competitor figures, and no notebook should invent
# them. To show the arithmetic only, the cell below uses a **made-up assumption**, clearly
# labelled:
# %%
ASSUMED_LEADER_MRR_KRW = 2_500_000_000  # an ASSUMPTION for the arithmetic, not data
relative_share = mrr.iloc[-1] / ASSUMED_LEADER_MRR_KRW
round(float(relative_share), 2)

# %% [markdown]
# Under that assumption Dalbit would be 0.31 times the leader's size: below 1 means a
# challenger, above 1 the leader. In real work, take the leader's revenue from its published
# accounts or an industry report, and write down the source next to the number.
# %% [markdown]
# ## NPS: a score, and what it predicts
#
# The **Net Promoter Score (NPS, 순추천지수)** comes from one question: *How likely are you to
# recommend Dalbit to a colleague?* (0-10).
#
# * **promoters (추천 고객)** answer 9-10, **passives (중립 고객)** 7-8, **detractors (비추천
#   고객)** 0-6;
# * **NPS = % promoters - % detractors**, from -100 to +100. Passives count only in the total.
# %%
scores = responses["score"]
promoters = (scores >= 9).mean()
detractors = (scores <= 6).mean()
print(
    f"promoters {promoters:.1%}, detractors {detractors:.1%}, "
    f"NPS {100 * (promoters - detractors):+.1f}; helper: {kpi.nps(responses):+.1f}"
)

# %% [markdown]
# Across all 1,003 responses, 37.8% are promoters and 24.1% detractors: an NPS of +13.7.
# On its own, that number says little. Is +13.7 good? Compared with what, and for whom?
# Good teams ask two more questions: **who** scores low, and **what do low scorers do next**.
#
# ### By segment
#
# The survey only has the account id. Join the company attributes from the accounts table,
# then `kpi.nps_breakdown` gives the shares and the NPS per group:
# %%
resp_acc = responses.merge(accounts, on="account_id", how="left")
kpi.nps_breakdown(resp_acc, by="company_size").round(3)

# %% [markdown]
# NPS rises with company size: -6.1 for companies of 1-10 people, +35.7 for 201+. The
# smallest customers are net detractors.
# %% [markdown]
# ## Exercise 3 (medium): NPS of the starter plan
#
# What is the NPS of the responses from accounts on the **starter** plan? The plan is not in
# the survey and it can change at renewal, so use the plan the account had **in the month it
# answered**. Give a number from -100 to 100.
#
# <details><summary>Hint</summary>
#
# Three steps:
#
# 1. The month of each response, in the same form as the `month` column of `months`:
#    `answered = responses["responded_at"].dt.to_period("M").dt.to_timestamp()`.
# 2. Attach the plan the account had in that month. `merge` is a spreadsheet's lookup
#    (VLOOKUP) on several columns at once: a row of `responses` gets the `plan` of the row of
#    `months` with the same `account_id` **and** the same `month`:
#    `with_plan = responses.assign(month=answered).merge(months[["account_id", "month",
#    "plan"]], on=["account_id", "month"], how="left")`.
# 3. Keep the starter rows and score them:
#    `kpi.nps(with_plan[with_plan["plan"] == "starter"])`.
# </details>
# %%
ex3 = checks.starter_nps()

# %% tags=["exercise"]
starter_nps = ...  # a number from -100 to 100

# %% tags=["solution"]
answered = responses["responded_at"].dt.to_period("M").dt.to_timestamp()
with_plan = responses.assign(month=answered).merge(
    months[["account_id", "month", "plan"]], on=["account_id", "month"], how="left"
)
starter_nps = kpi.nps(with_plan[with_plan["plan"] == "starter"])
starter_nps

# %%
ex3.check(starter_nps)

# %% [markdown]
# The reveal for all three plans (the checker module has the same join ready, so this runs
# even if you left the exercise open):
# %%
resp_seg = checks.responses_with_plan().merge(accounts, on="account_id", how="left")
nps_plan = kpi.nps_breakdown(resp_seg, by="plan")
nps_plan.round(3)

# %%
shares = nps_plan[["detractors", "passives", "promoters"]] * 100
fig, ax = plt.subplots(figsize=(8, 3.6))
left = pd.Series(0.0, index=shares.index)
colours = {
    "detractors": style.PALETTE["vermillion"],
    "passives": style.PALETTE["grey"],
    "promoters": style.PALETTE["green"],
}
for col, colour in colours.items():
    ax.barh(shares.index.astype(str), shares[col], left=left, color=colour, label=col)
    left += shares[col]
for i, value in enumerate(nps_plan["nps"]):
    ax.annotate(f"NPS {value:+.0f}", (101, i), va="center", fontsize=10)
ax.set_xlim(0, 118)
ax.legend(loc="upper center", bbox_to_anchor=(0.45, -0.22), ncol=3)
style.takeaway(
    ax,
    "Starter accounts are net detractors; enterprise ones are fans",
    xlabel="Share of responses (%)",
    ylabel="Plan when answering",
)
plt.show()


# %% [markdown]
# Starter -14.8, growth +21.5, enterprise +39.5. The overall +13.7 hides a plan where
# detractors outnumber promoters.
#
# Explore other segments with the menu (it needs a live notebook; the figure above is the
# plan view). Industry and company size come from the accounts table.
# %% tags=["nbval-ignore-output"]
def show_nps(segment="industry"):
    table = kpi.nps_breakdown(resp_seg, by=segment).sort_values("nps")
    fig, ax = plt.subplots(figsize=(8, 3.6))
    colours = [
        style.PALETTE["vermillion"] if v < 0 else style.PALETTE["blue"] for v in table["nps"]
    ]
    labels = table.index.astype(str).str.replace("_", " ")
    ax.barh(labels, table["nps"], color=colours)
    ax.axvline(0, color=style.PALETTE["black"], lw=1)
    lowest, value = labels[0], table["nps"].iloc[0]
    title = f"NPS by {segment.replace('_', ' ')}: lowest is {lowest} ({value:+.0f})"
    style.takeaway(ax, title, xlabel="NPS (-100 to +100)")
    fig.tight_layout()
    plt.show()


_ = widgets.interact(
    show_nps,
    segment=widgets.Dropdown(
        options=["industry", "company_size", "plan", "region", "acquisition_channel"],
        value="industry",
    ),
)

# %% [markdown] tags=["deck-question"]
# ### What a score predicts: renewal
#
# A score matters because of what customers do next. For a subscription business that is
# the **renewal (갱신)** at the end of each 12-month term.
#
# **Guess first:** of the promoters whose renewal came up after they answered, what share
# renewed? And of the detractors?
#
# `kpi.link_nps_to_renewal` attaches to each response the account's *next* renewal decision
# after the answer (within 12 months). Then `kpi.renewal_rate_by` compares the groups:
# %% tags=["deck-number"]
linked = kpi.link_nps_to_renewal(responses, months)
linked["category"] = kpi.nps_category(linked["score"])
by_category = kpi.renewal_rate_by(linked, "category")
by_category

# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(8, 3.6))
bar_colours = [style.PALETTE["vermillion"], style.PALETTE["grey"], style.PALETTE["green"]]
ax.bar(by_category.index.astype(str), 100 * by_category["renewal_rate"], color=bar_colours)
for i, rate in enumerate(by_category["renewal_rate"]):
    ax.annotate(
        f"{rate:.0%}", (i, 100 * rate), xytext=(0, 4), textcoords="offset points", ha="center"
    )
ax.set_ylim(0, 110)
style.takeaway(
    ax,
    "Detractors renew far less often: a low score is a renewal at risk",
    xlabel="NPS answer before the renewal",
    ylabel="Renewed at the next term end (%)",
)
plt.show()

# %% [markdown]
# Of the 623 responses with a renewal after them, promoters renewed 93.6% of the time,
# passives 82.6% and detractors only 56.8%. Now the score is worth something: a detractor
# today leaves at the next term end in more than 4 cases out of 10 (100% - 56.8% = 43.2%).
#
# Is that just the plan in disguise (starter accounts score low *and* renew less)? Compare
# inside each plan, using the plan in the renewal month:
# %%
plan_then = months[["account_id", "month", "plan"]].rename(columns={"month": "renewal_month"})
linked_plan = linked.merge(plan_then, on=["account_id", "renewal_month"], how="left")
rates = kpi.renewal_rate_by(linked_plan, ["plan", "category"])["renewal_rate"]
rates.unstack().round(3)

# %% [markdown]
# Inside every plan, promoters renew more than detractors: on starter 92.0% against 46.6%,
# on enterprise 98.8% against 83.3%. The link is not only the plan mix. This is how NPS
# earns its place: as a **leading indicator** of renewal (notebook 01's idea), read by
# segment.
#
# ### Three moves, one per group
#
# The score then tells a team what to do with each group: **build on what promoters love,
# move passives up, follow up detractors**. First, what each group lost at renewal:
# %%
by_category["lost"] = by_category["renewals_due"] - by_category["renewed"]
by_category["churn_rate"] = 1 - by_category["renewal_rate"]
by_category.round(3)

# %% [markdown]
# Detractors lost **64** of their **148** renewals (a churn rate of **43%**), passives **42**
# of **242**, promoters **15** of **233**. What does each group say? The survey's comments,
# most frequent first:
# %%
said = responses.assign(category=kpi.nps_category(responses["score"]))
said.groupby("category")["comment"].value_counts().groupby("category").head(2)

# %%
gap = by_category.loc["promoter", "renewal_rate"] - by_category.loc["passive", "renewal_rate"]
moved_up = by_category.loc["passive", "renewals_due"] * gap
latest = responses.sort_values("responded_at").groupby("account_id").tail(1)
last_month = months[months["month"] == months["month"].max()]
paying = last_month.loc[last_month["status"] != "churned", "account_id"]
follow_up = latest[(latest["score"] <= 6) & latest["account_id"].isin(paying)]
print(f"passives renewing like promoters: {moved_up:.0f} more renewals")
print(f"paying accounts whose latest answer was 0-6: {len(follow_up)}")

# %% [markdown]
# 1. **Build on what promoters love.** Promoters praise fast support and an easy set-up:
#    protect those when cutting costs, and ask promoters for referrals (referral is the
#    channel that pays back fastest, below).
# 2. **Move passives up.** Their top wish is more integrations. If passives renewed as often
#    as promoters, about **26** more of their 242 renewals would have been kept.
# 3. **Follow up detractors.** **96** accounts still paying in June 2025 gave a 0-6 at their
#    latest answer: call each one before its term ends, and fix what they name.
# %% [markdown]
# ## OKRs: objectives, key results, initiatives
#
# KPIs watch the business all the time. An **OKR (Objectives and Key Results, 목표와 핵심
# 결과)** picks what must *change* this quarter and commits to it:
#
# * **Objective (목표)** - where you want to be, in words that inspire and explain why:
#   *"Small teams trust Dalbit enough to stay."* It names the customer and the change you
#   want for them. No number: a metric is not an objective. "Improve starter accounts" is
#   bland: better how, for whom?
# * **Key Results (핵심 결과)** - 2-5 **outcomes** that prove the objective, each with a number
#   (a baseline and a target): *"Raise the starter renewal rate from 78% to 88%."* (78% is
#   last quarter's rate; Exercise 4 shows it, and why 88% is a stretch.) Not
#   activities: "hire five people", "launch the feature", or a count of work dressed as a
#   number ("raise onboarding calls from 10 to 200") can all be done while nothing
#   improves. And a real lift, not a token: every key result with a baseline must move it by
#   at least 3 points (a rate in %, an NPS) or 10% of the baseline (`okr.MIN_LIFT_POINTS`,
#   `okr.MIN_LIFT_SHARE`); "from -15 to -14" is noise.
# * **Health metrics (건강 지표)** - levels that must not break while you chase the key
#   results ("keep the gross margin above 65%"). Keeping a level needs no change, so it is
#   not a stretch key result: list it next to the OKR (`"health_metrics"`) and watch it.
# * **Initiatives (이니셔티브)** - the plans you bet will move the key results: projects,
#   experiments, features. Activities belong here.
#
# Written as data, an OKR is a dict. `okr.report` reviews one and flags the usual mistakes,
# with a hint for each. A first draft:
# %%
draft = {
    "objective": "Increase NPS to 30",
    "key_results": [
        "Hire five customer success managers",
        "Launch the new onboarding checklist",
        "Customers are happier with support",
    ],
    "initiatives": [],
}
print(okr.report(draft))

# %% [markdown]
# Every line of that draft is a classic mistake: the objective is only a metric, two key
# results are activities, two have no number, and there is no plan. A better version,
# aimed at the detractors we just met, with baselines taken from the data:
# %%
det_renewal = by_category.loc["detractor", "renewal_rate"]
det_share = kpi.nps_breakdown(responses).loc["all", "detractors"]
better = {
    "objective": "Unhappy customers feel heard and choose to stay with Dalbit",
    "key_results": [
        f"Raise the renewal rate of detractors from {det_renewal:.0%} to 70%",
        f"Cut the share of detractors in the survey from {det_share:.0%} to 18%",
    ],
    "initiatives": [
        "Call every detractor within two working days of their answer",
        "Run a renewal check-in 60 days before each term ends",
    ],
}
print(okr.report(better))

# %% [markdown]
# An OKR must also **stretch (도전적 목표)**: an objective that keeps things as they are
# ("Maintain our support quality") is business as usual, and a key result whose target is at
# or below where the current trend goes anyway would be met with no effort. A target must be
# **clearly past the trend**: here that means at least 3 points beyond it (percentage points
# for a rate, `okr.TREND_MARGIN`), so a trend of 17% asks for 14% or less. The reviewer flags
# both; give it the trend (the value with no change, in the key result's unit):
# %%
bau = {**better, "objective": "Keep our support quality"}
print(okr.report(bau, trend={"detractors": 17}))  # suppose: 17% with no change

# %% [markdown]
# The checker is a set of simple word rules (an activity verb first, a number present, a
# metric word in a short objective, a target against its baseline and trend). It catches
# the common mistakes; it cannot tell you whether your bet is a good one. That is still the
# PM's job.
# %% [markdown]
# ## Exercise 4 (medium): write an OKR for the starter plan
#
# The starter plan is Dalbit's weak spot: NPS -14.8, a 65.0% gross margin, and a renewal rate
# of 68% (against 84% on growth), as the cell below prints. Write one OKR for the next
# quarter: an objective that stretches, at least two key results that are measurable outcomes
# with a baseline and a target, and at least one initiative. The starter renewal rate has been
# rising, so a renewal target must be clearly past its trend, at least 3 points beyond it (the
# cell below fits a straight line to the last four quarters and carries it one quarter on).
# Use `okr.report(my_okr, trend={"renewal": trend_pct})` to review it as you go.
#
# <details><summary>Hint</summary>
#
# Start each key result with an outcome verb (raise, cut, lift), name the metric, and give a
# baseline and a target: "Raise <metric> from X% to Y%", a lift of at least 3 points or 10%
# of X. "Improve onboarding by 50%" names no metric and no baseline; "tickets closed" or
# "calls made" count work, not a change for customers. Put "launch", "build", "hire" in the
# initiatives, and a level you only keep ("above 65%") in `"health_metrics"`.
# </details>
# %%
ex4 = checks.write_okr()
starter_due = months[months["renewal_due"] & (months["plan"] == "starter")]
starter_renewal = starter_due["renewed"].mean()
starter_now = nps_plan.loc["starter", "nps"]
quarterly = starter_due.groupby(starter_due["month"].dt.to_period("Q"))["renewed"].mean()
recent = quarterly.iloc[-4:].to_numpy(dtype=float)
slope, level = np.polyfit(np.arange(4), recent, 1)
trend_pct = 100 * (level + slope * 4)  # next quarter, if nothing changes
plan_renewal = kpi.renewal_rate_by(months[months["renewal_due"]], "plan")["renewal_rate"]
print(f"renewal rate so far: starter {starter_renewal:.0%}, growth {plan_renewal['growth']:.0%}")
print(f"starter NPS: {starter_now:+.0f}; last quarter's starter renewal rate {recent[-1]:.0%}")
print(
    f"the trend reaches {trend_pct:.1f}% next quarter; clearly past it: "
    f"{trend_pct + okr.TREND_MARGIN:.1f}% or more"
)

# %% tags=["exercise"]
my_okr = ...  # {"objective": "...", "key_results": ["...", "..."], "initiatives": ["..."]}

# %% tags=["solution"]
my_okr = {
    "objective": "Small teams get value from Dalbit in their first month and stay with us",
    "key_results": [
        f"Raise the renewal rate of starter accounts from {recent[-1]:.0%} to 88%",
        f"Lift the starter NPS from {starter_now:+.0f} to 0",
    ],
    "initiatives": [
        "Launch a guided set-up that connects the first chat channel in 10 minutes",
        "Run a quarterly check-in call for starter accounts that answer 0-6",
    ],
    # a guardrail to watch, not a stretch key result: keeping a level needs no change
    "health_metrics": [f"Keep the starter gross margin above {by_plan['starter']:.0%}"],
}
print(okr.report(my_okr, trend={"renewal": trend_pct}))

# %%
ex4.check(my_okr)

# %% [markdown]
# The starter renewal rate went from 58% to 78% over the last four quarters; the line
# carries it to 82% next quarter. A key result of "from 68% to 78%" would look ambitious next to
# the all-time 68% and still be met by doing nothing; "from 68% to 83%" only just beats the
# line, which a good quarter could give by luck.

# %% [markdown]
# ## Unit economics: cohort LTV and CAC payback
#
# Growth is healthy only if a new customer earns back what it cost to win.
#
# * **CAC (고객 획득 비용)** - what it cost to acquire an account (marketing and sales).
# * **LTV (고객 생애 가치)** - what an account brings over its life. A simple, honest version
#   is the **cohort LTV**: for accounts that started in the same month, the cumulative gross
#   margin per starting account after 0, 1, 2 ... months, churned accounts included.
# * **CAC payback (회수 기간)** - months of gross margin needed to earn back the CAC.
#
# The trap from notebook 07 returns: accounts that signed up before July 2023 enter the data
# in the middle of their life. Keep only accounts that started inside the data.
# %%
signup = accounts[["account_id", "signup_month"]]
young = months.merge(signup, on="account_id")
young = young[young["signup_month"] >= "2023-07-01"]
ltv = kpi.cohort_ltv(young)  # KRW per starting account
(ltv / 1e6).round(1).iloc[:4, :13]  # first four cohorts, months 0-12, million KRW

# %% [markdown]
# Each row is a cohort; each column the months since it started. The values grow because
# the margin adds up month after month; young cohorts have empty cells on the right
# (right-censoring, as in notebook 07: they have not lived that long yet).
# %%
new = months[months["status"] == "new"].merge(accounts, on="account_id")
avg_cac = new["acquisition_cost_krw"].mean()
avg_ltv = ltv.mean()  # the average over the cohorts observed at each age

fig, ax = plt.subplots()
for _, row in ltv.iloc[:, :18].iterrows():
    ax.plot(row.index, row / 1e6, color=style.PALETTE["sky"], lw=0.8, alpha=0.6)
ax.plot(
    avg_ltv.index[:18],
    avg_ltv.iloc[:18] / 1e6,
    color=style.PALETTE["blue"],
    lw=3,
    label="average over cohorts",
)
ax.axhline(
    avg_cac / 1e6,
    color=style.PALETTE["vermillion"],
    ls="--",
    lw=2,
    label=f"average CAC ({avg_cac / 1e6:.1f}M KRW)",
)
ax.set_xticks(range(0, 18, 3))
ax.legend(loc="upper left")
style.takeaway(
    ax,
    "After a year, the average new account has not yet earned back its CAC",
    xlabel="Months since the account started",
    ylabel="Cumulative gross margin per account (M KRW)",
)
plt.show()

# %%
print(
    f"after 12 months (month 11): {avg_ltv.loc[11] / 1e6:.1f}M KRW of gross margin per account; "
    f"average CAC {avg_cac / 1e6:.1f}M KRW"
)

# %% [markdown]
# After 12 months (month 11 in the table, counted from 0) the average account has brought
# 5.7M KRW of gross margin, against an average CAC of 7.3M KRW. Cohorts differ a lot (a few
# big enterprise deals lift a cohort), so read the thick average, not one line.
#
# The CAC payback asks the same question in one number:
#
# > CAC payback (months) = total CAC of the new accounts / (their total first-month MRR ×
# > gross margin)
#
# that is, the months of gross margin it takes to earn the CAC back. The margin is an
# **assumption to state**: here every
# new account is assumed to earn Dalbit's average gross margin (80.8%). Leaving it out
# would pay CAC back from revenue and look shorter than it is.
# %%
payback = kpi.cac_payback_months(new, gross_margin=gross)  # assumes the average margin
round(payback, 1)

# %% [markdown]
# 15.8 months, longer than the 12-month contract: an account that leaves at its first
# renewal has not paid for itself. That makes renewal, and so the detractors, even more
# important.
#
# Is the average margin fair to the new accounts? They lean to the starter plan (65% margin),
# which would make 15.8 months too short. Check it: give each plan's own margin, weighted by
# the new accounts' first-month MRR on that plan.
# %%
new_plan_mrr = new.groupby("plan")["mrr_krw"].sum()
new_margin = (new_plan_mrr * by_plan).sum() / new_plan_mrr.sum()
print(
    f"new accounts on starter: {(new['plan'] == 'starter').mean():.0%} of accounts, "
    f"{new_plan_mrr['starter'] / new_plan_mrr.sum():.0%} of first-month MRR; their margin "
    f"{new_margin:.1%}, payback {kpi.cac_payback_months(new, gross_margin=new_margin):.1f} months"
)

# %% [markdown]
# 47% of new accounts start on starter, but only 6% of their first-month MRR, and payback
# weighs by MRR. With their own plan mix the margin is 80.3%, and so the
# payback 15.9 months, not 15.8: the average margin understates it only a little here (it
# would understate it a lot for a company whose new revenue came mostly from a low-margin
# plan).
# %% [markdown]
# ## Exercise 5 (stretch): should marketing double paid search?
#
# Marketing wants to double the budget of the `paid_search` channel. How many months does a
# paid-search account take to pay back its CAC? Channels bring different customers, so use
# **each channel's own gross margin** (over all its accounts' months), and give months.
#
# <details><summary>Hint</summary>
#
# Add the channel to `months` (`months.merge(accounts[["account_id",
# "acquisition_channel"]], on="account_id")`), then `kpi.gross_margin(..., by=
# "acquisition_channel")` gives each channel's margin; pass that Series as `gross_margin=` to
# `kpi.cac_payback_months(new, ..., by="acquisition_channel")`.
# </details>
# %%
ex5 = checks.channel_payback()

# %% tags=["exercise"]
paid_search_payback = ...  # months

# %% tags=["solution"]
with_channel = months.merge(accounts[["account_id", "acquisition_channel"]], on="account_id")
own_margin = kpi.gross_margin(with_channel, by="acquisition_channel")
by_channel = kpi.cac_payback_months(new, gross_margin=own_margin, by="acquisition_channel")
paid_search_payback = by_channel["paid_search"]
by_channel.round(1)

# %%
ex5.check(paid_search_payback)

# %% [markdown]
# All channels side by side, each with its own margin (from 74.5% on content to 84.4% on
# outbound sales):
# %%
margins = checks.channel_margins()  # each channel's own gross margin (Exercise 5's hint)
channel_payback = kpi.cac_payback_months(new, gross_margin=margins, by="acquisition_channel")
channel_payback = channel_payback.sort_values()
fig, ax = plt.subplots(figsize=(8, 3.6))
bar_colours = [
    style.PALETTE["green"] if m <= 12 else style.PALETTE["orange"] for m in channel_payback
]
ax.barh(channel_payback.index.astype(str).str.replace("_", " "), channel_payback, color=bar_colours)
ax.axvline(12, color=style.PALETTE["black"], ls="--", lw=1, label="one contract term (12 months)")
ax.legend(loc="lower right")
style.takeaway(
    ax,
    "Three channels pay back within a year; two do not",
    xlabel="CAC payback (months of gross margin)",
    ylabel="Acquisition channel",
)
fig.tight_layout()
plt.show()

# %% [markdown]
# Referral pays back in 5.5 months and content in 8.2; paid search takes 17.1 and outbound
# sales 20.5. Doubling paid search buys growth that pays back only after the first renewal,
# which is exactly where the detractors leave. Outbound sales brings the big accounts (it
# is slow to pay back, but those accounts renew most).
#
# One last number for the summary: how big is the starter plan among paying customers, and
# in MRR, in the last month?
# %%
june = months[(months["month"] == months["month"].max()) & (months["status"] != "churned")]
starter = june["plan"] == "starter"
print(
    f"June 2025, starter plan: {starter.mean():.0%} of paying customers, "
    f"{june.loc[starter, 'mrr_krw'].sum() / june['mrr_krw'].sum():.0%} of MRR"
)
# %% [markdown]
# ## So what
#
# A PM at Dalbit reads this as one story:
#
# * The business grows about 6% a month, compounded, and the growth is real: MRR, not
#   bookings or sign-ups.
# * The weak spot is the **small starter customer**: negative NPS, the lowest margin, the
#   lowest renewal. In June 2025, starter accounts were 42% of paying customers but only 4%
#   of MRR.
# * NPS earns its place as an early warning of renewal, read by segment: build on what
#   promoters love, move passives up, follow up every detractor before the term ends.
# * Because CAC takes about 16 months to earn back, every renewal saved is worth more than a
#   new sign-up from an expensive channel.
#
# The OKR you wrote is the bridge from these KPIs to action: one objective, outcomes to
# prove it, and initiatives to test. (An initiative such as the guided set-up is exactly
# what notebook 08's A/B test method is for.)
#
# **The trap to avoid:** a number without a question. An NPS reported as "+13.7" with no
# link to renewal and no segments is a vanity metric. An OKR whose key results are
# "launch X" and "hire Y" measures being busy, not getting better. A growth story told with
# bookings, all-time sign-ups or the best month flatters the business. Ask of every KPI:
# *which question does it answer, and what would we do if it moved?*
# %% [markdown]
# ## Recap
#
# - KPI = Key (few), Performance (a result someone owns), Indicator (a signal, leading or
#   lagging). Vanity metrics only go up or never lead to a decision.
# - SaaS KPIs each answer one question: MRR (earning now), CMGR (how fast, on average),
#   bookings (signed future value), customers, gross margin, repeat purchases, relative
#   market share (needs market data).
# - NPS = % promoters - % detractors. Use it by segment and tied to behaviour: here,
#   detractors renew 56.8% of the time and promoters 93.6%.
# - OKRs: an inspiring objective without numbers, 2-5 measurable outcome key results, and
#   initiatives that hold the activities.
# - Cohort LTV and CAC payback tell you whether growth pays for itself.
#
# [← 08 A/B test](08_ab_test.ipynb) · [Course index](00_welcome.ipynb) · [10 Capstone →](10_capstone.ipynb)
