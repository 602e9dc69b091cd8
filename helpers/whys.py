"""A 5-whys tree as rows a spreadsheet person can write, and stated rules that read it.

**The format.** One row per statement, like a sheet with three columns:

* ``id`` - a short name for the row (``"P"``, ``"1"``, ``"2a"``...), unique;
* ``text`` - the statement, one sentence, English or Korean;
* ``parent`` - the ``id`` of the statement it answers "why?" to; empty (``None`` or ``""``)
  for the top row, the **symptom**.

A cause may branch: give two rows the same parent. Write it as a list of dicts, or as a table
(a DataFrame with those three columns, e.g. read from a CSV a team filled in together).

**The kinds.** :func:`node_kind` sorts a statement into one of three kinds, by words alone:

* **symptom** (증상) - what we *observe* in the metrics: a number, a metric word ('rate',
  'conversion', '%', 전환율...), or a count word with an amount ('many attempts', 'few
  rides', '시도가 많다');
* **action** (액션) - something *we* would do or build: it starts with a verb of doing
  ('add', 'show', 'send', ...) or says 'we should' (Korean: '추가한다', '도입하자',
  '보내야 한다', ...);
* **cause** (원인) - everything else: *why* it happens, about the customer's experience or
  the product.

These are rules a person can read and argue with, not a model: they never see whether a
cause is *true* - only data and teammates can.

>>> tree = [
...     {"id": "P", "text": "Many reservation attempts, few completed rides", "parent": None},
...     {"id": "1", "text": "The car they pick is already booked at their time", "parent": "P"},
... ]
>>> explain(tree)[["id", "kind"]].to_dict("list")
{'id': ['P', '1'], 'kind': ['symptom', 'cause']}
>>> node_kind("Add a 'free at' filter to the map")[0], node_kind("지도에 필터를 추가한다")[0]
('action', 'action')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from helpers.i18n import tr

COLUMNS = ("id", "text", "parent")

#: Words that make a statement read like a measurement (English, matched at a word start).
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
MEASURE_WORDS_KO = ("비율", "비중", "평균", "퍼센트", "지표", "건수", "순추천", "리텐션", "수치")
#: A Korean word ending in -율/-률 (a rate: 전환율, 이탈률), particle allowed; not 효율 etc.
_RATE_KO = re.compile(
    r"(?<![가-힣])(?!효율|자율|규율|법률)[가-힣]*[율률](?:[이은는을를가도의]|에서|보다|로)?(?![가-힣])"
)
#: Amount words and the countable things of a funnel: both together read as an observation.
AMOUNT_WORDS = r"\b(many|few|fewer|more|less|lower|higher|low|high|fell|fall|falls|rose|drop\w*|increas\w*|decreas\w*|most|only|rarely|seldom|hardly)\b"
COUNT_NOUNS = r"\b(attempt|ride|reservation|session|sign-?up|booking|visit)s?\b"
AMOUNT_KO = (
    "많",
    "적다",
    "적고",
    "적은",
    "적게",
    "낮",
    "높",
    "떨어",
    "줄었",
    "줄어",
    "늘었",
    "늘어",
)
COUNT_KO = ("시도", "운행", "예약", "세션", "가입", "방문", "이용")
#: Verbs that start an action ('Add ...', 'Show ...'): something we would do or build.
ACTION_VERBS = (
    "add",
    "build",
    "show",
    "sort",
    "send",
    "launch",
    "offer",
    "give",
    "create",
    "introduce",
    "change",
    "redesign",
    "remove",
    "put",
    "push",
    "grey",
    "gray",
    "display",
    "let",
    "enable",
    "provide",
    "run",
    "test",
    "make",
    "move",
    "hide",
    "highlight",
    "implement",
    "fix",
    "improve",
    "email",
    "notify",
    "raise",
    "lower",
    "train",
    "hire",
    "update",
)
_ACTION_PHRASES = r"\b(we should|we will|we'll|we need to|let's|we could|we must|should add)\b"
#: Korean endings and words of a plan: '추가한다', '도입하자', '보내야 한다', '개선하기'.
ACTION_KO = (
    "하자",
    "해야",
    "추가",
    "도입",
    "개발",
    "출시",
    "만들자",
    "만든다",
    "보내자",
    "보낸다",
    "보내기",
    "제공한다",
    "제공하자",
    "개선한다",
    "개선하기",
    "바꾼다",
    "바꾸자",
    "넣는다",
    "넣자",
    "보여 준다",
    "보여준다",
    "보여주자",
    "보여 주자",
    "줘야",
    "주어야",
)
#: Nouns that end in 자 (people: 사용자, 관리자 ...), so a sentence ending in one is not a
#: proposal ('...하자', '쿠폰을 뿌리자'), which :func:`_action` reads as an action.
_KO_JA_NOUNS = tuple(
    """사용자 이용자 관리자 소비자 운전자 신청자 가입자 구매자 참여자 판매자 개발자 기획자 운영자
    담당자 방문자 작성자 응답자 결제자 회원자 탈퇴자 신규자 기자 학자 독자 환자 남자 여자 투자
    의자 과자 모자 글자 숫자 문자 원자 전자 상자 액자 유자 부자""".split()
)
#: Korean statements that describe the product as it is ('지도는 ... 보여 준다') are causes:
#: a plan in Korean names *what* it adds or changes, so '보여 준다' counts as an action only
#: when the sentence also says 만/만을/먼저 (show *only*/*first*) - see :func:`node_kind`.
_KO_SHOW = ("보여 준다", "보여준다", "보여주자")


def _measurement(text: str) -> list[str]:
    """The measurement words in ``text`` (empty if it does not read like a measurement).

    >>> _measurement("Search conversion is 27%")
    ['conversion', '%', 'a number']
    >>> _measurement("고른 차가 그 시간에 이미 예약되어 있다")
    []
    """
    low = text.lower()
    found = [w for w in MEASURE_WORDS if re.search(rf"(?<![a-z]){re.escape(w)}", low)]
    found += [w for w in MEASURE_WORDS_KO if w in low]
    found += [m.group(0) for m in _RATE_KO.finditer(low) if m.group(0) not in found]
    if re.search(r"\d", low):
        found.append(tr("a number"))
    return found


def _amount(text: str) -> str | None:
    """'many attempts'-style wording: an amount word with a funnel count noun."""
    low = text.lower()
    amount, noun = re.search(AMOUNT_WORDS, low), re.search(COUNT_NOUNS, low)
    if amount and noun:
        return f"{amount.group(0)} ... {noun.group(0)}"
    ko_amount = next((w for w in AMOUNT_KO if w in low), None)
    ko_noun = next((w for w in COUNT_KO if w in low), None)
    if ko_amount and ko_noun:
        return f"{ko_noun} ... {ko_amount}"
    return None


def _action(text: str) -> str | None:
    low = text.strip().lower()
    first = re.match(r"[a-z]+", low)
    if first and first.group(0) in ACTION_VERBS:
        return tr("it starts with '{word}'", word=first.group(0))
    phrase = re.search(_ACTION_PHRASES, low)
    if phrase:
        return tr("it says '{word}'", word=phrase.group(0))
    for w in ACTION_KO:
        if w in low:
            if w in _KO_SHOW and not re.search(r"만|먼저|도록", low):
                continue  # '지도는 지금 빈 차를 보여 준다' describes the product: a cause
            return tr("it says '{word}'", word=w)
    last = re.findall(r"[가-힣]+", low)
    if (
        last
        and len(last[-1]) >= 2
        and last[-1].endswith("자")
        and not last[-1].endswith(_KO_JA_NOUNS)
    ):
        return tr("it says '{word}'", word=last[-1])  # a proposal: '쿠폰을 뿌리자'
    return None


def kind_name(kind: str) -> str:
    """The name of a kind (``"symptom"``, ``"cause"``, ``"action"``) in the learner's
    language, for reading it back; the kind itself stays the English key.

    >>> kind_name("symptom")
    'symptom'
    """
    if kind == "symptom":
        return tr("symptom")
    if kind == "cause":
        return tr("cause")
    if kind == "action":
        return tr("action")
    return kind


def node_kind(text: str) -> tuple[str, str]:
    """The kind of one statement - ``"symptom"``, ``"cause"`` or ``"action"`` - and why.

    Rules, in this order: an action (starts with a verb of doing, or 'we should', or a
    Korean plan ending) -> ``"action"``; a measurement word, a number, or an amount of a
    funnel count ('many attempts') -> ``"symptom"``; anything else -> ``"cause"``.

    >>> node_kind("Completed rides per month fell 5%")
    ('symptom', 'a measurement (%, a number): what we observe in the metrics')
    >>> node_kind("The map shows cars free now, not at the time they set")[0]
    'cause'
    >>> node_kind("지도는 설정한 시간이 아니라 지금 비어 있는 차를 보여 준다")[0]
    'cause'
    """
    if not isinstance(text, str):
        raise TypeError(
            tr("node_kind(): give a sentence in quotes, not {type}.", type=type(text).__name__)
        )
    action = _action(text)
    if action:
        return "action", tr("{reason}: something we would do or build", reason=action)
    measured = _measurement(text)
    if measured:
        words = ", ".join(measured)
        return "symptom", tr("a measurement ({words}): what we observe in the metrics", words=words)
    amount = _amount(text)
    if amount:
        return "symptom", tr(
            "an amount of a count ('{amount}'): what we observe in the metrics", amount=amount
        )
    return "cause", tr("says why something happens (the customer's experience or the product)")


def _blank(v: Any) -> bool:
    """True for a cell left empty: None, ``...``, NaN or only spaces."""
    return v is None or v is ... or (isinstance(v, float) and v != v) or str(v).strip() == ""


def _cell_text(v: Any, *, blank: bool = True) -> str:
    """A cell as text, stripped: ``""`` for a blank one (if ``blank``), and a whole number
    read as a float (a CSV column of ids with an empty cell: 1.0) as ``"1"``."""
    if blank and _blank(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def to_frame(tree: object) -> pd.DataFrame:
    """The tree as a table with columns ``id``, ``text``, ``parent`` (all text; parent ``""``
    for the top row), in the order given. The input is not changed.

    Raises ``ValueError`` naming the problem and the fix: not a list of rows or a table, a
    column missing, an id used twice, more or fewer than one top row, a parent that is not
    an id, a loop.

    >>> to_frame([{"id": "P", "text": "few rides", "parent": None}])["parent"].tolist()
    ['']
    """
    rows = _rows(tree)
    out = pd.DataFrame(
        {
            "id": [_cell_text(v, blank=False) for v in rows["id"]],
            "text": [_cell_text(v) for v in rows["text"]],
            "parent": [_cell_text(v) for v in rows["parent"]],
        }
    )
    _check_ids_and_texts(out)
    _check_one_top(out)
    _check_parents(out)
    depths(out)  # raises on a loop
    return out


#: A tree as a learner writes it, for the messages that show the format.
_EXAMPLE = "[{'id': 'P', 'text': 'the symptom', 'parent': None}, {'id': '1', ...}]"


def _rows(tree: object) -> pd.DataFrame:
    """The tree's rows as a table (a copy, index 0..n-1) with at least the three columns."""
    if isinstance(tree, pd.DataFrame):
        rows = tree.reset_index(drop=True)
    elif isinstance(tree, Sequence) and not isinstance(tree, str):
        if not all(isinstance(r, Mapping) for r in tree):
            raise ValueError(
                tr(
                    "Each row of the tree is a dict with 'id', 'text', 'parent', e.g. {example}.",
                    example=_EXAMPLE,
                )
            )
        rows = pd.DataFrame(list(tree))
    else:
        raise ValueError(
            tr("A 5-whys tree is a list of rows (dicts), e.g. {example}.", example=_EXAMPLE)
        )
    if rows.empty:
        raise ValueError(
            tr(
                "The tree has no rows yet: start with the symptom, e.g. {example}.",
                example=_EXAMPLE,
            )
        )
    missing = [c for c in COLUMNS if c not in rows.columns]
    if missing:
        raise ValueError(
            tr(
                "Every row needs 'id', 'text' and 'parent'; missing: {missing}.",
                missing=", ".join(missing),
            )
        )
    return rows


def _check_ids_and_texts(out: pd.DataFrame) -> None:
    """Raise if an id is used twice or a row has no text."""
    dup = out["id"][out["id"].duplicated()].tolist()
    if dup:
        raise ValueError(tr("The id {id!r} is used twice: give every row its own id.", id=dup[0]))
    empty = out.loc[out["text"] == "", "id"].tolist()
    if empty:
        raise ValueError(tr("Row {id!r} has no text: write its sentence in quotes.", id=empty[0]))


def _check_one_top(out: pd.DataFrame) -> None:
    """Raise unless exactly one row has no parent (the symptom)."""
    tops = out.loc[out["parent"] == "", "id"].tolist()
    if len(tops) > 1:
        raise ValueError(
            tr(
                "A tree has exactly one top row (the symptom, parent None); found {n}: {ids}.",
                n=len(tops),
                ids=", ".join(tops),
            )
        )
    if not tops:
        raise ValueError(
            tr(
                "A tree has exactly one top row (the symptom, parent None); found 0. Set the "
                "symptom's parent to None."
            )
        )


def _check_parents(out: pd.DataFrame) -> None:
    """Raise if a row's parent is not the id of a row."""
    unknown = out.loc[(out["parent"] != "") & ~out["parent"].isin(out["id"]), ["id", "parent"]]
    if len(unknown):
        r = unknown.iloc[0]
        raise ValueError(
            tr(
                "Row {id!r} has parent {parent!r}, which is not an id.",
                id=r["id"],
                parent=r["parent"],
            )
        )


def depths(frame: pd.DataFrame) -> pd.Series:
    """How many whys below the top each row sits (the top is 0), by id. Raises on a loop."""
    parent = dict(zip(frame["id"], frame["parent"], strict=True))
    out = {}
    for node in parent:
        seen, d, p = {node}, 0, parent[node]
        while p:
            if p in seen:
                raise ValueError(
                    tr("Row {id!r} is its own ancestor (a loop): check its parents.", id=node)
                )
            seen.add(p)
            d, p = d + 1, parent[p]
        out[node] = d
    return pd.Series(out, name="depth")


def leaves(frame: pd.DataFrame) -> list[str]:
    """The ids of the rows nobody answers 'why?' to: the root causes of each branch."""
    return [i for i in frame["id"] if i not in set(frame["parent"])]


def explain(tree: object) -> pd.DataFrame:
    """One row per statement: ``id``, ``parent``, ``depth``, ``kind`` (symptom / cause /
    action, by :func:`node_kind`), ``why`` (the rule that decided), ``text``."""
    frame = to_frame(tree)
    kinds = [node_kind(t) for t in frame["text"]]
    return pd.DataFrame(
        {
            "id": frame["id"],
            "parent": frame["parent"],
            "depth": frame["id"].map(depths(frame)).to_numpy(),
            "kind": [k for k, _ in kinds],
            "why": [w for _, w in kinds],
            "text": frame["text"],
        }
    )
