"""The course's JupyterHub settings for a workshop room (docs/hub.md explains each number).

Used three ways:

* on one VM with plain JupyterHub: ``jupyterhub -f deploy/jupyterhub_config.py`` after
  choosing an authenticator and a spawner that enforces limits (docs/hub.md);
* by the room test (``tests/integration/test_hub.py``, ``tools/hub_room.py``), which loads this file and
  only adds what a laptop test needs: the dummy authenticator, a local process spawner and
  ports on 127.0.0.1;
* as the one source of the numbers that ``deploy/tljh/setup.sh`` (The Littlest JupyterHub)
  and ``deploy/z2jh/values.yaml`` (Zero to JupyterHub on Kubernetes) repeat;
  ``tests/integration/test_deploy.py`` checks they agree.

What it sets:

* each participant's server opens JupyterLab;
* a memory and CPU limit per participant (enforced by SystemdSpawner on TLJH and by
  Kubernetes on Z2JH; a plain local spawner only passes them on as ``MEM_LIMIT`` and
  ``CPU_LIMIT``);
* idle kernels are shut down by each server (``deploy/jupyter_server_config.json``, which
  also turns off installing JupyterLab extensions from the room), and
  idle servers by the hub's idle culler (``jupyterhub-idle-culler``);
* room-sized start-up timeouts: 30 people logging in in the same minute.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --- the numbers (measured: docs/hub.md, "Sizing the VM") ---------------------------------
MEM_LIMIT = "1G"  # per participant: server + kernels; measured peak for one notebook ~0.4 GiB
MEM_GUARANTEE = "512M"  # what Kubernetes reserves per participant (Z2JH only)
CPU_LIMIT = 1.0  # at most one core per participant, so one busy kernel cannot stall the room
CPU_GUARANTEE = 0.1  # Kubernetes reservation (Z2JH only); a room of 30 fits on 4 cores
SERVER_IDLE_TIMEOUT = 2 * 60 * 60  # s: a server idle this long is stopped (files are kept)
CULL_EVERY = 5 * 60  # s: how often the culler looks
START_TIMEOUT = 180  # s: a server may take this long to start when the whole room logs in
HTTP_TIMEOUT = 120  # s: ... and this long to answer its first request


def server_settings() -> dict:
    """Each participant's server settings (``deploy/jupyter_server_config.json``): idle
    kernels shut down after ``cull_idle_timeout`` s, and no extension installs from the room."""
    return json.loads((HERE / "jupyter_server_config.json").read_text(encoding="utf-8"))


def server_args() -> list[str]:
    """The server settings as command-line options for each participant's server."""
    args = []
    for section, options in server_settings().items():
        for name, value in options.items():
            args.append(f"--{section}.{name}={value}")
    return args


def culler_service(python: str = sys.executable) -> dict:
    """The jupyterhub-idle-culler service, run by the hub with ``python``."""
    return {
        "name": "idle-culler",
        "command": [
            python,
            "-m",
            "jupyterhub_idle_culler",
            f"--timeout={SERVER_IDLE_TIMEOUT}",
            f"--cull-every={CULL_EVERY}",
        ],
    }


CULLER_ROLE = {
    "name": "idle-culler",
    "description": "Stop servers that have been idle for SERVER_IDLE_TIMEOUT seconds",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}


def apply(c) -> None:
    """Put the course's settings into a JupyterHub config object ``c``."""
    c.Spawner.default_url = "/lab"
    c.Spawner.mem_limit = MEM_LIMIT
    c.Spawner.cpu_limit = CPU_LIMIT
    c.Spawner.args = [*server_args()]
    c.Spawner.start_timeout = START_TIMEOUT
    c.Spawner.http_timeout = HTTP_TIMEOUT
    services = list(c.JupyterHub.services) if "services" in c.JupyterHub else []
    if not any(s.get("name") in {"idle-culler", "cull-idle"} for s in services):
        services.append(culler_service())
        roles = list(c.JupyterHub.load_roles) if "load_roles" in c.JupyterHub else []
        c.JupyterHub.load_roles = [*roles, CULLER_ROLE]
    c.JupyterHub.services = services


if "get_config" in globals():  # loaded by JupyterHub (not imported by a test)
    apply(get_config())  # noqa: F821 - JupyterHub provides get_config
