"""The free-text checkers judge Korean answers as they judge English ones.

Three checkers read free text: notebook 05's 5-whys tree (and its behaviour goal), notebook 06's important-customer
statement and notebook 09's OKR (helpers.okr). Each is tested here on the same answers in both
languages: a good answer is accepted in both, each typical mistake is caught in both.
"""

from __future__ import annotations

import pytest

from course.checks import nb05, nb06, nb09
from helpers import hangul, okr

# ---- 05: a 5-whys tree in the learner's own words --------------------------------------------


def _chain(*texts):
    """A tree without branches: each row answers 'why?' to the one before."""
    return [
        {"id": str(n), "text": t, "parent": str(n - 1) if n else None} for n, t in enumerate(texts)
    ]


GOOD_WHYS = {
    "en": _chain(
        "Time-first search sessions make reservation attempts but few end in a reservation",
        "In those sessions the reservation attempt fails: the chosen car cannot be booked then",
        "The chosen car is already booked at the time they set",
        "They chose the car on the map, where it looked free",
        "The map shows cars that are free now, not at the time you set",
    ),
    "ko": _chain(
        "시간을 먼저 설정한 검색 세션은 다른 검색 세션보다 예약으로 끝나는 경우가 적다",
        "그런 세션에서는 예약 시도가 실패한다: 고른 차를 설정한 시간에 예약할 수 없다",
        "고른 차가 설정한 시간에 이미 예약되어 있다",
        "그 차는 지도에서 골랐고, 지도에서는 비어 있는 것처럼 보였다",
        "지도는 설정한 시간이 아니라 지금 비어 있는 차를 보여 준다",
    ),
}

BAD_WHYS = [
    # (language, tree, what the verdict must say)
    (
        "en",
        _chain("Conversion is low", "Cancellations rose 10%", "NPS fell to 20"),
        "another symptom",
    ),
    (
        "ko",
        _chain("전환율이 낮다", "취소율이 10% 올랐다", "순추천지수가 20으로 떨어졌다"),
        "another symptom",
    ),
    (
        "en",
        _chain("Many attempts, few rides", "Attempts fail", "Show only free cars", "x"),
        "is an action",
    ),
    (
        "ko",
        _chain(
            "예약 시도는 많고 운행 완료는 적다", "예약 시도가 실패한다", "빈 차 필터를 추가한다"
        ),
        "is an action",
    ),
    (
        "ko",
        _chain("예약 시도는 많고 운행 완료는 적다", "예약 시도가 실패한다"),
        "stops after 1 why",
    ),
    (
        "ko",
        _chain(
            "카드 결제가 실패한 회원은 예약 시도가 많지만 예약은 적다",
            "마지막 단계에서 결제가 거절된다",
            "앱에 저장된 카드가 만료되었다",
            "카드 만료를 앱이 미리 알려 주지 않는다",
        ),
        "No branch ends at the root cause",
    ),
]


@pytest.mark.parametrize("lang", list(GOOD_WHYS))
def test_a_good_whys_tree_is_accepted_in_either_language(lang):
    verdict = nb05.whys_tree().check(GOOD_WHYS[lang], quiet=True)
    assert verdict.status == "right", (lang, verdict.message)


@pytest.mark.parametrize(("lang", "tree", "expected"), BAD_WHYS)
def test_typical_whys_mistakes_are_caught_in_either_language(lang, tree, expected):
    verdict = nb05.whys_tree().check(tree, quiet=True)
    assert verdict.status == "wrong" and expected in verdict.message, (lang, verdict.message)


def test_korean_stems_link_words_with_different_particles():
    # the same noun with different particles shares a stem; grammar words do not count
    assert set(hangul.hangul_stems("예약이")) == set(hangul.hangul_stems("예약을 했다"))
    assert hangul.hangul_stems("차가") == hangul.hangul_stems("차를") == ["차"]
    assert hangul.hangul_stems("때문에 있다 않는다") == []


# ---- 06: the important-customer statement ---------------------------------------------------

GOOD_STATEMENT = {
    "en": (
        "Our long-term most important customer is the action-needed combinations, pay-per-ride "
        "members who have not got going yet, who need to see which cars are free at the hour "
        "they set. They are 1,683 users; their time-first sessions convert at 0.41 of their "
        "other sessions' rate; we expect their completed rides to rise by about 500 a month."
    ),
    "ko": (
        "우리의 장기적으로 가장 중요한 고객은 뭘 망설일까 유형 조합, 아직 자리 잡지 못한 건별 결제 "
        "회원으로, 지도에서 설정한 시간에 빈 차를 보고 싶어 한다. 이들은 1,683명이고, 시간을 "
        "먼저 설정한 세션의 전환율은 다른 세션의 0.41배다. 설정한 시간에 빈 차만 보여 주면 "
        "운행 완료가 매달 최대 약 515건 늘 것으로 기대한다."
    ),
}


@pytest.mark.parametrize("lang", list(GOOD_STATEMENT))
def test_a_complete_statement_is_accepted_in_either_language(lang):
    verdict = nb06.statement().check(GOOD_STATEMENT[lang], quiet=True)
    assert verdict.status == "right", (lang, verdict.message)


KO = GOOD_STATEMENT["ko"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("뭘 망설일까 유형 사분면의 고객.", "too short"),
        (
            KO.replace(
                "뭘 망설일까 유형 조합, 아직 자리 잡지 못한 건별 결제 회원",
                "자연 증분 유형 사분면의 고객",
            ),
            "another quadrant",
        ),
        (
            KO.replace("뭘 망설일까 유형 조합, 아직 자리 잡지 못한 건별 결제 회원", "우리 고객"),
            "Name the segment",
        ),
        (
            KO.replace("뭘 망설일까 유형 조합, 아직 자리 잡지 못한 건별 결제 회원", "20대 고객"),
            "An age band is a demographic cut",
        ),
        (
            "우리의 가장 중요한 고객은 뭘 망설일까 유형 사분면이다. 이들은 사용자의 45%이고 성과가 27%로 "
            "낮으니 곧 무언가를 해야 한다.",
            "Name the need",
        ),
        (
            "우리의 가장 중요한 고객은 뭘 망설일까 유형 사분면으로, 설정한 시간에 빈 차를 보고 싶어 한다. "
            "이들은 사용자의 45%이니 먼저 집중한다.",
            "Name the metric",
        ),
        (
            "우리의 가장 중요한 고객은 뭘 망설일까 유형 사분면으로, 설정한 시간에 빈 차를 보고 싶어 한다. "
            "이들의 예약 전환율이 오르는 것을 지켜본다.",
            "at least one number",
        ),
    ],
)
def test_an_incomplete_korean_statement_says_what_is_missing(answer, expected):
    verdict = nb06.statement().check(answer, quiet=True)
    assert verdict.status == "wrong" and expected in verdict.message, verdict.message


# ---- 09: an OKR's key results are outcomes, not activities ----------------------------------

GOOD_OKR = {
    "en": {
        "objective": "Small teams trust Dalbit enough to stay with us",
        "key_results": [
            "Raise the starter renewal rate from 78% to 88%",
            "Cut the share of detractors among starter accounts from 38% to 25%",
        ],
        "initiatives": ["Launch a guided set-up for new starter accounts"],
    },
    "ko": {
        "objective": "작은 팀이 달빛을 믿고 오래 함께한다",
        "key_results": [
            "스타터 플랜 갱신율을 78%에서 88%로 높인다",
            "스타터 고객사 중 비추천 고객 비율을 38%에서 25%로 줄인다",
            "두 번째 채널을 추가한 스타터 고객사 비율을 20%에서 40%로 늘리기",
        ],
        "initiatives": [
            "신규 스타터 고객사를 위한 가이드 설정 출시",
            "비추천 고객에게 이틀 안에 전화하기",
        ],
    },
}
ACTIVITY_KRS = {
    "en": ["Hire 5 customer success managers", "Launch the new onboarding flow"],
    "ko": ["고객 성공 매니저 5명 채용", "새 온보딩 기능 출시하기"],
}


@pytest.mark.parametrize("lang", list(GOOD_OKR))
def test_a_good_okr_passes_in_either_language(lang):
    assert okr.review_okr(GOOD_OKR[lang]) == []
    verdict = nb09.write_okr().check(GOOD_OKR[lang], quiet=True)
    assert verdict.status == "right", (lang, verdict.message)


@pytest.mark.parametrize("lang", list(ACTIVITY_KRS))
def test_an_okr_whose_key_results_are_activities_is_rejected_in_either_language(lang):
    bad = {**GOOD_OKR[lang], "key_results": ACTIVITY_KRS[lang]}
    kinds = [(i.where, i.kind) for i in okr.review_okr(bad)]
    assert ("key_results[0]", "activity") in kinds and ("key_results[1]", "activity") in kinds
    verdict = nb09.write_okr().check(bad, quiet=True)
    assert verdict.status == "wrong" and "activity" in verdict.message, verdict.message


@pytest.mark.parametrize(
    ("kr", "expected"),
    [
        ("고객 인터뷰 10회 진행하기", ["activity"]),
        ("신규 기능을 출시한다", ["activity", "no_number"]),
        ("웨비나 3회 개최", ["activity"]),
        ("고객이 더 만족한다", ["no_number"]),
        ("첫 응답 시간을 4시간에서 1시간으로 줄인다", []),
        ("주간 활성 좌석 수를 3개에서 6개로 늘린다", []),
        ("스타터 플랜 순추천지수 +10 달성", ["no_baseline"]),
        ("이탈률 10% 감소", ["no_baseline"]),
        ("온보딩을 50% 개선한다", ["vague_outcome", "no_baseline"]),
        ("상담 티켓 처리 건수를 100건에서 300건으로 늘린다", ["activity_count"]),
        ("첫 답변에 해결된 티켓 비율을 55%에서 70%로 높인다", []),
        ("스타터 매출 총이익률을 65% 이상 유지", ["health_metric"]),
    ],
)
def test_korean_key_results(kr, expected):
    o = {**GOOD_OKR["ko"], "key_results": [kr, GOOD_OKR["ko"]["key_results"][0]]}
    assert [k for _, k in ((i.where, i.kind) for i in okr.review_okr(o))] == expected


@pytest.mark.parametrize(
    ("objective", "metric_only"),
    [("매출 성장", True), ("이탈률 5% 미만", True), ("MRR을 늘린다", True)]
    + [
        ("작은 팀이 달빛을 믿고 오래 함께한다", False),
        ("상담팀이 달빛 없이 일할 수 없게 만든다", False),
    ],
)
def test_korean_objectives(objective, metric_only):
    assert okr.is_metric_only(objective) is metric_only


def test_a_korean_initiative_that_is_an_outcome_is_flagged():
    o = {**GOOD_OKR["ko"], "initiatives": ["갱신율을 75%로 높인다"]}
    assert [i.kind for i in okr.review_okr(o)] == ["outcome_initiative"]


@pytest.mark.parametrize(
    ("text", "is_measurement"),
    [
        ("전환율이 낮다", True),
        ("이탈률 증가", True),
        ("예약 비율이 떨어졌다", True),
        ("평균 이용 횟수가 줄었다", True),
        ("배차 효율이 낮아 차가 멀리 있다", False),  # 효율 (efficiency) is not a rate
        ("고른 차가 그 시간에 이미 예약되어 있다", False),
    ],
)
def test_korean_measurement_words(text, is_measurement):
    assert bool(nb05._measurement(text)) is is_measurement


# ---- 09: a Korean OKR gets a Korean review in the Korean edition -----------------------------


def test_a_korean_okr_gets_a_korean_review_in_the_korean_edition():
    """Every line of the review - label, hint, the trend and token details, the summary - is
    Korean when the learner works in Korean, and the English edition's review is unchanged."""
    from helpers import i18n

    bad = {
        "objective": "고객 만족도를 현재 수준으로 유지한다",  # business as usual
        "key_results": [
            "고객 성공 매니저 5명 채용",  # activity
            "스타터 플랜 갱신율을 78%에서 84%로 높인다",  # barely past the trend (82%)
            "스타터 NPS를 -15에서 -14로 높인다",  # a token lift
            "이탈률 10% 감소",  # no baseline
            "스타터 매출 총이익률을 65% 이상 유지",  # health metric
        ],
        "initiatives": ["갱신율을 75%로 높인다"],  # an outcome
    }
    english = okr.report(bad, trend={"갱신": 82})
    with i18n.language("ko"):
        issues = okr.review_okr(bad, trend={"갱신": 82})
        text = okr.report(bad, trend={"갱신": 82})
        good = okr.report(GOOD_OKR["ko"])
        verdict = nb09.write_okr().check(bad, quiet=True)
    kinds = {i.kind for i in issues}
    assert {"business_as_usual", "activity", "token_target", "near_trend"} <= kinds
    assert {"no_baseline", "health_metric", "outcome_initiative"} <= kinds
    for issue in issues:
        with i18n.language("ko"):
            label, line = issue.label, str(issue)
        assert hangul.has_hangul(label) and hangul.has_hangul(issue.hint), issue
        assert hangul.has_hangul(line)
    assert "82%에 이릅니다" in text and "85% 이상" in text  # the trend and the aim, in %
    assert "-15에서 -14포인트로는 1만큼의 변화" in text
    assert text.startswith(f"문제 {len(issues)}개를 찾았습니다:")
    assert good.startswith("문제를 찾지 못했습니다")
    assert hangul.has_hangul(verdict.message) and hangul.has_hangul(verdict.hint)
    assert english.startswith(f"{len(issues)} problem(s) found:")  # English stays English


def test_exercise_1_metric_descriptions_follow_the_language():
    from helpers import i18n

    english = dict(nb09.METRICS.items())
    with i18n.language("ko"):
        korean = dict(nb09.METRICS.items())
        reasons = list(nb09.VANITY_REASONS.values()) + list(nb09.ACTIONABLE_KINDS.values())
    assert list(korean) == list(english)  # the ids the learner types stay as they are
    assert all(hangul.has_hangul(v) for v in [*korean.values(), *reasons])
    assert not any(hangul.has_hangul(v) for v in english.values())
    assert nb09.METRICS["renewal_rate"] == english["renewal_rate"]


def test_the_errors_a_learner_meets_in_08_and_09_speak_korean():
    import pandas as pd

    from helpers import experiment, i18n, kpi

    with i18n.language("ko"):
        with pytest.raises(ValueError) as size:
            experiment.sample_size(16, 0.05)  # a percentage for a share
        with pytest.raises(ValueError) as one_group:
            experiment.two_proportion_test(
                pd.DataFrame({"variant": ["control"] * 3, "reserved_14d": [0, 1, 0]}),
                "variant",
                "reserved_14d",
            )
        with pytest.raises(ValueError) as margin:
            kpi.cac_payback_months(nb09.new_accounts())  # no gross margin stated
        with pytest.raises(ValueError) as empty:
            kpi.nps(pd.Series([], dtype=float))
    for err in (size, one_group, margin, empty):
        assert hangul.has_hangul(str(err.value)), err.value
    assert "0.16" in str(size.value)
    with pytest.raises(ValueError, match="baseline must be a rate between 0 and 1"):
        experiment.sample_size(16, 0.05)  # English unchanged
