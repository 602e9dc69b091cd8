"""Make the nbgitpuller link that gives each workshop participant their own copy of the course.

    python tools/hub_link.py https://hub.example.org
    python tools/hub_link.py https://hub.example.org --repo https://github.com/ORG/course \\
        --branch workshop-2026-12 --notebook notebooks/00_welcome.ipynb

Opening the link logs the participant in (if needed), starts their server, clones the
course into ``~/course`` the first time (later clicks merge updates and keep their edits:
nbgitpuller's rules) and opens the notebook in JupyterLab. Share it as a short link or
QR code on the first slide.
"""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlencode, urlsplit

DEFAULT_REPO = "https://github.com/important-customer/course"
DEFAULT_BRANCH = "main"
DEFAULT_NOTEBOOK = "notebooks/00_welcome.ipynb"
TARGET = "course"  # the folder in each participant's home


def make_link(
    hub_url: str,
    *,
    repo: str = DEFAULT_REPO,
    branch: str = DEFAULT_BRANCH,
    notebook: str = DEFAULT_NOTEBOOK,
    targetpath: str = TARGET,
) -> str:
    """Return the nbgitpuller link for a hub.

    ``hub_url`` is the hub's address (``https://hub.example.org``, with or without a
    trailing ``/`` or a base path such as ``/jupyter``); ``notebook`` is a path inside the
    repository. Raises ``ValueError`` naming the problem for an address that is not
    http(s), an empty repository or branch, or a notebook path that is absolute or leaves
    the repository.

    >>> make_link("https://hub.example.org", branch="main")  # doctest: +NORMALIZE_WHITESPACE
    'https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fimportant-customer%2Fcourse&branch=main&targetpath=course&urlpath=lab%2Ftree%2Fcourse%2Fnotebooks%2F00_welcome.ipynb'
    """
    parts = urlsplit(hub_url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(
            f"hub address {hub_url!r} must start with https:// (or http://) and name a host, "
            "e.g. https://hub.example.org"
        )
    if not repo.strip():
        raise ValueError("repo is empty: give the course repository's clone URL")
    if not branch.strip():
        raise ValueError("branch is empty: give the branch or tag the room should use")
    if notebook.startswith("/") or ".." in notebook.split("/"):
        raise ValueError(
            f"notebook {notebook!r} must be a path inside the repository, "
            "e.g. notebooks/00_welcome.ipynb"
        )
    query = urlencode(
        {
            "repo": repo,
            "branch": branch,
            "targetpath": targetpath,
            "urlpath": f"lab/tree/{targetpath}/{notebook}",
        }
    )
    return f"{hub_url.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("hub_url", help="the hub's address, e.g. https://hub.example.org")
    parser.add_argument("--repo", default=DEFAULT_REPO, help="the course repository to clone")
    parser.add_argument("--branch", default=DEFAULT_BRANCH, help="branch or tag to clone")
    parser.add_argument("--notebook", default=DEFAULT_NOTEBOOK, help="notebook to open")
    args = parser.parse_args(argv)
    try:
        print(make_link(args.hub_url, repo=args.repo, branch=args.branch, notebook=args.notebook))
    except ValueError as error:
        print(f"FAIL: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
