"""The pre-run read-only copy (tools/build_site.py) and the decks (tools/build_deck.py).

Unit tests on small notebooks made here, the tags in the course's sources, and one real
build of notebook 00 (both copies and its deck), checked for outputs, offline use, links
that resolve, and slide numbers that are the data's.
"""

from __future__ import annotations

import base64
import io
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_deck  # noqa: E402
import build_notebooks  # noqa: E402
import build_site  # noqa: E402

SOURCES = sorted((ROOT / "notebooks" / "src").glob("[0-9][0-9]_*.py"))


def _png() -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(1, 1))
    ax.plot([0, 1], [0, 1])
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def _nb(*cells):
    nb = new_notebook()
    nb.cells = list(cells)
    return nb


def _tagged(cell, *tags):
    cell.metadata["tags"] = list(tags)
    return cell


HEADER = new_markdown_cell(
    "# 99 · Test: a small notebook\n\n> **What you will learn**\n> - one thing that goes on\n"
    ">   over two lines\n> - another\n>\n> **Time:** about 10 minutes. **You need:** nothing"
)


def _figure_cell(png: str):
    cell = new_code_cell("plt.show()")
    cell.outputs = [new_output("display_data", data={"image/png": png, "text/plain": "<Figure>"})]
    return _tagged(cell, "deck-figure")


def _number_cell(text: str):
    cell = new_code_cell("share = 0.25\nshare")
    cell.outputs = [new_output("execute_result", data={"text/plain": text}, execution_count=1)]
    return _tagged(cell, "deck-number")


def test_deck_slides_follow_the_tags_in_order():
    png = _png()
    question = "## See it: shares\n\nSome text.\n\n**Guess first:** how big is it?\n\nAfter."
    nb = _nb(
        HEADER,
        _tagged(new_markdown_cell(question), "deck-question"),
        _tagged(new_markdown_cell("not for the deck"), "other-tag"),
        _figure_cell(png),
        new_markdown_cell("## Exercise 2 (easy): the share of riders"),
        _number_cell("0.25"),
        new_markdown_cell("## So what\n\nDo the **thing**."),
    )
    slides = build_deck.slides_for(nb, "99_test")
    assert [s["kind"] for s in slides] == ["title", "question", "figure", "number", "close"]
    title, question, figure, number, close = slides
    assert title["title"] == "99 · Test: a small notebook"
    assert title["bullets"] == ["one thing that goes on over two lines", "another"]
    assert title["time"] == "about 10 minutes"
    assert "how big is it?" in question["html"] and "Some text" not in question["html"]
    assert question["title"] == "See it: shares"
    assert figure["png"] == png and figure["title"] == "See it: shares"
    assert number["value"] == "0.25" and number["title"] == "The share of riders"
    assert "<strong>thing</strong>" in close["html"]
    page = build_deck.render_deck(nb, "99_test")
    assert page.count('<section class="slide') == 5
    assert f"data:image/png;base64,{png}" in page
    _assert_offline(page)


@pytest.mark.parametrize(
    "cell, problem",
    [
        (_tagged(new_code_cell("plt.show()"), "deck-figure"), "no figure output"),
        (_tagged(new_code_cell("x"), "deck-number"), "no result"),
        (_number_cell("\n".join(str(i) for i in range(30))), "too long for a slide"),
        (_tagged(new_code_cell("x = 1"), "deck-question"), "goes on a markdown cell"),
    ],
)
def test_deck_names_the_cell_and_the_fix(cell, problem):
    with pytest.raises(build_deck.DeckError, match=problem) as info:
        build_deck.slides_for(_nb(HEADER, cell), "99_test")
    assert "99_test, cell 1" in str(info.value)


@pytest.mark.parametrize(
    "source, question",
    [
        ("Intro.\n\n### Guess first\n\nWhich one? Say it.\n\nMore.", "Which one? Say it."),
        ("It reads. **Guess first:** how many\nrows?", "**Guess first:** how many\nrows?"),
        ("What happened that month?", "What happened that month?"),
    ],
)
def test_question_text(source, question):
    assert build_deck.question_text(source) == question


def test_widgets_become_a_note_and_links_point_at_pages():
    cell = new_code_cell("interact(f)")
    widget = {"model_id": "abc", "version_major": 2, "version_minor": 0}
    cell.outputs = [
        new_output(
            "display_data",
            data={"application/vnd.jupyter.widget-view+json": widget, "text/plain": "interactive"},
        )
    ]
    nb = _nb(HEADER, cell)
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    page = build_site.export_html(nb, "99 · Test", 1)
    assert "site-widget-note" in page and "widget-view+json" not in page
    _assert_offline(page)
    linked = build_site._relink(
        '<a href="01_north_star.ipynb">x</a> <a href="02_journey_funnel.ipynb#Recap">y</a> '
        '<a href="../docs/glossary.md">g</a> <a href="https://example.org/a.md">e</a>',
        2,
    )
    assert 'href="01_north_star.html"' in linked
    assert 'href="02_journey_funnel.html#Recap"' in linked
    assert 'href="../../docs/glossary.html"' in linked
    assert 'href="https://example.org/a.md"' in linked  # other sites are left alone


def test_unknown_notebook_is_named():
    with pytest.raises(build_site.SiteError, match="no notebook named"):
        build_site.stems(["99_nope"])


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_deck_tags_sit_on_cells_of_the_right_kind(src):
    cells = build_notebooks.parse(src)
    tagged = [(c, t) for c in cells for t in c.tags if t.startswith("deck-")]
    assert tagged, f"{src.stem}: no cell is tagged for the deck"
    for cell, tag in tagged:
        assert tag in build_deck.TAGS, f"{src.stem}: unknown deck tag {tag}"
        want = "markdown" if tag in {"deck-question", "deck-text"} else "code"
        assert cell.kind == want, f"{src.stem}: {tag} on a {cell.kind} cell:\n{cell.text[:200]}"
    # the build keeps them in the solution copy, which the decks are made from
    _, solution = build_notebooks.build(src)
    kept = sum(t.startswith("deck-") for c in solution.cells for t in c.metadata.get("tags", []))
    assert kept == len(tagged)


def _assert_offline(page: str) -> None:
    """Nothing is loaded from elsewhere: no external script, style, image or font."""
    assert not re.search(r"<script[^>]+src=", page), "a script is loaded from a file or the web"
    assert not re.search(r"<link[^>]+href=\"(?:https?:)?//", page), "a stylesheet from the web"
    assert not re.search(r"<img[^>]+src=\"(?:https?:)?//", page), "an image from the web"
    assert not re.search(r"url\((?:['\"])?(?:https?:)?//", page), "a CSS url() to the web"
    assert "@import" not in page


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    entries = build_site.build(["00_welcome"], out, jobs=1)
    return out, entries


@pytest.mark.slow
def test_site_builds_notebook_00_with_outputs(site):
    out, entries = site
    assert [e["stem"] for e in entries] == ["00_welcome"]
    assert entries[0]["title"].startswith("Welcome") and entries[0]["time"]
    for page in ("notebooks/00_welcome.html", "notebooks/solutions/00_welcome.html"):
        text = (out / page).read_text(encoding="utf-8")
        assert text.count("data:image/png;base64,") >= 1, f"{page}: no figure"
        assert "jp-OutputArea-output" in text, f"{page}: no outputs"
        assert "Read-only copy" in text
        _assert_offline(text)
    learner = (out / "notebooks/00_welcome.html").read_text(encoding="utf-8")
    solved = (out / "notebooks/solutions/00_welcome.html").read_text(encoding="utf-8")
    # the copy a participant opens is run as it is (exercises unanswered); the solved one is not
    assert learner.count("Not answered yet") >= solved.count("Not answered yet") + 3
    assert solved.count("Correct") >= learner.count("Correct") + 3


@pytest.mark.slow
def test_site_links_resolve(site):
    out, _ = site
    missing = []
    for page in out.rglob("*.html"):
        if page.parent.name == "decks":
            continue
        for href in re.findall(r'href="([^"#]+)', page.read_text(encoding="utf-8")):
            if urlsplit(href).scheme or href.startswith("mailto:"):
                continue
            target = (page.parent / unquote(href)).resolve()
            built = target.exists()
            other_notebook = re.fullmatch(r"\d\d_\w+\.html", target.name) is not None
            if not built and not other_notebook:  # only notebook 00 was built here
                missing.append(f"{page.relative_to(out)} -> {href}")
    assert not missing, missing
    index = (out / "index.html").read_text(encoding="utf-8")
    for href in (
        "notebooks/00_welcome.html",
        "notebooks/solutions/00_welcome.html",
        "decks/00_welcome.html",
    ):
        assert f'href="{href}"' in index


@pytest.mark.slow
def test_deck_numbers_are_the_datas(site, users, events):
    out, _ = site
    deck = (out / "decks" / "00_welcome.html").read_text(encoding="utf-8")
    _assert_offline(deck)
    kinds = re.findall(r'<section class="slide (\w+)"', deck)
    assert kinds[0] == "title" and kinds[-1] == "close"
    assert {"question", "figure", "number"} <= set(kinds)
    share = events.loc[events["event"] == "return", "user_id"].nunique() / len(users)
    values = re.findall(r"<div class='value[^']*'>([^<]+)</div>", deck)
    assert any(abs(float(v) - share) < 1e-12 for v in values if re.fullmatch(r"[\d.]+", v)), (
        values,
        share,
    )


def test_built_notebooks_keep_unknown_tags():
    """tools/build_notebooks.py passes every tag but exercise/solution through."""
    src = ROOT / "notebooks" / "src" / "00_welcome.py"
    learner, solution = build_notebooks.build(src)
    tags = {t for c in solution.cells for t in c.metadata.get("tags", [])}
    assert {"deck-figure", "deck-question", "deck-number"} <= tags
    nbformat.validate(learner)


def test_deck_shows_a_table_result_as_a_table_and_rounds_a_long_number():
    table = _number_cell("   a  b\n0  1  2")
    table.outputs[0]["data"]["text/html"] = "<table><tr><td>1</td></tr></table>"
    long = _number_cell("3.8372093023255816")
    slides = build_deck.slides_for(_nb(HEADER, table, long), "99_test")
    assert slides[1]["table"] == "<table><tr><td>1</td></tr></table>"
    assert slides[2]["value"] == "3.837" and slides[2]["table"] is None
    page = build_deck.render_deck(_nb(HEADER, table, long), "99_test")
    assert "<div class='table'><table>" in page and "3.837" in page


def test_deck_docstring_examples():
    import doctest

    result = doctest.testmod(build_deck, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 1 and result.failed == 0


def test_deck_closes_with_a_so_what_section_anywhere_in_a_cell():
    cell = new_markdown_cell("Some text.\n\n## So what\n\n- **Act** on it.\n\n## Recap\n\n- no")
    slides = build_deck.slides_for(_nb(HEADER, cell), "99_test")
    assert slides[-1]["kind"] == "close"
    assert "<strong>Act</strong>" in slides[-1]["html"] and "Recap" not in slides[-1]["html"]
