"""Korean for the general helper module ``helpers/segments.py``: every text it says through
:func:`helpers.i18n.tr`."""

MESSAGES = {
    "{func}(): bins must be a whole number of at least 1 (3 gives scores 1 to 3), got {bins!r}.": (
        "{func}(): bins는 1 이상의 정수여야 합니다(3이면 점수가 1에서 3까지). 받은 값: {bins!r}."
    ),
}
