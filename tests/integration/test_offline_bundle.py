"""tools/offline_bundle.py: the course and a wheelhouse on a USB stick, installed with no network."""

from __future__ import annotations

import importlib.util
import os
import shlex
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "offline_bundle", ROOT / "tools" / "offline_bundle.py"
)
bundle = importlib.util.module_from_spec(_spec)
sys.modules["offline_bundle"] = bundle  # dataclasses look their module up there
_spec.loader.exec_module(bundle)

WINDOWS, LINUX = bundle.TARGETS["windows-x64"], bundle.TARGETS["linux-x64"]


def fake_wheel(folder: Path, filename: str, requires: list[str] = ()) -> Path:
    """A wheel with only its METADATA (enough for the dependency walk)."""
    name, version = filename.split("-")[:2]
    path = folder / filename
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    meta += "".join(f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}-{version}.dist-info/METADATA", meta)
    return path


def test_each_target_accepts_the_older_wheels_of_its_processor():
    linux = LINUX.platforms()
    assert linux[0] == "manylinux_2_28_x86_64"
    assert {"manylinux_2_17_x86_64", "manylinux2014_x86_64"} <= set(linux)
    mac = bundle.TARGETS["macos-arm64"].platforms()
    assert {"macosx_12_0_arm64", "macosx_11_0_arm64", "macosx_11_0_universal2"} <= set(mac)
    assert "macosx_14_0_arm64" not in mac  # a wheel for macOS 14 would not run on 12
    assert WINDOWS.platforms() == ["win_amd64"]


def test_wheel_tags_follow_the_python_version():
    tags = {str(t) for t in WINDOWS.tags("3.13")}
    assert {"cp313-cp313-win_amd64", "cp312-abi3-win_amd64", "py3-none-any"} <= tags
    assert "cp312-cp312-win_amd64" not in tags and "cp313-cp313-manylinux_2_17_x86_64" not in tags


def test_markers_are_read_for_the_target_not_this_computer(tmp_path):
    """pip download --platform reads markers for this computer; the walk fills the gap."""
    fake_wheel(
        tmp_path,
        "app-1.0-py3-none-any.whl",
        ['pywin32>=300; sys_platform == "win32"', "core>=2", 'fast; extra == "speed"'],
    )
    fake_wheel(tmp_path, "core-2.1-cp313-cp313-manylinux_2_17_x86_64.whl")
    assert bundle.missing(tmp_path, LINUX, "3.13", ["app"]) == []
    assert bundle.missing(tmp_path, WINDOWS, "3.13", ["app"]) == ["core>=2", "pywin32>=300"]
    fake_wheel(tmp_path, "core-2.1-cp313-cp313-win_amd64.whl")
    fake_wheel(tmp_path, "pywin32-311-cp313-cp313-win_amd64.whl")
    assert bundle.missing(tmp_path, WINDOWS, "3.13", ["app"]) == []
    assert bundle.missing(tmp_path, WINDOWS, "3.12", ["app"]) == ["core>=2", "pywin32>=300"]
    assert bundle.missing(tmp_path, LINUX, "3.13", ["app[speed]"]) == ["fast"]
    assert bundle.missing(tmp_path, LINUX, "3.13", ["core>=3"]) == ["core>=3"]


def test_requirements_are_the_course_the_build_backend_and_pip():
    reqs = bundle.requirements()
    assert any(r.startswith("pandas") for r in reqs)
    assert any(r.startswith("setuptools") for r in reqs)  # pip install -e . builds with it
    assert "pip" in reqs
    assert not any(r.startswith("pytest") for r in reqs)  # the bundle is for learners
    # kit.py lab --ko installs the ko extra: its language pack must be in the bundle too
    assert any(r.startswith("jupyterlab-language-pack-ko-kr") for r in reqs)


def test_without_git_the_copy_leaves_out_venv_caches_and_bundles(tmp_path):
    for rel in ["kit.py", "helpers/a.py", ".venv/bin/python", "helpers/__pycache__/a.pyc"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    (tmp_path / "offline_bundle" / "wheelhouse").mkdir(parents=True)
    files = {p.as_posix() for p in bundle.course_files(tmp_path)}
    assert files == {"kit.py", "helpers/a.py"}


def test_the_bundle_is_never_written_over_the_course():
    with pytest.raises(SystemExit, match="holds the course itself"):
        bundle.main([str(ROOT)])


@pytest.mark.slow
def test_a_bundle_for_this_computer_installs_and_repairs_with_no_network(tmp_path):
    """Build a bundle for this system and Python, then set up from it with the network shut.

    Building downloads the wheels (the one test that reaches the package index, because it
    tests the bundler; pip's cache makes a second run quick). Installing does not: the
    index and proxy point at a closed local port, and kit.py installs with --no-index from
    the bundle's wheelhouse. Then a package is removed: kit.py check must say FAIL and give
    a fix which, pasted as printed, repairs it (still with no network).
    """
    out = tmp_path / "usb stick" / "course"
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "offline_bundle.py"),
            str(out),
            "--this-platform-only",
        ],
        check=True,
        timeout=1800,
    )
    built = time.perf_counter() - start
    assert (out / "OFFLINE.md").is_file() and (out / "kit.py").is_file()
    assert any((out / "wheelhouse").glob("pandas-*.whl"))

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{closed.getsockname()[1]}"
        env = {k: v for k, v in os.environ.items() if not k.upper().startswith("PIP_")}
        env.update(
            PIP_CONFIG_FILE=os.devnull,
            PIP_INDEX_URL=f"{nowhere}/simple",
            HTTPS_PROXY=nowhere,
            HTTP_PROXY=nowhere,
            PIP_RETRIES="0",
            PIP_NO_CACHE_DIR="1",
            MPLBACKEND="Agg",
        )

        def kit(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run(
                [*args], cwd=out, env=env, capture_output=True, text=True, timeout=1800
            )

        python3 = "python3" if os.name != "nt" else "py"
        setup = kit(python3, "kit.py", "setup")
        installed = time.perf_counter() - start - built
        assert setup.returncode == 0, setup.stdout[-3000:] + setup.stderr[-3000:]
        assert "All checks passed" in setup.stdout

        venv_python = out / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        subprocess.run([venv_python, "-m", "pip", "uninstall", "-y", "-q", "seaborn"], check=True)
        check = kit(python3, "kit.py", "check")
        assert check.returncode == 1
        fail = next(line for line in check.stdout.splitlines() if line.startswith("FAIL"))
        assert fail.startswith("FAIL seaborn: not installed -> fix: "), check.stdout
        fix = fail.split(" -> fix: ")[1]
        repaired = kit(*shlex.split(fix))
        assert repaired.returncode == 0, repaired.stdout[-3000:]
        assert kit(python3, "kit.py", "check").returncode == 0
    print(f"\nbundle built in {built:.0f} s, installed offline in {installed:.0f} s")
