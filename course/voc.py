"""Voice of the customer (고객의 소리, VoC): tag reviews and tickets with needs, by keywords.

A **theme** is one need, written in the customer's words, with the keywords (Korean and
English) that show a text is about it. :func:`tag` gives each text the first theme whose
keyword it contains; texts about what the *company* should get ("more sign-ups") are tagged
:data:`BUSINESS`, texts with no theme :data:`NO_THEME`. Then count with pandas.

>>> import pandas as pd
>>> texts = pd.DataFrame({"text_ko": ["반납 구역을 못 찾겠어요", "좋아요"],
...                       "text_en": ["Can't find the return zone", "Nice"]})
>>> tag(texts).tolist()
['return_zone', '(no theme)']
>>> need_of("return_zone")
'find the return zone and end the ride without trouble'

The needs are English values (code and tests compare them); :func:`need_text`,
:func:`describe` and :func:`top_needs` give them in the learner's language
(:mod:`helpers.i18n`, Korean in ``course/ko/nb02.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from helpers import validate
from helpers.i18n import translate_text

#: Tag of a text that speaks for the company ("more sign-ups"), not for the customer.
BUSINESS = "business_side"
#: Tag of a text that names no theme ("Nice!", "Joining the review event").
NO_THEME = "(no theme)"


@dataclass(frozen=True)
class Theme:
    """One customer need: the journey stage it belongs to, the need in the customer's words,
    and the keywords (any language, lower case) that mark a text as about it."""

    stage: str
    need: str
    keywords: tuple[str, ...]


#: Bomcar's themes in tagging order (the first theme whose keyword a text contains wins).
#: :data:`BUSINESS` comes first so a remark like "more sign-ups" is never read as a need.
THEMES: dict[str, Theme] = {
    BUSINESS: Theme(
        "",
        "(not a need: what the company should get)",
        (
            "가입자",
            "매출",
            "회원 수",
            "전환율",
            "투자",
            "회사가",
            "sign-ups",
            "revenue",
            "conversion",
            "more members",
            "company must",
            "raise money",
        ),
    ),
    "free_at_time": Theme(
        "search/browse",
        "see which cars are free at the hour I set",
        (
            "빈 차",
            "비어 있는",
            "이용 가능한",
            "예약 가능한",
            "시간을 먼저",
            "시간 먼저",
            "시간 설정",
            "시간을 정",
            "시간 정하",
            "시간으로",
            "그 시간",
            "which cars are free",
            "free at",
            "free one",
            "free car",
            "available at",
            "set the time",
            "set a time",
            "at that time",
            "at my time",
        ),
    ),
    "car_type": Theme(
        "search/browse",
        "find the kind of car I need quickly",
        ("차종", "필터", "suv", "전기차", "car type", "filter", "electric"),
    ),
    "final_charge": Theme(
        "return",
        "a final price with no surprise charges",
        (
            "추가 요금",
            "연장 요금",
            "추가 청구",
            "최종 금액",
            "청구 내역",
            "charged extra",
            "extra hour",
            "extra fuel",
            "final amount",
            "on the bill",
        ),
    ),
    "car_near": Theme(
        "visit",
        "a car close to where I am",
        (
            "동네",
            "가까운",
            "근처",
            "역 앞",
            "nearby",
            "nearest",
            "closest",
            "close by",
            "neighbourhood",
            "near my",
            "station",
        ),
    ),
    "return_zone": Theme(
        "return",
        "find the return zone and end the ride without trouble",
        ("반납", "주차", "return", "parking", "car park"),
    ),
    "licence_wait": Theme(
        "sign up",
        "get my licence checked without waiting for days",
        ("면허", "licence", "license"),
    ),
    "invite_reward": Theme(
        "recommend",
        "get the reward when I invite a friend",
        ("초대", "추천 쿠폰", "친구가 가입", "invite", "referral coupon", "friend joined"),
    ),
    "invoice": Theme(
        "pay",
        "one correct invoice and receipts for my company",
        ("청구서", "청구 금액", "영수증", "정산", "invoice", "receipt", "expense"),
    ),
    "car_taken": Theme(
        "reserve",
        "a booking that goes through once I press reserve",
        (
            "예약 실패",
            "이미 예약된",
            "예약 완료",
            "예약이 됐는지",
            "가져갔",
            "booking failed",
            "already booked",
            "confirmation",
            "booking went through",
            "someone else",
        ),
    ),
    "card_fails": Theme(
        "pay",
        "pay with my card without errors",
        ("카드", "결제", "card", "payment"),
    ),
    "signup_steps": Theme(
        "sign up",
        "join in a few steps",
        ("인증", "가입", "verification", "joining"),
    ),
    "price_clear": Theme(
        "reserve",
        "know the full price before I book",
        ("요금", "가격", "금액", "얼마", "price", "cost", "charge"),
    ),
    "app_slow": Theme(
        "visit",
        "an app that opens fast",
        ("로딩", "느려", "느려서", "멈춰", "10초", "loading", "to load", "slow", "freezing"),
    ),
    "clean_car": Theme(
        "ride",
        "a clean car",
        (
            "쓰레기",
            "냄새",
            "더러",
            "청소",
            "세차",
            "컵",
            "rubbish",
            "smell",
            "dirty",
            "clean",
            "cup",
        ),
    ),
    "insurance": Theme(
        "ride",
        "know what the insurance covers if something happens",
        ("보험", "사고", "자기부담", "긁힌", "insurance", "accident", "excess", "scratch"),
    ),
    "subscription_value": Theme(
        "come back",
        "a subscription that pays off for how often I ride",
        ("구독", "멤버십", "subscription", "membership"),
    ),
}


def need_of(theme: str) -> str:
    """The need of ``theme`` in the customer's words; ``KeyError`` names the themes."""
    if theme not in THEMES:
        raise KeyError(f"need_of(): unknown theme {theme!r}; the themes are {', '.join(THEMES)}.")
    return THEMES[theme].need


def need_text(theme: str) -> str:
    """The need of ``theme`` in the learner's language (English: :func:`need_of`'s text).

    ``KeyError`` names the themes.

    >>> need_text("card_fails")
    'pay with my card without errors'
    """
    return translate_text(need_of(theme))


def describe(theme: str) -> pd.Series:
    """One theme as a learner reads it: its ``stage``, its ``need`` (in the learner's
    language) and its ``keywords`` (comma-separated). ``KeyError`` names the themes.

    >>> describe("card_fails")["keywords"]
    '카드, 결제, card, payment'
    """
    need = need_text(theme)
    t = THEMES[theme]
    return pd.Series(
        {"stage": t.stage, "need": need, "keywords": ", ".join(t.keywords)}, name=theme
    )


def matches(text: str, themes: Mapping[str, Theme] | None = None) -> list[str]:
    """Every theme whose keyword ``text`` contains (case-insensitive), in tagging order.

    >>> matches("My card payment failed")
    ['card_fails']
    """
    low = str(text).lower()
    return [name for name, t in (themes or THEMES).items() if any(k in low for k in t.keywords)]


def tag(
    texts: pd.DataFrame | pd.Series,
    themes: Mapping[str, Theme] | None = None,
    *,
    columns: tuple[str, ...] = ("text_ko", "text_en"),
) -> pd.Series:
    """One theme per text: the first of ``themes`` (default :data:`THEMES`) with a keyword in
    the text, else :data:`NO_THEME`.

    ``texts`` is a DataFrame with the text ``columns`` (all are searched, joined) or a Series
    of strings. Returns a Series of theme names, same index, named ``theme``; the input is
    not modified. ``ValueError`` if a text column is missing.
    """
    func = "tag"
    if isinstance(texts, pd.Series):
        joined = texts.astype("string").fillna("")
    else:
        validate.frame(texts, func)
        validate.columns(texts, list(columns), func)
        joined = texts[columns[0]].astype("string").fillna("")
        for col in columns[1:]:
            joined = joined + " \n " + texts[col].astype("string").fillna("")
    first = [next(iter(matches(t, themes)), NO_THEME) for t in joined.str.lower()]
    return pd.Series(first, index=texts.index, name="theme", dtype="object")


def top_needs(tagged: pd.DataFrame) -> pd.Series:
    """Each stage's most-cited need, in the customer's words (stage -> need text, in the
    learner's language: :func:`need_text`).

    ``tagged`` needs ``stage`` and ``theme`` columns (the corpus with :func:`tag`'s output);
    business-side and untagged texts do not count, and a theme counts only in its own stage.

    >>> t = pd.DataFrame({"stage": ["pay", "pay", "pay"],
    ...                   "theme": [BUSINESS, "card_fails", "card_fails"]})
    >>> top_needs(t).to_dict()
    {'pay': 'pay with my card without errors'}
    """
    func = "top_needs"
    validate.frame(tagged, func)
    validate.columns(tagged, ["stage", "theme"], func)
    own = tagged["theme"].map(lambda t: THEMES[t].stage if t in THEMES else None)
    needs = tagged[own == tagged["stage"]]
    top = needs.groupby("stage")["theme"].agg(lambda s: s.value_counts().index[0])
    return top.map(need_text).rename("customer_needs")
