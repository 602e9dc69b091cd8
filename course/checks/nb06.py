"""Checkers for notebook 06 (sync the two views), and the numbers they are checked against.

Every right answer that depends on the data is computed here from the committed data with
the course helpers, never typed in.

>>> ex = views()
>>> ex.check(..., quiet=True).status
'unanswered'
>>> ex.check({k: ... for k in ACTIONS}, quiet=True).status   # the untouched template
'unanswered'
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np
import pandas as pd

from course import combinations, data, search_behaviour
from course.answers import dict_problem
from course.combinations import EARLY_DAYS, LATER_DAYS
from course.exercises import Exercise, expect_number, register
from helpers import hangul, quadrant
from helpers.i18n import tr

# ---- the data behind the notebook ------------------------------------------------------------

#: The app version that fixed part of the search pain (notebooks 05, 07): the headline ratio
#: is measured on the versions before it.
FIX_VERSION = "3.0"
#: The later window (days 60-240 since sign-up) counted as this many months of 30 days.
LATER_MONTHS = LATER_DAYS / 30
#: Retention after a first success: another completed ride within this many days.
REPEAT_DAYS = 30
#: The three candidate customers compared in notebook 06: label -> how to pick their users.
CANDIDATES = {
    "pay-per-ride, not got going (action needed)": ("quadrant", "action needed"),
    "subscriber x above average (natural growth)": ("combination", "subscriber x above average"),
    "associate member x never reserved (low impact)": (
        "combination",
        "associate member x never reserved",
    ),
}


@functools.cache
def _user_table() -> pd.DataFrame:
    events, users = data.load_events(), data.load_users()
    per_user = combinations.combination_users(events, users)
    table = combinations.combination_table(per_user)
    placed = quadrant.place(table, "attempts", "rides", threshold="median")
    per_user["quadrant"] = per_user["combination"].map(
        placed.set_index("segment")["quadrant"].astype("object")
    )
    per_user.attrs["placed"] = placed
    return per_user


def user_quadrants() -> pd.DataFrame:
    """One row per user in the search stage (index ``user_id``): the columns of
    :func:`course.combinations.combination_users` plus ``quadrant``, the quadrant of the
    user's Mass x element combination when the combinations are placed at the median
    cut-offs (as in notebook 04); missing for Specific situations and combinations too
    small to place. ``.attrs["placed"]`` holds the placed combination table."""
    out = _user_table().copy()
    out.attrs["placed"] = _user_table().attrs["placed"].copy()
    return out


@functools.cache
def _sessions() -> pd.DataFrame:
    s = search_behaviour.search_sessions(data.load_events(), version_col="app_version")
    u = _user_table()
    an = u.index[u["quadrant"] == "action needed"]
    s = s[s["user_id"].isin(u.index)].copy()
    s["group"] = np.where(s["user_id"].isin(an), "action needed", "everyone else")
    s["before_fix"] = s["app_version"].astype(str) < FIX_VERSION
    return s


def search_sessions() -> pd.DataFrame:
    """Search sessions of the users in :func:`user_quadrants`, with ``group`` ("action
    needed" / "everyone else") and ``before_fix`` (app version before 3.0)."""
    return _sessions().copy()


def time_first_ratio(sessions: pd.DataFrame) -> float:
    """Conversion of time-first search sessions / conversion of the other search sessions."""
    rate = search_behaviour.conversion_by(sessions, "time_first")["conversion"]
    return float(rate[True] / rate[False])


def need_a_prize(user_ids: pd.Index) -> dict[str, float]:
    """The prize of need A alone for ``user_ids``: extra completed rides per month if their
    time-first search sessions (days 60-240 since sign-up, app before 3.0) converted like
    their own other search sessions of the same window.

    Returns ``time_first_sessions``, ``time_first_rate`` and ``other_rate`` (reservations
    per search session), ``rides_per_reservation`` (returns / reservations of the same users
    and window) and ``prize_per_month`` = sessions x (other - time-first rate) x rides per
    reservation / 6 months (0 if time-first sessions already convert better).

    >>> round(need_a_prize(pd.Index([]))["prize_per_month"], 1)
    0.0
    """
    s = _later_sessions()
    s = s[s["user_id"].isin(user_ids)]
    tf, other = s.loc[s["time_first"], "reserved"], s.loc[~s["time_first"], "reserved"]
    ev = _later_events()
    ev = ev[ev["user_id"].isin(user_ids)]
    n_res = int((ev["event"] == "reservation").sum())
    rides_per_res = (ev["event"] == "return").sum() / n_res if n_res else 0.0
    tf_rate = float(tf.mean()) if len(tf) else 0.0
    other_rate = float(other.mean()) if len(other) else 0.0
    extra = max(0.0, len(tf) * (other_rate - tf_rate)) * rides_per_res
    return {
        "time_first_sessions": len(tf),
        "time_first_rate": tf_rate,
        "other_rate": other_rate,
        "rides_per_reservation": float(rides_per_res),
        "prize_per_month": float(extra / LATER_MONTHS),
    }


def _days_since_signup(frame: pd.DataFrame, col: str) -> pd.Series:
    start = data.load_users().set_index("user_id")["signup_at"]
    return (frame[col] - frame["user_id"].map(start)) / pd.Timedelta(days=1)


@functools.cache
def _later_sessions() -> pd.DataFrame:
    s = _sessions()
    s = s[s["before_fix"]]
    age = _days_since_signup(s, "start")
    return s[((age >= EARLY_DAYS) & (age < EARLY_DAYS + LATER_DAYS)).to_numpy()]


@functools.cache
def _later_events() -> pd.DataFrame:
    ev = data.load_events()
    ev = ev.loc[ev["event"].isin(["reservation", "return"]), ["user_id", "event", "timestamp"]]
    age = _days_since_signup(ev, "timestamp")
    return ev[((age >= EARLY_DAYS) & (age < EARLY_DAYS + LATER_DAYS)).to_numpy()]


@functools.cache
def _later_returns() -> pd.DataFrame:
    events, users = data.load_events(), data.load_users()
    start = users.set_index("user_id")["signup_at"]
    r = events.loc[events["event"] == "return", ["user_id", "timestamp"]]
    age = (r["timestamp"] - r["user_id"].map(start)) / pd.Timedelta(days=1)
    r = r[((age >= EARLY_DAYS) & (age < EARLY_DAYS + LATER_DAYS)).to_numpy()]
    return r.sort_values(["user_id", "timestamp"], kind="stable")


def repeat_after_first(user_ids: pd.Index, days: int = REPEAT_DAYS) -> tuple[int, float]:
    """Of ``user_ids`` who complete a ride in the later window: how many, and the share whose
    first ride there is followed by another completed ride within ``days`` days."""
    r = _later_returns()
    r = r[r["user_id"].isin(user_ids)]
    rank = r.groupby("user_id").cumcount()
    first = r[(rank == 0).to_numpy()].set_index("user_id")["timestamp"]
    second = r[(rank == 1).to_numpy()].set_index("user_id")["timestamp"].reindex(first.index)
    gap = (second - first) / pd.Timedelta(days=1)
    return len(first), float((gap <= days).mean())


def candidates() -> pd.DataFrame:
    """The three candidate customers of notebook 06 side by side (index: candidate).

    Columns: ``users``; ``share_of_rides`` (of the later-window rides of all users on the
    quadrant); ``time_first_ratio`` (search sessions before app 3.0); ``conversion``
    (completed rides per reservation attempt, days 60-240); ``reference`` (the same for all
    users on the quadrant); ``prize_per_month`` (the prize of need A alone, see
    :func:`need_a_prize`); ``ceiling_per_month`` (extra completed rides per month if their
    conversion rose to the reference, 0 if already above: a ceiling for the whole segment,
    not what one fix delivers); ``first_success`` (users with a
    ride in days 60-240) and ``repeat_30d`` (share of them riding again within 30 days).
    Computed afresh on each call (see ``_candidates`` for the cached copy the checkers use).
    """
    u = _user_table()
    on_quadrant = u[u["quadrant"].notna()]
    reference = on_quadrant["rides"].sum() / on_quadrant["attempts"].sum()
    s = _sessions()
    s = s[s["before_fix"]]
    rows = {}
    for name, (col, value) in CANDIDATES.items():
        d = u[u[col] == value]
        conversion = d["rides"].sum() / d["attempts"].sum()
        n_first, repeat = repeat_after_first(d.index)
        rows[name] = {
            "users": len(d),
            "share_of_rides": d["rides"].sum() / on_quadrant["rides"].sum(),
            "time_first_ratio": time_first_ratio(s[s["user_id"].isin(d.index)]),
            "attempts": int(d["attempts"].sum()),
            "conversion": conversion,
            "reference": reference,
            "prize_per_month": need_a_prize(d.index)["prize_per_month"],
            "ceiling_per_month": max(0.0, d["attempts"].sum() * (reference - conversion))
            / LATER_MONTHS,
            "first_success": n_first,
            "repeat_30d": repeat,
        }
    return pd.DataFrame.from_dict(rows, orient="index")


@functools.cache
def _candidates() -> pd.DataFrame:
    return candidates()


# ---- Exercise 1: which view does each action come from? --------------------------------------

ACTIONS = {
    "promo_again": "Run another month of 'first hour free' for new sign-ups",
    "complaint_queue": "Fix every item in the complaints inbox, oldest first",
    "price_up": "Raise hourly prices 10% on every car type",
    "free_at_time": "Show only the cars that are free at the hour a pay-per-ride member sets "
    "on the map",
}
VIEWS = ["customer-only", "business-only", "both"]
_RIGHT_VIEWS = {
    "promo_again": "business-only",
    "complaint_queue": "customer-only",
    "price_up": "business-only",
    "free_at_time": "both",
}


def _why_wrong(key: str, value: str) -> str:
    """Why labelling action ``key`` as ``value`` is wrong, in the learner's language."""
    why = {
        ("promo_again", "both"): tr(
            "A sign-up promotion moves a business number; in Sept 2024 returns barely moved "
            "and the promotion cohort left fast. Whose need did it meet?"
        ),
        ("promo_again", "customer-only"): tr(
            "Nobody asked for more sign-ups: that is the business's wish, not a customer's need."
        ),
        ("complaint_queue", "both"): tr(
            "Working through complaints in arrival order treats every pain as equal, however "
            "few users it touches and whether it moves returns at all."
        ),
        ("complaint_queue", "business-only"): tr(
            "Complaints are the customers' voice: a team that only works the inbox is "
            "customer-only, not business-only."
        ),
        ("price_up", "both"): tr(
            "A blanket price rise helps revenue per ride, but after Nov 2024 conversion fell "
            "for everyone: no customer need is met."
        ),
        ("price_up", "customer-only"): tr(
            "No customer asks to pay more: this is a business-only move."
        ),
        ("free_at_time", "customer-only"): tr(
            "It meets a need, and it also moves the north star: the action-needed combinations "
            "are the largest quadrant, and their failed attempts are lost rides."
        ),
        ("free_at_time", "business-only"): tr(
            "It starts from what these customers need - a free car at the hour they set - so it "
            "is not business-only."
        ),
    }
    return why[(key, value)]


@register
def views() -> Exercise:
    """Exercise 1: label each action customer-only, business-only or both."""
    keys = list(ACTIONS)

    def check(answer: Any) -> str | None:
        shape = dict_problem(answer, keys, '{"promo_again": "business-only", ...}')
        if shape:
            return shape
        for key in keys:
            value = answer[key]
            if not isinstance(value, str) or value.strip().lower() not in VIEWS:
                return tr(
                    "{key}: answer with one of {views}, got {value}.",
                    key=repr(key),
                    views=", ".join(map(repr, VIEWS)),
                    value=repr(value),
                )
        for key in keys:
            value = answer[key].strip().lower()
            if value != _RIGHT_VIEWS[key]:
                return f"{key!r}: " + _why_wrong(key, value)
        return None

    return Exercise(
        tr("Exercise 1 · which view?"),
        check,
        solution=dict(_RIGHT_VIEWS),
        hints=[
            tr(
                "Ask of each action: does it start from a need a customer has, and does it move "
                "completed rides (the north star)? Both: 'both'. A need met but rides unmoved: "
                "'customer-only'. No customer need - it serves a company number (sign-ups, a "
                "slide) - : 'business-only'."
            ),
            tr(
                "Only one of the four actions both meets a customer's need and moves the north "
                "star."
            ),
            tr(
                "Two actions are business-only (they move a number on a slide), one is "
                "customer-only (it works the inbox), and the map fix for pay-per-ride members "
                "is 'both'."
            ),
        ],
        success=tr(
            "Two business-only moves, one customer-only move, and one action in the "
            "intersection: that is where the important customer sits."
        ),
    )


# ---- Exercise 2: keywords to needs ------------------------------------------------------------

#: The business's keywords: the behaviour goal of notebook 05 ("find a car that is free at
#: the time I need, quickly") and three more goals from Bomcar's strategy and growth plans.
KEYWORDS = ["at the time I need", "the car I want", "quickly", "near me", "more sign-ups"]
#: The needs of the action-needed combinations in the search stage, in the customer's words
#: (the voice of the customer: reviews, support tickets; A is
#: :data:`course.important_customer.NEED`).
NEEDS = {
    "A": "See which cars are free at the hour I set, so that a reservation does not fail",
    "B": "Find a car of the type I want without scrolling through all of them",
    "C": "A confirmed booking in one go, not after several failed tries",
    "D": "A free car in a zone I can walk to",
}
#: Per keyword: the need it must include (None: it must be "none"), the needs that may go
#: with it, and why each weak match is weak. Any reasonable match is accepted: a keyword may
#: point at more than one need, and a need may serve more than one keyword.
_MATCH: dict[str, tuple[str | None, set[str], set[str]]] = {
    "at the time I need": ("A", {"C"}, {"B", "D"}),
    "the car I want": ("B", {"A"}, {"C", "D"}),
    "quickly": ("C", {"A", "D"}, {"B"}),
    "near me": ("D", set(), {"A", "B", "C"}),
    "more sign-ups": (None, set(), set()),
}


def _weak_reason(key: str, need: str) -> str:
    """Why need ``need`` is a weak match for keyword ``key`` (one of ``_MATCH[key][2]``)."""
    reasons = {
        ("at the time I need", "B"): tr(
            "'at the time I need' is about the hour, not the car type (B)."
        ),
        ("at the time I need", "D"): tr(
            "'at the time I need' is about the hour, not the place (D)."
        ),
        ("the car I want", "C"): tr(
            "'the car I want' names which car, not how many tries it takes (C); add B."
        ),
        ("the car I want", "D"): tr(
            "'the car I want' names the car, not where it stands (D): that is 'near me'."
        ),
        ("quickly", "B"): tr(
            "A filter saves a scroll, but these customers lose their time to failed tries, not "
            "to scrolling: 'quickly' is a booking in one go (C)."
        ),
        ("near me", "A"): tr("'near me' is about the place (D); the hour is 'at the time I need'."),
        ("near me", "B"): tr("'near me' is about the place (D), not the car type."),
        ("near me", "C"): tr(
            "'near me' is about the place (D); C is how many tries a booking takes."
        ),
    }
    return reasons[(key, need)]


_LETTERS = set(NEEDS)


def _needs_of(value: Any) -> set[str] | str:
    """The set of need letters in one answer value, or a message if it cannot be read."""
    if isinstance(value, str):
        parts = [p for p in re.split(r"[\s,;/+&]+|\band\b", value.strip()) if p]
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = list(value)
    else:
        return tr("give a letter 'A'-'D', a list of letters like ['A', 'C'], or 'none'")
    got = set()
    for p in parts:
        if not isinstance(p, str):
            return tr("give a letter 'A'-'D', a list of letters like ['A', 'C'], or 'none'")
        p = p.strip().upper()
        if p == "NONE":
            got.add("none")
        elif p in _LETTERS:
            got.add(p)
        else:
            return tr("{part} is not one of 'A', 'B', 'C', 'D' or 'none'", part=repr(p))
    if not got:
        return tr("give at least one letter, or 'none'")
    return got


@register
def keywords() -> Exercise:
    """Exercise 2: match each keyword of the business goal to the customer needs (from the
    voice of the customer) that answer it (one or more)."""

    def check(answer: Any) -> str | None:
        shape = dict_problem(answer, KEYWORDS, '{"at the time I need": "A", ...}')
        if shape:
            return shape
        got = {}
        for key in KEYWORDS:
            needs = _needs_of(answer[key])
            if isinstance(needs, str):
                return tr(
                    "{key}: {problem}, got {value}.",
                    key=repr(key),
                    problem=needs,
                    value=repr(answer[key]),
                )
            if "none" in needs and len(needs) > 1:
                return tr("{key}: 'none' and a need at once - pick one.", key=repr(key))
            got[key] = needs
        if got["more sign-ups"] != {"none"}:
            return tr(
                "'more sign-ups' is a business goal with no matching customer need: no "
                "review or support ticket of this customer asks to be signed up. Matching it "
                "to a need is how the business-only view sneaks back in - give it 'none'."
            )
        for key in KEYWORDS[:-1]:
            core, also, weak = _MATCH[key]
            needs = got[key]
            if needs == {"none"}:
                return tr(
                    "{key} is a business goal that a customer's need does answer - read it as "
                    "'I want a car {plain}' - so it stands for at least one need.",
                    key=repr(key),
                    plain=key,
                )
            for need in sorted(needs - {core} - also):
                if need in weak:
                    return f"{key!r}: " + _weak_reason(key, need)
            if core not in needs:
                return tr("{key}: you missed the need it names most directly.", key=repr(key))
        return None

    return Exercise(
        tr("Exercise 2 · keywords to needs"),
        check,
        solution={k: v[0] or "none" for k, v in _MATCH.items()},
        hints=[
            tr(
                "The keywords are the business goal's words; the needs are the customer's (from "
                "reviews and support tickets). For each keyword, which need answers it - read it "
                "as 'I want a car ...'? One business goal has no matching customer need."
            ),
            tr(
                "A keyword may point at more than one need (give a list, like ['A', 'C']), and a "
                "need may serve more than one keyword. Every keyword needs its most direct need."
            ),
            tr(
                "'at the time I need' -> the hour (A); 'the car I want' -> the type (B); "
                "'quickly' -> one go (C); 'near me' -> the zone (D); 'more sign-ups' -> 'none'."
            ),
        ],
        success=tr(
            "Four of the business's keywords match this customer's needs; 'more sign-ups' "
            "matches none. The keyword whose need the data shows - 'at the time I need' (A) - "
            "is the one to build on."
        ),
    )


# ---- Exercise 3: the prize in the north star --------------------------------------------------


@register
def prize_in_rides() -> Exercise:
    """Exercise 3: the prize of need A - extra completed rides per month if the action-needed
    users' time-first search sessions (days 60-240, before app 3.0) converted like their own
    other search sessions (see :func:`need_a_prize`)."""
    u = _user_table()
    p = need_a_prize(u.index[u["quadrant"] == "action needed"])
    right = float(p["prize_per_month"])
    n, gap = p["time_first_sessions"], p["other_rate"] - p["time_first_rate"]
    ceiling = float(_candidates()["ceiling_per_month"].iloc[0])
    base = expect_number(right, tol=0.03, what=tr("number of extra rides per month"))

    def check(answer: Any) -> str | None:
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return base(answer)

        def close(x: float) -> bool:
            return abs(value - x) <= 0.03 * abs(x)

        if close(right * LATER_MONTHS):
            return tr(
                "That is the prize over the whole {days}-day window: divide by {months:.0f} "
                "months to get rides per month.",
                days=LATER_DAYS,
                months=LATER_MONTHS,
            )
        if close(-right):
            return tr(
                "The sign is off: their other sessions convert better, so the gap is "
                "other - time-first."
            )
        if close(n * gap / LATER_MONTHS):
            return tr(
                "Those are extra *reservations* a month; the north star is completed rides: "
                "multiply by rides per reservation."
            )
        if close(ceiling):
            return tr(
                "That is the whole-segment ceiling (their rides per attempt rising to the "
                "quadrant's average); the question is what need A alone is worth: the gap "
                "between their time-first and their other sessions."
            )
        if value < 0:
            return tr("The prize is a gain, so it is positive.")
        return base(value)

    return Exercise(
        tr("Exercise 3 · the prize of need A in rides per month"),
        check,
        expects="number",
        solution=right,
        hints=[
            tr(
                "Four numbers: their time-first sessions, the gap in conversion (other sessions' "
                "rate minus time-first rate), rides per reservation, and the months in the "
                "window."
            ),
            tr(
                "extra reservations = sessions x gap; extra rides = that x rides per "
                "reservation; the window is {days} days = {months:.0f} months.",
                days=LATER_DAYS,
                months=LATER_MONTHS,
            ),
            tr(
                "prize = tf_sessions * (other_rate - tf_rate) * rides_per_reservation / "
                "window_months"
            ),
        ],
        success=tr(
            "The prize of need A: that many more completed rides every month if the map fix "
            "made their time-first sessions work like their others. 08 tests the change and "
            "turns its lift into rides a month."
        ),
    )


# ---- Exercise 4: the important-customer statement ---------------------------------------------

# Each rule reads English and Korean: the glossary's names (뭘 망설일까 유형, 자연 증분 유형,
# 사용자 유지 전략이 필요한 유형, 임팩트가 적은 유형) and the looser names learners also write.
_SEGMENT = re.compile(
    r"action[- ]needed|pay[- ]per[- ]ride|not (?:yet )?got(?:ten)? going|never reserved"
    r"|below[- ]average"
    r"|액션이?\s*필요|행동이?\s*필요|조치가?\s*필요|망설|종량제|건별|이용할\s*때마다|아직\s*자리",
    re.I,
)
_AGE = re.compile(
    r"20\s*-\s*2[49]|25\s*-\s*29|20s|twent|young|aged 20|20\s*대|젊은|이십\s*대", re.I
)
_OTHER_QUADRANT = re.compile(
    r"natural growth|retention strategy|low impact"
    r"|자연\s*(?:성장|증분)|리텐션\s*전략|유지\s*전략|낮은\s*영향|임팩트가?\s*적은",
    re.I,
)
_NEED = re.compile(
    r"\btime\b|\bhour\b|free at|available|the car I want|car type|first try|one go|quick|"
    r"near (me|home|my home|where I|them|their)|walk(ing)? distance|zone I can walk"
    r"|시간|시각|빈\s*차|비어\s*있|이용\s*가능|예약\s*가능|원하는\s*차|차종|한\s*번에|첫\s*시도"
    r"|빠르게|빨리|가까운|근처",
    re.I,
)
_METRIC = re.compile(
    r"conversion|convert|reservations?\b|completed rides?|\breturns?\b|\brides?\b"
    r"|전환|예약|운행|반납|이용\s*완료|완료된\s*이용",
    re.I,
)
_NUMBER = re.compile(r"\d")
#: Fewer words than this cannot hold the template (Korean packs particles into its words).
MIN_WORDS = {"en": 12, "ko": 8}


@register
def statement() -> Exercise:
    """Exercise 4: a statement that names a segment, a need, a metric and a number.

    Simple word rules, in English or Korean (or both): a segment a colleague can find (the
    Mass situation or the action-needed combinations, not an age band), a need, a metric to
    watch, at least one number."""

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return tr("Write the statement as one string in quotes.")
        text = answer.strip()
        if len(text.split()) < MIN_WORDS["ko" if hangul.has_hangul(text) else "en"]:
            return tr("That is too short to defend a choice: fill in the whole template.")
        if "..." in text or "[" in text:
            return tr("Replace every [...] gap of the template with your own words.")
        if _OTHER_QUADRANT.search(text) and not _SEGMENT.search(text):
            return tr(
                "That names another quadrant. The important customer is in the "
                "intersection: many attempts, few rides - the largest quadrant."
            )
        if _AGE.search(text) and not _SEGMENT.search(text):
            return tr(
                "An age band is a demographic cut, not the customer the method finds: name "
                "the Mass situation and the element (pay-per-ride members who have not got "
                "going yet), the users who actually have the pain."
            )
        if not _SEGMENT.search(text):
            return tr(
                "Name the segment, so a colleague can find these users: the Mass situation "
                "and the element, e.g. pay-per-ride members who have not got going yet."
            )
        if not _NEED.search(text):
            return tr("Name the need this customer has (what they are trying to do and cannot).")
        if not _METRIC.search(text):
            return tr("Name the metric you would watch: which number moves when the need is met?")
        if not _NUMBER.search(text):
            return tr("Put at least one number from this notebook in it: size, ratio or prize.")
        return None

    return Exercise(
        tr("Exercise 4 · the important customer"),
        check,
        hints=[
            tr("Use the template in the markdown above and fill every [...] gap."),
            tr(
                "Four things must be in it: who (segment), what they need, which metric, and a "
                "number."
            ),
            tr(
                "For example: who = pay-per-ride members who have not got going yet (the "
                "action-needed combinations); need = see which cars are free at the hour they "
                "set; metric = the time-first ratio, or completed rides per month; number = from "
                "the candidates table."
            ),
        ],
        success=tr(
            "A colleague can now find these users, see the pain, and check the number next month."
        ),
    )
