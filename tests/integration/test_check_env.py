"""tools/check_env.py: the environment check a learner runs first (python3 kit.py check)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "check_env.py"

_spec = importlib.util.spec_from_file_location("check_env", SCRIPT)
check_env = importlib.util.module_from_spec(_spec)
sys.modules["check_env"] = check_env  # dataclasses look their module up there
_spec.loader.exec_module(check_env)

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def run_script(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        cwd=ROOT,
    )


def test_this_environment_passes_with_one_ok_line_per_package():
    proc = run_script()
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert lines[0].startswith("OK   python 3.")
    for requirement in PROJECT["dependencies"]:
        name = check_env.parse_requirement(requirement).name
        assert any(line.startswith(f"OK   {name} ") for line in lines), (name, lines)
    for check in ("helpers", "jupyterlab_widgets", "matplotlib figure", "data load_users()"):
        assert any(line.startswith(f"OK   {check}") for line in lines), (check, lines)
    assert not [line for line in lines if line.startswith("FAIL")]


def test_unmet_and_missing_requirements_are_reported_with_the_fix():
    fix = check_env.Fixes("linux", "python3", ROOT, ROOT)
    results = check_env.check_requirements(["pandas>=99", "no-such-package-for-kit>=1.0"], fix)
    pandas, missing = (r.line() for r in results)
    installed = check_env.metadata.version("pandas")
    # setup always runs pip, which replaces a version out of range (lab would not: the FAIL
    # would repeat)
    assert pandas == f"FAIL pandas: version {installed}, need >=99 -> fix: python3 kit.py setup"
    assert missing == "FAIL no-such-package-for-kit: not installed -> fix: python3 kit.py setup"


def test_any_fail_makes_the_exit_code_nonzero(monkeypatch, capsys):
    project = dict(PROJECT, dependencies=[*PROJECT["dependencies"], "numpy<1"])
    monkeypatch.setattr(check_env, "read_pyproject", lambda: {"project": project})
    assert check_env.main(["--no-data"]) == 1
    out = capsys.readouterr().out
    assert "FAIL numpy: version" in out and "need <1" in out
    assert "OK   pandas" in out


def test_missing_data_says_to_run_setup_which_regenerates_it(tmp_path):
    """Never 'python -m course.generate': with the system Python that has no pandas."""
    proc = run_script(COURSE_DATA_DIR=str(tmp_path))  # an empty data folder
    assert proc.returncode == 1
    fails = [line for line in proc.stdout.splitlines() if line.startswith("FAIL data")]
    assert any(line.startswith("FAIL data load_users(): missing file") for line in fails), fails
    assert all(line.endswith(" kit.py setup") for line in fails), fails
    assert "course.generate" not in proc.stdout


def test_data_only_checks_only_the_data(tmp_path):
    proc = run_script("--data-only", COURSE_DATA_DIR=str(tmp_path))
    lines = [line for line in proc.stdout.splitlines() if line.startswith(("OK", "FAIL"))]
    assert proc.returncode == 1 and lines
    assert all(line.startswith("FAIL data ") for line in lines), lines


def test_old_python_is_a_fail():
    assert check_env.check_python(">=3.11", "3.12.1").ok
    result = check_env.check_python(">=3.11", "3.10.14")
    assert not result.ok and "version 3.10.14, need >=3.11" in result.line()


@pytest.mark.parametrize(
    ("version", "spec", "ok"),
    [
        ("3.1.1", ">=3.1,<3.2", True),
        ("3.2.0", ">=3.1,<3.2", False),
        ("3.0.9", ">=3.1,<3.2", False),
        # pre-releases, as pip reads them (PEP 440): a pre-release of 3.2 is not "<3.2" ...
        ("3.2.0rc1", ">=3.1,<3.2", False),
        # ... but an installed pre-release inside the range counts
        ("3.1.5rc1", ">=3.1,<3.2", True),
        ("3.1.0b2", ">=3.1,<3.2", False),  # before 3.1
        ("3.1.0.dev4", ">=3.1,<3.2", False),
        # post releases: the Korean pack is pinned >=4.5.post3 (pyproject.toml's ko extra)
        ("4.5.post3", ">=4.5.post3,<4.6", True),
        ("4.5.post5", ">=4.5.post3,<4.6", True),
        ("4.5.1", ">=4.5.post3,<4.6", True),
        ("4.5", ">=4.5.post3,<4.6", False),
        ("4.5.post2", ">=4.5.post3,<4.6", False),
        ("4.6.0", ">=4.5.post3,<4.6", False),
        ("4.5.0.post1", ">4.5", False),  # PEP 440: ">4.5" leaves out 4.5's post releases
        ("4.5.0.post1", ">=4.5", True),
        # a calendar-versioned upper bound (jupyter-repo2docker>=2026.4,<2027)
        ("2026.4.0", ">=2026.4,<2027", True),
        ("2026.11.1", ">=2026.4,<2027", True),
        ("2027.1.0", ">=2026.4,<2027", False),
        ("2026.3.0", ">=2026.4,<2027", False),
        ("2.4.6", "==2.4.*", True),
        ("2.5.0", "==2.4.*", False),
        ("1.4.3", "~=1.4.2", True),
        ("1.5.0", "~=1.4.2", False),
        ("0.13.2", "!=0.13.1", True),
        ("8.1", "==8.1.0", True),
        ("1.0+local.7", ">=1.0,<1.1", True),  # a local version label
        ("v1.2", ">=1.2", True),  # a leading v is allowed
    ],
)
def test_version_ranges(version, spec, ok):
    specifier = check_env.parse_requirement(f"pkg{spec}").specifier
    assert check_env.satisfies(version, specifier) is ok
    assert check_env.satisfies(version, spec) is ok  # the range as text works the same


def test_extras_and_markers_are_read():
    req = check_env.parse_requirement("ibis-framework[duckdb,pyspark] >= 12.0, < 12.1")
    assert req.name == "ibis-framework" and req.extras == {"duckdb", "pyspark"}
    assert check_env.spec_text(req.specifier) == ">=12.0,<12.1"
    fix = check_env.Fixes("linux", "python3", ROOT, ROOT)
    other = "win32" if sys.platform != "win32" else "linux"
    results = check_env.check_requirements(
        [
            "pandas[performance]>=3.1,<3.2",  # an extra does not change the package checked
            f'no-such-package-for-kit>=1.0; sys_platform == "{other}"',  # not for this computer
        ],
        fix,
    )
    pandas, elsewhere = (r.line() for r in results)
    assert pandas == f"OK   pandas {check_env.metadata.version('pandas')}"
    assert elsewhere == (
        f'OK   no-such-package-for-kit (not needed here: sys_platform == "{other}")'
    )


def test_bad_requirements_and_versions_name_the_text():
    with pytest.raises(ValueError, match=r"cannot read requirement 'pandas>>3'"):
        check_env.parse_requirement("pandas>>3")
    with pytest.raises(ValueError, match=r"version 'nightly' is not a PEP 440 version"):
        check_env.satisfies("nightly", ">=1.0")


def test_a_python_without_packaging_gets_a_fail_line_not_a_crash(monkeypatch):
    """packaging is imported only when needed; without it (and without pip's copy) each check
    that needs it says so, with the fix, and the script's other checks still run."""
    for name in ("packaging", "pip._vendor.packaging"):
        monkeypatch.setitem(sys.modules, name, None)  # import now raises ImportError
    fix = check_env.Fixes("linux", "python3", ROOT, ROOT)
    (only,) = check_env.check_requirements(["pandas>=3.1,<3.2"], fix)
    assert only.line() == (
        "FAIL packaging: the 'packaging' library is not installed (it reads version ranges)"
        " -> fix: python3 kit.py setup"
    )
    python = check_env.check_python(">=3.11", "3.12.1", fix)
    assert not python.ok and "cannot check it against >=3.11" in python.line()
    assert check_env.check_folder(LINUX_ROOT, fix).ok


def test_pips_copy_of_packaging_is_used_when_packaging_is_missing(monkeypatch):
    pytest.importorskip("pip._vendor.packaging.requirements")
    monkeypatch.setitem(sys.modules, "packaging", None)
    assert check_env.check_python(">=3.11", "3.12.1").ok
    assert not check_env.satisfies("4.5", ">=4.5.post3,<4.6")


def test_the_script_imports_only_the_standard_library_at_the_top():
    """It must report a missing package, not crash importing it."""
    code = SCRIPT.read_text(encoding="utf-8")
    top = code.split("\n@dataclass")[0]
    imported = {
        line.split()[1].split(".")[0]
        for line in top.splitlines()
        if line.startswith(("import ", "from "))
    }
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported


# --------------------------------------------------------------------------- fixes per OS

WIN_ROOT = check_env.PureWindowsPath("C:/Users/Kim Lee/course")
WIN_HOME = check_env.PureWindowsPath("C:/Users/Kim Lee")
MAC_ROOT = check_env.PurePosixPath("/Users/kim lee/course")
LINUX_ROOT = check_env.PurePosixPath("/home/kim/course")


def fixes_for(platform: str, *, elsewhere: bool = False, launcher: str | None = None):
    root = {"win32": WIN_ROOT, "darwin": MAC_ROOT, "linux": LINUX_ROOT}[platform]
    home = {"win32": WIN_HOME}.get(platform, root.parent)
    launcher = launcher or ("py" if platform == "win32" else "python3")
    cwd = home if elsewhere else root
    return check_env.Fixes(platform, launcher, root, cwd, home=home)


@pytest.mark.parametrize(
    ("platform", "elsewhere", "setup", "fresh"),
    [
        ("win32", False, "py kit.py setup", "py kit.py setup --fresh"),
        (
            "win32",
            True,
            'py "C:\\Users\\Kim Lee\\course\\kit.py" setup',
            'py "C:\\Users\\Kim Lee\\course\\kit.py" setup --fresh',
        ),
        ("darwin", False, "python3 kit.py setup", "python3 kit.py setup --fresh"),
        (
            "darwin",
            True,
            "python3 '/Users/kim lee/course/kit.py' setup",
            "python3 '/Users/kim lee/course/kit.py' setup --fresh",
        ),
        ("linux", False, "python3 kit.py setup", "python3 kit.py setup --fresh"),
        ("linux", True, "python3 /home/kim/course/kit.py setup", None),
    ],
)
def test_fixes_are_commands_for_that_os(platform, elsewhere, setup, fresh):
    """Outside the course folder the fix names kit.py by its full path, quoted for that shell."""
    fix = fixes_for(platform, elsewhere=elsewhere)
    assert fix.install() == setup
    assert fix.data() == setup  # setup writes missing data with the .venv's Python
    if fresh:
        assert fix.fresh() == fresh


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_every_fail_line_has_a_fix_that_reinstalls_or_rebuilds(platform):
    """Each kind of FAIL gives a kit.py command, in that OS's own words."""
    fix = fixes_for(platform)
    synced = {"win32": WIN_HOME / "OneDrive" / "course"}.get(platform, MAC_ROOT.parent / "Dropbox")
    lines = [
        *(r.line() for r in check_env.check_requirements(["pandas>=99", "not-a-pkg>=1"], fix)),
        check_env.check_python(">=3.11", "3.10.4", fix).line(),
        check_env.check_course_package("not-a-course-package", fix).line(),
        check_env.check_folder(synced, fix).line(),
        check_env.Result(False, "data", "missing file", fix.data()).line(),
    ]
    for line in lines:
        assert line.startswith("FAIL ") and " -> fix: " in line, line
        command = line.split(" -> fix: ")[1]
        assert re.search(r"kit\.py['\"]? setup", command), line
        assert "kit.py lab" not in command and "course.generate" not in command
        assert "&&" not in command  # not in Windows PowerShell 5
        launcher = re.search(r"(?:^|: )(py|python3(?:\.\d+)?|python) ", command)[1]
        if platform == "win32":
            assert launcher == "py", line
            assert "python3" not in command and "/" not in command, line
        else:
            new_python = platform == "linux" and line.startswith("FAIL python:")
            assert launcher == ("python3.12" if new_python else "python3"), line
            assert "\\" not in command, line


def test_windows_without_the_py_launcher_says_python(monkeypatch):
    monkeypatch.setattr(check_env.shutil, "which", lambda name: None)
    assert check_env.default_launcher("win32") == "python"
    monkeypatch.setattr(check_env.shutil, "which", lambda name: "C:\\Windows\\py.exe")
    assert check_env.default_launcher("win32") == "py"


def test_launcher_is_python3_only_when_that_is_new_enough(monkeypatch, tmp_path):
    """python3 3.9 on PATH but the course set up with python3.12: the fix names python3.12."""
    old = tmp_path / "python3"
    old.write_text("#!/bin/sh\necho False\n")
    old.chmod(0o755)
    monkeypatch.setattr(check_env.shutil, "which", lambda name: str(old))
    if os.name == "nt":
        pytest.skip("a shell script stands in for python3")
    assert check_env.default_launcher("linux", "/opt/py 3.12/bin/python3.12") == (
        "'/opt/py 3.12/bin/python3.12'"
    )
    monkeypatch.setattr(check_env.shutil, "which", lambda name: sys.executable)
    assert check_env.default_launcher("linux", sys.executable) == "python3"


def test_another_environment_gets_its_own_python_not_kit_py():
    """In a conda env the fix installs into that env with its own Python (not a system one)."""
    fix = check_env.Fixes(
        "linux",
        "python3",
        LINUX_ROOT,
        LINUX_ROOT,
        course_venv=False,
        python="/opt/conda/bin/python",
    )
    assert fix.install() == "/opt/conda/bin/python -m pip install -e /home/kim/course"
    assert fix.data() == "/opt/conda/bin/python -m course.generate"


@pytest.mark.parametrize(
    ("path", "synced"),
    [
        ("C:/Users/kim/OneDrive - Acme Corp/Desktop/course", "OneDrive"),
        ("C:/Users/kim/OneDrive/Documents/course", "OneDrive"),
        ("/Users/kim/Library/CloudStorage/OneDrive-Acme/course", "a cloud-storage folder"),
        ("/Users/kim/Library/Mobile Documents/com~apple~CloudDocs/course", "iCloud Drive"),
        ("/Users/kim/Dropbox/course", "Dropbox"),
        ("C:/Users/kim/course", None),
        ("/home/kim/work/course", None),
    ],
)
def test_synced_folders_are_found(path, synced):
    cls = check_env.PureWindowsPath if path.startswith("C:") else check_env.PurePosixPath
    assert check_env.synced_folder(cls(path)) == synced


def test_a_synced_folder_is_a_fail_with_a_move_and_a_fresh_setup():
    fix = fixes_for("win32")
    result = check_env.check_folder(
        check_env.PureWindowsPath("C:/Users/Kim Lee/OneDrive - Acme/Desktop/course"), fix
    )
    assert not result.ok
    assert result.fix == (
        "move this folder out of OneDrive, to C:\\Users\\Kim Lee\\course, then: "
        'py "C:\\Users\\Kim Lee\\course\\kit.py" setup --fresh'
    )
    assert check_env.check_folder(WIN_ROOT, fix).ok


def test_docstring_examples():
    import doctest

    assert doctest.testmod(check_env).failed == 0
