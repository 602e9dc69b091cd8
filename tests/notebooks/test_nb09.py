"""Notebook 09: its checkers and the facts its prose states.

**Checkers.** Checkers of notebook 09: right answers (computed here, independently) are accepted, typical
wrong answers get the right message, hints get more specific, and `...` is unanswered.

**Facts.** Every number the prose of notebook 09 states about Dalbit's (synthetic) data, recomputed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course.checks import nb09
from course.data_saas import load_saas_account_months, load_saas_accounts, load_saas_nps
from helpers import kpi, okr
from tests.facts import assert_stated

# ---- checkers ------------------------------------------------------------


@pytest.fixture(scope="module")
def months():
    return load_saas_account_months()


@pytest.fixture(scope="module")
def accounts():
    return load_saas_accounts()


@pytest.fixture(scope="module")
def responses():
    return load_saas_nps()


def status(ex, answer):
    return ex.check(answer, quiet=True)


def nps_by_hand(scores) -> float:
    scores = list(scores)
    promoters = sum(s >= 9 for s in scores) / len(scores)
    detractors = sum(s <= 6 for s in scores) / len(scores)
    return 100 * (promoters - detractors)


# ---- exercise 1 ------------------------------------------------------------------------------


RIGHT_ACTIONABLE = [
    "week1_activation",
    "renewal_rate",
    "weekly_active_seats",
    "net_new_mrr",
    "cac_payback_by_channel",
]


def test_ex1_accepts_the_actionable_metrics_in_any_order_and_case():
    assert status(nb09.vanity_or_actionable(), RIGHT_ACTIONABLE)
    assert status(nb09.vanity_or_actionable(), [m.upper() for m in reversed(RIGHT_ACTIONABLE)])
    assert status(nb09.vanity_or_actionable(), tuple(RIGHT_ACTIONABLE))


def test_ex1_names_the_vanity_metric_picked():
    ex = nb09.vanity_or_actionable()
    v = status(ex, [*RIGHT_ACTIONABLE, "app_downloads_total"])
    assert "1 of your picks is a vanity" in v.message and "only go up" in v.message
    v = status(ex, [*RIGHT_ACTIONABLE, "linkedin_followers"])
    assert "followers" in v.message
    v = status(ex, ["renewal_rate"])
    assert "left out 4 actionable" in v.message
    # the kind missed is named (a hint), never the metric's name (the answer)
    v = status(ex, [m for m in RIGHT_ACTIONABLE if m != "net_new_mrr"])
    assert "left out 1 actionable" in v.message and "a change in money over one month" in v.message
    assert not any(m in v.message for m in RIGHT_ACTIONABLE)
    v = status(ex, ["revenue"])
    assert "not one of the metric names" in v.message
    assert "list of metric names" in status(ex, "renewal_rate").message


def test_ex1_hints_progress():
    ex = nb09.vanity_or_actionable()
    hints = [status(ex, ["renewal_rate"]).hint for _ in range(4)]
    assert len(set(hints[:3])) == 3 and hints[3] == hints[2]
    assert "Five of the nine" in hints[2]


# ---- exercise 2 ------------------------------------------------------------------------------


def revenue_series(months):
    rev = months["mrr_krw"] + months["addon_revenue_krw"]
    return rev.groupby(months["month"]).sum().sort_index()


def test_ex2_accepts_the_revenue_cmgr(months):
    rev = revenue_series(months)
    right = (rev.iloc[-1] / rev.iloc[0]) ** (1 / (len(rev) - 1)) - 1
    assert status(nb09.revenue_cmgr(), right)
    assert status(nb09.revenue_cmgr(), np.float64(round(right, 4)))


def test_ex2_rejects_typical_mistakes(months):
    rev = revenue_series(months)
    first, last, n = rev.iloc[0], rev.iloc[-1], len(rev)
    right = (last / first) ** (1 / (n - 1)) - 1
    ex = nb09.revenue_cmgr()
    assert "steps of growth" in status(ex, (last / first) ** (1 / n) - 1).message
    assert "whole period" in status(ex, last / first - 1).message
    assert "percentage" in status(ex, 100 * right).message
    best = (rev / rev.shift(1) - 1).max()
    assert "best single month" in status(ex, best).message
    assert "too low" in status(ex, 0.01).message


def test_ex2_hints_progress():
    ex = nb09.revenue_cmgr()
    hints = [status(ex, 0.5).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "23 months" in hints[2]


# ---- exercise 3 ------------------------------------------------------------------------------


def test_ex3_accepts_the_starter_nps_at_response_time(responses, months):
    month = responses["responded_at"].dt.to_period("M").dt.to_timestamp()
    plan_of = months.set_index(["account_id", "month"])["plan"]
    keys = pd.MultiIndex.from_arrays([responses["account_id"], month])
    plans = plan_of.reindex(keys).to_numpy()
    right = nps_by_hand(responses["score"][plans == "starter"])
    assert status(nb09.starter_nps(), right)
    assert status(nb09.starter_nps(), round(right, 1))
    assert right < 0  # the planted truth: starter is net negative


def test_ex3_rejects_typical_mistakes(responses, months):
    ex = nb09.starter_nps()
    overall = nps_by_hand(responses["score"])
    assert "all responses" in status(ex, overall).message
    latest = months.sort_values("month").groupby("account_id")["plan"].last()
    on_latest = responses[responses["account_id"].map(latest) == "starter"]
    assert "latest* plan" in status(ex, nps_by_hand(on_latest["score"])).message
    v = status(ex, -0.1478)
    assert "-100 to 100" in v.message
    assert "wrong sign" in status(ex, 14.78).message


def test_ex3_hints_progress():
    ex = nb09.starter_nps()
    hints = [status(ex, 99.0).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "kpi.nps(" in hints[2] and "Step 2" in hints[1]


# ---- exercise 4 ------------------------------------------------------------------------------

GOOD_OKR = {
    "objective": "Small teams get value from Dalbit in their first month and stay with us",
    "key_results": [
        "Raise the renewal rate of starter accounts from 78% to 88%",
        "Lift the starter NPS from -15 to 0",
    ],
    "initiatives": ["Launch a guided set-up for new starter accounts"],
}


def test_ex4_accepts_a_good_okr():
    assert status(nb09.write_okr(), GOOD_OKR)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"objective": "Grow MRR by 20%"}, "only a metric"),
        ({"key_results": ["Hire five people", "Raise renewal from 78% to 88%"]}, "an activity"),
        ({"key_results": ["Launch the feature", "Raise renewal from 78% to 88%"]}, "an activity"),
        ({"key_results": ["Customers are happier", "Raise renewal from 78% to 88%"]}, "no number"),
        ({"key_results": ["Raise renewal from 78% to 88%"]}, "at least 2 key results"),
        ({"initiatives": []}, "no initiatives"),
        ({"initiatives": ["Increase NPS to 20"]}, "an outcome, not an initiative"),
        ({"key_results": "Raise renewal from 78% to 88%"}, "must be a list"),
        # the senior PM's review: activity counts, token targets, bland objectives, guardrails
        (
            {
                "key_results": [
                    "Raise onboarding calls made from 10 to 200",
                    GOOD_OKR["key_results"][0],
                ]
            },
            "a count of work done",
        ),
        (
            {"key_results": ["Lift the starter NPS from -15 to -14", GOOD_OKR["key_results"][0]]},
            "a token target",
        ),
        ({"objective": "Improve starter accounts"}, "names no customer change"),
        (
            {"key_results": [*GOOD_OKR["key_results"], "Keep the starter gross margin above 65%"]},
            "a health metric",
        ),
    ],
)
def test_ex4_rejects_bad_okrs_with_the_reason(change, expected):
    v = status(nb09.write_okr(), {**GOOD_OKR, **change})
    assert v.status == "wrong" and expected in v.message, v.message


def test_ex4_accepts_a_guardrail_among_the_health_metrics():
    guard = {**GOOD_OKR, "health_metrics": ["Keep the starter gross margin above 65%"]}
    assert status(nb09.write_okr(), guard)


def _starter_trend(months):
    """An independent build of the starter renewal trend: a line through the last four
    quarters' rates, carried one quarter on (percent)."""
    due = months[months["renewal_due"] & (months["plan"] == "starter")]
    rates = due.groupby(due["month"].dt.to_period("Q"))["renewed"].mean().iloc[-4:]
    slope, level = np.polyfit(range(4), rates.astype(float), 1)
    return 100 * float(rates.iloc[-1]), 100 * (level + 4 * slope)


def test_ex4_needs_a_stretch(months):
    ex = nb09.write_okr()
    last, trend = _starter_trend(months)
    assert last < trend  # the rate is rising: the trend beats the last quarter
    assert (100 * np.array(nb09.starter_renewal_trend())).round(6).tolist() == [
        round(last, 6),
        round(trend, 6),
    ]
    at_trend = f"Raise the renewal rate of starter accounts from {last:.0f}% to {trend:.0f}%"
    v = status(ex, {**GOOD_OKR, "key_results": [at_trend, GOOD_OKR["key_results"][1]]})
    assert v.status == "wrong" and "does not beat the current trend" in v.message
    assert f"reaches {round(trend, 1):g}" in v.message
    korean = {
        **GOOD_OKR,
        "key_results": ["스타터 갱신율을 68%에서 78%로 높인다", "Lift NPS from -15 to 0"],
    }
    assert "current trend" in status(ex, korean).message
    behind = {
        **GOOD_OKR,
        "key_results": ["Raise starter renewal from 78% to 70%", "Lift NPS from -15 to 0"],
    }
    assert "not better than the baseline" in status(ex, behind).message
    bau = {**GOOD_OKR, "objective": "Maintain the starter plan as it is"}
    assert "business as usual" in status(ex, bau).message
    assert status(ex, {**GOOD_OKR, "objective": "작은 팀이 첫 달에 가치를 느끼고 오래 함께한다"})


@pytest.mark.parametrize(
    ("kr", "expected"),
    [
        ("Improve onboarding for small teams by 50%", "not a measurable outcome"),
        ("Reduce churn 10%", "has no baseline"),
        ("Raise the number of support tickets closed from 100 to 300", "a count of work done"),
        ("Raise the renewal rate of starter accounts from 68% to 83%", "barely past the current"),
    ],
)
def test_ex4_wrong_key_results_get_their_own_verdict(kr, expected):
    """A fresh learner's wrong key results: no baseline, not measurable, an activity count,
    a target barely past the trend. Each is named, with a hint for it."""
    v = status(nb09.write_okr(), {**GOOD_OKR, "key_results": [kr, GOOD_OKR["key_results"][1]]})
    assert v.status == "wrong" and expected in v.message, v.message


def test_ex4_barely_past_the_trend_says_how_far_is_clearly_past(months):
    _, trend = _starter_trend(months)
    kr = f"Raise the renewal rate of starter accounts from 68% to {trend + 1:.0f}%"
    v = status(nb09.write_okr(), {**GOOD_OKR, "key_results": [kr, GOOD_OKR["key_results"][1]]})
    assert f"reaches {trend:.1f}% by itself" in v.message  # the unit, not a bare 82.1
    assert f"{trend + okr.TREND_MARGIN:.1f}% or more" in v.message
    ok = f"Raise the renewal rate of starter accounts from 78% to {trend + 3.5:.0f}%"
    assert status(nb09.write_okr(), {**GOOD_OKR, "key_results": [ok, GOOD_OKR["key_results"][1]]})


def test_ex4_lists_every_problem_not_only_the_first():
    bad = {
        "objective": "Grow MRR",
        "key_results": ["Improve onboarding for small teams by 50%", "Reduce churn 10%"],
        "initiatives": [],
    }
    v = status(nb09.write_okr(), bad)
    issues = okr.review_okr(bad)
    assert v.message.count("\n- ") == len(issues) >= 4
    for issue in issues:
        assert f"{issue.where}: {issue.label}" in v.message
    assert "more problem(s) after this one" not in v.message
    assert "okr.report(my_okr" in v.hint and issues[0].hint in v.hint


def test_ex4_missing_key_and_wrong_shape():
    ex = nb09.write_okr()
    v = status(ex, {"objective": "x", "key_result": [], "initiatives": []})
    assert "'key_results'" in v.message and "you wrote 'key_result'" in v.message
    assert "as a dict" in status(ex, ["objective", "kr"]).message


def test_ex4_hints_progress():
    ex = nb09.write_okr()
    hints = [status(ex, {**GOOD_OKR, "initiatives": []}).hint for _ in range(3)]
    assert len(set(hints)) == 3 and "initiatives" in hints[2]


# ---- exercise 5 ------------------------------------------------------------------------------


def payback_by_hand(months, accounts, channel, margin):
    new = months[months["status"] == "new"].merge(accounts, on="account_id")
    rows = new[new["acquisition_channel"] == channel]
    return rows["acquisition_cost_krw"].sum() / (rows["mrr_krw"].sum() * margin)


@pytest.fixture(scope="module")
def margin(months):
    revenue = (months["mrr_krw"] + months["addon_revenue_krw"]).sum()
    return (revenue - months["cost_to_serve_krw"].sum()) / revenue


def own_margin(months, accounts, channel):
    rows = months.merge(accounts, on="account_id")
    rows = rows[rows["acquisition_channel"] == channel]
    revenue = (rows["mrr_krw"] + rows["addon_revenue_krw"]).sum()
    return (revenue - rows["cost_to_serve_krw"].sum()) / revenue


def test_ex5_accepts_the_paid_search_payback(months, accounts):
    right = payback_by_hand(
        months, accounts, "paid_search", own_margin(months, accounts, "paid_search")
    )
    assert status(nb09.channel_payback(), right)
    assert status(nb09.channel_payback(), round(right, 1))


def test_ex5_rejects_typical_mistakes(months, accounts, margin):
    ex = nb09.channel_payback()
    no_margin = payback_by_hand(months, accounts, "paid_search", 1.0)
    assert "gross margin" in status(ex, no_margin).message
    average = payback_by_hand(months, accounts, "paid_search", margin)
    v = status(ex, average)
    assert "average margin" in v.message and "own" in v.message
    ps_margin = own_margin(months, accounts, "paid_search")
    assert f"{ps_margin:.1%}" in v.message
    referral = payback_by_hand(
        months, accounts, "referral", own_margin(months, accounts, "referral")
    )
    assert "referral channel" in status(ex, referral).message
    new = months[months["status"] == "new"].merge(accounts, on="account_id")
    overall = new["acquisition_cost_krw"].sum() / (new["mrr_krw"].sum() * margin)
    assert "all channels" in status(ex, overall).message
    right = payback_by_hand(months, accounts, "paid_search", ps_margin)
    assert "years" in status(ex, right / 12).message
    assert "too many" in status(ex, 99).message


def test_ex2_rejects_the_mrr_only_cmgr_next_to_the_total(months):
    mrr_only = kpi.cmgr(months.groupby("month")["mrr_krw"].sum())
    v = nb09.revenue_cmgr().check(round(mrr_only, 4), quiet=True)
    assert v.status == "wrong" and "MRR alone" in v.message and "add-on" in v.message
    assert "almost the MRR CMGR" not in nb09.revenue_cmgr().success


def test_cmgr_percent_and_mrr_only_get_their_own_verdicts_and_hints():
    """A4/A11: a percent gets a percent hint, not '23 months apart'; MRR-only says its number once."""
    ex = nb09.revenue_cmgr()
    ex.reset()
    ex.tries = 2
    v = ex.check(100 * ex.solution, quiet=True)
    assert "percentage" in v.message and "months apart" not in v.hint
    mrr_only = kpi.cmgr(load_saas_account_months().groupby("month")["mrr_krw"].sum())
    v = ex.check(round(mrr_only, 4), quiet=True)
    assert v.message.count(f"{mrr_only:.4f}") == 1 and "addon_revenue_krw" in v.hint


def test_nps_join_mistakes_are_named():
    """A13: joined on account_id only (rows repeated) and the first plan get their own verdicts."""
    months = load_saas_account_months()
    r = load_saas_nps()
    by_account = r.merge(months[["account_id", "plan"]], on="account_id")
    first = months.sort_values("month").groupby("account_id")["plan"].first()
    by_first = r.merge(first.rename("plan").reset_index(), on="account_id")
    ex = nb09.starter_nps()
    ex.reset()
    v = ex.check(kpi.nps(by_account[by_account["plan"] == "starter"]), quiet=True)
    assert "account_id only" in v.message and "on=['account_id', 'month']" in v.hint
    v = ex.check(kpi.nps(by_first[by_first["plan"] == "starter"]), quiet=True)
    assert "*first* plan" in v.message


def test_an_empty_filter_says_the_filter_matched_no_rows():
    """A13: filtering 'Starter' (a capital) leaves nothing: say so, not just 'empty DataFrame'."""
    r = load_saas_nps().assign(plan="starter")
    with pytest.raises(ValueError, match="filter matched no rows.*capitals"):
        kpi.nps(r[r["plan"] == "Starter"])


# ---- facts ---------------------------------------------------------------

NB = "09_kpi_okr_nps"
ASSUMED_LEADER_MRR_KRW = 2_500_000_000  # the notebook's labelled assumption


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
