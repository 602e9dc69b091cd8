"""Every exercise checker in the course keeps the same promise to a confused beginner.

Found automatically: every factory registered with ``@register`` in ``course/checks/nbNN.py``
(and a cross-check that no public factory was left unregistered, and that every check cell of
every notebook uses a registered factory). For each exercise:

* ``...``, ``None`` and any template still holding a ``...`` are "not answered yet" - never an
  error, never a used-up try;
* the typical wrong forms of a beginner (text for a number, a list where one value is
  expected, a one-row table, percent vs share, the wrong sign, the neighbouring month, NaN,
  empty, odd types) each get a verdict from the checker itself - never a traceback and never
  the last-resort "could not be checked";
* the right answer passes in each form a beginner may give it (a plain number, a numpy
  number, a one-row Series or DataFrame, a number in quotes);
* each wrong try gives a hint, never a less specific one than the try before.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import math
import pkgutil
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import course.checks
from course.answers import is_number
from course.checks import registry
from course.exercises import Exercise

ROOT = Path(__file__).resolve().parents[2]
MODULES = {
    info.name: importlib.import_module(f"course.checks.{info.name}")
    for info in pkgutil.iter_modules(course.checks.__path__)
    if info.name.startswith("nb")
}
REGISTERED = registry()
FACTORIES = [
    pytest.param(r.factory, id=key.removeprefix("course.checks.")) for key, r in REGISTERED.items()
]

ODD_ANSWERS = (
    "text",
    "",
    [1, 2],
    {"a": 1},
    object(),
    float("nan"),
    42,
    -1.5,
    ("x",),
    True,
    np.float64(3.0),
    pd.Series([1.0, 2.0]),
    pd.Series([], dtype=float),
    pd.DataFrame({"a": [1, 2], "b": [3, 4]}),
)
TEMPLATES = ([..., ...], {"a": ..., "b": ...}, pd.DataFrame({"x": [..., ...]}))


def _fresh(factory) -> Exercise:
    ex = factory()
    ex.reset()
    return ex


def _assert_a_verdict(verdict, answer) -> None:
    assert verdict.status in {"right", "wrong", "unanswered"}, (answer, verdict)
    assert "could not be checked" not in verdict.message, (answer, verdict.message)


def test_every_notebook_has_checkers():
    notebooks = {r.notebook for r in REGISTERED.values()}
    assert notebooks >= {f"nb{n:02d}" for n in range(11)}, sorted(notebooks)


def _exercise_classes(module) -> set[str]:
    """The names ``module`` binds to :class:`Exercise` or a subclass of it."""
    return {
        name
        for name, obj in vars(module).items()
        if inspect.isclass(obj) and issubclass(obj, Exercise)
    }


def _builders(module) -> set[str]:
    """The public functions of a checks module that build an exercise: a top-level ``def``
    whose body calls Exercise (or a subclass), read from the source, whatever its return
    annotation or decorators say."""
    classes = _exercise_classes(module)
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = set()
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
            continue
        calls = (n for n in ast.walk(fn) if isinstance(n, ast.Call))
        if any(isinstance(c.func, ast.Name) and c.func.id in classes for c in calls):
            found.add(f"{module.__name__}.{fn.name}")
    return found


def test_every_factory_is_registered():
    """A public function of a checks module that builds an Exercise is registered (with its
    notebook), and every registered factory is one (so the search cannot go blind)."""
    builders = set().union(*(_builders(m) for m in MODULES.values()))
    assert builders - set(REGISTERED) == set(), "add @register to these factories"
    assert set(REGISTERED) - builders == set(), "registered, but no Exercise built in them"
    for key, r in REGISTERED.items():
        assert r.notebook == key.split(".")[2], key


def test_an_unregistered_factory_is_found(tmp_path, monkeypatch):
    """The search above finds a factory left without @register."""
    (tmp_path / "nb99_demo.py").write_text(
        "from course.exercises import Exercise\n\n\n"
        "def forgotten():\n    return Exercise('x', lambda a: None)\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("nb99_demo")
    assert _builders(module) == {"nb99_demo.forgotten"}


def test_every_registered_exercise_is_in_its_notebook():
    for src in sorted((ROOT / "notebooks" / "src").glob("*.py")):
        notebook = f"nb{src.name[:2]}"
        called = set(re.findall(r"checks\.(\w+)\(", src.read_text()))
        registered = {r.name for r in REGISTERED.values() if r.notebook == notebook}
        assert registered and registered <= called, (src.name, sorted(registered - called))


@pytest.mark.parametrize("factory", FACTORIES)
def test_unanswered_is_never_an_error(factory):
    ex = _fresh(factory)
    for answer in (..., None, *TEMPLATES):
        verdict = ex.check(answer, quiet=True)
        assert verdict.status == "unanswered", (answer, verdict)
        assert "Not answered yet" in verdict.message or "Not finished yet" in verdict.message
    assert ex.tries == 0


def _wrong_forms(solution) -> list:
    """The confused beginner's versions of the right answer (each one wrong)."""
    if isinstance(solution, pd.Period):
        return [solution - 1, solution + 1, str(solution - 1), [str(solution)]]
    if is_number(solution):
        forms = [[solution], [solution, solution]]
        if solution and math.isfinite(solution):
            forms.append(-solution)
        return forms
    if isinstance(solution, str):
        return [[solution], pd.Series([solution, solution]), solution + " and more"]
    return []


@pytest.mark.parametrize("factory", FACTORIES)
def test_confused_beginner_gets_a_verdict_never_a_traceback(factory):
    ex = _fresh(factory)
    for answer in ODD_ANSWERS:
        _assert_a_verdict(ex.check(answer, quiet=True), answer)
    for answer in _wrong_forms(ex.solution):
        verdict = ex.check(answer, quiet=True)
        _assert_a_verdict(verdict, answer)
        assert verdict.status == "wrong", (answer, verdict)


def _right_forms(solution) -> list:
    if is_number(solution):
        value = float(solution)
        return [
            value,
            np.float64(value),
            pd.Series([value], index=[7]),
            pd.DataFrame({"answer": [value]}),
            repr(value),
        ]
    if isinstance(solution, pd.Period):
        return [solution, str(solution), solution.to_timestamp()]
    if isinstance(solution, str):
        return [solution, f"  {solution} ", pd.Series([solution], index=[3])]
    if isinstance(solution, bool | np.bool_):
        return [solution, pd.Series([solution], index=[3])]
    if isinstance(solution, dict) and any(is_number(v) for v in solution.values()):
        as_tables = {
            k: pd.Series([v], index=[3]) if is_number(v) else v for k, v in solution.items()
        }
        as_numpy = {k: np.float64(v) if is_number(v) else v for k, v in solution.items()}
        return [solution, as_tables, as_numpy]
    return [solution]


@pytest.mark.parametrize("factory", FACTORIES)
def test_the_right_answer_passes_in_every_accepted_form(factory):
    ex = _fresh(factory)
    if ex.solution is None:
        pytest.skip("a free or table answer: tested with its notebook's checks")
    for answer in _right_forms(ex.solution):
        verdict = ex.check(answer, quiet=True)
        assert verdict.status == "right", (answer, verdict)
        if isinstance(answer, pd.Series | pd.DataFrame):
            assert ".item()" in verdict.note
    assert ex.tries == 0


@pytest.mark.parametrize("factory", FACTORIES)
def test_percent_and_share_get_their_own_verdict(factory):
    ex = _fresh(factory)
    if ex.expects != "share" or not ex.solution:
        pytest.skip("not a share")
    verdict = ex.check(100 * ex.solution, quiet=True)
    assert verdict.status == "wrong" and "percentage" in verdict.message, verdict


@pytest.mark.parametrize("factory", FACTORIES)
def test_odd_answers_get_progressive_hints(factory):
    """An unrecognised wrong answer gets the next progressive hint; a recognised mistake (a
    :class:`Mistake`, e.g. NaN) gets its own hint instead."""
    ex = _fresh(factory)
    previous = -1
    for odd in ODD_ANSWERS:
        verdict = ex.check(odd, quiet=True)
        if verdict.status != "wrong":
            continue
        if ex.hints:
            assert verdict.hint, (odd, verdict)
            if verdict.own_hint:
                continue  # the recognised mistake's own hint
            level = list(ex.hints).index(verdict.hint)
            assert level >= previous
            previous = level


# ---- mistakes of a kind, the same in every exercise -----------------------------------------


@pytest.mark.parametrize("factory", FACTORIES)
def test_a_nan_answer_says_the_filter_matched_nothing(factory):
    """A5: NaN (an empty result) is never 'too low': it says no rows matched, and why."""
    for nan in (float("nan"), np.float64("nan"), pd.Series([np.nan], index=[4])):
        ex = _fresh(factory)
        verdict = ex.check(nan, quiet=True)
        assert verdict.status == "wrong", (nan, verdict)
        assert "NaN" in verdict.message and "no rows matched" in verdict.message.lower(), verdict
        assert "too low" not in verdict.message and "too high" not in verdict.message
        assert verdict.hint and "unique()" in verdict.hint, verdict


NAMED = [p for p in FACTORIES if isinstance(p.values[0]().solution, str)]


@pytest.mark.parametrize("factory", NAMED)
def test_a_row_number_where_a_name_is_expected_says_so(factory):
    """A2: 4 from .idxmax() on a table numbered 0, 1, 2 ... is a row number, not the name."""
    ex = _fresh(factory)
    for number in (4, np.int64(4)):
        verdict = ex.check(number, quiet=True)
        assert verdict.status == "wrong" and "row number" in verdict.message, verdict
        assert "table.loc[4, " in verdict.message


@pytest.mark.parametrize("factory", NAMED)
def test_a_whole_table_where_a_name_is_expected_points_at_idxmax(factory):
    """A2: a whole column or table where one name is the answer points at .idxmin()/.idxmax()."""
    ex = _fresh(factory)
    for table in (
        pd.Series([0.3, 0.1], index=["a", "b"]),
        pd.DataFrame({"step": ["a", "b"], "x": [1, 2]}),
    ):
        verdict = ex.check(table, quiet=True)
        assert verdict.status == "wrong" and ".idxmin()" in verdict.message, verdict


@pytest.mark.parametrize("factory", FACTORIES)
def test_a_one_row_text_answer_is_read_as_its_value(factory):
    """A1: a one-row Series holding the right name passes, with a note on .item()."""
    ex = _fresh(factory)
    if not isinstance(ex.solution, str):
        pytest.skip("not a name")
    for form in (pd.Series([ex.solution], index=[4]), pd.DataFrame({"x": [ex.solution]})):
        verdict = ex.check(form, quiet=True)
        assert verdict.status == "right" and ".item()" in verdict.note, verdict


NUMBERS = [p for p in FACTORIES if p.values[0]().expects in ("number", "share", "percent")]


@pytest.mark.parametrize("factory", NUMBERS)
def test_a_filtered_table_where_a_number_is_expected_says_how_to_get_one(factory):
    """A2/A7: a whole row, column or filtered table: pick a cell (row *and* column), sum or
    count - not just "add .item()", which cannot work on 18 values."""
    ex = _fresh(factory)
    for table in (pd.Series(np.arange(18.0)), pd.DataFrame({"users": [1, 2], "x": [3, 4]})):
        verdict = ex.check(table, quiet=True)
        assert verdict.status == "wrong", verdict
        how = ("table.loc[row, column]", "len(", ".loc[")  # the kind's advice or the checker's
        assert any(h in verdict.message for h in how), verdict


@pytest.mark.parametrize("factory", FACTORIES)
def test_percent_for_share_carries_its_own_hint(factory):
    """A4: the percent-vs-share verdict's hint is about percent vs share, whatever the try."""
    ex = _fresh(factory)
    if ex.expects != "share" or not ex.solution:
        pytest.skip("not a share")
    ex.tries = 2  # a later try: the progressive hint would be a late one
    verdict = ex.check(100 * ex.solution, quiet=True)
    assert verdict.status == "wrong" and "100" in verdict.hint and verdict.own_hint, verdict


ROUNDED = [p for p in FACTORIES if p.values[0]().rounded is not None]


@pytest.mark.parametrize("factory", ROUNDED)
def test_the_solution_rounded_as_the_prose_rounds_it_passes(factory):
    """A6: 0.22 passes for 0.219 when the notebook says 22%; a different rounding does not."""
    ex = _fresh(factory)
    rounded = round(ex.solution, ex.rounded)
    assert rounded != ex.solution
    for form in (rounded, f"{100 * rounded:g}%" if ex.expects == "share" else str(rounded)):
        assert ex.check(form, quiet=True).status == "right", form
    assert ex.check(rounded + 10**-ex.rounded, quiet=True).status == "wrong"


# ---- the typical wrong answers of docs/facilitator.md ------------------------------------

_STAGE = {
    "stage": "sign up",
    "aarrr": "Acquisition",
    "customer_can_do": "create an account, add a licence and a card",
    "customer_needs": "a licence check that takes minutes, not days",
}
_KINDS = {
    "associate member": "Mass",
    "corporate member": "Mass",
    "card failed": "Specific",
    "licence on hold": "Specific",
    "accident reporter": "Specific",
}
_VIEWS = {
    "promo_again": "business-only",
    "complaint_queue": "customer-only",
    "price_up": "business-only",
    "free_at_time": "both",
}
_NEEDS = {
    "at the time I need": "A",
    "the car I want": "B",
    "quickly": "C",
    "near me": "D",
    "more sign-ups": "none",
}
_ACTIONABLE = [
    "week1_activation",
    "renewal_rate",
    "weekly_active_seats",
    "net_new_mrr",
    "cac_payback_by_channel",
]

#: exercise -> [(a typical wrong answer, how the facilitator notes write it)]. Each must be
#: in the notes of its notebook, and the checker must reject it with its own message (not
#: just "too high"/"too low").
_TREE_05 = [
    {"id": "P", "text": "Many reservation attempts, few completed rides", "parent": None},
    {"id": "1", "text": "Their attempts fail: the chosen car cannot be booked", "parent": "P"},
    {"id": "2", "text": "The car they chose is already booked at the time they set", "parent": "1"},
    {"id": "3", "text": "They chose it on the map, where it looked free", "parent": "2"},
    {"id": "4", "text": "The map shows cars free now, not at the time they set", "parent": "3"},
]

TYPICAL_WRONG = {
    "nb00.n_users": [(10_025, "10,025"), (801_738, "801,738"), (26_100, "26,100"), (5768, "5,768")],
    "nb00.peak_signup_month": [("2025-05", "May\n   2025")],
    "nb00.share_riders": [(57.7, "57.7"), (5768, "5,768"), (2.61, "2.61")],
    "nb01.leading_metric": [("revenue", '"revenue"')],
    "nb01.vanity_metrics": [(["signups", "app_open", "revenue"], "include revenue")],
    "nb01.aha_moment": [(1, "1 gives 60% of the gap"), (3, "3 adds almost nothing")],
    "nb02.journey_stage": [
        (dict(_STAGE, aarrr="Retention"), 'Retention ("coming back'),
        (dict(_STAGE, aarrr="Activation"), "Rejected: Activation"),
        (dict(_STAGE, customer_needs="sign up quickly"), '"sign up quickly"'),
        (dict(_STAGE, customer_needs="more sign-ups and verified cards"), "more sign-ups and"),
    ],
    "nb03.mass_or_specific": [
        (dict(_KINDS, **{"associate member": "Specific"}), 'associate member as "Specific"'),
        (dict(_KINDS, **{"accident reporter": "Mass"}), 'accident reporter as "Mass"'),
    ],
    "nb06.views": [
        (dict(_VIEWS, promo_again="both"), 'the promotion as "both"'),
        (dict(_VIEWS, complaint_queue="both"), 'the complaints queue as "both"'),
        (dict(_VIEWS, free_at_time="customer-only"), 'the map fix as "customer-only"'),
    ],
    "nb09.vanity_or_actionable": [
        ([*_ACTIONABLE, "pricing_page_views"], "pricing-page views"),
        (_ACTIONABLE[1:], "counts the missing actionable ones and names the kind"),
    ],
    "nb10.map_columns": [
        (
            {"user_col": "member_no", "time_col": "logged_at", "event_col": "app_ver"},
            "`app_ver` is a property",
        ),
    ],
    "nb02.stage_needs": [
        ({"search/browse": "more sign-ups"}, '`"more sign-ups"`'),
        ({"search/browse": "increase conversion"}, '`"increase conversion"`'),
        ({"search/browse": "매출 증가"}, '`"매출 증가"`'),
        ({"search/browse": "a car near me"}, '`"a car near me"`'),
        ({"search/browse": "find the car type I want fast"}, '`"find the car type I want fast"`'),
        ({"search/browse": "a time filter"}, '`"a time\n   filter"`'),
    ],
    "nb02.biggest_drop_off": [("reservation_attempt", '`"reservation_attempt"`')],
    "nb02.event_conversion": [(0.782, "0.782"), (0.363, "0.363"), (2.79, "2.79"), (35.8, "35.8")],
    "nb02.session_window": [(26_100, "26,100"), (30_335, "30,335"), (8, "8 (users")],
    "nb03.top_combination": [
        ("pay-per-ride member x never reserved", '`"pay-per-ride member x never reserved"`')
    ],
    "nb03.move_repeat": [(0.67, "0.67"), (30, "30 (a percentage)"), (0.70, "0.70")],
    "nb04.segment_quadrant": [
        ("action needed", '"action needed" is wrong'),
        ("natural growth", '"natural growth"'),
    ],
    "nb04.action_needed_users": [
        (3, "3 (combinations"),
        (0.40, "0.40"),
        (40, "40 (the share)"),
        (4175, "4,175"),
        (4575, "4,575"),
    ],
    "nb04.weighted_mean_margin": [
        (43, "43 (the weighted median"),
        (1232, "1,232"),
        (-451, "-451"),
    ],
    "nb05.time_first_on_fix": [
        (0.248, "0.248"),
        (0.292, "0.292"),
        (0.254, "0.254"),
        (26.4, "26.4"),
    ],
    "nb05.behaviour_goal": [
        (
            {"goal": "Raise search conversion by 10%", "keywords": ["10%"]},
            "Raise search conversion",
        ),
        (
            {"goal": "Add an availability filter to the map", "keywords": ["filter"]},
            "Add an availability",
        ),
        ({"goal": "Ride more often", "keywords": ["more often"]}, "Ride more often"),
        ({"goal": "Find the car I want quickly", "keywords": ["fast"]}, '("fast")'),
    ],
    "nb05.whys_tree": [
        (_TREE_05[:2] + [dict(_TREE_05[2], text="Search conversion fell to 9%")], "fell to 9%"),
        (
            _TREE_05[:3] + [dict(_TREE_05[3], text="Show only cars free at the set time")],
            "inside the tree (an action)",
        ),
        (_TREE_05[:3], "stops after 2 whys"),
    ],
    "nb06.keywords": [
        (dict(_NEEDS, **{"more sign-ups": "C"}), '"more sign-ups" given a need'),
        (dict(_NEEDS, quickly="B"), '"quickly" -> B only'),
        (dict(_NEEDS, **{"at the time I need": "D"}), '"at the time I need" -> D'),
    ],
    "nb06.prize_in_rides": [(215, "215"), (-36, "-36"), (61, "61"), (515, "515")],
    "nb07.read_cell": [(0.549, "0.549"), (0.479, "0.479"), (51.3, "51.3")],
    "nb07.worst_cohort": [
        ({"cohort": "2025-06", "why": "promotion"}, '"2025-06"'),
        ({"cohort": "2024-09", "why": "price change"}, '"price change"'),
    ],
    "nb07.release_ratio": [
        ({"before": 0.952, "after": 0.928}, "0.952 / 0.928"),
        ({"before": 0.071, "after": 0.031}, "0.071 / 0.031"),
        ({"before": 2.46, "after": 1.35}, "2.46 / 1.35"),
        ({"before": 0.739, "after": 0.407}, "before/after swapped"),
    ],
    "nb07.fingerprint": [
        (
            {"important": -0.024, "everyone_else": 0.332, "where": "important customer"},
            "the groups swapped",
        ),
        ({"important": 0.419, "everyone_else": -0.024, "where": "important customer"}, "+0.419"),
        ({"important": -0.040, "everyone_else": -0.024, "where": "important customer"}, "-0.040"),
        ({"important": 0.332, "everyone_else": -0.024, "where": "both"}, '"both"'),
    ],
    "nb08.sample_size_next_test": [(1892, "1,892"), (5, "MDE passed as 5")],
    "nb08.srm_in_target": [(False, "`False`"), (0.74, "p = 0.74"), ("True", '`"True"`')],
    "nb08.lift_in_target": [
        (0.106, "0.106"),
        (68, "68%"),
        (0.68, "0.68"),
        (-10.6, "wrong\n   sign"),
        (-0.5, "-0.5"),
        (-2.4, "-2.4"),
    ],
    "nb08.outside_reading": [("a", '"a"'), ("c", '"c"'), ("d", '"d"')],
    "nb08.peeking_rate": [(0.05, "about 0.05")],
    "nb09.revenue_cmgr": [
        (0.0576, "0.0576"),
        (2.83, "2.83"),
        (6.01, "6.01"),
        (0.119, "0.119"),
        (0.0603, "0.0603"),
    ],
    "nb09.starter_nps": [
        (13.7, "+13.7"),
        (-16.3, "-16.3"),
        (-0.148, "-0.148"),
        (14.8, "wrong sign"),
        (23.5, "23.5"),
        (38.3, "38.3"),
    ],
    "nb09.channel_payback": [
        (13.3, "13.3"),
        (16.5, "16.5"),
        (15.8, "15.8"),
        (5.5, "5.5"),
        (1.43, "1.43"),
    ],
    "nb09.write_okr": [
        (
            {
                "objective": "Small teams get value from Dalbit and stay with us",
                "key_results": ["Raise starter renewal from 68% to 78%", "Lift NPS from -15 to 0"],
                "initiatives": ["Launch a guided set-up"],
            },
            "from 68% to 78%",
        ),
        (
            {
                "objective": "Small teams get value from Dalbit and stay with us",
                "key_results": ["Raise starter renewal from 68% to 83%", "Lift NPS from -15 to 0"],
                "initiatives": ["Launch a guided set-up"],
            },
            "from 68% to 83%",
        ),
        (
            {
                "objective": "Small teams get value from Dalbit and stay with us",
                "key_results": ["Improve onboarding for small teams by 50%", "Reduce churn 10%"],
                "initiatives": ["Launch a guided set-up"],
            },
            '"Improve onboarding for small teams by 50%"',
        ),
        (
            {
                "objective": "Small teams get value from Dalbit and stay with us",
                "key_results": [
                    "Raise the number of support tickets closed from 100 to 300",
                    "Lift NPS from -15 to 0",
                ],
                "initiatives": ["Launch a guided set-up"],
            },
            '"Raise the number\n   of support tickets closed from 100 to 300"',
        ),
    ],
    "nb10.third_of_second": [(0.32, "32%"), (0.49, "49%")],
    "nb10.cta_and_conversion": [
        (("reservation_attempt", "return"), "`return` as the conversion"),
        (("map_view", "reservation"), "`map_view` as the CTA"),
        (("reservation", "reservation_attempt"), "the two swapped"),
    ],
}

FACILITATOR = (ROOT / "docs" / "facilitator.md").read_text()


def _notes_of(module: str) -> str:
    """The facilitator's section for notebook NN (from its heading to the next one)."""
    n = int(module[2:])
    start = FACILITATOR.index(f"\n### {n:02d} ")
    end = FACILITATOR.find("\n### ", start + 1)
    return FACILITATOR[start:end]


def test_typical_wrong_answers_cover_most_exercises():
    assert len(TYPICAL_WRONG) >= 30
    assert all(f"course.checks.{key}" in REGISTERED for key in TYPICAL_WRONG)


@pytest.mark.parametrize(
    ("key", "answer", "written"),
    [
        pytest.param(k, a, w, id=f"{k}:{w[:20]}")
        for k, cases in TYPICAL_WRONG.items()
        for a, w in cases
    ],
)
def test_each_typical_wrong_answer_of_the_notes_gets_its_own_verdict(key, answer, written):
    assert written in _notes_of(key.split(".")[0]), f"the facilitator notes should list {written!r}"
    ex = _fresh(REGISTERED[f"course.checks.{key}"].factory)
    verdict = ex.check(answer, quiet=True)
    assert verdict.status == "wrong", verdict
    generic = re.fullmatch(
        r".*Not yet: -?[\d.,e+-]+( months)? is (too high|too low|too many|too few)\.",
        verdict.message,
    )
    assert not generic, f"a typical wrong answer deserves a specific message: {verdict.message}"
