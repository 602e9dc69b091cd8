"""Small, stated rules for reading Korean free text in the checkers (5 whys, OKRs, statements).

Korean attaches particles (조사) to nouns and endings (어미) to verbs, so "예약이", "예약을" and
"예약했다" share no whole word. These rules cut a word (어절) down to a crude stem the way the
English rules take the first letters of a word: drop one particle from the end, then keep the
first two syllables. They are not a morphological analyser - a linter that catches the common
mistakes, the same as the English word rules - and they need no package and no network.

>>> hangul_stems("시간을 먼저 설정한 세션은 예약으로 이어지지 않는다")
['시간', '설정', '세션', '예약', '이어']
>>> has_hangul("Raise renewal"), has_hangul("갱신율을 높인다")
(False, True)
>>> predicate("신규 온보딩 기능을 출시한다")
'출시'
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[가-힣]")
_EOJEOL = re.compile(r"[가-힣]+")

#: Particles (조사) and a few contracted endings, longest first, dropped from a word's end.
PARTICLES = tuple(
    sorted(
        """에서는 에서도 에게서 으로는 으로도 이라는 이라고 에서 에게 한테 까지 부터 보다 처럼
        마다 이나 이라 라는 라고 과는 와는 에는 에도 으로 로는 들이 들은 들을 들의 들도 은 는 이
        가 을 를 에 의 도 로 와 과 만 들""".split(),
        key=len,
        reverse=True,
    )
)

#: Stems too common to show that two sentences talk about the same thing.
STOP_STEMS = frozenset(
    """때문 그래 그리 그러 그런 이런 저런 하지 하는 하고 하기 한다 했다 해서 하여 하면 있다 있는
    있어 있고 있지 있었 없다 없는 없어 없고 없었 않는 않아 않고 않다 않았 않을 된다 되는 되어
    되지 돼서 되고 이다 이고 이며 이었 입니 합니 모든 어떤 우리 그것 이것 것이 것을 정도 경우
    사용 고객 사람 회원 봄카 달빛 먼저 다시 자주 많이 매우 너무 가장 계속 아직 이미 항상 결국
    왜냐 다음 이후 이전 통해 대해 위해 대한 위한""".split()
)

#: One-syllable nouns worth keeping as stems (most one-syllable words are grammar).
SHORT_NOUNS = frozenset("차 앱 맵 돈 값 표 줄 팀 일 시".split())

#: Verb endings dropped to find the stem of a sentence's last word (the predicate).
VERB_ENDINGS = tuple(
    sorted(
        """한다 하다 하기 함 합니다 하자 할것 하기로 해서 했다 하겠다 하여 하고 시킨다 시키기 시키다
        된다 되다 되기 됨 완료 예정""".split(),
        key=len,
        reverse=True,
    )
)


def has_hangul(text: str) -> bool:
    """True if the text holds at least one Hangul syllable.

    >>> has_hangul("NPS 30 달성")
    True
    """
    return bool(_HANGUL.search(text))


def strip_particle(word: str) -> str:
    """Drop one particle from the end of a Korean word, if what is left is a word.

    >>> strip_particle("예약이"), strip_particle("차를"), strip_particle("지도에서는")
    ('예약', '차', '지도')
    """
    for p in PARTICLES:
        if word.endswith(p) and len(word) > len(p):
            return word[: -len(p)]
    return word


def hangul_stems(text: str) -> list[str]:
    """Crude stems of the Korean content words, in order: particle dropped, first two syllables.

    Words that are grammar ("때문에", "있다", ...) or one syllable long (except a few nouns such
    as 차, 앱) are left out.

    >>> hangul_stems("고른 차가 이미 예약되어 있다")
    ['고른', '차', '예약']
    """
    out = []
    for word in _EOJEOL.findall(text):
        base = strip_particle(word)
        if len(base) == 1 and base not in SHORT_NOUNS:
            base = word  # '젊은' is an adjective, not '젊' + a particle
        if len(base) == 1 and base not in SHORT_NOUNS:
            continue
        stem = base[:2]
        if stem in STOP_STEMS:
            continue
        out.append(stem)
    return out


def eojeol_count(text: str) -> int:
    """The number of space-separated words (어절) that hold Hangul.

    >>> eojeol_count("행동 필요 사분면의 20대 고객")
    5
    """
    return sum(1 for w in text.split() if has_hangul(w))


def predicate(text: str) -> str:
    """The stem of a Korean sentence's last word (Korean puts the verb last), endings dropped.

    '인터뷰 10회 진행하기' -> '진행'; '갱신율을 75%로 높인다' -> '높인다' (no listed ending);
    '' if there is no Hangul.

    >>> predicate("인터뷰 10회 진행하기"), predicate("고객 성공 매니저 5명 채용")
    ('진행', '채용')
    """
    words = _EOJEOL.findall(text)
    if not words:
        return ""
    word = strip_particle(words[-1])
    for ending in VERB_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word
