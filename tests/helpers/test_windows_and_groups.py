"""One event per funnel step, groups that add up, and half-open "first N days" windows."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import aha, funnel, segments
from helpers.report import CapstonePlan, run_capstone


def test_a_repeated_step_needs_a_second_event():
    log = pd.DataFrame(
        {
            "user_id": [1, 2, 2, 3],
            "timestamp": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-01-02", "2024-01-03"]),
            "event": ["view_pricing"] * 4,
        }
    )
    table = funnel.funnel(log, ["view_pricing", "view_pricing"])
    assert table["users"].tolist() == [3, 1]
    same_time = log.assign(timestamp=pd.Timestamp("2024-01-01"))  # two rows, one instant
    assert funnel.funnel(same_time, ["view_pricing"] * 3)["users"].tolist() == [3, 1, 0]


def test_a_step_repeated_later_in_the_funnel_uses_another_event():
    log = pd.DataFrame(
        {
            "user_id": [1, 1, 1, 2, 2],
            "timestamp": pd.to_datetime(
                ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-01", "2024-01-02"]
            ),
            "event": ["view", "cart", "view", "view", "cart"],
        }
    )
    assert funnel.funnel(log, ["view", "cart", "view"])["users"].tolist() == [2, 2, 1]


def test_by_keeps_a_missing_group_so_groups_add_up():
    log = pd.DataFrame(
        {
            "user_id": [1, 1, 2, 2, 3],
            "timestamp": pd.to_datetime(
                ["2024-01-01", "2024-01-02", "2024-01-01", "2024-01-02", "2024-01-01"]
            ),
            "event": ["view", "buy", "view", "buy", "view"],
            "plan": ["pro", "pro", None, None, "free"],
        },
        index=[0, 0, 0, 1, 1],
    )
    whole = funnel.funnel(log, ["view", "buy"])
    by = funnel.funnel(log, ["view", "buy"], by="plan")
    assert set(by["plan"]) == {"free", "pro", "(missing)"}
    assert by.groupby("step", sort=False)["users"].sum().tolist() == whole["users"].tolist()
    assert by.set_index(["plan", "step"]).loc[("(missing)", "buy"), "users"] == 1
    sizes = segments.segment_sizes(log.drop_duplicates("user_id"), "plan")
    assert sizes["users"].sum() == 3 and "(missing)" in set(sizes["segment"])
    assert segments.combine(log, ["plan", "event"]).iloc[2] == "(missing) x view"


def test_within_is_half_open():
    log = pd.DataFrame(
        {
            "user_id": [1, 1, 2, 2],
            "timestamp": pd.to_datetime(
                ["2024-01-01 00:00", "2024-01-08 00:00", "2024-01-01 00:00", "2024-01-07 23:59"]
            ),
            "event": ["view", "buy"] * 2,
        }
    )
    assert funnel.funnel(log, ["view", "buy"], within="7D")["users"].tolist() == [2, 1]


def rides_around_signup() -> pd.DataFrame:
    """A user who signs up on 10 Jan and rides on 2, 5 and 20 Jan (the issue's example)."""
    times = ["2024-01-02", "2024-01-05", "2024-01-10", "2024-01-20", "2024-06-01"]
    return pd.DataFrame(
        {
            "user_id": ["a"] * 5,
            "timestamp": pd.to_datetime(times),
            "event": ["ride", "ride", "signup", "ride", "open"],
        },
        index=[3, 3, 3, 3, 3],
    )


def test_first_n_days_has_a_lower_bound():
    log = rides_around_signup()
    log = log.assign(signup_at=pd.Timestamp("2024-01-10"))
    per_user = aha.early_actions(log, "ride", start_col="signup_at")
    assert per_user["early"].tolist() == [1]


def test_capstone_counts_early_actions_from_the_signup():
    rows = []
    for u in range(80):
        signup = pd.Timestamp("2024-01-10") + pd.Timedelta(days=u % 20)
        days = [-8, -5, 10] + ([12, 45] if u % 2 else []) + [100]
        events = ["ride", "ride", "ride"] + (["ride", "open"] if u % 2 else []) + ["open"]
        rows.append((u, signup, "signup"))
        rows += [(u, signup + pd.Timedelta(days=d), e) for d, e in zip(days, events, strict=True)]
    log = pd.DataFrame(rows, columns=["user_id", "timestamp", "event"], index=[0] * len(rows))
    found = run_capstone(log, CapstonePlan(signup_event="signup", aha_events=["ride"]))
    assert found.aha_users["early"].value_counts().to_dict() == {1: 40, 2: 40}
    assert found.aha_threshold == 2
    assert "(40 users) vs 0% (40 users)" in found.numbers["Aha moment"]


def test_aha_threshold_needs_enough_users_on_each_side():
    # 661 users: 4 reach the high bar (0% retained), the rest are split evenly
    early = [0] * 400 + [1] * 257 + [2] * 4
    retained = [0] * 340 + [1] * 60 + [0] * 210 + [1] * 47 + [0] * 4
    users = pd.DataFrame({"early": early, "retained": retained})
    table = aha.retention_by_threshold(users, "early", "retained", thresholds=[1, 2])
    assert aha.aha_threshold(table, min_share=0.0) == 1  # 2+ rests on 4 users: not chosen
    with pytest.raises(ValueError, match="at least 30 users on each side"):
        aha.aha_threshold(table[table["threshold"] == 2], min_share=0.0)
    fig = aha.aha_plot(table, "t", action="rides", window_days=14)
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Threshold: rides in the first 14 days"
    assert any("261 users" in t.get_text() and "400 users" in t.get_text() for t in ax.texts)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "fewer than 30 users: not trusted" in legend


# ---- by= in the KPI helpers and segment_means: a missing group is kept ---------------------


def _accounts_with_a_missing_plan() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "month": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01", "2024-02-01"]),
            "plan": ["pro", None, "pro", None],
            "mrr_krw": [100.0, 50.0, 120.0, 60.0],
            "cac_krw": [300.0, 90.0, 0.0, 0.0],
            "revenue": [100.0, 50.0, 120.0, 60.0],
            "cost": [20.0, 10.0, 24.0, 12.0],
            "score": [10, 3, 9, 7],
            "renewed": [True, False, True, True],
        }
    )


def test_kpi_by_keeps_a_missing_group_so_groups_add_up():
    from helpers import kpi

    df = _accounts_with_a_missing_plan()
    by_month = kpi.mrr_by_month(df, by="plan")
    assert set(by_month.columns) == {"pro", "(missing)"}
    assert by_month.sum(axis=1).tolist() == kpi.mrr_by_month(df).tolist() == [150.0, 180.0]
    nps = kpi.nps_breakdown(df, by="plan")
    assert nps["responses"].sum() == len(df) and "(missing)" in nps.index
    renew = kpi.renewal_rate_by(df, "plan")
    assert renew["renewals_due"].sum() == len(df)
    margin = kpi.gross_margin(df, revenue_col="revenue", cost_col="cost", by="plan")
    assert set(margin.index) == {"pro", "(missing)"}
    payback = kpi.cac_payback_months(df, cac_col="cac_krw", by="plan", gross_margin=0.8)
    assert payback.loc["(missing)"] == pytest.approx(90 / (110 * 0.8))


def test_kpi_by_keeps_a_categorical_order_with_missing_last():
    from helpers import kpi

    df = _accounts_with_a_missing_plan()
    df["plan"] = pd.Categorical(df["plan"], categories=["pro", "team"])
    assert list(kpi.nps_breakdown(df, by="plan").index) == ["pro", "(missing)"]


def test_segment_means_keeps_users_without_a_value():
    from helpers import quadrant

    users = pd.DataFrame({"plan": ["a", None, "a"], "attempts": [1, 2, 3], "rides": [0, 1, 1]})
    out = quadrant.segment_means(users, "plan")
    assert out["users"].sum() == 3 and "(missing)" in set(out["segment"])
