#!/usr/bin/env bash
# The course on The Littlest JupyterHub (TLJH): one VM, up to about 30 participants.
# docs/hub.md says how to size the VM and make the link for the room.
#
# On a fresh Ubuntu VM, as root, first install TLJH (its own installer), then run this:
#   curl -L https://tljh.jupyter.org/bootstrap.py | sudo python3 - --admin FACILITATOR
#   git clone --depth 1 https://github.com/important-customer/course /srv/course
#   sudo bash /srv/course/deploy/tljh/setup.sh [REPO_URL] [BRANCH]
#
# It installs the course into the participants' environment, turns idle-kernel culling on
# in each server, and sets TLJH's limits and idle culler to the numbers in
# deploy/jupyterhub_config.py (tests/integration/test_deploy.py checks that they agree).
set -euo pipefail

REPO="${1:-https://github.com/important-customer/course}"
BRANCH="${2:-main}"
COURSE=/srv/course              # one read-only copy: the helpers and course packages and the data
USER_ENV=/opt/tljh/user         # TLJH's environment for the participants' servers

if [ "$(id -u)" -ne 0 ]; then
  echo "FAIL: run as root: sudo bash $0" >&2; exit 1
fi
if ! command -v tljh-config >/dev/null 2>&1; then
  echo "FAIL: TLJH is not installed here. Install it first (see the top of this file)." >&2; exit 1
fi
if ! "$USER_ENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "FAIL: the course needs Python 3.11+ in $USER_ENV; this TLJH has" \
       "$("$USER_ENV/bin/python" --version). Use a newer TLJH release (docs/hub.md)." >&2
  exit 1
fi

# 1. The course, once, for everyone: participants import its helpers and read its data from
#    here; each participant's own notebooks come from the nbgitpuller link (docs/hub.md).
if [ -d "$COURSE/.git" ]; then
  git -C "$COURSE" fetch --depth 1 origin "$BRANCH"
  git -C "$COURSE" reset --hard FETCH_HEAD
else
  git clone --depth 1 --branch "$BRANCH" "$REPO" "$COURSE"
fi

# 2. The course's packages (pinned in pyproject.toml) and nbgitpuller, for the participants.
"$USER_ENV/bin/pip" install --no-cache-dir -e "$COURSE" "nbgitpuller>=1.3,<1.4"
"$USER_ENV/bin/python" -c "import matplotlib.font_manager as fm; fm.findfont('DejaVu Sans')"

# 3. Each participant's server: idle kernels are shut down after 45 minutes (their files
#    stay), and JupyterLab does not offer to install extensions.
install -D -m 644 "$COURSE/deploy/jupyter_server_config.json" \
  "$USER_ENV/etc/jupyter/jupyter_server_config.d/course.json"

# 4. Limits per participant and the idle culler (numbers from deploy/jupyterhub_config.py).
tljh-config set limits.memory 1G
tljh-config set limits.cpu 1
tljh-config set services.cull.enabled true
tljh-config set services.cull.timeout 7200
tljh-config set services.cull.every 300
tljh-config set user_environment.default_app jupyterlab
# Participants choose their own name and password on first login (FirstUseAuthenticator).
tljh-config set auth.type firstuseauthenticator.FirstUseAuthenticator
tljh-config reload
tljh-config reload proxy

echo "OK: the course is on this hub. Make the participants' link with:"
echo "  python3 $COURSE/tools/hub_link.py https://YOUR-HUB-ADDRESS --repo $REPO --branch $BRANCH"
