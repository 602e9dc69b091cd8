"""Korean for the general helper module ``helpers/leadlag.py``: the texts it says through
:func:`helpers.i18n.tr` (its figure texts are with notebook 01's, which shows them)."""

MESSAGES = {
    "{func}(): max_lag must be a whole number >= 0, got {value}.": (
        "{func}(): max_lag는 0 이상의 정수여야 하는데, {value}을(를) 받았습니다."
    ),
    "{func}(): too few periods ({n}) to correlate; need at least {need} periods in "
    "a row with numbers ({pairs} pairs of values after transform='{transform}').": (
        "{func}(): 상관을 계산하기에 기간이 너무 적습니다({n}개). 숫자가 있는 기간이 연달아 "
        "{need}개 이상 필요합니다(transform='{transform}'을 적용한 뒤 값의 쌍 {pairs}개)."
    ),
}
