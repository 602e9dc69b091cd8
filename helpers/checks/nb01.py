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

from helpers import aha, data, leadlag, metrics, strategy
from helpers.exercises import Exercise, Verdict, empty_list_problem, register

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


class _TableExercise(Exercise):
    """An exercise whose answer is a table the learner fills: an untouched table (every cell
    the learner should fill still ``...``) counts as not answered yet."""

    def check(self, answer: Any, *, quiet: bool = False) -> Verdict:
        if _untouched(answer):
            answer = ...
        return super().check(answer, quiet=quiet)


def _cells(answer: Any) -> list:
    if isinstance(answer, pd.DataFrame):
        return list(answer.drop(columns=["revenue"], errors="ignore").to_numpy().ravel())
    if isinstance(answer, Mapping):
        return [v for k, col in answer.items() if k != "revenue" for v in _as_list(col)]
    return []


def _as_list(col: Any) -> list:
    if isinstance(col, Mapping):
        return list(col.values())
    if isinstance(col, str):
        return [col]
    try:
        return list(col)
    except TypeError:
        return [col]


def _untouched(answer: Any) -> bool:
    cells = _cells(answer)
    return bool(cells) and all(c is ... for c in cells)


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

    def check(answer: Any) -> str | None:
        try:
            table = _score_frame(answer)
        except (TypeError, ValueError):
            return "Fill in the table from the exercise cell (a DataFrame of 0s and 1s)."
        table = table.rename(columns=lambda c: canonical(c) if isinstance(c, str) else c)
        table = table.drop(index="total", errors="ignore")  # a totals row is fine
        missing = [c for c in CANDIDATES if c not in table.columns]
        if missing:
            return f"The table needs one column per candidate; missing: {', '.join(missing)}."
        if list(table.index) != CRITERIA:
            return "Keep the rows as given: one row per criterion, in the same order."
        table = table[CANDIDATES]
        cells = table.to_numpy().ravel()
        n_open = sum(c is ... for c in cells)
        if n_open:
            return f"{n_open} cell(s) still hold ...: put 1 (meets it) or 0 (does not) in each."
        if not all(isinstance(c, numbers.Real | bool | np.bool_) and c in (0, 1) for c in cells):
            return "Use only 1 (meets the criterion) or 0 (does not) in the table."
        t = table.astype(int)
        if (t.loc["measurable"] == 0).any():
            who = ", ".join(t.columns[t.loc["measurable"] == 0])
            return f"Every candidate is counted in the data each month, so {who} is measurable too."
        if t.loc["moment of success", "signups"] == 1:
            return "Signing up is not a moment of success for the customer: nobody has ridden yet."
        if t.loc["moment of success", "app_open"] == 1:
            return "Opening the app is not success: many opens end without a car."
        if t.loc["moment of success", "reservation"] == 1:
            return (
                f"A reservation is not yet success: {cancelled:.0%} of reservations are "
                "cancelled. The customer's moment of success is the finished ride."
            )
        if t.loc["reflects growth", "reservation"] == 1:
            return (
                f"A reservation does not yet reflect business growth: {cancelled:.0%} of them "
                "are cancelled, and the money comes only at the return (the card is charged, "
                "or the ride goes on next month's invoice)."
            )
        if t.loc["moment of success", "return"] == 0:
            return "When a car is returned, the customer has had the ride they came for: success."
        if t.loc["every customer gets value", "return"] == 0:
            return "Every completed ride is a customer who got the value Bomcar sells."
        if t.loc["every customer gets value", "signups"] == 1:
            return "A sign-up gives the customer no value yet: half of users never ride."
        if t.loc["reflects growth", "return"] == 0:
            return "More completed rides is more business: returns reflect growth."
        totals = t.sum()
        top = totals.drop("return").max()
        if totals["return"] <= top:
            rival = totals.drop("return").idxmax()
            return (
                f"'{rival}' scores {top} and 'return' {totals['return']}: check the criteria "
                f"'{rival}' misses (is it quick to judge? controllable? the customer's success?)."
            )
        return None

    return _TableExercise(
        "Exercise 1: score the candidates",
        check,
        hints=[
            "For each cell ask: does THIS metric meet THIS criterion for Bomcar's customer?",
            "The customer's moment of success is finishing a ride, not signing up or reserving.",
            "Returns meet all six; reservations miss 'moment of success' and 'reflects growth' "
            "(they can be cancelled, and money comes at the return); sign-ups and app opens "
            "miss the customer's success and value.",
        ],
        success="Completed rides (returns) meet every criterion: the best north-star candidate.",
    )


@functools.cache
def _cancel_share() -> float:
    events = data.load_events()
    counts = events["event"].value_counts()
    return float(counts["cancellation"] / counts["reservation"])


# ---- Exercise 2: which metric leads revenue ----------------------------------------------


@register
def leading_metric() -> Exercise:
    """Exercise 2: which candidate's changes come a month before revenue's?"""
    summary = lead_lag_summary()
    leaders = summary[summary["best_lag"] > 0]
    right = str(leaders["corr_lag1"].idxmax())
    n_leaders = len(leaders)
    # near ties (e.g. 0.961 vs 0.959) are shown with 3 decimals, so the numbers differ
    digits = 2 if leaders["corr_lag1"].round(2).is_unique else 3
    s = summary.round(digits)
    because = {
        "reservation": "a reservation can still be cancelled; a return is the ride delivered",
        "app_open": "opening the app is not riding, and a promotion inflates it",
        "signups": "a sign-up is not a ride",
    }

    def why(name: str) -> str:
        lag, c1 = int(summary.loc[name, "best_lag"]), s.loc[name, "corr_lag1"]
        return f"best lag {lag}; correlation at lag 1: {c1:.{digits}f}"

    def check(answer: Any) -> str | None:
        try:
            name = canonical(answer)
        except TypeError:
            return "Answer with a metric name in quotes, e.g. 'app_open'."
        if name == right:
            return None
        if name == "revenue":
            return "Revenue is what we compare against. Which *other* metric moves first?"
        if name not in BEHAVIOUR:
            return f"{answer!r} is not a candidate: pick one of {', '.join(BEHAVIOUR)}."
        if int(summary.loc[name, "best_lag"]) == 0:
            return f"{name} moves in the same month as revenue ({why(name)}): no early warning."
        if int(summary.loc[name, "best_lag"]) < 0:
            return f"{name} does not lead revenue: {why(name)}."
        return (
            f"{name} leads too ({why(name)}), but {right} leads a little more clearly "
            f"({s.loc[right, 'corr_lag1']:.{digits}f}) - and {because.get(name, 'it is not')}."
        )

    return Exercise(
        "Exercise 2: the leading metric",
        check,
        solution=right,
        hints=[
            "Run leadlag.lead_lag(monthly, name, 'revenue') for each candidate and look at "
            "the row with lag 1.",
            f"A leader has its best lag above 0. {n_leaders} candidates lead; pick the one "
            "with the highest correlation at lag 1.",
        ],
        success=f"{right} leads revenue by one month ({why(right)}).",
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
            return "Give a list of metric names, e.g. ['app_open']."
        try:
            got = {canonical(a) for a in answer}
        except TypeError:
            return "Give a list of metric names in quotes, e.g. ['app_open']."
        if not got:
            return empty_list_problem("metrics")
        unknown = got - set(CANDIDATES)
        if unknown:
            return f"Not a candidate: {', '.join(sorted(unknown))}. Use {', '.join(BEHAVIOUR)}."
        if "revenue" in got:
            return "Leave revenue out here: compare the four behaviour metrics."
        wrong_in = sorted(got - right)
        if wrong_in:
            m = wrong_in[0]
            return f"{m} changed by {growth[m]:+.0%} in the promotion month: it did not jump."
        missing = sorted(right - got)
        if missing:
            m = missing[0]
            return f"One more rose by more than {threshold:.0%}: {m} changed by {growth[m]:+.0%}."
        return None

    shown = ", ".join(f"{m} {growth[m]:+.0%}" for m in BEHAVIOUR)
    return Exercise(
        "Exercise 3: vanity metrics",
        check,
        solution=sorted(right),
        hints=[
            "Find the promotion month in `calendar`, then compare each metric with the month "
            "before: monthly[...].pct_change().",
            "monthly[['signups', 'app_open', 'reservation', 'return']].pct_change().loc[promo] "
            f"gives each metric's change; keep those above {threshold:.2f}.",
        ],
        success=f"In the promotion month: {shown}. The promotion moved the vanity metrics only.",
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
        return strategy.check_tree(tree)
    for parent, kids in tree.items():
        if not isinstance(parent, str):
            return "Every metric name is text in quotes."
        if isinstance(kids, str) or not isinstance(kids, Sequence):
            return f"The inputs of {parent!r} must be a list, e.g. {parent!r}: ['a', 'b']."
        if not all(isinstance(k, str) for k in kids):
            return "Every metric name is text in quotes."
    norm = {_norm(p): [_norm(k) for k in kids] for p, kids in tree.items()}
    problem = strategy.check_tree(norm, root=NORTH_STAR)
    if problem:
        return problem
    nodes = set(norm) | {k for kids in norm.values() for k in kids}
    nodes.discard(NORTH_STAR)
    for node in sorted(nodes):
        if node in TRAPS:
            return f"Take out {node!r}: {TRAPS[node]}."
        if node in CONVERSION_RATES:
            return (
                f"{node!r} is a conversion rate, a funnel metric (notebook 02). The efficiency "
                "lever is time to core value: how many days a new customer takes to a first "
                "completed ride, e.g. 'days from sign-up to first ride'."
            )
        if node not in MENU:
            close = difflib.get_close_matches(node, list(MENU), n=1)
            tip = f" Did you mean {close[0]!r}?" if close else " Use names from MENU."
            return f"{node!r} is not on the menu.{tip}"
    levers = {MENU[n] for n in nodes}
    for lever in ("breadth", "depth", "frequency", "efficiency"):
        if lever not in levers:
            return f"Nothing in your tree measures {lever} ({LEVER_QUESTIONS[lever]})."
    for parent, kids in norm.items():
        if parent == NORTH_STAR:
            continue
        for kid in kids:
            if MENU[kid] != MENU[parent]:
                return (
                    f"{kid!r} ({MENU[kid]}) sits under {parent!r} ({MENU[parent]}): an input "
                    "should explain its parent, so keep each lever's metrics together."
                )
    if all(p == NORTH_STAR for p in norm):
        return "Go one level deeper: give at least one input its own inputs."
    return None


@register
def input_tree() -> Exercise:
    """Exercise 4: build Bomcar's input-metric tree as a dict, from the names in ``MENU``."""
    return Exercise(
        "Exercise 4: input-metric tree",
        _tree_problem,
        solution=reference_tree(),
        hints=[
            f"Start with {{'{NORTH_STAR}': [...]}}: one input for each of breadth, depth, "
            "frequency and efficiency.",
            "Breadth: 'monthly riders'; depth: 'car types tried per rider'; frequency: "
            "'rides per rider'; efficiency (time to core value): 'days from sign-up to first "
            "ride'.",
            "Then add one more key, e.g. 'monthly riders': ['new riders', 'returning riders'].",
        ],
        success="Each lever is something a team can move, and each rolls up to the north star.",
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
        return (
            f"at {k}+ rides retention is {row['retention_at_least']:.0%} vs "
            f"{row['retention_below']:.0%} below (gap {row['difference']:.0%}), "
            f"and {_pct(row['share_at_least'])} of users get there"
        )

    def check(answer: Any) -> str | None:
        if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
            return "Give a whole number of rides, e.g. 4."
        if not math.isfinite(answer) or answer != int(answer):
            return "Give a whole number of rides, e.g. 4."
        k = int(answer)
        if k == right:
            return None
        if k < 1:
            return "Every user has at least 0 rides: the bar must be 1 or more."
        if k not in table.index:
            return f"Look at thresholds 1 to {int(table.index.max())}."
        if k < right:
            return f"{describe(k)}. The next step up nearly doubles the gap: go higher."
        return (
            f"{describe(k)}. A higher bar always looks better for the few who reach it; "
            f"compare its gap with the gap at {right} and pick the lowest bar that gets "
            "nearly all the gain."
        )

    return Exercise(
        "Exercise 5: the aha threshold",
        check,
        expects="number",
        solution=right,
        hints=[
            "aha.retention_by_threshold(per_user, 'early', 'retained') gives one row per bar.",
            "Look at the 'difference' column: where does it stop growing much?",
            "The gap jumps from 1 to 2 rides and barely grows after: the lowest such bar wins.",
        ],
        success=f"Bomcar's aha moment is {right} rides in the first 30 days: {describe(right)}.",
    )
