"""helpers.hangul: the small Korean text rules the OKR and whys checkers lean on."""

from __future__ import annotations

import pytest

from helpers import hangul


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Raise renewal", False), ("갱신율을 높인다", True), ("NPS 30 달성", True), ("", False)],
)
def test_has_hangul(text, expected):
    assert hangul.has_hangul(text) is expected


def test_strip_particle_takes_off_the_particle_only():
    assert hangul.strip_particle("예약이") == "예약"
    assert hangul.strip_particle("차를") == "차"
    assert hangul.strip_particle("예약") == "예약"  # nothing to strip


def test_eojeol_count_counts_the_words_that_hold_hangul():
    assert hangul.eojeol_count("행동 필요 사분면의 20대 고객") == 5
    assert hangul.eojeol_count("  고객  ") == 1
    assert hangul.eojeol_count("NPS 30 달성") == 1  # 'NPS' and '30' are not 어절 of Hangul


def test_predicate_is_the_stem_of_the_last_korean_word():
    assert hangul.predicate("인터뷰 10회 진행하기") == "진행"  # the ending 하기 dropped
    assert hangul.predicate("고객 성공 매니저 5명 채용") == "채용"
    assert hangul.predicate("Raise renewal") == "" and hangul.predicate("") == ""


def test_hangul_stems_are_the_hangul_words_without_particles():
    # '차가' -> '차' (a short noun kept), '예약되어' -> '예약'; '이미', '있다' are grammar
    assert hangul.hangul_stems("고른 차가 이미 예약되어 있다") == ["고른", "차", "예약"]
    assert hangul.hangul_stems("only English here") == []
