"""Small synthetic event exports in the schemas of common analytics tools (seeded, no network).

Each writer makes the same little product log - ``users`` users opening an app, viewing items,
adding to cart and buying over ``days`` days - in one tool's export layout, following the
tools' public schema documentation: GA4's BigQuery export (``user_pseudo_id``,
``event_timestamp`` in UTC microseconds, ``event_name``, nested ``event_params``), Amplitude's
export (JSON lines: ``user_id``, ``device_id``, ``event_time`` text, ``event_type``), Mixpanel's
export (JSON lines: ``event`` and a ``properties`` record with ``distinct_id`` and ``time`` in
Unix seconds), PostHog's CSV export (``distinct_id``, ``timestamp`` ISO with ``Z``, ``event``)
and Segment's (JSON lines: ``userId`` or ``anonymousId``, ``timestamp``, ``event``). A few
anonymous rows (no user), as in real exports.

:func:`truth` is the log they all hold, as a pandas DataFrame with ``user_id``, ``timestamp``
and ``event``, so a test can compare what a preset reads with what was written.

>>> t = truth(users=5, seed=1)
>>> list(t.columns), t["user_id"].nunique()
(['user_id', 'timestamp', 'event'], 5)
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

EVENTS = ("app_open", "view_item", "add_to_cart", "purchase")
TOOLS = ("ga4", "amplitude", "mixpanel", "posthog", "segment")


def truth(users: int = 60, days: int = 120, seed: int = 13) -> pd.DataFrame:
    """The log every fixture holds: per user a few sessions of open -> view -> cart -> buy."""
    rng = np.random.default_rng(seed)
    rows = []
    start = pd.Timestamp("2024-01-01")
    for u in range(users):
        first = start + pd.Timedelta(seconds=int(rng.integers(0, 30 * 86_400)))
        for s in range(int(rng.integers(1, 8))):
            t = first + pd.Timedelta(seconds=int(rng.integers(0, days * 86_400)) * (s > 0))
            for e in EVENTS[: int(rng.integers(1, 5))]:
                rows.append((f"u{u:04d}", t, e))
                t += pd.Timedelta(seconds=int(rng.integers(5, 600)))
    out = pd.DataFrame(rows, columns=["user_id", "timestamp", "event"])
    out["timestamp"] = out["timestamp"].astype("datetime64[us]")
    return out.sort_values(["user_id", "timestamp"], kind="stable").reset_index(drop=True)


def _iso(ts: pd.Series, sep: str = "T", zulu: bool = True) -> list[str]:
    text = ts.dt.strftime(f"%Y-%m-%d{sep}%H:%M:%S.%f").str[:-3]
    return (text + ("Z" if zulu else "")).tolist()


def write(tool: str, folder: str | Path, *, users: int = 60, seed: int = 13) -> Path:
    """Write :func:`truth` in ``tool``'s export layout into ``folder``; returns the file."""
    if tool not in TOOLS:
        raise ValueError(f"write(): tool must be one of {TOOLS}, got {tool!r}.")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    log = truth(users=users, seed=seed)
    anon = pd.DataFrame(
        {
            "user_id": [None, None],
            "timestamp": pd.to_datetime(["2024-02-01 10:00", "2024-02-02 11:00"]),
            "event": ["app_open", "view_item"],
        }
    ).astype({"timestamp": "datetime64[us]"})
    full = pd.concat([log, anon], ignore_index=True)
    micros = full["timestamp"].astype("int64")
    if tool == "ga4":
        import pyarrow as pa
        import pyarrow.parquet as pq

        params = [
            [
                {
                    "key": "page_location",
                    "value": {"string_value": f"/item/{i % 7}", "int_value": None},
                },
                {"key": "ga_session_id", "value": {"string_value": None, "int_value": i}},
            ]
            for i in range(len(full))
        ]
        table = pa.table(
            {
                "event_date": full["timestamp"].dt.strftime("%Y%m%d"),
                "event_timestamp": pa.array(micros, pa.int64()),
                "event_name": full["event"],
                "event_params": params,
                "user_pseudo_id": full["user_id"].fillna("(not set)"),
                "platform": ["WEB"] * len(full),
            }
        )
        path = folder / "events_20240101.parquet"
        pq.write_table(table, path)
        return path
    if tool == "posthog":
        frame = pd.DataFrame(
            {
                "uuid": [f"0189-{i:08d}" for i in range(len(full))],
                "event": full["event"],
                "distinct_id": full["user_id"],
                "timestamp": _iso(full["timestamp"]),
                "properties": "{}",
            }
        )
        path = folder / "posthog_events.csv"
        frame.to_csv(path, index=False)
        return path
    records = []
    for i, (user, when, event) in enumerate(full.itertuples(index=False)):
        if tool == "amplitude":
            records.append(
                {
                    "event_id": i,
                    "user_id": user,
                    "device_id": f"dev-{i % 5}" if user is None else f"dev-{user}",
                    "event_time": when.strftime("%Y-%m-%d %H:%M:%S.%f"),
                    "event_type": event,
                    "event_properties": {},
                }
            )
        elif tool == "mixpanel":
            records.append(
                {
                    "event": event,
                    "properties": {
                        "distinct_id": user or "",
                        "time": int(when.timestamp()),
                        "$insert_id": f"ins-{i}",
                    },
                }
            )
        else:  # segment
            records.append(
                {
                    "type": "track",
                    "event": event,
                    "userId": user,
                    "anonymousId": None if user else f"anon-{i}",
                    "timestamp": when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                    "messageId": f"msg-{i}",
                }
            )
    path = folder / f"{tool}_export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
