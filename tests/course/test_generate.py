"""`python -m course.generate OUTDIR` reproduces every committed data file byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

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


def test_data_is_small():
    total = sum(p.stat().st_size for p in DATA_DIR.glob("*.csv*"))
    assert total < 10 * 1024 * 1024, f"data/ holds {total / 1e6:.1f} MB"


@pytest.mark.parametrize(
    "name, filename, dates",
    [
        ("users", "users.csv", ["signup_at"]),
        ("events", "events.csv.gz", ["timestamp"]),
        ("rides", "rides.csv.gz", ["reserved_at", "start_at", "return_at"]),
        ("payments", "payments.csv.gz", ["paid_at"]),
        ("ab_test", "ab_test.csv", ["assigned_at"]),
        ("calendar", "calendar.csv", ["date"]),
    ],
)
def test_the_fast_reader_gives_what_pandas_reads(name, filename, dates):
    """course.data reads with pyarrow's CSV reader (faster); the frame is the one pandas' own
    reader gives: same columns, dtypes (datetime64[us], categories in the same order), values
    and missing values."""
    from course import data

    cats = data._CATEGORIES.get(name, {})
    dtypes = {c: pd.CategoricalDtype(order) if order else "category" for c, order in cats.items()}
    expected = pd.read_csv(DATA_DIR / filename, dtype=dtypes, engine="c")
    for col in dates:
        expected[col] = pd.to_datetime(expected[col], format="%Y-%m-%d %H:%M:%S")
    for col, order in cats.items():
        if col in expected.columns and not order:
            expected[col] = expected[col].cat.reorder_categories(
                sorted(expected[col].cat.categories)
            )
    got = data._read(name, filename, dates)
    pd.testing.assert_frame_equal(got, expected, check_exact=True, check_categorical=True)
    for col in expected.columns:
        assert got[col].dtype == expected[col].dtype, col
