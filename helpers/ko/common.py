"""Korean for the messages every notebook shares: the exercise machinery and the plot style."""

MESSAGES: dict[str, str] = {
    "Synthetic data (fictional company)": "합성 데이터(가상의 회사)",
    # ---- helpers/style.py: a plot helper's ax= ----------------------------------------------
    "ax must be a matplotlib Axes (e.g. from `fig, ax = plt.subplots()`), got {kind}.": (
        "ax에는 matplotlib Axes를 넣으세요(예: `fig, ax = plt.subplots()`의 ax). 받은 값: {kind}."
    ),
    # ---- course/exercises.py: verdicts and their labels --------------------------------
    "That's it.": "맞습니다.",
    # ---- unanswered, unfinished, cells that failed --------------------------------------
    "Not answered yet: replace the ... with your answer and run the cell again.": (
        "아직 답하지 않았습니다: ... 자리에 답을 넣고 셀을 다시 실행하세요."
    ),
    # ---- what an answer is -----------------------------------------------------------------
    # ---- numbers in any form ---------------------------------------------------------------
    # ---- a name is the answer ----------------------------------------------------------
    # ---- an answer cell's error, in one line ------------------------------------------------
    # ---- small building blocks for checkers ---------------------------------------------
    # ---- figure texts many notebooks share ----------------------------------------------
    "Month": "월",
    # ---- words checkers pass in (what=...) ------------------------------------------------
    "value": "값",
    "items": "항목",
    # an exercise's name in its verdicts ("[Exercise 2] ..."), for checkers that name it so
    "Exercise {n}": "연습 {n}",
}
