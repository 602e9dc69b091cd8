"""Korean for the general helper module ``helpers/funnel.py``: every text it says through
:func:`helpers.i18n.tr`."""

MESSAGES = {
    "Number of users": "사용자 수",
    "Number of sessions": "세션 수",
    "  {users:,}  ({start:.0%} of start; {previous:.0%} of previous)": (
        "  {users:,}  (시작 대비 {start:.0%}, 이전 단계 대비 {previous:.0%})"
    ),
}
