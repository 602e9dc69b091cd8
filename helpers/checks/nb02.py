"""Checkers for notebook 02 (journey map and funnel).

Each function returns an :class:`~helpers.exercises.Exercise`. Right answers that come from
the data are computed here, from the committed data, never typed in.

>>> ex = biggest_drop_off()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from helpers import data, funnel
from helpers.exercises import Exercise, expect_number, register

#: The funnel steps used throughout notebook 02, in journey order.
STEPS = [
    "app_open",
    "map_view",
    "car_view",
    "reservation_attempt",
    "reservation",
    "ride_start",
    "return",
]

AARRR = ["Acquisition", "Activation", "Retention", "Referral", "Revenue"]
STAGE_KEYS = ["stage", "aarrr", "customer_can_do", "customer_needs"]


# ---- exercise 1: extend the journey map -----------------------------------------------


#: Words that make a "need" read as what Bomcar wants (a business goal), not the customer.
_BUSINESS_SIDE = re.compile(
    r"\b(sign-?ups?|signups|conversions?|revenue|kpis?|metrics?|bomcar|we|our|us|users|"
    r"customers|verified cards|(more|higher|increase[ds]?|grow|boost|maximi[sz]e)\s+"
    r"(sign|conversion|revenue|users|customers|verifi|rides|bookings|reservations))",
    re.IGNORECASE,
)


def _words(text: Any) -> int:
    return len(str(text).split()) if isinstance(text, str) else 0


def _check_stage(answer: Any) -> str | None:
    if not isinstance(answer, Mapping):
        return (
            "Give the new stage as a dict with the keys "
            "'stage', 'aarrr', 'customer_can_do' and 'customer_needs'."
        )
    missing = [k for k in STAGE_KEYS if k not in answer]
    if missing:
        return f"The dict is missing the key(s) {', '.join(map(repr, missing))}."
    for key in STAGE_KEYS:
        if not isinstance(answer[key], str) or not answer[key].strip():
            return f"{key!r} should be a short text in quotes, not {answer[key]!r}."
    step = answer["aarrr"].strip().lower()
    if step not in [a.lower() for a in AARRR]:
        return f"'aarrr' should be one of {', '.join(AARRR)}; got {answer['aarrr']!r}."
    if step == "retention":
        return (
            "Retention is about coming back after a first success; a brand-new customer "
            "signing up has not had one yet."
        )
    if step == "revenue":
        return "No money changes hands at sign-up: Revenue starts at the pay stage."
    if step == "referral":
        return "Referral is a happy customer inviting others; at sign-up they are not one yet."
    needs = answer["customer_needs"].strip().lower()
    business = _BUSINESS_SIDE.search(needs)
    if business:  # before the length rule: a short business goal is still a business goal
        end = business.end() + len(re.match(r"[\w-]*", needs[business.end() :]).group(0))
        phrase = needs[business.start() : end]  # whole words: 'more sign-ups', not 'more sign'
        return (
            f"'customer_needs' reads as what Bomcar wants ({phrase!r} is a business "
            "goal), not what the customer needs. Write it from the customer's side: what must "
            "be true for *them*, e.g. 'to know ...', 'a check that ...'."
        )
    if _words(answer["customer_can_do"]) < 3:
        return "Say what the customer can *do* at this stage in a few words (3 or more)."
    if _words(answer["customer_needs"]) < 3:
        return "Say what the customer *needs* at this stage in a few words (3 or more)."
    if needs == answer["customer_can_do"].strip().lower():
        return "A need is not the same as an action: what must be true for the customer?"
    if needs in {n.lower() for n in funnel.JOURNEY["customer_needs"]}:
        return "That need is already in the table for another stage: what is special here?"
    if answer["stage"].strip().lower() in {s.lower() for s in funnel.JOURNEY["stage"]}:
        return "That stage is already in the journey; name the new stage (sign-up)."
    return None


@register
def journey_stage() -> Exercise:
    """Exercise 1 (easy): add a sign-up stage to the journey map, mapped to AARRR."""
    return Exercise(
        "journey stage",
        _check_stage,
        hints=[
            "A sign-up stage sits between 'visit' and 'search/browse'. Which AARRR step gets a "
            "new user in, or gets them to a first success?",
            "Acquisition (getting people in) or Activation (the first good experience) are both "
            "defensible; Retention, Referral and Revenue come later in the journey.",
            "For example: {'stage': 'sign up', 'aarrr': 'Activation', 'customer_can_do': "
            "'create an account, add a licence and a card', 'customer_needs': 'a check that "
            "takes minutes, not days'}.",
        ],
        success=(
            "A need is written from the customer's side. Whether sign-up counts as Acquisition "
            "or Activation is a team choice: write it down, then count it the same way every time."
        ),
    )


def with_stage(journey: pd.DataFrame, stage: Any, *, after: str = "visit") -> pd.DataFrame:
    """The journey table with ``stage`` (a dict, as in exercise 1) inserted after ``after``.

    If ``stage`` is unanswered (``...``) or not a valid stage, the table comes back unchanged,
    so the cells that follow always run. The caller's table is not modified.

    >>> t = with_stage(funnel.JOURNEY, ...)
    >>> len(t) == len(funnel.JOURNEY)
    True
    """
    if not isinstance(journey, pd.DataFrame):
        raise TypeError(f"with_stage() needs the journey DataFrame, got {type(journey).__name__}.")
    out = journey.copy()
    if stage is ... or stage is None or _check_stage(stage) is not None:
        return out
    row = {k: str(stage[k]).strip() for k in STAGE_KEYS}
    row["event"] = "(not logged)"
    row["aarrr"] = row["aarrr"].capitalize()
    pos = list(out["stage"]).index(after) + 1 if after in set(out["stage"]) else len(out)
    new = pd.DataFrame([row])[out.columns]
    return pd.concat([out.iloc[:pos], new, out.iloc[pos:]], ignore_index=True)


# ---- exercise 2: the biggest drop-off -----------------------------------------------------


@register
def biggest_drop_off() -> Exercise:
    """Exercise 2 (easy): the funnel step that loses the most users."""
    table = funnel.funnel(data.load_events(), STEPS).set_index("step")
    right = str(table["drop_off"].idxmax())
    lost = table["drop_off"]

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return "Answer with a step name in quotes, e.g. 'map_view'."
        a = answer.strip()
        if a == right:
            return None
        if a not in table.index:
            return f"{answer!r} is not a funnel step; the steps are {', '.join(STEPS)}."
        if a == STEPS[0]:
            return "Nobody can be lost before the first step: every user starts there."
        nxt = STEPS[STEPS.index(a) + 1] if a != STEPS[-1] else None
        if nxt == right:
            return (
                f"Close: drop_off is written on the row of the step users failed to reach. "
                f"The {a!r} row counts users lost *before* {a!r} ({lost[a]:,})."
            )
        return f"{a!r} loses {lost[a]:,} users; another step loses more."

    return Exercise(
        "biggest drop-off",
        check,
        solution=right,
        name_column="step",
        hints=[
            "Look at the drop_off column of the funnel table: which row has the largest number?",
            "table.loc[table['drop_off'].idxmax(), 'step'] gives the step name.",
            "It is the step right after the call to action (reservation_attempt).",
        ],
        success="That is where the most users stop: the attempt did not become a reservation.",
    )


# ---- exercise 3: event-level conversion ---------------------------------------------------


def _event_rate(events: pd.DataFrame) -> float:
    counts = events["event"].value_counts()
    return float(counts["reservation"] / counts["reservation_attempt"])


@register
def event_conversion() -> Exercise:
    """Exercise 3 (medium): reservations / reservation attempts, counted as events."""
    events = data.load_events()
    right = _event_rate(events)

    @functools.cache
    def typical() -> tuple[float, float]:  # computed on the first wrong try
        table = funnel.funnel(events, STEPS).set_index("step")
        with_tests = _event_rate(data.load_events(include_test=True))
        return float(table.loc["reservation", "pct_of_previous"]), with_tests

    base = expect_number(right, tol=0.01, what="conversion")

    def check(answer: Any) -> str | None:
        problem = base(answer)
        if problem is None:
            return None
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return problem
        user_rate, with_tests = typical()
        if abs(value - user_rate) < 0.005:
            return (
                "That is the user-level rate from the funnel table (users who ever got from an "
                "attempt to a reservation). Here, count events instead."
            )
        if abs(value - with_tests) < 0.001:
            return "That count includes the internal test accounts: use data.load_events()."
        if value > 1 and abs(value - 1 / right) < 0.05:
            return "You divided attempts by reservations: put reservations on top."
        return problem

    return Exercise(
        "event-level conversion",
        check,
        expects="share",
        solution=right,
        hints=[
            "Count how many rows of events have event == 'reservation', and how many have "
            "event == 'reservation_attempt'.",
            "events['event'].value_counts() gives both counts at once.",
            "counts = events['event'].value_counts(); "
            "counts['reservation'] / counts['reservation_attempt']",
        ],
        success="Counted per attempt, only about a third of attempts become a reservation.",
    )


# ---- exercise 4: funnel by segment ---------------------------------------------------------


def attempt_to_reservation_by(log: pd.DataFrame, by: str) -> pd.Series:
    """User-level attempt -> reservation conversion per group of ``by`` (from the funnel)."""
    table = funnel.funnel(log, STEPS, by=by)
    rows = table[table["step"] == "reservation"].set_index(by)["pct_of_previous"]
    rows.index = rows.index.astype("object")
    return rows.astype(float)


@register
def worst_channel() -> Exercise:
    """Exercise 4 (medium): the acquisition channel with the lowest attempt -> reservation rate."""
    users = data.load_users()
    log = data.load_events().merge(users[["user_id", "channel"]], on="user_id")
    rate = attempt_to_reservation_by(log, "channel")
    right = str(rate.idxmin())
    options = [str(c) for c in rate.index]

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return f"Answer with a channel name in quotes, e.g. {options[0]!r}."
        a = answer.strip().lower()
        if a == right:
            return None
        if a not in options:
            return f"{answer!r} is not a channel here; the channels are {', '.join(options)}."
        best = str(rate.idxmax())
        if a == best:
            return f"{a!r} is the *highest* ({rate[a]:.0%}): look for the lowest."
        return f"{a!r} converts {rate[a]:.0%} of attempting users; one channel is lower."

    return Exercise(
        "worst channel",
        check,
        solution=right,
        name_column="channel",
        hints=[
            "Merge the channel onto the events, then call funnel.funnel(..., by='channel').",
            "Keep the rows where step == 'reservation' and compare pct_of_previous.",
            "Sort those rows by pct_of_previous: the first one is your answer. Which channel "
            "brought in many users in one month?",
        ],
        success="Users who came for a promotion try to book, but far fewer get a reservation.",
    )


# ---- exercise 5: a session funnel with a 30-minute window ---------------------------------


def session_window_count(events: pd.DataFrame, step: str = "ride_start") -> int:
    """Sessions that reach ``step`` within 30 minutes of opening the app (the funnel helper)."""
    table = funnel.funnel(events, STEPS, user_col="session_id", within="30min")
    return int(table.set_index("step").loc[step, "users"])


@register
def session_window() -> Exercise:
    """Exercise 5 (stretch): sessions reaching ride_start within 30 minutes of app_open."""
    events = data.load_events()
    right = session_window_count(events)

    @functools.cache
    def typical() -> dict[str, int]:  # the usual wrong answers, computed on the first wrong try
        plain = funnel.funnel(events, STEPS, user_col="session_id").set_index("step")["users"]
        users_30 = funnel.funnel(events, STEPS, within="30min").set_index("step")["users"]
        return {
            "plain": int(plain["ride_start"]),
            "reservation": session_window_count(events, "reservation"),
            "users": int(users_30["ride_start"]),
        }

    def check(answer: Any) -> str | None:
        if isinstance(answer, bool) or not isinstance(answer, int | float):
            try:
                answer = float(answer)
            except (TypeError, ValueError):
                return f"Give a number of sessions, got {type(answer).__name__}."
        if answer != answer:
            return "That is NaN: did a filter leave nothing?"
        if 0 < answer < 1:
            return "Give the number of sessions, not a share."
        value = round(float(answer))
        if value == right:
            return None
        wrong = typical()
        if value == wrong["plain"]:
            return "That is without the window: add within='30min'."
        if value == wrong["reservation"]:
            return "That is the reservation step: read the ride_start row."
        if value == wrong["users"]:
            return "That counts users: pass user_col='session_id' to count sessions."
        return f"{value:,} is {'too high' if value > right else 'too low'}."

    return Exercise(
        "session window",
        check,
        expects="number",
        solution=right,
        hints=[
            "funnel.funnel takes user_col= and within= at the same time.",
            "funnel.funnel(events, STEPS, user_col='session_id', within='30min')",
            "Read the users column of the ride_start row (here it counts sessions): "
            "t.loc[t['step'] == 'ride_start', 'users'].item()",
        ],
        success=(
            "Almost no session reaches the ride within 30 minutes: people book ahead. A window "
            "must fit the step it measures."
        ),
    )
