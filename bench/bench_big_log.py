"""Time the capstone on a company-size log: ~100M events as Parquet, through DuckDB.

    python bench/bench_big_log.py                       # 100M events in /tmp/capstone-big
    python bench/bench_big_log.py --copies 22 --pandas-copies 22   # a quick 10M run

The log is world 1 (Bomcar) scaled: each of ``--copies`` copies of the course's users gets
new user ids and is shifted by a whole number of weeks (copy k by k % 26 weeks), so the shape
of the data stays the course's while the volume grows. The files go to ``--out`` (outside the
repository; never committed) and are written once.

Each run is a fresh process, so its peak memory (max RSS) is its own: the capstone through
DuckDB on the whole log (``open_event_log`` on the Parquet glob, ``run_capstone``,
``summary_report``), and the pandas path (``load_event_log`` on a DataFrame, same plan) at
``--pandas-copies`` copies, the largest scale it is run at here. Targets from the issue:
under 60 s end to end and under 4 GB peak memory for the 100M-event log on the 2-core
machine. Not part of the test suite: timings are measurements, not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROPS = [
    "age_band",
    "region",
]  # = course.checks.nb10.BOMCAR_QUADRANT_BY (bench stays import-light)
COLUMNS = ["user_id", "session_id", "timestamp", "event", *PROPS]
PER_FILE = 10  # copies per Parquet file


def course_events():
    from course import data

    users = data.load_users()[["user_id", *PROPS]]
    return data.load_events().merge(users, on="user_id")[COLUMNS]


def generate(out: Path, copies: int, per_file: int = 10) -> int:
    """Write ``copies`` shifted copies of the course log as Parquet files; returns events."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    done = out / "_done.json"
    if done.exists() and json.loads(done.read_text())["copies"] == copies:
        return json.loads(done.read_text())["events"]
    for old in out.glob("*.parquet"):
        old.unlink()
    base = course_events()
    step = int(base["user_id"].max()) + 1
    total = 0
    for first in range(0, copies, per_file):
        parts = []
        for k in range(first, min(first + per_file, copies)):
            parts.append(
                base.assign(
                    user_id=base["user_id"] + k * step,
                    session_id=base["session_id"] + k * 10**9,
                    timestamp=base["timestamp"] + pd.Timedelta(weeks=k % 26),
                )
            )
        chunk = pd.concat(parts, ignore_index=True)
        total += len(chunk)
        table = pa.Table.from_pandas(chunk, preserve_index=False)
        pq.write_table(
            table, out / f"events-{first // per_file:04d}.parquet", row_group_size=1 << 20
        )
    done.write_text(json.dumps({"copies": copies, "events": total}))
    return total


def plan():

    from course.checks import nb10

    return nb10.bomcar_plan(
        name="Bomcar x N", data_note="Synthetic data (fictional company), scaled"
    )


class Timer:
    """Wall time per named step."""

    def __init__(self) -> None:
        self.steps: dict[str, float] = {}

    def wrap(self, obj, names: list[str], label: dict[str, str]) -> None:
        for name in names:
            fn, step = getattr(obj, name), label.get(name, name)

            def timed(*a, _fn=fn, _name=step, **k):
                t = time.perf_counter()
                try:
                    return _fn(*a, **k)
                finally:
                    self.steps[_name] = self.steps.get(_name, 0.0) + time.perf_counter() - t

            setattr(obj, name, timed)


LABELS = {
    "overview": "overview + checks",
    "schema_log": "overview + checks",
    "known_events": "overview + checks",
    "stages": "journey stages",
    "funnel": "funnel",
    "segments": "behaviour segments",
    "per_user_counts": "quadrant",
    "first_values": "quadrant",
    "use_signup": "cohort table",
    "partial_period": "cohort table",
    "cohort_tables": "cohort table",
    "early_actions": "aha moment",
}


DUP = {"seconds": 0.0}


def run_engine(out: Path) -> dict:
    import ibis

    from helpers import engine, report

    repeats = engine._repeats

    def timed_repeats(*a, **k):
        t = time.perf_counter()
        try:
            return repeats(*a, **k)
        finally:
            DUP["seconds"] += time.perf_counter() - t

    engine._repeats = timed_repeats
    timer = Timer()
    t0 = time.perf_counter()
    con = ibis.duckdb.connect(threads=2, memory_limit="3GB", temp_directory="/tmp/duckdb-spill")
    con.raw_sql("SET preserve_insertion_order = false")  # no order is needed: less memory
    log, rep = engine.open_event_log(
        str(out / "*.parquet"),
        user_col="user_id",
        time_col="timestamp",
        event_col="event",
        properties=PROPS,
        con=con,
    )
    timer.steps["open + load checks"] = time.perf_counter() - t0
    timer.steps["  of which: duplicate check"] = DUP["seconds"]
    original = engine.EngineSteps.of

    def of(log, func):
        steps = original(log, func)
        timer.wrap(steps, list(LABELS), LABELS)
        return steps

    engine.EngineSteps.of = of
    found = report.run_capstone(log, plan())
    t = time.perf_counter()
    page = report.summary_report(found)
    timer.steps["figures + report"] = time.perf_counter() - t
    total = time.perf_counter() - t0
    return {
        "path": "DuckDB (Ibis)",
        "events": rep.n_kept,
        "users": rep.n_users,
        "seconds": total,
        "steps": timer.steps,
        "numbers": page.numbers,
    }


def run_pandas(out: Path, copies: int) -> dict:
    import pandas as pd

    from helpers import eventlog, report

    files = sorted(out.glob("*.parquet"))[: -(-copies // PER_FILE)]  # only the files it needs
    t0 = time.perf_counter()
    events = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    step = int(course_events()["user_id"].max()) + 1  # keep the first `copies` copies
    events = events[events["user_id"] < copies * step].reset_index(drop=True)
    timer = Timer()
    timer.steps["read Parquet"] = time.perf_counter() - t0
    t = time.perf_counter()
    log, rep = eventlog.load_event_log(
        events, user_col="user_id", time_col="timestamp", event_col="event", properties=PROPS
    )
    del events
    timer.steps["open + load checks"] = time.perf_counter() - t
    original = report._PandasSteps.__init__

    def init(self, log):
        original(self, log)
        timer.wrap(self, list(LABELS), LABELS)

    report._PandasSteps.__init__ = init
    found = report.run_capstone(log, plan())
    t = time.perf_counter()
    page = report.summary_report(found)
    timer.steps["figures + report"] = time.perf_counter() - t
    return {
        "path": "pandas (in memory)",
        "events": rep.n_kept,
        "users": rep.n_users,
        "seconds": time.perf_counter() - t0,
        "steps": timer.steps,
        "numbers": page.numbers,
    }


def child(args) -> None:
    import matplotlib

    matplotlib.use("Agg")
    out = Path(args.out)
    load_before = os.getloadavg()[0]
    result = run_engine(out) if args.child == "engine" else run_pandas(out, args.pandas_copies)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result["peak_gb"] = usage.ru_maxrss / 1024**2
    result["cpu_s"] = usage.ru_utime + usage.ru_stime  # every thread of the process
    result["load"] = (load_before, os.getloadavg()[0])
    print(json.dumps(result, default=str))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/capstone-big", help="folder for the Parquet files")
    ap.add_argument("--copies", type=int, default=220, help="copies of the course log (~455k each)")
    ap.add_argument("--pandas-copies", type=int, default=22, help="copies for the pandas path")
    ap.add_argument("--child", choices=["engine", "pandas"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    out = Path(args.out)
    t = time.perf_counter()
    n = generate(out, args.copies, PER_FILE)
    print(f"log: {n:,} events in {out} (written or checked in {time.perf_counter() - t:.0f} s)")
    results = []
    for kind in ("engine", "pandas"):
        cmd = [sys.executable, __file__, "--child", kind, "--out", str(out)]
        cmd += ["--pandas-copies", str(min(args.pandas_copies, args.copies))]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if done.returncode:
            print(done.stderr[-3000:])
            raise SystemExit(f"{kind} run failed")
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    steps = list(dict.fromkeys(s for r in results for s in r["steps"]))
    head = ["path", "events", "users", "seconds", "CPU s", "load avg", "peak GB", *steps]
    print(f"\n{os.cpu_count()} cores; load avg = 1-minute load average at the start and the end")
    print("of the run (other jobs on the machine); CPU s = the run's CPU time, all threads.\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in results:
        cells = [r["path"], f"{r['events']:,}", f"{r['users']:,}", f"{r['seconds']:.1f}"]
        cells += [f"{r['cpu_s']:.0f}", "{:.1f} / {:.1f}".format(*r["load"])]
        cells += [f"{r['peak_gb']:.2f}"]
        cells += [f"{r['steps'][s]:.1f}" if s in r["steps"] else "-" for s in steps]
        print("| " + " | ".join(cells) + " |")
    for r in results:
        print(f"\n{r['path']} key numbers:")
        for k, v in r["numbers"].items():
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
