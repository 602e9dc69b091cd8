"""The Korean edition can never drift from the English one.

* every message a helper says through ``tr()`` has its Korean text, with the same fields;
* ``tr()`` is never called at import (a constant would freeze the language of the moment);
* the two editions of every notebook have the same cells, code, exercises, headings, links and
  numbers (so the facts tests, which check the English numbers, cover the Korean too);
* with the language set to Korean, a beginner's typical wrong answer gets a Korean verdict.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from helpers import i18n
from helpers.hangul import has_hangul

ROOT = Path(__file__).resolve().parents[2]
HELPERS = ROOT / "helpers"
#: The two wings: the general helpers, and the course's worlds and checkers built on them.
WINGS = [ROOT / "helpers", ROOT / "course"]
NOTEBOOKS = ROOT / "notebooks"
KO = NOTEBOOKS / "ko"
STEMS = sorted(p.stem for p in (NOTEBOOKS / "src").glob("[0-9][0-9]_*.py"))


def _helper_files(wings: list[Path] = WINGS) -> list[Path]:
    return sorted(
        p for wing in wings for p in wing.rglob("*.py") if "ko" not in p.relative_to(wing).parts[:1]
    )


def _tr_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (
            (isinstance(node.func, ast.Name) and node.func.id == "tr")
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "tr")
        ):
            yield node


def _all_tr_calls(wings: list[Path] = WINGS):
    """(file, call, template) for every tr() call; a template named by a module constant
    (``tr(NOTE)`` with ``NOTE = "..."`` at the top of the module) counts as its literal."""
    for path in _helper_files(wings):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            t.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign | ast.AnnAssign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(t, ast.Name)
        }
        for call in _tr_calls(tree):
            arg = call.args[0] if call.args else None
            template = None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                template = arg.value
            elif isinstance(arg, ast.Name):
                template = constants.get(arg.id)
            yield path.relative_to(ROOT), call, template


def test_every_message_has_korean_text_with_the_same_fields():
    table = i18n.catalogue()
    problems = []
    for where, call, en in _all_tr_calls():
        if en is None:
            problems.append(
                f"{where}:{call.lineno}: tr() needs a literal template (or a module constant), "
                "not an f-string or an expression"
            )
            continue
        if en not in table:
            problems.append(f"{where}:{call.lineno}: no Korean for {en[:70]!r}")
            continue
        if i18n.fields(en) != i18n.fields(table[en]):
            problems.append(f"{where}:{call.lineno}: fields differ in {en[:60]!r}")
        given = {k.arg for k in call.keywords if k.arg}
        if not any(k.arg is None for k in call.keywords) and given != i18n.fields(en):
            problems.append(
                f"{where}:{call.lineno}: fields {sorted(i18n.fields(en))} get {sorted(given)}"
            )
    assert not problems, "\n".join(problems)


def test_the_general_helpers_carry_their_own_korean():
    """Someone using only ``helpers`` on their own log (no course imported) still reads every
    message in Korean: each template of the general wing is in ``helpers/ko``, not only in the
    course's catalogue."""
    own = i18n.catalogue(("helpers.ko",))
    missing = [
        f"{where}:{call.lineno}: {en[:60]!r}"
        for where, call, en in _all_tr_calls([HELPERS])
        if en is not None and en not in own
    ]
    assert not missing, "move these to helpers/ko/:\n" + "\n".join(missing)


def test_the_catalogue_is_korean_and_keeps_each_field():
    bad = [
        en[:60]
        for en, ko in i18n.catalogue().items()
        if not has_hangul(ko) or i18n.fields(en) != i18n.fields(ko)
    ]
    assert not bad, bad


def test_tr_is_never_called_at_import():
    """A module-level ``X = tr(...)`` would freeze the language before the set-up cell."""
    problems = []
    for path in _helper_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                inside.update(id(c) for c in _tr_calls(node))
        problems += [
            f"{path.relative_to(ROOT)}:{c.lineno}" for c in _tr_calls(tree) if id(c) not in inside
        ]
    assert not problems, problems


def test_an_unknown_language_is_refused_with_the_fix():
    with pytest.raises(ValueError, match='set_language\\("ko"\\)'):
        i18n.set_language("kr")


def test_tr_and_figures_follow_the_language():
    import matplotlib.pyplot as plt

    from helpers import style

    fig, ax = plt.subplots()
    style.takeaway(ax, "Synthetic data (fictional company)")
    with i18n.language("ko"):
        assert has_hangul(i18n.tr("Synthetic data (fictional company)"))
        i18n.translate_figure(fig)
    assert has_hangul(ax.get_title(loc="left"))
    assert i18n.get_language() == "en"
    assert i18n.tr("Synthetic data (fictional company)") == "Synthetic data (fictional company)"
    plt.close(fig)


# ---- the two editions ----------------------------------------------------------------------

HEADING = re.compile(r"^(#{1,6}) ", re.M)
LINK = re.compile(r"\]\(([^)\s]+)\)")
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


_MONTHS = {
    m: str(i)
    for i, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for m in names
}
# "May" is the month unless a verb follows ("May be", "may not" - the verb)
_MONTH = re.compile(
    r"\b(?:"
    + "|".join(m for m in _MONTHS if m != "May")
    + r")\b|\bMay\b(?!\s+(?:be|not|have|also|still|well|help|want|need)\b)"
)


def _numbers(text: str) -> Counter:
    """The digits a cell states; an English month name counts as its number, so "June 2025"
    and "2025년 6월" agree."""
    text = _MONTH.sub(lambda m: f" {_MONTHS[m.group(0)]} ", text)
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 12,345 -> 12345
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets are compared on their own
    text = re.sub(r"<[^>]+>", " ", text)  # html tags
    return Counter(NUMBER.findall(text))


def _target(link: str) -> str:
    """A link's file, the same in both editions (docs/ko/x.md is the Korean docs/x.md)."""
    path = link.split("#", 1)[0].replace("../", "").replace("ko/", "")
    return path.replace(".ko.md", ".md").removeprefix("notebooks/")


@pytest.mark.parametrize("copy", ["", "solutions/"])
@pytest.mark.parametrize("stem", STEMS)
def test_both_editions_have_the_same_cells_code_headings_links_and_numbers(stem, copy):
    en = _cells(NOTEBOOKS / f"{copy}{stem}.ipynb")
    ko = _cells(KO / f"{copy}{stem}.ipynb")
    assert [c["cell_type"] for c in en] == [c["cell_type"] for c in ko]
    problems = []
    for i, (a, b) in enumerate(zip(en, ko, strict=True)):
        sa, sb = "".join(a["source"]), "".join(b["source"])
        assert a.get("metadata", {}).get("tags") == b.get("metadata", {}).get("tags"), i
        if a["cell_type"] == "code":
            la, lb = sa.split("\n"), sb.split("\n")
            differ = [(x, y) for x, y in zip(la, lb, strict=True) if x != y]
            assert all("i18n.set_language(" in x for x, _ in differ), (i, differ)
            continue
        first = sa.split("\n", 1)[0][:60]
        if Counter(len(h) for h in HEADING.findall(sa)) != Counter(
            len(h) for h in HEADING.findall(sb)
        ):
            problems.append(f"cell {i} ({first!r}): headings differ")
        if sorted(map(_target, LINK.findall(sa))) != sorted(map(_target, LINK.findall(sb))):
            problems.append(f"cell {i} ({first!r}): links differ")
        if _numbers(sa) != _numbers(sb):
            extra = (_numbers(sb) - _numbers(sa)) + Counter()
            lost = (_numbers(sa) - _numbers(sb)) + Counter()
            problems.append(
                f"cell {i} ({first!r}): numbers differ: Korean lacks {dict(lost)}, adds {dict(extra)}"
            )
    assert not problems, "\n".join(problems)


# ---- feedback in Korean ------------------------------------------------------------------


_QUOTED = re.compile(r"`[^`]*`|'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’")
_ENGLISH_RUN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){3,}")


def _korean(text: str | None) -> bool:
    """Korean prose: Hangul, and no run of four English words outside quotes and code (code,
    column names and the learner's own answer, quoted back, may stay as they are)."""
    if not text:
        return True
    body = _QUOTED.sub(" ", re.sub(r"^\[[^\]]*\]\s*", "", text))
    return has_hangul(text) and not _ENGLISH_RUN.search(body)


def _ko_params():
    from course.checks import registry

    return [
        pytest.param(r.factory, key, id=key)
        for key, r in ((k.removeprefix("course.checks."), r) for k, r in registry().items())
    ]


@pytest.mark.parametrize(("factory", "key"), _ko_params())
def test_every_exercise_speaks_korean_in_the_korean_edition(factory, key):
    """Hints, success text and the verdicts on unanswered, odd and typical wrong answers."""
    from tests.course.test_checks_contract import ODD_ANSWERS, TEMPLATES, TYPICAL_WRONG, _fresh

    with i18n.language("ko"):
        ex = _fresh(factory)
        problems = [h for h in ex.hints if not _korean(h)]
        problems += [] if _korean(ex.success) else [ex.success]
        problems += [] if has_hangul(ex.display_name) else [f"the name {ex.name!r}"]
        answers = [..., *TEMPLATES, *ODD_ANSWERS, *(a for a, _ in TYPICAL_WRONG.get(key, []))]
        for answer in answers:
            v = ex.check(answer, quiet=True)
            for part in (v.message, v.hint, v.note):
                if not _korean(part):
                    problems.append(f"{answer!r:.40} -> {part}")
        if ex.solution is not None:
            v = ex.check(ex.solution, quiet=True)
            if not _korean(v.message):
                problems.append(f"the solution -> {v.message}")
    assert not problems, "\n".join(problems)


# ---- opening the Korean edition ---------------------------------------------------------


def test_lab_ko_opens_the_korean_edition_with_korean_menus(tmp_path, monkeypatch):
    import kit

    cmd = kit.lab_command(Path("py"), ["--ko", "--no-browser"])
    assert cmd[3] == kit.FIRST_NOTEBOOK_KO and "--ko" not in cmd and "--no-browser" in cmd
    assert (ROOT / kit.FIRST_NOTEBOOK_KO).exists()
    assert kit.lab_command(Path("py"), [])[3] == kit.FIRST_NOTEBOOK
    env = kit.korean_lab_env(tmp_path)
    settings = Path(env["JUPYTERLAB_SETTINGS_DIR"])
    plugin = settings / "@jupyterlab" / "translation-extension" / "plugin.jupyterlab-settings"
    assert json.loads(plugin.read_text(encoding="utf-8")) == {"locale": "ko_KR"}
    # JupyterLab reads its user settings from that folder
    from jupyterlab.commands import get_user_settings_dir

    monkeypatch.setenv("JUPYTERLAB_SETTINGS_DIR", str(settings))
    assert Path(get_user_settings_dir()) == settings


def test_jupyterlab_finds_the_korean_language_pack():
    from importlib.metadata import entry_points

    packs = {e.name for e in entry_points(group="jupyterlab.languagepack")}
    assert "ko_KR" in packs, packs


def test_tick_names_are_translated_however_they_were_set():
    """Names on ticks from seaborn's category axis and from set_xticks(labels=...) are redrawn
    from the axis' formatter, so the formatter's names are what must be translated."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    from helpers import style

    style.use_course_style()
    fig, (a, b) = plt.subplots(1, 2)
    sns.barplot(x=["action needed", "low impact"], y=[1, 2], ax=a)
    b.set_xticks([0, 1], labels=["natural growth", "low impact"])
    with i18n.language("ko"):
        i18n.translate_figure(fig)
    fig.canvas.draw()
    names = [t.get_text() for ax in (a, b) for t in ax.get_xticklabels()]
    assert names and all(has_hangul(n) for n in names), names
    plt.close(fig)


def test_date_axes_speak_korean():
    import matplotlib.pyplot as plt
    import pandas as pd

    from helpers import style

    style.use_course_style()
    fig, ax = plt.subplots()
    months = pd.date_range("2024-01-01", "2025-06-30", freq="MS")
    ax.plot(months, range(len(months)))
    with i18n.language("ko"):
        i18n.translate_figure(fig)
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks and all(has_hangul(t) for t in ticks), ticks
    plt.close(fig)


def test_a_figure_title_gets_its_own_entry_not_a_loose_template():
    """A key like '{need} at {stage}{said}' (touching fields) would match any text with ' at ':
    the most specific key wins, and keys that match almost anything are left to tr()."""
    title = "Action needed is the largest under every rule, by 43 users at the weighted median"
    with i18n.language("ko"):
        korean = i18n.translate_text(title)
    assert has_hangul(korean) and "43" in korean and "weighted" not in korean, korean
