#!/usr/bin/env python3
"""Set up the course and open it, or set it up and run every test.

    python3 kit.py lab     # make .venv, install the course, open JupyterLab on notebook 00
                           # (extra flags go to JupyterLab, e.g. --port 8890 --no-browser)
    python3 kit.py test    # make .venv, install the course and test tools, run every test
    python3 kit.py check   # is this environment ready for the workshop? (OK / FAIL per package)

Only the Python standard library is used here, so it runs on a fresh machine with
Python 3.11+ (Linux, macOS, or Windows as ``py kit.py lab``).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
FIRST_NOTEBOOK = "notebooks/00_welcome.ipynb"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv(extras: str) -> Path:
    """Create .venv once and install the course into it (again only when pyproject changes)."""
    if sys.version_info < (3, 11):  # noqa: UP036 - says so clearly on an old Python
        sys.exit(f"FAIL: the course needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    py = venv_python()
    if not py.exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    spec = "." + (f"[{extras}]" if extras else "")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'base'}"
    if not stamp.exists() or stamp.read_text() != digest:
        print(f"Installing the course ({spec}) into .venv ...", flush=True)
        run([py, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        run([py, "-m", "pip", "install", "--quiet", "-e", spec])
        stamp.write_text(digest)
    return py


def run(cmd: list) -> None:
    """Run an install step; stop with its exit code if it fails."""
    code = subprocess.call([str(c) for c in cmd], cwd=ROOT)
    if code != 0:
        sys.exit(code)


def lab_command(py: Path, extra: list[str]) -> list[str]:
    """The JupyterLab command: extra flags pass through; as root, ``--allow-root`` is added
    (JupyterLab refuses to start as root otherwise, which is the normal user in containers)."""
    cmd = [str(py), "-m", "jupyterlab", FIRST_NOTEBOOK, *extra]
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and "--allow-root" not in extra:
        cmd.append("--allow-root")
    return cmd


def main(argv: list[str]) -> int:
    what = argv[1] if len(argv) > 1 else "help"
    if what == "lab":
        py = ensure_venv("")
        return subprocess.call(lab_command(py, argv[2:]), cwd=ROOT)
    if what == "test":
        py = ensure_venv("test")
        env = dict(os.environ, PYTHONHASHSEED="0", MPLBACKEND="Agg")
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
        py = ensure_venv("")
        return subprocess.call([str(py), "tools/check_env.py"], cwd=ROOT)
    print(__doc__)
    return 0 if what in {"help", "-h", "--help"} else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
