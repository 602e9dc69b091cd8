"""Review an OKR written as data: flag the usual mistakes, with a hint for each.

An OKR is a dict with three keys:

* ``objective`` - one sentence, qualitative and inspiring: where you want to be and why it
  matters ("Small teams trust Dalbit enough to stay"). No number: numbers go in the KRs.
* ``key_results`` - a list of 2-5 measurable **outcomes** that show the objective is met,
  each with a number ("Raise the starter renewal rate from 62% to 75%").
* ``initiatives`` - a list of the plans: the work you will do to move the key results
  ("Launch a guided set-up for new starter accounts"). Activities belong here.
* ``health_metrics`` (optional) - levels you only watch next to the OKR, guardrails that
  must not break while you chase the key results ("Keep the starter gross margin above 65%").

:func:`review_okr` returns a list of :class:`OkrIssue` (empty when nothing is wrong);
:func:`report` gives the same as text for a learner. The checks are simple word rules (an
activity verb, a number present, metric words in the objective): a linter that catches the
common mistakes, not a judge of a good strategy. They read English and Korean: an English
sentence starts with its verb ("Launch the new inbox"), a Korean one ends with it ("새 인박스
출시", "인터뷰 10회 진행하기"), so for Korean the last word is read (:func:`helpers.hangul.predicate`).

>>> good = {
...     "objective": "Small teams trust Dalbit enough to stay with us",
...     "key_results": ["Raise the starter renewal rate from 62% to 75%",
...                     "Cut the share of detractors among starter accounts from 38% to 25%"],
...     "initiatives": ["Launch a guided set-up for new starter accounts"],
... }
>>> review_okr(good)
[]
>>> bad = dict(good, key_results=["Hire five support agents", "Launch the new inbox"])
>>> [(i.where, i.kind) for i in review_okr(bad)]
[('key_results[0]', 'activity'), ('key_results[1]', 'activity'), ('key_results[1]', 'no_number')]
>>> korean = dict(good, key_results=["상담원 5명 채용", "새 인박스 출시하기"])
>>> [(i.where, i.kind) for i in review_okr(korean)]
[('key_results[0]', 'activity'), ('key_results[1]', 'activity'), ('key_results[1]', 'no_number')]

An OKR must also **stretch**: an objective that keeps things as they are ("Maintain our
service quality") is business as usual, and a key result whose target is at or below its
baseline, or not **clearly past** where the current trend goes anyway (at least
:data:`TREND_MARGIN` = 3 points beyond it, in the key result's unit), asks for no real change.
Pass the trend (the value each key result reaches by the end of the period if nothing
changes, in the unit the key result is written in) to check the second:

>>> easy = dict(good, key_results=["Raise the starter renewal rate from 62% to 75%"])
>>> [i.kind for i in review_okr(easy, trend={"renewal": 80})]
['below_trend']
>>> [i.kind for i in review_okr(easy, trend={"renewal": 73})]
['near_trend']
>>> [i.kind for i in review_okr(dict(good, objective="Maintain our support quality"))]
['business_as_usual']
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from helpers import hangul
from helpers.i18n import tr

REQUIRED_KEYS = ("objective", "key_results", "initiatives")
MAX_KEY_RESULTS = 5
#: An objective of this many words or fewer that names a metric is "only a metric".
SHORT_OBJECTIVE_WORDS = 6

#: Verbs that start an activity (work you do), not an outcome (a change you cause).
ACTIVITY_VERBS = frozenset(
    """launch launches launching ship ships shipping release releases build builds building
    create creates develop develops design designs redesign redesigns implement implements
    hire hires hiring recruit recruits run runs host hosts conduct conducts organise organize
    organises organizes write writes publish publishes send sends post posts attend attends
    complete completes finish finishes start starts introduce introduces roll set migrate
    migrates deploy deploys prepare prepares plan plans research interview interviews test
    tests deliver delivers train trains translate document redo rewrite""".split()
)

#: Verbs that start an outcome; an initiative that starts with one reads like a key result.
OUTCOME_VERBS = frozenset(
    """increase increases raise raises grow grows reduce reduces cut cuts lower lowers lift
    lifts improve improves reach reaches decrease decreases double doubles halve halves
    triple boost boosts shrink""".split()
)

#: Words that name a metric; a short objective built around one is a KPI, not an objective.
METRIC_WORDS = frozenset(
    """mrr arr nps revenue revenues churn retention conversion conversions dau wau mau kpi
    kpis bookings ltv cac margin signups sign-ups arpu arpa rate rates cmgr downloads
    pageviews""".split()
)

#: Korean activity nouns/verb stems (the work you do), read at the end of a Korean sentence.
ACTIVITY_KO = frozenset(
    """출시 런칭 론칭 배포 구축 개발 설계 구현 도입 제작 만들 만든 채용 고용 진행 개최 실시 시행
    운영 작성 발송 보내 발행 게시 참석 완료 시작 준비 기획 수립 조사 인터뷰 테스트 교육 번역
    개편 리뉴얼 재설계 마이그레이션 추가 적용 오픈 업데이트""".split()
)

#: Korean outcome verb stems (a change you cause), read at the end of a Korean sentence.
OUTCOME_KO = (
    "높이",
    "높인",
    "높여",
    "올리",
    "올린",
    "올려",
    "늘리",
    "늘린",
    "늘려",
    "줄이",
    "줄인",
    "줄여",
    "낮추",
    "낮춘",
    "낮춰",
    "향상",
    "증가",
    "감소",
    "개선",
    "달성",
    "도달",
    "확대",
    "축소",
    "성장",
)

#: Korean metric words; a short Korean objective built around one is a KPI, not an objective.
METRIC_WORDS_KO = (
    "매출",
    "이탈",
    "전환율",
    "리텐션",
    "유지율",
    "갱신율",
    "재구매율",
    "순추천",
    "가입자",
    "다운로드",
    "페이지뷰",
    "객단가",
    "활성 사용자",
    "성장률",
    "지표",
)
#: A Korean objective of this many words (어절) or fewer that names a metric is "only a metric"
#: (Korean packs particles into words: about two English words per Korean word).
SHORT_OBJECTIVE_EOJEOL = 4
#: An objective that starts with 'improve' ... and has this many words or fewer is bland.
BLAND_OBJECTIVE_WORDS = 8

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|double|doubles|triple|halve|halves|half|"
    r"percent"
)
_NUMBER = re.compile(
    rf"\d|%|\b({_NUMBER_WORDS})\b|[두세네]\s?배|절반|퍼센트|[한두세네]\s?자릿수", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")

#: Objective openers (English) that keep things as they are: business as usual, no stretch.
BAU_VERBS = frozenset(
    "keep keeps maintain maintains sustain sustains continue continues preserve preserves "
    "protect protects defend defends hold holds".split()
)
#: Phrases that make an objective business as usual wherever they stand.
BAU_PHRASES = re.compile(
    r"\b(as usual|as before|as today|as it is|status quo|same as (?:last|this)|current level|"
    r"stay(?:s)? the same|no worse|don't lose|do not lose)\b|현상\s?유지|지금처럼|예전처럼|"
    r"현재\s?수준|지난\s?분기\s?수준",
    re.IGNORECASE,
)
#: Korean predicates (the last word) that keep things as they are.
BAU_KO = ("유지", "지키", "지킨", "지켜", "계속")

_NUM = r"[+\-\u2212]?\d[\d,]*(?:\.\d+)?"
#: "from X to Y" (English) and "X에서 Y로" (Korean): a key result's baseline and target.
_FROM_TO = re.compile(rf"\bfrom\s+(?P<a>{_NUM})[^\d+\-\u2212]*?\bto\s+(?P<b>{_NUM})", re.I)
_FROM_TO_KO = re.compile(
    rf"(?P<a>{_NUM})\s*(?:%p?|[가-힣]{{1,2}})?\s*에서\s*(?P<b>{_NUM})\s*(?:%p?|[가-힣]{{1,2}})?\s*"
    r"(?:으로|로)"
)
UP_VERBS = frozenset(
    "increase increases raise raises grow grows lift lifts improve improves reach reaches "
    "double doubles triple boost boosts".split()
)
DOWN_VERBS = frozenset(
    "reduce reduces cut cuts lower lowers decrease decreases halve shrink".split()
)
UP_KO = ("높이", "높인", "높여", "올리", "올린", "올려", "늘리", "늘린", "늘려", "향상", "증가")
UP_KO += ("확대", "개선", "달성", "도달", "성장")
DOWN_KO = ("줄이", "줄인", "줄여", "낮추", "낮춘", "낮춰", "감소", "축소")

#: "Clearly past the trend": a target must beat the trend by at least this much, in the key
#: result's unit (3 points: percentage points for a rate, points for an NPS).
TREND_MARGIN = 3.0

#: "A real lift": a key result with a baseline must move it by at least MIN_LIFT_POINTS points
#: (a rate in %, or an NPS) or by at least MIN_LIFT_SHARE of the baseline (a rate, a count, a
#: time). An NPS crosses zero, so only the points count for it. "From -15 to -14" is a token.
MIN_LIFT_POINTS = 3.0
MIN_LIFT_SHARE = 0.10

#: Key results that guard a level ("Keep the margin above 65%"): the level is baseline and
#: target at once, so they need no "from X to Y".
_GUARD_EN = re.compile(
    r"^\W*(keep|keeps|hold|holds|stay|stays|maintain|maintains)\b.*"
    r"\b(above|below|under|over|at least|at most|no more than|no less than)\b",
    re.I,
)
_GUARD_KO = re.compile(r"(이상|이하|미만|초과)")

#: Verbs that promise "better" without saying better in what; with no metric named, the key
#: result is not a measurable outcome ("Improve onboarding").
VAGUE_VERBS = frozenset(
    "improve improves enhance enhances optimise optimize optimises optimizes better "
    "strengthen strengthens upgrade upgrades".split()
)
#: Words that name something you can measure (a metric, a share, a time, a count of customers).
MEASURE_WORDS = METRIC_WORDS | frozenset(
    """share shares score scores time times minutes hours days weeks number count percentage
    ratio median average csat ces renewal renewals activation retention nps seats""".split()
)
_VAGUE_KO = ("개선", "향상", "강화")
_MEASURE_KO = METRIC_WORDS_KO + ("율", "률", "비율", "점수", "시간", "NPS", "수를", "수가", "건수")

_WORK_NOUNS = (
    r"tickets?|calls?|e-?mails?|messages?|meetings?|demos?|interviews?|posts?|articles?|"
    r"features?|releases?|webinars?|campaigns?|tasks?|workshops?|check-ins?|hires?|"
    r"blog posts?|videos?|trainings?|sessions?"
)
_WORK_DONE = (
    r"closed|answered|handled|resolved|sent|made|held|run|shipped|launched|released|"
    r"published|written|completed|done|hosted|conducted|delivered|processed|created|booked"
)
#: "number of tickets closed", "calls made", "emails sent": a count of work done.
_ACTIVITY_COUNT = re.compile(
    rf"\b({_WORK_NOUNS})\s+({_WORK_DONE})\b|\b({_WORK_DONE})\s+(?:\w+\s+)?({_WORK_NOUNS})\b|"
    r"\b(?:number|count|#)\s+of\s+(?:\w+\s+){0,2}?(demos?|webinars?|campaigns?|features?|"
    r"releases?|posts?|articles?|interviews?|meetings?|hires?|workshops?)\b",
    re.I,
)
#: "Raise onboarding calls from 10 to 200", "Grow help-centre articles from 10 to 40": asking
#: for *more* of a kind of work is an activity count, unless a measure (a score, a time, a
#: rate) or the customers who did something ("accounts that booked a demo") is counted.
_WORK_NOUN = re.compile(rf"\b({_WORK_NOUNS})\b", re.I)
_CUSTOMERS_WHO = re.compile(
    r"\b(accounts?|customers?|users?|teams?|companies|clients?|seats?)\s+(that|who|which)\b", re.I
)
_WORK_NOUN_KO = re.compile(
    r"티켓|문의|콜|통화|이메일|메일|메시지|미팅|회의|데모|인터뷰|게시물|아티클|글|기능|릴리스|캠페인|웨비나"
)
#: A share or rate of the work ("share of tickets resolved at the first answer") is an outcome.
_SHARE = re.compile(r"\b(share|rate|percentage|proportion|ratio|percent)\b|%", re.I)
_SHARE_KO = re.compile(r"비율|율|률|%")
_ACTIVITY_COUNT_KO = re.compile(
    r"(티켓|문의|콜|통화|이메일|메일|메시지|미팅|회의|데모|인터뷰|게시물|기능|릴리스|캠페인|웨비나)"
    r"\s*(처리|발송|진행|응대|출시|배포|작성|개최|답변)?\s*(건수|횟수|개수)|"
    r"(처리|발송|진행|응대|출시|배포|작성|개최|답변)(한|된)\s+\S+\s*(건수|횟수|수|개수)"
)

#: The hint of each kind of problem, in English (the key); :func:`_hint` gives it in the
#: learner's language (Korean in ``helpers/ko/okr.py``).
_HINT_MISSING_OBJECTIVE = (
    "Write the objective as one sentence: where you want to be and why it matters, e.g. "
    "'Small teams trust Dalbit enough to stay'."
)
_HINT_METRIC_OBJECTIVE = (
    "An objective is qualitative and inspiring: say what will be true for customers or "
    "the business. Move the metric and its number into a key result."
)
_HINT_NO_KEY_RESULTS = "Add 2-5 key results: the measurable outcomes that prove the objective."
_HINT_TOO_MANY_KEY_RESULTS = (
    "Keep {most} key results at most: pick the ones that prove the objective; the rest "
    "are health metrics to watch."
)
_HINT_EMPTY = "This entry is empty: write it out or remove it."
_HINT_ACTIVITY = (
    "This is work you do, not a result you cause. Move it to the initiatives and ask: "
    "what changes for the customer if it works? Measure that (e.g. 'Raise ... from X to "
    "Y')."
)
_HINT_NO_NUMBER = (
    "Add a number, so anyone can tell at the end of the quarter whether it was met: a "
    "baseline and a target, e.g. 'from 62% to 75%'."
)
_HINT_NO_INITIATIVES = (
    "Add at least one initiative: the plan (a project, an experiment, a feature) you "
    "expect to move the key results."
)
_HINT_OUTCOME_INITIATIVE = (
    "This reads like an outcome: put it in the key results, and write here the work you "
    "will do to get there."
)
_HINT_BUSINESS_AS_USUAL = (
    "An objective is a change you commit to, not keeping things as they are: say what "
    "will be better at the end of the quarter (a steady level you only watch is a health "
    "metric, not an OKR)."
)
_HINT_NOT_STRETCH = (
    "The target asks for no change: it is at or behind the baseline. Set a target that is "
    "clearly better than today."
)
_HINT_BELOW_TREND = (
    "The target is at or behind where the current trend gets anyway: it would be met with "
    "no effort. Aim clearly past the trend."
)
_HINT_NEAR_TREND = (
    "The target is barely past where the current trend gets anyway: the trend alone could "
    "reach it. Aim clearly past the trend."
)
_HINT_NO_BASELINE = (
    "Say where the number is today and where it must be at the end of the quarter: 'Raise "
    "<metric> from X to Y' ('X에서 Y로'). '10%' alone does not say of what, from where, or "
    "whether it means points or percent."
)
_HINT_VAGUE_OUTCOME = (
    "'Improve <something>' is not a measurable outcome: name the metric that shows it "
    "improved (a rate, a share, a time, a score), e.g. 'Raise the share of new starter "
    "accounts that connect a channel in week 1 from 40% to 60%'."
)
_HINT_TOKEN_TARGET = (
    "The target barely moves the number: a change this small is within the noise of a "
    "quarter and proves nothing. Ask for a real lift: at least {points:g} points (a rate "
    "in %, an NPS) or {share:.0%} of the baseline."
)
_HINT_HEALTH_METRIC = (
    "Keeping a level ('keep ... above 65%') is a health metric (a guardrail), not a "
    "stretch key result: nothing has to change to meet it. Move it to "
    "okr['health_metrics'] to watch it next to the OKR, or write the change you want "
    "('Raise ... from X to Y')."
)
_HINT_BLAND_OBJECTIVE = (
    "'Improve <something>' says that something should be better, not what will change for "
    "whom. Name the customer and the change you want, in words that make the team want "
    "it: e.g. 'Small teams get value from Dalbit in their first month and stay with us'."
)
_HINT_ACTIVITY_COUNT = (
    "This counts work done (tickets closed, calls made, emails sent), not a change for "
    "the customer: the team can hit it while customers get nothing better. Measure what "
    "the work should change, e.g. 'Cut the median time to first reply from 6 hours to 1' "
    "or 'Raise the share of tickets solved at the first answer from 55% to 70%'."
)

HINTS = {
    "missing_objective": _HINT_MISSING_OBJECTIVE,
    "metric_objective": _HINT_METRIC_OBJECTIVE,
    "no_key_results": _HINT_NO_KEY_RESULTS,
    "too_many_key_results": _HINT_TOO_MANY_KEY_RESULTS.format(most=MAX_KEY_RESULTS),
    "empty": _HINT_EMPTY,
    "activity": _HINT_ACTIVITY,
    "no_number": _HINT_NO_NUMBER,
    "no_initiatives": _HINT_NO_INITIATIVES,
    "outcome_initiative": _HINT_OUTCOME_INITIATIVE,
    "business_as_usual": _HINT_BUSINESS_AS_USUAL,
    "not_stretch": _HINT_NOT_STRETCH,
    "below_trend": _HINT_BELOW_TREND,
    "near_trend": _HINT_NEAR_TREND,
    "no_baseline": _HINT_NO_BASELINE,
    "vague_outcome": _HINT_VAGUE_OUTCOME,
    "token_target": _HINT_TOKEN_TARGET.format(points=MIN_LIFT_POINTS, share=MIN_LIFT_SHARE),
    "health_metric": _HINT_HEALTH_METRIC,
    "bland_objective": _HINT_BLAND_OBJECTIVE,
    "activity_count": _HINT_ACTIVITY_COUNT,
}


def _hint(kind: str) -> str:
    """``HINTS[kind]`` in the learner's language."""
    return {
        "missing_objective": tr(_HINT_MISSING_OBJECTIVE),
        "metric_objective": tr(_HINT_METRIC_OBJECTIVE),
        "no_key_results": tr(_HINT_NO_KEY_RESULTS),
        "too_many_key_results": tr(_HINT_TOO_MANY_KEY_RESULTS, most=MAX_KEY_RESULTS),
        "empty": tr(_HINT_EMPTY),
        "activity": tr(_HINT_ACTIVITY),
        "no_number": tr(_HINT_NO_NUMBER),
        "no_initiatives": tr(_HINT_NO_INITIATIVES),
        "outcome_initiative": tr(_HINT_OUTCOME_INITIATIVE),
        "business_as_usual": tr(_HINT_BUSINESS_AS_USUAL),
        "not_stretch": tr(_HINT_NOT_STRETCH),
        "below_trend": tr(_HINT_BELOW_TREND),
        "near_trend": tr(_HINT_NEAR_TREND),
        "no_baseline": tr(_HINT_NO_BASELINE),
        "vague_outcome": tr(_HINT_VAGUE_OUTCOME),
        "token_target": tr(_HINT_TOKEN_TARGET, points=MIN_LIFT_POINTS, share=MIN_LIFT_SHARE),
        "health_metric": tr(_HINT_HEALTH_METRIC),
        "bland_objective": tr(_HINT_BLAND_OBJECTIVE),
        "activity_count": tr(_HINT_ACTIVITY_COUNT),
    }[kind]


@dataclass(frozen=True)
class OkrIssue:
    """One problem found in an OKR: where it is, what kind, the text, and a hint."""

    where: str  # "objective", "key_results[1]", "initiatives[0]", "key_results", ...
    kind: str  # a key of HINTS
    text: str
    hint: str

    def __str__(self) -> str:
        quoted = f" {self.text!r}" if self.text else ""
        return f"{self.where}{quoted}: {self.label}. {self.hint}"

    @property
    def label(self) -> str:
        """The problem in a few words, without the hint: 'has no baseline ...' (in the
        learner's language)."""
        return _label(self.kind)


def _label(kind: str) -> str:
    """The problem of each kind in a few words, in the learner's language."""
    return {
        "missing_objective": tr("there is no objective"),
        "metric_objective": tr("the objective is only a metric"),
        "no_key_results": tr("there are no key results"),
        "too_many_key_results": tr("too many key results"),
        "empty": tr("empty"),
        "activity": tr("an activity, not an outcome"),
        "no_number": tr("has no number"),
        "no_initiatives": tr("there are no initiatives"),
        "outcome_initiative": tr("an outcome, not an initiative"),
        "business_as_usual": tr("the objective is business as usual, not a stretch"),
        "not_stretch": tr("the target is not better than the baseline"),
        "below_trend": tr("the target does not beat the current trend"),
        "near_trend": tr("the target is barely past the current trend"),
        "no_baseline": tr("has no baseline (no 'from X to Y')"),
        "vague_outcome": tr("not a measurable outcome (improve what, measured how?)"),
        "activity_count": tr("a count of work done, not an outcome"),
        "token_target": tr("a token target, not a real lift"),
        "health_metric": tr("a health metric (guardrail), not a stretch key result"),
        "bland_objective": tr("the objective names no customer change (improve what, for whom?)"),
    }[kind]


def _unit_text(unit: str) -> str:
    """A unit from :func:`_unit_after` as the learner reads it ('' and '%' as they are)."""
    if unit == " pp":
        return tr(" pp")
    if unit == " NPS points":
        return tr(" NPS points")
    return unit


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def has_number(text: str) -> bool:
    """True if the text holds a number (digits, %, or a number word such as 'five').

    >>> has_number("Raise renewal from 62% to 75%"), has_number("Launch the feature")
    (True, False)
    >>> has_number("활성 팀 수를 두 배로 늘린다"), has_number("고객 만족도를 높인다")
    (True, False)
    """
    return bool(_NUMBER.search(text))


def is_activity(text: str) -> bool:
    """True if the text is work you do: an English sentence that starts with an activity verb
    ('hire', 'launch', 'run', ...), or a Korean one that ends with one ('출시', '채용하기', ...).

    >>> is_activity("Hire five people"), is_activity("Cut churn from 8% to 5%")
    (True, False)
    >>> is_activity("고객 인터뷰 10회 진행하기"), is_activity("이탈률을 8%에서 5%로 줄인다")
    (True, False)
    """
    if hangul.has_hangul(text):
        return _korean_predicate_in(text, ACTIVITY_KO)
    words = _words(text)
    return bool(words) and words[0] in ACTIVITY_VERBS


def is_outcome_sentence(text: str) -> bool:
    """True if the text reads like an outcome: starts (English) or ends (Korean) with an
    outcome verb ('raise', 'cut', '높인다', '줄이기', ...).

    >>> is_outcome_sentence("Raise renewal to 75%"), is_outcome_sentence("갱신율을 75%로 높인다")
    (True, True)
    >>> is_outcome_sentence("가이드 설정 기능 출시")
    False
    """
    if hangul.has_hangul(text):
        return _korean_predicate_in(text, OUTCOME_KO)
    words = _words(text)
    return bool(words) and words[0] in OUTCOME_VERBS


def _korean_predicate_in(text: str, stems) -> bool:
    last = hangul.predicate(text)
    return bool(last) and any(last == s or last.endswith(s) or last.startswith(s) for s in stems)


def is_metric_only(objective: str) -> bool:
    """True if an objective is a number or a short phrase around a metric ('Grow MRR').

    >>> is_metric_only("Grow MRR to 1B KRW"), is_metric_only("Improve NPS")
    (True, True)
    >>> is_metric_only("Small teams trust Dalbit enough to stay with us")
    False
    >>> is_metric_only("매출 성장"), is_metric_only("작은 팀이 믿고 오래 함께하는 상담 도구가 된다")
    (True, False)
    """
    if has_number(objective):
        return True
    if hangul.has_hangul(objective):
        names_metric = any(w in objective for w in METRIC_WORDS_KO) or any(
            w in METRIC_WORDS for w in _words(objective)
        )
        return hangul.eojeol_count(objective) <= SHORT_OBJECTIVE_EOJEOL and names_metric
    words = _words(objective)
    return len(words) <= SHORT_OBJECTIVE_WORDS and any(w in METRIC_WORDS for w in words)


def is_business_as_usual(objective: str) -> bool:
    """True if an objective keeps things as they are: it starts (English) with 'keep',
    'maintain', 'sustain' ..., ends (Korean) with '유지', '지키기' ..., or says 'as usual',
    'status quo', '현상 유지', '지금처럼'.

    >>> is_business_as_usual("Maintain our support quality")
    True
    >>> is_business_as_usual("Small teams trust Dalbit enough to stay with us")
    False
    >>> is_business_as_usual("고객 만족도를 현재 수준으로 유지한다"), is_business_as_usual("작은 팀이 믿고 오래 쓴다")
    (True, False)
    """
    if BAU_PHRASES.search(objective):
        return True
    if hangul.has_hangul(objective):
        return _korean_predicate_in(objective, BAU_KO)
    words = _words(objective)
    return bool(words) and words[0] in BAU_VERBS


def is_bland(objective: str) -> bool:
    """True if an objective names no customer change: a short one (8 words or fewer; Korean 4
    어절) that starts (English) with 'improve', 'enhance', 'optimise', 'work on' ... or ends
    (Korean) with '개선', '향상', '강화', or one of fewer than 3 words.

    >>> is_bland("Improve starter accounts"), is_bland("스타터 계정 개선")
    (True, True)
    >>> is_bland("Small teams get value from Dalbit in their first month and stay with us")
    False
    """
    if hangul.has_hangul(objective):
        short = hangul.eojeol_count(objective) <= SHORT_OBJECTIVE_EOJEOL
        return hangul.eojeol_count(objective) < 2 or (
            short and _korean_predicate_in(objective, _VAGUE_KO)
        )
    words = _words(objective)
    if len(words) < 3:
        return True
    vague = words[0] in VAGUE_VERBS or words[0] in ("work", "focus", "fix")
    return vague and len(words) <= BLAND_OBJECTIVE_WORDS


def is_health_metric(text: str) -> bool:
    """True if a key result keeps a level instead of changing it ('Keep the starter gross
    margin above 65%', '총이익률을 65% 이상 유지한다'): a health metric (guardrail) to watch
    next to the OKR, not a stretch key result.

    >>> is_health_metric("Keep the starter gross margin above 65% as support grows")
    True
    >>> is_health_metric("Raise the starter renewal rate from 78% to 88%")
    False
    """
    if hangul.has_hangul(text):
        return bool(_GUARD_KO.search(text)) and _korean_predicate_in(text, BAU_KO)
    return bool(_GUARD_EN.search(text))


def _number(text: str) -> float:
    return float(text.replace(",", "").replace("\u2212", "-"))


def baseline_and_target(text: str) -> tuple[float, float] | None:
    """The baseline and target of a key result written 'from X to Y' (or 'X에서 Y로'), in the
    unit written; ``None`` if it has no such pair.

    >>> baseline_and_target("Raise the starter renewal rate from 68% to 78%")
    (68.0, 78.0)
    >>> baseline_and_target("Lift the starter NPS from -15 to 0")
    (-15.0, 0.0)
    >>> baseline_and_target("갱신율을 68%에서 78%로 높인다"), baseline_and_target("Reach 80%")
    ((68.0, 78.0), None)
    """
    match = _FROM_TO_KO.search(text) if hangul.has_hangul(text) else None
    match = match or _FROM_TO.search(text)
    if not match:
        return None
    return _number(match["a"]), _number(match["b"])


def direction(text: str) -> int:
    """+1 if a key result's verb asks for more ('raise', '높인다'), -1 for less ('cut',
    '줄인다'), 0 if it does not say.

    >>> direction("Cut churn from 8% to 5%"), direction("이탈률을 8%에서 5%로 줄인다")
    (-1, -1)
    >>> direction("Renewal rate from 68% to 78%")
    0
    """
    if hangul.has_hangul(text):
        if _korean_predicate_in(text, UP_KO):
            return 1
        return -1 if _korean_predicate_in(text, DOWN_KO) else 0
    words = _words(text)
    first = words[0] if words else ""
    return 1 if first in UP_VERBS else -1 if first in DOWN_VERBS else 0


def is_activity_count(text: str) -> bool:
    """True if a key result counts work done ("tickets closed", "calls made", "number of
    demos", "처리 건수") rather than a change for the customer.

    >>> is_activity_count("Raise the number of support tickets closed from 100 to 300")
    True
    >>> is_activity_count("Cut the number of support tickets from 500 to 300")
    False
    >>> is_activity_count("상담 티켓 처리 건수를 100건에서 300건으로 늘린다")
    True

    Asking for more of a kind of work is a count of work too, unless customers do it:

    >>> is_activity_count("Raise onboarding calls from 10 to 200")
    True
    >>> is_activity_count("Raise the number of starter accounts that booked a demo from 10 to 40")
    False

    A share of the work that went well is an outcome, not a count:

    >>> is_activity_count("Raise the share of tickets resolved at the first answer from 55% to 70%")
    False
    """
    if hangul.has_hangul(text):
        if _SHARE_KO.search(text):
            return False
        if _ACTIVITY_COUNT_KO.search(text):
            return True
        return bool(_WORK_NOUN_KO.search(text)) and _asks_for_more(text)
    if _SHARE.search(text) or _CUSTOMERS_WHO.search(text):
        return False
    if _ACTIVITY_COUNT.search(text):
        return True
    if not _WORK_NOUN.search(text) or not _asks_for_more(text):
        return False
    measures = MEASURE_WORDS - {"number", "count", "seats"}
    return not any(w in measures or w.rstrip("s") in measures for w in _words(text))


def _asks_for_more(text: str) -> bool:
    way = direction(text)
    if way:
        return way > 0
    pair = baseline_and_target(text)
    return pair is not None and pair[1] > pair[0]


def is_vague(text: str) -> bool:
    """True if a key result promises 'better' without naming what is measured: it starts
    (English) with 'improve', 'enhance' ... or ends (Korean) with '개선', '향상' ..., and names
    no metric, share, time, score or count.

    >>> is_vague("Improve onboarding for small teams by 50%")
    True
    >>> is_vague("Improve the week-1 activation rate from 40% to 60%")
    False
    >>> is_vague("온보딩을 50% 개선한다"), is_vague("갱신율을 78%에서 88%로 개선한다")
    (True, False)
    """
    if hangul.has_hangul(text):
        if not _korean_predicate_in(text, _VAGUE_KO):
            return False
        return not any(w in text for w in _MEASURE_KO)
    words = _words(text)
    if not words or words[0] not in VAGUE_VERBS:
        return False
    return not any(w in MEASURE_WORDS or w.rstrip("s") in MEASURE_WORDS for w in words[1:])


def has_baseline(text: str) -> bool:
    """True if a key result says where its number starts: 'from X to Y' ('X에서 Y로'), or it
    guards a level ('Keep the margin above 65%', '... 65% 이상 유지').

    >>> has_baseline("Raise renewal from 78% to 88%"), has_baseline("Reduce churn 10%")
    (True, False)
    >>> has_baseline("Keep the starter gross margin above 65% as support grows")
    True
    """
    if baseline_and_target(text) is not None:
        return True
    if hangul.has_hangul(text):
        return bool(_GUARD_KO.search(text)) and _korean_predicate_in(text, BAU_KO)
    return bool(_GUARD_EN.search(text))


def _unit_after(text: str, end: int) -> str:
    """The unit written right after a number ending at ``end``: '%', ' pp' or ''."""
    rest = text[end:].lstrip()
    if rest.lower().startswith(("%p", "pp", "percentage point")):
        return " pp"
    if rest.startswith("%") or rest.lower().startswith("percent"):
        return "%"
    return " NPS points" if "nps" in _words(text) else ""


def _target_and_unit(text: str) -> tuple[float, str] | None:
    match = _FROM_TO_KO.search(text) if hangul.has_hangul(text) else None
    match = match or _FROM_TO.search(text)
    if match:
        return _number(match["b"]), _unit_after(text, match.end("b"))
    found = list(re.finditer(_NUM, text))
    if not found:
        return None
    return _number(found[-1].group()), _unit_after(text, found[-1].end())


def is_token_lift(base: float, target: float, unit: str = "") -> bool:
    """True if a key result moves its number too little to mean anything: by less than
    :data:`MIN_LIFT_POINTS` points and less than :data:`MIN_LIFT_SHARE` of the baseline for a
    rate (``unit`` '%' or ' pp'), less than the points for an NPS (' NPS points': it crosses
    zero, so a share of it means nothing), less than the share for any other number.

    >>> is_token_lift(-15, -14, " NPS points"), is_token_lift(-15, 0, " NPS points")
    (True, False)
    >>> is_token_lift(78, 79, "%"), is_token_lift(2.0, 2.4, "%"), is_token_lift(100, 105)
    (True, False, True)
    """
    lift = abs(target - base)
    share = lift / abs(base) if base else float("inf")
    if unit == " NPS points":
        return lift < MIN_LIFT_POINTS
    if unit in ("%", " pp"):
        return lift < MIN_LIFT_POINTS and share < MIN_LIFT_SHARE
    return share < MIN_LIFT_SHARE


def _token_issue(where: str, kr: str, pair, unit: str) -> OkrIssue | None:
    if pair is None or not is_token_lift(*pair, unit):
        return None
    base, target = pair
    return OkrIssue(
        where,
        "token_target",
        kr,
        tr(
            "{hint} (From {base:g} to {target:g}{unit} is a change of {change:g}.)",
            hint=_hint("token_target"),
            base=base,
            target=target,
            unit=_unit_text(unit),
            change=abs(target - base),
        ),
    )


def _stretch_issue(where: str, kr: str, trend: float | None, margin: float) -> OkrIssue | None:
    pair = baseline_and_target(kr)
    way = direction(kr)
    if pair is not None:
        base, target = pair
        way = way or (1 if target > base else -1 if target < base else 0)
        if way == 0 or (target - base) * way <= 0:
            return _issue(where, "not_stretch", kr)
    found = _target_and_unit(kr)
    token = _token_issue(where, kr, pair, found[1] if found else "")
    if trend is None or found is None or (pair is None and way == 0):
        return token
    target, unit = found
    way = way or 1
    beyond = (target - trend) * way
    if beyond >= margin:
        return token
    kind = "below_trend" if beyond <= 0 else "near_trend"
    aim = trend + way * margin
    values = {
        "hint": _hint(kind),
        "trend": round(trend, 1),
        "unit": _unit_text(unit),
        "margin": margin,
        "aim": round(aim, 1),
    }
    if way > 0:
        text = tr(
            "{hint} (The trend reaches {trend:g}{unit} by itself; clearly past it is at least "
            "{margin:g} points beyond: {aim:g}{unit} or more.)",
            **values,
        )
    else:
        text = tr(
            "{hint} (The trend reaches {trend:g}{unit} by itself; clearly past it is at least "
            "{margin:g} points beyond: {aim:g}{unit} or less.)",
            **values,
        )
    return OkrIssue(where, kind, kr, text)


def _trend_by_kr(trend: Mapping | None, key_results: list[str]) -> dict[int, float]:
    if trend is None:
        return {}
    if not isinstance(trend, Mapping):
        raise TypeError(
            tr(
                "review_okr(): trend must be a dict, e.g. {example} (a phrase of the key "
                "result, or its position 0, 1, ...) -> the value it reaches with no change.",
                example="{'renewal': 82}",
            )
        )
    out: dict[int, float] = {}
    for key, value in trend.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(
                tr(
                    "review_okr(): trend[{key!r}] must be a number in the key result's unit "
                    "(82 for 82%), got {kind}.",
                    key=key,
                    kind=type(value).__name__,
                )
            )
        if isinstance(key, int) and not isinstance(key, bool):
            if not 0 <= key < len(key_results):
                raise ValueError(
                    tr(
                        "review_okr(): trend key {key} is not a key result position (0 to {last}).",
                        key=key,
                        last=len(key_results) - 1,
                    )
                )
            out[key] = float(value)
        elif isinstance(key, str):
            hits = [i for i, kr in enumerate(key_results) if key.lower() in kr.lower()]
            if not hits:
                raise ValueError(
                    tr(
                        "review_okr(): trend key {key!r} is in no key result: use a phrase of "
                        "the key result it belongs to, or its position (0, 1, ...).",
                        key=key,
                    )
                )
            out.update(dict.fromkeys(hits, float(value)))
        else:
            raise TypeError(
                tr("review_okr(): trend key {key!r} must be a phrase or a position.", key=key)
            )
    return out


def _text_list(okr: Mapping, key: str) -> list[str]:
    value = okr[key]
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise TypeError(
            tr(
                'review_okr(): {key!r} must be a list of strings, e.g. ["...", "..."], got {kind}.',
                key=key,
                kind=type(value).__name__,
            )
        )
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise TypeError(
                tr(
                    "review_okr(): {key}[{i}] must be a string (text in quotes), "
                    "got {kind}: {item!r}.",
                    key=key,
                    i=i,
                    kind=type(item).__name__,
                    item=item,
                )
            )
    return list(value)


def _issue(where: str, kind: str, text: str = "") -> OkrIssue:
    return OkrIssue(where, kind, text, _hint(kind))


def review_okr(
    okr: Mapping,
    trend: Mapping[int | str, float] | None = None,
    *,
    margin: float = TREND_MARGIN,
) -> list[OkrIssue]:
    """Check one OKR (a dict with objective, key_results, initiatives); list its problems.

    Flags: an objective that is missing, only a metric, or business as usual (no stretch);
    no key results or more than five; a key result that is an activity (starts with 'hire',
    'launch', ...), has no number, or does not stretch (a target at or behind its baseline,
    or, with ``trend``, at or behind the current trend); no initiatives, or an initiative that
    reads like an outcome. The OKR is not changed.

    ``trend`` maps a key result (a phrase it contains, or its position 0, 1, ...) to the
    value it reaches by the end of the period if nothing changes, in the unit it is written
    in (82 for 82%). A target must beat it by at least ``margin`` (default
    :data:`TREND_MARGIN`, 3 points) to count as clearly past it; one closer gets
    ``near_trend``.

    Also flags an objective that names no customer change ('Improve starter accounts'), a
    key result that keeps a level ('Keep the margin above 65%': a health metric, which goes in
    the optional ``health_metrics`` list), a token target that barely moves its baseline
    (less than :data:`MIN_LIFT_POINTS` points and :data:`MIN_LIFT_SHARE` of it: 'from -15 to
    -14'), a key result with no baseline ('Reduce churn 10%': no 'from X to Y'), one that
    is not measurable ('Improve onboarding'), and one that counts work done ('Raise the number
    of tickets closed from 100 to 300').

    Raises ``TypeError`` if ``okr`` is not a dict (or a list is a plain string) and
    ``ValueError`` if one of the three keys is missing or a trend key matches no key result.

    >>> issues = review_okr({"objective": "Grow MRR", "key_results": ["Launch the feature"],
    ...                      "initiatives": []})
    >>> [i.kind for i in issues]
    ['metric_objective', 'activity', 'no_number', 'no_initiatives']
    """
    objective, key_results, initiatives = _read_okr(okr)
    trends = _trend_by_kr(trend, key_results)
    issues = _objective_issues(objective)
    if not key_results:
        issues.append(_issue("key_results", "no_key_results"))
    elif len(key_results) > MAX_KEY_RESULTS:
        many = tr("{n} KRs", n=len(key_results))
        issues.append(_issue("key_results", "too_many_key_results", many))
    for i, kr in enumerate(key_results):
        issues += _key_result_issues(f"key_results[{i}]", kr, trends.get(i), margin)
    if not initiatives:
        issues.append(_issue("initiatives", "no_initiatives"))
    for i, plan in enumerate(initiatives):
        where = f"initiatives[{i}]"
        if not plan.strip():
            issues.append(_issue(where, "empty"))
        elif is_outcome_sentence(plan):
            issues.append(_issue(where, "outcome_initiative", plan))
    return issues


def _read_okr(okr: object) -> tuple[str, list[str], list[str]]:
    """The objective, key results and initiatives of ``okr``; raises on a wrong shape (a key
    missing - with the closest key written - or a value of the wrong type)."""
    if not isinstance(okr, Mapping):
        raise TypeError(
            tr(
                "review_okr() needs a dict with the keys 'objective', 'key_results' and "
                "'initiatives', got {kind}.",
                kind=type(okr).__name__,
            )
        )
    missing = [k for k in REQUIRED_KEYS if k not in okr]
    if missing:
        names = [str(k) for k in okr]
        hints = []
        for key in missing:
            close = difflib.get_close_matches(key, names, n=1)
            hints.append(
                tr("{key!r} (you wrote {close!r}?)", key=key, close=close[0])
                if close
                else repr(key)
            )
        raise ValueError(
            tr(
                "review_okr(): the OKR has no {missing}. It needs exactly these keys: "
                "'objective' (a sentence), 'key_results' (a list) and 'initiatives' (a list).",
                missing=", ".join(hints),
            )
        )
    objective = okr["objective"]
    if not isinstance(objective, str):
        raise TypeError(
            tr(
                "review_okr(): 'objective' must be a sentence in quotes, got {kind}.",
                kind=type(objective).__name__,
            )
        )
    key_results = _text_list(okr, "key_results")
    initiatives = _text_list(okr, "initiatives")
    if "health_metrics" in okr:
        _text_list(okr, "health_metrics")  # optional: the levels watched next to the OKR
    return objective, key_results, initiatives


def _objective_issues(objective: str) -> list[OkrIssue]:
    """The objective's problem (at most one: missing, a metric, business as usual, bland)."""
    if not objective.strip():
        return [_issue("objective", "missing_objective")]
    for kind, found in (
        ("metric_objective", is_metric_only),
        ("business_as_usual", is_business_as_usual),
        ("bland_objective", is_bland),
    ):
        if found(objective):
            return [_issue("objective", kind, objective)]
    return []


def _key_result_issues(where: str, kr: str, trend: float | None, margin: float) -> list[OkrIssue]:
    """The problems of one key result, in the order :func:`review_okr` lists them."""
    if not kr.strip():
        return [_issue(where, "empty")]
    if is_health_metric(kr):
        return [_issue(where, "health_metric", kr)]
    issues = []
    activity = is_activity(kr)
    if activity:
        issues.append(_issue(where, "activity", kr))
    elif is_activity_count(kr):
        issues.append(_issue(where, "activity_count", kr))
    if not activity and is_vague(kr):
        issues.append(_issue(where, "vague_outcome", kr))
    if not has_number(kr):
        issues.append(_issue(where, "no_number", kr))
    elif not activity:
        if not has_baseline(kr):
            issues.append(_issue(where, "no_baseline", kr))
        stretch = _stretch_issue(where, kr, trend, margin)
        if stretch:
            issues.append(stretch)
    return issues


def report(
    okr: Mapping,
    trend: Mapping[int | str, float] | None = None,
    *,
    margin: float = TREND_MARGIN,
) -> str:
    """The review as text: 'No problems found' or one line per problem, with its hint.

    >>> print(report({"objective": "Small teams trust Dalbit enough to stay",
    ...               "key_results": ["Raise starter renewal from 62% to 75%"],
    ...               "initiatives": ["Run a guided set-up for new accounts"]}))
    No problems found: 1 objective, 1 key results, 1 initiatives.

    An OKR or trend the review cannot read (a missing key, a trend phrase in no key result)
    is said as the report, with its fix - never a traceback, since the OKR is the learner's
    answer (:func:`review_okr` raises for code that calls it).

    >>> print(report({"objective": "x", "key_results": ["Raise renewal to 75%"],
    ...               "initiatives": []}, trend={"churn": 10}))
    The OKR could not be reviewed yet: review_okr(): trend key 'churn' is in no key result: use a phrase of the key result it belongs to, or its position (0, 1, ...).
    """
    try:
        issues = review_okr(okr, trend, margin=margin)
    except (TypeError, ValueError) as error:
        return tr("The OKR could not be reviewed yet: {error}", error=error)
    if not issues:
        watched = len(okr.get("health_metrics", ()))
        counts = {"krs": len(okr["key_results"]), "plans": len(okr["initiatives"])}
        if watched:
            return tr(
                "No problems found: 1 objective, {krs} key results, {plans} initiatives, "
                "{watched} health metrics.",
                watched=watched,
                **counts,
            )
        return tr(
            "No problems found: 1 objective, {krs} key results, {plans} initiatives.", **counts
        )
    lines = [tr("{n} problem(s) found:", n=len(issues))]
    lines += [f"- {issue}" for issue in issues]
    return "\n".join(lines)
