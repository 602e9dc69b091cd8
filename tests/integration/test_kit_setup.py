"""kit.py check / setup and its installs behind proxies and company certificates.

No test here reaches the internet: the "package index" and the "proxy" are closed ports or
a small HTTPS server on 127.0.0.1.
"""

from __future__ import annotations

import http.server
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import kit

ROOT = Path(__file__).resolve().parents[2]


def copy_kit(tmp_path: Path) -> Path:
    """kit.py, tools/check_env.py and pyproject.toml in a fresh folder without .venv."""
    for rel in ("kit.py", "tools/check_env.py", "pyproject.toml"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, tmp_path / rel)
    return tmp_path


def run_kit(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(folder / "kit.py"), *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )


# --------------------------------------------------------------------------- check


def test_check_before_setup_says_so_and_installs_nothing(tmp_path):
    folder = copy_kit(tmp_path)
    proc = run_kit(folder, "check")
    lines = proc.stdout.splitlines()
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert lines[0].startswith("OK   python 3.")
    assert lines[1].startswith("OK   folder ")
    assert lines[2].startswith("FAIL set-up: set-up has not run in this folder yet")
    launcher = "py" if os.name == "nt" else "python3"
    assert lines[2].endswith(f"-> fix: {launcher} kit.py setup"), lines[2]
    assert not (folder / ".venv").exists()  # check never installs
    assert "Installing" not in proc.stdout and "Creating" not in proc.stdout


def test_check_from_another_folder_names_kit_py_by_its_full_path(tmp_path):
    folder = copy_kit(tmp_path / "my course")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = subprocess.run(
        [sys.executable, str(folder / "kit.py"), "check"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
    )
    fix = proc.stdout.splitlines()[-1].split(" -> fix: ")[1]
    if os.name == "nt":
        assert fix.endswith(f'"{folder / "kit.py"}" setup'), fix
    else:
        assert fix == f"python3 '{folder / 'kit.py'}' setup", fix


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for a broken .venv Python")
def test_check_with_a_broken_venv_says_start_afresh(tmp_path):
    folder = copy_kit(tmp_path)
    python = folder / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("#!/bin/sh\nexit 3\n")  # e.g. the Python it was made with was removed
    python.chmod(0o755)
    proc = run_kit(folder, "check")
    assert proc.returncode == 1
    line = proc.stdout.splitlines()[-1]
    assert line.startswith("FAIL set-up: ") and "is broken" in line, proc.stdout
    assert line.endswith("-> fix: python3 kit.py setup --fresh")


def test_check_runs_the_venv_check_and_never_installs(monkeypatch, capfd):
    def no_install(*args, **kwargs):
        raise AssertionError("kit.py check must not install")

    monkeypatch.setattr(kit, "ensure_venv", no_install)
    monkeypatch.setattr(kit, "pip_install", no_install)
    assert kit.cmd_check(["--no-data"]) == 0
    out = capfd.readouterr().out
    assert "OK   pandas " in out and "FAIL" not in out


def test_setup_always_runs_pip_again(monkeypatch, tmp_path):
    """After a FAIL, 'kit.py setup' must reinstall: it drops the stamp that skips pip."""
    venv = tmp_path / ".venv"
    venv.mkdir()
    for extras in ("base", "test"):
        (venv / f".installed-{extras}").write_text("digest")
    seen = {}

    def fake_ensure_venv(extras):
        seen["stamps"] = sorted(p.name for p in venv.glob(".installed-*"))
        return Path(sys.executable)

    monkeypatch.setattr(kit, "VENV", venv)
    monkeypatch.setattr(kit, "ensure_venv", fake_ensure_venv)
    monkeypatch.setattr(kit.subprocess, "call", lambda *a, **k: 0)  # data present
    monkeypatch.setattr(kit, "cmd_check", lambda args: 0)
    assert kit.cmd_setup([]) == 0
    assert seen["stamps"] == []


def test_setup_fresh_deletes_the_venv_even_with_read_only_files(monkeypatch, tmp_path):
    venv = tmp_path / ".venv"
    (venv / "lib").mkdir(parents=True)
    locked = venv / "lib" / "locked.txt"
    locked.write_text("x")
    locked.chmod(0o400)
    seen = {}
    monkeypatch.setattr(kit, "VENV", venv)
    monkeypatch.setattr(
        kit, "ensure_venv", lambda extras: seen.setdefault("gone", not venv.exists())
    )
    monkeypatch.setattr(kit.subprocess, "call", lambda *a, **k: 0)
    monkeypatch.setattr(kit, "cmd_check", lambda args: 0)
    kit.cmd_setup(["--fresh"])
    assert seen["gone"]


def test_the_bundle_wheelhouse_means_no_index(monkeypatch, tmp_path):
    monkeypatch.setattr(kit, "WHEELHOUSE", tmp_path / "wheelhouse")
    assert kit.wheelhouse_options() == []
    (tmp_path / "wheelhouse").mkdir()
    (tmp_path / "wheelhouse" / "pip-26.0-py3-none-any.whl").write_bytes(b"")
    assert kit.wheelhouse_options() == ["--no-index", "--find-links", str(tmp_path / "wheelhouse")]


# --------------------------------------------------------------------------- pip's settings


@pytest.fixture
def closed_port():
    """A localhost port where nothing listens: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def pip_env(tmp_path: Path, **settings: str) -> dict[str, str]:
    """This environment without any pip or proxy settings of its own, plus ``settings``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.upper().startswith("PIP_")
        and k.upper() not in {"HTTPS_PROXY", "HTTP_PROXY"}
        and k.upper() not in {"NO_PROXY", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"}
    }
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        PIP_RETRIES="1",
        PIP_TIMEOUT="10",
        PIP_NO_CACHE_DIR="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    env.update(settings)
    return env


def failed_install(env: dict[str, str], capsys) -> str:
    with pytest.raises(SystemExit) as stop:
        kit.pip_install(sys.executable, ["--dry-run", "--quiet", "no-such-package-for-kit"], env)
    assert stop.value.code != 0
    return capsys.readouterr().out


def test_an_unreachable_index_is_explained_with_proxy_and_certificate_fixes(
    tmp_path, closed_port, capsys
):
    """PIP_INDEX_URL (pip's own setting) is passed through; pip's failure is explained."""
    env = pip_env(tmp_path, PIP_INDEX_URL=f"http://127.0.0.1:{closed_port}/simple")
    out = failed_install(env, capsys)
    assert f"FAIL set-up: pip could not reach the package index (127.0.0.1:{closed_port})" in out
    assert "pip config set global.proxy http://PROXY-HOST:PORT" in out
    assert "pip config set global.cert " in out
    assert "offline bundle" in out
    assert out.rstrip().endswith("kit.py check")


@pytest.mark.parametrize("where", ["PIP_PROXY", "HTTPS_PROXY", "pip.conf"])
def test_a_dead_proxy_is_named(tmp_path, closed_port, capsys, where):
    """A proxy set in PIP_PROXY, HTTPS_PROXY or pip's config file is used, and named."""
    proxy = f"http://127.0.0.1:{closed_port}"
    if where != "pip.conf":
        env = pip_env(tmp_path, **{where: proxy})
    else:
        conf = tmp_path / "pip.conf"
        conf.write_text(f"[global]\nproxy = {proxy}\n")
        env = pip_env(tmp_path, PIP_CONFIG_FILE=str(conf))
    env["PIP_INDEX_URL"] = "https://pypi.org/simple"  # never reached: the proxy is asked first
    out = failed_install(env, capsys)
    assert "FAIL set-up: pip could not get through the proxy" in out
    assert f"the proxy pip was given, {proxy}, does not answer" in out


@pytest.fixture
def https_index(tmp_path):
    """An HTTPS 'index' on 127.0.0.1 with a self-signed certificate (as TLS inspection shows)."""
    if not shutil.which("openssl"):
        pytest.skip("needs the openssl command to make a certificate")
    cert, key = tmp_path / "company-root.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/simple", cert
    server.shutdown()


def test_an_untrusted_certificate_is_explained_and_pip_cert_is_honoured(https_index, capsys):
    url, cert = https_index
    out = failed_install(pip_env(Path(), PIP_INDEX_URL=url), capsys)
    assert "FAIL set-up: pip does not trust the certificate it was shown" in out
    assert "pip config set global.cert " in out
    # With the company certificate given the pip way, TLS passes (the server then has no
    # such package, a different failure).
    for setting in ("PIP_CERT", "REQUESTS_CA_BUNDLE"):
        out = failed_install(pip_env(Path(), PIP_INDEX_URL=url, **{setting: str(cert)}), capsys)
        assert "certificate" not in out.split("FAIL set-up:")[1].split(".")[0], setting
        assert "CERTIFICATE_VERIFY_FAILED" not in out, setting


# --------------------------------------------------------------------------- messages per OS


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
@pytest.mark.parametrize(
    ("pip_says", "reason"),
    [
        ("SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED]", "certificate"),
        ("ProxyError('Cannot connect to proxy.'", "proxy"),
        ("403 Client Error: Forbidden for url: https://pypi.org/simple/pip/", "refused"),
        ("ERROR: [WinError 5] Access is denied: 'C:\\\\course\\\\.venv'", "locked"),
        ("OSError: [Errno 28] No space left on device", "disk is full"),
        ("getaddrinfo failed", "could not reach"),
    ],
)
def test_failure_messages_use_that_os_commands(platform, pip_says, reason):
    text = kit.explain_pip_failure(pip_says, (26, 3), platform)
    assert text.lstrip().startswith("FAIL set-up: ") and reason in text.splitlines()[1]
    commands = [line.strip() for line in text.splitlines() if line.startswith("      ")]
    assert commands, text
    for command in commands:
        if platform == "win32":
            assert command.startswith("py "), command
            assert "python3" not in command and "~/" not in command
        else:
            assert command.startswith("python3 "), command
            assert "C:\\" not in command


def test_an_old_pip_behind_tls_inspection_gets_a_newer_python():
    """pip before 24.2 does not read the system certificate store (where IT puts theirs)."""
    text = kit.explain_pip_failure("CERTIFICATE_VERIFY_FAILED", (24, 0), "win32")
    assert "This set-up's pip is 24.0, older" in text
    assert "py kit.py setup --fresh" in text
    newer = kit.explain_pip_failure("CERTIFICATE_VERIFY_FAILED", (26, 3), "win32")
    assert "This set-up's pip" not in newer and "global.cert" in newer


# --------------------------------------------------------------------------- the docs


@pytest.mark.parametrize("doc", ["README.md", "README.ko.md", "docs/setup.md", "docs/preflight.md"])
def test_the_set_up_docs_name_only_real_kit_commands(doc):
    text = (ROOT / doc).read_text(encoding="utf-8")
    used = set(re.findall(r"\b(?:py|python3(?:\.\d+)?) kit\.py (\w+)", text))
    assert used, doc
    source = (ROOT / "kit.py").read_text(encoding="utf-8")
    for command in used:
        assert f'what == "{command}"' in source, (doc, command)


def test_pip_install_hides_setuptools_editable_box_but_keeps_the_users_warnings(monkeypatch):
    """The editable install's boxed "!!" warning alarms learners; pip gets a filter for it only."""
    seen = {}

    class FakePopen:
        def __init__(self, cmd, env=None, **kwargs):
            seen["env"] = env
            self.stdout = iter(())

        def wait(self):
            return 0

    monkeypatch.setattr(kit.subprocess, "Popen", FakePopen)
    monkeypatch.setenv("PYTHONWARNINGS", "default")
    kit.pip_install(sys.executable, ["--quiet", "-e", "."])
    assert seen["env"]["PYTHONWARNINGS"] == "default,ignore:Editable installation"
    assert "PATH" in seen["env"]  # the rest of the environment (proxies, certificates) passes on


# --------------------------------------------------------------------------- extras


def _pyproject() -> dict:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_kit_test_installs_every_extra_and_says_so_to_the_tests(monkeypatch):
    """The README's one command must set up every test: a new extra must join TEST_EXTRAS."""
    extras = set(_pyproject()["project"]["optional-dependencies"])
    assert set(kit.TEST_EXTRAS.split(",")) == extras
    seen = {"calls": []}

    def fake_ensure_venv(wanted):
        seen["extras"] = wanted
        return Path(sys.executable)

    def fake_call(cmd, cwd=None, env=None):
        seen["calls"].append((cmd, env))
        return 0

    monkeypatch.setattr(kit, "ensure_venv", fake_ensure_venv)
    monkeypatch.setattr(kit.subprocess, "call", fake_call)
    assert kit.main(["kit.py", "test", "-x"]) == 0
    assert seen["extras"] == kit.TEST_EXTRAS
    pytest_cmd, env = seen["calls"][-1]
    assert pytest_cmd[1:4] == ["-m", "pytest", "--nbval-lax"] and pytest_cmd[-1] == "-x"
    assert env[kit.ALL_EXTRAS_ENV] == "1"


def test_the_stamp_of_several_extras_is_one_file_name(monkeypatch, tmp_path):
    venv = tmp_path / ".venv"
    installs = []
    monkeypatch.setattr(kit, "VENV", venv)
    monkeypatch.setattr(kit, "venv_python", lambda: Path(sys.executable))
    monkeypatch.setattr(kit, "pip_install", lambda py, args: installs.append(args))
    venv.mkdir()
    kit.ensure_venv(kit.TEST_EXTRAS)
    assert [p.name for p in venv.glob(".installed-*")] == [
        ".installed-" + kit.TEST_EXTRAS.replace(",", "+")
    ]
    assert installs[-1] == ["--quiet", "-e", f".[{kit.TEST_EXTRAS}]"]
    kit.ensure_venv(kit.TEST_EXTRAS)  # nothing changed: pip does not run again
    assert len(installs) == 2


def test_the_test_extra_leaves_out_the_heavy_tools():
    """A contributor's `pip install -e ".[test]"`: no Spark, browser driver, repo2docker, hub."""
    from packaging.requirements import Requirement

    optional = _pyproject()["project"]["optional-dependencies"]
    names = {Requirement(r).name for r in optional["test"]}
    heavy = {"pyspark", "playwright", "jupyter-repo2docker", "jupyterhub"}
    assert not names & heavy, names & heavy
    for extra, package in [("spark", "pyspark"), ("browser", "playwright")]:
        assert package in {Requirement(r).name for r in optional[extra]}, extra
    assert {Requirement(r).name for r in optional["binder"]} == {"jupyter-repo2docker"}


def test_bench_imports_only_the_course_and_the_bench_extra():
    """bench/ runs on the runtime dependencies plus the bench extra (empty today)."""
    import ast
    from importlib.metadata import packages_distributions

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = _pyproject()["project"]
    declared = {
        canonicalize_name(Requirement(r).name)
        for r in [*project["dependencies"], *project["optional-dependencies"]["bench"]]
    }
    declared.add(canonicalize_name(project["name"]))
    provided = packages_distributions()
    missing = {}
    for path in sorted((ROOT / "bench").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                if top in sys.stdlib_module_names or top == "__future__" or top == "helpers":
                    continue
                dists = {canonicalize_name(d) for d in provided.get(top, [top])}
                if not dists & declared:
                    missing.setdefault(path.name, set()).add(top)
    assert not missing, (
        f"bench/ imports packages no dependency or the bench extra declares: {missing}"
    )


def test_a_missing_extra_skips_for_a_contributor_and_fails_in_the_full_run(monkeypatch):
    from tests.extras import import_extra

    monkeypatch.delenv(kit.ALL_EXTRAS_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match=r'pip install -e "\.\[binder\]"'):
        import_extra("no_such_module_for_kit", "binder")
    monkeypatch.setenv(kit.ALL_EXTRAS_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=r"kit.py test installs every extra"):
        import_extra("no_such_module_for_kit", "binder")
    assert import_extra("json", "test").dumps([1]) == "[1]"
