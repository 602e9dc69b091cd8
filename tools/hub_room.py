"""Rehearse a workshop room on this machine: JupyterHub with the course's settings, N users.

    python tools/hub_room.py                 # 10 users, notebook 00, prints a table
    python tools/hub_room.py --users 30 --notebook 07_cohorts --json room.json

What it does, all on 127.0.0.1 and in a temporary folder:

1. starts JupyterHub with ``deploy/jupyterhub_config.py`` plus what a laptop test needs
   (the dummy authenticator, a local process spawner, free ports on 127.0.0.1);
2. creates the users with an admin service token, then logs each one in through the REST
   API (``POST /hub/api/users/NAME/tokens`` with a username and password);
3. starts every user's server at once (a room logging in) and times each start;
4. opens each user's nbgitpuller link (``tools/hub_link.py``) and pulls the course into
   ``~/course`` of that user - a git repository made from this checkout's notebooks;
5. starts a kernel in each user's server and runs every code cell of the notebook in it,
   over the Jupyter kernel websocket, as JupyterLab would;
6. measures each user's memory: the server process and its kernels (RSS, and PSS, which
   shares libraries fairly between processes);
7. stops the servers and the hub, and ends every process it started.

Needs ``jupyterhub``, ``jupyterhub-idle-culler`` and ``nbgitpuller`` (the ``hub`` extra)
and the ``configurable-http-proxy`` command (``npm install -g configurable-http-proxy``).
Nothing reaches the network.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import hub_link  # noqa: E402

KIT_CONFIG = ROOT / "deploy" / "jupyterhub_config.py"
PASSWORD = "room-rehearsal"  # the dummy authenticator accepts any; the login still goes through it
MIB = 2**20
KERNEL_RETRIES = 2  # new kernels per user after one that died at start (then it is an error)


def missing_requirements() -> list[str]:
    """What this machine lacks to run a room (empty when everything is there)."""
    import importlib.util

    missing = [
        f"Python package {name} (pip install -e '.[hub]')"
        for name in ("jupyterhub", "jupyterhub_idle_culler", "nbgitpuller", "psutil", "tornado")
        if importlib.util.find_spec(name) is None
    ]
    if shutil.which("configurable-http-proxy") is None:
        missing.append("configurable-http-proxy (npm install -g configurable-http-proxy)")
    if shutil.which("git") is None:
        missing.append("git")
    return missing


@dataclass
class UserResult:
    """One participant: times in seconds, memory in MiB."""

    name: str
    start_s: float = float("nan")  # POST .../server -> server ready
    pull_s: float = float("nan")  # nbgitpuller link -> course cloned into ~/course
    kernel_s: float = float("nan")  # new kernel ready
    run_s: float = float("nan")  # every code cell of the notebook run
    cells: int = 0
    errors: list[str] = field(default_factory=list)
    server_rss_mib: float = float("nan")
    kernel_rss_mib: float = float("nan")
    rss_mib: float = float("nan")  # server + kernels
    pss_mib: float = float("nan")  # server + kernels, shared pages split fairly
    server_args: list[str] = field(default_factory=list)
    kernel_restarts: list[str] = field(default_factory=list)  # kernels that died at start


@dataclass
class RoomResult:
    users: list[UserResult]
    notebook: str
    hub_start_s: float
    all_started_s: float  # the slowest of the servers started at once
    wall_s: float
    hub_rss_mib: float  # hub + proxy + culler
    culler_running: bool
    left_running: list[int]  # pids still alive after clean-up (should be empty)

    def summary(self) -> dict:
        def stats(values: list[float]) -> dict:
            values = sorted(values)
            return {
                "min": round(values[0], 1),
                "median": round(values[len(values) // 2], 1),
                "max": round(values[-1], 1),
            }

        us = self.users
        return {
            "users": len(us),
            "notebook": self.notebook,
            "hub_start_s": round(self.hub_start_s, 1),
            "all_servers_started_s": round(self.all_started_s, 1),
            "server_start_s": stats([u.start_s for u in us]),
            "pull_s": stats([u.pull_s for u in us]),
            "kernel_start_s": stats([u.kernel_s for u in us]),
            "notebook_run_s": stats([u.run_s for u in us]),
            "server_rss_mib": stats([u.server_rss_mib for u in us]),
            "kernel_rss_mib": stats([u.kernel_rss_mib for u in us]),
            "user_rss_mib": stats([u.rss_mib for u in us]),
            "user_pss_mib": stats([u.pss_mib for u in us]),
            "hub_proxy_culler_rss_mib": round(self.hub_rss_mib, 1),
            "kernels_restarted": sum(len(u.kernel_restarts) for u in us),
            "wall_s": round(self.wall_s, 1),
        }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_ports(n: int) -> list[int]:
    """``n`` distinct free ports on 127.0.0.1, all held open until every one is chosen."""
    held = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            held.append(s)
        return [s.getsockname()[1] for s in held]
    finally:
        for s in held:
            s.close()


def make_course_repo(folder: Path, notebooks: Path = ROOT / "notebooks") -> str:
    """A git repository (branch ``main``) holding this checkout's notebooks; returns its URL.

    It stands in for the course's public repository: nbgitpuller clones it into each
    user's home, as it would clone the real one.
    """
    (folder / "notebooks" / "solutions").mkdir(parents=True)
    for nb in notebooks.glob("*.ipynb"):
        shutil.copy2(nb, folder / "notebooks" / nb.name)
    for nb in (notebooks / "solutions").glob("*.ipynb"):
        shutil.copy2(nb, folder / "notebooks" / "solutions" / nb.name)
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="room",
        GIT_AUTHOR_EMAIL="room@localhost",
        GIT_COMMITTER_NAME="room",
        GIT_COMMITTER_EMAIL="room@localhost",
    )
    for cmd in (
        ["git", "init", "--quiet", "--initial-branch=main"],
        ["git", "add", "."],
        ["git", "commit", "--quiet", "-m", "course for the room rehearsal"],
    ):
        subprocess.run(cmd, cwd=folder, env=env, check=True, capture_output=True)
    return folder.as_uri()


def write_config(work: Path, *, port: int, hub_port: int, proxy_port: int, token: str) -> Path:
    """The test config: the kit's settings, then only what a local rehearsal needs."""
    homes = work / "homes"
    homes.mkdir()
    text = f"""
c = get_config()  # noqa: F821
load_subconfig({str(KIT_CONFIG)!r})  # noqa: F821 - the course's settings, as shipped
import sys
c.JupyterHub.authenticator_class = "dummy"
# Each server gets its own port from a list chosen up front. JupyterHub's default (port 0)
# picks a random free port and lets it go until the server binds it, many seconds later when
# ten servers start at once; two servers then got the same port and one user's requests
# reached another's server (seen in CI as a 404 from the wrong user's server).
from jupyterhub.spawner import SimpleLocalProcessSpawner
_ROOM_PORTS = iter({free_ports(64)!r})
class RoomSpawner(SimpleLocalProcessSpawner):
    async def start(self):
        self.port = next(_ROOM_PORTS)
        return await super().start()
c.JupyterHub.spawner_class = RoomSpawner
c.SimpleLocalProcessSpawner.home_dir_template = {str(homes)!r} + "/{{username}}"
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
if {os.geteuid() == 0}:  # CI and containers run as root; a real hub never does
    c.Spawner.args = [*c.Spawner.args, "--allow-root"]
c.Spawner.ip = "127.0.0.1"
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{proxy_port}"
c.ConfigurableHTTPProxy.pid_file = {str(work / "proxy.pid")!r}
c.JupyterHub.db_url = "sqlite:///" + {str(work / "hub.sqlite")!r}
c.JupyterHub.cookie_secret_file = {str(work / "cookie_secret")!r}
c.JupyterHub.pid_file = {str(work / "hub.pid")!r}
c.JupyterHub.cleanup_servers = True
c.JupyterHub.services.append({{"name": "room-admin", "api_token": {token!r}}})
c.JupyterHub.load_roles.append(
    {{"name": "room-admin", "scopes": ["admin:users", "admin:servers", "tokens"],
      "services": ["room-admin"]}}
)
"""
    path = work / "jupyterhub_config.py"
    path.write_text(text, encoding="utf-8")
    return path


def _descendants(pid: int) -> list:
    import psutil

    try:
        parent = psutil.Process(pid)
        return [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def _memory(procs: list) -> tuple[float, float]:
    """(RSS, PSS) in MiB, summed over processes that are still alive."""
    import psutil

    rss = pss = 0.0
    for p in procs:
        try:
            info = p.memory_full_info()
        except psutil.Error:
            continue
        rss += info.rss / MIB
        pss += getattr(info, "pss", info.rss) / MIB
    return rss, pss


def _user_of(proc) -> str | None:
    import psutil

    try:
        return proc.environ().get("JUPYTERHUB_USER")
    except psutil.Error:
        return None


class Room:
    """A running hub with the kit's settings; use as a context manager (it always cleans up)."""

    def __init__(self, work: Path, *, timeout: float = 120.0):
        self.work = work
        self.timeout = timeout
        self.port, self.hub_port, self.proxy_port = free_port(), free_port(), free_port()
        self.token = secrets.token_hex(16)
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.seen: dict[int, object] = {}  # every process of the room, to end at the close
        self.hub_start_s = float("nan")
        self.left_running: list[int] = []

    def __enter__(self) -> Room:
        config = write_config(
            self.work,
            port=self.port,
            hub_port=self.hub_port,
            proxy_port=self.proxy_port,
            token=self.token,
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTERHUB_")}
        env["CONFIGPROXY_AUTH_TOKEN"] = secrets.token_hex(16)
        env.setdefault("MPLBACKEND", "Agg")
        t0 = time.perf_counter()
        self.log = open(self.work / "hub.log", "wb")  # noqa: SIM115 - closed in __exit__
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(config)],
            cwd=self.work,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self._wait_for_hub()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        self.hub_start_s = time.perf_counter() - t0
        return self

    def _wait_for_hub(self) -> None:
        import urllib.request

        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"JupyterHub exited with {self.proc.returncode}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(f"{self.base}/hub/api/", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        raise TimeoutError(f"JupyterHub did not answer in {self.timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        path = self.work / "hub.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def remember_processes(self) -> list:
        procs = _descendants(self.proc.pid) if self.proc else []
        for p in procs:
            self.seen[p.pid] = p
        return procs

    def __exit__(self, *exc) -> None:
        import psutil

        if self.proc is None:
            return
        self.remember_processes()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # the hub stops the servers and the proxy
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        alive = []
        for p in self.seen.values():
            try:
                if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                    alive.append(p)
            except psutil.Error:
                continue
        for p in alive:
            try:
                p.terminate()
            except psutil.Error:
                pass
        _, still = psutil.wait_procs(alive, timeout=10)
        for p in still:
            try:
                p.kill()
            except psutil.Error:
                pass
        self.left_running = [p.pid for p in alive]
        self.log.close()
        self.proc = None


class _Client:
    """Small async HTTP and kernel-websocket client for one user (tornado, no extra package)."""

    def __init__(self, base: str, token: str, timeout: float):
        from tornado.httpclient import AsyncHTTPClient

        self.base = base
        self.token = token
        self.timeout = timeout
        self.http = AsyncHTTPClient(force_instance=True, max_clients=4)

    async def call(self, method: str, path: str, body=None, *, ok=(200, 201, 202, 204)):
        from tornado.httpclient import HTTPRequest

        request = HTTPRequest(
            self.base + path,
            method=method,
            headers={"Authorization": f"token {self.token}"} if self.token else {},
            body=None if body is None else json.dumps(body),
            allow_nonstandard_methods=True,
            request_timeout=self.timeout,
            follow_redirects=False,
        )
        response = await self.http.fetch(request, raise_error=False)
        if response.code not in ok:
            raise RuntimeError(f"{method} {path}: HTTP {response.code} {response.body[:300]!r}")
        return (
            json.loads(response.body) if response.body and response.body[:1] in b"[{" else response
        )

    async def connect(self, user: str, kernel_id: str):
        """Open the kernel's websocket (the one JupyterLab uses)."""
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        self.session = uuid.uuid4().hex
        url = self.base.replace("http", "ws", 1)
        request = HTTPRequest(
            f"{url}/user/{user}/api/kernels/{kernel_id}/channels?session_id={self.session}",
            headers={"Authorization": f"token {self.token}"},
            request_timeout=self.timeout,
        )
        return await asyncio.wait_for(websocket_connect(request), self.timeout)

    async def request(self, ws, msg_type: str, content: dict) -> tuple[dict, list[str]]:
        """Send one shell request; return its reply and the errors the kernel reported."""
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "session": self.session, "username": "room"}
        header |= {"msg_type": msg_type, "version": "5.3"}
        message = {"header": header, "parent_header": {}, "metadata": {}, "content": content}
        ws.write_message(json.dumps(message | {"channel": "shell", "buffers": []}))
        errors: list[str] = []
        while True:
            raw = await asyncio.wait_for(ws.read_message(), self.timeout)
            if raw is None:
                raise RuntimeError(f"the kernel websocket closed during {msg_type}")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "error":
                errors.append(f"{msg['content']['ename']}: {msg['content']['evalue']}")
            if msg["msg_type"] == msg_type.replace("_request", "_reply"):
                return msg["content"], errors

    async def run_cells(self, ws, cells: list[str]) -> list[str]:
        """Run each cell in order; return the errors (empty when every cell ran)."""
        errors = []
        for i, code in enumerate(cells):
            content = {"code": code, "silent": False, "store_history": True}
            content |= {"user_expressions": {}, "allow_stdin": False, "stop_on_error": True}
            reply, cell_errors = await self.request(ws, "execute_request", content)
            errors += [f"cell {i}: {e}" for e in cell_errors]
            if reply.get("status") != "ok" and not cell_errors:
                errors.append(f"cell {i}: status {reply.get('status')}")
        return errors


async def _one_user(room: Room, name: str, notebook: str, repo_url: str, timeout: float):
    result = UserResult(name)
    admin = _Client(room.base, room.token, timeout)
    # log in through the REST API: the authenticator checks the username and password
    anonymous = _Client(room.base, "", timeout)
    login = await anonymous.call(
        "POST",
        f"/hub/api/users/{name}/tokens",
        {"auth": {"username": name, "password": PASSWORD}, "note": "room rehearsal"},
    )
    me = _Client(room.base, login["token"], timeout)
    whoami = await me.call("GET", "/hub/api/user")
    assert whoami["name"] == name, whoami

    t0 = time.perf_counter()
    await me.call("POST", f"/hub/api/users/{name}/server")
    deadline = time.monotonic() + timeout
    while True:
        model = await admin.call("GET", f"/hub/api/users/{name}")
        server = model.get("servers", {}).get("")
        if server and server.get("ready"):
            break
        if server is None and model.get("pending") is None:
            raise RuntimeError(f"{name}: the server stopped while starting")
        if time.monotonic() > deadline:
            raise TimeoutError(f"{name}: server not ready after {timeout:.0f} s")
        await asyncio.sleep(0.25)
    result.start_s = time.perf_counter() - t0

    # the participant's link: in a browser the hub sends /hub/user-redirect/X to
    # /user/NAME/X (that step needs the browser's login cookie, so we take it here);
    # the user's server answers with nbgitpuller's page
    link = hub_link.make_link(room.base, repo=repo_url, branch="main", notebook=notebook)
    redirect = f"{room.base}/hub/user-redirect/"
    assert link.startswith(redirect), link
    page = await me.call("GET", f"/user/{name}/" + link[len(redirect) :])
    assert b"nbgitpuller" in page.body.lower(), "the link did not reach nbgitpuller's page"
    # ... whose script calls the pull API with the same query
    query = dict(parse_qsl(urlsplit(link).query))
    t0 = time.perf_counter()
    keep = {k: query[k] for k in ("repo", "branch", "targetpath")}
    api = f"/user/{name}/git-pull/api?{urlencode(keep)}"
    stream = await me.call("GET", api)
    events = [
        json.loads(line[len("data: ") :])
        for line in stream.body.decode().splitlines()
        if line.startswith("data: ")
    ]
    if not events or events[-1].get("phase") != "finished":
        raise RuntimeError(f"{name}: nbgitpuller did not finish: {events[-3:]}")
    result.pull_s = time.perf_counter() - t0

    # the notebook, read back from this user's own copy
    nb_path = f"{query['targetpath']}/{notebook}"
    content = await me.call("GET", f"/user/{name}/api/contents/{nb_path}?content=1")
    cells = [
        c["source"] if isinstance(c["source"], str) else "".join(c["source"])
        for c in content["content"]["cells"]
        if c["cell_type"] == "code"
    ]
    ws = None
    for attempt in range(1 + KERNEL_RETRIES):
        # a kernel can die at start when another process takes one of its TCP ports at the
        # same moment (jupyter_client picks free ports); a participant would restart it
        t0 = time.perf_counter()
        session = await me.call(
            "POST",
            f"/user/{name}/api/sessions",
            {
                "path": nb_path,
                "type": "notebook",
                "name": Path(nb_path).name,
                "kernel": {"name": "python3"},
            },
        )
        try:
            ws = await me.connect(name, session["kernel"]["id"])
            await me.request(ws, "kernel_info_request", {})  # answered once the kernel is up
            break
        except (RuntimeError, TimeoutError, OSError) as error:
            if ws is not None:
                ws.close()
                ws = None
            await me.call("DELETE", f"/user/{name}/api/sessions/{session['id']}", ok=(204, 404))
            result.kernel_restarts.append(f"attempt {attempt + 1}: {error}")
    if ws is None:
        raise RuntimeError(f"{name}: no kernel started: {result.kernel_restarts}")
    result.kernel_s = time.perf_counter() - t0
    try:
        t0 = time.perf_counter()
        result.errors = await me.run_cells(ws, cells)
        result.run_s = time.perf_counter() - t0
    finally:
        ws.close()
    result.cells = len(cells)
    return result


async def _room(room: Room, n_users: int, notebook: str, repo_url: str, timeout: float):
    admin = _Client(room.base, room.token, timeout)
    names = [f"learner{i:02d}" for i in range(1, n_users + 1)]
    await admin.call("POST", "/hub/api/users", {"usernames": names})
    results = await asyncio.gather(
        *(_one_user(room, n, notebook, repo_url, timeout) for n in names)
    )
    all_started = max(r.start_s for r in results)
    return names, list(results), all_started


def _measure(room: Room, results: list[UserResult]) -> tuple[float, bool]:
    """Fill in each user's memory; return (hub + proxy + culler RSS in MiB, culler running)."""
    procs = room.remember_processes()
    by_user: dict[str, list] = {}
    servers = {}
    for p in procs:
        user = _user_of(p)
        if user is None:
            continue
        try:
            cmd = " ".join(p.cmdline())
        except Exception:  # noqa: BLE001 - a process may end while we look
            continue
        if "jupyterhub.singleuser" in cmd or "jupyterhub-singleuser" in cmd:
            servers[user] = p
    for user, server in servers.items():
        by_user[user] = [server, *server.children(recursive=True)]
    for r in results:
        group = by_user.get(r.name, [])
        if not group:
            r.errors.append("no server process found")
            continue
        r.server_args = group[0].cmdline()
        r.server_rss_mib, _ = _memory(group[:1])
        r.kernel_rss_mib, _ = _memory(group[1:])
        r.rss_mib, r.pss_mib = _memory(group)
    in_users = {p.pid for group in by_user.values() for p in group}
    hub_side = [p for p in procs if p.pid not in in_users]
    culler = False
    for p in hub_side:
        try:
            culler = culler or "jupyterhub_idle_culler" in " ".join(p.cmdline())
        except Exception:  # noqa: BLE001
            continue
    rss, _ = _memory(hub_side)
    return rss, culler


def run_room(
    n_users: int = 10,
    notebook: str = "notebooks/00_welcome.ipynb",
    *,
    timeout: float = 240.0,
    work: Path | None = None,
) -> RoomResult:
    """Run the rehearsal and return its measurements (see the module docstring).

    ``timeout`` bounds each wait (hub start, each server start, each request, each cell);
    every process started is ended before this returns, also on an error.
    """
    missing = missing_requirements()
    if missing:
        raise RuntimeError("cannot run the room: missing " + "; ".join(missing))
    t_all = time.perf_counter()
    with _workdir(work) as folder:
        repo_url = make_course_repo(folder / "course-src")
        with Room(folder, timeout=timeout) as room:
            try:
                _, results, all_started = asyncio.run(
                    asyncio.wait_for(_room(room, n_users, notebook, repo_url, timeout), timeout * 3)
                )
                hub_rss, culler = _measure(room, results)
            except Exception as error:
                raise RuntimeError(f"{error}\n--- hub log ---\n{room.log_tail()}") from error
        return RoomResult(
            users=results,
            notebook=notebook,
            hub_start_s=room.hub_start_s,
            all_started_s=all_started,
            wall_s=time.perf_counter() - t_all,
            hub_rss_mib=hub_rss,
            culler_running=culler,
            left_running=room.left_running,
        )


def kernel_peaks(stems: list[str], timeout: int = 600) -> dict[str, float]:
    """Peak memory (MiB, the kernel's VmHWM) of a fresh kernel running each learner notebook.

    What one open notebook costs a participant, for sizing the VM (docs/hub.md). Linux only.
    """
    import nbformat
    from nbclient import NotebookClient

    peaks = {}
    for stem in stems:
        path = ROOT / "notebooks" / f"{stem}.ipynb"
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3")
        env = dict(os.environ, MPLBACKEND="module://matplotlib_inline.backend_inline")
        with client.setup_kernel(env=env, cwd=str(path.parent)):
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
            pid = client.km.provisioner.pid
            status = Path(f"/proc/{pid}/status").read_text()
            peaks[stem] = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
    return peaks


@contextmanager
def _workdir(work: Path | None):
    if work is not None:
        work.mkdir(parents=True, exist_ok=True)
        yield work
        return
    with tempfile.TemporaryDirectory(prefix="hub-room-") as tmp:
        yield Path(tmp)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--notebook", default="00_welcome", help="stem, e.g. 07_cohorts")
    parser.add_argument("--timeout", type=float, default=240.0)
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    parser.add_argument(
        "--kernels", action="store_true", help="instead: each notebook's kernel peak memory"
    )
    args = parser.parse_args(argv)
    if args.kernels:
        stems = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
        for stem, mib in kernel_peaks(stems).items():
            print(f"{stem:22} {mib:6.0f} MiB")
        return 0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so a stopped run still cleans up
    result = run_room(args.users, f"notebooks/{args.notebook}.ipynb", timeout=args.timeout)
    summary = result.summary()
    for key, value in summary.items():
        print(f"{key:28} {value}")
    for u in result.users:
        if u.errors:
            print(f"{u.name}: {u.errors}")
    if args.json:
        args.json.write_text(
            json.dumps({"summary": summary, "users": [asdict(u) for u in result.users]}, indent=1)
        )
    return 1 if any(u.errors for u in result.users) or result.left_running else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
