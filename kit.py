#!/usr/bin/env python3
"""Set up the course and open it, or set it up and run every test.

    python3 kit.py lab     # make .venv, install the course, open JupyterLab on notebook 00
                           # (extra flags go to JupyterLab, e.g. --port 8890 --no-browser)
    python3 kit.py lab --ko  # 한국어판: the Korean notebooks, and JupyterLab's menus in Korean
    python3 kit.py test    # make .venv, install the course and every extra, run every test
    python3 kit.py check   # is this set-up ready for the workshop? (OK / FAIL lines; installs nothing)
    python3 kit.py setup   # install (again) without opening JupyterLab; --fresh deletes .venv first
    python3 kit.py bundle  # write an offline bundle (course + wheels) for a USB stick; see --help

Only the Python standard library is used here, so it runs on a fresh machine with
Python 3.11+ (Linux, macOS, or Windows as ``py kit.py lab``). Installs go through pip, so
pip's own settings apply (HTTPS_PROXY / PIP_PROXY, PIP_CERT, pip.ini / pip.conf); a folder
``wheelhouse/`` next to this file (the offline bundle) makes them install without network.
See docs/setup.md for corporate laptops.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
WHEELHOUSE = ROOT / "wheelhouse"  # only in the offline bundle (kit.py bundle)
FIRST_NOTEBOOK = "notebooks/00_welcome.ipynb"
FIRST_NOTEBOOK_KO = "notebooks/ko/00_welcome.ipynb"
#: JupyterLab settings used with ``lab --ko``: its own folder, so the menus turn Korean only
#: for the Korean edition (the English course keeps the learner's usual settings).
KO_SETTINGS = {
    "@jupyterlab/translation-extension/plugin.jupyterlab-settings": '{"locale": "ko_KR"}'
}
#: What ``kit.py test`` installs: EVERY extra in pyproject.toml (none is missing:
#: tests/integration/test_kit_setup.py), so the full run skips no test. A contributor can
#: install only ``.[test]``; then the tests of the other extras skip, naming their extra.
TEST_EXTRAS = "test,spark,browser,binder,bench,hub,ko"
#: Set by ``kit.py test`` for the tests: every extra is installed, so a test that finds its
#: extra missing fails instead of skipping (tests/extras.py).
ALL_EXTRAS_ENV = "KIT_ALL_EXTRAS"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv(extras: str) -> Path:
    """Create .venv once and install the course into it (again only when pyproject changes).

    ``extras``: "" (the course alone), "ko", or several joined by commas (:data:`TEST_EXTRAS`).
    """
    if sys.version_info < (3, 11):  # noqa: UP036 - says so clearly on an old Python
        sys.exit(f"FAIL: the course needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    py = venv_python()
    if not py.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = "." + (f"[{extras}]" if extras else "")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / f".installed-{extras.replace(',', '+') or 'base'}"
    if not stamp.exists() or stamp.read_text() != digest:
        print(f"Installing the course ({spec}) into .venv ...", flush=True)
        pip_install(py, ["--quiet", "--upgrade", "pip"])
        pip_install(py, ["--quiet", "-e", spec])
        stamp.write_text(digest)
    return py


def run(cmd: list) -> None:
    """Run an install step; stop with its exit code if it fails."""
    code = subprocess.call([str(c) for c in cmd], cwd=ROOT)
    if code != 0:
        sys.exit(code)


# --------------------------------------------------------------------------- installs


def wheelhouse_options() -> list[str]:
    """In the offline bundle: install from its wheelhouse only, never from the network."""
    if WHEELHOUSE.is_dir() and any(WHEELHOUSE.glob("*.whl")):
        return ["--no-index", "--find-links", str(WHEELHOUSE)]
    return []


#: setuptools prints a boxed "!!" warning on every editable install ("Please be careful with
#: folders ... with the same name as your package"). It is meant for package authors; to a
#: learner it looks like the set-up failed. Only that one warning is silenced.
EDITABLE_WARNING_FILTER = "ignore:Editable installation"


def quiet_build_warnings(env: dict[str, str] | os._Environ) -> dict[str, str]:
    """A copy of ``env`` whose PYTHONWARNINGS also hides setuptools' editable-install box.

    >>> quiet_build_warnings({"PYTHONWARNINGS": "error"})["PYTHONWARNINGS"]
    'error,ignore:Editable installation'
    """
    out = dict(env)
    known = out.get("PYTHONWARNINGS", "")
    if EDITABLE_WARNING_FILTER not in known:
        out["PYTHONWARNINGS"] = ",".join(filter(None, [known, EDITABLE_WARNING_FILTER]))
    return out


def pip_install(py: Path | str, args: list[str], env: dict[str, str] | None = None) -> None:
    """``py -m pip install ARGS`` with pip's own settings (proxy, certificate, index).

    pip's output is shown as it comes; when pip fails, explain_pip_failure() says why in
    plain words (proxy, company certificate, no network, a locked file) and how to fix it,
    then this stops with pip's exit code.
    """
    cmd = [str(py), "-m", "pip", "install", *wheelhouse_options(), *args]
    env = quiet_build_warnings(os.environ if env is None else env)
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )
    output = []
    for line in proc.stdout:
        sys.stdout.write(line)
        sys.stdout.flush()
        output.append(line)
    code = proc.wait()
    if code != 0:
        text = "".join(output)
        print(explain_pip_failure(text, pip_version(py), proxies=pip_proxies(py, env)), flush=True)
        sys.exit(code)


def pip_proxies(py: Path | str, env: dict[str, str] | None = None) -> list[str]:
    """The proxies pip was told to use: PIP_PROXY, HTTPS_PROXY/HTTP_PROXY, pip's config files."""
    env = os.environ if env is None else env
    names = ("PIP_PROXY", "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")
    found = [env[name] for name in names if env.get(name)]
    try:
        listed = subprocess.run(
            [str(py), "-m", "pip", "config", "list"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        listed = ""
    found += re.findall(r"^\S*\.proxy='([^']*)'", listed, flags=re.M)
    return found


def pip_version(py: Path | str) -> tuple[int, ...] | None:
    """The version of pip in that Python, e.g. (26, 3), or None if it cannot be read."""
    try:
        out = subprocess.run(
            [str(py), "-m", "pip", "--version"], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.match(r"pip (\d+)\.(\d+)", out)
    return (int(m[1]), int(m[2])) if m else None


_PIP_FAILURES = [  # (kind, what pip prints); the first kind found explains the failure
    ("proxy", r"ProxyError|Tunnel connection failed|407 Proxy|Cannot connect to proxy"),
    (
        "certificate",
        r"CERTIFICATE_VERIFY_FAILED|certificate verify failed|SSLCertVerificationError|"
        r"self[- ]signed certificate|SSLError",
    ),
    ("blocked", r"\b403\b|Forbidden"),
    (
        "unreachable",
        r"NewConnectionError|Connection refused|actively refused|Failed to establish|"
        r"Max retries exceeded|getaddrinfo failed|Name or service not known|"
        r"nodename nor servname|Temporary failure in name resolution|timed out|"
        r"Network is unreachable|No route to host|ConnectTimeout|ReadTimeout",
    ),
    (
        "locked",
        r"Access is denied|WinError 5\b|WinError 32\b|PermissionError|Permission denied|"
        r"being used by another process",
    ),
    ("disk", r"No space left on device|Errno 28\b|not enough space"),
    ("missing", r"Could not find a version that satisfies|No matching distribution found"),
]


def explain_pip_failure(
    output: str,
    pip: tuple[int, ...] | None = None,
    platform: str = sys.platform,
    proxies: list[str] | None = None,
) -> str:
    """What went wrong in a failed pip install, in plain words, with the fixes to paste.

    output: everything pip printed; pip: its version (old ones do not read the system's
    certificate store); platform: "win32", "darwin" or "linux" (which commands to show);
    proxies: the proxy URLs pip was given (pip_proxies()), to tell a dead proxy apart.
    """
    kind = next((k for k, pattern in _PIP_FAILURES if re.search(pattern, output)), "other")
    if kind == "missing" and wheelhouse_options():
        kind = "bundle"
    host = re.search(r"host='([^']+)', port=(\d+)", output)
    where = f" ({host[1]}:{host[2]})" if host else ""
    dead_proxy = next((p for p in proxies or [] if host and f"{host[1]}:{host[2]}" in p), None)
    if dead_proxy and kind == "unreachable":
        kind = "proxy"
    win = platform == "win32"
    py = "py" if win else "python3"
    setup = f"{py} kit.py setup"
    ca_file = r"C:\certs\company-root.pem" if win else "~/certs/company-root.pem"
    proxy = (
        "  - behind a company proxy: find its address (ask IT, or your browser's proxy\n"
        "    settings), then tell pip once (no admin rights needed) and run set-up again:\n"
        f"      {py} -m pip config set global.proxy http://PROXY-HOST:PORT\n"
        f"      {setup}\n"
        "    (with a login: http://USER:PASSWORD@PROXY-HOST:PORT; or set HTTPS_PROXY.)\n"
    )
    old_pip = pip is not None and pip < (24, 2)
    cert = (
        "  - a company certificate (TLS inspection): pip 24.2 and newer trust the system's\n"
        "    certificate store, where IT installs that certificate."
        + (
            f" This set-up's pip is {'.'.join(map(str, pip))}, older:\n"
            "    install Python 3.13 from python.org (its pip is newer), then:\n"
            f"      {py} kit.py setup --fresh\n"
            if old_pip
            else "\n"
        )
        + "    Or ask IT for the company root certificate as a .pem file and tell pip:\n"
        f"      {py} -m pip config set global.cert {ca_file}\n"
        f"      {setup}\n"
    )
    offline = (
        "  - no way to the internet: use the offline bundle from your facilitator (a USB\n"
        f"    stick): copy its folder to your computer and run {setup} in it.\n"
    )
    if dead_proxy:
        proxy = (
            f"  - the proxy pip was given, {dead_proxy}, does not answer. Correct it (ask IT)\n"
            "    where it is set - HTTPS_PROXY, PIP_PROXY or pip's config, which shows it with\n"
            f"      {py} -m pip config list\n"
            f"    - then run set-up again: {setup}\n"
        )
    reasons = {
        "proxy": ("pip could not get through the proxy" + where, proxy + offline),
        "certificate": (
            "pip does not trust the certificate it was shown: your network inspects TLS",
            cert + offline,
        ),
        "blocked": (
            "the package index refused the download (403): a firewall or proxy blocks it",
            "  - ask IT to allow https://pypi.org and https://files.pythonhosted.org\n"
            + proxy
            + offline,
        ),
        "unreachable": ("pip could not reach the package index" + where, proxy + cert + offline),
        "locked": (
            "a file was locked or access was denied (antivirus, OneDrive, or an open JupyterLab)",
            "  - close JupyterLab and other terminals that use this folder, then run again:\n"
            f"      {py} kit.py setup --fresh\n"
            "  - if it repeats: move the course folder out of OneDrive/Desktop (e.g. to\n"
            "    your home folder), or ask IT to let antivirus skip its .venv folder.\n",
        ),
        "disk": ("the disk is full", f"  - free about 1 GB, then run again:\n      {setup}\n"),
        "missing": (
            "pip found no matching package: usually the index could not be reached",
            proxy + cert + offline,
        ),
        "bundle": (
            "the offline bundle has no wheel for this computer's system or Python",
            "  - check the bundle's OFFLINE.md for the Pythons it covers (e.g. install\n"
            "    Python 3.13 from python.org), or use a bundle built for this computer.\n",
        ),
        "other": ("pip stopped with an error (above)", proxy + cert + offline),
    }
    reason, fixes = reasons[kind]
    return (
        f"\nFAIL set-up: {reason}.\nFixes (docs/setup.md explains each):\n{fixes}"
        "  Then check with: " + f"{py} kit.py check"
    )


# --------------------------------------------------------------------------- check, setup


def _check_env_module():
    """tools/check_env.py as a module (standard library only, so any Python can load it)."""
    spec = importlib.util.spec_from_file_location("check_env", ROOT / "tools" / "check_env.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_env"] = module  # its dataclasses look the module up there
    spec.loader.exec_module(module)
    return module


def cmd_check(args: list[str]) -> int:
    """Check the set-up in .venv; install nothing. One OK/FAIL line per item."""
    check_env = _check_env_module()
    py = venv_python()
    if not py.exists():
        fix = check_env.Fixes.here()
        print(check_env.check_python(fix=fix).line())
        print(check_env.check_folder(fix=fix).line())
        detail = f"set-up has not run in this folder yet (there is no {VENV.name} in {ROOT})"
        print(check_env.Result(False, "set-up", detail, fix.kit("setup")).line())
        return 1
    broken = ""
    try:
        alive = subprocess.run([str(py), "-c", "import sys"], capture_output=True, timeout=120)
        if alive.returncode != 0:
            broken = f"exit code {alive.returncode}"
    except (OSError, subprocess.SubprocessError) as exc:
        broken = str(exc)
    if broken:
        fix = check_env.Fixes.here()
        detail = f"{VENV} is broken: its Python does not start ({broken})"
        print(check_env.Result(False, "set-up", detail, fix.kit("setup", "--fresh")).line())
        return 1
    return subprocess.call([str(py), str(ROOT / "tools" / "check_env.py"), *args])


def _remove_venv() -> None:
    """Delete .venv (read-only files too); say what to close if Windows keeps a file open."""

    def force(func, path, _exc=None):
        os.chmod(path, 0o700)
        func(path)

    try:
        if sys.version_info >= (3, 12):
            shutil.rmtree(VENV, onexc=force)
        else:
            shutil.rmtree(VENV, onerror=force)
    except OSError as exc:
        sys.exit(
            f"FAIL set-up: cannot delete {VENV} ({exc}).\n"
            "Close JupyterLab (Ctrl+C in its window) and any terminal that uses it, then again."
        )


def cmd_setup(args: list[str]) -> int:
    """Install the course into .venv again (always runs pip), restore missing data, check."""
    if "--fresh" in args and VENV.exists():
        print(f"Deleting {VENV} ...", flush=True)
        _remove_venv()
    for stamp in VENV.glob(".installed-*"):
        stamp.unlink()  # so ensure_venv runs pip even if pyproject.toml did not change
    py = ensure_venv("")
    data_ok = subprocess.call(
        [str(py), "tools/check_env.py", "--data-only"], cwd=ROOT, stdout=subprocess.DEVNULL
    )
    if data_ok != 0:
        print("Writing the course data again (python -m course.generate) ...", flush=True)
        run([py, "-m", "course.generate"])
    print("\nChecking the set-up:", flush=True)
    return cmd_check([])


def cmd_bundle(args: list[str]) -> int:
    """Write the offline bundle (tools/offline_bundle.py), with the course's .venv Python."""
    py = ensure_venv("")
    return subprocess.call([str(py), str(ROOT / "tools" / "offline_bundle.py"), *args])


def lab_command(py: Path, extra: list[str]) -> list[str]:
    """The JupyterLab command: extra flags pass through; as root, ``--allow-root`` is added
    (JupyterLab refuses to start as root otherwise, which is the normal user in containers).
    ``--ko`` opens the Korean edition instead (see :func:`korean_lab_env`)."""
    first = FIRST_NOTEBOOK_KO if "--ko" in extra else FIRST_NOTEBOOK
    extra = [a for a in extra if a != "--ko"]
    cmd = [str(py), "-m", "jupyterlab", first, *extra]
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and "--allow-root" not in extra:
        cmd.append("--allow-root")
    return cmd


def korean_lab_env(venv_dir: Path) -> dict[str, str]:
    """The environment for ``lab --ko``: JupyterLab's own menus in Korean (the language pack
    comes with the ``ko`` extra) through a settings folder inside .venv, used only then."""
    settings = venv_dir / "jupyterlab-settings-ko"
    for name, text in KO_SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    return dict(os.environ, JUPYTERLAB_SETTINGS_DIR=str(settings))


def main(argv: list[str]) -> int:
    what = argv[1] if len(argv) > 1 else "help"
    if what == "lab":
        korean = "--ko" in argv[2:]
        py = ensure_venv("ko" if korean else "")
        env = korean_lab_env(VENV) if korean else None
        return subprocess.call(lab_command(py, argv[2:]), cwd=ROOT, env=env)
    if what == "test":
        py = ensure_venv(TEST_EXTRAS)
        env = dict(os.environ, PYTHONHASHSEED="0", MPLBACKEND="Agg", **{ALL_EXTRAS_ENV: "1"})
        steps = [
            [py, "-m", "ruff", "check", "."],
            [py, "-m", "ruff", "format", "--check", "."],
            [py, "tools/check_env.py"],
            [py, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", *argv[2:]],
        ]
        for step in steps:
            code = subprocess.call([str(c) for c in step], cwd=ROOT, env=env)
            if code != 0:
                return code
        return 0
    if what == "check":
        return cmd_check(argv[2:])
    if what == "setup":
        return cmd_setup(argv[2:])
    if what == "bundle":
        return cmd_bundle(argv[2:])
    print(__doc__)
    return 0 if what in {"help", "-h", "--help"} else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
