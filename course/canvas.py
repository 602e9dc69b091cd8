"""The method canvas: the whole method for your own product on one page, before any data.

A canvas is a plain dict (the keys are :data:`FIELDS`), so a learner writes it in a notebook
cell and may answer in English or Korean. :func:`check_canvas` gives feedback per field
(right, every problem of the field at once with why, or not filled yet - never an error),
with the course's own rules (notebook 01's criteria and vanity metrics, 02's business
phrases, 03's situations, 05's feature words and 5-whys kinds, the hypothesis of
:mod:`course.important_customer`), the same in both languages; :func:`save_canvas` writes
it as Markdown and as one self-contained HTML page, next to the capstone's data summary.
Nothing here reads data: a product with no event export at all fills and saves its canvas.

>>> c = blank()
>>> check_canvas(c).status("product")
'blank'
>>> c["product"] = "Bomcar, a car-sharing app for city drivers"
>>> check_canvas(c).status("product")
'ok'
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from course import important_customer
from course.checks import nb02, nb05
from course.checks.nb01 import CRITERIA
from helpers import i18n, quadrant, whys
from helpers.i18n import tr

#: The canvas's fields, in page order: key -> (heading, what to write).
FIELDS: dict[str, tuple[str, str]] = {
    "product": ("Product", "what it is and for whom, in one line"),
    "north_star_candidates": (
        "North-star candidates (북극성 지표 후보), scored",
        "each candidate metric: 1 or 0 for each criterion of notebook 01, in this order: "
        + "; ".join(CRITERIA),
    ),
    "north_star": ("North star (북극성 지표)", "the candidate you choose"),
    "journey": (
        "Journey stages and needs (고객 여정 지도)",
        "each stage -> what the customer needs there, in the customer's words",
    ),
    "focus_stage": ("Stage to zoom into", "the stage where customers get stuck most"),
    "mass_segments": (
        "Mass segments (매스 세그먼트)",
        "ordinary situations many customers are in",
    ),
    "specific_segments": (
        "Specific segments (스페시픽 세그먼트)",
        "unusual situations: small, and they convert very differently",
    ),
    "customer_elements": (
        "Customer elements (고객 요소)",
        "traits across segments, e.g. experience frequency",
    ),
    "quadrant": (
        "The quadrant you expect (사분면)",
        "each quadrant -> the Mass x element combination(s) you expect there",
    ),
    "behaviour_goal": (
        "Behaviour goal",
        "the behaviour you want from customers at that stage, with its keywords",
    ),
    "whys": ("5 whys (5 Whys 기법)", "the problem first, then each 'why?', the root cause last"),
    "experiment": (
        "Experiment (A/B 테스트)",
        "hypothesis (if ... then ... because), metric, target segment",
    ),
    "data_export": (
        "Data",
        "where your event log is (a file or a table), or None if there is no export yet",
    ),
}


def field_text(key: str) -> tuple[str, str]:
    """A field's (heading, what to write) in the learner's language (:data:`FIELDS` holds
    the English; the Korean is in ``course/ko/canvas.py``).

    >>> field_text("product")
    ('Product', 'what it is and for whom, in one line')
    """
    heading, what = FIELDS[key]
    return _say(heading), _say(what)


def criterion_names() -> list[str]:
    """Notebook 01's north-star criteria (:data:`CRITERIA`, in order) in the learner's language.

    >>> criterion_names()[0]
    'moment of success'
    """
    return [_say(c) for c in CRITERIA]


def _say(text: str) -> str:
    """A fixed English text of this module (a field prompt, a criterion) in the learner's
    language, from the catalogue (``tests/course/test_canvas.py`` checks each has its Korean)."""
    if i18n.get_language() == "ko":
        from course.ko import canvas as ko

        return ko.FIXED.get(text, text)
    return text


#: Quadrant names a learner may write (the glossary's Korean and looser names) -> the name.
_QUADRANT_ALIASES = {
    "natural growth": r"natural\s*growth|자연\s*(?:증분|성장)",
    "action needed": r"action\s*needed|망설|액션이?\s*필요",
    "retention strategy needed": r"retention|유지\s*전략|리텐션",
    "low impact": r"low\s*impact|임팩트가?\s*적|낮은\s*영향",
}
QUADRANT_KOREAN = {
    "natural growth": "자연 증분 유형",
    "action needed": "뭘 망설일까 유형",
    "retention strategy needed": "사용자 유지 전략이 필요한 유형",
    "low impact": "임팩트가 적은 유형",
}
EXPERIMENT_KEYS = ("hypothesis", "metric", "target_segment")

_BUSINESS = re.compile(
    r"sign[- ]?ups?|revenue|conversion|retention rate|churn|\bkpi\b|\bincrease|\bgrow|more users"
    r"|market share|profit|매출|가입자|가입\s*수|전환율|이탈률|리텐션|늘리|증가|점유율|수익",
    re.I,
)
_CUSTOMER_SIDE = re.compile(
    r"\bto\b|\bI\b|\bmy\b|\bwant|\bneed|so that|without|easil|quick|fast|know|see|find"
    r"|싶|원하|필요|할\s*수|쉽게|빨리|빠르게|없이|알고|보고|찾",
    re.I,
)
_CUSTOMER_WORD = re.compile(
    r"customer|member|user|people|driver|buyer|shopper|team|they\b|고객|회원|사용자|이용자|구매자",
    re.I,
)
_DEMOGRAPHIC = re.compile(
    r"\bage\b|aged|\b\d0s\b|gender|\bmale|female|\bmen\b|\bwomen\b|region|\bcity\b|seoul|busan"
    r"|\b(?:over|under|above|below|older than|younger than)\s+\d+|\b\d+\s*\+|years?\s+old"
    r"|\bseniors?\b|elderly|\bteens?\b|teenagers?"
    r"|\d0\s*대|\d+\s*(?:세|살)|연령|나이|성별|지역|남성|여성|서울|부산|노인|시니어|청소년",
    re.I,
)
_SHARE_CUT = re.compile(r"\d+\s*%|\btop\b|\bbottom\b|smallest|상위|하위|소수|\d+\s*퍼센트", re.I)
_ACTION_START = re.compile(
    r"^(?:we\s+(?:should|will|must)\s+)?(?:add|build|launch|show|make|create|introduce|send|offer"
    r"|change|fix|redesign|run|hire|give)\b",
    re.I,
)
_ACTION_END = re.compile(r"(?:추가|도입|출시|개선|제공|변경|구축|개발)(?:한다|하자|하기|할 것)\.?$")
_HYPOTHESIS = re.compile(
    r"\bif\b.*\b(?:then|will)\b|\bwhen\b.*\bwill\b|면\b.*(?:것|늘|증가|높아|줄|오를)|면\s.*다\.?$",
    re.I | re.S,
)
_VANITY = re.compile(
    r"page\s*views?|downloads?|followers?|sign[- ]?ups?|signups?|registrations?|installs?"
    r"|app\s*opens?|조회수|다운로드|팔로워|가입|설치\s*수|앱\s*실행",
    re.I,
)
_PLACEHOLDER = re.compile(r"^(?:candidate|stage|segment|metric|element)\s*\w?$", re.I)


def blank() -> dict[str, Any]:
    """An empty canvas: every field still ``...`` (the learner's template).

    ``data_export`` is ``...`` too: write ``None`` there if your product has no export."""
    return {key: ... for key in FIELDS}


def _is_blank(value: Any) -> bool:
    if value is ... or value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Mapping | Sequence) and not isinstance(value, str):
        return len(value) == 0
    return False


def _holds_dots(value: Any, depth: int = 0) -> bool:
    """True if ``...`` is still somewhere in a (nested) answer."""
    if value is ...:
        return True
    if depth > 3 or isinstance(value, str):
        return False
    if isinstance(value, Mapping):
        return any(_holds_dots(k, depth + 1) or _holds_dots(v, depth + 1) for k, v in value.items())
    if isinstance(value, Sequence):
        return any(_holds_dots(v, depth + 1) for v in value)
    return False


def _words(text: str) -> int:
    return len(text.split())


def _short(text: str, *, en: int, ko: int) -> bool:
    korean = re.search(r"[가-힣]", text) is not None
    return _words(text) < (ko if korean else en)


def _texts(value: Any, what: str) -> tuple[list[str], str | None]:
    """A list of non-empty strings, or why the value is not one."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
        return [], tr("Write {what} as a list of names in quotes, e.g. ['a', 'b'].", what=what)
    items = [v.strip() for v in value if v.strip()]
    return items, None


def _one_line(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


# ---- one rule per field: value (and the whole canvas) -> every problem found -----------------
#
# Each rule returns a list of problems (empty when the field is right), so a learner sees all
# of a field's problems in one try, not one per try.


def _check_product(v: Any, c: Mapping) -> list[str]:
    if not isinstance(v, str):
        return [tr("Write your product in quotes: what it is and for whom.")]
    if _short(v, en=3, ko=2):
        return [tr("Say what it is and for whom, e.g. 'a car-sharing app for city drivers'.")]
    return []


def _scores(candidates: Any) -> tuple[dict[str, list[int]], str | None]:
    """{candidate: [0/1 per criterion]} from a dict of lists or of dicts, or why not."""
    if not isinstance(candidates, Mapping):
        return {}, tr(
            "Write the candidates as a dict: {example}, one 1 or 0 per criterion in CRITERIA's "
            "order.",
            example="{'metric name': [1, 0, 1, 1, 0, 1]}",
        )
    out = {}
    for name, row in candidates.items():
        name = _one_line(name)
        if isinstance(row, Mapping):
            unknown = [k for k in row if k not in CRITERIA]
            if unknown:
                return {}, tr(
                    "{name}: {key} is not a criterion; they are: {criteria}.",
                    name=repr(name),
                    key=repr(unknown[0]),
                    criteria=CRITERIA,
                )
            row = [row.get(k, 0) for k in CRITERIA]
        if isinstance(row, str) or not isinstance(row, Sequence) or len(row) != len(CRITERIA):
            return {}, tr(
                "{name} needs {n} scores, one per criterion in this order: {criteria}.",
                name=repr(name),
                n=len(CRITERIA),
                criteria="; ".join(criterion_names()),
            )
        if any(s not in (0, 1) or isinstance(s, float) and s not in (0.0, 1.0) for s in row):
            return {}, tr(
                "{name}: each score is 1 (meets the criterion) or 0 (does not).", name=repr(name)
            )
        out[name] = [int(s) for s in row]
    return out, None


def vanity_reason(metric: str) -> str | None:
    """Why ``metric`` (a name a learner wrote) is a vanity/acquisition metric, or None.

    The course's vanity metrics: counts that rise with any promotion or traffic spike and
    say nothing about whether a customer got value - sign-ups, app opens (notebook 01's
    promotion month), downloads, page views, followers (notebook 09's list).

    >>> vanity_reason("sign-ups per month")[:9]
    'sign-ups '
    >>> vanity_reason("completed rides per month") is None
    True
    """
    text = _one_line(metric)
    found = _VANITY.search(text)
    if found is None:
        return None
    return tr(
        "{word} is a vanity/acquisition metric (허영 지표): it rises with any promotion or "
        "traffic spike (notebook 01's promotion month) and says nothing about whether a "
        "customer got what they came for",
        word=found.group(0).lower(),
    )


def _check_candidates(v: Any, c: Mapping) -> list[str]:
    scores, problem = _scores(v)
    if problem:
        return [problem]
    out = []
    if len(scores) < 2:
        out.append(tr("Score at least two candidates: a north star is chosen against its rivals."))
    for name, row in scores.items():
        if _PLACEHOLDER.match(name):
            out.append(
                tr(
                    "{name} is still a placeholder: name the metric (what is counted).",
                    name=repr(name),
                )
            )
        elif row[0] == 1 and vanity_reason(name):
            out.append(
                tr(
                    "{name} scores 1 on '{criterion}', but {why}: score it 0.",
                    name=repr(name),
                    criterion=criterion_names()[0],
                    why=vanity_reason(name),
                )
            )
    return out


def _check_north_star(v: Any, c: Mapping) -> list[str]:
    if not isinstance(v, str):
        return [tr("Write the chosen candidate's name in quotes.")]
    scores, problem = _scores(c.get("north_star_candidates"))
    if problem or not scores:
        return [tr("Score the candidates first (north_star_candidates), then choose one of them.")]
    names = {k.lower(): k for k in scores}
    chosen = names.get(_one_line(v).lower())
    if chosen is None:
        return [
            tr(
                "{value} is not one of your scored candidates: {names}.",
                value=repr(v),
                names=list(scores),
            )
        ]
    out = []
    vanity = vanity_reason(chosen)
    if vanity:  # whatever the learner's own scores say
        out.append(
            tr(
                "{name}: {why}. A north star counts the moment customers get value (e.g. "
                "lessons completed, rides completed), not how many arrive.",
                name=repr(chosen),
                why=vanity,
            )
        )
    totals = {k: sum(s) for k, s in scores.items()}
    best = max(totals, key=totals.get)
    if scores[chosen][0] == 0:
        out.append(
            tr(
                "{name} does not reflect the customer's moment of success (your first score "
                "is 0): a north star counts the moment customers get what they came for.",
                name=repr(chosen),
            )
        )
    if totals[chosen] < totals[best]:
        out.append(
            tr(
                "{name} scores {score} of {n} but {best} scores {best_score}: choose the top "
                "one, or fix the score you doubt.",
                name=repr(chosen),
                score=totals[chosen],
                n=len(CRITERIA),
                best=repr(best),
                best_score=totals[best],
            )
        )
    return out


def feature_word(text: str) -> str | None:
    """The word that makes ``text`` read as a feature we build ('feature', 'button', '기능',
    '추가'...), with notebook 05's feature words; None if there is none.

    >>> feature_word("a placement test feature"), feature_word("레벨 테스트 기능")
    ('feature', '기능')
    >>> feature_word("to know which level to start at") is None
    True
    """
    low = _one_line(text).lower()
    found = nb05._FEATURE.search(low)
    if found:
        return found.group(0)
    return next((w for w in nb05._FEATURE_KO if w in low), None)


def _need_kind(need: str) -> tuple[str, str] | None:
    """('feature', word), ('business', phrase) or ('short', '') for a need that is not one."""
    feature = feature_word(need)
    if feature:
        return "feature", feature
    phrase = nb02.business_phrase(need)
    if phrase and (_BUSINESS.search(need) or not _CUSTOMER_SIDE.search(need)):
        return "business", phrase
    if _short(need, en=3, ko=2):
        return "short", ""
    return None


def _check_journey(v: Any, c: Mapping) -> list[str]:
    if not isinstance(v, Mapping):
        return [
            tr(
                "Write the journey as a dict: {example}.",
                example="{'stage': 'what the customer needs there'}",
            )
        ]
    out = []
    if len(v) < 3:
        out.append(tr("List at least three stages, from first contact to the moment of value."))
    found: dict[str, list[str]] = {"feature": [], "business": [], "short": []}
    for stage, need in v.items():
        if _is_blank(need) or not isinstance(need, str):
            out.append(tr("Write the need at {stage} in quotes.", stage=repr(stage)))
            continue
        kind = _need_kind(_one_line(need))
        if kind:
            said = f" ('{kind[1]}')" if kind[1] else ""
            found[kind[0]].append(
                tr(
                    "{need} at {stage}{said}",
                    need=repr(_one_line(need)),
                    stage=repr(_one_line(stage)),
                    said=said,
                )
            )
    if found["feature"]:
        out.append(
            tr(
                "Features, not needs: {items}. A feature is something we would build; a need is "
                "the customer's, what they try to get done there, in their words, e.g. 'to "
                "know which level to start at' (Korean: '... 하고 싶다').",
                items="; ".join(found["feature"]),
            )
        )
    if found["business"]:
        out.append(
            tr(
                "What the business wants, not needs: {items}. A need is what the customer is "
                "trying to get done there, e.g. 'to see which cars are free at the hour I set'.",
                items="; ".join(found["business"]),
            )
        )
    if found["short"]:
        out.append(
            tr(
                "Too short to act on: {items}. What is the customer trying to do there?",
                items="; ".join(found["short"]),
            )
        )
    return out


def _check_focus(v: Any, c: Mapping) -> list[str]:
    if not isinstance(v, str):
        return [tr("Name one of your journey stages, in quotes.")]
    journey = c.get("journey")
    if isinstance(journey, Mapping) and journey:
        stages = [_one_line(s) for s in journey]
        if _one_line(v).lower() not in {s.lower() for s in stages}:
            return [
                tr(
                    "{value} is not one of your journey stages: {stages}.",
                    value=repr(v),
                    stages=stages,
                )
            ]
    return []


def _situation_problem(item: str, kind: str) -> str | None:
    """'demographic' or 'share' if ``item`` is not a situation, else None: the one rule for
    Mass and Specific alike (notebook 03) - a segment is a situation, never a demographic cut
    (age, gender, region) nor a share cut-off."""
    if _DEMOGRAPHIC.search(item):
        return "demographic"
    if _SHARE_CUT.search(item):
        return "share"
    return None


def _segment_problems(items: list[str], kind: str) -> list[str]:
    demo = [repr(i) for i in items if _situation_problem(i, kind) == "demographic"]
    share = [repr(i) for i in items if _situation_problem(i, kind) == "share"]
    out = []
    if demo and kind == "Mass":
        out.append(
            tr(
                "{items}: a demographic cut, not a situation. Mass segments are ordinary "
                "situations many customers are in: membership or not, individual or corporate, "
                "card and licence registered or still pending. Ask 'ordinary or unusual?', "
                "never 'who are they?'.",
                items=", ".join(demo),
            )
        )
    elif demo:
        out.append(
            tr(
                "{items}: a demographic cut, not a situation. Specific segments are unusual "
                "situations: an accident, a failed payment, a licence on hold. Ask 'ordinary "
                "or unusual?', never 'who are they?'.",
                items=", ".join(demo),
            )
        )
    if share and kind == "Mass":
        out.append(
            tr(
                "{items}: a share cut-off. Mass is about the situation (ordinary or unusual), "
                "not about being big or small.",
                items=", ".join(share),
            )
        )
    elif share:
        out.append(
            tr(
                "{items}: a share cut-off. Specific is about the situation (ordinary or "
                "unusual), not about being big or small.",
                items=", ".join(share),
            )
        )
    return out


def _valid_items(c: Mapping, key: str) -> list[str]:
    """The entries of a list field that pass its own rule (so feedback never reuses a wrong one)."""
    items, _ = _texts(c.get(key), "")
    if key == "customer_elements":
        return [i for i in items if not _DEMOGRAPHIC.search(i)]
    kind = "Mass" if key == "mass_segments" else "Specific"
    return [i for i in items if _situation_problem(i, kind) is None]


def _check_mass(v: Any, c: Mapping) -> list[str]:
    items, problem = _texts(v, tr("the Mass segments"))
    if problem:
        return [problem]
    out = []
    if len(items) < 2:
        out.append(tr("Name at least two Mass segments: the ordinary situations customers are in."))
    return out + _segment_problems(items, "Mass")


def _check_specific(v: Any, c: Mapping) -> list[str]:
    items, problem = _texts(v, tr("the Specific segments"))
    if problem:
        return [problem]
    if not items:
        return [tr("Name at least one Specific segment: an unusual situation.")]
    out = _segment_problems(items, "Specific")
    mass, _ = _texts(c.get("mass_segments"), "")
    both = sorted({m.lower() for m in mass} & {s.lower() for s in items})
    if both:
        out.append(
            tr(
                "{items}: both Mass and Specific; a situation is one or the other.",
                items=", ".join(map(repr, both)),
            )
        )
    return out


def _check_elements(v: Any, c: Mapping) -> list[str]:
    items, problem = _texts(v, tr("the customer elements"))
    if problem:
        return [problem]
    if not items:
        return [tr("Name at least one customer element, e.g. experience frequency.")]
    demo = [repr(i) for i in items if _DEMOGRAPHIC.search(i)]
    if demo:
        return [
            tr(
                "{items}: a demographic, not a customer element. An element is a trait of use "
                "that cuts across segments, e.g. 'never reserved', 'below the average'.",
                items=", ".join(demo),
            )
        ]
    return []


#: A key that negates a quadrant's name ("no action needed", "필요 없는") names no quadrant.
_NEGATION = re.compile(r"^\s*(?:no|not|non)\b|없는|아닌|아니", re.I)


def quadrant_name(text: str) -> str | None:
    """The quadrant a learner's name means ('뭘 망설일까 유형' -> 'action needed'), or None
    (also for a negated name such as 'no action needed').

    >>> quadrant_name("뭘 망설일까 유형"), quadrant_name("no action needed")
    ('action needed', None)
    """
    if _NEGATION.search(str(text)):
        return None
    for name, pattern in _QUADRANT_ALIASES.items():
        if re.search(pattern, str(text), re.I):
            return name
    return None


def _check_quadrant(v: Any, c: Mapping) -> list[str]:
    if not isinstance(v, Mapping):
        return [
            tr(
                "Write the quadrant as a dict: {example}.",
                example="{'action needed': 'a Mass segment x an element'}",
            )
        ]
    named: dict[str, Any] = {}
    keys: dict[str, Any] = {}
    out = []
    for key, combos in v.items():
        name = quadrant_name(key)
        if name is None:
            out.append(
                tr(
                    "{key} is not a quadrant; the four are: {names}.",
                    key=repr(key),
                    names=", ".join(quadrant.QUADRANT_NAMES),
                )
            )
        elif name in named:
            out.append(
                tr(
                    "{key} and {other} both name the quadrant '{name}': name each quadrant once.",
                    key=repr(key),
                    other=repr(keys[name]),
                    name=quadrant.quadrant_label(name),
                )
            )
        else:
            named[name], keys[name] = combos, key
    missing = [q for q in quadrant.QUADRANT_NAMES if q not in named]
    if missing:
        out.append(
            tr(
                "Say what you expect in every quadrant; missing: {names}.",
                names=", ".join(missing),
            )
        )
    mass = _valid_items(c, "mass_segments")
    elements = _valid_items(c, "customer_elements")
    if not mass or not elements:
        out.append(
            tr(
                "The quadrant places your own Mass x element combinations: first fill "
                "mass_segments and customer_elements (each right), then combine them here."
            )
        )
    example = f"'{mass[0]} x {elements[0]}'" if mass and elements else "'<Mass> x <element>'"
    seen: dict[str, str] = {}
    demo, foreign = [], []
    for name, combos in named.items():
        items, problem = _texts(combos, tr("the combinations in {name}", name=repr(name)))
        if problem or not items:
            out.append(
                problem or tr("Write the combination(s) you expect in {name}.", name=repr(name))
            )
            continue
        for combo in items:
            low = combo.lower()
            if _DEMOGRAPHIC.search(combo):
                demo.append(f"{combo!r} ({name})")
            elif (
                mass
                and elements
                and not (
                    any(m.lower() in low for m in mass) and any(e.lower() in low for e in elements)
                )
            ):
                foreign.append(f"{combo!r} ({name})")
            elif low in seen and seen[low] != name:
                out.append(
                    tr(
                        "{combo} is in both {first} and {second}: one place each.",
                        combo=repr(combo),
                        first=repr(seen[low]),
                        second=repr(name),
                    )
                )
            seen.setdefault(low, name)
    if demo:
        out.append(
            tr(
                "Demographic cuts: {items}. They do not find the customers who hesitate "
                "(notebook 10's Bomcar plan). Place Mass x element combinations from your "
                "lists, e.g. {example}.",
                items="; ".join(demo),
                example=example,
            )
        )
    if foreign:
        out.append(
            tr(
                "Not a Mass x element combination from your lists (mass_segments x "
                "customer_elements): {items}. Write e.g. {example}.",
                items="; ".join(foreign),
                example=example,
            )
        )
    return out


def _check_goal(v: Any, c: Mapping) -> list[str]:
    if not isinstance(v, str):
        return [tr("Write the behaviour goal in quotes, as a sentence.")]
    if _short(v, en=6, ko=3):
        return [
            tr(
                "Say who does what, and how: e.g. 'members find a car free at the time they "
                "need and reserve it quickly'."
            )
        ]
    if _BUSINESS.search(v) and not _CUSTOMER_WORD.search(v):
        return [
            tr(
                "{goal} is a business result. Write the behaviour you want from customers at "
                "your stage, with its keywords ('quickly', 'the car I want'): the result "
                "follows from it.",
                goal=repr(_one_line(v)),
            )
        ]
    feature = feature_word(v)
    if feature:
        return [
            tr(
                "{goal} is a feature ('{word}'): something we build. A behaviour goal says "
                "what the customer does at your stage; the feature is one of the actions that "
                "may get them there.",
                goal=repr(_one_line(v)),
                word=feature,
            )
        ]
    return []


#: Whys needed below the problem line (notebook 05's minimum depth).
MIN_WHYS = nb05.MIN_DEPTH
_JUNK = re.compile(
    r"^(?:why\??|because\.?|idk|i don'?t know|dunno|no idea|n/?a|tbd|todo|\?+|-+|x+|모름|몰라"
    r"|왜\??|왜냐하면|때문에|글쎄)$",
    re.I,
)


def _check_whys(v: Any, c: Mapping) -> list[str]:
    items, problem = _texts(v, tr("the whys"))
    if problem:
        return [problem]
    out = []
    if len(items) < 1 + MIN_WHYS:
        out.append(
            tr(
                "Start from the problem and ask 'why?' at least {n} times: {lines} lines or "
                "more (you have {have}).",
                n=MIN_WHYS,
                lines=1 + MIN_WHYS,
                have=len(items),
            )
        )
    if len(items) > 7:
        out.append(tr("Stop at the root cause: {n} lines is more than 7.", n=len(items)))
    low = [i.lower() for i in items]
    if len(set(low)) != len(low):
        out.append(tr("A line repeats an earlier one: each 'why?' should go one level deeper."))
    junk = [i for i in items if _JUNK.match(i.strip()) or _short(i, en=3, ko=2)]
    if junk:
        out.append(
            tr(
                "Not a statement yet: {items}. Each line is a sentence: the problem you see, "
                "then why it happens.",
                items=", ".join(map(repr, junk)),
            )
        )
    actions = []
    for n, item in enumerate(items, start=1):
        if item in junk:
            continue
        kind, _why = whys.node_kind(item)
        if kind == "action":
            actions.append(tr("line {n} {item}", n=n, item=repr(item)))
    if actions:
        out.append(
            tr(
                "These are actions (what we would do), not reasons: {items}. Each line says "
                "*why* the line above happens, down to a root cause; put the action in the "
                "experiment.",
                items="; ".join(actions),
            )
        )
    return out


#: Outcome words that name no metric ('better', '좋아질'): the hypothesis must say what moves.
_VAGUE_OUTCOME = re.compile(
    r"\b(?:better|improve[sd]?|good|great|nicer)\b|좋아|나아|개선될|좋을", re.I
)
#: Metrics that are not a countable behaviour.
_VAGUE_METRIC = re.compile(
    r"engagement|satisfaction|happiness|experience|loyalty|awareness|sentiment|delight"
    r"|참여도|만족도|관여도|경험|충성도|인지도",
    re.I,
)
_BECAUSE = re.compile(
    r"\bbecause\b|\bsince\b|\bas\s+(?:today|now|they|customers|users)\b|때문|왜냐하면|므로|니까"
    r"|(?:어|아|해|여)서\s",
    re.I,
)
_CONDITION = re.compile(r"\bif\b|\bwhen\b|(?:면|다면|경우|하면)\b|면\s|면,", re.I)
_STOP = {
    "the", "a", "an", "of", "in", "per", "within", "who", "that", "and", "or", "to", "for",
    "user", "users", "have", "has", "not", "yet", "내", "의", "여부",
}  # fmt: skip
_KO_PARTICLE = re.compile(r"(?:으로|에서|이|가|을|를|은|는|의|에|로|과|와|도)$")


def _stems(text: str) -> list[str]:
    """Content words of ``text``: English words of 3+ letters, Korean words without their
    particle; numbers-with-units kept ('14', '7일')."""
    words = re.findall(r"[A-Za-z]+|[가-힣0-9]+|\d+", text.lower())
    out = []
    for w in words:
        w = _KO_PARTICLE.sub("", w) if re.search(r"[가-힣]", w) and len(w) > 2 else w
        if w in _STOP or (w.isascii() and w.isalpha() and len(w) < 3):
            continue
        out.append(w.rstrip("s") if w.isascii() and len(w) > 4 else w)
    return out


def _names(hypothesis: str, field: str) -> bool:
    """True if ``hypothesis`` names ``field`` (the metric or the segment): at least half of
    the field's content words appear in it (English stems, Korean words without particles)."""
    want = _stems(field)
    if not want:
        return False
    low = hypothesis.lower()
    return sum(w in low for w in want) * 2 >= len(want)


def _check_experiment(v: Any, c: Mapping) -> list[str]:
    if not isinstance(v, Mapping):
        return [
            tr(
                "Write the experiment as a dict with {keys}.",
                keys=", ".join(map(repr, EXPERIMENT_KEYS)),
            )
        ]
    missing = [k for k in EXPERIMENT_KEYS if _is_blank(v.get(k))]
    if missing:
        return [tr("The experiment still needs: {keys}.", keys=", ".join(missing))]
    hyp = _one_line(v["hypothesis"])
    metric = _one_line(v["metric"])
    target = _one_line(v["target_segment"])
    out = []
    # one rule in English and Korean: the change, the metric, the segment, the why
    lacks = []
    if not _CONDITION.search(hyp) or not _HYPOTHESIS.search(hyp):
        lacks.append(tr("the change (If <change>, then ... / <변경>하면 ...)"))
    metric_ok = not (_VANITY.search(metric) or _VAGUE_METRIC.search(metric))
    if not _names(hyp, metric) or not metric_ok:  # never echo a wrong metric as the one to name
        lacks.append(
            tr("the metric ({metric})", metric=repr(metric))
            if metric_ok
            else tr("a countable metric")
        )
    if not _names(hyp, target):
        lacks.append(tr("the segment ({segment})", segment=repr(target)))
    if not _BECAUSE.search(hyp):
        lacks.append(tr("the why (because <root cause> / ... 때문이다)"))
    if lacks:
        vague = _VAGUE_OUTCOME.search(hyp)
        said = tr(" ('{word}' names no metric)", word=vague.group(0)) if vague else ""
        out.append(
            tr(
                "The hypothesis does not name {lacks}{said}. Write 'If <change>, then <metric> "
                "will <move> for <segment>, because <root cause>' (Korean: '<변경>하면 "
                "<세그먼트>의 <지표>가 늘 것이다. <근본 원인> 때문이다').",
                lacks=", ".join(lacks),
                said=said,
            )
        )
    if _VANITY.search(metric):
        out.append(
            tr(
                "{metric} is a vanity metric (허영 지표): it rises easily and shows no value. "
                "Test on the behaviour you want (e.g. reservations within 14 days).",
                metric=repr(metric),
            )
        )
    elif _VAGUE_METRIC.search(metric):
        out.append(
            tr(
                "{metric} is not countable: which behaviour, counted per user over which days? "
                "e.g. 'completed a lesson within 7 days (per user)'.",
                metric=repr(metric),
            )
        )
    quad = c.get("quadrant")
    if isinstance(quad, Mapping):
        action = [combos for k, combos in quad.items() if quadrant_name(k) == "action needed"]
        items = _texts(action[0], "")[0] if action else []
        mass = _valid_items(c, "mass_segments")
        # the action-needed combinations, or the Mass situation they share
        known = [i.lower() for i in items]
        known += [m.lower() for m in mass if any(m.lower() in i for i in known)]
        low = target.lower()
        if items and not any(k in low or low in k for k in known):
            out.append(
                tr(
                    "Target the customers your quadrant marks 'action needed' ({first}, ...): "
                    "{target} is not among them.",
                    first=repr(items[0]),
                    target=repr(target),
                )
            )
    return out


def _check_export(v: Any, c: Mapping) -> list[str]:
    if v is None or isinstance(v, str | Path):
        return []
    return [
        tr("Write where your events are (a file path in quotes), or None if there is no export.")
    ]


_RULES = {
    "product": _check_product,
    "north_star_candidates": _check_candidates,
    "north_star": _check_north_star,
    "journey": _check_journey,
    "focus_stage": _check_focus,
    "mass_segments": _check_mass,
    "specific_segments": _check_specific,
    "customer_elements": _check_elements,
    "quadrant": _check_quadrant,
    "behaviour_goal": _check_goal,
    "whys": _check_whys,
    "experiment": _check_experiment,
    "data_export": _check_export,
}

_OK_NO_EXPORT = "No export yet: fine. The canvas stands alone; the page lists what to log."


@dataclass(frozen=True)
class FieldVerdict:
    """One field's verdict: ``status`` is 'ok', 'fix' or 'blank'; ``message`` says why."""

    field: str
    status: str
    message: str


class CanvasCheck:
    """Feedback on every field of a canvas (what :func:`check_canvas` returns).

    Shows as a table in a notebook; ``.ok`` is True when every field is filled and right."""

    def __init__(self, verdicts: list[FieldVerdict]) -> None:
        self.verdicts = verdicts

    @property
    def ok(self) -> bool:
        return all(v.status == "ok" for v in self.verdicts)

    def status(self, field: str) -> str:
        return next(v.status for v in self.verdicts if v.field == field)

    def message(self, field: str) -> str:
        return next(v.message for v in self.verdicts if v.field == field)

    def to_fix(self) -> list[FieldVerdict]:
        return [v for v in self.verdicts if v.status != "ok"]

    def __repr__(self) -> str:
        mark = {"ok": "OK  ", "fix": "FIX ", "blank": "TODO"}
        done = sum(v.status == "ok" for v in self.verdicts)
        lines = [tr("Canvas: {done} of {n} fields done.", done=done, n=len(self.verdicts))]
        lines += [f"{mark[v.status]} {v.field}: {v.message}" for v in self.verdicts]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        mark = {"ok": "✓", "fix": _say("✗ fix"), "blank": _say("… to fill")}
        rows = "".join(
            f"<tr><td>{mark[v.status]}</td><td><code>{html.escape(v.field)}</code></td>"
            f"<td>{html.escape(v.message)}</td></tr>"
            for v in self.verdicts
        )
        done = sum(v.status == "ok" for v in self.verdicts)
        head = tr("Canvas: {done} of {n} fields done.", done=done, n=len(self.verdicts))
        field, feedback = _say("field"), _say("feedback")
        return (
            f"<p><b>{html.escape(head)}</b></p>"
            f"<table><tr><th></th><th>{field}</th><th>{feedback}</th></tr>{rows}</table>"
        )


def _message(problems: list[str]) -> str:
    """Every problem of a field in one message, numbered when there are several."""
    if not problems:
        return _say("Done.")
    if len(problems) == 1:
        return problems[0]
    return tr(
        "{n} things to fix: {problems}",
        n=len(problems),
        problems=" ".join(f"({n}) {p}" for n, p in enumerate(problems, start=1)),
    )


def check_canvas(canvas: Mapping[str, Any]) -> CanvasCheck:
    """Feedback per field of ``canvas`` (a dict with the keys of :data:`FIELDS`).

    A field still ``...`` (or empty) is 'blank' with a nudge; a filled field is 'ok' or
    'fix' with what is wrong and an example. Never raises on a learner's answer; a canvas
    that is not a dict gets one 'fix' verdict saying so. Accepts English and Korean text.

    >>> r = check_canvas({**blank(), "mass_segments": ["20대", "30대"]})
    >>> r.status("mass_segments"), r.status("whys")
    ('fix', 'blank')
    """
    if canvas is ... or canvas is None:
        canvas = blank()
    if not isinstance(canvas, Mapping):
        return CanvasCheck(
            [
                FieldVerdict(
                    "canvas",
                    "fix",
                    tr(
                        "The canvas is a dict with the keys {keys}; got a {kind}. Start from "
                        "canvas.blank().",
                        keys=list(FIELDS),
                        kind=type(canvas).__name__,
                    ),
                )
            ]
        )
    verdicts = []
    unknown = [k for k in canvas if k not in FIELDS]
    for key in unknown:
        verdicts.append(
            FieldVerdict(
                str(key),
                "fix",
                tr(
                    "{key} is not a canvas field; they are {keys}.",
                    key=repr(key),
                    keys=list(FIELDS),
                ),
            )
        )
    for key in FIELDS:
        _heading, what = field_text(key)
        value = canvas.get(key, ...)
        if key == "data_export" and value is None:
            verdicts.append(FieldVerdict(key, "ok", tr(_OK_NO_EXPORT)))
            continue
        if _is_blank(value):
            verdicts.append(FieldVerdict(key, "blank", tr("Not filled yet: {what}.", what=what)))
            continue
        if _holds_dots(value):
            verdicts.append(
                FieldVerdict(
                    key,
                    "blank",
                    tr("Not filled yet (some of it still holds ...): {what}.", what=what),
                )
            )
            continue
        try:
            problems = _RULES[key](value, canvas)
        except Exception as exc:  # an odd answer gets a verdict, never a traceback
            problems = [
                tr(
                    "This could not be read ({error}): {what}.",
                    error=type(exc).__name__,
                    what=what,
                )
            ]
        verdicts.append(FieldVerdict(key, "fix" if problems else "ok", _message(problems)))
    return CanvasCheck(verdicts)


# ---- the page ---------------------------------------------------------------------------------

_TODO = "(not filled yet)"
_MINE = "my product"
_TO_LOG = "What to log before the data steps can run"
_STILL_TO_DO = "Still to do"


def _value_lines(key: str, value: Any) -> list[tuple[str, str]]:
    """The field as (label, text) rows for the page: '' label for a plain value."""
    todo = tr(_TODO)
    if key == "data_export" and value is None:
        return [("", tr("No event export yet."))]
    if _is_blank(value):
        return [("", todo)]
    if key == "north_star_candidates":
        scores, problem = _scores(value)
        if not problem:
            crits = criterion_names()
            return [
                (
                    name,
                    tr(
                        "{score} of {n}: {each}",
                        score=sum(s),
                        n=len(CRITERIA),
                        each=", ".join(f"{c} {s_}" for c, s_ in zip(crits, s, strict=True)),
                    ),
                )
                for name, s in scores.items()
            ]
    if key == "quadrant" and isinstance(value, Mapping):
        rows = []
        for q, combos in value.items():
            name = quadrant_name(q)
            label = f"{name} ({QUADRANT_KOREAN[name]})" if name else _one_line(q)
            items = [combos] if isinstance(combos, str) else combos
            text = "; ".join(todo if i is ... else _one_line(i) for i in items) or todo
            rows.append((label, text))
        return rows
    if isinstance(value, Mapping):
        return [
            (todo if k is ... else _one_line(k), todo if v is ... else _one_line(v))
            for k, v in value.items()
        ]
    if isinstance(value, Sequence) and not isinstance(value, str):
        if key == "whys":
            names = [_say("problem")] + [f"{_say('why')} {i}" for i in range(1, len(value))]
            names[-1] = _say("root cause") if len(value) > 1 else names[-1]
            pairs = zip(names, value, strict=True)
            return [(n, todo if v is ... else _one_line(v)) for n, v in pairs]
        return [("", "; ".join(todo if v is ... else _one_line(v) for v in value))]
    return [("", _one_line(value))]


def _events_to_log(canvas: Mapping[str, Any]) -> list[str]:
    """What the product must log to run the capstone on it (notebook 10's checklist)."""
    return [
        tr("a user id, a timestamp and an event name on every row"),
        tr("a sign-up (or first purchase) event"),
        tr(
            "the browse events of your focus stage, the call-to-action (CTA, 행동 유도 버튼) "
            "and its conversion"
        ),
        tr("the completion event your north star counts"),
        tr("the situation of each user (your Mass and Specific segments) as a property"),
    ]


def _md_cell(text: str) -> str:
    """Text safe in a Markdown table cell: no raw HTML tag, no cell break."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def to_markdown(canvas: Mapping[str, Any], *, title: str | None = None) -> str:
    """The canvas as one Markdown page (every field, in :data:`FIELDS` order; blanks marked)."""
    canvas = blank() if not isinstance(canvas, Mapping) else canvas
    product = canvas.get("product")
    name = _one_line(product) if isinstance(product, str) and product.strip() else _say(_MINE)
    lines = [f"# {_md_cell(title or tr('Method canvas: {name}', name=name))}", ""]
    for key in FIELDS:
        heading, what = field_text(key)
        lines += [f"## {heading}", "", f"*{_md_cell(what)}*", ""]
        rows = _value_lines(key, canvas.get(key, ...))
        if all(label == "" for label, _ in rows):
            lines += [_md_cell(text) for _, text in rows] + [""]
        else:
            lines += ["| | |", "|---|---|"]
            lines += [f"| {_md_cell(label)} | {_md_cell(text)} |" for label, text in rows] + [""]
    if canvas.get("data_export", ...) is None:
        lines += [f"## {tr(_TO_LOG)}", ""]
        lines += [f"- {_md_cell(x)}" for x in _events_to_log(canvas)] + [""]
    fix = check_canvas(canvas).to_fix()
    if fix:
        lines += [f"## {tr(_STILL_TO_DO)}", ""]
        lines += [f"- **{v.field}**: {_md_cell(v.message)}" for v in fix] + [""]
    return "\n".join(lines)


_CSS = (
    "body{font-family:'NanumGothic','Apple SD Gothic Neo','Malgun Gothic',sans-serif;"
    "max-width:52em;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}"
    "h1{font-size:1.6em}h2{font-size:1.15em;margin-top:1.4em;border-bottom:1px solid #ccc}"
    "table{border-collapse:collapse}td{border:1px solid #ddd;padding:.25em .6em;vertical-align:top}"
    ".what{color:#666;font-style:italic}.todo{color:#b35806}"
)


def to_html(canvas: Mapping[str, Any], *, title: str | None = None) -> str:
    """The canvas as one self-contained HTML page (every text escaped; no scripts)."""
    canvas = blank() if not isinstance(canvas, Mapping) else canvas
    product = canvas.get("product")
    name = _one_line(product) if isinstance(product, str) and product.strip() else _say(_MINE)
    head = html.escape(title or tr("Method canvas: {name}", name=name))
    e = html.escape
    todo = tr(_TODO)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{i18n.get_language()}"><head><meta charset="utf-8">',
        f"<title>{head}</title><style>{_CSS}</style></head><body>",
        f"<h1>{head}</h1>",
    ]
    for key in FIELDS:
        heading, what = field_text(key)
        parts.append(f'<h2>{e(heading)}</h2><p class="what">{e(what)}</p>')
        rows = _value_lines(key, canvas.get(key, ...))

        def cell(text: str) -> str:
            return f'<span class="todo">{e(text)}</span>' if text == todo else e(text)

        if all(label == "" for label, _ in rows):
            parts += [f"<p>{cell(text)}</p>" for _, text in rows]
        else:
            body = "".join(f"<tr><td>{e(lab)}</td><td>{cell(t)}</td></tr>" for lab, t in rows)
            parts.append(f"<table>{body}</table>")
    if canvas.get("data_export", ...) is None:
        parts.append(f"<h2>{e(tr(_TO_LOG))}</h2><ul>")
        parts += [f"<li>{e(x)}</li>" for x in _events_to_log(canvas)]
        parts.append("</ul>")
    fix = check_canvas(canvas).to_fix()
    if fix:
        parts.append(f"<h2>{e(tr(_STILL_TO_DO))}</h2><ul>")
        parts += [f"<li><b>{e(v.field)}</b>: {e(v.message)}</li>" for v in fix]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def save_canvas(
    canvas: Mapping[str, Any], folder: str | Path, *, name: str = "canvas"
) -> tuple[Path, Path]:
    """Write ``<folder>/<name>.md`` and ``<folder>/<name>.html``; return both paths.

    Use the capstone's report folder (notebook 10's ``OUTPUT_DIR``), so the canvas sits
    beside the data summary. Works for a blank or half-filled canvas (blanks are marked) and
    for a product with no data at all. No date in either file: the same canvas always gives
    the same bytes. Raises ``ValueError`` for a ``name`` with a folder or a suffix in it.

    >>> import tempfile
    >>> md, page = save_canvas(blank(), tempfile.mkdtemp())
    >>> md.name, page.name
    ('canvas.md', 'canvas.html')
    """
    if not re.fullmatch(r"[\w-]+", name):
        raise ValueError(
            f"save_canvas(): name={name!r} should be a plain file name without a folder or "
            "suffix, e.g. name='canvas' (it writes canvas.md and canvas.html)."
        )
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    md_path, html_path = folder / f"{name}.md", folder / f"{name}.html"
    md_path.write_text(to_markdown(canvas), encoding="utf-8", newline="\n")
    html_path.write_text(to_html(canvas), encoding="utf-8", newline="\n")
    return md_path, html_path


#: The demo log's name, as every output of the demo run says it.
DEMO_NAME = "the demo log (CDNOW)"
#: The file name (no suffix) of the demo run's one-page summary: never the canvas's neighbour
#: 'summary', so a PM does not attach the demo's numbers as their product's.
DEMO_SUMMARY = "demo_summary"


def data_note(canvas: Mapping[str, Any]) -> str:
    """What happens to the data steps, given the canvas's ``data_export`` (one sentence).

    >>> data_note({"data_export": None}).split(":")[0]
    'No event export yet'
    """
    export = canvas.get("data_export", ...) if isinstance(canvas, Mapping) else ...
    if export is None:
        return tr(
            "No event export yet: the steps below run on {demo} so you can see what you will "
            "get; your canvas lists what to log first.",
            demo=tr(DEMO_NAME),
        )
    if _is_blank(export):
        return tr(
            "data_export is not filled yet: a file path in quotes, or None if there is no export."
        )
    return tr(
        "Your export: {export}. The steps below run on {demo} while SOURCE is None; put your "
        "file's path in SOURCE and its column names in the cell under 'Your data and your "
        "choices' to run them on yours.",
        export=_one_line(export),
        demo=tr(DEMO_NAME),
    )


def criteria_text() -> str:
    """The north-star criteria of notebook 01 (:data:`course.checks.nb01.CRITERIA`, their one
    owner), numbered in the order the canvas's scores follow.

    >>> criteria_text().splitlines()[1]
    '  1. moment of success'
    """
    lines = [
        tr("Score each candidate 1 or 0 on these {n} criteria, in this order:", n=len(CRITERIA))
    ]
    return "\n".join(lines + [f"  {n}. {c}" for n, c in enumerate(criterion_names(), start=1)])


def source_or_demo(source: Any) -> tuple[Any, bool]:
    """The event source the data steps read, and whether it is the demo.

    ``source`` is notebook 10's ``SOURCE``: a CSV path or a DataFrame (your export), or
    ``None`` (no export yet). With ``None`` it prints one line saying the steps run on the
    demo log and returns CDNOW's purchases (:func:`helpers.eventlog.load_cdnow`) and True;
    otherwise it returns ``source`` unchanged and False. Never raises for ``None``.

    >>> source_or_demo("my_events.csv")
    ('my_events.csv', False)
    """
    if source is None or source is ...:
        from helpers import eventlog

        print(
            tr(
                "No export yet (SOURCE = None): the steps below run on {demo} so you can see "
                "what you will get. Its summary is saved as {file}, apart from your canvas.",
                demo=tr(DEMO_NAME),
                file=f"{DEMO_SUMMARY}.html",
            )
        )
        return eventlog.load_cdnow(), True
    return source, False


def show(canvas: Mapping[str, Any]):
    """The canvas as the page it becomes, for a notebook cell (IPython Markdown)."""
    from IPython.display import Markdown

    return Markdown(to_markdown(canvas))


def bomcar_example() -> dict[str, Any]:
    """Bomcar's canvas, filled as notebooks 01-08 found it (the worked example).

    The important customer, its need and the hypothesis come from
    :mod:`course.important_customer`; the quadrant is notebook 04's placement."""
    ic = important_customer
    situation = ic.SITUATION
    return {
        "product": "Bomcar, a car-sharing app: reserve a car on the map, pick it up in a zone",
        "north_star_candidates": {
            "sign-ups per month": [0, 0, 1, 1, 0, 1],
            "app opens per month": [0, 0, 1, 1, 0, 1],
            "reservations per month": [0, 0, 1, 1, 0, 1],
            "completed rides (returns) per month": [1, 1, 1, 1, 1, 1],
            "revenue per month": [0, 0, 1, 0, 1, 0],
        },
        "north_star": "completed rides (returns) per month",
        "journey": {
            "visit": "to see quickly whether a car is near me",
            "search/browse": "to see which cars are free at the hour I set",
            "reserve and pay": "to book in one go, without my card being declined",
            "pick up and drive": "to find the car where the app says it is",
            "return": "to end the ride and know what I paid",
        },
        "focus_stage": "search/browse",
        "mass_segments": [situation, "subscriber", "corporate member", "associate member"],
        "specific_segments": ["card failed", "licence on hold", "accident reporter"],
        "customer_elements": [
            "never reserved",
            "reserved, never rode",
            "below average",
            "above average",
        ],
        "quadrant": {
            "natural growth": [f"{situation} x above average", "subscriber x above average"],
            "action needed": [f"{situation} x {e}" for e in ic.EXPERIENCES],
            "retention strategy needed": [
                "subscriber x below average",
                "corporate member x below average",
            ],
            "low impact": ["associate member x never reserved", "subscriber x never reserved"],
        },
        "behaviour_goal": (
            f"{situation.capitalize()}s find a car that is free at the hour they set and "
            f"reserve it quickly, on the first try (keywords: '{ic.KEYWORD}', 'quickly')"
        ),
        "whys": [
            "Search sessions of pay-per-ride members rarely end in a reservation",
            "The car they pick is already taken at the time they set",
            "The map shows the cars free now, not at the time they set",
            "The map's availability ignores the time filter",
        ],
        "experiment": {
            "hypothesis": ic.HYPOTHESIS,
            "metric": "made a reservation within 14 days (per user)",
            "target_segment": ic.NAME,
        },
        "data_export": "data/events.csv.gz (synthetic: the course's data folder)",
    }
