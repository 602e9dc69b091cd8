"""Load the course's synthetic data, typed and ready to use.

World 1 is *Bomcar* (봄카), a fictional car-sharing app; world 2 is *Dalbit* (달빛), a
fictional B2B chat/CRM tool. All data is synthetic: see ``data/README.md`` for every table
and column.

>>> users = load_users()
>>> users["signup_at"].dtype.kind   # real datetimes, not strings
'M'
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

DATA_DIR = Path(os.environ.get("COURSE_DATA_DIR", Path(__file__).resolve().parents[1] / "data"))

#: The data's fixed "today": world 1's event log ends the day before.
TODAY = pd.Timestamp("2025-07-01")
START = pd.Timestamp("2024-01-01")

EVENTS = [
    "app_open",
    "map_view",
    "time_set",
    "car_type_filter",
    "zone_click",
    "car_view",
    "reservation_attempt",
    "reservation",
    "payment_failure",
    "cancellation",
    "ride_start",
    "return",
    "accident_report",
    "coupon_use",
    "referral",
]

_CATEGORIES = {
    "users": {
        "channel": None,
        "region": None,
        "age_band": ["20-24", "25-29", "30-34", "35-44", "45+"],
        "membership": ["none", "subscriber"],
        "member_type": ["individual", "corporate"],
        "card_status": ["registered", "pending", "failed"],
        "licence_status": ["verified", "pending", "on_hold"],
    },
    "events": {
        "event": EVENTS,
        "zone": None,
        "car_type": None,
        "app_version": ["2.7", "2.8", "2.9", "3.0"],
    },
    "rides": {"zone": None, "car_type": None, "billing": ["per_ride", "monthly_invoice"]},
    "payments": {"kind": ["per_ride", "monthly_invoice"]},
    "ab_test": {"variant": ["control", "treatment"]},
    "calendar": {"kind": None},
    "voc": {
        "source": ["review", "ticket"],
        "stage": [
            "visit",
            "sign up",
            "search/browse",
            "reserve",
            "pay",
            "ride",
            "return",
            "come back",
            "recommend",
        ],
        "situation": [
            "pay-per-ride member",
            "subscriber",
            "corporate member",
            "associate member",
            "card failed",
            "licence on hold",
        ],
    },
}


def missing_data_message(path: Path) -> str:
    """What a learner reads when a data file is missing: the fix that works on their computer.

    ``python -m course.generate`` would fail with a Python that lacks pandas (the system one);
    ``kit.py setup`` uses the course's own environment and writes missing data again.

    >>> "kit.py setup" in missing_data_message(Path("data/users.csv"))
    True
    """
    kit = "py kit.py setup" if os.name == "nt" else "python3 kit.py setup"
    return (
        f"{path} is missing. In a terminal, in the course folder, run `{kit}`: it writes the "
        f"course data again (or, in this Python: `{sys.executable} -m course.generate`)."
    )


def _read(name: str, filename: str, dates: list[str]) -> pd.DataFrame:
    path = DATA_DIR / filename
    if not path.exists():
        raise FileNotFoundError(missing_data_message(path))
    cats = _CATEGORIES.get(name, {})
    # pyarrow's CSV reader (on all cores): times are parsed as read, categories are read as
    # dictionaries (fast, small); fixed orders are applied afterwards. Same frame as pandas'
    # C reader (tests/course/test_data.py checks it), in about half the time on the event log.
    types = {col: pa.timestamp("us") for col in dates}
    types |= {col: pa.dictionary(pa.int32(), pa.string()) for col in cats}
    # Arrow's own ISO 8601 parser reads "2024-01-05 09:00:00" (faster than a format string)
    options = pa_csv.ConvertOptions(column_types=types, strings_can_be_null=True)
    df = pa_csv.read_csv(path, convert_options=options).to_pandas()
    for col, order in cats.items():
        if col not in df.columns:
            continue
        if order:
            df[col] = df[col].cat.set_categories(order)
        else:
            df[col] = df[col].cat.reorder_categories(sorted(df[col].cat.categories))
    return df


@functools.cache
def _cached(name: str, filename: str, dates: tuple[str, ...]) -> pd.DataFrame:
    return _read(name, filename, list(dates))


def _load(name: str, filename: str, *dates: str) -> pd.DataFrame:
    # a fresh copy each call, so a learner's edits never leak into the next load
    return _cached(name, filename, dates).copy()


@functools.cache
def _test_ids() -> frozenset:
    users = _cached("users", "users.csv", ("signup_at",))
    return frozenset(users.loc[users["is_test"], "user_id"])


def _without_tests(df: pd.DataFrame, include_test: bool) -> pd.DataFrame:
    if include_test:
        return df
    return df[~df["user_id"].isin(_test_ids())].reset_index(drop=True)


def load_users(*, include_test: bool = False) -> pd.DataFrame:
    """Bomcar's users: one row per user, with sign-up time and attributes.

    Internal test accounts (``is_test``) are left out unless ``include_test=True``.
    """
    return _without_tests(_load("users", "users.csv", "signup_at"), include_test)


def load_events(*, include_test: bool = False) -> pd.DataFrame:
    """Bomcar's app event log: one row per event (user_id, session_id, timestamp, event, ...).

    Internal test accounts' events are left out unless ``include_test=True``.
    """
    return _without_tests(_load("events", "events.csv.gz", "timestamp"), include_test)


def load_rides(*, include_test: bool = False) -> pd.DataFrame:
    """Bomcar's completed rides, with fare (KRW) and how each is billed."""
    rides = _load("rides", "rides.csv.gz", "reserved_at", "start_at", "return_at")
    return _without_tests(rides, include_test)


def load_payments(*, include_test: bool = False) -> pd.DataFrame:
    """Money received: per-ride card payments and monthly invoices (revenue by payment date)."""
    return _without_tests(_load("payments", "payments.csv.gz", "paid_at"), include_test)


def load_ab_test() -> pd.DataFrame:
    """The search-screen A/B test: one row per assigned user, with outcomes."""
    return _load("ab_test", "ab_test.csv", "assigned_at")


def load_calendar() -> pd.DataFrame:
    """What the company did and when: promotions, price changes, app releases."""
    return _load("calendar", "calendar.csv", "date")


def load_voc() -> pd.DataFrame:
    """Bomcar's voice of the customer: app-store reviews and CS tickets, one row per text.

    Columns ``id, source, date, stage, situation, rating, text_ko, text_en`` (see
    data/README.md); ``rating`` (1-5) is missing for tickets. Synthetic, like all the data.
    """
    voc = _load("voc", "voc.csv", "date")
    voc["rating"] = voc["rating"].astype("Int64")
    return voc
