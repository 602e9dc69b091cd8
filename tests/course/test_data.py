"""course.data: world 1's loaders - typed frames, fresh copies, test accounts left out, a
missing file that names its fix, and the fast reader that gives what pandas reads."""

from __future__ import annotations

import pandas as pd
import pytest

from course import data
from course.data import DATA_DIR


def test_each_load_is_a_fresh_copy():
    """A learner's edit to one loaded frame never leaks into the next load."""
    first = data.load_users()
    first.loc[first.index[0], "user_id"] = -1
    assert data.load_users()["user_id"].iloc[0] != -1


def test_test_accounts_are_left_out_unless_asked_for():
    users, everyone = data.load_users(), data.load_users(include_test=True)
    assert len(everyone) > len(users)
    assert set(users["user_id"]) < set(everyone["user_id"])
    events = data.load_events()
    assert not events["user_id"].isin(set(everyone["user_id"]) - set(users["user_id"])).any()


def test_nothing_happens_on_or_after_today():
    assert data.load_events()["timestamp"].max() < data.TODAY
    assert data.load_users()["signup_at"].max() < data.TODAY


def test_a_missing_file_names_the_command_that_writes_it(monkeypatch, tmp_path):
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    with pytest.raises(FileNotFoundError, match=r"kit\.py setup.*course\.generate"):
        data._read("calendar", "calendar.csv", ["date"])


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
