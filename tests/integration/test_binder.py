"""Binder builds this repository from environment.yml and then runs postBuild.

We ask repo2docker itself (the tool Binder uses), without Docker: its build packs are tried
in the order its app tries them (``Repo2Docker.buildpacks``, first match wins), and the one
picked renders the Dockerfile it would build. repo2docker is small (pure Python, from the
``binder`` extra: without it this file skips), and none of this needs Docker or the network.

The rest are the rules that keep the Binder route and the pip route (pyproject.toml) in step:
every conda package pinned as ``name=X.Y``, conda-forge only, postBuild installs the course's
helpers with ``pip install --no-deps -e .`` and warms matplotlib's font cache.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from tests.extras import import_extra

with warnings.catch_warnings():  # repo2docker's JSON logger imports a moved module
    warnings.simplefilter("ignore", DeprecationWarning)
    Repo2Docker = import_extra("repo2docker.app", "binder").Repo2Docker
    CondaBuildPack = import_extra("repo2docker.buildpacks", "binder").CondaBuildPack

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^(?P<name>[A-Za-z0-9_.-]+)=(?P<version>\d+(\.\d+)*)$")
# conda-forge name -> PyPI name, where they differ (none do today)
CONDA_TO_PYPI: dict[str, str] = {}


@pytest.fixture(scope="module")
def picked():
    """The build pack repo2docker picks for this repository, exactly as its app picks it."""
    app = Repo2Docker()
    with contextlib.chdir(ROOT):  # build packs look at the current directory
        for buildpack_class in app.buildpacks:
            bp = buildpack_class(base_image=app.base_image)
            if bp.detect():
                break
        else:
            bp = app.default_buildpack(base_image=app.base_image)
        bp.platform, bp.appendix = app.platform, app.appendix  # as Repo2Docker.build() does
        # read everything it reads from the repository while we are in it
        bp.environment_yaml, bp.python_version, bp.get_post_build_scripts()
        bp.dockerfile = bp.render({"NB_USER": "jovyan", "NB_UID": "1000"})
    return bp


@pytest.fixture(scope="module")
def environment(picked) -> dict:
    """environment.yml as repo2docker's conda build pack reads it."""
    return picked.environment_yaml


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_repo2docker_picks_environment_yml_and_postbuild(picked):
    assert type(picked) is CondaBuildPack, f"repo2docker would use {type(picked).__name__}"
    assert picked.binder_dir == "", "a binder/ or .binder/ folder would hide the root files"
    assert Path(picked.environment_yaml_path).resolve() == ROOT / "environment.yml"
    assert picked.python_version == "3.11"
    assert picked.get_post_build_scripts() == ["postBuild"]


def test_dockerfile_creates_the_environment_then_runs_postbuild(picked):
    dockerfile = picked.dockerfile
    env_step = dockerfile.find('--file "environment.yml"')
    post_build = dockerfile.find("RUN ./postBuild")
    assert env_step != -1, "the Dockerfile does not install environment.yml"
    assert post_build != -1, "the Dockerfile does not run postBuild"
    assert env_step < post_build


def test_environment_pins_every_package_from_conda_forge_only(environment):
    assert environment.get("channels") == ["conda-forge"], environment.get("channels")
    unpinned = [d for d in environment["dependencies"] if not PIN.match(str(d))]
    assert not unpinned, f"pin each as name=X.Y (and no pip: section): {unpinned}"


def test_postbuild_installs_helpers_and_warms_the_font_cache():
    path = ROOT / "postBuild"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash") or text.startswith("#!/bin/bash")
    assert os.access(path, os.X_OK), "postBuild must be executable (git update-index --chmod=+x)"
    commands = [line.strip() for line in text.splitlines() if line.strip()[:1] not in {"", "#"}]
    assert "set -euo pipefail" in commands or "set -e" in commands, "a failed step must fail"
    assert "pip install --no-deps -e ." in commands
    warm = [c for c in commands if c.startswith("python -c") and "font_manager" in c]
    assert warm, "postBuild does not build matplotlib's font cache"
    # and the warm-up command itself works (here, with this environment's Python)
    for command in warm:
        argv = [sys.executable, *shlex.split(command)[1:]]
        subprocess.run(argv, check=True, timeout=120, cwd=ROOT)


def test_environment_and_pyproject_name_the_same_packages(environment, pyproject):
    conda = {}
    for dep in environment["dependencies"]:
        m = PIN.match(str(dep))
        assert m, dep
        conda[CONDA_TO_PYPI.get(m["name"], m["name"]).lower()] = m["version"]
    python = conda.pop("python")
    conda.pop("pip", None)
    pip = {}
    for spec in pyproject["project"]["dependencies"]:
        req = Requirement(spec)
        pip[req.name.lower()] = req.specifier
    assert sorted(conda) == sorted(pip), (
        "environment.yml and pyproject.toml list different packages"
    )
    for name, version in conda.items():
        # the whole conda series X.Y.* must fall in the pip range
        low, high = Version(version), Version(f"{version}.999")
        assert low in pip[name] and high in pip[name], (
            f"{name}: environment.yml pins {version}.*, pyproject.toml says {pip[name]}"
        )
    requires_python = pyproject["project"]["requires-python"]
    assert Version(python) in Requirement(f"python{requires_python}").specifier
