"""Build the pre-run, read-only copy of the course: every notebook run, as HTML, plus the decks.

    python tools/build_site.py                     # all notebooks -> build/site/
    python tools/build_site.py 00_welcome 04_quadrant --out /tmp/site
    python tools/build_site.py --jobs 1            # one notebook at a time (default: 2)

For each notebook it runs both copies from a fresh kernel (the learner copy as a
participant opens it, and the solution copy) and writes them as static HTML with every
output: ``notebooks/NN_name.html`` and ``notebooks/solutions/NN_name.html``. From the run
solution copy it writes the notebook's deck, ``decks/NN_name.html`` (tools/build_deck.py).
``index.html`` lists them all. The pages need no server and no network: no script or style
is loaded from anywhere (no CDN), figures are embedded, interactive widgets are replaced by
a note (each has a static figure beside it), and links between notebooks point at the
HTML pages. Open ``build/site/index.html`` in a browser, or copy the folder to a USB
stick or any static web host.

A notebook that fails to run stops the build with the notebook and the cell named.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import html
import multiprocessing
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from build_deck import TIME  # noqa: E402 - one reading of a notebook's "Time" line

NOTEBOOKS = ROOT / "notebooks"
TEMPLATE_DIR = Path(__file__).resolve().parent / "site_template"
DEFAULT_OUT = ROOT / "build" / "site"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
WIDGET_NOTE = (
    '<p class="site-widget-note"><em>An interactive control is here in the notebook. '
    "Open the notebook in JupyterLab to use it; the figure next to it shows the same "
    "data.</em></p>"
)
TITLE = re.compile(r"^#\s+(\d\d)\s+·\s+(.+)$", re.M)


class SiteError(RuntimeError):
    """A notebook could not be run or exported; the message names it and the cell."""


def stems(only: list[str] | None = None) -> list[str]:
    """The notebook stems to build, in course order; raises SiteError for an unknown one."""
    known = sorted(p.stem for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not only:
        return known
    wanted = [s.removesuffix(".ipynb").removesuffix(".py") for s in only]
    unknown = [s for s in wanted if s not in known]
    if unknown:
        raise SiteError(f"no notebook named {unknown}; choose from {known}")
    return [s for s in known if s in wanted]


def execute(path: Path, timeout: int = 300):
    """Run a notebook from a fresh kernel in its own folder; return the notebook with outputs.

    The kernel talks over Unix sockets in a private folder, not TCP ports: on a shared
    machine, kernels started at the same moment can otherwise pick the same port.
    """
    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    env = dict(os.environ, MPLBACKEND="module://matplotlib_inline.backend_inline")
    env.setdefault("PYTHONHASHSEED", "0")
    with tempfile.TemporaryDirectory(prefix="site-kernel-") as sockets:
        km = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "k"))
        client = NotebookClient(
            nb,
            km=km,
            timeout=timeout,
            record_timing=False,
            resources={"metadata": {"path": str(path.parent)}},
        )
        try:
            client.execute(env=env)  # figures inline even where the caller set MPLBACKEND=Agg
        except (CellExecutionError, TimeoutError) as error:
            raise SiteError(f"{path.relative_to(ROOT)} failed to run:\n{error}") from error
        finally:
            if km.has_kernel:
                km.shutdown_kernel(now=True)
    return nb


def _without_widgets(nb):
    """Replace widget outputs with a note; drop the saved widget state (it needs a CDN)."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for out in cell.get("outputs", []):
            if WIDGET_MIME in out.get("data", {}):
                out = {
                    "output_type": "display_data",
                    "data": {"text/html": WIDGET_NOTE},
                    "metadata": {},
                }
            outputs.append(out)
        cell.outputs = outputs
    return nb


def _relink(page: str, depth: int) -> str:
    """Links to other notebooks point at their HTML pages; links to .md files at ours."""
    up = "../" * depth

    def notebook(match: re.Match) -> str:
        return f'href="{match.group(1)}.html{match.group(2) or ""}"'

    page = re.sub(r'href="((?:[^":#]*/)?[0-9][0-9]_[A-Za-z0-9_]+)\.ipynb(#[^"]*)?"', notebook, page)
    page = page.replace('href="../docs/', f'href="{up}docs/').replace(
        'href="../data/', f'href="{up}data/'
    )
    return re.sub(
        r'href="([^":#]+)\.md(#[^"]*)?"',
        lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"',
        page,
    )


def export_html(nb, title: str, depth: int) -> str:
    """The notebook as one static HTML page (lab look, no scripts from elsewhere)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATE_DIR.parent)],
        template_name=TEMPLATE_DIR.name,
        exclude_input_prompt=False,
    )
    resources = {"metadata": {"name": title}, "site_index": "../" * depth + "index.html"}
    body, _ = exporter.from_notebook_node(_without_widgets(nb), resources=resources)
    return _relink(body, depth)


def notebook_info(nb) -> dict:
    """Title and workshop time from the notebook's first markdown cell."""
    first = next((c.source for c in nb.cells if c.cell_type == "markdown"), "")
    m = TITLE.search(first)
    t = TIME.search(first)
    return {
        "number": m.group(1) if m else "",
        "title": m.group(2).strip() if m else "",
        "time": t.group(1).removesuffix(" in a workshop").strip() if t else "",
    }


def build_one(stem: str, out: Path) -> dict:
    """Run and export one notebook's two copies and its deck; return its index entry."""
    import build_deck

    t0 = time.perf_counter()
    learner = execute(NOTEBOOKS / f"{stem}.ipynb")
    solution = execute(NOTEBOOKS / "solutions" / f"{stem}.ipynb")
    info = notebook_info(learner)
    name = f"{info['number']} · {info['title']}" if info["title"] else stem
    deck = build_deck.render_deck(solution, stem)  # before export strips the widgets
    pages = {
        out / "notebooks" / f"{stem}.html": export_html(learner, name, 1),
        out / "notebooks" / "solutions" / f"{stem}.html": export_html(
            solution, name + " (solutions)", 2
        ),
        out / "decks" / f"{stem}.html": deck,
    }
    for path, text in pages.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return info | {"stem": stem, "seconds": round(time.perf_counter() - t0, 1)}


def render_markdown_pages(out: Path) -> list[Path]:
    """The course's Markdown pages the notebooks link to (glossary, data dictionary), as HTML."""
    import mistune

    written = []
    # the Korean editions too: the English pages link them at the top
    for rel in ("docs/glossary.md", "data/README.md", "docs/ko/glossary.md", "data/README.ko.md"):
        src = ROOT / rel
        if not src.exists():
            continue
        body = _relink(mistune.html(src.read_text(encoding="utf-8")), rel.count("/"))
        target = out / Path(rel).with_suffix(".html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_page(src.stem, body), encoding="utf-8")
        written.append(target)
    return written


STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Malgun Gothic",
       "Apple SD Gothic Neo", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #222; }
table { border-collapse: collapse; } th, td { padding: .4rem .8rem; border-bottom: 1px solid #ddd;
text-align: left; vertical-align: top; } a { color: #0072B2; }
.note { color: #555; }
"""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def index_page(entries: list[dict]) -> str:
    """The site's front page: one row per notebook with its three pages."""
    rows = []
    for e in entries:
        s = e["stem"]
        rows.append(
            f"<tr><td>{html.escape(e['number'])}</td><td>{html.escape(e['title'] or s)}</td>"
            f"<td>{html.escape(e['time'])}</td>"
            f'<td><a href="notebooks/{s}.html">as you open it</a></td>'
            f'<td><a href="notebooks/solutions/{s}.html">solved</a></td>'
            f'<td><a href="decks/{s}.html">deck</a></td></tr>'
        )
    body = (
        "<h1>Finding your most important customer: the course, already run</h1>\n"
        '<p class="note">A read-only copy of every notebook with its outputs, to read along '
        "or to catch up. <b>As you open it</b> is the notebook a participant starts from "
        "(exercises unanswered); <b>solved</b> has every worked solution run. Each "
        "<b>deck</b> is a short slide show for the projector, made from the same run, so "
        "its numbers are the data's (arrow keys to move, F for full screen). To change "
        "anything, open the notebook itself in JupyterLab. All data is synthetic.</p>\n"
        "<table><thead><tr><th>#</th><th>notebook</th><th>time</th><th>read</th>"
        "<th>solutions</th><th>slides</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody></table>\n"
        '<p class="note"><a href="docs/glossary.html">Glossary</a> · '
        '<a href="data/README.html">Data dictionary</a></p>'
    )
    return _page("The course, already run", body)


def build(only: list[str] | None = None, out: Path = DEFAULT_OUT, jobs: int = 2) -> list[dict]:
    """Build the site into ``out``; return one entry per notebook (with its build seconds)."""
    chosen = stems(only)
    out.mkdir(parents=True, exist_ok=True)
    if jobs > 1 and len(chosen) > 1:
        spawn = multiprocessing.get_context("spawn")  # fresh workers: no forked zmq/asyncio state
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=spawn) as pool:
            entries = list(pool.map(build_one, chosen, [out] * len(chosen)))
    else:
        entries = [build_one(s, out) for s in chosen]
    render_markdown_pages(out)
    (out / "index.html").write_text(index_page(entries), encoding="utf-8")
    return entries


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="stems to build (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at once")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        entries = build(args.notebooks, args.out, args.jobs)
    except SiteError as error:
        print(f"FAIL: {error}", file=sys.stderr)
        return 1
    for e in entries:
        print(f"  {e['stem']:22} {e['seconds']:5.1f} s")
    print(
        f"Wrote {args.out / 'index.html'} ({len(entries)} notebooks, {time.perf_counter() - t0:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
