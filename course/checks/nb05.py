"""Checkers for notebook 05 (the business view: metric hierarchy, leading indicators, 5 whys,
actions and the strategy map).

Right answers that come from the data are computed here from the committed data, so a change
to the data changes the expected answers with it.

Three checkers read what the PM writes, with stated word rules (no model, no network):

* :func:`behaviour_goal` - the behaviour goal of the search stage and its keywords
  (:func:`goal_problem`): a customer behaviour, not a business number and not a feature;
  keywords are words of the goal.
* :func:`whys_tree` - a 5-whys tree from a blank page, in the rows of :mod:`helpers.whys`
  (:func:`tree_problem`): the symptom at the top, causes below it (not symptoms, not
  actions), deep enough, and reaching the root cause the data shows.
* :func:`ranked_actions` - actions per root cause, direct or indirect, each with an impact
  estimate on the chain leading indicator -> stage metric -> north star (:func:`impact`).

>>> goal_problem("Add a filter for free cars")[:17]
'This is a feature'
>>> ex = whys_tree()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np
import pandas as pd

from course import combinations, data, important_customer, search_behaviour
from course.exercises import Exercise, Mistake, register
from helpers import whys
from helpers.i18n import tr
from helpers.whys import _measurement

#: The candidate leading indicators of the search/browse stage (session-level columns).
CANDIDATES = ("car_type_filter", "two_plus_zones", "time_first", "car_views")
FIX_VERSION = "3.0"
#: Weeks with fewer search sessions than this are too noisy for a weekly share.
MIN_WEEK_SESSIONS = 200

#: The worked behaviour goal of the search stage (Exercise 3's solution). Notebook 06 quotes
#: it; tests/notebooks/test_nb06.py checks that 05's solution and 06's quote are this text.
WORKED_GOAL = "Find the car I want, free at the time I need, quickly"
#: Its keywords, in the order notebook 05's solution underlines them.
WORKED_KEYWORDS = ["the car I want", "at the time I need", "quickly"]


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


# ---- exercise 1 ----------------------------------------------------------------------------


@register
def not_an_indicator() -> Exercise:
    """Exercise 1: which candidate has the same value in practically every search session
    (so it can never be a leading indicator here)?"""
    s = search_sessions()
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
    # verdicts cite only what the learner has seen by now: the with/without table above the
    # exercise (conversion of search sessions with and without each behaviour), in whole %
    shown = {
        f: s.groupby(f)["reserved"].mean()
        for f in ("car_type_filter", "two_plus_zones", "time_first")
    }

    def pair(flag: str) -> dict[str, float]:
        return {"with_": shown[flag][True], "without": shown[flag][False]}

    def wrong(flag: str) -> str:
        if flag == "time_first":
            return tr(
                "time_first varies: time-first sessions reserve less often ({with_:.0%} "
                "against {without:.0%} in the table above). It is the strongest candidate, "
                "not a dead one.",
                **pair(flag),
            )
        if flag == "car_type_filter":
            return tr(
                "car_type_filter varies: sessions with the filter reserve more often "
                "({with_:.0%} against {without:.0%} in the table above) - a usable candidate.",
                **pair(flag),
            )
        return tr(
            "two_plus_zones is a weak candidate ({with_:.0%} against {without:.0%} in the "
            "table above), but it does vary, so it could still move with conversion. Look for "
            "one that (practically) never changes.",
            **pair(flag),
        )

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return tr("Answer with a column name in quotes, e.g. 'time_first'.")
        a = answer.strip().lower()
        if a == right:
            return None
        if a in ("time_first", "car_type_filter", "two_plus_zones"):
            return wrong(a)
        return tr(
            "{answer!r} is not one of the candidates: {candidates}.",
            answer=answer,
            candidates=", ".join(CANDIDATES),
        )

    return Exercise(
        tr("Exercise 1"),
        check,
        solution=right,
        hints=[
            tr(
                "An indicator can only lead something if it moves. Which column has the same "
                "value in practically every session?"
            ),
            tr("Try `sessions[col].value_counts()` or `.nunique()` on each candidate column."),
            tr(
                "{n:,} of {total:,} search sessions show exactly {usual} car view.",
                n=n_usual,
                total=len(views),
                usual=usual,
            ),
        ],
        success=tr(
            "{n:,} of {total:,} search sessions show exactly {usual} car view (the exception "
            "is a session cut off by the end of the data): a metric that never moves cannot "
            "tell you anything. (It may still be worth logging - a future app version could "
            "change it.)",
            n=n_usual,
            total=len(views),
            usual=usual,
        ),
    )


# ---- exercise 2 ----------------------------------------------------------------------------


@register
def time_first_on_fix() -> Exercise:
    """Exercise 2: the conversion of time-first search sessions on app 3.0 (a share)."""
    rates = time_first_rates()
    right = float(rates[(True, True)])
    s = search_sessions()
    typical = {
        float(rates[(False, True)]): tr(
            "That is time-first sessions on the *older* versions; keep only sessions whose "
            "version is '3.0'."
        ),
        float(rates[(True, False)]): tr(
            "That is the *other* sessions on 3.0 (time not set first); keep the time-first ones."
        ),
        float(s.loc[s["time_first"], "reserved"].mean()): tr(
            "That mixes all app versions; keep only sessions on version '3.0'."
        ),
        float(s.loc[s["version"] == FIX_VERSION, "reserved"].mean()): tr(
            "That is all sessions on 3.0; keep only the time-first ones."
        ),
    }

    def check(answer: Any) -> str | None:
        if isinstance(answer, bool):
            return tr("Give the conversion as a number between 0 and 1, e.g. 0.25.")
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return tr("Give the conversion as a number between 0 and 1, e.g. 0.25.")
        if abs(value - right) <= 0.0005:
            return None
        if abs(value - 100 * right) <= 0.05:
            return tr("That looks like a percentage; give it as a share (0-1).")
        for other, msg in typical.items():
            if abs(value - other) <= 0.0005:
                return msg
        if value > right:
            return tr("{value:.3f} is too high.", value=value)
        return tr("{value:.3f} is too low.", value=value)

    return Exercise(
        tr("Exercise 2"),
        check,
        expects="share",
        solution=right,
        rounded=2,  # the notebook states it as a whole percent
        hints=[
            tr(
                "Keep the search sessions with `version == '3.0'` and `time_first` True, then "
                "take the mean of `reserved`."
            ),
            tr(
                "`sessions.loc[(sessions['version'] == '3.0') & sessions['time_first'], "
                "'reserved']` - then `.mean()`."
            ),
            tr("A mean of True/False values is the share of True: the conversion."),
        ],
        success=tr(
            "{share:.1%} of time-first search sessions on app 3.0 end in a reservation. "
            "Compare it with the older versions (the next cell).",
            share=right,
        ),
    )


# ---- exercise 3: the behaviour goal and its keywords ---------------------------------------

#: A business number: what we want to see in our metrics (not what the customer does).
_BUSINESS = re.compile(
    r"\b(raise|increase|grow|boost|lift|improve|maximi[sz]e|revenue|sales|profit|sign-?ups?|"
    r"gmv|target)\b"
)
_BUSINESS_KO = ("올리", "높이", "늘리", "증가", "매출", "가입자", "수익", "달성")
#: A feature: something we build (the goal says what the customer does with it).
_FEATURE = re.compile(
    r"\b(add|build|launch|introduce|implement|develop|redesign|release|ship|feature|button)\b"
)
_FEATURE_KO = ("추가", "도입", "개발", "출시", "기능", "버튼", "화면을")
#: What a customer does in the search stage (English word starts; Korean stems).
_SEARCH_VERBS = re.compile(
    r"\b(find|finds|found|book|books|reserve|reserves|pick|picks|choose|chooses|select|selects|"
    r"see|sees|compare|compares|search|searches|get|gets|rent|rents|secure|land)\b"
)
_SEARCH_KO = ("찾", "예약", "고르", "골라", "고른", "빌리", "빌려", "선택", "조회", "확인", "구하")
#: Later stages: a goal about them is not the search stage's goal.
_LATER = re.compile(r"\b(ride|rides|drive|drives|return|returns|come back|pay|pays|renew)\b")
_LATER_KO = ("운행", "반납", "결제", "재이용", "다시 이용")
_FILLER = {"i", "a", "an", "the", "to", "of", "and", "at", "in", "my", "car", "차", "을", "를"}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def goal_problem(goal: str) -> str | None:
    """None if ``goal`` reads as a customer behaviour in the search stage, else what it
    reads as instead. Rules, in order: a business number (a metric word, a number, 'raise',
    '매출', ...) -> not a behaviour; a feature ('add', 'launch', '기능', ...) -> not a
    behaviour; no verb of what a searching customer does ('find', 'book', 'choose', '찾',
    '예약', '고르', ...) -> say what they do; only a later stage's verb ('ride', 'return')
    -> not this stage.

    >>> goal_problem("Find the car I want, free at the time I need, quickly") is None
    True
    >>> goal_problem("원하는 시간에 비어 있는 차를 빠르게 찾는다") is None
    True
    >>> goal_problem("Raise search conversion by 10%")[:22]
    'This is a business num'
    """
    low = _norm(goal)
    measured = _measurement(goal)
    business = _BUSINESS.search(low) or next((w for w in _BUSINESS_KO if w in low), None)
    if measured or business:
        words = ", ".join(measured) or (business if isinstance(business, str) else business[0])
        return Mistake(
            tr(
                "This is a business number ({words}): what *we* want to see in the metrics. A "
                "behaviour goal says what the *customer does* in the search stage - the number "
                "follows if they do it.",
                words=words,
            ),
            hint=tr(
                "Start with the customer: 'Find ...', 'Book ...', or in Korean '... 찾는다'. "
                "Leave the metric for the stage metric (the search-stage conversion)."
            ),
        )
    feature = _FEATURE.search(low) or next((w for w in _FEATURE_KO if w in low), None)
    if feature:
        word = feature if isinstance(feature, str) else feature[0]
        return Mistake(
            tr(
                "This is a feature ('{word}'): something *we* build. A behaviour goal says what "
                "the customer does; a feature is one of the actions that may get them there "
                "(Exercise 5).",
                word=word,
            ),
            hint=tr("Ask: what should the customer be able to do on the map? e.g. 'Find ... '."),
        )
    if not (_SEARCH_VERBS.search(low) or any(w in low for w in _SEARCH_KO)):
        if _LATER.search(low) or any(w in low for w in _LATER_KO):
            return Mistake(
                tr(
                    "This is about a later stage (the ride, the return, the payment). The goal "
                    "is for the search stage: what should the customer do while looking for a "
                    "car?"
                ),
                hint=tr("Use a search-stage verb: find, choose, book (찾다, 고르다, 예약하다)."),
            )
        return tr(
            "Say what the customer does in the search stage, with a verb: 'find', 'choose', "
            "'book' (Korean: 찾다, 고르다, 예약하다)."
        )
    return None


def _goal_answer_problem(answer: Any) -> str | None:
    if not isinstance(answer, dict) or not {"goal", "keywords"} <= set(answer):
        return tr(
            "Give a dict with two entries: {example}.",
            example="{'goal': 'a sentence', 'keywords': ['word', ...]}",
        )
    goal, keywords = answer["goal"], answer["keywords"]
    if not isinstance(goal, str) or not goal.strip():
        return tr("The 'goal' is one sentence in quotes: what the customer does.")
    problem = goal_problem(goal)
    if problem:
        return problem
    if isinstance(keywords, str):
        return tr(
            "Give the keywords as a list of words in quotes, e.g. ['quickly', 'the car I want']."
        )
    if not isinstance(keywords, list | tuple) or not keywords:
        return tr("Pick one to three keywords from your goal, as a list of words in quotes.")
    if not all(isinstance(k, str) and k.strip() for k in keywords):
        return tr("Every keyword is a word (or a few words) in quotes.")
    if len(keywords) > 4:
        return tr(
            "{n} keywords is a sentence again: keep the one to three that carry it.",
            n=len(keywords),
        )
    low = _norm(goal)
    for k in keywords:
        kn = _norm(k)
        if kn not in low:
            return Mistake(
                tr(
                    "{keyword!r} is not in your goal. Keywords are words *picked from the "
                    "goal* - the ones that say what matters in it, so notebook 06 can match "
                    "them to the customer's needs.",
                    keyword=k,
                ),
                hint=tr("Copy the words from your goal sentence exactly, e.g. 'quickly'."),
            )
        if kn == low:
            return tr("That keyword is the whole goal: pick the few words that carry it.")
        if set(kn.split()) <= _FILLER:
            return tr(
                "{keyword!r} is a filler word: pick words that carry the goal ('quickly', "
                "'원하는').",
                keyword=k,
            )
    return None


def _has_time(text: str) -> bool:
    low = text.lower()
    return bool(_TIME.search(low) or any(w in low for w in _TIME_KO))


def keyword_note(answer: Any) -> str | None:
    """For an accepted behaviour goal: the keyword notebook 06 will need
    (:data:`course.important_customer.KEYWORD`, the *time*), when the goal or its keywords
    leave the time out; None when they carry it.

    >>> keyword_note({"goal": "Find a free car quickly", "keywords": ["quickly"]})[:38]
    "Of the course's keywords ('at the time"
    """
    from course import important_customer as ic

    answer = getattr(answer, "value", answer)  # an answer cell that failed after setting it
    if not isinstance(answer, dict) or not isinstance(answer.get("goal"), str):
        return None
    goal, keywords = answer["goal"], answer.get("keywords")
    if not isinstance(keywords, list | tuple) or not all(isinstance(k, str) for k in keywords):
        return None
    if any(_has_time(k) for k in keywords):
        return None
    course = "'at the time I need', 'the car I want', 'quickly'"
    if _has_time(goal):
        return tr(
            "Of the course's keywords ({course}), notebook 06 needs {keyword!r} for the "
            "important customer - the time, and your keywords leave it out: the failed "
            "time-first sessions are why it matters. Add the time to yours before 06.",
            course=course,
            keyword=ic.KEYWORD,
        )
    return tr(
        "Of the course's keywords ({course}), notebook 06 needs {keyword!r} for the "
        "important customer - the time, and your goal leaves it out: the failed time-first "
        "sessions are why it matters. Add the time to yours before 06.",
        course=course,
        keyword=ic.KEYWORD,
    )


@register
def behaviour_goal() -> Exercise:
    """Exercise 3: write the behaviour goal of the search stage and its keywords."""
    return Exercise(
        tr("Exercise 3"),
        _goal_answer_problem,
        right_note=keyword_note,
        hints=[
            tr(
                "A behaviour goal is what the customer *does* (find, choose, book), not a "
                "number we want to see and not a feature we build."
            ),
            tr(
                "Think of the search stage: what should a customer who opens the map manage "
                "to do? Then underline the words that say what matters: those are the keywords."
            ),
            tr(
                "e.g. goal {goal!r}; keywords {keywords!r}.",
                goal=WORKED_GOAL,
                keywords=WORKED_KEYWORDS,
            ),
        ],
        success=tr(
            "A behaviour of the customer, with the words that carry it. Notebook 06 matches "
            "the course's keywords - 'at the time I need', 'the car I want', 'quickly' - to "
            "what the customers say they need."
        ),
    )


# ---- exercise 4: the 5-whys tree -----------------------------------------------------------

#: Whys needed on the main branch (the longest) below the symptom.
MIN_DEPTH = 3
#: The search stage's funnel words: the symptom at the top is about them.
_STAGE = re.compile(r"\b(attempt|reserv|ride|search|book|session|convert|conversion|fail)")
_STAGE_KO = ("시도", "예약", "운행", "탐색", "검색", "조회", "세션", "전환")
#: The root cause the data points at (notebooks 05-07): the map shows cars free now, not at
#: the time set. A leaf reaches it if it speaks of the time AND of what is free/shown.
_TIME = re.compile(r"\b(time|hour|when|slot)")
_TIME_KO = ("시간", "시각", "때")
_FREE = re.compile(r"\b(free|available|availab|booked|taken|map|occupied|reserved)")
_FREE_KO = ("지도", "비어", "빈 차", "예약 가능", "예약되어", "예약된", "이미", "맵")


def _reaches_time_pain(text: str) -> bool:
    low = text.lower()
    time = _TIME.search(low) or any(w in low for w in _TIME_KO)
    free = _FREE.search(low) or any(w in low for w in _FREE_KO)
    return bool(time and free)


def _read_as(table: pd.DataFrame) -> str:
    rows = "; ".join(
        f"{i} = {whys.kind_name(k)}" for i, k in zip(table["id"], table["kind"], strict=True)
    )
    return tr("Read as: {rows}.", rows=rows)


def tree_problem(tree: Any) -> str | None:
    """None if ``tree`` (rows of id / text / parent, see :mod:`helpers.whys`) passes the
    stated rules, else the first problem and how each row reads:

    1. the shape: one top row, every parent an id, no loop (:func:`helpers.whys.to_frame`);
    2. the top row is a **symptom** (what we observe in the metrics) of the search stage;
    3. every row below it is a **cause**: not another symptom (a parallel observation), not an
       action (what we would build: it belongs in the action list);
    4. the main branch goes at least :data:`MIN_DEPTH` whys deep;
    5. some branch ends at the root cause the data shows: what is shown as free is not free
       at the *time* the customer set.

    Branches are allowed, not required: two rows may share a parent.
    """
    try:
        table = whys.explain(tree)
    except (ValueError, TypeError) as exc:
        return str(exc)
    read = _read_as(table)
    top = table.iloc[(table["depth"] == 0).to_numpy().argmax()]
    if top["kind"] != "symptom":
        if top["kind"] == "action":
            msg = tr(
                "The top row {id!r} reads as an action ({why}). The tree starts from the "
                "symptom seen in the data - what we observe, e.g. 'many reservation attempts, "
                "few completed rides'. {read}",
                id=top["id"],
                why=top["why"],
                read=read,
            )
        else:
            msg = tr(
                "The top row {id!r} reads as a cause ({why}). The tree starts from the "
                "symptom seen in the data - what we observe, e.g. 'many reservation attempts, "
                "few completed rides'. {read}",
                id=top["id"],
                why=top["why"],
                read=read,
            )
        return Mistake(
            msg,
            hint=tr(
                "Put what the data shows at the top (with a number or a word like 'few', "
                "'rate'); ask 'why?' under it."
            ),
        )
    low = top["text"].lower()
    if not (_STAGE.search(low) or any(w in low for w in _STAGE_KO)):
        return Mistake(
            tr(
                "The top row is a symptom, but not the search stage's: the data shows many "
                "reservation attempts and few completed rides. {read}",
                read=read,
            ),
            hint=tr("Start from the symptom in the table above: attempts per completed ride."),
        )
    below = table[table["depth"] > 0]
    for _, row in below.iterrows():
        if row["kind"] == "action":
            return Mistake(
                tr(
                    "Row {id!r} is an action ({why}). The tree asks *why*; what we would do "
                    "about a cause goes in the action list (Exercise 5). {read}",
                    id=row["id"],
                    why=row["why"],
                    read=read,
                ),
                hint=tr(
                    "Rewrite {id!r} as the reason the row above happens, and keep the action "
                    "for later.",
                    id=row["id"],
                ),
            )
        if row["kind"] == "symptom":
            return Mistake(
                tr(
                    "Row {id!r} is another symptom ({why}): it says what we see, side by side "
                    "with its parent, not why the parent happens. {read}",
                    id=row["id"],
                    why=row["why"],
                    read=read,
                ),
                hint=tr(
                    "Read '{parent}, because {id}' aloud: a cause names something about the "
                    "customer's experience or the product.",
                    parent=row["parent"],
                    id=row["id"],
                ),
            )
    deepest = int(table["depth"].max())
    if deepest < MIN_DEPTH:
        return Mistake(
            tr(
                "The main branch stops after {deepest} why(s): ask 'why?' again, at least "
                "{min_depth} times, until you reach something the team can change. {read}",
                deepest=deepest,
                min_depth=MIN_DEPTH,
                read=read,
            ),
            hint=tr("Take the deepest row and ask: why does *that* happen?"),
        )
    frame = whys.to_frame(tree)
    ends = [i for i in whys.leaves(frame) if i != top["id"]]
    text = dict(zip(table["id"], table["text"], strict=True))
    if not any(_reaches_time_pain(text[i]) for i in ends):
        return Mistake(
            tr(
                "No branch ends at the root cause the data shows. The time-first sessions "
                "fail: what the customer sees as free is not free at the time they set. Every "
                "root cause you wrote ({ends}) may be true, but none says it. {read}",
                ends=", ".join(ends),
                read=read,
            ),
            hint=tr(
                "Follow the failed attempts down: which car did they pick, and what did the "
                "map show them about the time they set?"
            ),
        )
    return None


def tree_summary(tree: Any) -> str:
    """A one-line description of a valid tree: rows, branches, root causes."""
    frame = whys.to_frame(tree)
    counts = frame["parent"].value_counts()
    branching = int((counts.drop("", errors="ignore") > 1).sum())
    ends = whys.leaves(frame)
    return tr(
        "{rows} rows, {branching} branching point(s), root cause(s) {ends}; the main branch is "
        "{depth} whys deep.",
        rows=len(frame),
        branching=branching,
        ends=", ".join(ends),
        depth=int(whys.depths(frame).max()),
    )


@register
def whys_tree() -> Exercise:
    """Exercise 4: a 5-whys tree from a blank page (rows of id, text, parent)."""
    return Exercise(
        tr("Exercise 4"),
        tree_problem,
        given=("id", "parent"),  # a template's rows: only their texts are the learner's
        hints=[
            tr(
                "Top row: the symptom the data shows (parent None). Each row below answers "
                "'why?' to its parent. A cause says why - not a number, not an action."
            ),
            tr(
                "Follow the failed attempts: why do they fail? Why did the customer pick that "
                "car? What did the map show? A cause may have two reasons: give both the same "
                "parent."
            ),
            tr(
                "Main branch, e.g.: few rides -> attempts fail -> the car is booked at their "
                "time -> it looked free on the map -> the map shows cars free now, not at the "
                "time set."
            ),
        ],
        success=tr(
            "A tree from the symptom to a root cause the data supports. Read each link aloud "
            "with 'because'. Branches are allowed, not required: any other root cause you "
            "wrote is a hypothesis to check."
        ),
    )


# ---- exercise 5: actions with an impact estimate, ranked -----------------------------------

#: The impact window: the six full months before app 3.0 (released 2025-03-04).
WINDOW = ("2024-09", "2025-02")


@functools.cache
def important_sessions() -> pd.DataFrame:
    """Search sessions (:func:`course.search_behaviour.search_sessions`) of the important
    customer (:func:`course.important_customer.is_important_customer`) that started in the
    months of :data:`WINDOW`, with a ``month`` column."""
    events, users = data.load_events(), data.load_users()
    per_user = combinations.combination_users(events, users)
    ids = per_user.index[important_customer.is_important_customer(per_user)]
    s = search_behaviour.search_sessions(events, version_col="app_version")
    s = s[s["user_id"].isin(ids)].copy()
    s["month"] = s["start"].dt.to_period("M")
    first, last = (pd.Period(m, "M") for m in WINDOW)
    return s[(s["month"] >= first) & (s["month"] <= last)]


@functools.cache
def impact_base() -> dict[str, float]:
    """Today's values of the chain, per month of :data:`WINDOW`: ``time_first_sessions``
    and ``other_sessions`` (per month), ``time_first_rate`` and ``other_rate`` (reservations
    per search session), ``ratio`` (time-first / other: the leading indicator),
    ``stage_conversion`` (search session -> reservation), ``rides_per_reservation`` (returns /
    reservations of the same customers and months) and ``north_star`` (all completed rides
    per month)."""
    s = important_sessions()
    months = s["month"].nunique()
    tf, other = s[s["time_first"]], s[~s["time_first"]]
    events = data.load_events()
    month = events["timestamp"].dt.to_period("M")
    first, last = (pd.Period(m, "M") for m in WINDOW)
    in_window = events[(month >= first) & (month <= last)]
    mine = in_window[in_window["user_id"].isin(set(s["user_id"]))]
    per_event = mine["event"].value_counts()
    return {
        "months": float(months),
        "time_first_sessions": len(tf) / months,
        "other_sessions": len(other) / months,
        "time_first_rate": float(tf["reserved"].mean()),
        "other_rate": float(other["reserved"].mean()),
        "ratio": float(tf["reserved"].mean() / other["reserved"].mean()),
        "stage_conversion": float(s["reserved"].mean()),
        "rides_per_reservation": float(per_event["return"] / per_event["reservation"]),
        "north_star": float((in_window["event"] == "return").sum() / months),
    }


def impact(ratio_to: float) -> dict[str, float]:
    """The chain for one action: if the time-first ratio (leading indicator) rose to
    ``ratio_to``, the stage metric (search -> reservation conversion of the important
    customer) and the extra completed rides per month (north star).

    Returns ``stage_conversion`` (after), ``extra_reservations`` and ``extra_rides`` per
    month, and ``share_of_north_star``. Raises ``ValueError`` for a ratio outside 0-2.

    >>> round(impact(impact_base()["ratio"])["extra_rides"], 6)
    0.0
    """
    if (
        isinstance(ratio_to, bool)
        or not isinstance(ratio_to, int | float)
        or not 0 <= ratio_to <= 2
    ):
        raise ValueError(f"impact(): ratio_to is a ratio between 0 and 2, not {ratio_to!r}.")
    b = impact_base()
    new_rate = ratio_to * b["other_rate"]
    extra_res = b["time_first_sessions"] * (new_rate - b["time_first_rate"])
    sessions = b["time_first_sessions"] + b["other_sessions"]
    extra_rides = extra_res * b["rides_per_reservation"]
    return {
        "stage_conversion": b["stage_conversion"] + extra_res / sessions,
        "extra_reservations": extra_res,
        "extra_rides": extra_rides,
        "share_of_north_star": extra_rides / b["north_star"],
    }


_INDIRECT = re.compile(
    r"\b(coupon|discount|voucher|push|reminder|remind|notif\w*|e-?mail|banner|tutorial|guide|"
    r"explain\w*|help|faq|campaign|ads?|advert\w*|reward|points|video|tips?|educat\w*)\b"
)
_INDIRECT_KO = (
    "쿠폰",
    "할인",
    "푸시",
    "알림",
    "배너",
    "안내",
    "가이드",
    "튜토리얼",
    "이메일",
    "캠페인",
    "적립",
    "설명",
)
_DIRECT = re.compile(r"\b(free|available|availability|booked|taken|unavailable)\b")
_DIRECT_KO = ("비어", "빈 차", "예약 가능", "예약된", "이용 가능", "가능한 차")


def action_kind(text: str) -> str | None:
    """``"direct"`` if the action changes what the customer sees as free at the time they set
    (availability words *and* time words), ``"indirect"`` if it works through a message, a
    reward or an explanation (coupon, push, banner, guide, 쿠폰, 알림, ...), None if the
    words say neither or both (then the learner's label stands).

    >>> action_kind("Show only cars free for the whole time you set"), action_kind("Send a coupon")
    ('direct', 'indirect')
    """
    low = text.lower()
    indirect = bool(_INDIRECT.search(low) or any(w in low for w in _INDIRECT_KO))
    direct = bool(
        (_DIRECT.search(low) or any(w in low for w in _DIRECT_KO))
        and (
            _TIME.search(low) or any(w in low for w in _TIME_KO) or re.search(r"\bfree from\b", low)
        )
    )
    if direct and not indirect:
        return "direct"
    if indirect and not direct:
        return "indirect"
    return None


ACTION_KEYS = ("cause", "action", "kind", "ratio_to", "extra_rides", "confidence", "effort")


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, int | float | np.integer | np.floating):
        return None
    return float(v) if v == v else None


def _looks_like_percent(value: float | None, *, low: float) -> bool:
    """``value`` is a percent written where a share (0-1) belongs: from 5 to 100 (1.5 is
    more likely a slip than 1.5%), and above ``low`` once divided by 100."""
    return value is not None and 5 <= value <= 100 and value / 100 > low


def _one_action_problems(
    n: int, a: dict, base: dict[str, float], half_way: float
) -> tuple[list[str], list[Mistake]]:
    """The percent-looking fields of one action (``"ratio_to 90 -> 0.9"``) and its other
    problems, each a :class:`Mistake` with the hint for it. A check that needs a field
    already found wrong (extra_rides needs ratio_to) is skipped."""
    name = repr(a["action"]) if isinstance(a["action"], str) else tr("action {n}", n=n)
    percents: list[str] = []
    out: list[Mistake] = []
    if not isinstance(a["cause"], str) or not a["cause"].strip():
        out.append(
            Mistake(
                tr(
                    "{name}: name the root cause it acts on (its id or text in the tree).",
                    name=name,
                ),
                hint=tr("'cause' is the id of a row of your tree, in quotes, e.g. '4'."),
            )
        )
    if not isinstance(a["action"], str) or not a["action"].strip():
        out.append(
            Mistake(
                tr("Action {n}: describe the action in a sentence in quotes.", n=n),
                hint=tr("e.g. 'Show only cars free for the whole time set'."),
            )
        )
    kind = a["kind"].strip().lower() if isinstance(a["kind"], str) else None
    kind = {"직접": "direct", "간접": "indirect"}.get(kind, kind)  # the Korean edition's words
    kind_hint = tr(
        "Direct: after it ships, the map shows which cars are free at the time set. "
        "Indirect: the customer has to do or know something more."
    )
    if kind not in ("direct", "indirect"):
        out.append(
            Mistake(
                tr(
                    "{name}: 'kind' is 'direct' or 'indirect', not {kind!r}.",
                    name=name,
                    kind=a["kind"],
                ),
                hint=kind_hint,
            )
        )
    else:
        rule = action_kind(a["action"]) if isinstance(a["action"], str) else None
        if rule == "direct" and kind == "indirect":
            msg = tr(
                "{name} is direct, not indirect: it changes what the customer sees as free at "
                "the time they set - the root cause itself.",
                name=name,
            )
            out.append(Mistake(msg, hint=kind_hint))
        elif rule == "indirect" and kind == "direct":
            msg = tr(
                "{name} is indirect, not direct: it works through a message, a reward or an "
                "explanation; the map still shows the same cars.",
                name=name,
            )
            out.append(Mistake(msg, hint=kind_hint))
    ratio = _num(a["ratio_to"])
    ratio_ok = False
    if ratio is None:
        out.append(
            Mistake(
                tr(
                    "{name}: 'ratio_to' is a number - the time-first ratio you expect after it.",
                    name=name,
                ),
                hint=tr("Write it without quotes, e.g. 0.8."),
            )
        )
    elif _looks_like_percent(ratio, low=base["ratio"]):
        percents.append(f"ratio_to {ratio:g} -> {ratio / 100:g}")
    elif ratio <= base["ratio"]:
        out.append(
            Mistake(
                tr(
                    "{name}: a ratio_to of {ratio:.2f} is no lift: today's ratio is "
                    "{today:.2f}. What do you expect after the action?",
                    name=name,
                    ratio=ratio,
                    today=base["ratio"],
                ),
                hint=tr("Pick a ratio between today's {today:.2f} and 1.", today=base["ratio"]),
            )
        )
    elif ratio > 1:
        out.append(
            Mistake(
                tr(
                    "{name}: a ratio_to of {ratio:.2f} means time-first sessions would convert "
                    "*better* than the others. Nothing in the data supports that; 1 means the "
                    "pain is gone.",
                    name=name,
                    ratio=ratio,
                ),
                hint=tr("Stay between today's ratio and 1."),
            )
        )
    elif kind == "indirect" and ratio > half_way:
        out.append(
            Mistake(
                tr(
                    "{name}: {ratio:.2f} is optimistic for an indirect action - it leaves the "
                    "map as it is. Half the way to 1 ({half_way:.2f}) is already generous.",
                    name=name,
                    ratio=ratio,
                    half_way=half_way,
                ),
                hint=tr("Give indirect actions a smaller lift (and a lower confidence)."),
            )
        )
    else:
        ratio_ok = True
    rides = _num(a["extra_rides"])
    if rides is None:
        out.append(
            Mistake(
                tr(
                    "{name}: 'extra_rides' is a number: completed rides per month, from the chain.",
                    name=name,
                ),
                hint=tr(
                    "extra_rides = impact(ratio_to)['extra_rides'] - compute it, do not type it."
                ),
            )
        )
    elif ratio_ok:
        expected = impact(ratio)["extra_rides"]
        if abs(rides - expected) > max(1.0, 0.1 * expected):
            out.append(
                Mistake(
                    tr(
                        "{name}: {rides:.1f} extra rides a month does not follow from ratio_to "
                        "{ratio:.2f}; the chain on the data gives about {expected:.0f}.",
                        name=name,
                        rides=rides,
                        ratio=ratio,
                        expected=expected,
                    ),
                    hint=tr(
                        "Use the chain: time-first sessions x (ratio_to x other rate - "
                        "time-first rate) x rides per reservation - or `impact(ratio_to)` from "
                        "the cell above."
                    ),
                )
            )
    conf = _num(a["confidence"])
    if _looks_like_percent(conf, low=0):
        percents.append(f"confidence {conf:g} -> {conf / 100:g}")
    elif conf is None or not 0 < conf <= 1:
        out.append(
            Mistake(
                tr(
                    "{name}: 'confidence' is a share above 0 and at most 1 (0.8 = fairly sure).",
                    name=name,
                ),
                hint=tr("0.8 = fairly sure, 0.3 = a long shot."),
            )
        )
    effort = _num(a["effort"])
    if effort is None or not 1 <= effort <= 5:
        out.append(
            Mistake(
                tr("{name}: 'effort' is 1 (a day) to 5 (a quarter of the team's work).", name=name),
                hint=tr("A whole number from 1 (a day) to 5 (a quarter)."),
            )
        )
    return ([f"{name}: {', '.join(percents)}"] if percents else []), out


def actions_problem(actions: Any) -> str | None:
    """None if every action in ``actions`` (a list of dicts with :data:`ACTION_KEYS`, or a
    table with those columns) is judged right and estimated plausibly, else **every**
    problem of the answer at once (one per line), with one hint that speaks to them.

    Rules: ``kind`` is 'direct' or 'indirect' and agrees with :func:`action_kind` where the
    words decide; ``ratio_to`` lies above today's ratio and at most 1 (a time-first session
    converting better than the others has no support in the data); an indirect action may
    promise at most half the way to 1; ``extra_rides`` matches :func:`impact` of
    ``ratio_to`` within 10% (or 1 ride); ``confidence`` is 0-1 and ``effort`` is 1-5; at
    least two actions, at least one direct. A ``ratio_to`` or ``confidence`` written as a
    percent (90 for 0.9) is named as such, all of them in one line.

    >>> print(actions_problem([{"cause": "4", "action": "Show only cars free at the time set",
    ...     "kind": "direct", "ratio_to": 90, "extra_rides": 1.0, "confidence": 70,
    ...     "effort": 2}] * 2).split(": ")[0])
    These look like percents; write shares 0-1
    """
    if isinstance(actions, pd.DataFrame):
        actions = actions.to_dict("records")
    if not isinstance(actions, list | tuple) or not all(isinstance(a, dict) for a in actions):
        return tr(
            "Give a list of dicts, one per action: {example}.",
            example="[{'cause': ..., 'action': ..., ...}, ...]",
        )
    if len(actions) < 2:
        return Mistake(
            tr("Ideate at least two actions, so there is something to rank."),
            hint=tr(
                "Add a dict to the list: another action for the same root cause, or one for "
                "another root cause."
            ),
        )
    for n, a in enumerate(actions, start=1):
        missing = [k for k in ACTION_KEYS if k not in a]
        if missing:
            return Mistake(
                tr(
                    "Action {n} is missing {missing}: every action needs {keys}.",
                    n=n,
                    missing=", ".join(missing),
                    keys=", ".join(ACTION_KEYS),
                ),
                hint=tr("Copy the template's dict for each action and fill in every key."),
            )
    base = impact_base()
    half_way = base["ratio"] + (1 - base["ratio"]) / 2
    percents: list[str] = []
    problems: list[Mistake] = []
    for n, a in enumerate(actions, start=1):
        p, other = _one_action_problems(n, a, base, half_way)
        percents += p
        problems += other
    if percents:
        problems.insert(
            0,
            Mistake(
                tr(
                    "These look like percents; write shares 0-1: {fields}.",
                    fields="; ".join(percents),
                ),
                hint=tr(
                    "Write each as a share (90% -> 0.9, 70% -> 0.7). Then compute extra_rides "
                    "again from the new ratio_to: impact(ratio_to)['extra_rides']."
                )
                if any("ratio_to" in p for p in percents)
                else tr("Write each as a share (90% -> 0.9, 70% -> 0.7)."),
            ),
        )
    if not problems and all(a["kind"].strip().lower() == "indirect" for a in actions):
        return Mistake(
            tr(
                "Every action is indirect: nothing changes the root cause itself. That is the "
                "warning sign of a strategy map."
            ),
            hint=tr("Add one action that changes what the map shows at the time set."),
        )
    if not problems:
        return None
    if len(problems) == 1:
        return problems[0]
    hints = list(dict.fromkeys(p.hint for p in problems if p.hint))
    return Mistake(
        tr("{n} problems, all at once:", n=len(problems)) + "\n- " + "\n- ".join(problems),
        hint=" ".join(hints),
    )


def rank_actions(actions: Any) -> pd.DataFrame:
    """The actions as a table with ``score`` = extra rides x confidence / effort, best first."""
    table = pd.DataFrame(list(actions) if not isinstance(actions, pd.DataFrame) else actions)
    table["score"] = table["extra_rides"] * table["confidence"] / table["effort"]
    return table.sort_values("score", ascending=False, kind="stable").reset_index(drop=True)


#: The action texts of the answer Exercise 5 judged last (this session): ``ranked`` must
#: hold the same actions.
_SEEN_ACTIONS: dict[str, list[str]] = {}


def _action_texts(actions: Any) -> list[str] | None:
    if isinstance(actions, pd.DataFrame) and "action" in actions:
        actions = actions.to_dict("records")
    if not isinstance(actions, list | tuple) or not all(isinstance(a, dict) for a in actions):
        return None
    return [str(a.get("action", "")).strip() for a in actions]


@register
def ranked_actions() -> Exercise:
    """Exercise 5: actions per root cause, direct or indirect, each with an impact estimate."""

    def check(answer: Any) -> str | None:
        texts = _action_texts(answer)
        if texts is not None:
            _SEEN_ACTIONS["actions"] = texts
        return actions_problem(answer)

    return Exercise(
        tr("Exercise 5"),
        check,
        hints=[
            tr(
                "One dict per action: the cause it acts on, the action, 'direct' or "
                "'indirect', the time-first ratio you expect after it, the extra rides from "
                "the chain, a confidence (0-1) and an effort (1-5)."
            ),
            tr(
                "Check each field against its range: ratio_to between today's ratio and 1, "
                "confidence 0-1 (a share, not a percent), effort 1-5."
            ),
            tr("extra_rides = impact(ratio_to)['extra_rides'] - compute it, do not type it."),
        ],
        success=tr(
            "Each action is judged and estimated on the data. The score ranks them; the "
            "ranking is a bet to revisit after the first one ships."
        ),
    )


def ranked_problem(ranked: Any) -> str | None:
    """None if ``ranked`` is the learner's actions as a table with ``score`` = extra rides x
    confidence / effort on every row, sorted by score, best first; else what is wrong. The
    actions must be those Exercise 5 checked last (:data:`_SEEN_ACTIONS`), when it has.

    >>> _SEEN_ACTIONS.clear()  # no Exercise 5 answer checked yet this session
    >>> t = pd.DataFrame({"action": ["a", "b"], "extra_rides": [10.0, 20.0],
    ...                   "confidence": [0.5, 0.5], "effort": [1, 1], "score": [5.0, 10.0]})
    >>> ranked_problem(t)[:30]
    'Sort it best first: the highes'
    """
    if isinstance(ranked, list | tuple) and all(isinstance(a, dict) for a in ranked):
        return Mistake(
            tr("That is a list: make it a table first."),
            hint=tr("ranked = pd.DataFrame(my_actions), then add the score column and sort."),
        )
    if not isinstance(ranked, pd.DataFrame):
        return tr(
            "`ranked` is my_actions as a table: pd.DataFrame(my_actions), with a score column."
        )
    need = ["action", "extra_rides", "confidence", "effort"]
    missing = [c for c in need if c not in ranked.columns]
    if missing:
        return Mistake(
            tr(
                "The table has no {missing} column: build it from your actions.",
                missing=", ".join(missing),
            ),
            hint=tr("ranked = pd.DataFrame(my_actions)"),
        )
    if "score" not in ranked.columns:
        return Mistake(
            tr("The table has no 'score' column."),
            hint=tr(
                "ranked['score'] = ranked['extra_rides'] * ranked['confidence'] / ranked['effort']"
            ),
        )
    seen = _SEEN_ACTIONS.get("actions")
    texts = [str(t).strip() for t in ranked["action"]]
    if seen is not None and sorted(texts) != sorted(seen):
        extra = sorted(set(texts) - set(seen))
        gone = sorted(set(seen) - set(texts))
        said = "; ".join(
            part
            for part in (
                tr("not in my_actions: {actions}", actions=", ".join(map(repr, extra)))
                if extra
                else "",
                tr("missing: {actions}", actions=", ".join(map(repr, gone))) if gone else "",
            )
            if part
        ) or tr("the same actions, but not each once")
        return Mistake(
            tr("`ranked` does not hold the actions you checked in my_actions ({said}).", said=said),
            hint=tr(
                "Build it from your list: ranked = pd.DataFrame(my_actions), then run the "
                "check of my_actions again if you changed it."
            ),
        )
    cols = ranked[["extra_rides", "confidence", "effort", "score"]]
    values = cols.apply(pd.to_numeric, errors="coerce").astype(float)
    if values.isna().any().any():
        return tr("extra_rides, confidence, effort and score are numbers on every row.")
    expected = values["extra_rides"] * values["confidence"] / values["effort"]
    off = pd.Series(
        ~np.isclose(values["score"], expected, rtol=1e-3, atol=1e-6), index=values.index
    )
    if off.any():
        first = texts[int(np.argmax(off.to_numpy()))]
        return Mistake(
            tr(
                "The score of {action!r} is not extra rides x confidence / effort "
                "({expected:.2f}, not {score:.2f}).",
                action=first,
                expected=expected[off].iloc[0],
                score=values["score"][off].iloc[0],
            ),
            hint=tr(
                "ranked['score'] = ranked['extra_rides'] * ranked['confidence'] / ranked['effort']"
            ),
        )
    if not values["score"].is_monotonic_decreasing:
        return Mistake(
            tr("Sort it best first: the highest score on top."),
            hint=tr("ranked = ranked.sort_values('score', ascending=False)"),
        )
    return None


@register
def ranked_table() -> Exercise:
    """Exercise 5, second part: ``ranked``, the actions of Exercise 5 as a table with a
    score, best first."""
    return Exercise(
        tr("Exercise 5 (ranked)"),
        ranked_problem,
        expects="table",
        hints=[
            tr(
                "ranked = pd.DataFrame(my_actions); add ranked['score']; sort by it, highest first."
            ),
        ],
        success=tr("Your actions, scored and ranked from your own estimates."),
    )
