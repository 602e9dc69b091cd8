"""The hub configurations shipped in deploy/ agree with each other and name real settings.

deploy/jupyterhub_config.py holds the numbers (memory and CPU per participant, the idle
culler's timeout); deploy/tljh/setup.sh (The Littlest JupyterHub) and deploy/z2jh/values.yaml
(Zero to JupyterHub) repeat them in their own formats, and deploy/jupyter_server_config.json
is the one copy of each participant's server settings. The hub itself is run in
tests/integration/test_hub.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
sys.path.insert(0, str(DEPLOY))

import jupyterhub_config as kit  # noqa: E402

SETUP = (DEPLOY / "tljh" / "setup.sh").read_text(encoding="utf-8")
DOCKERFILE = (DEPLOY / "z2jh" / "Dockerfile").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load((DEPLOY / "z2jh" / "values.yaml").read_text(encoding="utf-8"))


def _tljh(key: str) -> str:
    found = re.findall(rf"^tljh-config set {re.escape(key)} (\S+)$", SETUP, re.M)
    assert len(found) == 1, f"setup.sh sets {key} {len(found)} times"
    return found[0]


def _size(text: str) -> int:
    units = {"K": 2**10, "M": 2**20, "G": 2**30}
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def test_tljh_uses_the_kits_numbers():
    assert _size(_tljh("limits.memory")) == _size(kit.MEM_LIMIT)
    assert float(_tljh("limits.cpu")) == kit.CPU_LIMIT
    assert int(_tljh("services.cull.timeout")) == kit.SERVER_IDLE_TIMEOUT
    assert int(_tljh("services.cull.every")) == kit.CULL_EVERY
    assert _tljh("user_environment.default_app") == "jupyterlab"
    assert "deploy/jupyter_server_config.json" in SETUP


def test_z2jh_uses_the_kits_numbers(values):
    single = values["singleuser"]
    assert _size(single["memory"]["limit"]) == _size(kit.MEM_LIMIT)
    assert _size(single["memory"]["guarantee"]) == _size(kit.MEM_GUARANTEE)
    assert float(single["cpu"]["limit"]) == kit.CPU_LIMIT
    assert float(single["cpu"]["guarantee"]) == kit.CPU_GUARANTEE
    assert single["defaultUrl"] == "/lab"
    assert values["cull"] == {
        "enabled": True,
        "timeout": kit.SERVER_IDLE_TIMEOUT,
        "every": kit.CULL_EVERY,
    }
    spawner = values["hub"]["config"]["Spawner"]
    assert spawner == {"start_timeout": kit.START_TIMEOUT, "http_timeout": kit.HTTP_TIMEOUT}
    extra = single["extraFiles"]["course-server-config"]
    assert extra["mountPath"].startswith("/etc/jupyter/jupyter_server_config.d/")
    assert extra["data"] == kit.server_settings()


def test_server_settings_are_real_traits():
    from jupyter_server.services.kernels.kernelmanager import MappingKernelManager
    from jupyterlab.labapp import LabApp

    classes = {"MappingKernelManager": MappingKernelManager, "LabApp": LabApp}
    for section, options in kit.server_settings().items():
        traits = classes[section].class_traits(config=True)
        for name, value in options.items():
            assert name in traits, f"{section}.{name} is not a setting"
            traits[name].validate(None, value)  # raises if the value is not allowed
    assert kit.server_settings()["MappingKernelManager"]["cull_idle_timeout"] > 0


def test_apply_adds_the_culler_once():
    c = Config()
    kit.apply(c)
    assert c.Spawner.default_url == "/lab" and c.Spawner.mem_limit == kit.MEM_LIMIT
    assert c.Spawner.args == kit.server_args()
    (culler,) = [s for s in c.JupyterHub.services if s["name"] == "idle-culler"]
    assert f"--timeout={kit.SERVER_IDLE_TIMEOUT}" in culler["command"]
    assert any(r["name"] == "idle-culler" for r in c.JupyterHub.load_roles)
    # under TLJH, whose own culler ("cull-idle") is already configured, none is added
    tljh = Config()
    tljh.JupyterHub.services = [{"name": "cull-idle", "command": ["x"]}]
    kit.apply(tljh)
    assert [s["name"] for s in tljh.JupyterHub.services] == ["cull-idle"]


def test_nbgitpuller_is_pinned_the_same_everywhere():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (pin,) = [
        Requirement(r)
        for r in pyproject["project"]["optional-dependencies"]["hub"]
        if "nbgitpuller" in r
    ]
    for name, text in {"setup.sh": SETUP, "Dockerfile": DOCKERFILE}.items():
        found = {Requirement(m) for m in re.findall(r'"(nbgitpuller[^"]*)"', text)}
        assert found == {pin}, f"{name} installs {found}, pyproject.toml's hub extra {pin}"


def test_tljh_script_is_valid_bash_and_stops_on_errors():
    subprocess.run(["bash", "-n", str(DEPLOY / "tljh" / "setup.sh")], check=True)
    assert "set -euo pipefail" in SETUP
    assert os.access(DEPLOY / "tljh" / "setup.sh", os.X_OK)


def test_image_points_the_helpers_at_its_data(tmp_path):
    """The Z2JH image installs the package into site-packages and sets COURSE_DATA_DIR."""
    (found,) = re.findall(r"^ENV COURSE_DATA_DIR=(\S+)$", DOCKERFILE, re.M)
    assert found == "/srv/course/data"
    assert "install -D -m 644 /srv/course/deploy/jupyter_server_config.json" in DOCKERFILE
    # and course.data honours the variable
    code = "from course import data; print(data.DATA_DIR)"
    env = dict(os.environ, COURSE_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == str(tmp_path), out.stderr
