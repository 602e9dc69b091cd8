"""How long each notebook takes in a workshop: one timing model, one table, every place it shows.

The time of each notebook is *derived from its content* by the model below, from the source
in ``notebooks/src/`` and from the measured run time of its cells. The result is written to
one table, ``docs/notebook_times.csv``, and everything that states a notebook's time reads
it:

* each notebook's header - ``tools/build_notebooks.py`` fills the ``{{time}}`` mark of the
  "Time" line from the table;
* the README course table (and README.ko.md's, in Korean), generated whole from the one list
  of notebooks (``notebooks/src/course.toml``, ``tools/course_list.py``) and this table;
* the facilitator guide: the per-notebook "Length" lines, the timing-model table, and the
  half-day and full-day agendas (clock times, checkpoints), between ``<!-- timing:NAME -->``
  and ``<!-- /timing:NAME -->`` marks; the Korean guide (docs/ko/facilitator.md) gets the
  same blocks with Korean labels (:data:`KO`).

``tests/integration/test_timing.py`` fails if any of them disagrees with the table, or the table with
the model run on today's sources. After changing a notebook:

    python tools/timing.py --write              # re-derive the table and every copy of it
    python tools/timing.py --write --measure    # the same, and re-measure cell run times
    python tools/build_notebooks.py             # headers

The model (stated in docs/facilitator.md and printed by ``python tools/timing.py``)
---------------------------------------------------------------------------------
* reading: the words of the learner's markdown (exercise text included; folded hints and
  solutions not - a hint is read when stuck, inside the exercise minutes) at ``READING_WPM`` words a minute - about half the 238 words a minute adults
  read non-fiction in their first language (Brysbaert 2019), for juniors reading English
  as a second language;
* code: ``CELL_MIN`` minutes per code cell the learner runs (run it, read the code and the
  output), plus ``FIGURE_MIN`` per figure cell (read a chart and its takeaway title);
* waiting: the measured run time of the solution copy's cells (nbclient), in minutes;
* exercises, by kind and level, minutes each (``EXERCISE_MIN``): *choice* (pick a letter,
  a label, a name: the answer is a literal), *writing* (a sentence or an OKR: a long text
  literal), *coding* (a pandas computation). Stretch exercises are counted apart: the
  workshop time leaves them out (fast pairs do them; the chart is shown to everyone);
* debrief: ``DEBRIEF_MIN`` minutes per notebook (the reveal of the guess-first questions and
  the "so what"), ``WELCOME_DEBRIEF_MIN`` for notebook 00;
* workshop minutes = the sum without stretch (to a tenth of a minute), rounded up to 5.

This is a model, not a stopwatch on a learner: a dry run with two or three people new to the
course is still the best check, and its observed minutes belong in the ``tried_min`` column
(the guide shows them beside the model when present; the model is not changed by them).
"""

from __future__ import annotations

import ast
import csv
import io
import math
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import course_list  # noqa: E402
from build_notebooks import SRC, SourceCell, fill_marks, parse  # noqa: E402

TABLE = ROOT / "docs" / "notebook_times.csv"
README = ROOT / "README.md"
GUIDE = ROOT / "docs" / "facilitator.md"
#: the Korean edition's copies: the same generated blocks, with Korean labels (``lang="ko"``)
README_KO = ROOT / "README.ko.md"
GUIDE_KO = ROOT / "docs" / "ko" / "facilitator.md"

READING_WPM = 120
CELL_MIN = 0.5
FIGURE_MIN = 0.5
DEBRIEF_MIN = 5
WELCOME_DEBRIEF_MIN = 2
#: minutes per exercise, by kind and level
EXERCISE_MIN = {
    "choice": {"easy": 2, "medium": 3, "stretch": 4},
    "writing": {"easy": 4, "medium": 6, "stretch": 8},
    "coding": {"easy": 4, "medium": 6, "stretch": 8},
}
#: a solution made only of text literals longer than this is "writing", shorter is "choice"
WRITING_CHARS = 150
ROUND_TO = 5

EXERCISE = re.compile(r"^#{2,3} Exercise \d+ \((?P<level>easy|medium|stretch)\)", re.M)
FIGURE = re.compile(r"plt\.show\(\)|_figure\(|\.figure\(")
COLUMNS = [
    "notebook",
    "words",
    "code_cells",
    "figure_cells",
    "run_s",
    "ex_choice",
    "ex_writing",
    "ex_coding",
    "ex_stretch",
    "read_min",
    "code_min",
    "exercise_min",
    "stretch_min",
    "debrief_min",
    "model_min",
    "workshop_min",
    "tried_min",
]


@dataclass
class Timing:
    notebook: str
    words: int
    code_cells: int
    figure_cells: int
    run_s: float
    exercises: list[tuple[str, str]]  # (kind, level)
    tried_min: str = ""

    def count(self, kind: str) -> int:
        return sum(1 for k, level in self.exercises if k == kind and level != "stretch")

    @property
    def read_min(self) -> float:
        return self.words / READING_WPM

    @property
    def code_min(self) -> float:
        return self.code_cells * CELL_MIN + self.figure_cells * FIGURE_MIN + self.run_s / 60

    @property
    def exercise_min(self) -> int:
        return sum(EXERCISE_MIN[k][lv] for k, lv in self.exercises if lv != "stretch")

    @property
    def stretch_min(self) -> int:
        return sum(EXERCISE_MIN[k][lv] for k, lv in self.exercises if lv == "stretch")

    @property
    def debrief_min(self) -> int:
        return WELCOME_DEBRIEF_MIN if self.notebook.startswith("00") else DEBRIEF_MIN

    @property
    def model_min(self) -> float:
        return self.read_min + self.code_min + self.exercise_min + self.debrief_min

    @property
    def workshop_min(self) -> int:
        # round to the minute tenths shown in the table first, so '55.0' gives 55, not 60
        return ROUND_TO * math.ceil(round(self.model_min, 1) / ROUND_TO)

    def row(self) -> dict[str, str]:
        return {
            "notebook": self.notebook,
            "words": str(self.words),
            "code_cells": str(self.code_cells),
            "figure_cells": str(self.figure_cells),
            "run_s": f"{self.run_s:.1f}",
            "ex_choice": str(self.count("choice")),
            "ex_writing": str(self.count("writing")),
            "ex_coding": str(self.count("coding")),
            "ex_stretch": str(sum(1 for _, lv in self.exercises if lv == "stretch")),
            "read_min": f"{self.read_min:.1f}",
            "code_min": f"{self.code_min:.1f}",
            "exercise_min": str(self.exercise_min),
            "stretch_min": str(self.stretch_min),
            "debrief_min": str(self.debrief_min),
            "model_min": f"{self.model_min:.1f}",
            "workshop_min": str(self.workshop_min),
            "tried_min": self.tried_min,
        }


def _words(markdown: str) -> int:
    # folded hints are read only when stuck: that time is in the exercise minutes
    text = re.sub(r"<details>.*?</details>", " ", markdown, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)  # other HTML tags are not read
    text = re.sub(r"[#>*_`|\-]{1,}", " ", text)  # markdown marks
    return len(re.findall(r"\w[\w'’.,:;%/+-]*", text))


def _is_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):  # an f-string: text with numbers in it
        return True
    if isinstance(node, ast.BinOp):  # "a" + "b"
        return _is_literal(node.left) and _is_literal(node.right)
    try:
        ast.literal_eval(node)
    except ValueError:
        return False
    return True


def exercise_kind(solution: str) -> str:
    """'choice', 'writing' or 'coding', from the worked solution's code.

    >>> exercise_kind("answer = 'B'"), exercise_kind("n = users['user_id'].nunique()")
    ('choice', 'coding')
    >>> exercise_kind("okr = {'objective': '" + "x" * 200 + "'}")
    'writing'
    """
    tree = ast.parse(solution)
    statements = [s for s in tree.body if not isinstance(s, ast.Expr)]  # a final echo
    if statements and all(isinstance(s, ast.Assign) and _is_literal(s.value) for s in statements):
        text = "".join(
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        )
        return "writing" if len(text) > WRITING_CHARS else "choice"
    return "coding"


def content(path: Path) -> tuple[int, int, int, list[tuple[str, str]]]:
    """(words, code cells, figure cells, exercises) of one source, as the learner meets it."""
    # what the learner reads: the navigation and course map filled in, the time mark kept (the
    # time is this model's output)
    cells: list[SourceCell] = fill_marks(parse(path), path.stem, keep=("time",))
    words = code = figures = 0
    exercises: list[tuple[str, str]] = []
    level = None
    for cell in cells:
        if "solution" in cell.tags:
            if level is not None:
                exercises.append((exercise_kind(cell.text), level))
                level = None
            continue
        if cell.kind == "markdown":
            words += _words(cell.text)
            found = EXERCISE.search(cell.text)
            if found:
                level = found.group("level")
        elif "exercise" not in cell.tags:
            code += 1
            if FIGURE.search(cell.text):
                figures += 1
    return words, code, figures, exercises


def measure_run_s(stem: str) -> float:
    """Seconds the solution copy's cells take to run (kernel start not included)."""
    import nbformat
    from nbclient import NotebookClient

    path = ROOT / "notebooks" / "solutions" / f"{stem}.ipynb"
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    with client.setup_kernel():
        ready = time.perf_counter()
        for i, cell in enumerate(nb.cells):
            client.execute_cell(cell, i)
        done = time.perf_counter()
    return done - ready


def read_table() -> dict[str, dict[str, str]]:
    if not TABLE.exists():
        return {}
    with TABLE.open(encoding="utf-8", newline="") as f:
        return {row["notebook"]: row for row in csv.DictReader(f)}


def model(measure: bool = False) -> list[Timing]:
    """The model on today's sources; run times measured now or taken from the table."""
    old = read_table()
    out = []
    for src in sorted(SRC.glob("[0-9][0-9]_*.py")):
        words, code, figures, exercises = content(src)
        if measure or src.stem not in old:
            run_s = measure_run_s(src.stem)
        else:
            run_s = float(old[src.stem]["run_s"])
        tried = old.get(src.stem, {}).get("tried_min", "")
        out.append(Timing(src.stem, words, code, figures, run_s, exercises, tried))
    return out


def table_text(timings: list[Timing]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for t in timings:
        writer.writerow(t.row())
    return buf.getvalue()


def minutes() -> dict[str, int]:
    """Workshop minutes per notebook stem, from the table (the one source)."""
    table = read_table()
    if not table:
        raise FileNotFoundError(f"{TABLE} is missing: run `python tools/timing.py --write`.")
    return {stem: int(row["workshop_min"]) for stem, row in table.items()}


# ---- agendas ---------------------------------------------------------------------------------

#: "04 Quadrant" per stem, from the one list of notebooks (notebooks/src/course.toml)
TITLES = course_list.titles("en")
TITLES_KO = course_list.titles("ko")
BRIDGE_MIN = 3

#: An agenda: (kind, what, minutes or None[, cut]). kind: "nb" (a notebook, its table time),
#: "bridge" (a skipped notebook's 3-minute bridge), "break", "buffer", "wrap". Each notebook's
#: start is a checkpoint - "by 10:59 be at 05, else cut ..." - with the cut written here.
HALF_DAY = {
    "start": (9, 0),
    "slot_min": 240,
    "blocks": [
        ("buffer", "Start buffer: arrivals, Wi-Fi, everyone opens JupyterLab (or the hub)", 10),
        (
            "nb",
            "00_welcome",
            None,
            "else start anyway: anyone not set up pairs with a neighbour or uses the hub; fix set-ups in the first break",
        ),
        ("bridge", "01_north_star", BRIDGE_MIN),
        ("bridge", "02_journey_funnel", BRIDGE_MIN),
        ("bridge", "03_segmentation", BRIDGE_MIN),
        (
            "nb",
            "04_quadrant",
            None,
            "else 04 skips the explorer and Exercise 4 (its bar chart tells the same story)",
        ),
        ("break", "Break", 10),
        (
            "nb",
            "05_business_view",
            None,
            "else 05 says the answer to Exercise 1 and does Exercise 3 (the behaviour goal) as a room poll",
        ),
        ("break", "Break", 10),
        (
            "nb",
            "06_sync_views",
            None,
            "else the second break is 5 minutes, and 06 does Exercises 1-2 only: show Exercise 3's prize from the solution copy",
        ),
        ("wrap", "Wrap-up: the important customer in one sentence; survey; homework 07-10", 5),
    ],
}
FULL_DAY = {
    "start": (9, 0),
    "slot_min": 480,
    "blocks": [
        ("buffer", "Start buffer: arrivals, Wi-Fi, everyone opens JupyterLab (or the hub)", 15),
        (
            "nb",
            "00_welcome",
            None,
            "else start anyway: anyone not set up pairs with a neighbour or uses the hub; fix set-ups in the break",
        ),
        (
            "nb",
            "01_north_star",
            None,
            "else end 00 at once: show Exercises 2-3 from the solution copy instead of doing them",
        ),
        ("break", "Break", 10),
        ("bridge", "02_journey_funnel", BRIDGE_MIN),
        ("bridge", "03_segmentation", BRIDGE_MIN),
        (
            "nb",
            "04_quadrant",
            None,
            "else 04 skips the explorer and Exercise 4 (its bar chart tells the same story)",
        ),
        ("break", "Lunch", 60),
        (
            "nb",
            "05_business_view",
            None,
            "else lunch is 45 minutes, and 05 says the answer to Exercise 1 instead of doing it",
        ),
        ("break", "Break", 10),
        (
            "nb",
            "06_sync_views",
            None,
            "else 06 does Exercises 1-2 only: show Exercise 3's prize from the solution copy",
        ),
        ("break", "Break", 10),
        ("bridge", "07_cohorts", BRIDGE_MIN),
        (
            "nb",
            "08_ab_test",
            None,
            "else the third break is 5 minutes, and 08 skips the widget, Exercise 5 and Step 7 (segments)",
        ),
        ("bridge", "09_kpi_okr_nps", BRIDGE_MIN),
        ("wrap", "Wrap-up: each pair reads its important-customer statement; survey; homework", 10),
    ],
}
#: The Korean edition's text for every agenda text above (block names and cuts), by the
#: English text. A new block without its Korean stops the Korean guide's generation.
KO = {
    "Start buffer: arrivals, Wi-Fi, everyone opens JupyterLab (or the hub)": (
        "시작 여유: 도착, Wi-Fi 연결, 모두 JupyterLab (또는 허브) 열기"
    ),
    "Break": "휴식",
    "Lunch": "점심",
    "Wrap-up: the important customer in one sentence; survey; homework 07-10": (
        "마무리: 중요한 고객을 한 문장으로; 설문; 과제 07-10"
    ),
    "Wrap-up: each pair reads its important-customer statement; survey; homework": (
        "마무리: 짝마다 자기 중요한 고객 문장을 읽기; 설문; 과제"
    ),
    "else start anyway: anyone not set up pairs with a neighbour or uses the hub; fix set-ups in the first break": (
        "늦었다면 그대로 시작합니다: 설치가 안 된 사람은 옆 사람과 짝을 짓거나 허브를 쓰고, "
        "설치 문제는 첫 휴식 때 고칩니다"
    ),
    "else start anyway: anyone not set up pairs with a neighbour or uses the hub; fix set-ups in the break": (
        "늦었다면 그대로 시작합니다: 설치가 안 된 사람은 옆 사람과 짝을 짓거나 허브를 쓰고, "
        "설치 문제는 휴식 때 고칩니다"
    ),
    "else 04 skips the explorer and Exercise 4 (its bar chart tells the same story)": (
        "늦었다면 04에서 탐색기와 연습 문제 4를 건너뜁니다 (막대 그래프가 같은 이야기를 합니다)"
    ),
    "else 05 says the answer to Exercise 1 and does Exercise 3 (the behaviour goal) as a room poll": (
        "늦었다면 05에서 연습 문제 1은 답을 알려 주고, 연습 문제 3 (행동 목표)은 전체 투표로 합니다"
    ),
    "else the second break is 5 minutes, and 06 does Exercises 1-2 only: show Exercise 3's prize from the solution copy": (
        "늦었다면 두 번째 휴식을 5분으로 줄이고, 06은 연습 문제 1-2만 합니다: 연습 문제 3의 "
        "결과는 풀이본에서 보여 줍니다"
    ),
    "else end 00 at once: show Exercises 2-3 from the solution copy instead of doing them": (
        "늦었다면 00을 바로 끝냅니다: 연습 문제 2-3은 직접 풀지 않고 풀이본에서 보여 줍니다"
    ),
    "else lunch is 45 minutes, and 05 says the answer to Exercise 1 instead of doing it": (
        "늦었다면 점심을 45분으로 줄이고, 05의 연습 문제 1은 직접 풀지 않고 답을 알려 줍니다"
    ),
    "else 06 does Exercises 1-2 only: show Exercise 3's prize from the solution copy": (
        "늦었다면 06은 연습 문제 1-2만 합니다: 연습 문제 3의 결과는 풀이본에서 보여 줍니다"
    ),
    "else the third break is 5 minutes, and 08 skips the widget, Exercise 5 and Step 7 (segments)": (
        "늦었다면 세 번째 휴식을 5분으로 줄이고, 08에서 위젯, 연습 문제 5, 7단계 (세그먼트)를 "
        "건너뜁니다"
    ),
}


def _ko(text: str) -> str:
    """The Korean of an agenda text; a clear error if :data:`KO` lacks it."""
    try:
        return KO[text]
    except KeyError:
        raise KeyError(
            f"tools/timing.py: the agenda text {text!r} has no Korean in KO; add it"
        ) from None


def _titles(lang: str) -> dict[str, str]:
    if lang not in ("en", "ko"):
        raise ValueError(f'lang must be "en" or "ko", not {lang!r}')
    return TITLES_KO if lang == "ko" else TITLES


#: Notebooks the agendas keep must come after the ones they build on (or that one's bridge).
BUILDS_ON = {
    "04_quadrant": ["03_segmentation"],
    "05_business_view": ["04_quadrant"],
    "06_sync_views": ["04_quadrant", "05_business_view"],
    "07_cohorts": ["05_business_view", "06_sync_views"],
    "08_ab_test": ["05_business_view", "07_cohorts"],
}


def _clock(start: tuple[int, int], minutes_after: int) -> str:
    total = start[0] * 60 + start[1] + minutes_after
    return f"{total // 60:02d}:{total % 60:02d}"


def schedule(plan: dict, lang: str = "en") -> list[tuple[int, int, str, str, str]]:
    """(start minute, length, kind, what, title) per block of an agenda; titles in `lang`."""
    mins = minutes()
    titles = _titles(lang)
    out, t = [], 0
    for kind, what, length, *_ in plan["blocks"]:
        n = mins[what] if kind == "nb" else length
        title = titles.get(what) or (_ko(what) if lang == "ko" else what)
        out.append((t, n, kind, what, title))
        t += n
    return out


def agenda_markdown(plan: dict, lang: str = "en") -> str:
    rows = schedule(plan, lang)
    end = rows[-1][0] + rows[-1][1]
    if lang == "ko":
        lines = ["| 시각 | 분 | 블록 |", "|---|---|---|"]
        for start, n, kind, _, title in rows:
            label = f"**{title}**" if kind == "nb" else title
            if kind == "bridge":
                label = f"{title}: 3분 브리지 (아래 참고), 노트북은 과제"
            lines.append(f"| {_clock(plan['start'], start)} | {n} | {label} |")
        lines.append(
            f"| {_clock(plan['start'], end)} | | 끝: {plan['slot_min']}분 중 {end}분 "
            f"({plan['slot_min'] - end}분 여유) |"
        )
        return "\n".join(lines)
    lines = ["| clock | min | block |", "|---|---|---|"]
    for start, n, kind, _, title in rows:
        label = {
            "nb": f"**{title}**",
            "bridge": f"{title}: 3-minute bridge (below), the notebook is homework",
            "break": title,
            "buffer": title,
            "wrap": title,
        }[kind]
        lines.append(f"| {_clock(plan['start'], start)} | {n} | {label} |")
    lines.append(
        f"| {_clock(plan['start'], end)} | | end: {end} of the {plan['slot_min']} minutes "
        f"({plan['slot_min'] - end} to spare) |"
    )
    return "\n".join(lines)


def checkpoints(plan: dict, lang: str = "en") -> list[tuple[str, str, str]]:
    """(clock, notebook title, what to cut if not there) for the start of every notebook."""
    cuts = {b[1]: b[3] for b in plan["blocks"] if b[0] == "nb"}
    return [
        (_clock(plan["start"], start), title, _ko(cuts[what]) if lang == "ko" else cuts[what])
        for start, _, kind, what, title in schedule(plan, lang)
        if kind == "nb"
    ]


def model_markdown(timings: list[Timing], lang: str = "en") -> str:
    titles = _titles(lang)
    header = (
        "| notebook | words | read | code cells (figures) | run s | code | exercises "
        "choice / writing / coding | exercise | debrief | model | **workshop** | stretch "
        "| tried |"
    )
    if lang == "ko":
        header = (
            "| 노트북 | 단어 수 | 읽기 | 코드 셀 (그림) | 실행 초 | 코드 | 연습 문제 "
            "선택 / 서술 / 코딩 | 연습 문제 | 정리 | 모델 | **워크숍** | 심화 | 실측 |"
        )
    lines = [header, "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for t in timings:
        r = t.row()
        lines.append(
            f"| {titles[t.notebook]} | {r['words']} | {r['read_min']} | {r['code_cells']} "
            f"({r['figure_cells']}) | {r['run_s']} | {r['code_min']} | {r['ex_choice']} / "
            f"{r['ex_writing']} / {r['ex_coding']} | {r['exercise_min']} | {r['debrief_min']} "
            f"| {r['model_min']} | **{r['workshop_min']}** | +{r['stretch_min']} "
            f"({r['ex_stretch']}) | {r['tried_min'] or '-'} |"
        )
    total = sum(t.workshop_min for t in timings)
    stretch = sum(t.stretch_min for t in timings)
    lines.append(
        f"| **{'전체' if lang == 'ko' else 'all'}** | {sum(t.words for t in timings)} | | | | | | | | | **{total}** | +{stretch} | |"
    )
    return "\n".join(lines)


def generated_blocks(lang: str = "en") -> dict[str, str]:
    """Every block of the guide that is generated: name -> markdown (labels in `lang`)."""
    timings = model_from_table()
    blocks = {
        "model": model_markdown(timings, lang),
        "half-day": agenda_markdown(HALF_DAY, lang),
        "full-day": agenda_markdown(FULL_DAY, lang),
    }
    for plan_name, plan in (("half-day", HALF_DAY), ("full-day", FULL_DAY)):
        if lang == "ko":
            blocks[f"{plan_name}-checkpoints"] = "\n".join(
                f"- **{clock}에는 {title}에 있어야 합니다.** {cut}."
                for clock, title, cut in checkpoints(plan, lang)
            )
            continue
        blocks[f"{plan_name}-checkpoints"] = "\n".join(
            f"- **by {clock} be at {title}**, {cut}." for clock, title, cut in checkpoints(plan)
        )
    for t in timings:
        if lang == "ko":
            blocks[f"length-{t.notebook[:2]}"] = (
                f"**길이:** 타이밍 모델로 워크숍에서 {t.workshop_min}분입니다 (심화 연습 문제는 "
                f"+{t.stretch_min}분, [아젠다](#아젠다) 참고). 셀 실행에는 "
                f"{float(t.run_s):.0f}초가 걸립니다."
            )
            continue
        blocks[f"length-{t.notebook[:2]}"] = (
            f"**Length:** {t.workshop_min} minutes in a workshop by the timing model "
            f"(+{t.stretch_min} for the stretch exercise; see [Agendas](#agendas)); its cells "
            f"run in {float(t.run_s):.0f} s."
        )
    return blocks


def model_from_table() -> list[Timing]:
    """The table's rows with the Timing interface (the guide shows the table, not a fresh run)."""
    return [_FromTable(row) for row in read_table().values()]


class _FromTable(Timing):
    """A table row with the Timing interface (numbers as stored)."""

    def __init__(self, row: dict[str, str]):
        self._r = row
        self.notebook = row["notebook"]
        self.words = int(row["words"])
        self.run_s = float(row["run_s"])
        self.tried_min = row["tried_min"]

    def row(self) -> dict[str, str]:
        return dict(self._r)

    @property
    def workshop_min(self) -> int:  # type: ignore[override]
        return int(self._r["workshop_min"])

    @property
    def stretch_min(self) -> int:  # type: ignore[override]
        return int(self._r["stretch_min"])


MARK = re.compile(
    r"(<!-- timing:(?P<name>[\w-]+) -->\n)(?P<body>.*?)(\n<!-- /timing:(?P=name) -->)", re.S
)


def fill_guide(text: str, lang: str = "en") -> str:
    """The guide's text with every ``<!-- timing:NAME -->`` block regenerated (in `lang`)."""
    blocks = generated_blocks(lang)

    def sub(m: re.Match) -> str:
        name = m.group("name")
        if name not in blocks:
            guide = GUIDE_KO if lang == "ko" else GUIDE
            raise KeyError(f"{guide.relative_to(ROOT)} has an unknown timing block {name!r}")
        return m.group(1) + blocks[name] + m.group(4)

    return MARK.sub(sub, text)


README_ROW = re.compile(
    r"^\| (?P<nn>\d\d) \| (?P<link>\[[^\]]+\]\([^)]+\)) \| (?P<time>[^|]*) \|", re.M
)
#: the README's course table sits between these marks (README.ko.md's too)
README_TABLE = re.compile(r"(<!-- course:table -->\n).*?(\n<!-- /course:table -->)", re.S)


def fill_readme(text: str, lang: str = "en") -> str:
    """The README with its course table generated from the list of notebooks and the table
    of times ("40 min"; in Korean "40분", linking notebooks/ko/)."""
    if len(README_TABLE.findall(text)) != 1:
        readme = README_KO if lang == "ko" else README
        raise ValueError(
            f"{readme.name} must hold its course table once between <!-- course:table --> and "
            "<!-- /course:table --> lines"
        )
    table = course_list.readme_table(minutes(), lang)
    return README_TABLE.sub(lambda m: m.group(1) + table + m.group(2), text)


def main(argv: list[str]) -> int:
    if "--write" in argv:
        timings = model(measure="--measure" in argv)
        TABLE.write_text(table_text(timings), encoding="utf-8")
        for lang, readme, guide in (("en", README, GUIDE), ("ko", README_KO, GUIDE_KO)):
            if readme.exists():
                text = readme.read_text(encoding="utf-8")
                readme.write_text(fill_readme(text, lang), encoding="utf-8")
            if guide.exists():
                text = guide.read_text(encoding="utf-8")
                guide.write_text(fill_guide(text, lang), encoding="utf-8")
    print(model_markdown(model_from_table()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
