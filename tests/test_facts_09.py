"""Every number the prose of notebook 09 states about Dalbit's (synthetic) data, recomputed."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import kpi
from helpers.data_saas import load_saas_account_months, load_saas_accounts, load_saas_nps
from tests.facts import assert_stated

NB = "09_kpi_okr_nps"
ASSUMED_LEADER_MRR_KRW = 2_500_000_000  # the notebook's labelled assumption


@pytest.fixture(scope="module")
def accounts():
    return load_saas_accounts()


@pytest.fixture(scope="module")
def months():
    return load_saas_account_months()


@pytest.fixture(scope="module")
def responses():
    return load_saas_nps()


@pytest.fixture(scope="module")
def with_plan(responses, months):
    answered = responses["responded_at"].dt.to_period("M").dt.to_timestamp()
    plans = months[["account_id", "month", "plan"]]
    return responses.assign(month=answered).merge(plans, on=["account_id", "month"], how="left")


@pytest.fixture(scope="module")
def linked(responses, months):
    out = kpi.link_nps_to_renewal(responses, months)
    out["category"] = kpi.nps_category(out["score"])
    return out


@pytest.fixture(scope="module")
def new(months, accounts):
    return months[months["status"] == "new"].merge(accounts, on="account_id")


def millions(x: float) -> str:
    return f"{x / 1e6:,.1f}M KRW"


def test_period(months):
    assert months["month"].min() == pd.Timestamp("2023-07-01")
    assert months["month"].max() == pd.Timestamp("2025-06-01")


def test_mrr_and_growth(months):
    mrr = kpi.mrr_by_month(months)
    assert_stated(NB, millions(mrr.iloc[0]), millions(mrr.iloc[-1]))
    cmgr = kpi.cmgr(mrr)
    steps = len(mrr) - 1
    assert_stated(NB, f"{cmgr:.1%} a month", f"{mrr.iloc[-1] / mrr.iloc[0]:.1f} times")
    assert_stated(NB, f"{steps} months", f"about {cmgr:.0%} a month")
    growth = kpi.growth_rate(mrr)
    assert_stated(NB, f"{growth.min():.1%} to {growth.max():.1%}")
    assert abs(growth.mean() - cmgr) < 0.005  # "the plain average happens to be close"


def test_bookings_customers_margin(months):
    bookings = kpi.bookings_by_month(months)
    mrr = kpi.mrr_by_month(months)
    assert_stated(NB, f"booked {bookings.iloc[-1] / 1e6:,.1f}M KRW")
    assert bookings.iloc[-1] > mrr.iloc[-1]
    customers = kpi.total_customers(months)
    rows = months.groupby("month")["account_id"].nunique()
    assert_stated(NB, f"{customers.iloc[-1]:,} companies", f"up from {customers.iloc[0]:,}")
    assert_stated(NB, f"would give {rows.iloc[-1]:,}")
    gross = kpi.gross_margin(months)
    by_plan = kpi.gross_margin(months, by="plan")
    assert_stated(NB, f"{gross:.1%} overall", f"{by_plan['starter']:.1%}")
    assert_stated(NB, f"{by_plan['enterprise']:.1%} on enterprise")
    assert by_plan.idxmin() == "starter"


def test_repeat_purchases(months):
    rate = kpi.repeat_purchase_rate(months)
    buyers = (months.groupby("account_id")["addon_orders"].sum() >= 1).sum()
    assert_stated(NB, f"{rate:.1%} of the {buyers:,} accounts")


def test_relative_market_share(months):
    mrr = kpi.mrr_by_month(months)
    assert_stated(NB, f"{mrr.iloc[-1] / ASSUMED_LEADER_MRR_KRW:.2f} times")


def test_overall_nps(responses):
    b = kpi.nps_breakdown(responses).loc["all"]
    assert_stated(NB, f"{len(responses):,} responses", f"{b['promoters']:.1%} are promoters")
    assert_stated(NB, f"{b['detractors']:.1%} detractors", f"{b['nps']:+.1f}")


def test_nps_by_size_and_plan(responses, accounts, with_plan):
    by_size = kpi.nps_breakdown(responses.merge(accounts, on="account_id"), by="company_size")
    assert_stated(NB, f"{by_size.loc['1-10', 'nps']:+.1f} for companies of 1-10")
    assert_stated(NB, f"{by_size.loc['201+', 'nps']:+.1f} for 201+")
    assert by_size["nps"].is_monotonic_increasing
    by_plan = kpi.nps_breakdown(with_plan, by="plan")["nps"]
    assert_stated(NB, f"Starter {by_plan['starter']:+.1f}", f"growth {by_plan['growth']:+.1f}")
    assert_stated(NB, f"enterprise {by_plan['enterprise']:+.1f}")
    assert_stated(NB, f"NPS {by_plan['starter']:+.1f}")  # in exercise 4


def test_nps_predicts_renewal(linked, months):
    rates = kpi.renewal_rate_by(linked, "category")["renewal_rate"]
    assert_stated(NB, f"{len(linked):,} responses with a renewal")
    assert_stated(NB, f"renewed {rates['promoter']:.1%} of the time")
    assert_stated(NB, f"passives {rates['passive']:.1%}", f"only {rates['detractor']:.1%}")
    assert_stated(
        NB, f"renew {rates['detractor']:.1%} of the time and promoters {rates['promoter']:.1%}"
    )
    # "a detractor today leaves ... in more than 4 cases out of 10 (100% - 56.8% = 43.2%)"
    leave = 1 - rates["detractor"]
    assert_stated(NB, f"(100% - {rates['detractor']:.1%} = {leave:.1%})")
    assert 0.4 < leave < 0.5
    plan_then = months[["account_id", "month", "plan"]].rename(columns={"month": "renewal_month"})
    by_plan = kpi.renewal_rate_by(
        linked.merge(plan_then, on=["account_id", "renewal_month"]), ["plan", "category"]
    )["renewal_rate"].unstack()
    for plan in ["starter", "enterprise"]:
        row = by_plan.loc[plan]
        assert_stated(NB, f"{row['promoter']:.1%} against {row['detractor']:.1%}")
    assert (by_plan["promoter"] > by_plan["detractor"]).all()


def test_starter_renewal(months):
    due = months[months["renewal_due"]]
    rates = kpi.renewal_rate_by(due, "plan")["renewal_rate"]
    assert_stated(NB, f"of {rates['starter']:.0%} (against {rates['growth']:.0%} on growth)")


def test_repeat_purchase_buyers(months):
    """B5: '58.6% of the 186 accounts that bought a pack' - both shown and from the data."""
    packs = months.groupby("account_id")["addon_orders"].sum()
    assert_stated(NB, f"{kpi.repeat_purchase_rate(months):.1%} of the {int((packs >= 1).sum())}")


def test_starter_share_of_customers_and_mrr(months):
    june = months[(months["month"] == months["month"].max()) & (months["status"] != "churned")]
    share_customers = (june["plan"] == "starter").mean()
    share_mrr = june.loc[june["plan"] == "starter", "mrr_krw"].sum() / june["mrr_krw"].sum()
    assert_stated(NB, f"{share_customers:.0%} of paying customers", f"only {share_mrr:.0%}")


def test_ltv_and_payback(months, accounts, new):
    young = months.merge(accounts[["account_id", "signup_month"]], on="account_id")
    young = young[young["signup_month"] >= "2023-07-01"]
    ltv = kpi.cohort_ltv(young)
    avg_cac = new["acquisition_cost_krw"].mean()
    assert_stated(NB, millions(ltv.mean()[11]), f"average CAC of {millions(avg_cac)}")
    assert ltv.mean()[11] < avg_cac
    gross = kpi.gross_margin(months)
    payback = kpi.cac_payback_months(new, gross_margin=gross)
    assert_stated(NB, f"{payback:.1f} months", f"about {payback:.0f} months")
    assert payback > 12
    assert_stated(NB, f"average gross margin ({gross:.1%})")
    with_channel = months.merge(accounts[["account_id", "acquisition_channel"]], on="account_id")
    own = kpi.gross_margin(with_channel, by="acquisition_channel")
    assert_stated(NB, f"from {own.min():.1%} on content", f"{own.max():.1%}")
    assert own.idxmin() == "content" and own.idxmax() == "outbound_sales"
    by_channel = kpi.cac_payback_months(new, gross_margin=own, by="acquisition_channel")
    assert_stated(
        NB, f"{by_channel['referral']:.1f} months", f"content in {by_channel['content']:.1f}"
    )
    assert_stated(
        NB, f"takes {by_channel['paid_search']:.1f}", f"sales {by_channel['outbound_sales']:.1f}"
    )
    assert (by_channel <= 12).sum() == 3  # "Three channels pay back within a year" (figure title)
    # "referral is the channel that pays back fastest" (the three moves for NPS groups)
    assert by_channel.idxmin() == "referral"


def test_payback_with_the_new_accounts_own_plan_mix(months, new):
    """'47% of new accounts start on starter, but only 6% of their first-month MRR ... the
    margin is 80.3% and the payback 15.9 months, not 15.8': the average margin understates
    the payback, only a little here."""
    by_plan = kpi.gross_margin(months, by="plan")
    plan_mrr = new.groupby("plan")["mrr_krw"].sum()
    own = (plan_mrr * by_plan).sum() / plan_mrr.sum()
    starter_share = (new["plan"] == "starter").mean()
    starter_mrr = plan_mrr["starter"] / plan_mrr.sum()
    assert_stated(NB, f"{starter_share:.0%} of new accounts", f"only {starter_mrr:.0%} of their")
    assert_stated(NB, f"the margin is {own:.1%}")
    june = months[(months["month"] == months["month"].max()) & (months["status"] != "churned")]
    assert starter_share > (june["plan"] == "starter").mean()  # "they lean to the starter plan"
    overall = kpi.cac_payback_months(new, gross_margin=kpi.gross_margin(months))
    payback = kpi.cac_payback_months(new, gross_margin=own)
    assert_stated(NB, f"payback {payback:.1f} months, not {overall:.1f}")
    assert 0 < payback - overall < 0.5  # understated, "only a little"


def test_three_moves_per_nps_group(linked, responses, months):
    """'Detractors lost 64 of their 148 renewals (a churn rate of 43%), passives 42 of 242,
    promoters 15 of 233'; the comments; 'about 26 more'; '96 accounts still paying'."""
    table = kpi.renewal_rate_by(linked, "category")
    table[["renewals_due", "renewed"]] = table[["renewals_due", "renewed"]].astype(int)
    lost = table["renewals_due"] - table["renewed"]
    d, p, r = (table.loc[c] for c in ["detractor", "passive", "promoter"])
    assert_stated(NB, f"**{lost['detractor']}** of their **{int(d['renewals_due'])}** renewals")
    assert_stated(NB, f"churn rate of **{1 - d['renewal_rate']:.0%}**")
    assert_stated(NB, f"passives **{lost['passive']}**", f"of **{int(p['renewals_due'])}**")
    assert_stated(NB, f"promoters **{lost['promoter']}** of **{int(r['renewals_due'])}**")
    said = responses.assign(category=kpi.nps_category(responses["score"]))
    top = said.groupby("category")["comment"].value_counts()
    # "Promoters praise fast support and an easy set-up"; passives' "top wish is more integrations"
    assert top["promoter"].index[:2].tolist() == [
        "Great support team, quick replies.",
        "Easy to set up and the team adopted it quickly.",
    ]
    assert "more integrations" in top["passive"].index[0]
    gap = r["renewal_rate"] - p["renewal_rate"]
    assert_stated(
        NB, f"about **{p['renewals_due'] * gap:.0f}** more of their {int(p['renewals_due'])}"
    )
    latest = responses.sort_values("responded_at").groupby("account_id").tail(1)
    last = months[months["month"] == months["month"].max()]
    paying = last.loc[last["status"] != "churned", "account_id"]
    n = ((latest["score"] <= 6) & latest["account_id"].isin(paying)).sum()
    assert_stated(NB, f"**{n}** accounts still paying in {months['month'].max():%B %Y}")


def test_starter_renewal_trend(months):
    """'went from 58% to 78% over the last four quarters; the line carries it to 82%', and
    the solution's key result starts from the last quarter and beats the trend."""
    import numpy as np

    due = months[months["renewal_due"] & (months["plan"] == "starter")]
    rates = due.groupby(due["month"].dt.to_period("Q"))["renewed"].mean().iloc[-4:]
    slope, level = np.polyfit(range(4), rates.astype(float), 1)
    trend = level + 4 * slope
    assert slope > 0  # "has been rising"
    assert_stated(NB, f"from {rates.iloc[0]:.0%} to {rates.iloc[-1]:.0%} over the last four")
    assert_stated(NB, f"carries it to {trend:.0%} next quarter")
    assert rates.iloc[-1] < trend < 0.88  # the solution's 88% beats the trend
    assert 0.78 <= trend  # "from 68% to 78%" would be met by doing nothing
    # the model KR before the exercise starts at last quarter's rate and passes the checker's
    # "clearly past the trend" rule (TREND_MARGIN points beyond it)
    from helpers import okr

    assert_stated(NB, f"from {rates.iloc[-1]:.0%} to 88%")
    assert 0.88 >= trend + okr.TREND_MARGIN / 100
    model = "Raise the starter renewal rate from 78% to 88%"
    assert (
        okr.review_okr(
            {
                "objective": "Small teams stay with us",
                "key_results": [model, model],
                "initiatives": ["Run a check-in call"],
            },
            trend={"renewal": 100 * trend},
        )
        == []
    )
    # "from 68% to 83%" only just beats the line: past it, but by less than the margin
    assert trend < 0.83 < trend + okr.TREND_MARGIN / 100
    assert_stated(NB, "from 68% to 83%")
