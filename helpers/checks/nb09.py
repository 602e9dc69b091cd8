"""Checkers for notebook 09 (KPIs, OKRs and NPS on Dalbit, the synthetic B2B SaaS world).

Right answers that come from the data are computed here with :mod:`helpers.kpi` from the
committed data; the vanity/actionable list and the OKR rules are course content.

>>> ex = vanity_or_actionable()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
import numbers
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from helpers import kpi, okr
from helpers.data_saas import load_saas_account_months, load_saas_accounts, load_saas_nps
from helpers.exercises import Exercise, Mistake, register

# ---- exercise 1: vanity or actionable ------------------------------------------------------

#: The metrics of exercise 1: id -> what it counts.
METRICS: dict[str, str] = {
    "pricing_page_views": "Views of the pricing page this month (all visitors)",
    "app_downloads_total": "Downloads of the Dalbit mobile app, all time",
    "linkedin_followers": "Followers of Dalbit's LinkedIn page",
    "signups_all_time": "Accounts that ever signed up, all time",
    "week1_activation": "Share of new accounts that connect a chat channel in their first week",
    "renewal_rate": "Renewal rate of the accounts whose term ended this month",
    "weekly_active_seats": "Share of paid seats that were used this week",
    "net_new_mrr": (
        "Net new MRR this month: new accounts' MRR + expansion MRR (existing accounts adding "
        "seats or upgrading) - churned MRR"
    ),
    "cac_payback_by_channel": "CAC payback in months, by acquisition channel",
}

#: Why each vanity metric is one (shown when a learner picks it as actionable).
VANITY_REASONS: dict[str, str] = {
    "pricing_page_views": (
        "pricing-page views are a raw count: they jump with any traffic spike and say nothing "
        "about whether anyone bought (as the denominator of a views -> trial rate they "
        "become useful)"
    ),
    "app_downloads_total": "all-time downloads can only go up, so they never tell you a month went badly",
    "linkedin_followers": "followers say how many could hear you, not whether anyone acts or pays",
    "signups_all_time": "an all-time total only goes up; churned accounts still count in it",
}

ACTIONABLE = frozenset(METRICS) - frozenset(VANITY_REASONS)

#: The kind of each actionable metric: named when a learner leaves one out (a hint, not the
#: answer).
ACTIONABLE_KINDS: dict[str, str] = {
    "week1_activation": "a share of new accounts reaching a first step of value",
    "renewal_rate": "a rate of the customers whose decision came up this month",
    "weekly_active_seats": "a share of what customers pay for that they actually use",
    "net_new_mrr": "a change in money over one month",
    "cac_payback_by_channel": "a cost-versus-return number, split by where customers come from",
}


@register
def vanity_or_actionable() -> Exercise:
    """Exercise 1: pick the actionable metrics from :data:`METRICS` (a list of ids)."""

    def check(answer: Any) -> str | None:
        if (
            isinstance(answer, str)
            or not hasattr(answer, "__iter__")
            or isinstance(answer, Mapping)
        ):
            return "Give a list of metric names in quotes, e.g. ['renewal_rate', '...']."
        picked = [str(a).strip().lower() for a in answer]
        unknown = [p for p in picked if p not in METRICS]
        if unknown:
            return f"{unknown[0]!r} is not one of the metric names; copy them from METRICS."
        vanity = [p for p in picked if p in VANITY_REASONS]
        if vanity:
            are = "is a vanity metric" if len(vanity) == 1 else "are vanity metrics"
            return f"{len(vanity)} of your picks {are}. For example, {VANITY_REASONS[vanity[0]]}."
        missing = sorted(ACTIONABLE - set(picked))
        if missing:
            kinds = "; ".join(ACTIONABLE_KINDS[m] for m in missing)
            return (
                f"You left out {len(missing)} actionable metric(s). Look again for {kinds}: "
                "a rate or a change over a period that a team can move."
            )
        return None

    return Exercise(
        "Ex 1 · vanity or actionable",
        check,
        solution=sorted(ACTIONABLE),
        hints=[
            "Ask of each metric: if it went down next month, would anyone know what to do?",
            "Totals 'of all time' can only grow; raw counts of views or followers do not say "
            "whether anyone paid. Rates and changes per period can be acted on.",
            "Five of the nine are actionable: the two shares, the renewal rate, net new MRR and "
            "the payback by channel.",
        ],
        success=(
            "Actionable metrics are rates or changes over a period, tied to a decision. The four "
            "others are vanity metrics: nice to report, useless to steer by."
        ),
    )


# ---- data, computed once ---------------------------------------------------------------------


@functools.cache
def _months() -> pd.DataFrame:
    return load_saas_account_months()


@functools.cache
def revenue_by_month() -> pd.Series:
    """Revenue per month: MRR plus add-on revenue."""
    m = _months()
    return (m["mrr_krw"] + m["addon_revenue_krw"]).groupby(m["month"]).sum()


@functools.cache
def responses_with_plan() -> pd.DataFrame:
    """NPS responses with the plan the account had in the month of the response."""
    r = load_saas_nps()
    month = r["responded_at"].dt.to_period("M").dt.to_timestamp()
    plans = _months()[["account_id", "month", "plan"]]
    return r.assign(month=month).merge(plans, on=["account_id", "month"], how="left")


@functools.cache
def new_accounts() -> pd.DataFrame:
    """The first paid month of every account that started in the data, with its CAC."""
    m = _months()
    return m[m["status"] == "new"].merge(load_saas_accounts(), on="account_id")


@functools.cache
def _channel_margins() -> pd.Series:
    m = _months().merge(load_saas_accounts()[["account_id", "acquisition_channel"]])
    return kpi.gross_margin(m, by="acquisition_channel")


def channel_margins() -> pd.Series:
    """Each acquisition channel's own gross margin (a share), over all its accounts' months:
    ``kpi.gross_margin`` of the account-months table with the channel joined (a copy)."""
    return _channel_margins().copy()


@functools.cache
def starter_renewal_trend() -> tuple[float, float]:
    """(last quarter's starter renewal rate, the rate a straight line through the last four
    quarters reaches one quarter later), both shares: what a stretching key result must beat.
    """
    m = _months()
    due = m[m["renewal_due"] & (m["plan"] == "starter")]
    quarterly = due.groupby(due["month"].dt.to_period("Q"))["renewed"].mean()
    recent = quarterly.iloc[-4:].to_numpy(dtype=float)
    slope, level = np.polyfit(np.arange(4), recent, 1)
    return float(recent[-1]), float(level + slope * 4)


def _is_number(answer: Any) -> bool:
    return isinstance(answer, numbers.Real) and not isinstance(answer, bool | np.bool_)


# ---- exercise 2: revenue CMGR ----------------------------------------------------------------


@register
def revenue_cmgr() -> Exercise:
    """Exercise 2: CMGR of total revenue (MRR + add-ons), first to last month, as a share."""
    rev = revenue_by_month()
    right = kpi.cmgr(rev)
    steps = len(rev) - 1
    first, last = float(rev.iloc[0]), float(rev.iloc[-1])
    one_too_many = (last / first) ** (1 / (steps + 1)) - 1
    total_growth = last / first - 1
    best_month = float(kpi.growth_rate(rev).max())
    mrr_only = kpi.cmgr(_months().groupby("month")["mrr_krw"].sum())

    def check(answer: Any) -> str | None:
        if not _is_number(answer):
            return f"Give one number, a share such as 0.04 for 4% a month, not a {type(answer).__name__}."
        value = float(answer)
        if abs(value - mrr_only) <= 0.0005 and abs(value - mrr_only) < abs(value - right):
            return Mistake(
                f"That is the CMGR of MRR alone ({mrr_only:.4f}). The question is total "
                "revenue: add the add-on revenue to the MRR before growing it.",
                hint="rev = (months['mrr_krw'] + months['addon_revenue_krw'])"
                ".groupby(months['month']).sum(); kpi.cmgr(rev)",
            )
        if abs(value - right) <= 0.004 * right:
            return None
        if abs(value / 100 - right) <= 0.004 * right:
            return "That looks like a percentage; give it as a share (0.05, not 5)."
        if abs(value - one_too_many) <= 0.004 * one_too_many:
            return Mistake(
                f"You took the {steps + 1}th root, one per month. Between the first and the last "
                f"of {steps + 1} months there are only {steps} steps of growth.",
                hint=f"(last / first) ** (1 / {steps}) - 1, or kpi.cmgr(rev) which counts the "
                "steps for you.",
            )
        if abs(value - total_growth) <= 0.01 * total_growth:
            return Mistake(
                "That is the growth over the whole period (last / first - 1). CMGR is the "
                "constant *monthly* rate that compounds to it.",
                hint=f"Take the {steps}th root: (last / first) ** (1 / {steps}) - 1, or kpi.cmgr(rev).",
            )
        if abs(value - best_month) <= 0.004:
            return Mistake(
                "That is the best single month. CMGR smooths over all months, good and bad.",
                hint="kpi.cmgr(rev) uses only the first and the last month.",
            )
        return f"{value:g} is {'too high' if value > right else 'too low'}."

    return Exercise(
        "Ex 2 · revenue CMGR",
        check,
        expects="share",
        solution=right,
        hints=[
            "CMGR = (last month / first month) ** (1 / number of months between them) - 1.",
            "Build the monthly revenue with (months['mrr_krw'] + months['addon_revenue_krw'])"
            ".groupby(months['month']).sum(), then pass it to kpi.cmgr().",
            f"July 2023 to June 2025 is {steps} months apart, not {steps + 1}.",
        ],
        success=(
            f"{right:.1%} a month: revenue grew {last / first:.1f}x in {steps} months. Add-ons "
            f"are small: MRR alone grew at {mrr_only:.2%} a month, total revenue at {right:.2%}."
        ),
    )


# ---- exercise 3: NPS of the starter plan ---------------------------------------------------


@register
def starter_nps() -> Exercise:
    """Exercise 3: NPS of responses from accounts on the starter plan at the time they answered."""
    r = responses_with_plan()
    right = kpi.nps(r[r["plan"] == "starter"])
    overall = kpi.nps(r)
    latest = _months().sort_values("month").groupby("account_id")["plan"].last()
    by_latest = r.drop(columns="plan").merge(latest.rename("plan").reset_index(), on="account_id")
    wrong_plan = kpi.nps(by_latest[by_latest["plan"] == "starter"])
    starter = r[r["plan"] == "starter"]
    promoters = 100 * (starter["score"] >= 9).mean()
    detractors = 100 * (starter["score"] <= 6).mean()
    responses = r.drop(columns=["plan", "month"])
    # joined on account_id only: every response repeated once per month of its account
    by_account = responses.merge(_months()[["account_id", "plan"]], on="account_id")
    account_only = kpi.nps(by_account[by_account["plan"] == "starter"])
    first = _months().sort_values("month").groupby("account_id")["plan"].first()
    by_first = responses.merge(first.rename("plan").reset_index(), on="account_id")
    first_plan = kpi.nps(by_first[by_first["plan"] == "starter"])
    join_hint = (
        "with_plan = responses.assign(month=answered).merge(months[['account_id', 'month', "
        "'plan']], on=['account_id', 'month'], how='left') - both keys, so each response "
        "gets the plan of the month it was given."
    )

    def check(answer: Any) -> str | None:
        if not _is_number(answer):
            return f"Give one number from -100 to 100, not a {type(answer).__name__}."
        value = float(answer)
        if abs(value - right) <= 0.15:
            return None
        if abs(value * 100 - right) <= 0.15:
            return "NPS is written from -100 to 100, not as a share: multiply by 100."
        if abs(value + right) <= 0.15:
            return "Right size, wrong sign: NPS is % promoters minus % detractors."
        if abs(value - overall) <= 0.15:
            return "That is the NPS of all responses. Keep the starter plan only."
        if abs(value - wrong_plan) <= 0.15:
            return Mistake(
                "Close, but you used each account's *latest* plan. Plans change at renewal: "
                "join the plan of the month the account answered (account_id and month).",
                hint=join_hint,
            )
        if abs(value - first_plan) <= 0.15:
            return Mistake(
                "Close, but you used each account's *first* plan. Plans change at renewal: "
                "join the plan of the month the account answered (account_id and month).",
                hint=join_hint,
            )
        if abs(value - account_only) <= 0.15:
            return Mistake(
                "You joined on account_id only: each response was repeated once per month "
                "of its account (check len() before and after the merge - it grew). Join on "
                "account_id *and* month.",
                hint=join_hint,
            )
        if abs(value - promoters) <= 0.15 or abs(value - detractors) <= 0.15:
            return "That is one share only. NPS = % promoters (9-10) - % detractors (0-6)."
        return f"{value:g} is {'too high' if value > right else 'too low'}."

    return Exercise(
        "Ex 3 · NPS of the starter plan",
        check,
        expects="number",
        solution=right,
        hints=[
            "Step 1, the month each response was given, as a column like the months table's: "
            "answered = responses['responded_at'].dt.to_period('M').dt.to_timestamp()",
            "Step 2, attach each account's plan in that month (match on both columns): "
            "with_plan = responses.assign(month=answered).merge(months[['account_id', 'month', "
            "'plan']], on=['account_id', 'month'], how='left')",
            "Step 3, keep the starter rows and score them: "
            "kpi.nps(with_plan[with_plan['plan'] == 'starter'])",
        ],
        success=(
            f"{right:+.1f}: more starter accounts are detractors than promoters, while the "
            f"overall NPS is {overall:+.1f}. One company-wide number hides the segment at risk."
        ),
    )


# ---- exercise 4: write an OKR ----------------------------------------------------------------

MIN_KEY_RESULTS = 2


@register
def write_okr() -> Exercise:
    """Exercise 4: an OKR as a dict that passes :func:`helpers.okr.review_okr`, with every
    renewal key result beating the starter renewal trend (:func:`starter_renewal_trend`)."""
    trend_pct = 100 * starter_renewal_trend()[1]

    def check(answer: Any) -> str | None:
        if not isinstance(answer, Mapping):
            return (
                "Write the OKR as a dict: {'objective': '...', 'key_results': ['...', '...'], "
                "'initiatives': ['...']}."
            )
        krs = answer.get("key_results")
        trend = None
        if isinstance(krs, list | tuple) and all(isinstance(k, str) for k in krs):
            renewal = [i for i, k in enumerate(krs) if "renew" in k.lower() or "갱신" in k]
            trend = dict.fromkeys(renewal, trend_pct)
        try:
            issues = okr.review_okr(answer, trend=trend)
        except (TypeError, ValueError) as exc:  # a wrong shape: say what is wrong, no traceback
            return str(exc).removeprefix("review_okr(): ")
        if len(issues) == 1:
            return str(issues[0])
        if issues:
            listed = "\n".join(f"- {i.where}: {i.label}" for i in issues)
            return Mistake(
                f"{len(issues)} problems:\n{listed}",
                hint=f"First, {issues[0].where}: {issues[0].hint} "
                f"okr.report(my_okr, trend={{'renewal': trend_pct}}) shows every problem with "
                "its hint.",
            )
        if len(answer["key_results"]) < MIN_KEY_RESULTS:
            return (
                f"Write at least {MIN_KEY_RESULTS} key results: one number rarely proves an "
                "objective (and a single one invites gaming it)."
            )
        return None

    return Exercise(
        "Ex 4 · write an OKR",
        check,
        hints=[
            "Objective: a sentence about what will change for which customers, no number "
            "('Improve X' names no change). Key "
            "results: outcomes with a number. Initiatives: the work.",
            "A key result starts with an outcome verb (raise, cut, lift) and names a metric "
            "with a baseline and a target: 'Raise <metric> from X% to Y%' (in Korean it ends "
            "with one: '...을 X%에서 Y%로 높인다'), a real lift of at least "
            f"{okr.MIN_LIFT_POINTS:g} points or {okr.MIN_LIFT_SHARE:.0%} of X. 'Improve X by "
            "50%' has neither; 'calls made' counts work. A level you only keep ('above 65%') "
            "is a health metric: put it in my_okr['health_metrics'].",
            "Verbs like launch, hire, build and run (출시, 채용, 구축, 진행) belong in the "
            "initiatives list.",
            f"Stretch: the starter renewal trend reaches {trend_pct:.1f}% next quarter by "
            f"itself, so a renewal target must be clearly past it: at least "
            f"{okr.TREND_MARGIN:g} points more ({trend_pct + okr.TREND_MARGIN:.1f}% or more); "
            "and the objective is a change, not 'keep' or 'maintain'.",
        ],
        success=(
            "The OKR has an objective in words, measurable outcomes, and plans. Now ask a "
            "colleague: if every initiative ships and no key result moves, what did we learn?"
        ),
    )


# ---- exercise 5: CAC payback of one channel ------------------------------------------------

CHANNEL = "paid_search"


@register
def channel_payback() -> Exercise:
    """Exercise 5: CAC payback months of the paid-search channel, with each channel's own
    gross margin (:func:`channel_margins`)."""
    new = new_accounts()
    margin = kpi.gross_margin(_months())
    own = _channel_margins()
    by_channel = kpi.cac_payback_months(new, gross_margin=own, by="acquisition_channel")
    right = float(by_channel[CHANNEL])
    revenue_only = kpi.cac_payback_months(new, gross_margin=1.0, by="acquisition_channel")
    no_margin = float(revenue_only[CHANNEL])
    average = kpi.cac_payback_months(new, gross_margin=margin, by="acquisition_channel")
    with_average = float(average[CHANNEL])
    overall = kpi.cac_payback_months(new, gross_margin=margin)

    def check(answer: Any) -> str | None:
        if not _is_number(answer):
            return f"Give one number of months, e.g. 9.5, not a {type(answer).__name__}."
        value = float(answer)
        if abs(value - right) <= 0.1:
            return None
        if abs(value - no_margin) <= 0.1:
            return (
                "You left out the gross margin. MRR is not profit: only about "
                f"{own[CHANNEL]:.0%} of paid search's MRR is left after the cost to serve. "
                "Pass the channels' own margins as gross_margin=."
            )
        if abs(value - with_average) <= 0.1:
            return (
                f"That uses Dalbit's average margin ({margin:.1%}) for every channel. Paid "
                f"search earns its own {own[CHANNEL]:.1%}: pass each channel's margin "
                "(kpi.gross_margin(..., by='acquisition_channel')) as gross_margin=."
            )
        if abs(value - overall) <= 0.1:
            return "That is all channels together. Use by='acquisition_channel'."
        for channel, months in by_channel.items():
            if channel != CHANNEL and abs(value - months) <= 0.1:
                return f"That is the {channel} channel; the question is about {CHANNEL}."
        if abs(value - right / 12) <= 0.05:
            return "That looks like years; give months."
        return f"{value:g} months is {'too many' if value > right else 'too few'}."

    return Exercise(
        "Ex 5 · CAC payback of paid search",
        check,
        expects="number",
        solution=right,
        hints=[
            "One row per new account: months[months['status'] == 'new'] merged with the "
            "accounts table (for CAC and channel).",
            "Each channel's margin: kpi.gross_margin(months merged with the accounts' "
            "acquisition_channel, by='acquisition_channel').",
            "kpi.cac_payback_months(new, gross_margin=<that Series>, by='acquisition_channel').",
            f"Read the '{CHANNEL}' row of the result.",
        ],
        success=(
            f"{right:.1f} months. Referral pays back in {by_channel['referral']:.1f}: before "
            "doubling paid search, ask what it would take to get more referrals."
        ),
    )
