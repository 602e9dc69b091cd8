"""The exercise checker: unanswered never raises, wrong answers get progressive hints."""

from __future__ import annotations

from helpers.exercises import Exercise, expect_choice, expect_number, expect_set


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
