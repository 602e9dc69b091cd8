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
    "{func}(): metric='conversion' needs convert_from= and convert_to=.": (
        "{func}(): metric='conversion'에는 convert_from=과 convert_to=가 필요합니다."
    ),
    "{func}(): metric='sum' and value_col= go together: name the column of numbers to add up, "
    "e.g. metric='sum', value_col='revenue'.": (
        "{func}(): metric='sum'과 value_col=은 함께 씁니다. 더할 숫자 열의 이름을 주세요. "
        "예: metric='sum', value_col='revenue'."
    ),
    "{func}(): last_period={last_period!r} is before the first cohort.": (
        "{func}(): last_period={last_period!r}이(가) 첫 코호트보다 앞입니다."
    ),
}
