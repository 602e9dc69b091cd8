"""Checkers for notebook 01 (north star): Bomcar's candidate metrics, lead-lag, the promotion
month, the input-metric tree and the aha moment.

Every right answer that depends on the data is computed from the committed data here, with
the course helpers, never typed in.

>>> ex = leading_metric()
>>> ex.check(..., quiet=True).status
'unanswered'
>>> ex.check("revenue", quiet=True).status
'wrong'
"""

from __future__ import annotations

import difflib
import functools
import math
import numbers
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from course import data
from course.exercises import Exercise, Mistake, empty_list_problem, register
from helpers import aha, i18n, leadlag, metrics, strategy
from helpers.i18n import tr

#: The candidate north-star metrics scored in the notebook (columns of ``monthly_table()``).
CANDIDATES = ["signups", "app_open", "reservation", "return", "revenue"]
BEHAVIOUR = ["signups", "app_open", "reservation", "return"]

#: One product team's criteria for a north star (the rows of the scoring table).
CRITERIA = [
    "moment of success",
    "every customer gets value",
    "measurable",
    "controllable by inputs",
    "reflects growth",
    "quick to judge",
]

_ALIASES = {
    "signup": "signups",
    "sign_up": "signups",
    "sign_ups": "signups",
    "monthly_signups": "signups",
    "app_opens": "app_open",
    "opens": "app_open",
    "reservations": "reservation",
    "returns": "return",
    "completed_rides": "return",
    "completed_ride": "return",
    "rides": "return",
}


def canonical(name: Any) -> str:
    """Normalise a metric name a learner typed: 'Returns', 'app opens' -> 'return', 'app_open'.

    >>> canonical(" App opens"), canonical("Sign-ups"), canonical("returns")
    ('app_open', 'signups', 'return')
    """
    if not isinstance(name, str):
        raise TypeError("a metric name is text in quotes")
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    return _ALIASES.get(key, key)


@functools.cache
def _monthly() -> pd.DataFrame:
    events = data.load_events()
    users = data.load_users()
    payments = data.load_payments()
    monthly = metrics.monthly_counts(events, ["app_open", "reservation", "return"])
    month = users["signup_at"].dt.to_period("M")
    monthly["signups"] = month.value_counts().reindex(monthly.index, fill_value=0)
    paid_month = payments["paid_at"].dt.to_period("M")
    monthly["revenue"] = payments.groupby(paid_month)["amount_krw"].sum()
    return monthly[CANDIDATES]


def monthly_table() -> pd.DataFrame:
    """The candidates' monthly series (a fresh copy): what the notebook builds step by step."""
    return _monthly().copy()


@functools.cache
def lead_lag_summary() -> pd.DataFrame:
    """Per behaviour candidate: best lag against revenue and the correlation at lags 0 and 1."""
    monthly = _monthly()
    rows = []
    for name in BEHAVIOUR:
        table = leadlag.lead_lag(monthly, name, "revenue")
        corr = table.set_index("lag")["corr"]
        rows.append((name, leadlag.best_lag(table), corr[0], corr[1]))
    return pd.DataFrame(rows, columns=["metric", "best_lag", "corr_lag0", "corr_lag1"]).set_index(
        "metric"
    )


def promotion_month() -> pd.Period:
    """The sign-up promotion's month, read from the calendar."""
    calendar = data.load_calendar()
    return calendar.loc[calendar["kind"] == "promotion", "date"].iloc[0].to_period("M")


@functools.cache
def promotion_growth() -> pd.Series:
    """Month-on-month change of each behaviour candidate in the promotion month."""
    return _monthly()[BEHAVIOUR].pct_change().loc[promotion_month()]


# ---- Exercise 1: the scoring table -------------------------------------------------------


def _as_list(col: Any) -> list:
    if isinstance(col, Mapping):
        return list(col.values())
    if isinstance(col, str):
        return [col]
    try:
        return list(col)
    except TypeError:
        return [col]


def _score_frame(answer: Any) -> pd.DataFrame:
    if isinstance(answer, Mapping):
        answer = pd.DataFrame(
            {
                k: pd.Series(v) if isinstance(v, Mapping) else list(_as_list(v))
                for k, v in answer.items()
            },
        )
        if list(answer.index) == list(range(len(CRITERIA))):
            answer.index = CRITERIA
    if not isinstance(answer, pd.DataFrame):
        raise TypeError("not a table")
    return answer


@register
def scoring_table() -> Exercise:
    """Exercise 1: score the candidates against the criteria (1 = meets it, 0 = does not)."""
    cancelled = _cancel_share()
    never = _never_rode_share()
    #: (metric, criterion, the clearly wrong score, why): every other cell is open to debate.
    rules = [
        (
            "signups",
            "moment of success",
            1,
            tr("signing up is not success, nobody has ridden yet"),
        ),
        (
            "app_open",
            "moment of success",
            1,
            tr("Opening the app is not success: many opens end without a car"),
        ),
        (
            "reservation",
            "moment of success",
            1,
            tr(
                "not yet success, {cancelled:.0%} of "
                "reservations are cancelled; success is the finished ride",
                cancelled=cancelled,
            ),
        ),
        (
            "return",
            "moment of success",
            0,
            tr("when a car is returned, the customer has had the ride they came for"),
        ),
        (
            "signups",
            "every customer gets value",
            1,
            tr("a sign-up gives no value yet, {never:.0%} of users never ride", never=never),
        ),
        (
            "return",
            "every customer gets value",
            0,
            tr("every completed ride is a customer who got the value Bomcar sells"),
        ),
        (
            "signups",
            "reflects growth",
            1,
            tr("no money comes at sign-up: money comes only at the return"),
        ),
        (
            "app_open",
            "reflects growth",
            1,
            tr("no money comes when the app opens: money comes only at the return"),
        ),
        (
            "reservation",
            "reflects growth",
            1,
            tr(
                "{cancelled:.0%} of reservations are cancelled, and the money comes only at "
                "the return",
                cancelled=cancelled,
            ),
        ),
        (
            "return",
            "reflects growth",
            0,
            tr("more completed rides is more business: returns reflect growth"),
        ),
    ]

    def check(answer: Any) -> str | None:
        try:
            table = _score_frame(answer)
        except (TypeError, ValueError):
            return tr("Fill in the table from the exercise cell (a DataFrame of 0s and 1s).")
        table = table.rename(columns=lambda c: canonical(c) if isinstance(c, str) else c)
        table = table.drop(index="total", errors="ignore")  # a totals row is fine
        missing = [c for c in CANDIDATES if c not in table.columns]
        if missing:
            return tr(
                "The table needs one column per candidate; missing: {missing}.",
                missing=", ".join(missing),
            )
        if list(table.index) != CRITERIA:
            return tr("Keep the rows as given: one row per criterion, in the same order.")
        table = table[CANDIDATES]
        cells = table.to_numpy().ravel()
        n_open = sum(c is ... for c in cells)
        if n_open:
            return tr(
                "{n} cell(s) still hold ...: put 1 (meets it) or 0 (does not) in each.", n=n_open
            )
        if not all(isinstance(c, numbers.Real | bool | np.bool_) and c in (0, 1) for c in cells):
            return tr("Use only 1 (meets the criterion) or 0 (does not) in the table.")
        t = table.astype(int)
        wrong = [
            f"{col} / {row} -> {1 - t.loc[row, col]}: {why}"
            for col, row, bad, why in rules
            if t.loc[row, col] == bad
        ]
        wrong += [
            tr(
                "{metric} / measurable -> 1: it is counted in the data every month, so it is "
                "measurable too",
                metric=col,
            )
            for col in t.columns
            if t.loc["measurable", col] == 0
        ]
        if wrong:
            if len(wrong) == 1:
                head = tr("1 cell to change (metric / criterion -> right value):")
            else:
                head = tr("{n} cells to change (metric / criterion -> right value):", n=len(wrong))
            return Mistake(
                head + "\n" + "\n".join(f"   - {w}" for w in wrong),
                hint=tr("Change just these cells; the others are right or open to debate."),
            )
        totals = t.sum()
        top = totals.drop("return").max()
        if totals["return"] <= top:
            rival = totals.drop("return").idxmax()
            return tr(
                "'{rival}' scores {top} and 'return' {score}: check the criteria "
                "'{rival}' misses (is it quick to judge? controllable? the customer's success?).",
                rival=rival,
                top=top,
                score=totals["return"],
            )
        return None

    return Exercise(
        tr("Exercise 1: score the candidates"),
        check,
        given=("revenue",),  # the template's done-for-you column
        hints=[
            tr("For each cell ask: does THIS metric meet THIS criterion for Bomcar's customer?"),
            tr(
                "The customer's moment of success is finishing a ride, not signing up or reserving."
            ),
            tr(
                "Returns meet all six; sign-ups, app opens and reservations miss 'moment of "
                "success' and 'reflects growth' (money comes only at the return)."
            ),
        ],
        success=tr(
            "Completed rides (returns) meet every criterion: the best north-star candidate."
        ),
    )


@functools.cache
def _never_rode_share() -> float:
    """Share of users with no completed ride (a return) in the whole log."""
    users = data.load_users()
    riders = data.load_events().loc[lambda e: e["event"] == "return", "user_id"].unique()
    return float(1 - users["user_id"].isin(riders).mean())


@functools.cache
def _cancel_share() -> float:
    events = data.load_events()
    counts = events["event"].value_counts()
    return float(counts["cancellation"] / counts["reservation"])


# ---- Exercise 2: which metric leads revenue ----------------------------------------------


@register
def leading_metric() -> Exercise:
    """Exercise 2: which candidate's changes come a month before revenue's?

    Every candidate whose best lag is above 0 is a right answer: with 17 month-on-month
    changes, lag-1 correlations of 0.96, 0.96 and 0.94 are a tie, not a ranking (the notebook
    says so). The verdict then says why the north star is still the return: the criteria
    decide, not the third decimal.
    """
    summary = lead_lag_summary()
    leaders = summary[summary["best_lag"] > 0].sort_values("corr_lag1", ascending=False)
    right = str(leaders.index[0])
    n_leaders = len(leaders)
    # near ties (e.g. 0.961 vs 0.959) are shown with 3 decimals, so the numbers differ
    digits = 2 if leaders["corr_lag1"].round(2).is_unique else 3
    s = summary.round(digits)
    because = {
        "reservation": tr("a reservation can still be cancelled"),
        "app_open": tr("opening the app is not riding, and a promotion inflates it"),
        "signups": tr("a sign-up is not a ride"),
    }

    def why(name: str) -> str:
        lag, c1 = int(summary.loc[name, "best_lag"]), s.loc[name, "corr_lag1"]
        return tr("best lag {lag}; correlation at lag 1: {corr}", lag=lag, corr=f"{c1:.{digits}f}")

    shown = ", ".join(f"{m} {s.loc[m, 'corr_lag1']:.{digits}f}" for m in leaders.index)
    not_return = "; ".join(f"{because[m]}" for m in leaders.index if m in because)

    def check(answer: Any) -> str | None:
        try:
            name = canonical(answer)
        except TypeError:
            return tr("Answer with a metric name in quotes, e.g. 'app_open'.")
        if name in leaders.index:
            return None
        if name == "revenue":
            return tr("Revenue is what we compare against. Which *other* metric moves first?")
        if name not in BEHAVIOUR:
            return tr(
                "{answer} is not a candidate: pick one of {names}.",
                answer=repr(answer),
                names=", ".join(BEHAVIOUR),
            )
        if int(summary.loc[name, "best_lag"]) == 0:
            return tr(
                "{name} moves in the same month as revenue ({why}): no early warning.",
                name=name,
                why=why(name),
            )
        return tr("{name} does not lead revenue: {why}.", name=name, why=why(name))

    return Exercise(
        tr("Exercise 2: the leading metric"),
        check,
        solution=right,
        hints=[
            tr(
                "Run leadlag.lead_lag(monthly, name, 'revenue') for each candidate and look at "
                "the row with lag 1."
            ),
            tr(
                "A leader has its best lag above 0. {n} candidates lead; any of them is "
                "a right answer.",
                n=n_leaders,
            ),
        ],
        success=tr(
            "{n} candidates lead revenue by one month (correlation at lag 1: {shown}). "
            "With 17 monthly changes that is a tie, not a ranking. The criteria pick the north "
            "star among them: only a return is the customer's success ({not_return}).",
            n=n_leaders,
            shown=shown,
            not_return=not_return,
        ),
    )


# ---- Exercise 3: the vanity metrics of the promotion month -------------------------------


@register
def vanity_metrics(threshold: float = 0.10) -> Exercise:
    """Exercise 3: which behaviour candidates rose more than ``threshold`` in the promotion
    month (while completed rides did not)?"""
    growth = promotion_growth()
    right = {m for m in BEHAVIOUR if growth[m] > threshold}

    def check(answer: Any) -> str | None:
        if isinstance(answer, str):
            answer = [answer]
        if isinstance(answer, pd.Series):  # growth[growth > 0.1] holds the names in its index
            strings = all(isinstance(v, str) for v in answer)
            answer = list(answer) if strings else list(answer.index)
        if isinstance(answer, Mapping) or not isinstance(answer, Iterable):
            return tr("Give a list of metric names, e.g. ['app_open'].")
        try:
            got = {canonical(a) for a in answer}
        except TypeError:
            return tr("Give a list of metric names in quotes, e.g. ['app_open'].")
        if not got:
            return empty_list_problem("metrics", threshold)
        unknown = got - set(CANDIDATES)
        if unknown:
            return tr(
                "Not a candidate: {unknown}. Use {names}.",
                unknown=", ".join(sorted(unknown)),
                names=", ".join(BEHAVIOUR),
            )
        if "revenue" in got:
            return tr("Leave revenue out here: compare the four behaviour metrics.")
        wrong_in = sorted(got - right)
        if wrong_in:
            m = wrong_in[0]
            return tr(
                "{metric} changed by {change:+.0%} in the promotion month: it did not jump.",
                metric=m,
                change=growth[m],
            )
        missing = sorted(right - got)
        if missing:
            m = missing[0]
            return tr(
                "One more rose by more than {threshold:.0%}: {metric} changed by {change:+.0%}.",
                threshold=threshold,
                metric=m,
                change=growth[m],
            )
        return None

    shown = ", ".join(f"{m} {growth[m]:+.0%}" for m in BEHAVIOUR)
    return Exercise(
        tr("Exercise 3: vanity metrics"),
        check,
        solution=sorted(right),
        hints=[
            tr(
                "Find the promotion month in `calendar`, then compare each metric with the month "
                "before: monthly[...].pct_change()."
            ),
            tr(
                "monthly[['signups', 'app_open', 'reservation', 'return']].pct_change()"
                ".loc[promo] gives each metric's change; keep those above {threshold:.2f}.",
                threshold=threshold,
            ),
        ],
        success=tr(
            "In the promotion month: {shown}. The promotion moved the vanity metrics only.",
            shown=shown,
        ),
    )


# ---- Exercise 4: the input-metric tree ---------------------------------------------------

NORTH_STAR = "completed rides per month"

#: Input metrics the learner may use in the tree, each with its lever.
MENU: dict[str, str] = {
    "monthly riders": "breadth",
    "new riders": "breadth",
    "returning riders": "breadth",
    "rides per rider": "frequency",
    "days between rides": "frequency",
    "car types tried per rider": "depth",
    "zones used per rider": "depth",
    "days from sign-up to first ride": "efficiency",
    "days from sign-up to licence approved": "efficiency",
    "days from licence approved to first ride": "efficiency",
    "minutes from app open to reservation": "efficiency",
}

#: Conversion rates a learner may reach for as "efficiency": in breadth x depth x frequency x
#: efficiency, efficiency is time to core value, so these belong to the funnel (notebook 02).
CONVERSION_RATES = frozenset(
    {
        "attempts that end in a ride",
        "attempt-to-reservation rate",
        "reservations not cancelled",
        "conversion rate",
        "sign-up to ride conversion",
    }
)

#: Tempting names that do not belong in an input tree, with why.
TRAPS: dict[str, str] = {
    "revenue": "revenue is the lagging result of rides, not an input a team can move this week",
    "sign-ups": "sign-ups tripled in the promotion month while rides did not move: a vanity metric",
    "app downloads": "app downloads can climb while nobody rides: a vanity metric",
    "page views": "page views count activity, not value: a vanity metric",
}

LEVER_QUESTIONS = {
    "breadth": "how many customers ride",
    "depth": "how much of the service each rider uses",
    "frequency": "how often each rider rides",
    "efficiency": "how quickly a new customer gets to the core value, a first completed ride",
}


def _trap_why(node: str) -> str:
    """Why a name of :data:`TRAPS` does not belong in an input tree, in the learner's
    language (the same text as ``TRAPS[node]`` in English)."""
    reasons = {
        "revenue": tr(
            "revenue is the lagging result of rides, not an input a team can move this week"
        ),
        "sign-ups": tr(
            "sign-ups tripled in the promotion month while rides did not move: a vanity metric"
        ),
        "app downloads": tr("app downloads can climb while nobody rides: a vanity metric"),
        "page views": tr("page views count activity, not value: a vanity metric"),
    }
    return reasons[node]


def _lever_name(lever: str) -> str:
    """A lever's name (a key of :data:`LEVER_QUESTIONS`) in the learner's language."""
    names = {
        "breadth": tr("breadth"),
        "depth": tr("depth"),
        "frequency": tr("frequency"),
        "efficiency": tr("efficiency"),
    }
    return names[lever]


def _lever_question(lever: str) -> str:
    """What a lever measures (:data:`LEVER_QUESTIONS`), in the learner's language."""
    questions = {
        "breadth": tr("how many customers ride"),
        "depth": tr("how much of the service each rider uses"),
        "frequency": tr("how often each rider rides"),
        "efficiency": tr(
            "how quickly a new customer gets to the core value, a first completed ride"
        ),
    }
    return questions[lever]


def _norm(name: str) -> str:
    return " ".join(name.strip().lower().split())


def reference_tree() -> dict[str, list[str]]:
    """One good input tree for Bomcar's north star (what the notebook draws after Ex. 4)."""
    return {
        NORTH_STAR: [
            "monthly riders",
            "car types tried per rider",
            "rides per rider",
            "days from sign-up to first ride",
        ],
        "monthly riders": ["new riders", "returning riders"],
        "days from sign-up to first ride": [
            "days from sign-up to licence approved",
            "days from licence approved to first ride",
        ],
    }


def _tree_problem(tree: Any) -> str | None:
    if not isinstance(tree, Mapping) or not tree:
        return _in_language(strategy.check_tree(tree))
    for parent, kids in tree.items():
        if not isinstance(parent, str):
            return tr("Every metric name is text in quotes.")
        if isinstance(kids, str) or not isinstance(kids, Sequence):
            return tr(
                "The inputs of {parent} must be a list, e.g. {parent}: ['a', 'b'].",
                parent=repr(parent),
            )
        if not all(isinstance(k, str) for k in kids):
            return tr("Every metric name is text in quotes.")
    norm = {_norm(p): [_norm(k) for k in kids] for p, kids in tree.items()}
    problem = strategy.check_tree(norm, root=NORTH_STAR)
    if problem:
        return Mistake(
            _in_language(problem),
            hint=tr(
                "Start from {start}: the top key is the north star, each "
                "value a list of the names of its inputs.",
                start=f"{{'{NORTH_STAR}': [...]}}",
            ),
        )
    nodes = set(norm) | {k for kids in norm.values() for k in kids}
    nodes.discard(NORTH_STAR)
    for node in sorted(nodes):
        if node in TRAPS:
            return Mistake(
                tr("Take out {node}: {why}.", node=repr(node), why=_trap_why(node)),
                hint=tr(
                    "An input is a number a team can move in weeks and that adds up to "
                    "completed rides; results and vanity counts stay out."
                ),
            )
        if node in CONVERSION_RATES:
            return Mistake(
                tr(
                    "{node} is a conversion rate, a funnel metric (notebook 02). The efficiency "
                    "lever is time to core value: how many days a new customer takes to a first "
                    "completed ride, e.g. 'days from sign-up to first ride'.",
                    node=repr(node),
                ),
                hint=tr("Efficiency counts days (time to value), not a share of users."),
            )
        if node not in MENU:
            close = difflib.get_close_matches(node, list(MENU), n=1)
            if close:
                message = tr(
                    "{node} is not on the menu. Did you mean {close}?",
                    node=repr(node),
                    close=repr(close[0]),
                )
            else:
                message = tr("{node} is not on the menu. Use names from MENU.", node=repr(node))
            return Mistake(
                message,
                hint=tr("print(menu) lists the names; copy each one exactly, in quotes."),
            )
    levers = {MENU[n] for n in nodes}
    for lever in ("breadth", "depth", "frequency", "efficiency"):
        if lever not in levers:
            names = tr(" or ").join(repr(n) for n, lv in MENU.items() if lv == lever)
            return Mistake(
                tr(
                    "Nothing in your tree measures {lever} ({question}).",
                    lever=_lever_name(lever),
                    question=_lever_question(lever),
                ),
                hint=tr(
                    "Add a {lever} metric to the north star's list: {names}.",
                    lever=_lever_name(lever),
                    names=names,
                ),
            )
    for parent, kids in norm.items():
        if parent == NORTH_STAR:
            continue
        for kid in kids:
            if MENU[kid] != MENU[parent]:
                return Mistake(
                    tr(
                        "{kid} ({kid_lever}) sits under {parent} ({parent_lever}): an input "
                        "should explain its parent, so keep each lever's metrics together.",
                        kid=repr(kid),
                        kid_lever=_lever_name(MENU[kid]),
                        parent=repr(parent),
                        parent_lever=_lever_name(MENU[parent]),
                    ),
                    hint=tr(
                        "Move {kid} under a metric of the {lever} lever (or up to "
                        "the north star's list).",
                        kid=repr(kid),
                        lever=_lever_name(MENU[kid]),
                    ),
                )
    if all(p == NORTH_STAR for p in norm):
        return Mistake(
            tr("Go one level deeper: give at least one input its own inputs."),
            hint=tr("Add one more key, e.g. 'monthly riders': ['new riders', 'returning riders']."),
        )
    return None


def _in_language(problem: str | None) -> str | None:
    """A problem :func:`strategy.check_tree` states, in the learner's language (the
    catalogue's template for it, where strategy.py gives English)."""
    return i18n.translate_text(problem) if problem else problem


@register
def input_tree() -> Exercise:
    """Exercise 4: build Bomcar's input-metric tree as a dict, from the names in ``MENU``."""
    return Exercise(
        tr("Exercise 4: input-metric tree"),
        _tree_problem,
        solution=reference_tree(),
        # each hint speaks of the whole tree (every lever and the deeper level), so it fits
        # whatever is still wrong when a recognised mistake is made again
        hints=[
            tr(
                "The tree: {{'{root}': [a breadth, a depth, a frequency and an efficiency "
                "metric]}}, plus one more key that breaks one of them into its own inputs.",
                root=NORTH_STAR,
            ),
            tr(
                "From the menu: breadth 'monthly riders', depth 'car types tried per rider', "
                "frequency 'rides per rider', efficiency 'days from sign-up to first ride'; and "
                "one broken down, e.g. 'monthly riders': ['new riders', 'returning riders']."
            ),
            tr(
                "{{'{root}': ['monthly riders', 'car types tried per rider', 'rides per "
                "rider', 'days from sign-up to first ride'], 'monthly riders': ['new riders', "
                "'returning riders']}}",
                root=NORTH_STAR,
            ),
        ],
        success=tr("Each lever is something a team can move, and each rolls up to the north star."),
    )


# ---- Exercise 5: the aha threshold -------------------------------------------------------


@functools.cache
def aha_table() -> pd.DataFrame:
    """Retention (app open on days 31-89 after sign-up) by completed rides in the first 30
    days, for thresholds 1-5: ``aha.retention_by_threshold`` on the committed data."""
    events = data.load_events()
    users = data.load_users()
    log = events.merge(users[["user_id", "signup_at"]], on="user_id")
    per_user = aha.early_actions(log, "return", start_col="signup_at", active_events=["app_open"])
    return aha.retention_by_threshold(per_user, "early", "retained")


def _pct(share: float) -> str:
    return f"{share:.0%}" if share >= 0.01 else f"{share:.1%}"


@register
def aha_moment() -> Exercise:
    """Exercise 5: the lowest number of early rides that gets nearly all the retention gain."""
    table = aha_table().set_index("threshold")
    right = aha.aha_threshold(aha_table())

    def describe(k: int) -> str:
        row = table.loc[k]
        return tr(
            "at {k}+ rides retention is {at_least:.0%} vs {below:.0%} below (gap {gap:.0%}), "
            "and {share} of users get there",
            k=k,
            at_least=row["retention_at_least"],
            below=row["retention_below"],
            gap=row["difference"],
            share=_pct(row["share_at_least"]),
        )

    def check(answer: Any) -> str | None:
        if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
            return tr("Give a whole number of rides, e.g. 4.")
        if not math.isfinite(answer) or answer != int(answer):
            return tr("Give a whole number of rides, e.g. 4.")
        k = int(answer)
        if k == right:
            return None
        if k < 1:
            return tr("Every user has at least 0 rides: the bar must be 1 or more.")
        if k not in table.index:
            return tr("Look at thresholds 1 to {top}.", top=int(table.index.max()))
        if k < right:
            return tr(
                "{described}. The next step up nearly doubles the gap: go higher.",
                described=describe(k),
            )
        return tr(
            "{described}. A higher bar always looks better for the few who reach it; "
            "compare its gap with the gap at {right} and pick the lowest bar that gets "
            "nearly all the gain.",
            described=describe(k),
            right=right,
        )

    return Exercise(
        tr("Exercise 5: the aha threshold"),
        check,
        expects="number",
        solution=right,
        hints=[
            tr("aha.retention_by_threshold(per_user, 'early', 'retained') gives one row per bar."),
            tr("Look at the 'difference' column: where does it stop growing much?"),
            tr("The gap jumps from 1 to 2 rides and barely grows after: the lowest such bar wins."),
        ],
        success=tr(
            "Bomcar's aha moment is {right} rides in the first 30 days: {described}.",
            right=right,
            described=describe(right),
        ),
    )
