#!/usr/bin/env python3
"""Is this environment ready for the course? One OK or FAIL line per check, with the fix.

    python3 kit.py check                  # the course's .venv (py kit.py check on Windows)
    python tools/check_env.py             # in whatever environment you want to check
    python tools/check_env.py --no-data   # skip loading the data files
    python tools/check_env.py --data-only # only the data files (kit.py setup uses this)

Checks Python, the course folder (not inside OneDrive, Dropbox, iCloud ...), every package
in pyproject.toml's [project.dependencies] (installed, at a version in range), the course's
own helpers package, the widgets extension for JupyterLab, that matplotlib can draw a
figure, and that the course data loads. Exit code 0 only if all are OK. It never installs
anything: each FAIL line ends with the one command that fixes it, written for this
computer (``py`` and backslashes on Windows, ``python3`` on macOS and Linux).

Only the standard library is imported at the top: a missing package must be reported, not
crash this script. Version ranges are read with ``packaging`` (a course dependency, imported
only when needed; pip's own copy of it serves a Python that lacks it).
"""

from __future__ import annotations

import importlib
import importlib.metadata as metadata
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

try:
    import tomllib
except ImportError:  # Python < 3.11: say so, rather than crash
    tomllib = None

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
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


# --------------------------------------------------------------------------- fixes

_WINDOWS_SPECIAL = set(" &()[]{}^=;!'+,`~$%@#")


def quote_path(path: PurePath | str, platform: str) -> str:
    """A path as one shell word: double quotes on Windows (cmd and PowerShell), shlex elsewhere.

    >>> quote_path("/home/kim/my course/kit.py", "linux")
    "'/home/kim/my course/kit.py'"
    """
    text = str(path)
    if platform == "win32":
        return f'"{text}"' if set(text) & _WINDOWS_SPECIAL else text
    return shlex.quote(text)


@dataclass(frozen=True)
class Fixes:
    """The commands that fix a FAIL, written for one computer, so that they work when pasted.

    platform: ``sys.platform`` style ("win32", "darwin", "linux"); launcher: how this computer
    starts Python ("py" or "python" on Windows, "python3" elsewhere); root: the course folder;
    cwd: where the check was run (inside the course folder the commands say ``kit.py``,
    elsewhere its full path); course_venv: is this the course's own .venv (then every fix is
    a ``kit.py`` command; in another environment, e.g. conda, the fix uses that environment's
    own ``python``, never a system Python without the course's packages).
    """

    platform: str
    launcher: str
    root: PurePath
    cwd: PurePath
    home: PurePath = PurePosixPath("~")
    course_venv: bool = True
    python: str = "python"

    @classmethod
    def here(cls) -> Fixes:
        """The fixes for the computer and environment this script runs in.

        In the course's .venv, or with a plain system Python, every fix is a ``kit.py``
        command. In another virtual or conda environment the fix uses that environment's own
        Python (the one running this check), which has the course's packages once fixed.
        """
        try:
            course_venv = Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()
        except OSError:
            course_venv = False
        other_env = sys.prefix != sys.base_prefix or Path(sys.prefix, "conda-meta").is_dir()
        python = "python"
        if os.name != "nt":
            python = quote_path(sys.executable, sys.platform)
        base = getattr(sys, "_base_executable", sys.executable)
        return cls(
            platform=sys.platform,
            launcher=default_launcher(sys.platform, base),
            root=ROOT,
            cwd=Path.cwd(),
            home=Path.home(),
            course_venv=course_venv or not other_env,
            python=python,
        )

    @property
    def _path(self) -> type[PurePath]:
        return PureWindowsPath if self.platform == "win32" else PurePosixPath

    def kit(self, *args: str) -> str:
        """``py kit.py setup`` - with kit.py's full path when run from another folder."""
        root = self._path(self.root)
        if self._path(self.cwd) == root:
            script = "kit.py"
        else:
            script = quote_path(root / "kit.py", self.platform)
        return " ".join([self.launcher, script, *args])

    def install(self) -> str:
        """Missing package or wrong version: install the course's pinned versions again."""
        if self.course_venv:
            return self.kit("setup")
        root = quote_path(self._path(self.root), self.platform)
        return f"{self.python} -m pip install -e {root}"

    def fresh(self) -> str:
        """A broken environment: delete it and set up again from scratch."""
        if self.course_venv:
            return self.kit("setup", "--fresh")
        root = quote_path(self._path(self.root), self.platform)
        return f"{self.python} -m pip install --force-reinstall -e {root}"

    def data(self) -> str:
        """Missing or unreadable data files: write them again (same bytes as the originals)."""
        if self.course_venv:
            return self.kit("setup")  # setup regenerates missing data with the .venv's Python
        return f"{self.python} -m course.generate"

    def new_python(self) -> str:
        """The Python itself is too old."""
        if self.platform == "linux":  # python3 stays the old one; name the new one
            return (
                "install Python 3.12 (e.g. sudo apt install python3.12 python3.12-venv), "
                f"then: {self.kit('setup', '--fresh').replace(self.launcher, 'python3.12', 1)}"
            )
        where = (
            {
                "win32": "python.org (the 'Windows installer (64-bit)', not the Microsoft Store)",
                "darwin": "python.org (the macOS installer)",
            }[self.platform]
            if self.platform in {"win32", "darwin"}
            else "python.org"
        )
        return f"install Python 3.13 from {where}, then: {self.kit('setup', '--fresh')}"

    def move_folder(self, synced: str) -> str:
        """The course folder is inside a synced folder (OneDrive, Dropbox, iCloud ...)."""
        target = self._path(self.home) / "course"
        script = quote_path(target / "kit.py", self.platform)
        return (
            f"move this folder out of {synced}, to {target}, then: "
            f"{self.launcher} {script} setup --fresh"
        )


def default_launcher(platform: str, executable: str | None = None) -> str:
    """How to start a Python 3.11+ from a terminal, for a fix line.

    Windows: ``py`` (the python.org launcher) if present, else ``python``. Elsewhere
    ``python3`` when that is Python 3.11 or newer, else this Python's full path (e.g.
    ``python3`` is an old 3.9 and the course was set up with python3.12).
    """
    if platform == "win32":
        return "py" if shutil.which("py") else "python"
    found = shutil.which("python3")
    if not executable or (found and _is_new_enough(found)):
        return "python3"
    return quote_path(executable, platform)


def _is_new_enough(python: str) -> bool:
    """Does this command start Python 3.11 or newer?"""
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(sys.version_info >= (3, 11))"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return out.stdout.strip() == "True"


FIXES: Fixes | None = None  # set on first use by fixes()


def fixes() -> Fixes:
    global FIXES
    if FIXES is None:
        FIXES = Fixes.here()
    return FIXES


# --------------------------------------------------------------------------- versions
#
# Requirements, version ranges, versions and markers are read by ``packaging``, the library pip
# itself uses (PEP 440 and PEP 508), imported only when needed: a Python without it still runs
# this script and gets a FAIL line with the fix. It is a course dependency (pyproject.toml,
# environment.yml) and comes with every JupyterLab; a plain system Python that has pip but not
# ``packaging`` (kit.py check before set-up) uses the copy inside pip, which is the same code.


class PackagingMissing(ImportError):
    """Neither ``packaging`` nor pip's copy of it can be imported."""


def _packaging():
    """The ``packaging`` modules: (requirements, specifiers, version).

    Raises PackagingMissing (an ImportError) when neither ``packaging`` nor pip's vendored
    copy is importable.
    """
    try:
        from packaging import requirements, specifiers, version
    except ImportError:
        try:
            from pip._vendor.packaging import requirements, specifiers, version
        except ImportError as exc:
            raise PackagingMissing(
                "the 'packaging' library is not installed (it reads version ranges)"
            ) from exc
    return requirements, specifiers, version


def parse_requirement(text: str):
    """A PEP 508 requirement ('pandas>=3.1,<3.2', 'ibis-framework[duckdb]>=12.0,<12.1',
    'x>=1; python_version < "3.12"') as a ``packaging.requirements.Requirement``.

    Raises ValueError naming the text when it is not a requirement, PackagingMissing when
    ``packaging`` cannot be imported.

    >>> req = parse_requirement("ibis-framework[duckdb]>=12.0,<12.1")
    >>> req.name, sorted(req.extras), str(req.specifier) == "<12.1,>=12.0"
    ('ibis-framework', ['duckdb'], True)
    """
    requirements, _, _ = _packaging()
    try:
        return requirements.Requirement(text)
    except requirements.InvalidRequirement as exc:
        raise ValueError(f"cannot read requirement {text!r}: {exc}") from exc


def satisfies(version: str, specifier) -> bool:
    """Does an installed ``version`` fall in ``specifier`` (a SpecifierSet or its text)?

    PEP 440, as pip reads it: post releases (4.5.post3 >= 4.5), pre-releases (an installed
    3.2.0rc1 is in >=3.1 but not in <3.2), ``==3.1.*``, ``~=``. An installed pre-release
    counts (pip would keep it). Raises ValueError for a version that is not PEP 440.

    >>> satisfies("4.5.post3", ">=4.5.post3,<4.6"), satisfies("4.5", ">=4.5.post3,<4.6")
    (True, False)
    """
    _, specifiers, versions = _packaging()
    if isinstance(specifier, str):
        specifier = specifiers.SpecifierSet(specifier)
    try:
        parsed = versions.Version(version)
    except versions.InvalidVersion as exc:
        raise ValueError(f"version {version!r} is not a PEP 440 version") from exc
    return specifier.contains(parsed, prereleases=True)


def spec_text(specifier) -> str:
    """A version range as written in pyproject.toml, lower bound first: '>=3.1,<3.2'."""
    order = {">=": 0, ">": 0, "~=": 0, "===": 1, "==": 1, "!=": 2, "<=": 3, "<": 3}
    clauses = sorted(specifier, key=lambda c: (order.get(c.operator, 1), c.version))
    return ",".join(str(c) for c in clauses)


# --------------------------------------------------------------------------- checks


def read_pyproject(path: Path = PYPROJECT) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def check_python(
    requires: str = ">=3.11", version: str | None = None, fix: Fixes | None = None
) -> Result:
    version = version or ".".join(map(str, sys.version_info[:3]))
    try:
        ok = satisfies(version, parse_requirement(f"python{requires}").specifier)
    except PackagingMissing as exc:
        detail = f"version {version}; cannot check it against {requires}: {exc}"
        return Result(False, "python", detail, (fix or fixes()).install())
    if ok:
        return Result(True, "python", version)
    return Result(
        False,
        "python",
        f"version {version}, need {requires}",
        (fix or fixes()).new_python(),
    )


def check_requirements(requirements: list[str], fix: Fixes | None = None) -> list[Result]:
    """One Result per requirement string ('pandas>=3.1,<3.2'), from what is installed.

    A requirement whose marker does not hold here (``; sys_platform == "win32"`` on Linux)
    is OK as "not needed here". Without ``packaging`` the one Result says so, with the fix.
    """
    install = (fix or fixes()).install()
    results = []
    try:
        _packaging()
    except PackagingMissing as exc:
        return [Result(False, "packaging", str(exc), install)]
    for text in requirements:
        req = parse_requirement(text)
        name = req.name
        if req.marker is not None and not req.marker.evaluate():
            results.append(Result(True, name, f"(not needed here: {req.marker})"))
            continue
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            results.append(Result(False, name, "not installed", install))
            continue
        try:
            ok = satisfies(version, req.specifier)
        except ValueError as exc:  # an installed version that is not PEP 440
            results.append(Result(False, name, str(exc), install))
            continue
        if ok:
            results.append(Result(True, name, version))
        else:
            detail = f"version {version}, need {spec_text(req.specifier)}"
            results.append(Result(False, name, detail, install))
    return results


def check_course_package(project_name: str, fix: Fixes | None = None) -> Result:
    """The course's two packages (``helpers`` and ``course``) must be installed (notebooks
    import them from notebooks/)."""
    fix = fix or fixes()
    try:
        version = metadata.version(project_name)
        importlib.import_module("helpers")
        importlib.import_module("course")
    except metadata.PackageNotFoundError:
        return Result(False, "helpers", f"{project_name} is not installed", fix.install())
    except Exception as exc:  # noqa: BLE001 - report any import failure as a FAIL line
        return Result(False, "helpers", f"cannot import: {exc!r}", fix.fresh())
    return Result(True, "helpers", f"({project_name} {version})")


def check_widgets_extension(fix: Fixes | None = None) -> Result:
    """ipywidgets needs its JupyterLab extension (the jupyterlab_widgets package)."""
    fix = fix or fixes()
    name = "jupyterlab_widgets"
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        return Result(False, name, "not installed: sliders would show as text", fix.install())
    try:
        from jupyter_core.paths import jupyter_path
    except ImportError:
        return Result(False, name, "jupyter_core is not installed", fix.install())
    for base in jupyter_path("labextensions"):
        package = Path(base, WIDGETS_EXTENSION, "package.json")
        if package.is_file():
            try:
                json.loads(package.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                return Result(False, name, f"broken {package}: {exc}", fix.fresh())
            return Result(True, name, f"{version} (JupyterLab widgets extension)")
    detail = f"{version} installed, but JupyterLab cannot find {WIDGETS_EXTENSION}"
    return Result(False, name, detail, fix.fresh())


def check_matplotlib(fix: Fixes | None = None) -> Result:
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
        return Result(False, "matplotlib figure", f"cannot draw: {exc!r}", (fix or fixes()).fresh())
    return Result(True, "matplotlib figure", f"drawn with Agg ({width}x{height} px)")


_SYNCED = (  # (what a folder name starts with, lower case; what to call it)
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("box sync", "Box"),
    ("cloudstorage", "a cloud-storage folder"),  # macOS: ~/Library/CloudStorage/OneDrive-...
)


def synced_folder(root: PurePath) -> str | None:
    """The sync service whose folder holds ``root`` (OneDrive, Dropbox, iCloud ...), or None.

    >>> synced_folder(PurePosixPath("/Users/kim/Library/CloudStorage/OneDrive-Acme/course"))
    'a cloud-storage folder'
    >>> synced_folder(PureWindowsPath("C:/Users/kim/OneDrive - Acme/Desktop/course"))
    'OneDrive'
    >>> synced_folder(PureWindowsPath("C:/Users/kim/course")) is None
    True
    """
    for part in root.parts:
        for prefix, name in _SYNCED:
            if part.lower().startswith(prefix):
                return name
    return None


def check_folder(root: PurePath = ROOT, fix: Fixes | None = None) -> Result:
    """The course folder must not be synced: syncing locks and evicts .venv's 30,000 files."""
    synced = synced_folder(root)
    if synced is None:
        return Result(True, "folder", f"{root} (not in a synced folder)")
    detail = (
        f"{root} is inside {synced}: syncing locks and evicts the set-up's files "
        "(installs fail with 'Access is denied', files go missing)"
    )
    return Result(False, "folder", detail, (fix or fixes()).move_folder(synced))


def data_modules() -> list[str]:
    """The course's data loaders: course/data.py and course/data_*.py (one per world)."""
    folder = ROOT / "course"
    return ["course.data"] + [f"course.{p.stem}" for p in sorted(folder.glob("data_*.py"))]


def check_data(modules: list[str] | None = None, fix: Fixes | None = None) -> list[Result]:
    """Call every load_*() in the course's data modules; a missing file is a FAIL."""
    fix = fix or fixes()
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))  # find helpers even when the course is not installed
    results = []
    for module_name in modules or data_modules():
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # noqa: BLE001 - report any import failure as a FAIL line
            results.append(Result(False, module_name, f"cannot import: {exc!r}", fix.install()))
            continue
        loaders: list[tuple[str, Callable]] = [
            (name, fn)
            for name, fn in sorted(vars(module).items())
            if name.startswith("load_") and callable(fn) and fn.__module__ == module_name
        ]
        if not loaders:
            results.append(Result(False, module_name, "no load_*() functions", fix.fresh()))
        for name, loader in loaders:
            label = f"data {name}()"
            try:
                table = loader()
            except TypeError:
                continue  # a loader that needs arguments is not a plain table
            except FileNotFoundError as exc:
                where = re.sub(r"\s*In a terminal, .*", "", str(exc))  # the fix below says how
                results.append(Result(False, label, f"missing file: {where}", fix.data()))
                continue
            except Exception as exc:  # noqa: BLE001
                results.append(Result(False, label, f"cannot load: {exc!r}", fix.data()))
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
    results.append(check_folder())
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
    if "--data-only" in argv:
        results = check_data()
    else:
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
