"""Korean for the general helper module ``helpers/cohort.py``: every text it says through
:func:`helpers.i18n.tr`."""

MESSAGES = {
    "{age_label}  (hatched: not yet observable)": "{age_label}  (빗금: 아직 관찰할 수 없음)",
    "retained": "유지",
    "resurrected": "복귀",
    "new": "신규",
    "dormant (left)": "휴면(떠남)",
    "colour scale: ages 1+ (age 0 is 100%)": "색 척도: 1개월 차 이후(0개월 차는 100%)",
    "*: {period} is only partly covered by the data": "*: {period}은(는) 데이터가 일부만 있음",
    "Users": "사용자 수",
}
