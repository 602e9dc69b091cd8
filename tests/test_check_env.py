"""tools/check_env.py: the environment check a learner runs first (python3 kit.py check)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
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
        name, _ = check_env.parse_requirement(requirement)
        assert any(line.startswith(f"OK   {name} ") for line in lines), (name, lines)
    for check in ("helpers", "jupyterlab_widgets", "matplotlib figure", "data load_users()"):
        assert any(line.startswith(f"OK   {check}") for line in lines), (check, lines)
    assert not [line for line in lines if line.startswith("FAIL")]


def test_unmet_and_missing_requirements_are_reported_with_the_fix():
    results = check_env.check_requirements(["pandas>=99", "no-such-package-for-kit>=1.0"])
    pandas, missing = (r.line() for r in results)
    installed = check_env.metadata.version("pandas")
    fix = "-> fix: python3 kit.py lab (or pip install -e .)"
    assert pandas == f"FAIL pandas: version {installed}, need >=99 {fix}"
    assert missing == f"FAIL no-such-package-for-kit: not installed {fix}"


def test_any_fail_makes_the_exit_code_nonzero(monkeypatch, capsys):
    project = dict(PROJECT, dependencies=[*PROJECT["dependencies"], "numpy<1"])
    monkeypatch.setattr(check_env, "read_pyproject", lambda: {"project": project})
    assert check_env.main(["--no-data"]) == 1
    out = capsys.readouterr().out
    assert "FAIL numpy: version" in out and "need <1" in out
    assert "OK   pandas" in out


def test_missing_data_says_to_regenerate_it(tmp_path):
    proc = run_script(COURSE_DATA_DIR=str(tmp_path))  # an empty data folder
    assert proc.returncode == 1
    fails = [line for line in proc.stdout.splitlines() if line.startswith("FAIL data")]
    assert any(line.startswith("FAIL data load_users(): missing file") for line in fails), fails
    assert all(line.endswith("-> fix: python -m helpers.generate") for line in fails), fails


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
        ("3.2.0rc1", ">=3.1,<3.2", True),  # a pre-release of 3.2 comes before 3.2
        ("2.4.6", "==2.4.*", True),
        ("2.5.0", "==2.4.*", False),
        ("1.4.3", "~=1.4.2", True),
        ("1.5.0", "~=1.4.2", False),
        ("0.13.2", "!=0.13.1", True),
        ("8.1", "==8.1.0", True),
    ],
)
def test_version_ranges(version, spec, ok):
    _, clauses = check_env.parse_requirement(f"pkg{spec}")
    assert check_env.satisfies(version, clauses) is ok


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
