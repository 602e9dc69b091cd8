"""`python -m helpers.generate OUTDIR` reproduces every committed data file byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers.data import DATA_DIR


def test_generate_reproduces_committed_data(tmp_path: Path):
    subprocess.run(
        [sys.executable, "-m", "helpers.generate", str(tmp_path)], check=True, capture_output=True
    )
    committed = sorted(p.name for p in DATA_DIR.glob("*.csv*"))
    produced = sorted(p.name for p in tmp_path.glob("*.csv*"))
    assert produced == committed
    for name in committed:
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name


def test_data_is_small():
    total = sum(p.stat().st_size for p in DATA_DIR.glob("*.csv*"))
    assert total < 10 * 1024 * 1024, f"data/ holds {total / 1e6:.1f} MB"
