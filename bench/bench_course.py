"""Time what a learner waits for: loading each table, and each helper on the course data.

    python bench/bench_course.py

Targets (from the course design): every table loads in well under 1 s (all of them
together under 1 s), and every helper runs on the committed data in under 0.3 s. Each
line shows the best of three runs; loads are timed cold (cache cleared) as in a fresh
kernel. Not part of the test suite: timings are measurements, not assertions.
"""

from __future__ import annotations

import sys
import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from course import data, data_saas
from helpers import aha, cohort, experiment, funnel, kpi, leadlag, metrics, quadrant, segments

LOAD_TARGET, HELPER_TARGET = 1.0, 0.3


def best(fn, repeat: int = 3, setup=None) -> float:
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
        plt.close("all")
    return min(times)


def clear_caches() -> None:
    for mod in (data, data_saas):
        for name in dir(mod):
            obj = getattr(mod, name)
            if hasattr(obj, "cache_clear"):
                obj.cache_clear()


def main() -> int:
    loaders = [getattr(data, n) for n in dir(data) if n.startswith("load_")]
    loaders += [getattr(data_saas, n) for n in dir(data_saas) if n.startswith("load_")]
    rows = []
    total = 0.0
    for load in loaders:
        t = best(load, setup=clear_caches)
        total += t
        rows.append((f"load {load.__module__.split('.')[-1]}.{load.__name__}", t, LOAD_TARGET))
    rows.append(("load every table (sum)", total, LOAD_TARGET))

    ev, users = data.load_events(), data.load_users()
    log = ev.merge(users[["user_id", "signup_at"]], on="user_id")
    counts = metrics.per_user_counts(
        ev, {"attempts": "reservation_attempt", "rides": "return"}, users=users["user_id"]
    )
    u = users.set_index("user_id").join(counts)
    segs = quadrant.segment_means(u, ["age_band", "region"])
    monthly = metrics.monthly_counts(ev, ["reservation", "return"])
    per_user = aha.early_actions(log, "return", start_col="signup_at", active_events=["app_open"])
    ab = data.load_ab_test()
    months, nps = data_saas.load_saas_account_months(), data_saas.load_saas_nps()
    steps = ["app_open", "map_view", "car_view", "reservation_attempt", "reservation", "return"]
    table = cohort.cohort_table(log, cohort_time_col="signup_at", active_events=["app_open"])

    helpers_to_time = {
        "metrics.per_user_counts": lambda: metrics.per_user_counts(
            ev, {"attempts": "reservation_attempt", "rides": "return"}, users=users["user_id"]
        ),
        "metrics.monthly_counts": lambda: metrics.monthly_counts(ev, ["app_open", "return"]),
        "metrics.active_users (weekly)": lambda: metrics.active_users(ev, freq="W"),
        "metrics.stickiness": lambda: metrics.stickiness(ev),
        "funnel.funnel": lambda: funnel.funnel(ev, steps),
        "funnel.funnel (by segment)": lambda: funnel.funnel(
            ev.merge(users[["user_id", "membership"]], on="user_id"), steps, by="membership"
        ),
        "funnel.funnel (sessions)": lambda: funnel.funnel(ev, steps, user_col="session_id"),
        "cohort.cohort_table (retention)": lambda: cohort.cohort_table(
            log, cohort_time_col="signup_at", active_events=["app_open"]
        ),
        "cohort.cohort_table (conversion)": lambda: cohort.cohort_table(
            log, metric="conversion", convert_from="reservation_attempt", convert_to="reservation"
        ),
        "cohort.active_user_breakdown": lambda: cohort.active_user_breakdown(ev),
        "cohort.cohort_heatmap": lambda: cohort.cohort_heatmap(table, "t"),
        "segments.segment_sizes": lambda: segments.segment_sizes(users, ["age_band", "region"]),
        "segments.behaviour_segments": lambda: segments.behaviour_segments(
            ev, browse=["map_view", "car_view"], cta="reservation_attempt", conversion="reservation"
        ),
        "segments.first_action": lambda: segments.first_action(
            ev, candidates=["time_set", "car_type_filter", "zone_click"]
        ),
        "segments.rfm": lambda: segments.rfm(
            data.load_rides(), time_col="return_at", value_col="fare_krw"
        ),
        "quadrant.place": lambda: quadrant.place(segs, "attempts", "rides"),
        "quadrant.quadrant_plot": lambda: quadrant.quadrant_plot(
            quadrant.place(segs, "attempts", "rides"),
            "attempts",
            "rides",
            title="t",
            size_col="users",
        ),
        "leadlag.lead_lag": lambda: leadlag.lead_lag(monthly, "return", "reservation"),
        "aha.early_actions": lambda: aha.early_actions(
            log, "return", start_col="signup_at", active_events=["app_open"]
        ),
        "aha.retention_by_threshold": lambda: aha.retention_by_threshold(
            per_user, "early", "retained"
        ),
        "experiment.two_proportion_test": lambda: experiment.two_proportion_test(
            ab, "variant", "reserved_14d"
        ),
        "experiment.peeking_simulation": lambda: experiment.peeking_simulation(),
        "kpi.nps_breakdown": lambda: kpi.nps_breakdown(nps),
        "kpi.cmgr": lambda: kpi.cmgr(months),
        "kpi.cohort_ltv": lambda: kpi.cohort_ltv(months),
        "kpi.link_nps_to_renewal": lambda: kpi.link_nps_to_renewal(nps, months),
    }
    for name, fn in helpers_to_time.items():
        rows.append((name, best(fn), HELPER_TARGET))

    print(f"{'what':<36} {'best s':>8} {'target s':>9}  ok")
    slow = 0
    for name, t, target in rows:
        ok = t < target
        slow += not ok
        print(f"{name:<36} {t:>8.3f} {target:>9.1f}  {'yes' if ok else 'NO'}")
    print(f"{len(rows) - slow} within target, {slow} over")
    return 0


if __name__ == "__main__":
    sys.exit(main())
