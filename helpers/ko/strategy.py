"""Korean for the general helper module ``helpers/strategy.py``: every text it says through
:func:`helpers.i18n.tr`."""

MESSAGES = {
    "A 5-whys chain is a list of sentences, e.g. ['problem', 'why 1', 'why 2'].": (
        "5 Whys 사슬은 문장의 리스트입니다. 예: ['문제', '왜 1', '왜 2']."
    ),
    "Every step must be a non-empty sentence in quotes.": (
        "각 단계는 따옴표 안의, 비어 있지 않은 문장이어야 합니다."
    ),
    "Start with the problem and ask 'why?' at least {n} time(s).": (
        "문제에서 시작해 적어도 {n}번 '왜?'라고 물으세요."
    ),
    "Stop at the root cause: {n} steps is more than {max_len}.": (
        "근본 원인에서 멈추세요. {n}단계는 {max_len}단계보다 많습니다."
    ),
    "A step repeats an earlier one: each 'why?' should go one level deeper.": (
        "앞 단계를 되풀이하는 단계가 있습니다. '왜?'를 물을 때마다 한 단계 더 깊이 들어가야 합니다."
    ),
    "Why 1": "왜 1",
    "Why 2": "왜 2",
    "Why 3": "왜 3",
    "Why 4": "왜 4",
    "Why 5": "왜 5",
    "A tree is a dict: {example}.": "트리는 dict입니다: {example}.",
    "Children must be lists of names in quotes.": "자식은 따옴표로 감싼 이름의 리스트여야 합니다.",
    "A tree has exactly one top (the north star); found {n}: {roots}.": (
        "트리의 맨 위(북극성 지표)는 정확히 하나여야 합니다. {n}개를 찾았습니다: {roots}."
    ),
    "The top of the tree should be {root!r}, not {top!r}.": (
        "트리의 맨 위는 {top!r}이(가) 아니라 {root!r}이어야 합니다."
    ),
    "A metric appears under two parents: give each one place.": (
        "한 지표가 두 부모 아래에 있습니다. 지표마다 자리를 하나만 주세요."
    ),
    "North star: {metric}": "북극성 지표: {metric}",
    "Stage metric: {metric}": "단계 지표: {metric}",
    "direct": "직접",
    "indirect": "간접",
    "North star": "북극성 지표",
    "Stage metric": "단계 지표",
    "Leading indicator": "선행 지표",
    "Behaviour goal": "행동 목표",
    "Root cause": "근본 원인",
    "Cause": "원인",
    "Action": "액션",
    "Problem": "문제",
    "To draw your strategy map, fill in: {parts}.": (
        "전략 맵을 그리려면 다음을 채우세요: {parts}."
    ),
    "Behaviour goal: (not written yet)": "행동 목표: (아직 쓰지 않음)",
    "Leading indicator: {metric}": "선행 지표: {metric}",
    "why?": "왜?",
    "[keywords: {keywords}]": "[키워드: {keywords}]",
    "The 5-whys tree is left out: {problem}": "5 Whys 트리는 빠졌습니다: {problem}",
    "Your actions act on {ids}, which has whys below it in your tree: attach actions to a "
    "cause at the bottom of your tree (a root cause). The map labels that level 'Cause'.": (
        "액션이 {ids}을(를) 겨냥하는데, 트리에서 그 아래에 '왜'가 더 있습니다. 액션은 트리 맨 "
        "아래의 원인(근본 원인)에 붙이세요. 맵은 그 단계를 '원인'이라고 표시합니다."
    ),
    "Your actions act on {ids}, which have whys below it in your tree: attach actions to a "
    "cause at the bottom of your tree (a root cause). The map labels that level 'Cause'.": (
        "액션이 {ids}을(를) 겨냥하는데, 트리에서 그 아래에 '왜'가 더 있습니다. 액션은 트리 맨 "
        "아래의 원인(근본 원인)에 붙이세요. 맵은 그 단계를 '원인'이라고 표시합니다."
    ),
    "+{rides:.0f} rides/month": "월 +{rides:.0f}회 운행",
    "the behaviour goal": "행동 목표",
    "the 5-whys tree": "5 Whys 트리",
    "the actions": "액션",
}
