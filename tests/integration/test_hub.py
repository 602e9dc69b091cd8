"""A workshop room on this machine: JupyterHub with the course's settings, 10 users.

Everything runs on 127.0.0.1 (tools/hub_room.py): the hub loads deploy/jupyterhub_config.py
plus the dummy authenticator and a local spawner; 10 users log in through the REST API,
start their servers at once, pull their own copy of the course through the nbgitpuller
link, and run notebook 00 in a kernel of their own. The measurements are printed (memory
per user, start-up times) for docs/hub.md. Skipped where jupyterhub or configurable-http-proxy
is missing, unless KIT_REQUIRE_HUB=1 (as in CI), when that is a failure. Bounded: every wait has a timeout, and every
process is ended at the close, also on a failure.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "deploy"))

import hub_link  # noqa: E402
import hub_room  # noqa: E402
import jupyterhub_config as kit  # noqa: E402 - deploy/jupyterhub_config.py

N_USERS = 10


def test_link_names_the_repository_branch_and_notebook():
    link = hub_link.make_link(
        "https://hub.example.org/jupyter/", repo="https://git.example.org/course", branch="w1"
    )
    assert link.startswith("https://hub.example.org/jupyter/hub/user-redirect/git-pull?")
    assert "repo=https%3A%2F%2Fgit.example.org%2Fcourse" in link
    assert "branch=w1" in link and "targetpath=course" in link
    assert "urlpath=lab%2Ftree%2Fcourse%2Fnotebooks%2F00_welcome.ipynb" in link


@pytest.mark.parametrize(
    "kwargs, problem",
    [
        ({"hub_url": "hub.example.org"}, "must start with https://"),
        ({"hub_url": "https://"}, "must start with https://"),
        ({"hub_url": "https://h.org", "branch": " "}, "branch is empty"),
        ({"hub_url": "https://h.org", "repo": ""}, "repo is empty"),
        ({"hub_url": "https://h.org", "notebook": "../etc/passwd"}, "inside the repository"),
    ],
)
def test_link_rejects_bad_input_with_the_fix(kwargs, problem):
    with pytest.raises(ValueError, match=problem):
        hub_link.make_link(**kwargs)


def test_link_command_line(capsys):
    assert hub_link.main(["https://hub.example.org"]) == 0
    assert capsys.readouterr().out.strip() == hub_link.make_link("https://hub.example.org")
    assert hub_link.main(["hub.example.org"]) == 2
    assert "FAIL:" in capsys.readouterr().err


@pytest.fixture(scope="module")
def room():
    missing = hub_room.missing_requirements()
    if missing:
        msg = "hub test not run: needs " + "; ".join(missing)
        if os.environ.get("KIT_REQUIRE_HUB") == "1":
            pytest.fail(msg + " (KIT_REQUIRE_HUB=1, as in CI, so this is a failure)", pytrace=False)
        pytest.skip(msg + " (.ci/run installs them; KIT_REQUIRE_HUB=1 makes this a failure)")
    return hub_room.run_room(N_USERS, "notebooks/00_welcome.ipynb", timeout=240)


@pytest.mark.hub
@pytest.mark.slow
def test_ten_users_log_in_pull_the_course_and_run_notebook_00(room, capsys):
    with capsys.disabled():  # the figures docs/hub.md quotes, in the CI log
        print(f"\nHub rehearsal, {N_USERS} users, notebook 00:")
        for key, value in room.summary().items():
            print(f"  {key:28} {value}")
    assert len(room.users) == N_USERS
    restarted = [u.kernel_restarts for u in room.users if u.kernel_restarts]
    assert len(restarted) < N_USERS // 2, f"kernels died at start for most users: {restarted}"
    for user in room.users:
        assert not user.errors, f"{user.name}: {user.errors}"
        assert user.cells >= 10, f"{user.name} ran only {user.cells} cells"
        assert user.rss_mib > user.server_rss_mib > 0, "no kernel measured"


@pytest.mark.hub
@pytest.mark.slow
def test_room_runs_with_the_kits_limits_and_culling(room):

    assert room.culler_running, "the idle-culler service did not start"
    for user in room.users:
        for arg in kit.server_args():
            assert arg in user.server_args, f"{user.name}'s server lacks {arg}"
        # the limit the kit sets holds a user's server with two notebooks' kernels open
        two_notebooks = user.server_rss_mib + 2 * user.kernel_rss_mib
        assert two_notebooks < _bytes(kit.MEM_LIMIT) / 2**20, (two_notebooks, kit.MEM_LIMIT)


@pytest.mark.hub
@pytest.mark.slow
def test_room_leaves_nothing_running(room):
    assert room.left_running == [], f"processes the hub did not stop: {room.left_running}"
    import psutil

    for user in room.users:
        assert not [p for p in psutil.process_iter(["environ"]) if _is_room(p, user.name)]


def _is_room(proc, name: str) -> bool:
    try:
        return (proc.info.get("environ") or {}).get("JUPYTERHUB_USER") == name
    except Exception:  # noqa: BLE001
        return False


def _bytes(size: str) -> int:
    units = {"K": 2**10, "M": 2**20, "G": 2**30}
    return int(float(size[:-1]) * units[size[-1]]) if size[-1] in units else int(size)


def test_link_docstring_example():
    import doctest

    result = doctest.testmod(hub_link, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 1 and result.failed == 0
