"""Korean for the general helper module ``helpers/quadrant.py``: every text it says through
:func:`helpers.i18n.tr`."""

MESSAGES = {
    "natural growth": "자연 증분 유형",
    "retention strategy needed": "사용자 유지 전략이 필요한 유형",
    "low impact": "임팩트가 적은 유형",
    "'{quadrant}' holds the most users ({share:.0%})": (
        "사용자가 가장 많은 사분면은 '{quadrant}'입니다({share:.0%})"
    ),
    "'{quadrant}' holds the most segments ({share:.0%})": (
        "세그먼트가 가장 많은 사분면은 '{quadrant}'입니다({share:.0%})"
    ),
    "action needed": "뭘 망설일까 유형",
}
