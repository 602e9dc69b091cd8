"""Checkers for notebook 02 (journey map and funnel).

Each function returns an :class:`~course.exercises.Exercise`. Right answers that come from
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

from course import bomcar, data, voc
from course.exercises import Exercise, Mistake, expect_number, register
from helpers import funnel
from helpers.i18n import tr

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


# ---- exercise 2: extend the journey map -----------------------------------------------


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
        return tr(
            "Give the new stage as a dict with the keys "
            "'stage', 'aarrr', 'customer_can_do' and 'customer_needs'."
        )
    missing = [k for k in STAGE_KEYS if k not in answer]
    if missing:
        return tr("The dict is missing the key(s) {keys}.", keys=", ".join(map(repr, missing)))
    for key in STAGE_KEYS:
        if not isinstance(answer[key], str) or not answer[key].strip():
            return tr(
                "{key!r} should be a short text in quotes, not {value!r}.",
                key=key,
                value=answer[key],
            )
    step = answer["aarrr"].strip().lower()
    if step not in [a.lower() for a in AARRR]:
        return tr(
            "'aarrr' should be one of {steps}; got {value!r}.",
            steps=", ".join(AARRR),
            value=answer["aarrr"],
        )
    aarrr_hint = tr(
        "Read the journey map's aarrr column: which step gets a new customer in, before any value?"
    )
    if step == "activation":
        return Mistake(
            tr(
                "Activation is the first time a customer gets the product's value: at Bomcar the "
                "first completed ride (the journey map's return row). Signing up delivers no ride "
                "yet; it is how Bomcar gets the customer in: Acquisition."
            ),
            hint=aarrr_hint,
        )
    if step == "retention":
        return Mistake(
            tr(
                "Retention is about coming back after a first success; a brand-new customer "
                "signing up has not had one yet."
            ),
            hint=aarrr_hint,
        )
    if step == "revenue":
        return Mistake(
            tr(
                "No money changes hands at sign-up: Revenue comes at the return, when a card "
                "payer's ride is charged."
            ),
            hint=aarrr_hint,
        )
    if step == "referral":
        return Mistake(
            tr("Referral is a happy customer inviting others; at sign-up they are not one yet."),
            hint=aarrr_hint,
        )
    needs = answer["customer_needs"].strip().lower()
    business = _BUSINESS_SIDE.search(needs)
    if business:  # before the length rule: a short business goal is still a business goal
        end = business.end() + len(re.match(r"[\w-]*", needs[business.end() :]).group(0))
        phrase = needs[business.start() : end]  # whole words: 'more sign-ups', not 'more sign'
        return tr(
            "'customer_needs' reads as what Bomcar wants ({phrase!r} is a business "
            "goal), not what the customer needs. Write it from the customer's side: what must "
            "be true for *them*, e.g. 'to know ...', 'a check that ...'.",
            phrase=phrase,
        )
    few_words = 2 if _HANGUL.search(answer["customer_can_do"] + answer["customer_needs"]) else 3
    if _words(answer["customer_can_do"]) < few_words:
        return tr("Say what the customer can *do* at this stage in a few words (3 or more).")
    if _words(answer["customer_needs"]) < few_words:
        return tr("Say what the customer *needs* at this stage in a few words (3 or more).")
    if needs == answer["customer_can_do"].strip().lower():
        return tr("A need is not the same as an action: what must be true for the customer?")
    if needs in {n.lower() for n in bomcar.JOURNEY["customer_needs"]} | {
        n.lower() for n in bomcar.journey_map()["customer_needs"]
    }:
        return tr("That need is already in the table for another stage: what is special here?")
    if answer["stage"].strip().lower() in {s.lower() for s in bomcar.JOURNEY["stage"]}:
        return tr("That stage is already in the journey; name the new stage (sign-up).")
    return _check_one_need(SIGN_UP, answer["customer_needs"])


@register
def journey_stage() -> Exercise:
    """Exercise 2 (easy): add a sign-up stage to the journey map, mapped to AARRR."""
    return Exercise(
        tr("journey stage"),
        _check_stage,
        hints=[
            tr(
                "A sign-up stage sits between 'visit' and 'search/browse'. Which AARRR step gets "
                "a new user in?"
            ),
            tr(
                "Acquisition: Activation is the first completed ride, later in the journey. For "
                "the need, by_stage['sign up'] counts what the sign-up texts ask for."
            ),
            tr(
                "For example: {example}.",
                example="{'stage': 'sign up', 'aarrr': 'Acquisition', 'customer_can_do': "
                "'create an account, add a licence and a card', 'customer_needs': 'a licence "
                "check that takes minutes, not days'}",
            ),
        ],
        success=tr(
            "Sign-up is Acquisition (the customer is in, with no ride yet), and its need is the "
            "one the sign-up texts name most, in the customer's words."
        ),
    )


def with_stage(journey: pd.DataFrame, stage: Any, *, after: str = "visit") -> pd.DataFrame:
    """The journey table with ``stage`` (a dict, as in exercise 2) inserted after ``after``.

    If ``stage`` is unanswered (``...``) or not a valid stage, the table comes back unchanged,
    so the cells that follow always run. The caller's table is not modified.

    >>> t = with_stage(bomcar.JOURNEY, ...)
    >>> len(t) == len(bomcar.JOURNEY)
    True
    """
    if not isinstance(journey, pd.DataFrame):
        raise TypeError(f"with_stage() needs the journey DataFrame, got {type(journey).__name__}.")
    out = journey.copy()
    if stage is ... or stage is None or _check_stage(stage) is not None:
        return out
    row = {k: str(stage[k]).strip() for k in STAGE_KEYS}
    row["event"] = tr("(not logged)")
    row["aarrr"] = row["aarrr"].capitalize()
    pos = list(out["stage"]).index(after) + 1 if after in set(out["stage"]) else len(out)
    new = pd.DataFrame([row])[out.columns]
    return pd.concat([out.iloc[:pos], new, out.iloc[pos:]], ignore_index=True)


# ---- exercise 1: the stage needs, read from the voice of the customer ----------------------


#: Korean words that make a "need" read as what Bomcar wants (매출 증가, 가입자 확대, ...).
_BUSINESS_SIDE_KO = re.compile(
    r"매출|가입자|가입 ?수|전환율|회원 ?수|예약 ?건수|이용률|리텐션|지표|KPI|수익|성장",
    re.IGNORECASE,
)

#: For each theme of :data:`course.voc.THEMES`, the words a learner's need must contain to say
#: it: every group needs one of its words (English or Korean, lower case, substrings).
NEED_WORDS: dict[str, list[tuple[str, ...]]] = {
    "free_at_time": [
        (
            "free",
            "available",
            "vacant",
            "open",
            "빈 ",
            "빈차",
            "비어",
            "이용 가능",
            "예약 가능",
            "남은",
            "쓸 수 있는",
            "탈 수 있는",
        ),
        ("time", "hour", "when", "then", "시간", "시각", "때", "몇 시"),
    ],
    "car_type": [("type", "kind", "suv", "electric", "model", "filter", "차종", "필터", "종류")],
    "car_near": [("near", "close", "walk", "가까", "근처", "동네")],
    "app_slow": [("fast", "slow", "quick", "load", "빠르", "빨리", "느리", "로딩")],
    "licence_wait": [("licence", "license", "면허")],
    "signup_steps": [("step", "verif", "join", "sign", "가입", "인증", "절차")],
    "car_taken": [
        ("book", "reserv", "예약"),
        ("fail", "through", "sure", "confirm", "taken", "실패", "확정", "확인", "되는", "성공"),
    ],
    "price_clear": [("price", "cost", "fee", "charge", "요금", "가격", "금액", "얼마")],
    "card_fails": [("card", "pay", "카드", "결제")],
    "invoice": [("invoice", "receipt", "expense", "청구", "영수증", "정산")],
    "clean_car": [("clean", "dirty", "tidy", "smell", "깨끗", "청결", "청소", "더럽", "냄새")],
    "insurance": [("insur", "accident", "damage", "scratch", "보험", "사고", "파손")],
    "return_zone": [("return", "park", "zone", "spot", "반납", "주차", "구역")],
    "final_charge": [("price", "charge", "fee", "bill", "요금", "금액", "청구", "비용")],
    "subscription_value": [("subscri", "member", "구독", "멤버십")],
    "invite_reward": [
        ("invit", "friend", "refer", "reward", "coupon", "초대", "친구", "추천", "쿠폰", "보상")
    ],
}
SEARCH = "search/browse"
SIGN_UP = "sign up"
#: Stages whose need must be the corpus's most-cited one (the course builds on these two).
TOP_ONLY = (SEARCH, SIGN_UP)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")

#: Words that make a "need" read as a feature Bomcar could build (a solution), not a need.
_FEATURE = re.compile(
    r"\b(filters?|buttons?|features?|toggles?|tabs?|menus?|dropdowns?|pop-?ups?|widgets?|"
    r"notifications?|push|settings?|options?|screens?|icons?|sliders?)\b|필터|버튼|기능|메뉴|탭|"
    r"알림|팝업|옵션|화면"
)
#: Words that show a sentence says what the customer tries to get done (a need), even if it
#: names a feature on the way ("see only the free cars, like a filter").
_NEED_VERB = re.compile(
    r"\b(see|know|find|get|tell|want|need|able|can|without|sure)\b|싶|알 수|볼 수|찾"
)


def says_need(text: str) -> list[str]:
    """The themes whose need ``text`` (a learner's sentence, English or Korean) states.

    >>> says_need("see which cars are available at the time I pick")
    ['free_at_time']
    >>> says_need("내가 정한 시간에 빈 차를 보고 싶다")
    ['free_at_time']
    """
    low = f" {str(text).lower()} "
    return [
        theme
        for theme, groups in NEED_WORDS.items()
        if all(any(w in low for w in group) for group in groups)
    ]


def feature_phrase(text: str) -> str | None:
    """The feature word in ``text`` if it names a solution (a filter, a button) rather than
    what the customer tries to get done; None if it is not one.

    >>> feature_phrase("a time filter")
    'filter'
    >>> feature_phrase("see which cars are free at the hour I set") is None
    True
    """
    low = str(text).strip().lower()
    found = _FEATURE.search(low)
    if found is None or _NEED_VERB.search(low):
        return None
    return found.group(0)


def business_phrase(text: str) -> str | None:
    """The business-side phrase in ``text`` ("more sign-ups", "매출"), or None if none.

    >>> business_phrase("increase conversion")
    'increase conversion'
    >>> business_phrase("see which cars are free") is None
    True
    """
    low = str(text).strip().lower()
    found = _BUSINESS_SIDE.search(low)
    if found:
        end = found.end() + len(re.match(r"[\w-]*", low[found.end() :]).group(0))
        return low[found.start() : end]
    found = _BUSINESS_SIDE_KO.search(low)
    return found.group(0) if found else None


@functools.cache
def _voc_counts() -> pd.DataFrame:
    """Texts per (stage, theme) in the committed corpus, tagged by :func:`course.voc.tag`."""
    texts = data.load_voc()
    texts["theme"] = voc.tag(texts)
    return texts.groupby(["stage", "theme"]).size().rename("texts").reset_index()


def _stage_of(theme: str) -> str:
    return voc.THEMES[theme].stage


def _stage_themes(stage: str) -> pd.Series:
    """Texts per need theme of ``stage``, largest first (business-side and untagged left out)."""
    counts = _voc_counts()
    in_stage = counts[counts["stage"] == stage].set_index("theme")["texts"]
    in_stage = in_stage.drop([voc.BUSINESS, voc.NO_THEME], errors="ignore")
    in_stage = in_stage[[t in voc.THEMES and _stage_of(t) == stage for t in in_stage.index]]
    return in_stage.sort_values(ascending=False, kind="stable")


def _check_one_need(stage: str, need: Any) -> str | None:
    if not isinstance(need, str) or not need.strip():
        return tr(
            "The need for {stage!r} should be a short text in quotes, not {need!r}.",
            stage=stage,
            need=need,
        )
    in_stage = _stage_themes(stage)
    phrase = business_phrase(need)
    if phrase:
        if phrase == need.strip().lower():
            message = tr(
                "{need!r} is what Bomcar wants, not a customer need. A need is the "
                "customer's, in the customer's words: what they try to get done, e.g. 'see ...', "
                "'... 하고 싶다'. No customer in the texts asks for {phrase!r}.",
                need=need.strip(),
                phrase=phrase,
            )
        else:
            message = tr(
                "{need!r} reads as a business goal ({phrase!r}): what Bomcar wants, not a "
                "customer need. A need is the customer's, in the customer's words: what they try "
                "to get done, e.g. 'see ...', '... 하고 싶다'. No customer in the texts asks for "
                "{phrase!r}.",
                need=need.strip(),
                phrase=phrase,
            )
        return Mistake(
            message,
            hint=tr(
                "Read what the {stage!r} texts ask for: voc_texts[voc_texts['stage'] == "
                "{stage!r}]['text_en'], and say that in their words.",
                stage=stage,
            ),
        )
    feature = feature_phrase(need)
    if feature:
        plain = _FEATURE.sub(" ", need.lower())
        behind = [t for t in says_need(plain) if t in in_stage.index] or list(in_stage.index[:1])
        if behind:
            return Mistake(
                tr(
                    "{need!r} is a feature (a {feature} is a solution Bomcar could build), "
                    "not a need. The need behind it is what the customer tries to get done: the "
                    "{stage!r} texts say {said!r} ({n} texts).",
                    need=need.strip(),
                    feature=feature,
                    stage=stage,
                    said=voc.need_text(behind[0]),
                    n=int(in_stage[behind[0]]),
                ),
                hint=tr(
                    "Ask 'why would they want that?': the answer, in the customer's words, is "
                    "the need ('see ...', 'know ...')."
                ),
            )
    few = 2 if _HANGUL.search(need) else 3
    if len(need.split()) < few:
        return tr(
            "Say in a few words what the customer tries to get done at {stage!r}.", stage=stage
        )
    said = says_need(need)
    own = [t for t in said if t in in_stage.index]
    if stage in TOP_ONLY and len(in_stage):
        top = str(in_stage.index[0])
        if top in said:
            return None
        if own:
            return Mistake(
                tr(
                    "That is a {stage!r} need, but a smaller one ({n} texts). Which need do most "
                    "of the {stage!r} texts ({top}) name?",
                    stage=stage,
                    n=int(in_stage[own[0]]),
                    top=int(in_stage[top]),
                ),
                hint=tr(
                    "by_stage[{stage!r}] counts the stage's themes: read a few texts of the "
                    "largest one.",
                    stage=stage,
                ),
            )
    elif own:
        return None
    elsewhere = [t for t in said if _stage_of(t) != stage]
    if elsewhere:
        return tr(
            "That reads like the {other!r} stage's need ({need!r}), not the {stage!r} stage's. "
            "What do the {stage!r} texts say?",
            other=_stage_of(elsewhere[0]),
            need=voc.need_text(elsewhere[0]),
            stage=stage,
        )
    return tr(
        "The {stage!r} texts do not say that. Read them (voc_texts[voc_texts['stage'] == "
        "{stage!r}]) and the counts of their themes: what do most try to get done?",
        stage=stage,
    )


def _check_needs(answer: Any) -> str | None:
    if isinstance(answer, str):
        answer = {SEARCH: answer}
    if not isinstance(answer, Mapping):
        return tr(
            "Give a dict from stage to need, e.g. {example}, with at least the search stage.",
            example="{'search/browse': 'see ...'}",
        )
    stages = list(data.load_voc()["stage"].cat.categories)
    unknown = [s for s in answer if s not in stages]
    if unknown:
        return tr(
            "{stage!r} is not a stage of the corpus; the stages are {stages}.",
            stage=unknown[0],
            stages=", ".join(stages),
        )
    if answer.get(SEARCH) in (None, ...):
        return tr("Write at least the search stage's need: the key 'search/browse'.")
    for stage, need in answer.items():
        if need is ... or need is None:
            continue  # a stage left blank is fine; the search stage is checked above
        problem = _check_one_need(stage, need)
        if problem:
            return problem
    return None


@register
def stage_needs() -> Exercise:
    """Exercise 1 (medium): write each stage's need from the voice of the customer."""
    return Exercise(
        tr("stage needs"),
        _check_needs,
        hints=[
            tr(
                "Look at the counts: in the search stage, which theme do most texts have? Then "
                "read a few of its texts and say what those customers try to get done."
            ),
            tr(
                "Write it as the customer would: 'see ...', 'know ...', '... 하고 싶다'. Not what "
                "Bomcar wants (more sign-ups, more bookings, 매출 증가)."
            ),
            tr(
                "For example: {example}.",
                example="{'search/browse': 'see which cars are free at the hour I set'}",
            ),
        ],
        success=tr(
            "A need in the customer's words, read from what they said, not guessed at a desk. "
            "Notebook 03 starts from the search stage's need to find who holds it."
        ),
    )


def with_needs(journey: pd.DataFrame, needs: Any, tagged: pd.DataFrame) -> pd.DataFrame:
    """The journey table with its ``customer_needs`` column read from the voice of the
    customer: each stage's most-cited need in ``tagged`` (the corpus with a ``theme``
    column, see :func:`course.voc.top_needs`), replaced by the learner's own words in
    ``needs`` (exercise 1's dict) where they pass the checker. Unanswered or wrong answers
    leave the corpus's words. The caller's table is not modified.

    >>> texts = data.load_voc().assign(theme=lambda d: voc.tag(d))
    >>> t = with_needs(bomcar.JOURNEY.drop(columns="customer_needs"), ..., texts)
    >>> t.set_index("stage").loc["search/browse", "customer_needs"]
    'see which cars are free at the hour I set'
    """
    if not isinstance(journey, pd.DataFrame):
        raise TypeError(f"with_needs() needs the journey DataFrame, got {type(journey).__name__}.")
    out = journey.copy()
    col = out["stage"].map(voc.top_needs(tagged))
    if isinstance(needs, str):
        needs = {SEARCH: needs}
    if isinstance(needs, Mapping) and _check_needs(needs) is None:
        own = {s: n.strip() for s, n in needs.items() if isinstance(n, str)}
        col = out["stage"].map(own).fillna(col)
    out["customer_needs"] = col.astype("object")
    return out


# ---- exercise 3: the biggest drop-off -----------------------------------------------------


@register
def biggest_drop_off() -> Exercise:
    """Exercise 3 (easy): the funnel step that loses the most users."""
    table = funnel.funnel(data.load_events(), STEPS).set_index("step")
    right = str(table["drop_off"].idxmax())
    lost = table["drop_off"]

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return tr("Answer with a step name in quotes, e.g. 'map_view'.")
        a = answer.strip()
        if a == right:
            return None
        if a not in table.index:
            return tr(
                "{answer!r} is not a funnel step; the steps are {steps}.",
                answer=answer,
                steps=", ".join(STEPS),
            )
        if a == STEPS[0]:
            return tr("Nobody can be lost before the first step: every user starts there.")
        nxt = STEPS[STEPS.index(a) + 1] if a != STEPS[-1] else None
        if nxt == right:
            return tr(
                "Close: drop_off is written on the row of the step users failed to reach. "
                "The {step!r} row counts users lost *before* {step!r} ({lost:,}).",
                step=a,
                lost=lost[a],
            )
        return tr("{step!r} loses {lost:,} users; another step loses more.", step=a, lost=lost[a])

    return Exercise(
        tr("biggest drop-off"),
        check,
        solution=right,
        name_column="step",
        hints=[
            tr(
                "Look at the drop_off column of the funnel table: which row has the largest number?"
            ),
            tr("table.loc[table['drop_off'].idxmax(), 'step'] gives the step name."),
            tr("It is the step right after the call to action (reservation_attempt)."),
        ],
        success=tr("That is where the most users stop: the attempt did not become a reservation."),
    )


# ---- exercise 4: event-level conversion ---------------------------------------------------


def _event_rate(events: pd.DataFrame) -> float:
    counts = events["event"].value_counts()
    return float(counts["reservation"] / counts["reservation_attempt"])


@register
def event_conversion() -> Exercise:
    """Exercise 4 (medium): reservations / reservation attempts, counted as events."""
    events = data.load_events()
    right = _event_rate(events)

    @functools.cache
    def typical() -> tuple[float, float]:  # computed on the first wrong try
        table = funnel.funnel(events, STEPS).set_index("step")
        with_tests = _event_rate(data.load_events(include_test=True))
        return float(table.loc["reservation", "pct_of_previous"]), with_tests

    base = expect_number(right, tol=0.01, what=tr("conversion"))

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
            return tr(
                "That is the user-level rate from the funnel table (users who ever got from an "
                "attempt to a reservation). Here, count events instead."
            )
        if abs(value - with_tests) < 0.001:
            return tr("That count includes the internal test accounts: use data.load_events().")
        if value > 1 and abs(value - 1 / right) < 0.05:
            return tr("You divided attempts by reservations: put reservations on top.")
        return problem

    return Exercise(
        tr("event-level conversion"),
        check,
        expects="share",
        solution=right,
        hints=[
            tr(
                "Count how many rows of events have event == 'reservation', and how many have "
                "event == 'reservation_attempt'."
            ),
            tr("events['event'].value_counts() gives both counts at once."),
            tr(
                "counts = events['event'].value_counts(); "
                "counts['reservation'] / counts['reservation_attempt']"
            ),
        ],
        success=tr("Counted per attempt, only about a third of attempts become a reservation."),
    )


# ---- exercise 5: funnel by segment ---------------------------------------------------------


def attempt_to_reservation_by(log: pd.DataFrame, by: str) -> pd.Series:
    """User-level attempt -> reservation conversion per group of ``by`` (from the funnel)."""
    table = funnel.funnel(log, STEPS, by=by)
    rows = table[table["step"] == "reservation"].set_index(by)["pct_of_previous"]
    rows.index = rows.index.astype("object")
    return rows.astype(float)


@register
def worst_channel() -> Exercise:
    """Exercise 5 (medium): the acquisition channel with the lowest attempt -> reservation rate."""
    users = data.load_users()
    log = data.load_events().merge(users[["user_id", "channel"]], on="user_id")
    rate = attempt_to_reservation_by(log, "channel")
    right = str(rate.idxmin())
    options = [str(c) for c in rate.index]

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return tr("Answer with a channel name in quotes, e.g. {example!r}.", example=options[0])
        a = answer.strip().lower()
        if a == right:
            return None
        if a not in options:
            return tr(
                "{answer!r} is not a channel here; the channels are {channels}.",
                answer=answer,
                channels=", ".join(options),
            )
        best = str(rate.idxmax())
        if a == best:
            return tr(
                "{channel!r} is the *highest* ({rate:.0%}): look for the lowest.",
                channel=a,
                rate=rate[a],
            )
        return tr(
            "{channel!r} converts {rate:.0%} of attempting users; one channel is lower.",
            channel=a,
            rate=rate[a],
        )

    return Exercise(
        tr("worst channel"),
        check,
        solution=right,
        name_column="channel",
        hints=[
            tr("Merge the channel onto the events, then call funnel.funnel(..., by='channel')."),
            tr("Keep the rows where step == 'reservation' and compare pct_of_previous."),
            tr(
                "Sort those rows by pct_of_previous: the first one is your answer. Which channel "
                "brought in many users in one month?"
            ),
        ],
        success=tr("Users who came for a promotion try to book, but far fewer get a reservation."),
    )


# ---- exercise 6: a session funnel with a 30-minute window ---------------------------------


def session_window_count(events: pd.DataFrame, step: str = "ride_start") -> int:
    """Sessions that reach ``step`` within 30 minutes of opening the app (the funnel helper)."""
    table = funnel.funnel(events, STEPS, user_col="session_id", within="30min")
    return int(table.set_index("step").loc[step, "users"])


@register
def session_window() -> Exercise:
    """Exercise 6 (stretch): sessions reaching ride_start within 30 minutes of app_open."""
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
                return tr("Give a number of sessions, got {kind}.", kind=type(answer).__name__)
        if answer != answer:
            return tr("That is NaN: did a filter leave nothing?")
        if 0 < answer < 1:
            return tr("Give the number of sessions, not a share.")
        value = round(float(answer))
        if value == right:
            return None
        wrong = typical()
        if value == wrong["plain"]:
            return tr("That is without the window: add within='30min'.")
        if value == wrong["reservation"]:
            return tr("That is the reservation step: read the ride_start row.")
        if value == wrong["users"]:
            return tr("That counts users: pass user_col='session_id' to count sessions.")
        if value > right:
            return tr("{value:,} is too high.", value=value)
        return tr("{value:,} is too low.", value=value)

    return Exercise(
        tr("session window"),
        check,
        expects="number",
        solution=right,
        hints=[
            tr("funnel.funnel takes user_col= and within= at the same time."),
            tr("funnel.funnel(events, STEPS, user_col='session_id', within='30min')"),
            tr(
                "Read the users column of the ride_start row (here it counts sessions): "
                "t.loc[t['step'] == 'ride_start', 'users'].item()"
            ),
        ],
        success=tr(
            "Almost no session reaches the ride within 30 minutes: people book ahead. A window "
            "must fit the step it measures."
        ),
    )
