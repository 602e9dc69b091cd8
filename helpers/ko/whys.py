"""Korean for the general helper module ``helpers/whys.py``: every text it says through
:func:`helpers.i18n.tr`."""

MESSAGES = {
    "it starts with '{word}'": "'{word}'(으)로 시작합니다",
    "it says '{word}'": "'{word}'라고 씁니다",
    "symptom": "증상",
    "cause": "원인",
    "action": "액션",
    "says why something happens (the customer's experience or the product)": (
        "무언가가 왜 일어나는지 말합니다(고객의 경험이나 제품)"
    ),
    "a number": "숫자",
    "node_kind(): give a sentence in quotes, not {type}.": (
        "node_kind(): {type}이(가) 아니라 따옴표 안의 문장을 주세요."
    ),
    "{reason}: something we would do or build": "{reason}. 우리가 하거나 만들 일입니다",
    "a measurement ({words}): what we observe in the metrics": (
        "측정값({words}). 지표에서 관찰하는 것입니다"
    ),
    "an amount of a count ('{amount}'): what we observe in the metrics": (
        "횟수의 많고 적음('{amount}'). 지표에서 관찰하는 것입니다"
    ),
    "The tree has no rows yet: start with the symptom, e.g. {example}.": (
        "트리에 아직 행이 없습니다. 증상부터 시작하세요. 예: {example}."
    ),
    "Every row needs 'id', 'text' and 'parent'; missing: {missing}.": (
        "모든 행에는 'id', 'text', 'parent'가 필요합니다. 빠진 것: {missing}."
    ),
    "The id {id!r} is used twice: give every row its own id.": (
        "id {id!r}이(가) 두 번 쓰였습니다. 행마다 고유한 id를 주세요."
    ),
    "Row {id!r} has no text: write its sentence in quotes.": (
        "행 {id!r}에 문장이 없습니다. 따옴표 안에 문장을 적으세요."
    ),
    "A tree has exactly one top row (the symptom, parent None); found {n}: {ids}.": (
        "트리의 맨 위 행(증상, parent는 None)은 정확히 하나여야 합니다. {n}개를 찾았습니다: {ids}."
    ),
    "A tree has exactly one top row (the symptom, parent None); found 0. Set the symptom's "
    "parent to None.": (
        "트리의 맨 위 행(증상, parent는 None)은 정확히 하나여야 합니다. 0개를 찾았습니다. "
        "증상 행의 parent를 None으로 두세요."
    ),
    "Row {id!r} has parent {parent!r}, which is not an id.": (
        "행 {id!r}의 parent {parent!r}은(는) 트리에 없는 id입니다."
    ),
    "A 5-whys tree is a list of rows (dicts), e.g. {example}.": (
        "5 Whys 트리는 행(dict)의 리스트입니다. 예: {example}."
    ),
    "Each row of the tree is a dict with 'id', 'text', 'parent', e.g. {example}.": (
        "트리의 각 행은 'id', 'text', 'parent'가 있는 dict입니다. 예: {example}."
    ),
    "Row {id!r} is its own ancestor (a loop): check its parents.": (
        "행 {id!r}이(가) 자기 자신의 조상입니다(순환). parent를 확인하세요."
    ),
}
