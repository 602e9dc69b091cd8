#!/usr/bin/env python3
"""Write the offline bundle: the course and a wheelhouse, for a USB stick.

    python3 kit.py bundle                        # every target below, into offline_bundle/
    python3 kit.py bundle OUT                    # into the folder OUT
    python3 kit.py bundle --this-platform-only   # only this computer's system and Python
    python3 kit.py bundle --python 3.12 --target windows-x64   # a subset (both repeatable)

The folder it writes is the course (every file git tracks) plus ``wheelhouse/`` (a wheel
of every package the course needs, for Windows, macOS and Linux on Python 3.11-3.14) and
``OFFLINE.md`` (how to install, in English and Korean). A participant copies the folder
and runs ``py kit.py setup`` (Windows) or ``python3 kit.py setup``: kit.py sees
``wheelhouse/`` and installs with ``pip install --no-index --find-links wheelhouse``, so
nothing is downloaded.

Building it downloads from the package index (through pip's own settings: proxy,
certificate, index); use pip's cache by running it again. ``pip download --platform``
reads a package's environment markers (``pywin32; sys_platform == "win32"``) for *this*
computer, not the target, so after downloading, every target's dependency tree is walked
from the wheels' own metadata with the target's markers, and what is missing is fetched;
the build fails, naming the package, if anything is still missing.

Needs ``packaging`` (installed with the course): run it with the course's .venv Python,
which ``kit.py bundle`` does.
"""

from __future__ import annotations

import argparse
import email.parser
import os
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from packaging import tags as ptags
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "offline_bundle"
PYTHONS = ("3.11", "3.12", "3.13", "3.14")  # requires-python = ">=3.11"; 3.14 is the newest
SKIP = {  # never copied into the bundle when git cannot list the course's files
    ".git",
    ".venv",
    "__pycache__",
    ".ipynb_checkpoints",
    ".pytest_cache",
    ".hypothesis",
    ".ruff_cache",
    "build",
    "artifacts",
    "capstone_output",
    "offline_bundle",
    "wheelhouse",
}


@dataclass(frozen=True)
class Target:
    """One operating system and processor the bundle serves.

    platform: the newest wheel platform tag it accepts (platforms() adds the older ones for
    the same processor, each passed to ``pip download --platform``); markers:
    the PEP 508 marker values of that system (os_name, sys_platform, platform_system,
    platform_machine).
    """

    name: str
    platform: str
    markers: dict[str, str] = field(hash=False)
    note: str = ""

    def platforms(self) -> list[str]:
        """Every platform tag a wheel may carry and still install here (newest first)."""
        arch = self.platform.split("_", 3)[-1]
        if self.platform.startswith("macosx_"):
            major, minor = (int(x) for x in self.platform.split("_")[1:3])
            return list(ptags.mac_platforms((major, minor), arch))
        if self.platform.startswith("manylinux_"):
            glibc = int(self.platform.split("_")[2])
            out = [f"manylinux_2_{m}_{arch}" for m in range(glibc, 4, -1)]
            legacy = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}
            out += [f"{name}_{arch}" for m, name in legacy.items() if m <= glibc]
            return out
        return [self.platform]

    def tags(self, python: str) -> set[ptags.Tag]:
        """The wheel tags CPython ``python`` ("3.12") on this target accepts."""
        version = tuple(int(x) for x in python.split("."))
        interpreter = f"cp{version[0]}{version[1]}"
        platforms = self.platforms()
        found = set(ptags.cpython_tags(version, [interpreter], platforms))
        found |= set(ptags.compatible_tags(version, interpreter, platforms))
        return found

    def environment(self, python: str) -> dict[str, str]:
        """PEP 508 marker values for CPython ``python`` on this target."""
        return {
            "implementation_name": "cpython",
            "platform_python_implementation": "CPython",
            "python_version": python,
            "python_full_version": f"{python}.0",
            "implementation_version": f"{python}.0",
            "platform_release": "",
            "platform_version": "",
            "extra": "",
            **self.markers,
        }


_WIN = {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows"}
_MAC = {"os_name": "posix", "sys_platform": "darwin", "platform_system": "Darwin"}
_LINUX = {"os_name": "posix", "sys_platform": "linux", "platform_system": "Linux"}
TARGETS = {
    t.name: t
    for t in [
        Target("windows-x64", "win_amd64", {**_WIN, "platform_machine": "AMD64"}),
        Target(
            "macos-arm64",
            "macosx_12_0_arm64",
            {**_MAC, "platform_machine": "arm64"},
            "Apple silicon (M1 and later), macOS 12 or newer",
        ),
        Target(
            "macos-x64",
            "macosx_10_15_x86_64",
            {**_MAC, "platform_machine": "x86_64"},
            "Intel Macs, macOS 10.15 or newer",
        ),
        Target(
            "linux-x64",
            "manylinux_2_28_x86_64",
            {**_LINUX, "platform_machine": "x86_64"},
            "glibc 2.28 or newer: Ubuntu 20.04+, Debian 10+, RHEL 8+",
        ),
    ]
}


def this_target() -> tuple[Target, str]:
    """The target and Python of the computer this runs on (for --this-platform-only)."""
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    machine = {"amd64": "x64", "x86_64": "x64", "arm64": "arm64", "aarch64": "arm64"}
    import platform

    arch = machine.get(platform.machine().lower(), platform.machine().lower())
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    name = f"{system}-{arch}"
    if name not in TARGETS:
        sys.exit(f"FAIL bundle: no target for this computer ({name}); known: {', '.join(TARGETS)}")
    return TARGETS[name], python


# --------------------------------------------------------------------------- what to fetch


def requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The course's dependencies, the Korean edition's JupyterLab language pack (the ``ko``
    extra, for ``kit.py lab --ko``), the build backend (for ``pip install -e .``) and pip."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    korean = data["project"]["optional-dependencies"]["ko"]
    return [*data["project"]["dependencies"], *korean, *data["build-system"]["requires"], "pip"]


def download(
    wheelhouse: Path, target: Target, python: str, reqs: list[str], pip: list[str]
) -> None:
    """``pip download`` the wheels (binary only) for one target and Python into wheelhouse."""
    platforms = [arg for tag in target.platforms() for arg in ("--platform", tag)]
    cmd = [
        *pip,
        "download",
        "--quiet",
        "--only-binary=:all:",
        *platforms,  # every tag that fits (pip does not widen manylinux_2_28 to 2_17 itself)
        "--python-version",
        python,
        "--implementation",
        "cp",
        "--dest",
        str(wheelhouse),
        *reqs,
    ]
    print(f"  {target.name} Python {python}: pip download {len(reqs)} requirement(s)", flush=True)
    code = subprocess.call(cmd)
    if code != 0:
        sys.exit(
            f"FAIL bundle: pip could not download the wheels for {target.name}, Python "
            f"{python} (exit {code}; see pip's message above). If a package has no wheel "
            "for that system, leave that target or Python out (--target / --python)."
        )


def _wheels(wheelhouse: Path) -> dict[str, list[tuple[Version, frozenset, Path]]]:
    found: dict[str, list[tuple[Version, frozenset, Path]]] = {}
    for path in wheelhouse.glob("*.whl"):
        name, version, _, wheel_tags = parse_wheel_filename(path.name)
        found.setdefault(name, []).append((version, frozenset(wheel_tags), path))
    return found


def _requires(wheel: Path) -> list[str]:
    """The Requires-Dist lines of a wheel's METADATA."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        meta = email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))
    return meta.get_all("Requires-Dist") or []


def missing(wheelhouse: Path, target: Target, python: str, reqs: list[str]) -> list[str]:
    """Requirements no wheel in wheelhouse meets for this target and Python (empty: complete).

    Walks the dependency tree from ``reqs`` through each chosen wheel's Requires-Dist,
    evaluating markers for the target (not for this computer), choosing as pip would the
    newest wheel whose version and tags fit.
    """
    accepted = target.tags(python)
    env = target.environment(python)
    wheels = _wheels(wheelhouse)
    todo = [Requirement(r) for r in reqs]
    seen: set[tuple[str, str]] = set()
    absent: list[str] = []
    while todo:
        req = todo.pop()
        key = (canonicalize_name(req.name), str(req))
        if key in seen:
            continue
        seen.add(key)
        fits = [
            (version, path)
            for version, wheel_tags, path in wheels.get(canonicalize_name(req.name), [])
            if req.specifier.contains(version, prereleases=True) and wheel_tags & accepted
        ]
        if not fits:
            absent.append(str(req))
            continue
        _, best = max(fits)
        for line in _requires(best):
            dep = Requirement(line)
            extras = req.extras or {""}
            if dep.marker is None or any(dep.marker.evaluate({**env, "extra": e}) for e in extras):
                dep.marker = None
                todo.append(dep)
    return sorted(set(absent))


def fill(wheelhouse: Path, target: Target, python: str, reqs: list[str], pip: list[str]) -> None:
    """Download for one target, then fetch what its own markers need until nothing is missing."""
    download(wheelhouse, target, python, reqs, pip)
    for _ in range(5):
        gaps = missing(wheelhouse, target, python, reqs)
        if not gaps:
            return
        print(f"    {target.name} {python} also needs: {', '.join(gaps)}", flush=True)
        download(wheelhouse, target, python, gaps, pip)
    gaps = missing(wheelhouse, target, python, reqs)
    if gaps:
        sys.exit(f"FAIL bundle: no wheel for {target.name}, Python {python}: {', '.join(gaps)}")


# --------------------------------------------------------------------------- the course


def course_files(root: Path = ROOT) -> list[Path]:
    """The course's files (relative): what git tracks, else every file but caches and .venv."""
    if (root / ".git").exists() and shutil.which("git"):
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=root, capture_output=True, text=True, check=False
        )
        if out.returncode == 0 and out.stdout:
            return [Path(p) for p in out.stdout.split("\0") if p and (root / p).is_file()]
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP and not d.endswith(".egg-info")]
        for name in filenames:
            if not name.endswith(".pyc"):
                files.append((Path(dirpath) / name).relative_to(root))
    return sorted(files)


def copy_course(out: Path, root: Path = ROOT) -> int:
    """Copy the course's files into out; returns how many."""
    files = course_files(root)
    for rel in files:
        dest = out / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, dest)
    return len(files)


OFFLINE_MD = """# Offline install / 오프라인 설치

This folder is the course plus `wheelhouse/`: every package it needs, for
{targets}, on Python {pythons}. Installing needs **no network**.

1. Copy this whole folder from the USB stick to your computer, **not** into OneDrive,
   Dropbox or the Desktop: e.g. `C:\\Users\\<you>\\course` (Windows) or `~/course`.
2. Open a terminal in the copied folder (Windows: click the File Explorer address bar,
   type `cmd`, press Enter; macOS: Terminal, then `cd ~/course`).
3. Set up (kit.py sees `wheelhouse/` and installs only from it):
   - Windows: `py kit.py setup`
   - macOS / Linux: `python3 kit.py setup`

   It ends with one OK/FAIL line per check. All OK? Open the course:
   `py kit.py lab` (Windows) or `python3 kit.py lab`.

By hand, without kit.py (Windows: `py` for `python3`, `.venv\\Scripts\\python` for
`.venv/bin/python`):

    python3 -m venv .venv
    .venv/bin/python -m pip install --no-index --find-links wheelhouse --upgrade pip
    .venv/bin/python -m pip install --no-index --find-links wheelhouse -e .

No Python yet? Install Python {newest} from python.org first (Windows: the "Windows
installer (64-bit)"; tick "Add python.exe to PATH"; without admin rights untick "Use admin
privileges when installing py.exe", then "Install Now"). See docs/setup.md.

---

이 폴더에는 강의 자료와 `wheelhouse/`(필요한 모든 패키지)가 들어 있습니다.
대상: {targets}, Python {pythons}. 설치할 때 **인터넷이 필요 없습니다**.

1. USB에서 이 폴더 전체를 내 컴퓨터로 복사합니다. OneDrive, Dropbox, 바탕 화면은
   **피하세요**. 예: `C:\\Users\\<사용자>\\course` (Windows) 또는 `~/course`.
2. 복사한 폴더에서 터미널을 엽니다 (Windows: 파일 탐색기 주소창에 `cmd` 입력 후 Enter;
   macOS: 터미널에서 `cd ~/course`).
3. 설치합니다 (kit.py가 `wheelhouse/`를 찾아 그 안의 파일로만 설치합니다):
   - Windows: `py kit.py setup`
   - macOS / Linux: `python3 kit.py setup`

   마지막에 항목마다 OK/FAIL 한 줄이 나옵니다. 모두 OK이면 강의를 엽니다:
   `py kit.py lab` (Windows) 또는 `python3 kit.py lab`.

Python이 없다면 먼저 python.org에서 Python {newest}을 설치하세요 (Windows: "Windows
installer (64-bit)", "Add python.exe to PATH" 체크, 관리자 권한이 없으면 "Use admin
privileges when installing py.exe" 해제 후 "Install Now"). 자세한 내용은 docs/setup.md.
"""


def write_instructions(out: Path, targets: list[Target], pythons: list[str]) -> None:
    lines = ", ".join(f"{t.name}" + (f" ({t.note})" if t.note else "") for t in targets)
    newest = "3.13" if "3.13" in pythons else max(pythons)  # 3.13: the one docs/setup.md advises
    text = OFFLINE_MD.format(targets=lines, pythons=", ".join(pythons), newest=newest)
    (out / "OFFLINE.md").write_text(text, encoding="utf-8")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build(
    out: Path,
    targets: list[Target],
    pythons: list[str],
    pip: list[str] | None = None,
) -> dict:
    """Write the bundle into out (kept wheels are reused); returns sizes and timings."""
    pip = pip or [sys.executable, "-m", "pip"]
    start = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    copied = copy_course(out)
    wheelhouse = out / "wheelhouse"
    wheelhouse.mkdir(exist_ok=True)
    reqs = requirements()
    for target in targets:
        for python in pythons:
            fill(wheelhouse, target, python, reqs, pip)
    write_instructions(out, targets, pythons)
    summary = {
        "files": copied,
        "wheels": len(list(wheelhouse.glob("*.whl"))),
        "wheelhouse_mb": folder_size(wheelhouse) / 1e6,
        "bundle_mb": folder_size(out) / 1e6,
        "seconds": time.perf_counter() - start,
    }
    print(
        f"Wrote {out}: {summary['files']} course files, {summary['wheels']} wheels "
        f"({summary['wheelhouse_mb']:.0f} MB; {summary['bundle_mb']:.0f} MB in all) "
        f"in {summary['seconds']:.0f} s. Install steps: {out / 'OFFLINE.md'}"
    )
    return summary


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--this-platform-only", action="store_true")
    parser.add_argument("--target", action="append", choices=sorted(TARGETS))
    parser.add_argument("--python", action="append", choices=PYTHONS)
    args = parser.parse_args(argv)
    if args.this_platform_only:
        target, python = this_target()
        targets, pythons = [target], [python]
    else:
        targets = [TARGETS[t] for t in args.target or TARGETS]
        pythons = args.python or list(PYTHONS)
    out = args.out.resolve()
    if out == ROOT or ROOT.is_relative_to(out):
        sys.exit(f"FAIL bundle: {out} holds the course itself; choose a new folder")
    build(out, targets, pythons)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
