"""The exercise checker: unanswered never raises, wrong answers get progressive hints."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course import exercises
from course.exercises import Exercise, expect_choice, expect_number, expect_set


def make():
    return Exercise(
        "t",
        expect_choice(
            "return",
            {"revenue": "Revenue is the lagging one."},
            options=["return", "revenue", "signups"],
        ),
        hints=["Think of what happens first.", "Rides are invoiced a month later."],
    )


def test_unanswered_is_not_an_error(capsys):
    ex = make()
    assert ex.check(...).status == "unanswered"
    assert ex.check(None).status == "unanswered"
    assert "Not answered yet" in capsys.readouterr().out
    assert ex.tries == 0


def test_right_answer_ignores_case_and_spaces():
    assert make().check("  Return ", quiet=True)


def test_wrong_answers_get_specific_message_and_progressive_hints():
    ex = make()
    v1 = ex.check("revenue", quiet=True)
    assert v1.status == "wrong" and "lagging" in v1.message
    assert v1.hint == "Think of what happens first."
    v2 = ex.check("signups", quiet=True)
    assert v2.hint == "Rides are invoiced a month later."
    v3 = ex.check("signups", quiet=True)  # stays on the most specific hint
    assert v3.hint == "Rides are invoiced a month later."


def test_odd_answers_never_raise():
    ex = make()
    assert "one of the names" in ex.check(42, quiet=True).message
    assert "not one of the options" in ex.check("rides", quiet=True).message

    def boom(_):
        raise KeyError("x")

    v = Exercise("b", boom).check(1, quiet=True)
    assert v.status == "wrong" and "could not be checked" in v.message


def test_expect_number_spots_percent_vs_share():
    check = expect_number(0.25, tol=0.01)
    assert check(0.2501) is None
    assert "percentage" in check(25)
    assert "too high" in check(0.4)
    assert "number" in check("a lot")
    assert "NaN" in check(float("nan"))


def test_expect_set():
    check = expect_set({"a", "b"})
    assert check(["B", "a"]) is None
    assert "missing" in check(["a"])
    assert "should not be there" in check(["a", "b", "c"])
    assert "list" in check("a")


# ---- by kind, in the machinery ----------------------------------------------------------


def number_exercise(right=0.485, expects="share"):
    return Exercise(
        "n",
        expect_number(right, tol=0.01),
        hints=["one", "two", "three"],
        expects=expects,
        solution=right,
    )


@pytest.mark.parametrize(
    "form",
    [
        0.485,
        np.float64(0.485),
        pd.Series([0.485], index=[41]),  # what df.loc[mask, "col"] gives
        pd.DataFrame({"share": [0.485]}),
        np.array([0.485]),
        "0.485",
        "48.5%",
    ],
    ids=["float", "numpy", "one-row Series", "one-cell DataFrame", "array", "text", "text %"],
)
def test_a_number_in_any_form_is_read_as_the_number(form):
    verdict = number_exercise().check(form, quiet=True)
    assert verdict.status == "right", verdict
    if not isinstance(form, float):
        assert verdict.note, "a one-line note says how the answer was read"
    if isinstance(form, pd.Series | pd.DataFrame):
        assert ".item()" in verdict.note


def test_forms_that_are_not_one_number_get_a_verdict():
    ex = number_exercise()
    assert "brackets" in ex.check([0.485], quiet=True).message
    assert "empty" in ex.check(pd.Series([], dtype=float), quiet=True).message
    two = ex.check(pd.Series([0.4, 0.5]), quiet=True)
    assert two.status == "wrong" and ".item()" in two.message
    assert "yes/no" in ex.check(True, quiet=True).message


def test_percent_for_share_and_share_for_percent_have_their_own_verdict():
    v = number_exercise().check(48.5, quiet=True)
    assert v.status == "wrong" and "percentage" in v.message and "0.485" in v.message
    v = number_exercise(48.5, expects="percent").check(0.485, quiet=True)
    assert v.status == "wrong" and "share" in v.message and "48.5%" in v.message


def test_hints_progress_however_the_checker_is_created():
    def make():
        ex = Exercise("same", lambda a: "no", hints=["h1", "h2", "h3"])
        ex.key = "tests.same"
        return ex

    hints = [make().check(1, quiet=True).hint for _ in range(4)]  # a new checker each run
    assert hints == ["h1", "h2", "h3", "h3"]
    make().reset()
    assert make().check(1, quiet=True).hint == "h1"


def test_registered_factories_get_a_session_key():
    from course.checks import nb00

    assert nb00.n_users().key == "course.checks.nb00.n_users"
    assert "course.checks.nb00.n_users" in exercises.REGISTRY


@pytest.mark.parametrize(
    "template",
    [[..., ...], {"a": ..., "b": ...}, pd.DataFrame({"x": [..., ...]}), {"k": [..., ...]}],
)
def test_any_container_of_dots_is_unanswered(template):
    ex = number_exercise()
    v = ex.check(template, quiet=True)
    assert v.status == "unanswered" and ex.tries == 0


def test_partly_filled_template_says_what_is_open():
    v = number_exercise().check({"a": 1, "b": ...}, quiet=True)
    assert v.status == "unanswered" and "still open: 'b'" in v.message


def _shell():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    assert exercises.install_notebook_support(shell)
    assert exercises.install_notebook_support(shell)  # twice is harmless
    shell.run_cell("from course.exercises import Exercise")
    shell.run_cell("ex = Exercise('t', lambda a: None if a == 3 else 'no', expects='number')")
    return shell


def test_check_cell_whose_answer_cell_never_ran_says_so(capsys):
    shell = _shell()
    shell.user_ns.pop("answer_x", None)
    result = shell.run_cell("ex.check(answer_x)")
    out = capsys.readouterr().out
    assert result.error_in_exec is None, "never a NameError"
    assert "`answer_x` does not exist yet" in out and "Run the answer cell" in out
    shell.run_cell("answer_x = {}['x']")  # an answer cell that fails before setting it
    shell.run_cell("ex.check(answer_x)")
    out = capsys.readouterr().out
    assert "stopped with an error (KeyError" in out and "before setting it" in out


def test_check_cell_whose_answer_cell_failed_says_so(capsys):
    shell = _shell()
    shell.run_cell("answer_y = 3")
    shell.run_cell("answer_y = [1, 2][5]")  # the answer cell stops with an error
    result = shell.run_cell("ex.check(answer_y)")
    out = capsys.readouterr().out
    assert result.error_in_exec is None
    assert "stopped with an error (IndexError" in out and "Correct" not in out
    shell.run_cell("answer_y = 3")  # fixed: checked again as usual
    shell.run_cell("ex.check(answer_y)")
    assert "Correct!" in capsys.readouterr().out


def test_other_check_methods_and_name_errors_are_left_alone():
    shell = _shell()
    result = shell.run_cell("not_an_exercise.check(answer_z)")
    assert isinstance(result.error_in_exec, NameError)


def test_numpy_numbers_show_as_plain_numbers():
    shell = _shell()
    fmt = shell.display_formatter.format
    assert fmt(np.float64(0.355))[0]["text/plain"] == "0.355"
    assert fmt({"a": np.float64(0.1), "b": [np.int64(3), np.True_]})[0]["text/plain"] == (
        "{'a': 0.1, 'b': [3, True]}"
    )


def test_empty_list_where_names_were_expected_mentions_shares():
    assert "20% is 0.20" in expect_set({"a"})([])


def test_answer_set_then_a_later_line_failed_is_told_truthfully(capsys):
    """A3: the line setting the answer ran; a later line failed. Say so, and check it."""
    shell = _shell()
    shell.run_cell("answer_w = 2")
    shell.run_cell("answer_w = 3\n[1, 2][5]")  # sets answer_w, then fails
    shell.run_cell("ex.check(answer_w)")
    out = capsys.readouterr().out
    assert "not your new answer" not in out and "older value" not in out
    assert "Correct!" in out  # the value it set is checked
    assert "set `answer_w`, then a later line of it stopped with an error (IndexError" in out
    shell.run_cell("answer_w = 3")  # the whole cell runs: no note any more
    shell.run_cell("ex.check(answer_w)")
    assert "later line" not in capsys.readouterr().out


def test_a_digit_in_quotes_on_number_labels_says_write_it_without_quotes(capsys):
    """A7: KeyError '3' on a table whose column labels are 0, 1, 2 ..."""
    shell = _shell()
    shell.run_cell("import pandas as pd; t = pd.DataFrame({0: [1.0], 3: [0.4]})")
    shell.run_cell("answer_k = t.loc[0, '3']")
    shell.run_cell("ex.check(answer_k)")
    out = capsys.readouterr().out
    assert "KeyError: '3'" in out and "write 3 without quotes" in out


def test_a_misspelt_keyword_suggests_the_closest_name(capsys):
    """A8: a misspelt keyword argument names the closest one the function takes."""
    shell = _shell()
    shell.run_cell("import types, dataclasses")
    shell.run_cell(
        "@dataclasses.dataclass\nclass Plan:\n    name: str = ''\n    browse_events: tuple = ()"
    )
    shell.run_cell("mod = types.ModuleType('mod'); mod.Plan = Plan")
    shell.run_cell("answer_p = mod.Plan(browse_event=('a',))")
    shell.run_cell("ex.check(answer_p)")
    out = capsys.readouterr().out
    assert "unexpected keyword argument 'browse_event'" in out
    assert "did you mean 'browse_events'?" in out


def test_long_errors_are_cut_at_a_word():
    """A12: an error text is never cut mid-word (\"Did you mean 'rid...)\")."""
    text = exercises.explain_error(ValueError("word " * 60 + "Did you mean 'rides'?"))
    assert text.endswith(" ...") and not text.endswith("wor ...")


def test_a_one_row_table_where_a_name_is_expected_is_told_to_take_the_column():
    """Learner re-trial, 04 Ex1: a filtered one-row table got .idxmax() advice (a look-up)."""
    row = pd.DataFrame({"segment": ["35-44 x Seoul"], "quadrant": ["action needed"], "n": [3]})
    verdict = exercises.name_problem(row, "quadrant")
    assert "one row of a table (3 columns)" in str(verdict)
    assert "table.loc[your_condition, 'quadrant'].item()" in str(verdict)
    assert "idxmax" not in str(verdict)


def test_a_series_where_a_number_is_expected_is_told_to_pick_by_label():
    """Learner re-trial, 09 Ex5: a 5-row Series got table.loc[row, column], which fails on it."""
    series = pd.Series([15.8, 16.5, 9.0], index=["paid_search", "social", "referral"])
    value, problem = exercises.read_number(series)
    assert value is None
    assert 'series.loc["label"]' in problem and "loc[row, column]" not in problem
    assert "3 rows" in problem
    _, one = exercises.read_number(pd.DataFrame({"a": [1, 2]}).T)  # 1 row, 2 columns
    assert "1 row and 2 columns" in one


def test_a_solution_copy_whose_answer_its_checker_calls_wrong_stops(tmp_path, monkeypatch):
    """In the test run of notebooks/solutions/ a wrong worked answer is an error; learners
    (no COURSE_STRICT_SOLUTIONS, or any other folder) only ever see the verdict."""
    ex = Exercise("demo", expect_number(5), hints=["h"])
    (tmp_path / "solutions").mkdir()
    monkeypatch.setenv("COURSE_STRICT_SOLUTIONS", "1")
    monkeypatch.chdir(tmp_path / "solutions")
    with pytest.raises(AssertionError, match="worked solution fails its own checker"):
        ex.check(4, quiet=True)
    assert ex.check(5, quiet=True).status == "right"
    assert ex.check(..., quiet=True).status == "unanswered"
    monkeypatch.chdir(tmp_path)
    assert ex.check(4, quiet=True).status == "wrong"
    monkeypatch.chdir(tmp_path / "solutions")
    monkeypatch.delenv("COURSE_STRICT_SOLUTIONS")
    assert ex.check(4, quiet=True).status == "wrong"


def test_keyerror_of_a_value_used_as_a_column_says_so():
    """Issue 10a: events["reservation"] fails because 'reservation' is a value of the event
    column, not a column; the verdict says so, for any table in the learner's namespace."""
    from course.exercises import explain_error

    events = pd.DataFrame({"user_id": [1, 2], "event": pd.Categorical(["reservation", "return"])})
    plans = pd.DataFrame({"plan": ["pro", "free"]})  # a text (not categorical) column too
    ns = {"events": events, "plans": plans, "n": 3}
    for table, key, col in [(events, "reservation", "event"), (plans, "pro", "plan")]:
        try:
            table[key]
        except KeyError as error:
            text = explain_error(error, ns)
        name = "events" if table is events else "plans"
        assert f"{key!r} is a value in the {col!r} column of `{name}`, not a column" in text
        assert f"{name}[{col!r}].value_counts()[{key!r}]" in text
    try:
        events["nonsense"]
    except KeyError as error:
        assert "is a value" not in explain_error(error, ns)


def test_a_one_row_table_for_a_number_gets_a_hint_about_that_mistake():
    """Issue 10a: after a one-row-table answer the hint was about another mistake (the
    try-count hint); the kind now carries its own hint, naming the table's columns."""
    exercises.reset_all()
    ex = Exercise("demo", lambda a: None if a == 200 else "too low", hints=["use within="] * 2)
    ex.expects = "number"
    row = pd.DataFrame({"step": ["ride_start"], "users": [200], "pct_of_start": [0.1]})
    ex.check(42, quiet=True)  # another mistake first: the try count moves on
    v = ex.check(row, quiet=True)
    assert v.status == "wrong" and "kept one row" in v.message
    assert v.own_hint and "within" not in v.hint and "step, users, pct_of_start" in v.hint


def test_empty_list_names_the_exercises_threshold():
    from course.exercises import empty_list_problem

    text = empty_list_problem("metrics", 0.10)
    assert "(10)" in text and "10% is 0.1, not 10" in text and "20" not in text


# ---- one exercise class: templates with given parts, a note on a right answer, the registry ----


@pytest.mark.parametrize(
    "template",
    [
        {"mine": [..., ...], "done": [1, 0]},
        pd.DataFrame({"mine": [..., ...], "done": [1, 0]}),
        [{"id": "P", "mine": ..., "done": None}, {"id": "1", "mine": ..., "done": "P"}],
        ({"mine": {"a": ..., "b": ...}, "done": 3},),
    ],
)
def test_a_template_with_given_parts_untouched_is_unanswered(template):
    """``given`` keys or columns (filled in for the learner) do not count as an answer."""
    ex = Exercise("t", lambda a: "wrong", given=("id", "done"), hints=["h"])
    v = ex.check(template, quiet=True)
    assert v.status == "unanswered" and "Not answered yet" in v.message
    assert ex.tries == 0
    without = Exercise("t", lambda a: "wrong")
    assert without.check(template, quiet=True).status == "unanswered"  # "Not finished yet"
    assert "Not finished yet" in without.check(template, quiet=True).message


def test_a_template_with_given_parts_partly_filled_is_not_finished():
    ex = Exercise("t", lambda a: None, given=("done",))
    answer = pd.DataFrame({"mine": [1, ...], "done": [1, 0]}, dtype=object)
    v = ex.check(answer, quiet=True)
    assert v.status == "unanswered" and "1 of 4 blanks" in v.message and "'mine'" in v.message
    assert ex.check({"mine": [1, 0], "done": [1, 0]}, quiet=True).status == "right"
    assert answer.shape == (2, 2) and list(answer.columns) == ["mine", "done"]  # not changed


def test_a_right_note_is_added_to_a_right_verdict_only():
    ex = Exercise("t", expect_choice("a"), right_note=lambda a: f"Next: keep {a!r}.")
    assert ex.check("a", quiet=True).note == "Next: keep 'a'."
    assert ex.check("b", quiet=True).note is None
    read = Exercise("t", expect_choice("a"), right_note=lambda a: "Next.")
    assert read.check(pd.Series(["a"]), quiet=True).note.endswith(". Next.")
    assert Exercise("t", expect_choice("a"), right_note=lambda a: None).check("a").note is None


def test_the_display_name_follows_the_language():
    from helpers import i18n

    ex = Exercise("Exercise 2", lambda a: None)
    with i18n.language("ko"):
        assert ex.display_name != "Exercise 2"
        assert ex.check(..., quiet=True).message.startswith(f"[{ex.display_name}]")
    assert ex.display_name == "Exercise 2"


def test_the_registry_records_each_factory_with_its_notebook():
    from course.checks import registry

    reg = registry()
    assert {r.notebook for r in reg.values()} == {f"nb{n:02d}" for n in range(11)}
    r = reg["course.checks.nb06.views"]
    assert (r.notebook, r.name) == ("nb06", "views")
    assert r.factory().key == "course.checks.nb06.views"


def test_one_blank_left_reads_in_the_singular():
    from course.exercises import unanswered_message

    one = unanswered_message({"a": 1, "b": ..., "c": 3})
    two = unanswered_message({"a": ..., "b": ..., "c": 3})
    assert "1 of 3 blanks still holds ..." in one and "Fill it in" in one
    assert "2 of 3 blanks still hold ..." in two and "Fill in each one" in two
