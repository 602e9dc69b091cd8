"""Property tests: on random event logs, no helper modifies its input, and each result
agrees with a plain, slow reference computation written here."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import aha, cohort, funnel, metrics, quadrant, segments

EVENTS = ["a", "b", "c"]
BASE = pd.Timestamp("2024-01-01")

rows = st.lists(
    st.tuples(
        st.integers(1, 6),  # user
        st.integers(0, 150 * 24 * 60),  # minutes after BASE (about 5 months)
        st.sampled_from(EVENTS),
    ),
    min_size=1,
    max_size=40,
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def make_log(data) -> pd.DataFrame:
    log = pd.DataFrame(data, columns=["user_id", "minute", "event"])
    log["timestamp"] = BASE + pd.to_timedelta(log.pop("minute"), unit="min")
    return log


def unchanged(before: pd.DataFrame, after: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(before, after)


@SETTINGS
@given(rows)
def test_funnel_matches_reference(data):
    log = make_log(data)
    before = log.copy()
    steps = ["a", "b", "c"]
    present = set(log["event"])
    if not set(steps) <= present:
        return
    got = funnel.funnel(log, steps)["users"].tolist()
    unchanged(before, log)
    expected = [0, 0, 0]
    for _, g in log.groupby("user_id"):
        g = g.sort_values("timestamp")
        t = None
        for k, step in enumerate(steps):
            times = [
                ts
                for ts, ev in zip(g["timestamp"], g["event"])
                if ev == step and (t is None or ts >= t)
            ]
            if not times:
                break
            t = min(times)
            expected[k] += 1
    assert got == expected


@SETTINGS
@given(rows)
def test_cohort_retention_matches_reference(data):
    log = make_log(data)
    before = log.copy()
    table = cohort.cohort_table(log, metric="retention")
    unchanged(before, log)
    month = log["timestamp"].dt.to_period("M")
    first = month.groupby(log["user_id"]).transform("min")
    last = month.max()
    for c in table.index:
        users = set(log.loc[first == c, "user_id"])
        for age in table.columns:
            value = table.loc[c, age]
            if c + age > last:
                assert pd.isna(value)
                continue
            active = set(log.loc[(first == c) & (month == c + age), "user_id"])
            assert abs(value - len(active) / len(users)) < 1e-12


@SETTINGS
@given(rows)
def test_per_user_and_monthly_counts_match_reference(data):
    log = make_log(data)
    before = log.copy()
    present = sorted(set(log["event"]))
    counts = metrics.per_user_counts(log, {f"n_{e}": e for e in present})
    monthly = metrics.monthly_counts(log, present)
    unchanged(before, log)
    for user, row in counts.iterrows():
        for e in present:
            assert row[f"n_{e}"] == sum(
                1 for u, ev in zip(log["user_id"], log["event"]) if u == user and ev == e
            )
    for e in present:
        assert monthly[e].sum() == (log["event"] == e).sum()


@SETTINGS
@given(rows)
def test_active_user_breakdown_matches_reference(data):
    log = make_log(data)
    before = log.copy()
    table = cohort.active_user_breakdown(log)
    unchanged(before, log)
    month = log["timestamp"].dt.to_period("M")
    seen: set = set()
    prev: set = set()
    for p in table.index:
        now = set(log.loc[month == p, "user_id"])
        assert table.loc[p, "new"] == len(now - seen)
        assert table.loc[p, "retained"] == len(now & prev)
        assert table.loc[p, "resurrected"] == len((now - prev) & seen)
        assert table.loc[p, "dormant"] == -len(prev - now)
        seen |= now
        prev = now


@SETTINGS
@given(rows)
def test_behaviour_segments_match_reference(data):
    log = make_log(data)
    present = set(log["event"])
    if not {"a", "b", "c"} <= present:
        return
    before = log.copy()
    seg = segments.behaviour_segments(log, browse=["a"], cta="b", conversion="c")
    unchanged(before, log)
    for user, label in seg.items():
        did = set(log.loc[log["user_id"] == user, "event"])
        expected = (
            "converted"
            if "c" in did
            else "clicked the CTA, dropped"
            if "b" in did
            else "browses, never the CTA"
            if "a" in did
            else "signed up and left"
        )
        assert label == expected


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(1, 50)), min_size=1, max_size=15
    )
)
def test_quadrant_place_matches_reference(points):
    df = pd.DataFrame(points, columns=["attempts", "rides", "users"])
    before = df.copy()
    placed = quadrant.place(df, "attempts", "rides", threshold="mean")
    unchanged(before, df)
    tx, ty = df["attempts"].mean(), df["rides"].mean()
    for (_, row), q in zip(df.iterrows(), placed["quadrant"], strict=True):
        hx, hy = row["attempts"] >= tx, row["rides"] >= ty
        expected = {
            (True, True): "natural growth",
            (True, False): "action needed",
            (False, True): "retention strategy needed",
            (False, False): "low impact",
        }
        assert q == expected[(hx, hy)]


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 6), st.booleans()), min_size=1, max_size=40))
def test_retention_by_threshold_matches_reference(pairs):
    users = pd.DataFrame(pairs, columns=["early", "retained"])
    before = users.copy()
    table = aha.retention_by_threshold(users, "early", "retained", thresholds=[1, 2, 3])
    unchanged(before, users)
    for _, row in table.iterrows():
        k = row["threshold"]
        above = [r for e, r in pairs if e >= k]
        below = [r for e, r in pairs if e < k]
        assert row["users_at_least"] == len(above)
        if above:
            assert abs(row["retention_at_least"] - sum(above) / len(above)) < 1e-12
        if below:
            assert abs(row["retention_below"] - sum(below) / len(below)) < 1e-12


@SETTINGS
@given(rows)
def test_cohort_conversion_and_count_match_reference(data):
    log = make_log(data)
    if not {"a", "b", "c"} <= set(log["event"]):
        return
    before = log.copy()
    conv = cohort.cohort_table(log, metric="conversion", convert_from="a", convert_to="b")
    count = cohort.cohort_table(log, metric="count", event_col="event", active_events=["c"])
    unchanged(before, log)
    month = log["timestamp"].dt.to_period("M")
    first = month.groupby(log["user_id"]).transform("min")
    for c in conv.index:
        for age in conv.columns:
            if c + age > month.max():
                assert pd.isna(conv.loc[c, age]) and pd.isna(count.loc[c, age])
                continue
            cell = log[(first == c) & (month == c + age)]
            tried = {u for u, e in zip(cell["user_id"], cell["event"]) if e == "a"}
            done = {u for u, e in zip(cell["user_id"], cell["event"]) if e == "b"} & tried
            if tried:
                assert abs(conv.loc[c, age] - len(done) / len(tried)) < 1e-12
            else:
                assert pd.isna(conv.loc[c, age])
            assert count.loc[c, age] == (cell["event"] == "c").sum()


def test_every_log_helper_gives_the_same_answer_with_any_index():
    from helpers import eventlog
    from helpers.report import CapstonePlan, run_capstone

    rng = np.random.default_rng(3)
    n = 400
    log = pd.DataFrame(
        {
            "user_id": rng.integers(0, 60, n),
            "timestamp": pd.Timestamp("2024-01-01")
            + pd.to_timedelta(rng.integers(0, 200 * 24 * 60, n), unit="min"),
            "event": rng.choice(["open", "cart", "buy"], n),
            "plan": rng.choice(["free", "pro", None], n),
        }
    ).sort_values("timestamp", ignore_index=True)
    odd = log.set_axis(np.repeat(np.arange(n // 2), 2)[::-1])  # repeated, descending labels
    calls = {
        "funnel": lambda d: funnel.funnel(d, ["open", "cart", "buy"]),
        "funnel by": lambda d: funnel.funnel(d, ["open", "buy"], by="plan"),
        "cohort_table": lambda d: cohort.cohort_table(d),
        "cohort_sizes": lambda d: cohort.cohort_sizes(d),
        "breakdown": lambda d: cohort.active_user_breakdown(d),
        "monthly_counts": lambda d: metrics.monthly_counts(d, ["buy"]),
        "active_users": lambda d: metrics.active_users(d, freq="W"),
        "stickiness": lambda d: metrics.stickiness(d),
        "per_user_counts": lambda d: metrics.per_user_counts(d, {"b": "buy"}),
        "behaviour": lambda d: segments.behaviour_segments(
            d, browse=["open"], cta="cart", conversion="buy"
        ),
        "first_action": lambda d: segments.first_action(d, candidates=["cart", "buy"]),
        "rfm": lambda d: segments.rfm(d),
        "early_actions": lambda d: aha.early_actions(d, "buy", retention_days=(31, 60)),
        "stages": lambda d: eventlog.suggest_stages(d),
        "checklist": lambda d: eventlog.schema_checklist(d, cta_event="cart"),
        "capstone": lambda d: (
            run_capstone(
                d, CapstonePlan(cta_event="cart", conversion_event="buy", quadrant_by=["plan"])
            ).numbers
        ),
    }
    for name, call in calls.items():
        a, b = call(log), call(odd)
        if isinstance(a, dict):
            assert a == b, name
        elif isinstance(a, pd.Series):
            pd.testing.assert_series_equal(a, b, obj=name)
        else:
            pd.testing.assert_frame_equal(a, b, obj=name)
