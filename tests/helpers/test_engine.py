"""The capstone on a big log, inside an engine (helpers/engine.py): DuckDB and Spark (local).

Every engine must give the numbers the pandas path gives: the tests run the same plan on
pandas, DuckDB and Spark and compare all tables (expectations come from the pandas path, never
hard-coded, so they hold when the course data is re-planted). Spark runs in local mode, one
session for the whole test run, on small data.
"""

from __future__ import annotations

import os
import shutil

import ibis
import numpy as np
import pandas as pd
import pytest

from course import data, export_fixtures
from course.checks import nb10
from helpers import engine, eventlog, report
from tests.extras import import_extra
from tests.integration.test_capstone_datasets import BOMCAR_PLAN, CDNOW_PLAN

TABLES = (
    "funnel",
    "segment_sizes",
    "quadrant",
    "quadrant_summary",
    "cohort",
    "aha_table",
    "aha_users",
    "stages",
)
BOMCAR_PROPS = list(nb10.BOMCAR_QUADRANT_BY)  # the quadrant columns of the Bomcar plan


def same_findings(a: report.CapstoneFindings, b: report.CapstoneFindings) -> None:
    """Every table, number and checklist row of two capstone runs agree."""
    for name in TABLES:
        x, y = getattr(a, name), getattr(b, name)
        assert (x is None) == (y is None), name
        if x is None:
            continue
        x, y = x.reset_index(), y.reset_index()
        for frame in (x, y):  # label columns may come back as text or as categories
            for c in frame.columns:
                if isinstance(frame[c].dtype, pd.CategoricalDtype):
                    frame[c] = frame[c].astype("object")
        pd.testing.assert_frame_equal(
            x, y, check_dtype=False, check_index_type=False, rtol=1e-12, obj=name
        )
    if a.segments is not None:
        assert a.segments.astype("object").tolist() == b.segments.astype("object").tolist()
        assert a.segments.index.tolist() == b.segments.index.tolist()
    assert a.numbers == b.numbers
    assert a.aha_threshold == b.aha_threshold
    assert a.partial_period == b.partial_period
    assert a.overview == b.overview
    pd.testing.assert_frame_equal(a.checklist, b.checklist)


def bomcar_events() -> pd.DataFrame:
    users = data.load_users()[["user_id", *BOMCAR_PROPS]]
    return data.load_events().merge(users, on="user_id")


def scaled(events: pd.DataFrame, copies: int) -> pd.DataFrame:
    """``copies`` of every user (new ids), each copy shifted by a whole number of weeks."""
    step = int(events["user_id"].max()) + 1
    parts = [
        events.assign(
            user_id=events["user_id"] + k * step,
            timestamp=events["timestamp"] + pd.Timedelta(weeks=k),
        )
        for k in range(copies)
    ]
    return pd.concat(parts, ignore_index=True)


def pandas_run(events: pd.DataFrame, plan, props) -> report.CapstoneFindings:
    log, _ = eventlog.load_event_log(
        events, user_col="user_id", time_col="timestamp", event_col="event", properties=props
    )
    return report.run_capstone(log, plan)


@pytest.fixture(scope="module")
def parquet_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("engine")
    bomcar_events().to_parquet(folder / "bomcar.parquet")
    cdnow = eventlog.load_cdnow()
    cdnow.to_parquet(folder / "cdnow.parquet")
    return folder


@pytest.fixture(scope="module")
def bomcar_pandas():
    return pandas_run(bomcar_events(), BOMCAR_PLAN, BOMCAR_PROPS)


def test_duckdb_equals_pandas_on_the_course_data(parquet_dir, bomcar_pandas):
    log, rep = engine.open_event_log(
        parquet_dir / "bomcar.parquet",
        user_col="user_id",
        time_col="timestamp",
        event_col="event",
        properties=BOMCAR_PROPS,
    )
    assert rep.n_read == rep.n_kept == len(bomcar_events())
    same_findings(bomcar_pandas, report.run_capstone(log, BOMCAR_PLAN))


def test_duckdb_equals_pandas_on_cdnow_with_a_signup_event(parquet_dir):
    options = dict(user_col="customer_id", time_col="date", event_col="event_name")
    options["properties"] = ["number_of_cds", "dollar_value"]
    log, _ = eventlog.load_event_log(eventlog.load_cdnow(), **options)
    elog, _ = engine.open_event_log(parquet_dir / "cdnow.parquet", **options)
    same_findings(report.run_capstone(log, CDNOW_PLAN), report.run_capstone(elog, CDNOW_PLAN))


def test_duckdb_equals_pandas_on_a_scaled_log_split_in_files(tmp_path):
    events = scaled(bomcar_events(), 2)
    for i, part in enumerate(np.array_split(np.arange(len(events)), 4)):
        events.iloc[part].to_parquet(tmp_path / f"part-{i}.parquet")
    log, rep = engine.open_event_log(
        str(tmp_path / "part-*.parquet"),
        user_col="user_id",
        time_col="timestamp",
        event_col="event",
        properties=BOMCAR_PROPS,
    )
    assert rep.n_kept == len(events) and rep.n_users == events["user_id"].nunique()
    same_findings(
        pandas_run(events, BOMCAR_PLAN, BOMCAR_PROPS), report.run_capstone(log, BOMCAR_PLAN)
    )


def test_a_repeated_funnel_step_takes_a_later_event():
    events = pd.DataFrame(
        {
            "user_id": [1, 1, 2, 3, 3, 3],
            "timestamp": pd.to_datetime(
                ["2024-01-01", "2024-01-01", "2024-01-02", "2024-01-01", "2024-01-03", "2024-01-03"]
            ),
            "event": ["view", "view", "view", "view", "buy", "view"],
        }
    )
    steps = ["view", "view", "buy", "view"]
    plan = report.CapstonePlan(funnel_steps=steps)
    log, _ = engine.open_event_log(
        events, user_col="user_id", time_col="timestamp", event_col="event"
    )
    got = report.run_capstone(log, plan).funnel
    from helpers import funnel

    pd.testing.assert_frame_equal(got, funnel.funnel(events, steps))


def test_per_user_counts_after_the_segments_pass_equal_the_pandas_counts():
    """The segments' pass keeps the plan's counts for the quadrant; any other counts (or
    counts asked first) are computed on their own: all equal the pandas helper's."""
    from helpers import metrics

    events = pd.DataFrame(
        {
            "user_id": [1, 1, 1, 2, 2, 3],
            "timestamp": pd.to_datetime(["2024-01-0" + d for d in "123124"]),
            "event": ["view", "try", "buy", "view", "try", "view"],
        }
    )
    plan = report.CapstonePlan(browse_events=["view"], cta_event="try", conversion_event="buy")
    log, _ = engine.open_event_log(
        events, user_col="user_id", time_col="timestamp", event_col="event"
    )
    steps = engine.EngineSteps.of(log, "test")
    steps.progress(plan)
    plan_counts = {"attempts": "try", "completions": "buy"}
    other = {"views": "view", "buys": "buy"}
    fresh = steps.per_user_counts(other)  # before the segments' pass
    steps.segments(["view"], "try", "buy")
    for counts in (plan_counts, other):
        got = steps.per_user_counts(counts)
        want = metrics.per_user_counts(events, counts)
        pd.testing.assert_frame_equal(got, want.loc[got.index], check_names=False)
    pd.testing.assert_frame_equal(fresh, steps.per_user_counts(other))


# ---- Spark in local mode ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def spark():
    """One local Spark session for the test run (needs the spark extra and Java; .ci/run
    installs Java)."""
    SparkSession = import_extra("pyspark.sql", "spark").SparkSession
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        if os.environ.get("CI"):
            pytest.fail("no Java runtime: .ci/run should have installed default-jre-headless")
        pytest.skip("Spark needs a Java runtime (apt-get install default-jre-headless)")

    session = (
        SparkSession.builder.master("local[2]")
        .appName("capstone-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.jars.ivy", "/nonexistent")  # never fetch packages
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield ibis.pyspark.connect(session)
    session.stop()


@pytest.mark.slow
def test_spark_equals_duckdb_and_pandas_on_the_course_data(spark, tmp_path):
    """On a sample of the course's users (every SPARK_EVERY-th), so Spark stays quick."""
    events = bomcar_events()
    events = events[events["user_id"] % SPARK_EVERY == 0].reset_index(drop=True)
    events.to_parquet(tmp_path / "sample.parquet")
    options = dict(user_col="user_id", time_col="timestamp", event_col="event")
    options["properties"] = BOMCAR_PROPS
    expected = pandas_run(events, BOMCAR_PLAN, BOMCAR_PROPS)
    on_spark, rep = engine.open_event_log(
        spark.read_parquet(str(tmp_path / "sample.parquet")), **options
    )
    assert rep.n_kept == len(events)
    found = report.run_capstone(on_spark, BOMCAR_PLAN)
    same_findings(expected, found)
    on_duckdb, _ = engine.open_event_log(tmp_path / "sample.parquet", **options)
    same_findings(found, report.run_capstone(on_duckdb, BOMCAR_PLAN))


SPARK_EVERY = 16


@pytest.mark.slow
def test_spark_reads_a_preset_export(spark, tmp_path):
    path = export_fixtures.write("posthog", tmp_path)
    table = spark.read_csv(str(path))
    log, rep = engine.open_event_log(table, preset="posthog")
    expected = export_fixtures.truth()
    assert rep.n_kept == len(expected) and rep.dropped == {"empty user id": 2}
    got = log.table.order_by(["user_id", "timestamp", "event"]).to_pandas()
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


# ---- presets: each tool's export as it comes --------------------------------------------------


@pytest.mark.parametrize("tool", export_fixtures.TOOLS)
def test_each_preset_reads_its_export(tool, tmp_path):
    path = export_fixtures.write(tool, tmp_path)
    log, rep = engine.open_event_log(path, preset=tool)
    expected = export_fixtures.truth()
    got = log.table.select("user_id", "timestamp", "event").to_pandas()
    if tool in {"amplitude", "segment"}:  # anonymous events belong to the device / anonymous id
        assert rep.dropped == {}
        assert rep.n_kept == len(expected) + 2
        got = got[got["user_id"].str.startswith("u")]
    else:  # no user: dropped and counted
        assert rep.dropped == {"empty user id": 2}
    got = got.sort_values(["user_id", "timestamp", "event"], kind="stable").reset_index(drop=True)
    if tool == "mixpanel":  # Mixpanel keeps whole seconds
        expected = expected.assign(timestamp=expected["timestamp"].dt.floor("s"))
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert rep.notes and PRESET_WORDS[tool] in " ".join(rep.notes)


PRESET_WORDS = {
    "ga4": "GA4",
    "amplitude": "Amplitude",
    "mixpanel": "Mixpanel",
    "posthog": "PostHog",
    "segment": "Segment",
}


def test_a_ga4_event_parameter_is_a_property(tmp_path):
    path = export_fixtures.write("ga4", tmp_path)
    log, rep = engine.open_event_log(path, preset="ga4", properties=["event_params.page_location"])
    pages = log.table["event_params.page_location"].to_pandas()
    assert pages.str.startswith("/item/").all()
    assert rep.properties == ["event_params.page_location"]


def test_the_capstone_runs_on_a_preset_export(tmp_path):
    path = export_fixtures.write("segment", tmp_path, users=200)
    log, _ = engine.open_event_log(path, preset="segment")
    plan = report.CapstonePlan(
        funnel_steps=["app_open", "view_item", "add_to_cart", "purchase"],
        aha_events=["purchase"],
        retention_days=(31, 60),
    )
    small = log.table.to_pandas()
    same_findings(report.run_capstone(small, plan), report.run_capstone(log, plan))


# ---- the loader's checks, in the engine --------------------------------------------------------


def test_the_load_report_counts_what_the_pandas_loader_counts():
    raw = pd.DataFrame(
        {
            "who": ["a", " a ", "NULL", "b", "b", "c", "(not set)", "d"],
            "when": [
                "2024-01-01 09:00",
                "2024-01-02T10:00:00+09:00",
                "2024-01-02 10:00",
                "2024-01-03 11:00",
                "2024-01-03 11:00",
                "yesterday",
                "2024-01-05 08:00",
                None,
            ],
            "what": ["open", "buy", "open", "open", "open", "open", "open", "open"],
        }
    )
    options = dict(user_col="who", time_col="when", event_col="what")
    _, expected = eventlog.load_event_log(raw, **options)
    log, rep = engine.open_event_log(raw, **options)
    assert rep.n_read == expected.n_read and rep.n_kept == expected.n_kept
    assert rep.dropped == expected.dropped
    got = {p.reason: p.count for p in rep.problems if p.reason == "duplicate row"}
    assert got == {p.reason: p.count for p in expected.problems if p.reason == "duplicate row"}
    assert "'yesterday'" in str(rep)
    kept = log.table.order_by(["user_id", "timestamp"]).to_pandas()
    # an offset keeps its own clock time, as in the pandas loader
    assert kept["timestamp"].tolist()[1] == pd.Timestamp("2024-01-02 10:00")
    _, dropped = engine.open_event_log(raw, duplicates="drop", **options)
    assert dropped.n_kept == rep.n_kept - 1 and dropped.dropped["duplicate row"] == 1


def repeated_rows() -> pd.DataFrame:
    """Exact repeats (same user, time, event and property), and rows that differ in one."""
    t = pd.to_datetime(["2024-01-01 09:00", "2024-01-01 10:00", "2024-01-02 10:00"])
    return pd.DataFrame(
        {
            "who": ["a", "a", "a", "b", "b", "b", "c", "c"],
            "when": [t[0], t[0], t[0], t[0], t[0], t[1], t[2], t[2]],
            "what": ["open", "open", "open", "open", "open", "open", "buy", "buy"],
            "plan": ["x", "x", "x", "x", "y", "x", "z", "z"],
        }
    )  # repeats: a twice, c once; b's rows all differ


@pytest.mark.parametrize("where", ["in this process", "in the engine"])
@pytest.mark.parametrize("hash_kind", ["row hash", "every hash the same"])
def test_repeats_are_counted_exactly_whatever_the_hashes(monkeypatch, where, hash_kind):
    """The row hash only picks the rows to compare: colliding hashes never change the count."""
    raw = repeated_rows()
    options = dict(user_col="who", time_col="when", event_col="what", properties=["plan"])
    _, expected = eventlog.load_event_log(raw, **options)
    if hash_kind == "every hash the same":
        monkeypatch.setattr(engine, "_row_hash", lambda t: ibis.literal(7).cast("uint64"))
    if where == "in the engine":  # the path for a warehouse or Spark: a grouped count per hash
        monkeypatch.setattr(engine, "_repeated_hashes_local", None)
        real = engine._backend_name
        monkeypatch.setattr(
            engine, "_backend_name", lambda t: "a warehouse" if real(t) == "duckdb" else real(t)
        )
    _, rep = engine.open_event_log(raw, **options)
    counted = {p.reason: p.count for p in rep.problems if p.reason == "duplicate row"}
    assert counted == {"duplicate row": 3}
    assert counted == {p.reason: p.count for p in expected.problems if p.reason == "duplicate row"}


@pytest.mark.slow
def test_spark_counts_repeats_like_the_pandas_loader(spark, tmp_path):
    raw = repeated_rows()
    options = dict(user_col="who", time_col="when", event_col="what", properties=["plan"])
    _, expected = eventlog.load_event_log(raw, **options)
    raw.to_parquet(tmp_path / "repeats.parquet")
    _, rep = engine.open_event_log(spark.read_parquet(str(tmp_path / "repeats.parquet")), **options)
    counted = {p.reason: p.count for p in rep.problems if p.reason == "duplicate row"}
    assert counted == {p.reason: p.count for p in expected.problems if p.reason == "duplicate row"}


def test_aha_users_without_an_active_event_are_counted():
    """The cohort + aha pass reads only the active and aha events: a user with neither still
    counts in the aha table (0 early actions, not retained), as in the pandas path."""
    events = export_fixtures.truth(users=60)
    kinds = sorted(events["event"].astype("object").unique())
    quiet = events["user_id"].drop_duplicates().iloc[:10]  # users left with one other event
    keep = ~events["user_id"].isin(quiet) | (events["event"] == kinds[-1])
    events = events[keep].reset_index(drop=True)
    plan = report.CapstonePlan(aha_events=[kinds[0]], active_events=[kinds[1]])
    log, _ = engine.open_event_log(
        events, user_col="user_id", time_col="timestamp", event_col="event"
    )
    same_findings(report.run_capstone(events, plan), report.run_capstone(log, plan))


def test_bad_input_gets_a_clear_error(tmp_path):
    with pytest.raises(eventlog.EventLogError, match="no file matches"):
        engine.open_event_log(tmp_path / "nope-*.parquet", preset="ga4")
    path = export_fixtures.write("posthog", tmp_path)
    with pytest.raises(eventlog.EventLogError, match="Did you mean 'distinct_id'"):
        engine.open_event_log(path, user_col="distinctid", time_col="timestamp", event_col="event")
    with pytest.raises(ValueError, match="preset"):
        engine.open_event_log(path, preset="heap")
    with pytest.raises(ValueError, match="name the columns"):
        engine.open_event_log(path)
    raw = ibis.memtable(pd.DataFrame({"who": [1], "when": [pd.Timestamp("2024-01-01")]}))
    with pytest.raises(ValueError, match="open_event_log"):
        report.run_capstone(raw, report.CapstonePlan())
    with pytest.raises(TypeError, match="load_event_log"):
        report.run_capstone([1, 2], report.CapstonePlan())


def test_the_report_of_a_big_log_is_the_same_page(parquet_dir, bomcar_pandas):
    log, _ = engine.open_event_log(
        parquet_dir / "bomcar.parquet",
        user_col="user_id",
        time_col="timestamp",
        event_col="event",
        properties=BOMCAR_PROPS,
    )
    found = report.run_capstone(log, BOMCAR_PLAN)
    a, b = report.summary_report(bomcar_pandas), report.summary_report(found)
    assert a.numbers == b.numbers and list(a.figures) == list(b.figures)
    assert a.html() == b.html()


def test_long_steps_show_a_progress_bar_saying_what_runs(capsys):
    events = export_fixtures.truth(users=40)
    log, _ = engine.open_event_log(
        events, user_col="user_id", time_col="timestamp", event_col="event"
    )
    plan = report.CapstonePlan(funnel_steps=["app_open", "purchase"], aha_events=["purchase"])
    report.run_capstone(log, plan)
    shown = capsys.readouterr().err
    for what in ("funnel", "cohort table", "aha moment"):
        assert what in shown
    report.run_capstone(events, plan)  # the in-memory path is quick: no bar
    assert capsys.readouterr().err == ""
