"""The method canvas (notebook 10, part 0): feedback per field, the saved page, no data needed.

Each rule is tried with a right answer (the Bomcar example, and a Korean canvas), with each
typical wrong kind (the verdict names what is wrong), and blank. The saved files hold every
field, escape what the learner wrote, and are the same bytes on every run.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys

import pytest

from course import canvas, combinations, data, important_customer
from course.checks import nb01
from helpers import i18n, quadrant

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def with_(**changes):
    return {**canvas.bomcar_example(), **changes}


def verdict(c, field):
    r = canvas.check_canvas(c)
    return r.status(field), r.message(field)


#: A Korean learner's canvas for another product: every field right.
KOREAN = {
    "product": "동네 반찬 정기 배송 앱, 맞벌이 가정을 위한",
    "north_star_candidates": {
        "월 배송 완료 건수": [1, 1, 1, 1, 1, 1],
        "월 가입자 수": [0, 0, 1, 1, 0, 1],
    },
    "north_star": "월 배송 완료 건수",
    "journey": {
        "방문": "오늘 받을 수 있는 반찬을 빨리 알고 싶다",
        "메뉴 탐색": "우리 아이가 먹을 수 있는 메뉴를 쉽게 찾고 싶다",
        "주문": "한 번에 결제하고 싶다",
    },
    "focus_stage": "메뉴 탐색",
    "mass_segments": ["정기 구독 회원", "단건 주문 회원"],
    "specific_segments": ["배송 불가 주소", "결제 실패"],
    "customer_elements": ["주문 경험 없음", "평균 이하", "평균 이상"],
    "quadrant": {
        "자연 증분 유형": "정기 구독 회원 x 평균 이상",
        "뭘 망설일까 유형": ["단건 주문 회원 x 주문 경험 없음", "단건 주문 회원 x 평균 이하"],
        "사용자 유지 전략이 필요한 유형": "정기 구독 회원 x 평균 이하",
        "임팩트가 적은 유형": "정기 구독 회원 x 주문 경험 없음",
    },
    "behaviour_goal": "단건 주문 회원이 아이가 먹을 수 있는 메뉴를 빠르게 찾아 주문한다",
    "whys": [
        "메뉴 탐색 세션이 주문으로 이어지지 않는다",
        "원하는 메뉴를 찾지 못하고 나간다",
        "알레르기 정보로 메뉴를 거를 수 없다",
        "메뉴 정보에 알레르기 성분이 입력되어 있지 않다",
    ],
    "experiment": {
        "hypothesis": (
            "알레르기 필터를 보여 주면 단건 주문 회원의 7일 내 주문이 늘 것이다. 지금은 "
            "아이가 먹을 수 있는 메뉴를 거를 수 없기 때문이다"
        ),
        "metric": "7일 내 주문 여부",
        "target_segment": "단건 주문 회원",
    },
    "data_export": None,
}


# ---- right ------------------------------------------------------------------------------------


def test_bomcar_example_passes_every_field():
    r = canvas.check_canvas(canvas.bomcar_example())
    assert r.ok, repr(r)
    assert [v.field for v in r.verdicts] == list(canvas.FIELDS)


def test_korean_canvas_passes_every_field():
    r = canvas.check_canvas(KOREAN)
    assert r.ok, repr(r)


def test_bomcar_example_agrees_with_the_course():
    """The example's quadrant is notebook 04's placement; its action-needed combinations are
    the important customer; its scores are notebook 01's criteria; its north star wins."""
    ex = canvas.bomcar_example()
    per_user = combinations.combination_users(data.load_events(), data.load_users())
    placed = quadrant.place(combinations.combination_table(per_user), "attempts", "rides")
    found = placed.groupby("quadrant")["segment"].apply(set).to_dict()
    for name, combos in ex["quadrant"].items():
        assert set(combos) <= found[name], name
    action = {f"{important_customer.SITUATION} x {e}" for e in important_customer.EXPERIENCES}
    assert set(ex["quadrant"]["action needed"]) == action == found["action needed"]
    assert all(len(s) == len(nb01.CRITERIA) for s in ex["north_star_candidates"].values())
    sits = set(per_user["situation"].astype(str))
    assert set(ex["mass_segments"]) <= sits
    assert {"card failed", "licence on hold"} <= set(ex["specific_segments"])
    assert ex["experiment"]["hypothesis"] == important_customer.HYPOTHESIS


# ---- wrong, one kind at a time ------------------------------------------------------------------

WRONG = [
    ("product", "app", "for whom"),
    ("north_star_candidates", {"rides": [1, 1, 1]}, "6 scores"),
    ("north_star_candidates", {"rides": [1, 1, 1, 1, 1, 2], "x": [0] * 6}, "1 (meets"),
    ("north_star_candidates", {"rides": [1] * 6}, "at least two"),
    ("north_star_candidates", {"candidate A": [1] * 6, "rides": [0] * 6}, "placeholder"),
    ("north_star", "completed rides", "not one of your scored candidates"),
    ("north_star", "revenue per month", "moment of success"),
    ("north_star", "sign-ups per month", "moment of success"),
    ("journey", {"a": "to x y", "b": "to y z"}, "at least three"),
    ("journey", {"visit": "to see it", "search": "x", "c": "to get it fast"}, "too short"),
    (
        "journey",
        {"visit": "more sign-ups", "search": "higher conversion rate", "c": "x y z"},
        "what the business wants",
    ),
    (
        "journey",
        {"방문": "가입자 증가", "탐색": "전환율 상승", "예약": "매출 증가"},
        "what the business wants",
    ),
    ("focus_stage", "checkout", "not one of your journey stages"),
    ("mass_segments", ["20s in Seoul", "30s in Busan"], "demographic"),
    ("mass_segments", ["20대", "30대"], "demographic"),
    ("mass_segments", ["subscriber"], "at least two"),
    ("specific_segments", ["the top 5% of users"], "share cut-off"),
    ("specific_segments", ["subscriber"], "both Mass and Specific"),
    ("customer_elements", ["age band"], "demographic"),
    ("quadrant", {"action needed": "pay-per-ride member x never reserved"}, "missing"),
    ("quadrant", {"quick wins": "x"}, "not a quadrant"),
    (
        "quadrant",
        {
            "natural growth": "20s x Seoul",
            "action needed": "a",
            "retention strategy needed": "b",
            "low impact": "c",
        },
        "demographic",
    ),
    (
        "quadrant",
        {
            "natural growth": "pay-per-ride member x above average",
            "action needed": "our keenest fans",
            "retention strategy needed": "subscriber x below average",
            "low impact": "associate member x never reserved",
        },
        "not a Mass x element combination",
    ),
    ("behaviour_goal", "Increase revenue by 10% this year", "business result"),
    ("behaviour_goal", "매출 10% 증가", "business result"),
    ("behaviour_goal", "more rides", "Say who does what"),
    ("whys", ["Few lessons are completed", "The first lesson is too hard"], "at least 3 times"),
    ("whys", ["a problem here", "a cause here", "a cause here", "x y z"], "repeats"),
    (
        "whys",
        ["rides fall by 5%", "cars are taken", "the map ignores the time", "Add a filter"],
        "line 4 'Add a filter'",
    ),
    (
        "whys",
        [
            "예약이 줄었다",
            "차가 이미 예약되어 있다",
            "지도가 시간을 무시한다",
            "지도에 시간 필터를 추가한다",
        ],
        "are actions",
    ),
    ("experiment", {"hypothesis": "x"}, "still needs: metric, target_segment"),
    (
        "experiment",
        {"hypothesis": "The map is better", "metric": "m", "target_segment": "t"},
        "the change (If <change>",
    ),
    (
        "experiment",
        {
            "hypothesis": "If we X, then Y will rise",
            "metric": "sign-ups",
            "target_segment": "pay-per-ride member",
        },
        "vanity metric",
    ),
    (
        "experiment",
        {
            "hypothesis": "If we X, then reservations will rise for subscribers in Seoul, "
            "because Z",
            "metric": "reservations",
            "target_segment": "subscribers in Seoul",
        },
        "action needed",
    ),
    ("data_export", 42, "None if there is no export"),
]


@pytest.mark.parametrize(
    ("field", "answer", "says"), WRONG, ids=[f"{w[0]}-{i}" for i, w in enumerate(WRONG)]
)
def test_each_wrong_kind_gets_its_own_verdict(field, answer, says):
    status, message = verdict(with_(**{field: answer}), field)
    assert status == "fix", message
    assert says.lower() in message.lower(), message


def test_other_fields_are_not_blamed_for_one_wrong_field():
    r = canvas.check_canvas(with_(behaviour_goal="Increase revenue by 10% this year"))
    assert [v.field for v in r.to_fix()] == ["behaviour_goal"]


# ---- blank and half-filled -----------------------------------------------------------------------


def test_blank_canvas_is_all_to_fill_and_never_raises():
    r = canvas.check_canvas(canvas.blank())
    assert {v.status for v in r.verdicts} == {"blank"}
    assert not r.ok
    for odd in (..., None, {}, {"product": ...}):
        assert canvas.check_canvas(odd).status("whys") == "blank"
    assert canvas.check_canvas("my canvas").verdicts[0].status == "fix"


def test_half_filled_field_says_so():
    status, message = verdict(with_(journey={"visit": ..., "search": "to see cars"}), "journey")
    assert status == "blank" and "still holds" in message


def test_unknown_field_is_named():
    r = canvas.check_canvas({**canvas.bomcar_example(), "north_starr": "x"})
    assert r.status("north_starr") == "fix" and "not a canvas field" in r.message("north_starr")


def test_odd_values_get_a_verdict_not_a_traceback():
    odd = [3, 2.5, object(), ["a"], {"a": {"b": "c"}}, ("x",)]
    for field in canvas.FIELDS:
        for value in odd:
            r = canvas.check_canvas(with_(**{field: value}))
            assert r.status(field) in {"ok", "fix"}


def test_the_check_shows_as_a_table_with_the_answer_escaped():
    r = canvas.check_canvas(with_(behaviour_goal="Increase <b>revenue</b> by 10% this year"))
    assert "13 fields done" in repr(r).replace("12 of ", "")
    page = r._repr_html_()
    assert "<table>" in page and "&lt;b&gt;revenue" in page and "<b>revenue" not in page


# ---- the saved page ------------------------------------------------------------------------------


def _texts(value):
    """Every piece of text the learner wrote in a field."""
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in (_texts(k) + _texts(v))]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _texts(v)]
    return [str(value)] if isinstance(value, str) else []


@pytest.mark.parametrize("which", ["bomcar", "korean"])
def test_saved_files_hold_every_field(tmp_path, which):
    c = canvas.bomcar_example() if which == "bomcar" else KOREAN
    md_path, html_path = canvas.save_canvas(c, tmp_path)
    md = md_path.read_text(encoding="utf-8")
    page = html_path.read_text(encoding="utf-8")
    for heading, _ in canvas.FIELDS.values():
        assert f"## {heading}" in md
        assert html.escape(heading) in page
    for key in canvas.FIELDS:
        for text in _texts(c[key]):
            assert text in md.replace("\\|", "|"), (key, text)
            assert html.escape(text) in page, (key, text)
    assert "Still to do" not in md  # every field right


def test_no_export_page_lists_what_to_log(tmp_path):
    md_path, html_path = canvas.save_canvas(KOREAN, tmp_path)
    assert "No event export yet." in md_path.read_text(encoding="utf-8")
    assert "What to log" in html_path.read_text(encoding="utf-8")
    assert "No event export" in canvas.data_note(KOREAN)
    assert "SOURCE" in canvas.data_note(canvas.bomcar_example())


def test_saved_html_escapes_what_the_learner_wrote(tmp_path):
    evil = '<script>alert("x")</script> & <b>'
    c = with_(product=evil, behaviour_goal=f"members reserve quickly {evil} on the first try")
    md_path, html_path = canvas.save_canvas(c, tmp_path)
    page = html_path.read_text(encoding="utf-8")
    assert canvas.check_canvas(c).ok  # so the page has no "still to do" list in bold
    assert "<script>" not in page and "<b>" not in page
    assert html.escape(evil) in page
    md = md_path.read_text(encoding="utf-8")
    assert "<script>" not in md
    c2 = with_(journey={"a | b": "to x | y z", "b": "to see it now", "c": "to get it fast"})
    md2 = canvas.to_markdown(c2)
    assert "a \\| b" in md2 and "to x \\| y z" in md2


def test_blank_canvas_saves_with_every_field_marked(tmp_path):
    md_path, html_path = canvas.save_canvas(canvas.blank(), tmp_path)
    md = md_path.read_text(encoding="utf-8")
    assert md.count("(not filled yet)") == len(canvas.FIELDS)
    assert html_path.read_text(encoding="utf-8").count("(not filled yet)") == len(canvas.FIELDS)
    assert "Still to do" in md


def test_same_canvas_same_bytes(tmp_path):
    a = canvas.save_canvas(canvas.bomcar_example(), tmp_path / "a")
    b = canvas.save_canvas(canvas.bomcar_example(), tmp_path / "b")
    for x, y in zip(a, b, strict=True):
        assert x.read_bytes() == y.read_bytes()
    assert b"\r\n" not in a[0].read_bytes()


def test_bad_name_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="plain file name"):
        canvas.save_canvas(canvas.blank(), tmp_path, name="../x.md")


def test_canvas_works_without_any_data(tmp_path):
    """A product with no export: the canvas module reads no data file (run in a fresh
    interpreter where every data loader fails)."""
    code = f"""
import course.data as d
def refuse(*a, **k):
    raise RuntimeError("data was read")
for name in dir(d):
    if name.startswith("load"):
        setattr(d, name, refuse)
import pandas as pd
pd.read_csv = refuse
from course import canvas
c = dict(canvas.bomcar_example(), data_export=None)
assert canvas.check_canvas(c).ok
md, page = canvas.save_canvas(c, {str(tmp_path)!r})
print(md.read_text(encoding="utf-8").count("## "))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= len(canvas.FIELDS)


def test_quadrant_names_in_korean_and_english():
    assert canvas.quadrant_name("뭘 망설일까 유형") == "action needed"
    assert canvas.quadrant_name("자연 증분 유형") == "natural growth"
    assert canvas.quadrant_name("사용자 유지 전략이 필요한 유형") == "retention strategy needed"
    assert canvas.quadrant_name("임팩트가 적은 유형") == "low impact"
    assert canvas.quadrant_name("Low impact") == "low impact"
    assert canvas.quadrant_name("quick wins") is None
    assert set(canvas.QUADRANT_KOREAN) == set(quadrant.QUADRANT_NAMES)


def test_quadrant_names_learners_may_write_in_other_spellings():
    """The spellings tests/integration/test_korean_terms.py rejects in the course's own text still name
    their quadrant when a learner writes them."""
    from tests.integration.test_korean_terms import TERMS

    for english, _, rejected in TERMS:
        if english.endswith("(quadrant)"):
            name = english.removesuffix(" (quadrant)").lower()
            for spelling in rejected:
                assert canvas.quadrant_name(spelling) == name, spelling


def test_north_star_waits_for_the_scores():
    c = with_(north_star_candidates=..., north_star="completed rides (returns) per month")
    status, message = verdict(c, "north_star")
    assert status == "fix" and "Score the candidates first" in message


# ---- a PM's canvas filled wrong-first (a language-learning app, no export) ---------------------

#: Right, apart from what each test below changes: a language-learning app with no export.
LANGUAGE_APP = {
    "product": "a language-learning app for adults who study on the commute",
    "north_star_candidates": {
        "sign-ups per week": [0, 0, 1, 1, 0, 1],
        "lessons completed per week": [1, 1, 1, 1, 1, 1],
    },
    "north_star": "lessons completed per week",
    "journey": {
        "install": "to know quickly whether this app teaches my language",
        "first lesson": "to know which level to start at",
        "daily lessons": "to keep up without losing my progress when I miss a day",
    },
    "focus_stage": "first lesson",
    "mass_segments": ["free learner", "paying subscriber"],
    "specific_segments": ["payment failed", "moved to another country"],
    "customer_elements": ["never finished a lesson", "below average", "above average"],
    "quadrant": {
        "natural growth": "paying subscriber x above average",
        "action needed": ["free learner x never finished a lesson", "free learner x below average"],
        "retention strategy needed": "paying subscriber x below average",
        "low impact": "paying subscriber x never finished a lesson",
    },
    "behaviour_goal": "Free learners finish their first lesson at the right level, on day one",
    "whys": [
        "Few first lessons are completed",
        "Learners quit the first lesson halfway",
        "The first lesson is too hard for beginners",
        "Every learner starts at the same level, whatever they already know",
    ],
    "experiment": {
        "hypothesis": (
            "If the app asks three questions before the first lesson, then more free learners "
            "will complete a lesson within 7 days, because today every learner starts at the "
            "same level"
        ),
        "metric": "completed a lesson within 7 days (per user)",
        "target_segment": "free learner",
    },
    "data_export": None,
}


def app_with(**changes):
    return {**LANGUAGE_APP, **changes}


def test_the_language_app_canvas_passes_when_right():
    r = canvas.check_canvas(LANGUAGE_APP)
    assert r.ok, repr(r)


@pytest.mark.parametrize(
    "metric", ["sign-ups per week", "downloads", "page views", "앱 다운로드 수"]
)
def test_a_vanity_north_star_is_named_whatever_its_self_score(metric):
    c = app_with(
        north_star_candidates={metric: [1] * 6, "lessons completed per week": [1] * 6},
        north_star=metric,
    )
    status, message = verdict(c, "north_star")
    assert status == "fix" and "vanity/acquisition metric" in message, message
    status, message = verdict(c, "north_star_candidates")  # its 1 on 'moment of success' too
    assert status == "fix" and "score it 0" in message, message


@pytest.mark.parametrize(
    "need", ["a placement test feature", "daily lessons feature with streaks", "레벨 테스트 기능"]
)
def test_a_need_written_as_a_feature_is_not_a_need(need):
    status, message = verdict(
        app_with(journey={**LANGUAGE_APP["journey"], "first lesson": need}), "journey"
    )
    assert status == "fix" and "Features, not needs" in message and "customer's" in message
    assert need in message


@pytest.mark.parametrize("field", ["mass_segments", "specific_segments"])
@pytest.mark.parametrize("cut", ["users over 60", "learners in their 20s", "60대 이상"])
def test_an_age_cut_is_rejected_in_mass_and_specific_alike(field, cut):
    c = app_with(**{field: [*LANGUAGE_APP[field], cut]})
    status, message = verdict(c, field)
    assert status == "fix" and "demographic cut, not a situation" in message, message


def test_a_quadrant_named_twice_or_negated_is_said_not_silently_merged():
    """'no action needed' beside 'action needed' used to be read as action needed, so one
    of the two lists silently replaced the other."""
    quad = dict(LANGUAGE_APP["quadrant"])
    negated = {**quad, "no action needed": quad["action needed"]}
    status, message = verdict(app_with(quadrant=negated), "quadrant")
    assert status == "fix" and "'no action needed' is not a quadrant" in message, message
    twice = {**quad, "Action needed!": quad["action needed"]}
    status, message = verdict(app_with(quadrant=twice), "quadrant")
    assert status == "fix" and "both name the quadrant 'action needed'" in message, message
    with i18n.language("ko"):
        status, message = verdict(app_with(quadrant=twice), "quadrant")
    assert status == "fix" and "사분면마다 한 번씩만" in message, message


def test_quadrant_feedback_never_offers_a_wrong_segment_as_an_example():
    c = app_with(
        mass_segments=["users over 60", "free learner"],
        quadrant={**LANGUAGE_APP["quadrant"], "natural growth": "our keenest fans"},
    )
    status, message = verdict(c, "quadrant")
    assert status == "fix" and "Not a Mass x element combination" in message
    assert "users over 60" not in message and "'free learner x never finished" in message
    c = app_with(mass_segments=["users over 60", "users under 30"])
    status, message = verdict(c, "quadrant")
    assert status == "fix" and "first fill mass_segments" in message, message
    assert "over 60" not in message


@pytest.mark.parametrize(
    ("lines", "says"),
    [
        (["Few lessons are completed", "why?", "because", "idk"], "Not a statement yet"),
        (
            [
                "Few lessons are completed",
                "Send more reminder notifications",
                "Add streaks to the home screen",
                "Learners forget the app exists",
            ],
            "line 2 'Send more reminder notifications'; line 3 'Add streaks",
        ),
        (["Few lessons are completed", "Learners quit halfway"], "at least 3 times"),
    ],
)
def test_every_why_line_is_read_and_the_depth_counted(lines, says):
    status, message = verdict(app_with(whys=lines), "whys")
    assert status == "fix" and says in message, message


@pytest.mark.parametrize(
    "hypothesis",
    ["더 많은 알림을 보내면 좋아질 것이다", "If we send more notifications, it will get better"],
)
def test_a_vague_hypothesis_fails_in_korean_and_english_alike(hypothesis):
    exp = {**LANGUAGE_APP["experiment"], "hypothesis": hypothesis}
    status, message = verdict(app_with(experiment=exp), "experiment")
    assert status == "fix", message
    for part in ("the metric", "the segment", "the why"):
        assert part in message, message


def test_a_korean_hypothesis_with_all_four_parts_passes():
    exp = {
        "hypothesis": (
            "첫 수업 전에 세 가지 질문을 하면 무료 학습자의 7일 내 수업 완료가 늘 것이다. "
            "지금은 모두 같은 레벨에서 시작하기 때문이다"
        ),
        "metric": "7일 내 수업 완료 여부",
        "target_segment": "무료 학습자",
    }
    c = app_with(
        experiment=exp,
        mass_segments=["무료 학습자", "유료 구독자"],
        quadrant={
            "자연 증분 유형": "유료 구독자 x above average",
            "뭘 망설일까 유형": "무료 학습자 x never finished a lesson",
            "사용자 유지 전략이 필요한 유형": "유료 구독자 x below average",
            "임팩트가 적은 유형": "유료 구독자 x never finished a lesson",
        },
    )
    r = canvas.check_canvas(c)
    assert r.status("experiment") == "ok", r.message("experiment")


@pytest.mark.parametrize("metric", ["engagement", "user satisfaction", "참여도"])
def test_a_vague_metric_asks_for_a_countable_behaviour(metric):
    exp = {**LANGUAGE_APP["experiment"], "metric": metric}
    status, message = verdict(app_with(experiment=exp), "experiment")
    assert status == "fix" and "not countable" in message, message
    assert f"the metric ({metric!r})" not in message  # a wrong metric is not echoed as the one


def test_every_problem_of_a_field_is_listed_at_once():
    c = app_with(
        journey={
            "install": "more sign-ups",
            "first lesson": "a placement test feature",
            "daily lessons": "레벨 테스트 기능",
        }
    )
    status, message = verdict(c, "journey")
    assert status == "fix" and message.startswith("2 things to fix:"), message
    for need in ("more sign-ups", "a placement test feature", "레벨 테스트 기능"):
        assert need in message
    assert message.count("A feature is something we would build") == 1  # said once


def test_the_wrong_first_canvas_is_not_done():
    """The PM's canvas as first filled: every kind above at once; none of those fields is ok."""
    wrong = app_with(
        north_star_candidates={"sign-ups": [1] * 6, "lessons completed": [1, 1, 1, 1, 1, 0]},
        north_star="sign-ups",
        journey={
            "a": "a placement test feature",
            "b": "daily lessons feature with streaks",
            "c": "레벨 테스트 기능",
        },
        specific_segments=["users over 60"],
        whys=["Few lessons are completed", "why?", "because"],
        experiment={
            "hypothesis": "더 많은 알림을 보내면 좋아질 것이다",
            "metric": "engagement",
            "target_segment": "free learner",
        },
    )
    r = canvas.check_canvas(wrong)
    fix = {v.field for v in r.to_fix()}
    assert {"north_star", "journey", "specific_segments", "whys", "experiment"} <= fix
    assert "13 of 13" not in repr(r)


# ---- notebook 10's part 0 and its data cells: no export yet ------------------------------------

SRC = (ROOT / "notebooks" / "src" / "10_capstone.py").read_text(encoding="utf-8")


def test_no_export_runs_on_the_demo_and_says_so(capsys):
    source, demo = canvas.source_or_demo(None)
    out = capsys.readouterr().out
    assert demo and len(source) > 0 and hasattr(source, "columns")
    assert out.count("\n") == 1 and "demo log (CDNOW)" in out and canvas.DEMO_SUMMARY in out
    assert canvas.source_or_demo("my.csv") == ("my.csv", False)


def test_the_no_export_note_says_one_true_thing():
    note = canvas.data_note({"data_export": None})
    assert "demo log" in note and "skipped" not in note
    note = canvas.data_note({"data_export": "exports/events.csv"})
    assert "while SOURCE is None" in note and "demo log" in note


def test_notebook_10_data_cells_default_to_no_export_and_keep_the_demo_summary_apart():
    assert re.search(r"^SOURCE = None\b", SRC, re.M)
    assert "canvas.source_or_demo(SOURCE)" in SRC
    assert "eventlog.load_event_log(\n    source," in SRC
    assert "canvas.DEMO_SUMMARY if demo" in SRC
    assert 'OUTPUT_DIR / "summary.html"' not in SRC
    assert "one cell to edit" not in SRC


def test_part_0_lists_the_criteria_before_the_learner_scores_and_the_whys_minimum():
    assert SRC.index("print(canvas.criteria_text())") < SRC.index('"north_star_candidates": ...')
    assert canvas.criteria_text().splitlines()[1:] == [
        f"  {n}. {c}" for n, c in enumerate(nb01.CRITERIA, start=1)
    ]
    template = next(line for line in SRC.splitlines() if line.startswith('    "whys": ...'))
    assert f"at least {canvas.MIN_WHYS} whys" in template
