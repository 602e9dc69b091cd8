"""Checkers of notebook 09: right answers (computed here, independently) are accepted, typical
wrong answers get the right message, hints get more specific, and `...` is unanswered."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers import kpi, okr
from helpers.checks import nb09
from helpers.data_saas import load_saas_account_months, load_saas_accounts, load_saas_nps


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
