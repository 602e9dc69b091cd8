"""Every figure in the course draws without missing glyphs, and is saved for a human to look at.

matplotlib draws a character that its font lacks as an empty box, and says so only with a
``UserWarning: Glyph ... missing from font(s) ...`` that nbval does not fail on. The course
style draws Latin text in DejaVu Sans and falls back to the bundled NanumGothic for Hangul
(helpers/style.py), so Korean - a learner's own event names in the capstone, say - renders;
any other missing glyph fails here.

Each notebook is run once with nbclient (the solution copy, which runs every worked solution
and so draws every figure the learner copy draws; nbval runs both copies separately). A first,
injected cell switches matplotlib to Agg, turns the glyph warning into an error, and saves
every figure to ``artifacts/figures/<notebook>_<n>.png`` - at ``plt.show()``, or at the end of
the cell for a figure left open - then closes it. A last, injected cell reports what it saved.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib as mpl
import nbformat
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
# Both editions: the Korean one draws the same figures with Korean text (helpers.i18n).
LEARNER = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + sorted(
    (ROOT / "notebooks" / "ko").glob("[0-9][0-9]_*.ipynb")
)
FIGURES = ROOT / "artifacts" / "figures"
GLYPH_WARNING = r".*Glyph .* missing from font"
REPORT_MARK = "KIT-FIGURES "
CELL_TIMEOUT_S = 300

# What a notebook's code looks like when it draws a figure (the same rule as test_browser.py).
MAKES_FIGURES = re.compile(
    r"\b(plt|sns|ax|axes|fig)\.\w|\.plot\b|\bplot_\w+\(|_plot\(|_figure\(|_chart\(|heatmap\("
)

SETUP = """\
import json as _kit_json
import warnings as _kit_warnings
from pathlib import Path as _KitPath

import matplotlib as _kit_mpl

_kit_mpl.use("Agg")
import matplotlib.pyplot as _kit_plt
from matplotlib.figure import Figure as _KitFigure

_kit_warnings.filterwarnings("error", message={glyph!r}, category=UserWarning)
_KIT_OUT, _KIT_STEM = _KitPath({out!r}), {stem!r}
_kit_saved, _kit_problems = [], []


def _kit_save(fig):
    from helpers import i18n as _kit_i18n

    _kit_i18n.translate_figure(fig)  # the Korean edition's text (nothing changes in English)
    path = _KIT_OUT / f"{{_KIT_STEM}}_{{len(_kit_saved) + 1}}.png"
    fig.savefig(path, bbox_inches="tight")  # as Jupyter shows it; a missing glyph raises here
    _kit_saved.append(path.name)


def _kit_save_open_figures():
    try:
        for num in _kit_plt.get_fignums():
            _kit_save(_kit_plt.figure(num))
    finally:
        _kit_plt.close("all")


def _kit_display_figure(fig):
    # display(fig), or a figure as a cell's last expression
    try:
        _kit_save(fig)
    finally:
        _kit_plt.close(fig)


def _kit_show(*args, **kwargs):
    _kit_save_open_figures()


def _kit_end_of_cell():
    # figures left open (shown inline at the end of a cell); IPython would swallow an error here
    try:
        _kit_save_open_figures()
    except Exception as exc:
        _kit_problems.append(f"{{type(exc).__name__}}: {{exc}}")


_kit_plt.show = _kit_show
get_ipython().display_formatter.formatters["image/png"].for_type(_KitFigure, _kit_display_figure)
get_ipython().events.register("post_execute", _kit_end_of_cell)
"""

REPORT = f"""\
_kit_end_of_cell()
print({REPORT_MARK!r} + _kit_json.dumps({{"saved": _kit_saved, "problems": _kit_problems}}))
"""


@dataclass
class FigureRun:
    saved: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # glyph errors at the end of a cell
    errors: list[str] = field(default_factory=list)  # error outputs of the notebook's cells


def run_and_save_figures(path: Path, out: Path, stem: str) -> FigureRun:
    """Run a notebook with the figure-saving cells around it; report what it saved and hit."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{stem}_*.png"):
        old.unlink()
    nb = nbformat.read(path, as_version=4)
    setup = nbformat.v4.new_code_cell(SETUP.format(glyph=GLYPH_WARNING, out=str(out), stem=stem))
    nb.cells = [setup, *nb.cells, nbformat.v4.new_code_cell(REPORT)]
    for i, cell in enumerate(nb.cells):
        cell.id = f"kit-{i}"
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT_S,
        kernel_name="python3",
        allow_errors=True,  # run to the end, so the report cell runs; errors are read below
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    run = FigureRun()
    for i, cell in enumerate(nb.cells[1:-1], start=0):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                run.errors.append(f"cell {i}: {output['ename']}: {output['evalue']}")
    for output in nb.cells[-1].get("outputs", []):
        text = output.get("text", "")
        if output.get("output_type") == "stream" and REPORT_MARK in text:
            report = json.loads(text.split(REPORT_MARK, 1)[1])
            run.saved, run.problems = report["saved"], report["problems"]
            break
    else:
        raise AssertionError(f"no figure report from {path.name}: {nb.cells[-1].get('outputs')}")
    return run


def makes_figures(path: Path) -> bool:
    nb = nbformat.read(path, as_version=4)
    return bool(
        MAKES_FIGURES.search("\n".join(c.source for c in nb.cells if c.cell_type == "code"))
    )


def executed_copy(learner: Path) -> Path:
    """The solution copy (it draws every figure, solutions included), else the learner copy."""
    solution = learner.parent / "solutions" / learner.name
    return solution if solution.exists() else learner


def _stem(learner: Path) -> str:
    """A figure file's prefix: ``03_segmentation``, or ``ko_03_segmentation`` in Korean."""
    return f"ko_{learner.stem}" if learner.parent.name == "ko" else learner.stem


def draw(text: str) -> None:
    fig = Figure(figsize=(3, 1))
    FigureCanvasAgg(fig)
    fig.text(0.1, 0.5, text)
    fig.canvas.draw()


# --------------------------------------------------------------------------- tests


def test_korean_text_is_caught_as_missing_glyphs_with_the_default_font():
    """The detection can fail: Hangul is not in DejaVu Sans, matplotlib's default font."""
    default_fonts = {
        "font.family": mpl.rcParamsDefault["font.family"],
        "font.sans-serif": mpl.rcParamsDefault["font.sans-serif"],
    }
    with mpl.rc_context(default_fonts), warnings.catch_warnings():
        warnings.filterwarnings("error", message=GLYPH_WARNING, category=UserWarning)
        draw("Completed rides per month")  # fine
        with pytest.raises(UserWarning, match="Glyph .* missing from font"):
            draw("북극성 지표")


def test_the_course_style_uses_a_font_that_exists():
    from helpers.style import use_course_style

    with mpl.rc_context():
        use_course_style()
        families = mpl.rcParams["font.family"]
        for family in families:
            # 'sans-serif' and the like name a list: the first font in it that exists is used
            names = mpl.rcParams.get(f"font.{family}", [family])
            found = []
            for name in names:
                try:
                    found.append(findfont(FontProperties(family=name), fallback_to_default=False))
                except ValueError:
                    continue
            assert found, f"none of {names} is installed (course style font.family={families})"
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=GLYPH_WARNING, category=UserWarning)
            draw("Returns lead revenue by a month: 12,345 rides (-3.4%)")


def test_the_notebook_run_catches_missing_glyphs(tmp_path):
    """The notebook harness below can fail, both at plt.show() and for a figure left open."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [
        nbformat.v4.new_code_cell(src)
        for src in (
            "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.title('Rides')\nplt.show()",
            "from matplotlib.figure import Figure\nf = Figure()\nf.add_subplot().plot([1, 2])\nf",
            "plt.plot([1, 2])\nplt.title('봄카')  # left open: saved at the end of the cell",
            "plt.plot([1, 2])\nplt.title('달빛')\nplt.show()",
        )
    ]
    path = tmp_path / "sample.ipynb"
    nbformat.write(nb, path)
    run = run_and_save_figures(path, tmp_path / "figures", "sample")
    assert run.saved == ["sample_1.png", "sample_2.png"], run
    assert (tmp_path / "figures" / "sample_2.png").stat().st_size > 1000
    assert len(run.problems) == 1 and "Glyph" in run.problems[0], run.problems
    assert len(run.errors) == 1 and run.errors[0].startswith("cell 3: UserWarning: Glyph"), run


def test_the_course_style_draws_korean(caplog):
    from helpers.style import use_course_style

    with mpl.rc_context(), warnings.catch_warnings():
        use_course_style()
        warnings.filterwarnings("error", message=GLYPH_WARNING, category=UserWarning)
        draw("북극성 지표: 운행 완료 (반납) 12,345건, 코호트 분석")
        draw("Mixed 한국어 and English: 봄카 Bomcar, 달빛 Dalbit")
        fig = Figure(figsize=(3, 1))
        FigureCanvasAgg(fig)
        fig.text(0.1, 0.5, "굵은 제목", fontweight="bold")  # titles are bold in the course style
        from matplotlib import font_manager

        font_manager.fontManager._findfont_cached.cache_clear()  # else an earlier test's lookup
        with caplog.at_level("WARNING", logger="matplotlib.font_manager"):
            fig.canvas.draw()
        assert not [r for r in caplog.records if "Failed to find font" in r.getMessage()]
        bold = findfont(FontProperties(family="NanumGothic", weight="bold"))
        assert bold.endswith("NanumGothicBold.ttf")


def test_the_hangul_font_ships_in_the_package_with_its_licence():
    """pip (a wheel), conda and Binder (both `pip install -e .`) all get helpers/fonts."""
    import tomllib

    from helpers import style

    assert style.FONT_FILE.is_file() and style.FONT_FILE.parent.name == "fonts"
    assert style.FONT_FILE_BOLD.is_file()
    licence = (style.FONT_FILE.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "NanumGothic" in licence
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = data["tool"]["setuptools"]["package-data"]["helpers"]
    assert "fonts/*.ttf" in shipped and "fonts/OFL.txt" in shipped


def test_a_missing_font_file_is_a_clear_error(monkeypatch, tmp_path):
    from helpers import style

    monkeypatch.setattr(style, "FONT_FILE", tmp_path / "fonts" / "NanumGothic.ttf")
    with pytest.raises(FileNotFoundError, match="Hangul font is missing.*Reinstall the course"):
        style.use_course_style()


def test_the_course_style_still_fails_on_a_glyph_no_font_has():
    """Hangul now renders, but the figure test still catches a character no font can draw."""
    from helpers.style import use_course_style

    with mpl.rc_context(), warnings.catch_warnings():
        use_course_style()
        warnings.filterwarnings("error", message=GLYPH_WARNING, category=UserWarning)
        with pytest.raises(UserWarning, match="Glyph .* missing from font"):
            draw("\U0001d11e")  # MUSICAL SYMBOL G CLEF: in neither DejaVu Sans nor NanumGothic


def _png_pixels(text: str, rc: dict) -> bytes:
    with mpl.rc_context(rc):
        fig = Figure(figsize=(4, 1.2), dpi=100)
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        ax.plot([1, 3, 2])
        ax.set_title(text, loc="left", fontweight="bold")
        ax.set_xlabel("Month")
        canvas.draw()
        return bytes(canvas.buffer_rgba())


def test_english_figures_look_as_before():
    """Adding the Hangul fallback changes no pixel of an English figure."""
    from helpers.style import use_course_style

    with mpl.rc_context():
        use_course_style()
        course = dict(mpl.rcParams)
    before = {**course, "font.family": ["DejaVu Sans"]}  # the course style before the fallback
    text = "Returns lead revenue by a month: 12,345 rides (-3.4%)"
    assert _png_pixels(text, course) == _png_pixels(text, before)


def korean_event_log():
    """Four months of a made-up shop whose events and plans are named in Korean.

    600 users, so every step has the group sizes the capstone asks for (30+ on each side of
    an aha threshold) and the page draws all four figures."""
    import pandas as pd

    rows = []
    for u in range(600):
        start = pd.Timestamp("2024-01-01") + pd.Timedelta(days=u % 30, hours=u % 7)
        plan = "무료 요금제" if u % 2 else "프로 요금제"
        rows.append((f"회원{u}", start, "회원가입", plan))
        rows.append((f"회원{u}", start + pd.Timedelta(hours=1), "상품 둘러보기", plan))
        if u % 3:
            rows.append((f"회원{u}", start + pd.Timedelta(hours=2), "장바구니 담기", plan))
        if u % 3 == 1:
            rows.append((f"회원{u}", start + pd.Timedelta(hours=3), "구매 완료", plan))
            rows.append((f"회원{u}", start + pd.Timedelta(days=5), "구매 완료", plan))
            rows.append((f"회원{u}", start + pd.Timedelta(days=40), "상품 둘러보기", plan))
        if u % 5 == 0:
            rows.append((f"회원{u}", start + pd.Timedelta(days=95), "상품 둘러보기", plan))
    log = pd.DataFrame(rows, columns=["user_id", "timestamp", "event", "요금제"])
    return log.sort_values("timestamp", kind="stable").reset_index(drop=True)


def test_capstone_page_with_korean_event_names_has_no_missing_glyph(tmp_path):
    """The capstone's one-page report (helpers.report) on a log with Korean event names."""
    from helpers import report

    plan = report.CapstonePlan(
        name="우리 쇼핑몰",
        data_note="테스트용으로 만든 가짜 데이터",
        signup_event="회원가입",
        browse_events=["상품 둘러보기"],
        cta_event="장바구니 담기",
        conversion_event="구매 완료",
        aha_events=["구매 완료"],
        quadrant_by=["요금제"],
    )
    with mpl.rc_context(), warnings.catch_warnings():
        warnings.filterwarnings("error", message=GLYPH_WARNING, category=UserWarning)
        findings = report.run_capstone(korean_event_log(), plan)
        assert findings.skipped == {}, findings.skipped  # every figure is drawn
        page = report.summary_report(findings, title="우리 쇼핑몰: 가장 중요한 고객 - 한 장 요약")
        assert set(page.figures) == {"funnel", "quadrant", "cohort", "aha"}
        out = page.save_png(tmp_path / "capstone_ko.png")
    assert out.stat().st_size > 10_000
    FIGURES.mkdir(parents=True, exist_ok=True)
    (FIGURES / "capstone_korean_page.png").write_bytes(out.read_bytes())  # for a human to look at


@pytest.mark.slow
@pytest.mark.parametrize("learner", LEARNER, ids=[_stem(p) for p in LEARNER])
def test_figures_draw_without_missing_glyphs(learner: Path):
    path = executed_copy(learner)
    run = run_and_save_figures(path, FIGURES, _stem(learner))
    where = path.relative_to(ROOT)
    glyphs = [e for e in run.errors if "Glyph" in e] + run.problems
    assert not glyphs, f"{where}: a figure has characters no course font can draw: {glyphs}"
    assert not run.errors, f"{where} failed while drawing figures: {run.errors}"
    if makes_figures(path):
        assert run.saved, f"{where} draws figures, but none was saved to {FIGURES}"
