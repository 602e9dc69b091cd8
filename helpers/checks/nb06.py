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

import pandas as pd

from helpers import data, hangul, metrics, quadrant, segments
from helpers.exercises import Exercise, Verdict, expect_number, register

# ---- a fill-in-the-template exercise ---------------------------------------------------------


class FillInExercise(Exercise):
    """An :class:`Exercise` whose answer is a dict template: while every value is still ``...``
    the exercise counts as not answered yet (no wrong try, no hint)."""

    def _judge(self, answer: Any) -> Verdict:
        if isinstance(answer, dict) and answer and all(v is ... for v in answer.values()):
            answer = ...
        return super()._judge(answer)


def _dict_answer(answer: Any, keys: list[str], example: str) -> str | None:
    """What is wrong with the shape of a dict answer (None if it is fine)."""
    if not isinstance(answer, dict):
        return f"Give a dict, like the template: {example}."
    missing = [k for k in keys if k not in answer]
    if missing:
        return (
            f"The dict is missing {', '.join(map(repr, missing))}: keep every key of the template."
        )
    unfilled = [k for k in keys if answer[k] is ...]
    if unfilled:
        return f"Fill in every ... (still open: {', '.join(map(repr, unfilled))})."
    return None


# ---- the data behind the notebook ------------------------------------------------------------


@functools.cache
def _user_table() -> pd.DataFrame:
    events, users = data.load_events(), data.load_users()
    counts = metrics.per_user_counts(
        events,
        {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"},
        users=users["user_id"],
    )
    u = users.set_index("user_id").join(counts)
    u["segment"] = segments.combine(u, ["age_band", "region"])
    segs = quadrant.segment_means(u, "segment")
    placed = quadrant.place(segs, "attempts", "rides", threshold="median")
    u["quadrant"] = u["segment"].map(placed.set_index("segment")["quadrant"].astype("object"))
    return u


def user_quadrants() -> pd.DataFrame:
    """One row per user: attempts, reservations, rides, age_band x region segment, quadrant.

    The quadrant is the one of the user's segment when the age_band x region segments are
    placed at the median cut-offs (as in notebook 04)."""
    return _user_table().copy()


@functools.cache
def prize() -> dict[str, float]:
    """The action-needed quadrant's numbers and the size of the prize.

    * ``conv_an`` / ``conv_all`` - attempt -> reservation conversion, action needed / everyone;
    * ``extra_reservations`` - if action needed converted at the average, over the whole log;
    * ``rides_per_reservation`` - action needed's completed rides per reservation;
    * ``extra_rides_per_month`` - the prize in the north star: completed rides per month.
    """
    u = _user_table()
    an = u[u["quadrant"] == "action needed"]
    months = data.load_events()["timestamp"].dt.to_period("M").nunique()
    conv_an = an["reservations"].sum() / an["attempts"].sum()
    conv_all = u["reservations"].sum() / u["attempts"].sum()
    rest = u[u["quadrant"] != "action needed"]
    conv_rest = rest["reservations"].sum() / rest["attempts"].sum()
    extra = an["attempts"].sum() * (conv_all - conv_an)
    rides_per_res = an["rides"].sum() / an["reservations"].sum()
    return {
        "users_an": float(len(an)),
        "share_an": len(an) / len(u),
        "attempts_an": float(an["attempts"].sum()),
        "conv_an": float(conv_an),
        "conv_all": float(conv_all),
        "conv_rest": float(conv_rest),
        "months": float(months),
        "extra_reservations": float(extra),
        "rides_per_reservation": float(rides_per_res),
        "extra_rides": float(extra * rides_per_res),
        "extra_rides_per_month": float(extra * rides_per_res / months),
    }


# ---- Exercise 1: which view does each action come from? --------------------------------------

ACTIONS = {
    "promo_again": "Run another month of 'first hour free' for new sign-ups",
    "complaint_queue": "Fix every item in the complaints inbox, oldest first",
    "price_up": "Raise hourly prices 10% on every car type",
    "free_at_time": "Show which cars are free at the hour a 20-29-year-old sets on the map",
}
VIEWS = ["customer-only", "business-only", "both"]
_RIGHT_VIEWS = {
    "promo_again": "business-only",
    "complaint_queue": "customer-only",
    "price_up": "business-only",
    "free_at_time": "both",
}
_WHY_WRONG = {
    ("promo_again", "both"): "A sign-up promotion moves a business number; in Sept 2024 returns "
    "barely moved and the promotion cohort left fast. Whose need did it meet?",
    ("promo_again", "customer-only"): "Nobody asked for more sign-ups: that is the business's "
    "wish, not a customer's need.",
    ("complaint_queue", "both"): "Working through complaints in arrival order treats every pain as "
    "equal, however few users it touches and whether it moves returns at all.",
    ("complaint_queue", "business-only"): "Complaints are the customers' voice: a team that only "
    "works the inbox is customer-only, not business-only.",
    ("price_up", "both"): "A blanket price rise helps revenue per ride, but after Nov 2024 "
    "conversion fell for everyone: no customer need is met.",
    ("price_up", "customer-only"): "No customer asks to pay more: this is a business-only move.",
    ("free_at_time", "customer-only"): "It meets a need, and it also moves the north star: "
    "the action-needed segment is the largest, and its failed attempts are lost rides.",
    ("free_at_time", "business-only"): "It starts from what these customers need - a free car at "
    "the hour they set - so it is not business-only.",
}


@register
def views() -> FillInExercise:
    """Exercise 1: label each action customer-only, business-only or both."""
    keys = list(ACTIONS)

    def check(answer: Any) -> str | None:
        shape = _dict_answer(answer, keys, '{"promo_again": "business-only", ...}')
        if shape:
            return shape
        for key in keys:
            value = answer[key]
            if not isinstance(value, str) or value.strip().lower() not in VIEWS:
                return f"{key!r}: answer with one of {', '.join(map(repr, VIEWS))}, got {value!r}."
        for key in keys:
            value = answer[key].strip().lower()
            if value != _RIGHT_VIEWS[key]:
                return f"{key!r}: " + _WHY_WRONG[(key, value)]
        return None

    return FillInExercise(
        "Exercise 1 · which view?",
        check,
        solution=dict(_RIGHT_VIEWS),
        hints=[
            "Ask of each action: does it start from a need a customer has, and does it move "
            "completed rides (the north star)? Both: 'both'. A need met but rides unmoved: "
            "'customer-only'. No customer need - it serves a company number (sign-ups, a "
            "slide) - : 'business-only'.",
            "Only one of the four actions both meets a customer's need and moves the north star.",
            "Two actions are business-only (they move a number on a slide), one is customer-only "
            "(it works the inbox), and the map fix for 20-29-year-olds is 'both'.",
        ],
        success="Two business-only moves, one customer-only move, and one action in the "
        "intersection: that is where the important customer sits.",
    )


# ---- Exercise 2: keywords to needs ------------------------------------------------------------

KEYWORDS = ["at the time I need", "the car I want", "quickly", "near me", "more sign-ups"]
NEEDS = {
    "A": "See which cars are free at the exact hour I set",
    "B": "Go straight to my usual car type",
    "C": "A confirmed booking on the first try, not the fourth",
    "D": "A free car in a zone I can walk to",
    "none": "Not a need of this customer (a business goal only)",
}
_RIGHT_NEEDS = {
    "at the time I need": "A",
    "the car I want": "B",
    "quickly": "C",
    "near me": "D",
    "more sign-ups": "none",
}


@register
def keywords() -> FillInExercise:
    """Exercise 2: match each business keyword to a need of the action-needed segment."""

    def check(answer: Any) -> str | None:
        shape = _dict_answer(answer, KEYWORDS, '{"at the time I need": "A", ...}')
        if shape:
            return shape
        got = {}
        for key in KEYWORDS:
            value = answer[key]
            if not isinstance(value, str) or value.strip().upper() not in {
                "A",
                "B",
                "C",
                "D",
                "NONE",
            }:
                return f"{key!r}: answer with 'A', 'B', 'C', 'D' or 'none', got {value!r}."
            v = value.strip().upper()
            got[key] = "none" if v == "NONE" else v
        if got["more sign-ups"] != "none":
            return (
                "'more sign-ups' is the company's goal, not a need this customer has: "
                "matching it to a need is how the business-only view sneaks back in."
            )
        wrong = [k for k in KEYWORDS if got[k] != _RIGHT_NEEDS[k]]
        if got["quickly"] == "A" or got["at the time I need"] == "C":
            return (
                "'at the time I need' is about the hour; 'quickly' is about how fast "
                "the customer gets a sure booking."
            )
        if wrong:
            return (
                f"{len(wrong)} keyword(s) point at the wrong need: {', '.join(map(repr, wrong))}."
            )
        return None

    return FillInExercise(
        "Exercise 2 · keywords to needs",
        check,
        solution=dict(_RIGHT_NEEDS),
        hints=[
            "Read each keyword as a sentence the customer says: 'I want a car ... '.",
            "Each need A-D is used once; one keyword is nobody's need.",
            "'the car I want' -> the car type; 'near me' -> a zone; 'at the time I need' -> "
            "the hour; 'quickly' -> first try.",
        ],
        success="Four keywords are this customer's needs; 'more sign-ups' is only the "
        "company's. The keyword at the centre - 'at the time I need' - is the pain the data "
        "shows: time-first sessions convert far lower.",
    )


# ---- Exercise 3: the prize in the north star --------------------------------------------------


@register
def prize_in_rides() -> Exercise:
    """Exercise 3: extra completed rides per month if action needed converted at the average."""
    p = prize()
    right = p["extra_rides_per_month"]
    base = expect_number(right, tol=0.03, what="number of extra rides per month")

    def check(answer: Any) -> str | None:
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return base(answer)
        close = lambda x: x and abs(value - x) <= 0.03 * abs(x)  # noqa: E731
        if close(p["extra_rides"]):
            return (
                "That is the prize over the whole log (all "
                f"{p['months']:.0f} months): divide by the number of months."
            )
        if close(p["extra_reservations"] / p["months"]):
            return (
                "That is extra reservations per month; not every reservation becomes a "
                "completed ride: multiply by action needed's rides per reservation."
            )
        if close(p["extra_reservations"]):
            return (
                "That is extra reservations over the whole log: turn them into completed "
                "rides, then into a monthly number."
            )
        if value < 0:
            return "The prize is a gain: conversion rises to the average, so it is positive."
        return base(value)

    return Exercise(
        "Exercise 3 · the prize in rides per month",
        check,
        expects="number",
        solution=right,
        hints=[
            "Start from extra_reservations (computed above). Two steps: reservations -> rides, "
            "then whole log -> per month.",
            "rides per reservation = rides / reservations of the action-needed users; "
            "months = number of months in the log.",
            "extra_rides_per_month = extra_reservations * rides_per_reservation / months",
        ],
        success="A north-star prize: that many more completed rides every month, from one "
        "segment's search pain.",
    )


# ---- Exercise 4: the important-customer statement ---------------------------------------------

# Each rule reads English and Korean (the Korean names are the glossary's: 액션 필요 / "뭘
# 망설일까?", 자연 성장 / 자연 증분, 리텐션 전략, 낮은 영향 / 임팩트가 적은).
_SEGMENT = re.compile(
    r"action[- ]needed|20\s*-\s*2[49]|25\s*-\s*29|20s|twent|young|aged 20"
    r"|액션\s*필요|행동\s*필요|조치\s*필요|망설|20\s*대|20\s*[-~–]\s*2[49]\s*세|젊은|이십\s*대",
    re.I,
)
_OTHER_QUADRANT = re.compile(
    r"natural growth|retention strategy|low impact"
    r"|자연\s*(?:성장|증분)|리텐션\s*전략|유지\s*전략|낮은\s*영향|임팩트가?\s*적은",
    re.I,
)
_NEED = re.compile(
    r"\btime\b|\bhour\b|free at|available|the car I want|car type|first try|quick|"
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

    Simple word rules, in English or Korean (or both): a segment a colleague can find, a need,
    a metric to watch, at least one number."""

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return "Write the statement as one string in quotes."
        text = answer.strip()
        if len(text.split()) < MIN_WORDS["ko" if hangul.has_hangul(text) else "en"]:
            return "That is too short to defend a choice: fill in the whole template."
        if "..." in text or "[" in text:
            return "Replace every [...] gap of the template with your own words."
        if _OTHER_QUADRANT.search(text) and not _SEGMENT.search(text):
            return (
                "That names another quadrant. The important customer is in the "
                "intersection: many attempts, few rides - the largest quadrant."
            )
        if not _SEGMENT.search(text):
            return (
                "Name the segment, so a colleague can find these users: e.g. the "
                "action-needed quadrant, or its ages."
            )
        if not _NEED.search(text):
            return "Name the need this customer has (what they are trying to do and cannot)."
        if not _METRIC.search(text):
            return "Name the metric you would watch: which number moves when the need is met?"
        if not _NUMBER.search(text):
            return "Put at least one number from this notebook in it: size, conversion or prize."
        return None

    return Exercise(
        "Exercise 4 · the important customer",
        check,
        hints=[
            "Use the template in the markdown above and fill every [...] gap.",
            "Four things must be in it: who (segment), what they need, which metric, and a number.",
            "For example: who = the action-needed quadrant (20-29-year-olds); need = see which "
            "cars are free at the hour they set; metric = attempt -> reservation conversion; "
            "number = from 27% to the average 35%.",
        ],
        success="A colleague can now find these users, see the pain, and check the number "
        "next month.",
    )
