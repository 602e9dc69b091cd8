"""Checkers for notebook 05 (the business view: metric hierarchy, leading indicators, 5 whys,
actions and the strategy map).

Right answers that come from the data are computed here from the committed data, so a change
to the data changes the expected answers with it.

Two checkers judge a 5-whys chain:

* :func:`order_whys` - the learner picks and orders statements given by letter. It knows the
  one right chain and why each distractor is not part of it (an exact check).
* :func:`own_whys` - the learner writes a chain in their own words. No program can judge
  whether one sentence really causes another, so this checker uses three simple, stated
  rules (see :func:`whys_problem`) that catch the usual mistake - a list of parallel
  symptoms instead of a chain - and says that a person should still read the chain.

>>> whys_problem(["Conversion is low", "Cancellations rose 10%", "NPS fell to 20"]) is None
False
>>> whys_problem(["전환율이 낮다", "취소율이 10% 올랐다", "NPS가 20으로 떨어졌다"]) is None
False
>>> ex = order_whys()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
import re
from typing import Any

import pandas as pd

from helpers import data, hangul, strategy
from helpers.exercises import Exercise, Mistake, Verdict, register

#: The candidate leading indicators of the search/browse stage (session-level columns).
CANDIDATES = ("car_type_filter", "two_plus_zones", "time_first", "car_views")
FIX_VERSION = "3.0"
#: Weeks with fewer search sessions than this are too noisy for a weekly share.
MIN_WEEK_SESSIONS = 200


@functools.cache
def search_sessions() -> pd.DataFrame:
    """One row per search session (a session with a map view): outcome and candidate flags.

    Columns: reserved, attempted, car_type_filter, two_plus_zones, time_first, car_views,
    week (a weekly Period), version (the app version of the session).
    """
    events = data.load_events()
    per = events.groupby(["session_id", "event"]).size().unstack(fill_value=0)
    search = per[per["map_view"] > 0]
    browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
    first = browse.groupby("session_id")["event"].first().astype("object")
    start = events.groupby("session_id")["timestamp"].min()
    version = events.groupby("session_id")["app_version"].first().astype("object")
    out = pd.DataFrame(
        {
            "reserved": search["reservation"] > 0,
            "attempted": search["reservation_attempt"] > 0,
            "car_type_filter": search["car_type_filter"] > 0,
            "two_plus_zones": search["zone_click"] >= 2,
            "time_first": first.reindex(search.index) == "time_set",
            "car_views": search["car_view"],
        }
    )
    out["week"] = start.reindex(out.index).dt.to_period("W")
    out["version"] = version.reindex(out.index)
    return out


def full_weeks() -> pd.DataFrame:
    """Search sessions in the weeks the notebook analyses: at least ``MIN_WEEK_SESSIONS``
    search sessions, and not the last week (cut off by the end of the log)."""
    s = search_sessions()
    per_week = s.groupby("week").size()
    good = per_week[(per_week >= MIN_WEEK_SESSIONS) & (per_week.index < per_week.index.max())]
    return s[s["week"].isin(good.index)]


def weekly_gaps() -> pd.DataFrame:
    """Per full week and flag: conversion of sessions with the behaviour minus without it."""
    s = full_weeks()
    out = {}
    for flag in ("car_type_filter", "two_plus_zones", "time_first"):
        rate = s.groupby(["week", flag])["reserved"].mean().unstack()
        out[flag] = rate[True] - rate[False]
    return pd.DataFrame(out)


def time_first_rates() -> pd.Series:
    """Conversion of search sessions by (on the fix version?, time first?)."""
    s = search_sessions()
    on_fix = (s["version"] == FIX_VERSION).rename("on_3_0")
    return s.groupby([on_fix, "time_first"])["reserved"].mean()


class _Exercise(Exercise):
    """An Exercise that also treats a template left untouched (a dict of ``...``) as
    unanswered."""

    def check(self, answer: Any, *, quiet: bool = False) -> Verdict:
        if isinstance(answer, dict) and answer and all(v is ... for v in answer.values()):
            answer = ...
        if isinstance(answer, list | tuple) and answer and all(v is ... for v in answer):
            answer = ...
        return super().check(answer, quiet=quiet)


# ---- exercise 1 ----------------------------------------------------------------------------


@register
def not_an_indicator() -> Exercise:
    """Exercise 1: which candidate has the same value in practically every search session
    (so it can never be a leading indicator here)?"""
    s = search_sessions()
    gaps = weekly_gaps()
    n = len(gaps)
    modal = {c: s[c].value_counts(normalize=True) for c in CANDIDATES}
    right = max(modal, key=lambda c: modal[c].iloc[0])
    views = s["car_views"]
    usual = int(modal["car_views"].index[0])
    n_usual = int((views == usual).sum())
    # the question is unambiguous only while one candidate is (all but) constant and every
    # other one varies a lot; a change to the data that breaks this must change the question
    others = max(modal[c].iloc[0] for c in CANDIDATES if c != right)
    assert right == "car_views" and modal[right].iloc[0] > 0.999 and others < 0.95, (
        "the candidates' spread changed: exercise 1 needs a new question"
    )
    wrong = {
        "time_first": f"time_first moves with conversion: time-first sessions convert lower "
        f"in {int((gaps['time_first'] < 0).sum())} of {n} weeks. It is the strongest candidate.",
        "car_type_filter": f"Sessions with the car-type filter convert higher in "
        f"{int((gaps['car_type_filter'] > 0).sum())} of {n} weeks: a usable candidate.",
        "two_plus_zones": f"two_plus_zones is a weak candidate (higher in only "
        f"{int((gaps['two_plus_zones'] > 0).sum())} of {n} weeks), but it does vary, so it "
        "could still move with conversion. Look for one that (practically) never changes.",
    }

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return "Answer with a column name in quotes, e.g. 'time_first'."
        a = answer.strip().lower()
        if a == right:
            return None
        if a in wrong:
            return wrong[a]
        return f"{answer!r} is not one of the candidates: {', '.join(CANDIDATES)}."

    return Exercise(
        "Exercise 1",
        check,
        solution=right,
        hints=[
            "An indicator can only lead something if it moves. Which column has the same value "
            "in practically every session?",
            "Try `sessions[col].value_counts()` or `.nunique()` on each candidate column.",
            f"{n_usual:,} of {len(views):,} search sessions show exactly {usual} car view.",
        ],
        success=f"{n_usual:,} of {len(views):,} search sessions show exactly {usual} car view "
        "(the exception is a session cut off by the end of the data): a metric that never "
        "moves cannot tell you anything. (It may still be worth logging - a future app "
        "version could change it.)",
    )


# ---- exercise 2 ----------------------------------------------------------------------------


@register
def time_first_on_fix() -> Exercise:
    """Exercise 2: the conversion of time-first search sessions on app 3.0 (a share)."""
    rates = time_first_rates()
    right = float(rates[(True, True)])
    s = search_sessions()
    typical = {
        float(rates[(False, True)]): "That is time-first sessions on the *older* versions; "
        "keep only sessions whose version is '3.0'.",
        float(rates[(True, False)]): "That is the *other* sessions on 3.0 (time not set "
        "first); keep the time-first ones.",
        float(s.loc[s["time_first"], "reserved"].mean()): "That mixes all app versions; keep "
        "only sessions on version '3.0'.",
        float(s.loc[s["version"] == FIX_VERSION, "reserved"].mean()): "That is all sessions "
        "on 3.0; keep only the time-first ones.",
    }

    def check(answer: Any) -> str | None:
        if isinstance(answer, bool):
            return "Give the conversion as a number between 0 and 1, e.g. 0.25."
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return "Give the conversion as a number between 0 and 1, e.g. 0.25."
        if abs(value - right) <= 0.0005:
            return None
        if abs(value - 100 * right) <= 0.05:
            return "That looks like a percentage; give it as a share (0-1)."
        for other, msg in typical.items():
            if abs(value - other) <= 0.0005:
                return msg
        return f"{value:.3f} is {'too high' if value > right else 'too low'}."

    return Exercise(
        "Exercise 2",
        check,
        expects="share",
        solution=right,
        rounded=2,  # the notebook states it as a whole percent
        hints=[
            "Keep the search sessions with `version == '3.0'` and `time_first` True, then take "
            "the mean of `reserved`.",
            "`sessions.loc[(sessions['version'] == '3.0') & sessions['time_first'], 'reserved']`"
            " - then `.mean()`.",
            "A mean of True/False values is the share of True: the conversion.",
        ],
        success=f"{right:.1%} of time-first search sessions on app 3.0 end in a reservation, "
        f"up from {rates[(False, True)]:.1%} on older versions.",
    )


# ---- exercise 3 ----------------------------------------------------------------------------

#: The statements the learner orders into a chain (letters keep the answer short).
STATEMENTS = {
    "A": "Search sessions that set the time first end in a reservation less often than other "
    "search sessions.",
    "B": "In those sessions the reservation attempt fails more often: the chosen car cannot "
    "be booked for the chosen time.",
    "C": "The car they chose is already booked at the time they set.",
    "D": "They chose it on the map, where it looked available.",
    "E": "The map shows cars that are free now, not at the time you set.",
    "F": "Search-stage conversion fell after the price change in November 2024.",
    "G": "Pay-per-ride members with little early experience make many reservation attempts "
    "but complete few rides.",
    "H": "Time-first sessions convert lower in most weeks of the data.",
}
RIGHT_CHAIN = ["A", "B", "C", "D", "E"]
#: Why each distractor is not a step of the chain.
PARALLEL = {
    "F": "F is another metric moving (after the price change): it sits beside the problem - a "
    "parallel symptom - and does not explain the step before it.",
    "G": "G is a true observation (the action-needed quadrant), but it is about other people "
    "and another metric: a parallel symptom, not a cause of the step before it.",
    "H": "H restates the problem as a measurement: it says *that* it happens (most weeks), "
    "not *why*.",
}


def whys_chain_text(keys: list[str] | None = None) -> list[str]:
    """The sentences of a chain of statement letters (the right chain by default)."""
    return [STATEMENTS[k] for k in (keys or RIGHT_CHAIN)]


def _order_problem(answer: Any) -> str | None:
    if isinstance(answer, str):
        return "Give a list of letters, e.g. ['A', 'C'], not one string."
    if not isinstance(answer, list | tuple):
        return f"Give a list of letters, e.g. ['A', 'C'], not {type(answer).__name__}."
    if any(not isinstance(k, str) for k in answer):
        return "Every item should be a letter in quotes, e.g. 'A'."
    keys = [k.strip().upper() for k in answer]
    unknown = [k for k in keys if k not in STATEMENTS]
    if unknown:
        return f"{unknown[0]!r} is not one of the statements (A to H)."
    if len(set(keys)) != len(keys):
        return "A statement appears twice: each 'why?' goes one level deeper."
    if keys == RIGHT_CHAIN:
        return None
    for k in keys:
        if k in PARALLEL:
            return Mistake(
                PARALLEL[k],
                hint="Three statements (F, G, H) are parallel symptoms: leave them out. The "
                "chain uses the other five.",
            )
    order_hint = (
        "Put the letters so that each one answers 'why?' to the one before it: A first, then "
        "what explains A, ... down to the map."
    )
    if keys == RIGHT_CHAIN[::-1][: len(keys)] or (keys and keys[-1] == "A"):
        return Mistake(
            "The chain runs backwards: start with the problem (what we see) and end with "
            "the root cause.",
            hint="Reverse your list: the problem (A) comes first, the root cause last.",
        )
    if keys[0] != "A":
        return Mistake(
            "Start with the problem - the statement that describes what we see in the "
            "search stage - and ask 'why?' of it.",
            hint="A describes what we see (time-first sessions reserve less): start with A.",
        )
    pos = {k: i for i, k in enumerate(RIGHT_CHAIN)}
    pairs = list(zip(keys, keys[1:], strict=False))
    for prev, k in pairs:
        if pos[k] < pos[prev]:
            return Mistake(
                f"{k} does not explain {prev}. Read them aloud with 'because' between them: "
                f"'{STATEMENTS[prev].rstrip('.')}' because '{STATEMENTS[k].rstrip('.')}'?",
                hint=order_hint,
            )
    for prev, k in pairs:
        if pos[k] > pos[prev] + 1:
            return Mistake(
                f"A step is missing between {prev} and {k}: ask 'why?' of {prev} once more.",
                hint=f"Which of the statements not in your list explains {prev}?",
            )
    return Mistake(
        f"The chain stops too early: ask 'why?' of {keys[-1]} again, until you reach "
        "something the team can change.",
        hint="The chain ends with what the map shows (five statements in all).",
    )


@register
def order_whys() -> Exercise:
    """Exercise 3: order the given statements into a 5-whys chain."""
    return _Exercise(
        "Exercise 3",
        _order_problem,
        solution=list(RIGHT_CHAIN),
        hints=[
            "Start with the statement that describes the problem in the search stage, then "
            "pick the one that answers 'why?' to it, and so on.",
            "Three statements are parallel symptoms: true things we see, but none explains "
            "the step before it. Leave them out.",
            "The chain starts with A and ends with the map. Five statements in all.",
        ],
        success="Each step explains the one before it, and the last is something the team "
        "can change: what the map shows.",
    )


# ---- exercise 4 ----------------------------------------------------------------------------

#: Actions against the root cause: (description, verdict, why).
ACTIONS = {
    "free_cars_only": (
        "Show only the cars that are free for the whole time you set; grey out the rest.",
        "direct",
        "it changes exactly what the root cause names: what the map shows at the set time.",
    ),
    "sort_by_free_time": (
        "Sort the car list so that cars free at the set time come first.",
        "direct",
        "it changes what the map shows at the set time, so time-first sessions find a free "
        "car at once.",
    ),
    "availability_filter": (
        "Add a 'free from ... to ...' filter to the map.",
        "direct",
        "it lets the map show availability at the chosen time - the root cause itself.",
    ),
    "coupon_after_failure": (
        "Send a discount coupon after a failed reservation attempt.",
        "indirect",
        "the map still shows booked cars; a coupon only softens the failure afterwards.",
    ),
    "book_early_push": (
        "Push a reminder: 'popular cars go fast - book early'.",
        "indirect",
        "it asks the customer to change, not the product: the map is unchanged.",
    ),
    "help_banner": (
        "Show a banner that explains how to open a car's timetable before reserving.",
        "indirect",
        "it teaches a workaround; the map still shows cars that are not free at the set time.",
    ),
}


def actions_template() -> dict[str, Any]:
    """The answer template: every action with ``...`` as its verdict."""
    return {k: ... for k in ACTIONS}


def _actions_problem(answer: Any) -> str | None:
    if not isinstance(answer, dict):
        return "Give a dict: {'free_cars_only': 'direct', ...}, one verdict per action."
    missing = [k for k in ACTIONS if k not in answer]
    if missing:
        return f"Give a verdict for every action; missing: {', '.join(missing)}."
    extra = [k for k in answer if k not in ACTIONS]
    if extra:
        return f"{extra[0]!r} is not one of the actions; use the keys of the template."
    verdicts = {}
    for k, v in answer.items():
        if v is ...:
            return f"Replace the ... of {k!r} with 'direct' or 'indirect'."
        if not isinstance(v, str) or v.strip().lower() not in ("direct", "indirect"):
            return f"The verdict for {k!r} should be 'direct' or 'indirect', not {v!r}."
        verdicts[k] = v.strip().lower()
    wrong = [k for k in ACTIONS if verdicts[k] != ACTIONS[k][1]]
    if not wrong:
        return None
    k = wrong[0]
    more = f" ({len(wrong) - 1} more to look at)" if len(wrong) > 1 else ""
    return f"{k!r} is {ACTIONS[k][1]}: {ACTIONS[k][2]}{more}"


@register
def classify_actions() -> Exercise:
    """Exercise 4: judge each action as direct or indirect."""
    return _Exercise(
        "Exercise 4",
        _actions_problem,
        solution={k: v[1] for k, v in ACTIONS.items()},
        hints=[
            "Direct: the action changes the root cause itself. Indirect: it works through "
            "something else - the customer's motivation or knowledge, or a later step.",
            "For each action ask: after it ships, does the map show which cars are free at the "
            "time I set? If yes, it is direct.",
            "Three actions are direct and three indirect.",
        ],
        success="Direct actions move the leading indicator (time-first sessions that reserve) "
        "at once and are easy to measure; indirect ones can help, but slower and with more noise.",
    )


# ---- exercise 5 (stretch) ------------------------------------------------------------------

#: Words that make a sentence read like a measurement (an observation, not a cause).
MEASURE_WORDS = (
    "rate",
    "share of",
    "conversion",
    "percent",
    "per cent",
    "ratio",
    "average",
    "metric",
    "kpi",
    "nps",
    "churn",
    "retention",
    "number of",
    "%",
)
#: The same for Korean (substrings: Korean attaches particles to the word).
MEASURE_WORDS_KO = (
    "비율",
    "비중",
    "평균",
    "퍼센트",
    "지표",
    "건수",
    "순추천",
    "리텐션",
    "수치",
)
#: A Korean word ending in -율/-률 (a rate: 전환율, 이탈률, ...), particle allowed after it;
#: not 효율 (efficiency), 자율, 규율, 법률.
_RATE_KO = re.compile(
    r"(?<![가-힣])(?!효율|자율|규율|법률)[가-힣]*[율률](?:[이은는을를가도의]|에서|보다|로)?(?![가-힣])"
)
_STOP = set(
    """a an the and or but if of to in on at by for from with without into onto about as is are
    was were be been being do does did done have has had not no nor so too very can could will
    would should may might must shall this that these those there here it its they them their
    theirs we our you your he she his her i me my who whom whose which what when where why how
    than then also just only more most less least many much few some any all each every other
    another same such own again still even ever never always often because since while after
    before until why user users customer customers people person bomcar app one ones get gets
    got make makes made""".split()
)


def _key_words(text: str) -> list[str]:
    """Crude stems of the content words, in order. English: plural 's' dropped, then the
    first four letters. Korean: a particle dropped, then the first two syllables
    (:func:`helpers.hangul.hangul_stems`)."""
    out = []
    for w in re.findall(r"[a-z]+|[가-힣]+", text.lower()):
        if hangul.has_hangul(w):
            out.extend(hangul.hangul_stems(w))
            continue
        if len(w) < 3 or w in _STOP:
            continue
        if w.endswith("s") and len(w) > 3:
            w = w[:-1]
        out.append(w[:4])
    return out


def _stems(text: str) -> set[str]:
    return set(_key_words(text))


def _subject(text: str) -> str | None:
    words = _key_words(text)
    return words[0] if words else None


def _measurement(text: str) -> list[str]:
    low = text.lower()
    found = [w for w in MEASURE_WORDS if re.search(rf"(?<![a-z]){re.escape(w)}", low)]
    found += [w for w in MEASURE_WORDS_KO if w in low]
    found += [m.group(0) for m in _RATE_KO.finditer(low) if m.group(0) not in found]
    if re.search(r"\d", low):
        found.append("a number")
    return found


def _step(i: int) -> str:
    """Step ``i`` (1 = the problem) named as the answer template names it: 'why 1', ...

    >>> _step(1), _step(3)
    ('the problem', 'why 2')
    """
    return "the problem" if i == 1 else f"why {i - 1}"


def whys_problem(chain: Any) -> str | None:
    """None if ``chain`` passes the three rules below, else what is wrong (a heuristic).

    The rules read English and Korean (or a mix): Korean key words are cut to a stem with
    :mod:`helpers.hangul`, and Korean measurement words (전환율, 비율, 평균, ...) count too.

    After the basic shape (:func:`helpers.strategy.check_whys`, at least the problem and two
    whys), each *why* step (every step after the first) must:

    1. not read like a measurement - no number, no metric word such as 'rate', 'conversion',
       '%' (the problem itself may be a measurement);
    2. share a key word with the step before it - a why-answer says what it explains, so it
       carries something forward ('... the card fails' -> 'the card fails because ...');
    3. and the why steps must not all start with the same subject as the problem ('young
       riders cancel', 'young riders ...') - that is a list of facts about one group.

    It cannot tell whether a cause is *true*; only a person (and data) can.
    """
    shape = strategy.check_whys(chain, min_len=3, max_len=7)
    if shape:
        return shape
    steps = [s.strip() for s in chain]
    whys = steps[1:]
    measured = [(i, _measurement(s)) for i, s in enumerate(whys, start=2)]
    measured = [(i, m) for i, m in measured if m]
    if len(measured) >= max(2, len(whys) / 2):
        return (
            "These read like parallel symptoms: several steps are measurements ("
            f"{', '.join(_step(i) for i, _ in measured)}), things you observe side by side. A "
            "5-whys chain explains: each step is the cause of the one before it."
        )
    if measured:
        i, words = measured[0]
        return (
            f"{_step(i).capitalize()} reads like a measurement ({', '.join(words)}): that is "
            "an observation, "
            "not a cause. Say what makes the step before it happen - something about the "
            "product, the price, the process or the customer's situation."
        )
    for i in range(1, len(steps)):
        if not _stems(steps[i]) & _stems(steps[i - 1]):
            return (
                f"{_step(i + 1).capitalize()} does not seem to explain {_step(i)}: they share "
                "no key word. A "
                "why-answer names what it explains - carry the thing forward, e.g. '... the "
                "card fails' -> 'the card fails because ...'."
            )
    subject = _subject(steps[0])
    if subject and len(whys) >= 2 and all(_subject(s) == subject for s in whys):
        return (
            "Every step starts with the same subject as the problem: that is a list of facts "
            "about one group, side by side. Ask what *they meet* - the product, the price, the "
            "process - that makes the step before happen."
        )
    return None


@register
def own_whys() -> Exercise:
    """Exercise 5 (stretch): a 5-whys chain in the learner's own words (heuristic check)."""
    return _Exercise(
        "Exercise 5",
        whys_problem,
        hints=[
            "Start with one problem you saw in the data; then each step answers 'why?' to the "
            "step right before it.",
            "This checker uses three simple rules: no measurements after the problem, each step "
            "shares a key word with the one before, and not every step about the same people. "
            "Reword a true cause so it names what it explains.",
            "Example of one link: 'Their payment is declined at the last step' -> 'The payment "
            "is declined because the card saved in the app has expired' (in Korean: '마지막 "
            "단계에서 결제가 거절된다' -> '앱에 저장된 카드가 만료되어 결제가 거절된다').",
        ],
        success="Your chain passes the simple checks (linked steps, causes rather than "
        "measurements). Now read it aloud with 'because' between the steps, or better, to a "
        "teammate: does each sentence really explain the one above it? Could you check it "
        "with data?",
    )
