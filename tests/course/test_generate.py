"""`python -m course.generate OUTDIR` reproduces every committed data file byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from course.data import DATA_DIR


def test_generate_reproduces_committed_data(tmp_path: Path):
    subprocess.run(
        [sys.executable, "-m", "course.generate", str(tmp_path)], check=True, capture_output=True
    )
    committed = sorted(p.name for p in DATA_DIR.glob("*.csv*"))
    produced = sorted(p.name for p in tmp_path.glob("*.csv*"))
    assert produced == committed
    for name in committed:
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name
