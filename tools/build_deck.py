"""Build a short projector deck per notebook from its tagged cells, with the data's numbers.

    python tools/build_deck.py 01_north_star            # -> build/decks/01_north_star.html
    python tools/build_deck.py --all --out /tmp/decks

A deck is one self-contained HTML file (no network: styles, script and figures are inside),
made from the *run* solution copy of a notebook, so every number and figure on a slide is
what the data gives today. Cells are chosen in the notebook source (``notebooks/src``) by
tags on their ``# %%`` line:

* ``deck-question`` (a markdown cell): the guess-first question - the paragraph that starts
  with "Guess first", or the whole cell. The slide asks the room to vote anonymously
  before the reveal.
* ``deck-figure`` (a code cell): the reveal figure - the cell's image output.
* ``deck-number`` (a code cell): the key number - the cell's printed or returned result,
  shown large, with the code that computed it in small type.
* ``deck-text`` (a markdown cell): a short text shown whole (e.g. the trap to avoid).

The deck opens with the notebook's title, what the learner will learn and its time, and
closes with its "So what" section. Keys: → / Space / PgDn next, ← / PgUp back, Home/End,
F full screen; printing gives one slide per page.

A tagged cell without the output its tag needs stops the build with a message naming the
notebook, the cell and the fix.
"""

from __future__ import annotations

import argparse
import base64
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TAGS = ("deck-question", "deck-figure", "deck-number", "deck-text")
MAX_NUMBER_LINES = 14  # a result longer than this is a table for the notebook, not a slide
HEADING = re.compile(r"^#{1,4}\s+(.+)$", re.M)
TIME = re.compile(r"\*\*Time:?\*\*:?\s*([^·\n*]+?)\.?\s*(?=·|\n|$|\*\*)")


class DeckError(ValueError):
    """A tagged cell cannot become a slide; the message names the cell and the fix."""


def _md(text: str) -> str:
    import mistune

    return mistune.html(text)


def _heading(cells: list, index: int) -> str:
    """The slide's title: the nearest heading at or above cell ``index`` that names a topic
    (not a "Guess first" heading), without an "Exercise N (level):" prefix."""
    for cell in reversed(cells[: index + 1]):
        if cell.cell_type != "markdown":
            continue
        for found in reversed(HEADING.findall(cell.source)):
            text = re.sub(r"[*`]", "", found).strip()
            if text.lower().startswith("guess first"):
                continue
            text = re.sub(r"^Exercise \d+ \([a-z]+\):\s*", "", text)
            return text[:1].upper() + text[1:]
    return ""


def question_text(source: str) -> str:
    """The guess-first question of a markdown cell: from "Guess first" to the end of its
    paragraph (the paragraph after a "Guess first" heading), or the whole cell."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", source) if p.strip()]
    for k, p in enumerate(paragraphs):
        at = p.lower().find("guess first")
        if at < 0:
            continue
        if p.startswith("#") and k + 1 < len(paragraphs):  # a "### Guess first" heading
            return paragraphs[k + 1]
        start = p.rfind("**", 0, at) if p[max(0, at - 2) : at] == "**" else at
        return p[start:]
    return source.strip()


def _text_output(cell) -> str:
    """The cell's result as text: the returned value, else what it printed."""
    for out in cell.get("outputs", []):
        if out.get("output_type") == "execute_result" and "text/plain" in out.get("data", {}):
            return out["data"]["text/plain"]
    printed = "".join(
        out.get("text", "") for out in cell.get("outputs", []) if out.get("output_type") == "stream"
    )
    return printed


def _table_output(cell) -> str | None:
    """The cell's result as an HTML table (a DataFrame's own rendering), if it has one."""
    for out in cell.get("outputs", []):
        html_out = out.get("data", {}).get("text/html", "")
        if out.get("output_type") == "execute_result" and "<table" in html_out:
            return html_out
    return None


def readable(value: str) -> str:
    """A lone number as a person reads it (4 significant digits); anything else unchanged.

    >>> readable("3.8372093023255816"), readable("0.4852"), readable("12"), readable("a b")
    ('3.837', '0.4852', '12', 'a b')
    """
    try:
        number = float(value)
    except ValueError:
        return value
    return value if len(value) <= 6 else f"{number:.4g}"


def _image(cell) -> str | None:
    for out in cell.get("outputs", []):
        data = out.get("data", {})
        if "image/png" in data:
            png = data["image/png"]
            return png if isinstance(png, str) else base64.b64encode(png).decode()
    return None


def slides_for(nb, stem: str) -> list[dict]:
    """One dict per slide: ``kind`` (title, question, figure, number, text, close) and content."""
    cells = nb.cells
    first = next((c.source for c in cells if c.cell_type == "markdown"), "")
    title_match = re.search(r"^#\s+(.+)$", first, re.M)
    title = title_match.group(1).strip() if title_match else stem
    learn = re.search(r"\*\*What you will learn\*\*(.*?)(?:\n>\s*\n|\Z)", first, re.S)
    quoted = re.sub(r"^>[ ]?", "", learn.group(1), flags=re.M) if learn else ""
    bullets = [" ".join(b.split()) for b in re.split(r"^- ", quoted, flags=re.M)[1:]]
    time_match = TIME.search(first)
    slides = [
        {
            "kind": "title",
            "title": title,
            "bullets": bullets,
            "time": time_match.group(1).removesuffix(" in a workshop").strip()
            if time_match
            else "",
        }
    ]
    for i, cell in enumerate(cells):
        tags = [t for t in cell.metadata.get("tags", []) if t in TAGS]
        where = f"{stem}, cell {i} ({cell.source.strip().splitlines()[0][:60] if cell.source.strip() else 'empty'})"
        for tag in tags:
            if tag in {"deck-question", "deck-text"}:
                if cell.cell_type != "markdown":
                    raise DeckError(f"{where}: {tag} goes on a markdown cell")
                text = question_text(cell.source) if tag == "deck-question" else cell.source
                kind = "question" if tag == "deck-question" else "text"
                slides.append({"kind": kind, "title": _heading(cells, i), "html": _md(text)})
            elif tag == "deck-figure":
                png = _image(cell) if cell.cell_type == "code" else None
                if png is None:
                    raise DeckError(
                        f"{where}: tagged deck-figure but has no figure output; tag the cell "
                        "that draws the figure (ends with plt.show()), and build from a run notebook"
                    )
                slides.append({"kind": "figure", "title": _heading(cells, i), "png": png})
            elif tag == "deck-number":
                value = _text_output(cell).strip() if cell.cell_type == "code" else ""
                if not value:
                    raise DeckError(
                        f"{where}: tagged deck-number but has no result; tag a code cell that "
                        "returns or prints the number, and build from a run notebook"
                    )
                if value.count("\n") + 1 > MAX_NUMBER_LINES:
                    raise DeckError(
                        f"{where}: its result has {value.count(chr(10)) + 1} lines, too long for "
                        f"a slide (at most {MAX_NUMBER_LINES}); tag a cell whose result is a number "
                        "or a short table"
                    )
                slides.append(
                    {
                        "kind": "number",
                        "title": _heading(cells, i),
                        "value": readable(value),
                        "table": _table_output(cell),
                        "code": cell.source.strip(),
                    }
                )
    for cell in cells:  # the "So what" section closes the deck
        found = re.search(r"^## So what[^\n]*\n(.*?)(?=^## |\Z)", cell.source, re.M | re.S)
        if cell.cell_type == "markdown" and found:
            slides.append({"kind": "close", "title": "So what", "html": _md(found.group(1))})
            break
    return slides


CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; background: #111; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Malgun Gothic",
       "Apple SD Gothic Neo", "NanumGothic", sans-serif; color: #1a1a1a; }
.slide { display: none; position: absolute; inset: 0; margin: auto; width: 100vw; height: 56.25vw;
         max-height: 100vh; max-width: 177.78vh; background: #fff; padding: 4.5vmin 6vmin;
         flex-direction: column; overflow: hidden; font-size: 3.2vmin; }
.slide.on { display: flex; }
h1 { font-size: 6vmin; margin: 0 0 2vmin; line-height: 1.15; }
h2 { font-size: 4.6vmin; margin: 0 0 2vmin; color: #0072B2; line-height: 1.2; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 2.2vmin; color: #D55E00;
          font-weight: 700; margin-bottom: 1vmin; }
.question { font-size: 4.4vmin; line-height: 1.35; }
.poll { margin-top: auto; font-size: 2.6vmin; color: #555; border-top: 2px solid #E69F00;
        padding-top: 1.5vmin; }
.figure { flex: 1; min-height: 0; display: flex; align-items: center; justify-content: center; }
.figure img { max-width: 100%; max-height: 100%; object-fit: contain; }
.value { font-size: 6vmin; font-weight: 700; white-space: pre; font-family: ui-monospace,
         "SFMono-Regular", Menlo, Consolas, monospace; margin: auto 0; overflow: hidden; }
.value.long { font-size: 2.8vmin; }
.table { margin: auto 0; font-size: 2.6vmin; overflow: hidden; }
.table table { font-size: 1em; } .table th { background: #f2f2f2; }
.code { font-size: 1.9vmin; color: #555; white-space: pre-wrap; font-family: ui-monospace,
        Menlo, Consolas, monospace; border-top: 1px solid #ddd; padding-top: 1vmin; }
.footer { position: absolute; bottom: 1.5vmin; right: 3vmin; font-size: 1.8vmin; color: #888; }
code { background: #f2f2f2; padding: 0 .2em; border-radius: 3px; }
table { border-collapse: collapse; font-size: .8em; } td, th { padding: .2em .6em;
        border-bottom: 1px solid #ddd; }
@media print { html, body { background: #fff; height: auto; }
  .slide { display: flex !important; position: relative; width: 100%; height: auto;
           min-height: 95vh; max-width: none; max-height: none; page-break-after: always; } }
"""

JS = """
(function () {
  var slides = document.querySelectorAll('.slide'), i = 0;
  function show(n) {
    i = Math.max(0, Math.min(slides.length - 1, n));
    for (var k = 0; k < slides.length; k++) slides[k].classList.toggle('on', k === i);
    if (location.hash !== '#' + (i + 1)) history.replaceState(null, '', '#' + (i + 1));
  }
  document.addEventListener('keydown', function (e) {
    if (['ArrowRight', 'PageDown', ' ', 'Enter'].indexOf(e.key) >= 0) { show(i + 1); e.preventDefault(); }
    else if (['ArrowLeft', 'PageUp', 'Backspace'].indexOf(e.key) >= 0) { show(i - 1); e.preventDefault(); }
    else if (e.key === 'Home') show(0);
    else if (e.key === 'End') show(slides.length - 1);
    else if (e.key === 'f' || e.key === 'F') {
      if (!document.fullscreenElement) document.documentElement.requestFullscreen();
      else document.exitFullscreen();
    }
  });
  document.addEventListener('click', function (e) {
    if (e.target.tagName !== 'A') show(e.clientX > window.innerWidth / 3 ? i + 1 : i - 1);
  });
  show((parseInt(location.hash.slice(1), 10) || 1) - 1);
})();
"""


def _slide_html(slide: dict, n: int, total: int, deck_title: str) -> str:
    e = html.escape
    kind = slide["kind"]
    if kind == "title":
        bullets = "".join(
            f"<li>{_md(b).strip().removeprefix('<p>').removesuffix('</p>')}</li>"
            for b in slide["bullets"]
        )
        inner = f"<h1>{e(slide['title'])}</h1>"
        if bullets:
            inner += f"<div class='kicker'>You will learn</div><ul>{bullets}</ul>"
        if slide["time"]:
            inner += f"<p class='poll'>Time: {e(slide['time'])} · All data is synthetic.</p>"
    elif kind == "question":
        inner = (
            f"<div class='kicker'>Guess first: {e(slide['title'])}</div>"
            f"<div class='question'>{slide['html']}</div>"
            "<div class='poll'>Vote in the anonymous poll before the reveal. "
            "There is no wrong guess: the surprise is the lesson.</div>"
        )
    elif kind == "figure":
        inner = (
            f"<h2>{e(slide['title'])}</h2><div class='figure'>"
            f"<img alt='{e(slide['title'])}' src='data:image/png;base64,{slide['png']}'></div>"
        )
    elif kind == "number":
        long = " long" if "\n" in slide["value"] else ""
        shown = (
            f"<div class='table'>{slide['table']}</div>"
            if slide.get("table")
            else f"<div class='value{long}'>{e(slide['value'])}</div>"
        )
        inner = (
            f"<div class='kicker'>The number</div><h2>{e(slide['title'])}</h2>{shown}"
            f"<div class='code'>computed by: {e(slide['code'])}</div>"
        )
    else:  # text, close
        inner = f"<h2>{e(slide['title'])}</h2><div>{slide['html']}</div>"
    footer = f"<div class='footer'>{e(deck_title)} · {n}/{total}</div>"
    return f'<section class="slide {kind}" id="s{n}">{inner}{footer}</section>'


def render_deck(nb, stem: str) -> str:
    """The deck for a run notebook, as one self-contained HTML page."""
    slides = slides_for(nb, stem)
    deck_title = slides[0]["title"]
    body = "\n".join(_slide_html(s, n, len(slides), deck_title) for n, s in enumerate(slides, 1))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(deck_title)} · deck</title><style>{CSS}</style></head>\n"
        f"<body>\n{body}\n<script>{JS}</script>\n</body></html>\n"
    )


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "tools"))
    import build_site

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="stems, e.g. 01_north_star")
    parser.add_argument("--all", action="store_true", help="every notebook")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "decks")
    args = parser.parse_args(argv)
    if not args.notebooks and not args.all:
        parser.error("name a notebook (e.g. 01_north_star) or use --all")
    try:
        chosen = build_site.stems(None if args.all else args.notebooks)
        args.out.mkdir(parents=True, exist_ok=True)
        for stem in chosen:
            nb = build_site.execute(ROOT / "notebooks" / "solutions" / f"{stem}.ipynb")
            path = args.out / f"{stem}.html"
            path.write_text(render_deck(nb, stem), encoding="utf-8")
            print(f"Wrote {path} ({len(slides_for(nb, stem))} slides)")
    except (DeckError, build_site.SiteError) as error:
        print(f"FAIL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
