#!/usr/bin/env python3
"""Is this environment ready for the course? One OK or FAIL line per check, with the fix.

    python3 kit.py check                  # in the course's .venv
    python tools/check_env.py             # in whatever environment you want to check
    python tools/check_env.py --no-data   # skip loading the data files

Checks Python, every package in pyproject.toml's [project.dependencies] (installed, at a
version in range), the course's own helpers package, the widgets extension for JupyterLab,
that matplotlib can draw a figure, and that the course data loads. Exit code 0 only if all
are OK.

Only the standard library is imported at the top: a missing package must be reported, not
crash this script.
"""

from __future__ import annotations

import importlib
import importlib.metadata as metadata
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11: say so, rather than crash
    tomllib = None

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
FIX_INSTALL = "python3 kit.py lab (or pip install -e .)"
FIX_DATA = "python -m helpers.generate"
WIDGETS_EXTENSION = "@jupyter-widgets/jupyterlab-manager"


@dataclass
class Result:
    ok: bool
    name: str
    detail: str = ""  # the version when OK; what is wrong when not
    fix: str = ""

    def line(self) -> str:
        if self.ok:
            return f"OK   {self.name} {self.detail}".rstrip()
        return f"FAIL {self.name}: {self.detail} -> fix: {self.fix}"


# --------------------------------------------------------------------------- versions

_REQ = re.compile(r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(?P<spec>[^;]*)")
_CLAUSE = re.compile(r"^\s*(?P<op>~=|==|!=|<=|>=|<|>|===)\s*(?P<version>\S+)\s*$")
_RELEASE = re.compile(r"^v?(?P<release>\d+(?:\.\d+)*)(?P<rest>.*)$")


def parse_requirement(text: str) -> tuple[str, list[tuple[str, str]]]:
    """'pandas>=3.1,<3.2' -> ('pandas', [('>=', '3.1'), ('<', '3.2')]). Markers are dropped."""
    m = _REQ.match(text)
    if not m:
        raise ValueError(f"cannot read requirement {text!r}")
    clauses = []
    for part in filter(None, (p.strip() for p in m["spec"].split(","))):
        c = _CLAUSE.match(part)
        if not c:
            raise ValueError(f"cannot read version clause {part!r} in {text!r}")
        clauses.append((c["op"], c["version"]))
    return m["name"], clauses


def _key(version: str, width: int = 4) -> tuple:
    """A sortable key: the release numbers, then 0 for a pre-release (3.2.0rc1 < 3.2)."""
    m = _RELEASE.match(version.strip())
    if not m:
        return ((0,) * width, 0)
    nums = tuple(int(n) for n in m["release"].split("."))
    nums = (nums + (0,) * width)[: max(width, len(nums))]
    rest = m["rest"].lstrip(".-_").lower()
    pre = 0 if rest[:1] in {"a", "b", "c", "r", "d"} or rest.startswith(("alpha", "beta")) else 1
    return (nums, pre)


def satisfies(version: str, clauses: list[tuple[str, str]]) -> bool:
    """Does an installed version meet every clause (PEP 440 for the usual cases)?"""
    for op, want in clauses:
        if want.endswith(".*"):  # ==3.1.* / !=3.1.*
            prefix = want[:-2].split(".")
            have = _RELEASE.match(version)
            same = bool(have) and have["release"].split(".")[: len(prefix)] == prefix
            if (op == "==" and not same) or (op == "!=" and same):
                return False
            continue
        a, b = _key(version), _key(want)
        ok = {
            "==": a == b,
            "===": version == want,
            "!=": a != b,
            ">=": a >= b,
            "<=": a <= b,
            ">": a > b,
            "<": a < b,
        }.get(op)
        if op == "~=":  # ~=3.1.2 means >=3.1.2,==3.1.*
            parts = want.split(".")
            ok = a >= b and satisfies(version, [("==", ".".join(parts[:-1]) + ".*")])
        if not ok:
            return False
    return True


def spec_text(clauses: list[tuple[str, str]]) -> str:
    return ",".join(op + v for op, v in clauses)


# --------------------------------------------------------------------------- checks


def read_pyproject(path: Path = PYPROJECT) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def check_python(requires: str = ">=3.11", version: str | None = None) -> Result:
    version = version or ".".join(map(str, sys.version_info[:3]))
    _, clauses = parse_requirement(f"python{requires}")
    if satisfies(version, clauses):
        return Result(True, "python", version)
    return Result(
        False,
        "python",
        f"version {version}, need {requires}",
        "install Python 3.11 or newer (python.org), then python3 kit.py lab",
    )


def check_requirements(requirements: list[str]) -> list[Result]:
    """One Result per requirement string ('pandas>=3.1,<3.2'), from what is installed."""
    results = []
    for text in requirements:
        name, clauses = parse_requirement(text)
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            results.append(Result(False, name, "not installed", FIX_INSTALL))
            continue
        if satisfies(version, clauses):
            results.append(Result(True, name, version))
        else:
            detail = f"version {version}, need {spec_text(clauses)}"
            results.append(Result(False, name, detail, FIX_INSTALL))
    return results


def check_course_package(project_name: str) -> Result:
    """The helpers package must be installed (notebooks import it from notebooks/)."""
    try:
        version = metadata.version(project_name)
        importlib.import_module("helpers")
    except metadata.PackageNotFoundError:
        return Result(False, "helpers", f"{project_name} is not installed", FIX_INSTALL)
    except Exception as exc:  # noqa: BLE001 - report any import failure as a FAIL line
        return Result(False, "helpers", f"cannot import: {exc!r}", FIX_INSTALL)
    return Result(True, "helpers", f"({project_name} {version})")


def check_widgets_extension() -> Result:
    """ipywidgets needs its JupyterLab extension (the jupyterlab_widgets package)."""
    name = "jupyterlab_widgets"
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        return Result(False, name, "not installed: sliders would show as text", FIX_INSTALL)
    try:
        from jupyter_core.paths import jupyter_path
    except ImportError:
        return Result(False, name, "jupyter_core is not installed", FIX_INSTALL)
    for base in jupyter_path("labextensions"):
        package = Path(base, WIDGETS_EXTENSION, "package.json")
        if package.is_file():
            try:
                json.loads(package.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                return Result(False, name, f"broken {package}: {exc}", FIX_INSTALL)
            return Result(True, name, f"{version} (JupyterLab widgets extension)")
    detail = f"{version} installed, but JupyterLab cannot find {WIDGETS_EXTENSION}"
    return Result(False, name, detail, FIX_INSTALL)


def check_matplotlib() -> Result:
    """Draw a small figure with the Agg backend (without changing the global backend)."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        fig = Figure(figsize=(2, 1), dpi=50)
        canvas = FigureCanvasAgg(fig)
        fig.add_subplot().plot([0, 1], [0, 1])
        canvas.draw()
        width, height = canvas.get_width_height()
        if not canvas.buffer_rgba() or width == 0 or height == 0:
            raise RuntimeError("empty image")
    except Exception as exc:  # noqa: BLE001
        return Result(False, "matplotlib figure", f"cannot draw: {exc!r}", FIX_INSTALL)
    return Result(True, "matplotlib figure", f"drawn with Agg ({width}x{height} px)")


def data_modules() -> list[str]:
    """The course's data loaders: helpers/data.py and helpers/data_*.py (one per world)."""
    folder = ROOT / "helpers"
    return ["helpers.data"] + [f"helpers.{p.stem}" for p in sorted(folder.glob("data_*.py"))]


def check_data(modules: list[str] | None = None) -> list[Result]:
    """Call every load_*() in the course's data modules; a missing file is a FAIL."""
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))  # find helpers even when the course is not installed
    results = []
    for module_name in modules or data_modules():
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # noqa: BLE001 - report any import failure as a FAIL line
            results.append(Result(False, module_name, f"cannot import: {exc!r}", FIX_INSTALL))
            continue
        loaders: list[tuple[str, Callable]] = [
            (name, fn)
            for name, fn in sorted(vars(module).items())
            if name.startswith("load_") and callable(fn) and fn.__module__ == module_name
        ]
        if not loaders:
            results.append(Result(False, module_name, "no load_*() functions", FIX_INSTALL))
        for name, loader in loaders:
            label = f"data {name}()"
            try:
                table = loader()
            except TypeError:
                continue  # a loader that needs arguments is not a plain table
            except FileNotFoundError as exc:
                results.append(Result(False, label, f"missing file: {exc}", FIX_DATA))
                continue
            except Exception as exc:  # noqa: BLE001
                results.append(Result(False, label, f"cannot load: {exc!r}", FIX_DATA))
                continue
            rows = f"{len(table):,} rows" if hasattr(table, "__len__") else "loaded"
            results.append(Result(True, label, rows))
    return results


def run_checks(
    requirements: list[str] | None = None,
    requires_python: str | None = None,
    *,
    data: bool = True,
) -> list[Result]:
    """Every check; requirements default to pyproject.toml's [project.dependencies]."""
    project = read_pyproject()["project"]
    if requirements is None:
        requirements = project["dependencies"]
    results = [check_python(requires_python or project.get("requires-python", ">=3.11"))]
    results += check_requirements(requirements)
    results.append(check_course_package(project["name"]))
    results.append(check_widgets_extension())
    results.append(check_matplotlib())
    if data:
        results += check_data()
    return results


def main(argv: list[str]) -> int:
    if tomllib is None:
        print(check_python().line())
        return 1
    results = run_checks(data="--no-data" not in argv)
    for result in results:
        print(result.line(), flush=True)
    failed = [r for r in results if not r.ok]
    if failed:
        print(f"\n{len(failed)} check(s) failed: see the fix after each FAIL above.")
        return 1
    print("\nAll checks passed: this environment is ready for the course.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
