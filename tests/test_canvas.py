"""The method canvas (notebook 10, part 0): feedback per field, the saved page, no data needed.

Each rule is tried with a right answer (the Bomcar example, and a Korean canvas), with each
typical wrong kind (the verdict names what is wrong), and blank. The saved files hold every
field, escape what the learner wrote, and are the same bytes on every run.
"""

from __future__ import annotations

import html
import subprocess
import sys

import pytest

from helpers import canvas, combinations, data, important_customer, quadrant
from helpers.checks import nb01

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]


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
    "specific_segments": ["배송 불가 지역 주소", "결제 실패"],
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
    ],
    "experiment": {
        "hypothesis": "알레르기 필터를 보여 주면 단건 주문 회원의 7일 내 주문이 늘 것이다",
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
    ("whys", ["problem", "why"], "at least twice"),
    ("whys", ["a problem", "a cause", "a cause"], "repeats"),
    ("whys", ["rides fall", "cars are taken", "Add a free-now filter to the map"], "is an action"),
    (
        "whys",
        ["예약이 줄었다", "차가 이미 예약되어 있다", "지도에 시간 필터를 추가한다"],
        "is an action",
    ),
    ("experiment", {"hypothesis": "x"}, "still needs: metric, target_segment"),
    (
        "experiment",
        {"hypothesis": "The map is better", "metric": "m", "target_segment": "t"},
        "If <change>",
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
            "hypothesis": "If we X, then Y will rise",
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
import helpers.data as d
def refuse(*a, **k):
    raise RuntimeError("data was read")
for name in dir(d):
    if name.startswith("load"):
        setattr(d, name, refuse)
import pandas as pd
pd.read_csv = refuse
from helpers import canvas
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
    """The spellings tests/test_korean_terms.py rejects in the course's own text still name
    their quadrant when a learner writes them."""
    from tests.test_korean_terms import TERMS

    for english, _, rejected in TERMS:
        if english.endswith("(quadrant)"):
            name = english.removesuffix(" (quadrant)").lower()
            for spelling in rejected:
                assert canvas.quadrant_name(spelling) == name, spelling


def test_north_star_waits_for_the_scores():
    c = with_(north_star_candidates=..., north_star="completed rides (returns) per month")
    status, message = verdict(c, "north_star")
    assert status == "fix" and "Score the candidates first" in message
