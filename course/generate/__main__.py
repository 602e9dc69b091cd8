"""Regenerate every committed data file: ``python -m course.generate OUTDIR``.

With no OUTDIR the files are written to the repository's ``data/`` folder. The output is the
same, byte for byte, on every run (tests/course/test_generate.py checks it against ``data/``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from course.data import DATA_DIR
from course.generate import carshare, saas, voc


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DATA_DIR
    out.mkdir(parents=True, exist_ok=True)
    written = [*carshare.write(out), *saas.write(out), *voc.write(out)]
    for path in written:
        print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
