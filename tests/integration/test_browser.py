"""Open every learner notebook in JupyterLab in headless Chromium and use it as a learner would.

nbval proves that the code runs; this test proves that what a learner *sees* works: one
JupyterLab server and one Chromium (via Playwright) are shared by all notebooks. For each
``notebooks/NN_*.ipynb`` we open it, run all cells, wait for the kernel, and check:

* no cell (and no widget callback) shows a traceback;
* every widget output is a live control - not "Error displaying widget" and not a text repr
  such as ``interactive(children=(IntSlider(...`` (what a learner sees when the widgets
  extension is missing or a widget is printed instead of displayed);
* in every cell that shows controls, changing the first control (ArrowRight on a slider,
  another option in a dropdown, ...) changes some output - the chart or text next to it.
  Tag a cell ``widget-input`` if its widget is only read by a later cell;
* a notebook that draws figures shows at least one image, and no image is broken.

A full-page screenshot of each notebook goes to ``artifacts/screenshots/<name>.png`` and the
time per notebook to ``artifacts/screenshots/timings.tsv``.

Needs Chromium (``apt-get install chromium``; Playwright's own browser download is not used).
Without it the test is skipped, unless KIT_REQUIRE_BROWSER=1 (as in CI), when it fails.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
# Both editions: the Korean one (notebooks/ko/) is opened and run the same way.
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + sorted(
    (ROOT / "notebooks" / "ko").glob("[0-9][0-9]_*.ipynb")
)


def _name(notebook: Path) -> str:
    """``03_segmentation``, or ``ko_03_segmentation`` for the Korean edition."""
    return f"ko_{notebook.stem}" if notebook.parent.name == "ko" else notebook.stem


ARTIFACTS = ROOT / "artifacts"
SHOTS = ARTIFACTS / "screenshots"

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
RUN_TIMEOUT_S = 180  # generous for a slow CI machine; a course notebook takes a few seconds
CHANGE_TIMEOUT_S = 10  # how long a widget has to update its output
NO_OUTPUT_TAG = "widget-input"  # a cell whose widget is read later, so moving it shows nothing

# What a notebook's code looks like when it draws a figure or shows widgets.
MAKES_FIGURES = re.compile(
    r"\b(plt|sns|ax|axes|fig)\.\w|\.plot\b|\bplot_\w+\(|_plot\(|_figure\(|_chart\(|heatmap\("
)
USES_WIDGETS = re.compile(
    r"\bipywidgets\b|@interact\b|\binteract(ive(_output)?)?\(|\bwidgets\.\w+\("
)
# Text reprs of widgets: what shows when a widget is printed or cannot be rendered.
WIDGET_REPR = re.compile(
    r"\binteractive\(children=|\b(V|H|Grid)?Box\(children=|"
    r"\b(Int|Float|FloatLog|Selection)(Range)?Slider\(|\b(Dropdown|ToggleButtons|RadioButtons|"
    r"Checkbox|SelectMultiple|Output)\((value|options|description|layout|outputs)="
)


# --------------------------------------------------------------------------- environment


def find_chromium() -> str | None:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def browser_unavailable(why: str):
    msg = f"browser test not run: {why}"
    if os.environ.get("KIT_REQUIRE_BROWSER") == "1":
        pytest.fail(msg + " (KIT_REQUIRE_BROWSER=1, so this is a failure)", pytrace=False)
    pytest.skip(msg + " (set KIT_REQUIRE_BROWSER=1 to make this a failure)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- JupyterLab

LAB_SETTINGS = {
    # no news/update toasts over the screenshots, and no calls to the internet
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    # render every cell, not only the visible ones, so the whole notebook is in the DOM
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    # never write the executed notebook back into the repository
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
}


@dataclass
class Lab:
    url: str
    token: str
    proc: subprocess.Popen
    log: Path

    def api(self, method: str, path: str):
        req = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def log_tail(self, n: int = 40) -> str:
        lines = self.log.read_text(errors="replace").splitlines()
        return "\n".join(lines[-n:])

    def shutdown_sessions(self) -> None:
        try:
            for session in self.api("GET", "/api/sessions") or []:
                self.api("DELETE", f"/api/sessions/{session['id']}")
        except (OSError, urllib.error.URLError):
            pass


def start_lab(root: Path, workdir: Path) -> Lab:
    """Start JupyterLab on a free loopback port with a random token, settings in workdir."""
    settings = workdir / "settings"
    for name, values in LAB_SETTINGS.items():
        path = settings / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    for sub in ("workspaces", "runtime", "config", "checkpoints"):
        (workdir / sub).mkdir(exist_ok=True)
    token = secrets.token_hex(16)
    port = free_port()
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(workdir / "runtime"))
    env["JUPYTER_CONFIG_DIR"] = str(workdir / "config")  # no personal ~/.jupyter config
    env.pop("MPLBACKEND", None)  # kit.py test sets Agg; in JupyterLab figures must show inline
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
        f"--IdentityProvider.token={token}", f"--port={port}", "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={root}",
        "--expose-app-in-browser",  # window.jupyterapp: run commands, read cell models
        f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={workdir / 'workspaces'}",
        "--LabApp.extension_manager=readonly",
        # JupyterLab checkpoints a notebook on opening it: keep that out of the repository
        f"--FileCheckpoints.root_dir={workdir / 'checkpoints'}",
        # if this test process dies without stopping the server, the server stops itself
        "--ServerApp.shutdown_no_activity_timeout=900",
    ]  # fmt: skip
    log = workdir / "jupyterlab.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    lab = Lab(f"http://127.0.0.1:{port}", token, proc, log)
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with {proc.returncode}:\n{lab.log_tail()}")
        try:
            lab.api("GET", "/api/status")
            return lab
        except (OSError, urllib.error.URLError):
            if time.monotonic() > deadline:
                stop_lab(lab)
                raise RuntimeError(f"JupyterLab did not start in 60 s:\n{lab.log_tail()}") from None
            time.sleep(0.2)


def stop_lab(lab: Lab) -> None:
    """Shut down the kernels, then the server (SIGTERM is a clean shutdown for it)."""
    if lab.proc.poll() is None:
        lab.shutdown_sessions()
        lab.proc.terminate()
        try:
            lab.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(lab.proc.pid, signal.SIGKILL)  # the server and its kernels, nothing else
            lab.proc.wait(timeout=5)


# --------------------------------------------------------------------------- browser side

JS_OPEN = """async (path) => {
  const app = window.jupyterapp;
  const w = await app.commands.execute('docmanager:open', {path, factory: 'Notebook'});
  window.__kitNb = w;
  await w.context.ready;
  await w.sessionContext.ready;
  app.shell.activateById(w.id);
  return w.sessionContext.session ? w.sessionContext.session.kernel.name : null;
}"""

JS_RUN_ALL = """async (timeoutMs) => {
  const app = window.jupyterapp, w = window.__kitNb;
  app.shell.activateById(w.id);
  await app.commands.execute('notebook:clear-all-cell-outputs');
  const run = app.commands.execute('notebook:run-all-cells');
  const timer = new Promise(resolve => setTimeout(() => resolve('timeout'), timeoutMs));
  return String(await Promise.race([run, timer]));
}"""

# Done: kernel idle, and every non-empty code cell ran (or a cell failed, which stops Run All).
JS_DONE = """() => {
  const w = window.__kitNb, kernel = w.sessionContext.session && w.sessionContext.session.kernel;
  if (kernel && kernel.status === 'dead') return true;
  if (!kernel || kernel.status !== 'idle') return false;
  let failed = false, pending = false;
  for (const cell of w.content.widgets) {
    if (cell.model.type !== 'code') continue;
    if (cell.model.outputs.toJSON().some(o => o.output_type === 'error')) failed = true;
    if (cell.model.sharedModel.getSource().trim() && !cell.model.executionCount) pending = true;
  }
  return failed || !pending;
}"""

# Widget views render after the kernel is idle: wait until each has a view or an error.
JS_WIDGETS_SETTLED = """() => {
  const w = window.__kitNb;
  for (const cell of w.content.widgets) {
    if (cell.model.type !== 'code') continue;
    const nodes = cell.outputArea.node.querySelectorAll(
      ':scope > .jp-OutputArea-child > .jp-OutputArea-output');
    const outs = cell.model.outputs.toJSON();
    for (let i = 0; i < outs.length; i++) {
      const data = outs[i].data || {};
      if (!data['application/vnd.jupyter.widget-view+json']) continue;
      const node = nodes[i];
      if (!node) return false;
      if (!node.querySelector('.jupyter-widgets') && !/Error displaying widget/.test(node.innerText))
        return false;
    }
  }
  return Array.from(w.node.querySelectorAll('.jp-OutputArea-output img')).every(i => i.complete);
}"""

CONTROLS = (
    ".widget-slider .noUi-handle, .widget-dropdown select, .widget-select select, "
    ".widget-toggle-buttons button, .widget-radio-box input, .widget-checkbox input, "
    "button.widget-button"
)

JS_REPORT = """(controlsSelector) => {
  const w = window.__kitNb, cells = [];
  w.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') return;
    const area = cell.outputArea.node;
    const nodes = Array.from(area.querySelectorAll(
      ':scope > .jp-OutputArea-child > .jp-OutputArea-output'));
    const outs = cell.model.outputs.toJSON();
    const widgetOutputs = [], errors = [];
    outs.forEach((o, i) => {
      if (o.output_type === 'error') errors.push(`${o.ename}: ${o.evalue}`);
      const data = o.data || {};
      if (!data['application/vnd.jupyter.widget-view+json']) return;
      const node = nodes[i];
      widgetOutputs.push({
        live: !!(node && node.querySelector('.jupyter-widgets')),
        text: node ? node.innerText.slice(0, 200) : '(no output node)',
      });
    });
    const texts = Array.from(area.querySelectorAll(
      '[data-mime-type="text/plain"], [data-mime-type="application/vnd.jupyter.stdout"]'))
      .map(n => n.innerText);
    const tracebacks = Array.from(area.querySelectorAll(
      '[data-mime-type="application/vnd.jupyter.stderr"]'))
      .map(n => n.innerText).filter(t => /Traceback|Error/.test(t)).map(t => t.slice(-600));
    const imgs = Array.from(area.querySelectorAll('.jp-OutputArea-output img'));
    const control = area.querySelector(controlsSelector);
    cells.push({
      index, source: cell.model.sharedModel.getSource(),
      tags: cell.model.getMetadata('tags') || [], count: cell.model.executionCount,
      errors, tracebacks, widgetOutputs, texts,
      errorDisplaying: /Error displaying widget/.test(area.innerText),
      images: imgs.length, brokenImages: imgs.filter(i => i.complete && !i.naturalWidth).length,
      hasControl: !!control,
    });
  });
  return cells;
}"""

# Mark the first control in one cell's outputs; say what kind it is.
JS_MARK_CONTROL = """([cellIndex, controlsSelector]) => {
  document.querySelectorAll('[data-kit-control]').forEach(n => n.removeAttribute('data-kit-control'));
  document.querySelectorAll('[data-kit-moved]').forEach(n => n.removeAttribute('data-kit-moved'));
  const cell = window.__kitNb.content.widgets[cellIndex];
  let control = cell.outputArea.node.querySelector(controlsSelector);
  if (!control) return null;
  let kind = 'button';
  if (control.classList.contains('noUi-handle')) kind = 'slider';
  else if (control.tagName === 'SELECT') kind = 'select';
  else if (control.closest('.widget-toggle-buttons')) {
    kind = 'toggle';
    const group = control.closest('.widget-toggle-buttons');
    control = group.querySelector('button:not(.mod-active)') || control;
  } else if (control.closest('.widget-radio-box')) {
    kind = 'radio';
    const group = control.closest('.widget-radio-box');
    control = group.querySelector('input:not(:checked)') || control;
  } else if (control.closest('.widget-checkbox')) kind = 'checkbox';
  control.setAttribute('data-kit-control', '1');
  (control.closest('.jupyter-widgets') || control).setAttribute('data-kit-moved', '1');
  return kind;
}"""

# Everything the notebook's outputs show, except the control being moved.
JS_SIGNATURE = """() => {
  const parts = [];
  for (const cell of window.__kitNb.content.widgets) {
    if (cell.model.type !== 'code') continue;
    const clone = cell.outputArea.node.cloneNode(true);
    clone.querySelectorAll('[data-kit-moved]').forEach(n => n.remove());
    parts.push(clone.textContent);
    clone.querySelectorAll('img').forEach(i => parts.push(i.getAttribute('src') || ''));
  }
  return parts.join('\\u0001');
}"""

JS_KERNEL_IDLE = """() => {
  const s = window.__kitNb.sessionContext.session;
  return !!(s && s.kernel && s.kernel.status === 'idle');
}"""

JS_KERNEL_STATUS = """() => {
  const s = window.__kitNb.sessionContext.session;
  return s && s.kernel ? s.kernel.status : 'no kernel';
}"""

JS_FIT_VIEWPORT = """() => {
  window.jupyterapp.shell.collapseLeft();
  window.jupyterapp.shell.collapseRight();
  const nb = window.__kitNb.content;
  const scroller = nb.node.querySelector('.jp-WindowedPanel-outer') || nb.node;
  scroller.scrollTop = 0;
  const cells = nb.widgets;
  const last = cells.length ? cells[cells.length - 1].node : scroller;
  // up to the end of the last cell (not the empty 'scroll past end' space below it)
  const needed = last.getBoundingClientRect().bottom - scroller.getBoundingClientRect().top + 24;
  return [needed, scroller.clientHeight];
}"""

JS_CLOSE = """async () => {
  const w = window.__kitNb;
  if (!w) return;
  window.__kitNb = null;
  try { await w.sessionContext.shutdown(); } catch (e) {}
  w.context.model.dirty = false;
  w.dispose();
}"""


@dataclass
class Report:
    name: str
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    images: int = 0
    live_widgets: int = 0
    moved: list[str] = field(default_factory=list)
    screenshot: Path | None = None
    page_errors: list[str] = field(default_factory=list)  # JavaScript errors, for context


class LabPage:
    """One JupyterLab page in Chromium; notebooks are opened and closed in it in turn."""

    def __init__(self, lab: Lab, context, workspace: str):
        self.lab = lab
        self.context = context  # a Playwright browser context; pages in it share the cache
        self.workspace = workspace
        self.page = None
        self.page_errors: list[str] = []

    def load(self) -> None:
        """(Re)load the JupyterLab app in a fresh page."""
        if self.page is not None:
            self.page.close()
        page = self.context.new_page()
        page.set_default_timeout(60_000)
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.goto(f"{self.lab.url}/lab/workspaces/{self.workspace}?reset&token={self.lab.token}")
        page.wait_for_function("() => window.jupyterapp && window.jupyterapp.commands")
        page.evaluate("async () => { await window.jupyterapp.restored; }")
        self.page = page

    def healthy(self) -> bool:
        try:
            return self.page is not None and self.page.evaluate("() => !!window.jupyterapp")
        except Exception:
            return False

    def check(
        self,
        relpath: str,
        *,
        expect_figures: bool,
        expect_widgets: bool,
        shot: Path | None,
        change_timeout: float = CHANGE_TIMEOUT_S,
    ) -> Report:
        """Open, run all, check; always close the notebook and shut its kernel down."""
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        if not self.healthy():
            self.load()
        report = Report(Path(relpath).stem)
        page = self.page
        start = time.monotonic()
        self.page_errors.clear()
        try:
            if page.evaluate(JS_OPEN, relpath) is None:
                report.problems.append("no kernel started for the notebook")
            elif page.evaluate(JS_RUN_ALL, RUN_TIMEOUT_S * 1000) == "timeout":
                report.problems.append(f"Run All Cells did not finish in {RUN_TIMEOUT_S} s")
            else:
                page.wait_for_function(JS_DONE, polling=100, timeout=RUN_TIMEOUT_S * 1000)
                # every cell has its count; widget views opening their comms keep the kernel
                # busy for moments after it first goes idle: wait until it *stays* idle
                status = self._settled_kernel_status(PlaywrightTimeout)
                if status != "idle":
                    report.problems.append(f"the kernel is {status} after Run All Cells")
                page.wait_for_function(JS_WIDGETS_SETTLED, polling=100, timeout=15_000)
                cells = page.evaluate(JS_REPORT, CONTROLS)
                self._judge(report, cells, expect_figures, expect_widgets)
                for cell in cells:
                    if cell["hasControl"] and NO_OUTPUT_TAG not in cell["tags"]:
                        self._move_first_control(report, cell["index"], change_timeout)
                # a failing widget callback shows its traceback inside the widget's output
                for cell in page.evaluate(JS_REPORT, CONTROLS):
                    for tb in cell["tracebacks"] if not cell["errors"] else []:
                        problem = f"cell {cell['index']}: traceback after moving a widget:\n{tb}"
                        if not any(tb in p for p in report.problems):
                            report.problems.append(problem)
        except PlaywrightTimeout as exc:
            report.problems.append(f"timed out in the browser: {exc.message.splitlines()[0]}")
        finally:
            try:
                if shot is not None and page.evaluate("() => !!window.__kitNb"):
                    report.screenshot = self._screenshot(shot)
            finally:
                report.seconds = time.monotonic() - start
                try:
                    page.evaluate(JS_CLOSE)
                except Exception:
                    self.page = None  # reload the app for the next notebook
                self.lab.shutdown_sessions()
        report.page_errors = list(self.page_errors)
        return report

    def _judge(self, report: Report, cells: list[dict], expect_figures: bool, expect_widgets: bool):
        failed_above = False
        for cell in cells:
            first_line = (cell["source"].strip().splitlines() or [""])[0][:70]
            where = f"cell {cell['index']} ({first_line!r})"
            for err in cell["errors"]:
                report.problems.append(f"{where}: error output {err}")
            if not cell["errors"]:
                for tb in cell["tracebacks"]:
                    report.problems.append(f"{where}: traceback on stderr:\n{tb}")
            if cell["source"].strip() and not cell["count"] and not failed_above:
                if not cell["errors"]:  # Run All stops at an error: report that one only
                    report.problems.append(f"{where}: never ran")
            failed_above = failed_above or bool(cell["errors"])
            if cell["errorDisplaying"]:
                report.problems.append(f"{where}: shows 'Error displaying widget'")
            for text in cell["texts"]:
                m = WIDGET_REPR.search(text)
                if m:
                    report.problems.append(
                        f"{where}: shows a widget as text ({m.group(0)}...), not as a control; "
                        "display widgets as the last expression or with display(), never print()"
                    )
            for out in cell["widgetOutputs"]:
                if out["live"]:
                    report.live_widgets += 1
                else:
                    report.problems.append(f"{where}: widget not rendered: {out['text']!r}")
            report.images += cell["images"]
            if cell["brokenImages"]:
                report.problems.append(f"{where}: {cell['brokenImages']} broken image(s)")
        if expect_figures and report.images == 0:
            report.problems.append("the notebook draws figures, but no image is shown")
        if expect_widgets and report.live_widgets == 0:
            report.problems.append("the notebook uses widgets, but no live widget is shown")

    def _move_first_control(self, report: Report, index: int, timeout: float) -> None:
        page = self.page
        kind = page.evaluate(JS_MARK_CONTROL, [index, CONTROLS])
        if kind is None:
            return
        before = page.evaluate(JS_SIGNATURE)
        control = page.locator("[data-kit-control]")
        if kind == "slider":
            # decide the direction first: reading the value back right after a key press races
            # the slider's re-render (under load it looks unchanged, and a second key undid it)
            at_max = control.get_attribute("aria-valuenow") == control.get_attribute(
                "aria-valuemax"
            )
            control.focus()
            page.keyboard.press("ArrowLeft" if at_max else "ArrowRight")
        elif kind == "select":
            n = control.locator("option").count()
            current = control.evaluate("s => s.selectedIndex")
            if n < 2:
                return
            control.select_option(index=(current + 1) % n)
        else:
            control.click()
        report.moved.append(f"cell {index}: {kind}")
        deadline = time.monotonic() + timeout
        while page.evaluate(JS_SIGNATURE) == before:
            if time.monotonic() > deadline:
                report.problems.append(
                    f"cell {index}: changing its {kind} changed no output within "
                    f"{timeout:g} s (tag the cell '{NO_OUTPUT_TAG}' if that is intended)"
                )
                return
            time.sleep(0.1)
        # settle: the kernel is idle and the outputs stop changing (interact clears, then draws)
        last, stable_since = None, time.monotonic()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = page.evaluate(JS_SIGNATURE)
            if now != last:
                last, stable_since = now, time.monotonic()
            elif time.monotonic() - stable_since > 0.3 and page.evaluate(JS_KERNEL_IDLE):
                break
            time.sleep(0.1)
        page.wait_for_function(JS_WIDGETS_SETTLED, polling=100, timeout=15_000)

    def _settled_kernel_status(self, timeout_error: type[Exception], wait_s: float = 20.0) -> str:
        """'idle' once the kernel is idle twice, half a second apart, within ``wait_s``; else
        the status it still has (a kernel that never settles is a real problem)."""
        page = self.page
        deadline = time.monotonic() + wait_s
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return page.evaluate(JS_KERNEL_STATUS)
            try:
                page.wait_for_function(
                    f"() => ({JS_KERNEL_STATUS})() === 'idle'", polling=100, timeout=left * 1000
                )
            except timeout_error:
                return page.evaluate(JS_KERNEL_STATUS)
            page.wait_for_timeout(500)
            if page.evaluate(JS_KERNEL_STATUS) == "idle":
                return "idle"

    def _screenshot(self, path: Path) -> Path:
        page = self.page
        needed, visible = page.evaluate(JS_FIT_VIEWPORT)
        height = int(VIEWPORT["height"] - visible + needed)
        page.set_viewport_size({"width": VIEWPORT["width"], "height": min(max(height, 600), 16000)})
        page.evaluate(
            "() => { const n = window.__kitNb.content.node;"
            " (n.querySelector('.jp-WindowedPanel-outer') || n).scrollTop = 0; }"
        )
        page.wait_for_timeout(300)  # one layout pass
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path), full_page=True)
        page.set_viewport_size(VIEWPORT)
        return path


def notebook_expectations(path: Path) -> tuple[bool, bool]:
    """(draws figures?, uses widgets?) from the notebook's code cells."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = "\n".join(
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in cells
        if c["cell_type"] == "code"
    )
    return bool(MAKES_FIGURES.search(code)), bool(USES_WIDGETS.search(code))


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    if find_chromium() is None:
        browser_unavailable(
            "no Chromium at /usr/bin/chromium or on PATH (apt-get install chromium)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        browser_unavailable('Playwright is not installed (pip install -e ".[browser]")')
    server = start_lab(ROOT, tmp_path_factory.mktemp("jupyterlab"))
    yield server
    stop_lab(server)


@pytest.fixture(scope="module")
def lab_page(lab, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        # a persistent context is how Playwright takes a user-data dir: a fresh one per run
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=find_chromium(), args=CHROMIUM_ARGS, viewport=VIEWPORT
        )
        page = LabPage(lab, context, workspace=f"kit-{secrets.token_hex(4)}")
        page.load()
        (SHOTS / "timings.tsv").unlink(missing_ok=True)
        yield page
        context.close()


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[_name(p) for p in NOTEBOOKS])
def test_notebook_in_jupyterlab(lab_page: LabPage, notebook: Path):
    before = notebook.read_bytes()
    expect_figures, expect_widgets = notebook_expectations(notebook)
    report = lab_page.check(
        notebook.relative_to(ROOT).as_posix(),
        expect_figures=expect_figures,
        expect_widgets=expect_widgets,
        shot=SHOTS / f"{_name(notebook)}.png",
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    with (SHOTS / "timings.tsv").open("a") as f:
        f.write(f"{_name(notebook)}\t{report.seconds:.1f}\n")
    assert notebook.read_bytes() == before, "the browser test changed the notebook file"
    context = "".join(f"\n  (JavaScript error: {e[:300]})" for e in report.page_errors)
    assert not report.problems, (
        f"{notebook.name} in JupyterLab ({report.seconds:.1f} s, screenshot {report.screenshot}):\n- "
        + "\n- ".join(report.problems)
        + context
    )


SELFTEST_CELLS = [
    # 0-3: what a good notebook does
    "import matplotlib.pyplot as plt\nimport ipywidgets as widgets\nfrom ipywidgets import interact",
    "fig, ax = plt.subplots(figsize=(4, 2))\nax.plot([1, 2, 3], [1, 4, 9])\nplt.show()",
    "@interact(n=(1, 10))\ndef bars(n=3):\n    fig, ax = plt.subplots(figsize=(4, 2))\n"
    "    ax.bar(range(n), range(n))\n    plt.show()",
    "pick = widgets.Dropdown(options=['a', 'b', 'c'])\nout = widgets.Output()\n"
    "def show(_=None):\n    out.clear_output()\n    with out:\n        print('picked', pick.value)\n"
    "pick.observe(show, 'value')\nshow()\nwidgets.VBox([pick, out])",
    # 4-6: what the test must catch
    "print(widgets.IntSlider(value=2))  # a widget printed, not displayed",
    "widgets.IntSlider(description='does nothing')  # a control that drives no output",
    "raise ValueError('planted error')",
]


def test_the_browser_check_catches_broken_notebooks(lab_page: LabPage):
    """The checks above can fail: run them on a notebook with good and planted bad cells."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook(cells=[new_code_cell(src) for src in SELFTEST_CELLS])
    nb.metadata["kernelspec"] = {
        "display_name": "Python 3",
        "language": "python",
        "name": "python3",
    }
    path = ARTIFACTS / "browser-selftest" / "99_selftest.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    expect_figures, expect_widgets = notebook_expectations(path)
    assert expect_figures and expect_widgets
    report = lab_page.check(
        path.relative_to(ROOT).as_posix(),
        expect_figures=True,
        expect_widgets=True,
        shot=SHOTS / "selftest.png",
        change_timeout=3,
    )
    problems = "\n".join(report.problems)
    assert report.images >= 2, problems  # the figure and the interact chart
    assert report.live_widgets >= 3, problems
    assert {"cell 2: slider", "cell 3: select"} <= set(report.moved), report.moved
    for good in range(4):
        assert f"cell {good} " not in problems and f"cell {good}:" not in problems, problems
    assert re.search(r"cell 4 .*widget as text \(IntSlider\(", problems), problems
    assert re.search(r"cell 5: changing its slider changed no output", problems), problems
    assert re.search(r"cell 6 .*ValueError: planted error", problems), problems
    assert len(report.problems) == 3, problems


def test_no_browser_skips_unless_required(monkeypatch):
    monkeypatch.delenv("KIT_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no Chromium"):
        browser_unavailable("no Chromium")
    monkeypatch.setenv("KIT_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="no Chromium.*a failure"):
        browser_unavailable("no Chromium")
