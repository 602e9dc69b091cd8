"""Checkers for notebook 09 (KPIs, OKRs and NPS on Dalbit, the synthetic B2B SaaS world).

Right answers that come from the data are computed here with :mod:`helpers.kpi` from the
committed data; the vanity/actionable list and the OKR rules are course content.

>>> ex = vanity_or_actionable()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from course.answers import is_number
from course.data_saas import load_saas_account_months, load_saas_accounts, load_saas_nps
from course.exercises import Exercise, Mistake, register
from helpers import i18n, kpi, okr
from helpers.i18n import tr

# ---- exercise 1: vanity or actionable ------------------------------------------------------


class _Described(dict):
    """id -> a sentence, read in the learner's language: the English is the stored value and
    its Korean is in the catalogue (``course/ko/nb09.py``); keys stay as they are."""

    def __getitem__(self, key: str) -> str:
        text = super().__getitem__(key)
        return i18n.catalogue().get(text, text) if i18n.get_language() == "ko" else text

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def items(self):  # type: ignore[override]
        return [(k, self[k]) for k in self]

    def values(self):  # type: ignore[override]
        return [self[k] for k in self]


#: The metrics of exercise 1: id -> what it counts.
METRICS: dict[str, str] = _Described(
    {
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
)

#: Why each vanity metric is one (shown when a learner picks it as actionable).
VANITY_REASONS: dict[str, str] = _Described(
    {
        "pricing_page_views": (
            "pricing-page views are a raw count: they jump with any traffic spike and say nothing "
            "about whether anyone bought (as the denominator of a views -> trial rate they "
            "become useful)"
        ),
        "app_downloads_total": "all-time downloads can only go up, so they never tell you a month went badly",
        "linkedin_followers": "followers say how many could hear you, not whether anyone acts or pays",
        "signups_all_time": "an all-time total only goes up; churned accounts still count in it",
    }
)

ACTIONABLE = frozenset(METRICS) - frozenset(VANITY_REASONS)

#: The kind of each actionable metric: named when a learner leaves one out (a hint, not the
#: answer).
ACTIONABLE_KINDS: dict[str, str] = _Described(
    {
        "week1_activation": "a share of new accounts reaching a first step of value",
        "renewal_rate": "a rate of the customers whose decision came up this month",
        "weekly_active_seats": "a share of what customers pay for that they actually use",
        "net_new_mrr": "a change in money over one month",
        "cac_payback_by_channel": "a cost-versus-return number, split by where customers come from",
    }
)


@register
def vanity_or_actionable() -> Exercise:
    """Exercise 1: pick the actionable metrics from :data:`METRICS` (a list of ids)."""

    def check(answer: Any) -> str | None:
        if (
            isinstance(answer, str)
            or not hasattr(answer, "__iter__")
            or isinstance(answer, Mapping)
        ):
            return tr("Give a list of metric names in quotes, e.g. ['renewal_rate', '...'].")
        picked = [str(a).strip().lower() for a in answer]
        unknown = [p for p in picked if p not in METRICS]
        if unknown:
            return tr(
                "{name!r} is not one of the metric names; copy them from METRICS.",
                name=unknown[0],
            )
        vanity = [p for p in picked if p in VANITY_REASONS]
        if len(vanity) == 1:
            return tr(
                "{n} of your picks is a vanity metric. For example, {reason}.",
                n=len(vanity),
                reason=VANITY_REASONS[vanity[0]],
            )
        if vanity:
            return tr(
                "{n} of your picks are vanity metrics. For example, {reason}.",
                n=len(vanity),
                reason=VANITY_REASONS[vanity[0]],
            )
        missing = sorted(ACTIONABLE - set(picked))
        if missing:
            return tr(
                "You left out {n} actionable metric(s). Look again for {kinds}: "
                "a rate or a change over a period that a team can move.",
                n=len(missing),
                kinds="; ".join(ACTIONABLE_KINDS[m] for m in missing),
            )
        return None

    return Exercise(
        tr("Ex 1 · vanity or actionable"),
        check,
        solution=sorted(ACTIONABLE),
        hints=[
            tr("Ask of each metric: if it went down next month, would anyone know what to do?"),
            tr(
                "Totals 'of all time' can only grow; raw counts of views or followers do not "
                "say whether anyone paid. Rates and changes per period can be acted on."
            ),
            tr(
                "Five of the nine are actionable: the two shares, the renewal rate, net new MRR "
                "and the payback by channel."
            ),
        ],
        success=tr(
            "Actionable metrics are rates or changes over a period, tied to a decision. The "
            "four others are vanity metrics: nice to report, useless to steer by."
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
        if not is_number(answer):
            return tr(
                "Give one number, a share such as 0.04 for 4% a month, not a {kind}.",
                kind=type(answer).__name__,
            )
        value = float(answer)
        if abs(value - mrr_only) <= 0.0005 and abs(value - mrr_only) < abs(value - right):
            return Mistake(
                tr(
                    "That is the CMGR of MRR alone ({mrr_only:.4f}). The question is total "
                    "revenue: add the add-on revenue to the MRR before growing it.",
                    mrr_only=mrr_only,
                ),
                hint=tr(
                    "rev = (months['mrr_krw'] + months['addon_revenue_krw'])"
                    ".groupby(months['month']).sum(); kpi.cmgr(rev)"
                ),
            )
        if abs(value - right) <= 0.004 * right:
            return None
        if abs(value / 100 - right) <= 0.004 * right:
            return tr("That looks like a percentage; give it as a share (0.05, not 5).")
        if abs(value - one_too_many) <= 0.004 * one_too_many:
            return Mistake(
                tr(
                    "You took the {months}th root, one per month. Between the first and the "
                    "last of {months} months there are only {steps} steps of growth.",
                    months=steps + 1,
                    steps=steps,
                ),
                hint=tr(
                    "(last / first) ** (1 / {steps}) - 1, or kpi.cmgr(rev) which counts the "
                    "steps for you.",
                    steps=steps,
                ),
            )
        if abs(value - total_growth) <= 0.01 * total_growth:
            return Mistake(
                tr(
                    "That is the growth over the whole period (last / first - 1). CMGR is the "
                    "constant *monthly* rate that compounds to it."
                ),
                hint=tr(
                    "Take the {steps}th root: (last / first) ** (1 / {steps}) - 1, or "
                    "kpi.cmgr(rev).",
                    steps=steps,
                ),
            )
        if abs(value - best_month) <= 0.004:
            return Mistake(
                tr("That is the best single month. CMGR smooths over all months, good and bad."),
                hint=tr("kpi.cmgr(rev) uses only the first and the last month."),
            )
        if value > right:
            return tr("{value:g} is too high.", value=value)
        return tr("{value:g} is too low.", value=value)

    return Exercise(
        tr("Ex 2 · revenue CMGR"),
        check,
        expects="share",
        solution=right,
        hints=[
            tr("CMGR = (last month / first month) ** (1 / number of months between them) - 1."),
            tr(
                "Build the monthly revenue with (months['mrr_krw'] + months['addon_revenue_krw'])"
                ".groupby(months['month']).sum(), then pass it to kpi.cmgr()."
            ),
            tr(
                "July 2023 to June 2025 is {steps} months apart, not {months}.",
                steps=steps,
                months=steps + 1,
            ),
        ],
        success=tr(
            "{right:.1%} a month: revenue grew {times:.1f}x in {steps} months. Add-ons are "
            "small: MRR alone grew at {mrr_only:.2%} a month, total revenue at {right:.2%}.",
            right=right,
            times=last / first,
            steps=steps,
            mrr_only=mrr_only,
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
    join_hint = tr(
        "with_plan = responses.assign(month=answered).merge(months[['account_id', 'month', "
        "'plan']], on=['account_id', 'month'], how='left') - both keys, so each response "
        "gets the plan of the month it was given."
    )

    def check(answer: Any) -> str | None:
        if not is_number(answer):
            return tr("Give one number from -100 to 100, not a {kind}.", kind=type(answer).__name__)
        value = float(answer)
        if abs(value - right) <= 0.15:
            return None
        if abs(value * 100 - right) <= 0.15:
            return tr("NPS is written from -100 to 100, not as a share: multiply by 100.")
        if abs(value + right) <= 0.15:
            return tr("Right size, wrong sign: NPS is % promoters minus % detractors.")
        if abs(value - overall) <= 0.15:
            return tr("That is the NPS of all responses. Keep the starter plan only.")
        if abs(value - wrong_plan) <= 0.15:
            return Mistake(
                tr(
                    "Close, but you used each account's *latest* plan. Plans change at "
                    "renewal: join the plan of the month the account answered (account_id "
                    "and month)."
                ),
                hint=join_hint,
            )
        if abs(value - first_plan) <= 0.15:
            return Mistake(
                tr(
                    "Close, but you used each account's *first* plan. Plans change at "
                    "renewal: join the plan of the month the account answered (account_id "
                    "and month)."
                ),
                hint=join_hint,
            )
        if abs(value - account_only) <= 0.15:
            return Mistake(
                tr(
                    "You joined on account_id only: each response was repeated once per month "
                    "of its account (check len() before and after the merge - it grew). Join "
                    "on account_id *and* month."
                ),
                hint=join_hint,
            )
        if abs(value - promoters) <= 0.15 or abs(value - detractors) <= 0.15:
            return tr("That is one share only. NPS = % promoters (9-10) - % detractors (0-6).")
        if value > right:
            return tr("{value:g} is too high.", value=value)
        return tr("{value:g} is too low.", value=value)

    return Exercise(
        tr("Ex 3 · NPS of the starter plan"),
        check,
        expects="number",
        solution=right,
        hints=[
            tr(
                "Step 1, the month each response was given, as a column like the months "
                "table's: answered = responses['responded_at'].dt.to_period('M').dt.to_timestamp()"
            ),
            tr(
                "Step 2, attach each account's plan in that month (match on both columns): "
                "with_plan = responses.assign(month=answered).merge(months[['account_id', "
                "'month', 'plan']], on=['account_id', 'month'], how='left')"
            ),
            tr(
                "Step 3, keep the starter rows and score them: "
                "kpi.nps(with_plan[with_plan['plan'] == 'starter'])"
            ),
        ],
        success=tr(
            "{right:+.1f}: more starter accounts are detractors than promoters, while the "
            "overall NPS is {overall:+.1f}. One company-wide number hides the segment at risk.",
            right=right,
            overall=overall,
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
            return tr(
                "Write the OKR as a dict: {example}.",
                example="{'objective': '...', 'key_results': ['...', '...'], "
                "'initiatives': ['...']}",
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
                tr("{n} problems:\n{listed}", n=len(issues), listed=listed),
                hint=tr(
                    "First, {where}: {hint} okr.report(my_okr, trend={{'renewal': trend_pct}}) "
                    "shows every problem with its hint.",
                    where=issues[0].where,
                    hint=issues[0].hint,
                ),
            )
        if len(answer["key_results"]) < MIN_KEY_RESULTS:
            return tr(
                "Write at least {n} key results: one number rarely proves an objective (and a "
                "single one invites gaming it).",
                n=MIN_KEY_RESULTS,
            )
        return None

    return Exercise(
        tr("Ex 4 · write an OKR"),
        check,
        hints=[
            tr(
                "Objective: a sentence about what will change for which customers, no number "
                "('Improve X' names no change). Key results: outcomes with a number. "
                "Initiatives: the work."
            ),
            tr(
                "A key result starts with an outcome verb (raise, cut, lift) and names a metric "
                "with a baseline and a target: 'Raise <metric> from X% to Y%' (in Korean it "
                "ends with one: '...을 X%에서 Y%로 높인다'), a real lift of at least {points:g} "
                "points or {share:.0%} of X. 'Improve X by 50%' has neither; 'calls made' counts "
                "work. A level you only keep ('above 65%') is a health metric: put it in "
                "my_okr['health_metrics'].",
                points=okr.MIN_LIFT_POINTS,
                share=okr.MIN_LIFT_SHARE,
            ),
            tr(
                "Verbs like launch, hire, build and run (출시, 채용, 구축, 진행) belong in the "
                "initiatives list."
            ),
            tr(
                "Stretch: the starter renewal trend reaches {trend:.1f}% next quarter by "
                "itself, so a renewal target must be clearly past it: at least {margin:g} "
                "points more ({aim:.1f}% or more); and the objective is a change, not 'keep' "
                "or 'maintain'.",
                trend=trend_pct,
                margin=okr.TREND_MARGIN,
                aim=trend_pct + okr.TREND_MARGIN,
            ),
        ],
        success=tr(
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
        if not is_number(answer):
            return tr(
                "Give one number of months, e.g. 9.5, not a {kind}.", kind=type(answer).__name__
            )
        value = float(answer)
        if abs(value - right) <= 0.1:
            return None
        if abs(value - no_margin) <= 0.1:
            return tr(
                "You left out the gross margin. MRR is not profit: only about {own:.0%} of "
                "paid search's MRR is left after the cost to serve. Pass the channels' own "
                "margins as gross_margin=.",
                own=own[CHANNEL],
            )
        if abs(value - with_average) <= 0.1:
            return tr(
                "That uses Dalbit's average margin ({margin:.1%}) for every channel. Paid "
                "search earns its own {own:.1%}: pass each channel's margin "
                "(kpi.gross_margin(..., by='acquisition_channel')) as gross_margin=.",
                margin=margin,
                own=own[CHANNEL],
            )
        if abs(value - overall) <= 0.1:
            return tr("That is all channels together. Use by='acquisition_channel'.")
        for channel, months in by_channel.items():
            if channel != CHANNEL and abs(value - months) <= 0.1:
                return tr(
                    "That is the {channel} channel; the question is about {asked}.",
                    channel=channel,
                    asked=CHANNEL,
                )
        if abs(value - right / 12) <= 0.05:
            return tr("That looks like years; give months.")
        if value > right:
            return tr("{value:g} months is too many.", value=value)
        return tr("{value:g} months is too few.", value=value)

    return Exercise(
        tr("Ex 5 · CAC payback of paid search"),
        check,
        expects="number",
        solution=right,
        hints=[
            tr(
                "One row per new account: months[months['status'] == 'new'] merged with the "
                "accounts table (for CAC and channel)."
            ),
            tr(
                "Each channel's margin: kpi.gross_margin(months merged with the accounts' "
                "acquisition_channel, by='acquisition_channel')."
            ),
            tr(
                "kpi.cac_payback_months(new, gross_margin=<that Series>, by='acquisition_channel')."
            ),
            tr("Read the '{channel}' row of the result.", channel=CHANNEL),
        ],
        success=tr(
            "{right:.1f} months. Referral pays back in {referral:.1f}: before doubling paid "
            "search, ask what it would take to get more referrals.",
            right=right,
            referral=by_channel["referral"],
        ),
    )
