"""helpers/cohort.py: cohort_table against a slow, obvious computation (every metric, period,
start column, chosen events and last period), metric="sum", any index, the caller's log left
as it was, the errors; cohort_heatmap on a given Axes and on its own figure."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import cohort  # noqa: E402
from helpers.style import SYNTHETIC_NOTE  # noqa: E402


def random_log(seed: int, n_users: int = 40) -> pd.DataFrame:
    """A small log: events over ~9 months, a sign-up time that is sometimes after the first
    event (those earlier events must not count), a number per event, a shuffled order."""
    rng = np.random.default_rng(seed)
    rows = []
    for user in range(n_users):
        first = pd.Timestamp("2024-01-01") + pd.Timedelta(hours=int(rng.integers(0, 24 * 200)))
        signup = first + pd.Timedelta(days=int(rng.integers(-20, 15)))
        for _ in range(int(rng.integers(1, 12))):
            when = first + pd.Timedelta(hours=int(rng.integers(0, 24 * 120)))
            rows.append((user, when, str(rng.choice(["a", "b", "c"])), signup, rng.integers(0, 50)))
    log = pd.DataFrame(rows, columns=["user_id", "timestamp", "event", "signup_at", "amount"])
    return log.sample(frac=1.0, random_state=seed).reset_index(drop=True)


def slow_table(
    log: pd.DataFrame,
    metric: str,
    period: str = "M",
    cohort_time_col: str | None = None,
    active_events: list[str] | None = None,
    last_period: pd.Period | None = None,
) -> dict:
    """The table as {(cohort, age): value}, one user and one event at a time."""

    def per(ts: pd.Timestamp) -> pd.Period:
        return pd.Period(ts, freq=period)

    events = [
        (
            r.user_id,
            per(r.timestamp),
            r.event,
            r.amount,
            per(getattr(r, cohort_time_col or "timestamp")),
        )
        for r in log.itertuples()
    ]
    start: dict = {}
    for user, _, _, _, s in events:
        start[user] = min(start.get(user, s), s)
    end = last_period if last_period is not None else max(e[1] for e in events)
    cohorts = sorted({s for s in start.values() if s <= end})
    ages = (end - cohorts[0]).n + 1
    out = {}
    for c in cohorts:
        members = {u for u, s in start.items() if s == c}
        mine = [e for e in events if e[0] in members]
        for age in range(ages):
            if c + age > end:
                out[c, age] = math.nan
                continue
            here = [e for e in mine if e[1] == c + age]
            if metric == "conversion":
                tried = {e[0] for e in here if e[2] == "a"}
                done = {e[0] for e in here if e[2] == "b"} & tried
                out[c, age] = len(done) / len(tried) if tried else math.nan
                continue
            if active_events is not None:
                here = [e for e in here if e[2] in active_events]
            if metric == "count":
                out[c, age] = float(len(here))
            elif metric == "sum":
                out[c, age] = float(sum(e[3] for e in here))
            elif metric == "users":
                out[c, age] = float(len({e[0] for e in here}))
            else:
                out[c, age] = len({e[0] for e in here}) / len(members)
    return out


def as_dict(table: pd.DataFrame) -> dict:
    return {(c, a): v for (c, a), v in table.stack().items()}


def _table(log, metric, **kw):
    if metric == "conversion":
        kw.update(convert_from="a", convert_to="b")
    if metric == "sum":
        kw.update(value_col="amount")
    return cohort.cohort_table(log, metric=metric, **kw)


@pytest.mark.parametrize("metric", ["retention", "users", "count", "sum", "conversion"])
@pytest.mark.parametrize("period", ["W", "M", "Q"])
@pytest.mark.parametrize("seed", [1, 2])
def test_matches_the_slow_computation(metric, period, seed):
    log = random_log(seed)
    for cohort_time_col in (None, "signup_at"):
        for active in (None, ["a", "c"]):
            if metric == "conversion" and active is not None:
                continue  # conversion reads its own two events
            kw = {"period": period, "cohort_time_col": cohort_time_col, "active_events": active}
            got = _table(log, metric, **kw)
            want = slow_table(log, metric, period, cohort_time_col, active)
            assert list(as_dict(got)) == list(want), kw
            np.testing.assert_allclose(list(as_dict(got).values()), list(want.values()), err_msg=kw)


@pytest.mark.parametrize("metric", ["retention", "users", "count", "sum", "conversion"])
def test_a_last_period_before_the_data_ends_counts_what_happened_by_then(metric):
    """Events after last_period are not yet seen; they must not spill into other cells (the
    numpy engine this replaced packed (user, age) into one number that overflowed here)."""
    log = random_log(3)
    last = pd.Period("2024-05", "M")
    got = _table(log, metric, last_period=last)
    want = slow_table(log, metric, last_period=last)
    assert got.index.max() == last and list(as_dict(got)) == list(want)
    np.testing.assert_allclose(list(as_dict(got).values()), list(want.values()))


def test_a_last_period_after_the_data_adds_observable_empty_cells():
    log = random_log(4)
    got = cohort.cohort_table(log, metric="users", last_period="2025-03")
    want = slow_table(log, "users", last_period=pd.Period("2025-03", "M"))
    np.testing.assert_allclose(list(as_dict(got).values()), list(want.values()))
    assert got.iloc[0, -1] == 0.0  # seen and empty: 0, not "not yet"


def test_shape_names_and_dtypes():
    table = cohort.cohort_table(random_log(5), metric="sum", value_col="amount")
    assert isinstance(table.index, pd.PeriodIndex) and table.index.freqstr == "M"
    assert table.index.name == "cohort" and table.columns.name == "age"
    assert list(table.columns) == list(range(table.shape[1]))
    assert table.columns.dtype == "int64"
    assert (table.dtypes == "float64").all()
    assert table.index.is_monotonic_increasing


def test_young_cohorts_are_not_yet_not_zero():
    log = random_log(6)
    table = cohort.cohort_table(log)
    last = pd.Period(log["timestamp"].max(), "M")  # the data's last month
    for c, row in table.iterrows():
        seen = (last - c).n
        assert row.iloc[: seen + 1].notna().all() and row.iloc[seen + 1 :].isna().all()
    assert (table[0] == 1.0).all()  # everyone is active in their first period


def test_sum_is_the_total_of_the_values():
    log = random_log(7)
    table = cohort.cohort_table(log, metric="sum", value_col="amount")
    assert table.sum().sum() == log["amount"].sum()


@pytest.mark.parametrize("metric", ["retention", "count", "sum", "conversion"])
def test_any_index_gives_the_same_table(metric):
    log = random_log(8)
    want = _table(log, metric, cohort_time_col="signup_at")
    for index in (
        pd.Index([f"row {i}" for i in range(len(log))]),
        pd.Index([7] * len(log)),  # every label the same
        pd.RangeIndex(len(log))[::-1],
    ):
        got = _table(log.set_axis(index), metric, cohort_time_col="signup_at")
        pd.testing.assert_frame_equal(got, want)


def test_the_log_is_not_modified():
    log = random_log(9).astype({"event": "category"})
    before = log.copy()
    for metric in ("retention", "users", "count", "sum", "conversion"):
        _table(log, metric, cohort_time_col="signup_at", period="W")
    pd.testing.assert_frame_equal(log, before)


def test_a_categorical_event_column_and_string_users_work():
    log = random_log(10)
    want = _table(log, "conversion")
    fancy = log.astype({"event": "category"}).assign(
        user_id=lambda d: "u" + d["user_id"].astype(str)
    )
    got = _table(fancy, "conversion")
    np.testing.assert_allclose(got.to_numpy(), want.to_numpy())


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"metric": "sum"}, ValueError, r"metric='sum' and value_col= go together"),
        ({"value_col": "amount"}, ValueError, r"metric='sum' and value_col= go together"),
        ({"metric": "sum", "value_col": "amont"}, ValueError, r"Did you mean 'amount'"),
        ({"metric": "sum", "value_col": "event"}, TypeError, r"'event'"),
        ({"metric": "conversion", "convert_from": "a"}, ValueError, r"convert_to="),
        ({"last_period": "2023-06"}, ValueError, r"last_period='2023-06' is before the first"),
        ({"metric": "retained"}, ValueError, r"retained"),
        ({"period": "Y"}, ValueError, r"'Y'"),
        ({"active_events": ["z"]}, ValueError, r"unknown event 'z'"),
        ({"cohort_time_col": "amount"}, TypeError, r"must hold datetimes"),
    ],
)
def test_bad_arguments_name_the_problem(kwargs, error, message):
    with pytest.raises(error, match=message):
        cohort.cohort_table(random_log(11), **kwargs)


# ---- cohort_heatmap ----------------------------------------------------------------------


def _notes(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts if t.get_text() == SYNTHETIC_NOTE]


def test_heatmap_makes_its_own_figure_with_the_data_note():
    table = cohort.cohort_table(random_log(12))
    before = plt.get_fignums()
    fig = cohort.cohort_heatmap(table, "Retention falls")
    assert len(plt.get_fignums()) == len(before) + 1
    assert _notes(fig) == [SYNTHETIC_NOTE]
    assert fig.axes[0].get_title(loc="left") == "Retention falls"
    plt.close(fig)


def test_heatmap_draws_on_a_given_axes_without_a_note():
    table = cohort.cohort_table(random_log(12))
    fig, (left, right) = plt.subplots(1, 2)
    before = plt.get_fignums()
    got = cohort.cohort_heatmap(table, "Retention falls", ax=right)
    assert got is fig and plt.get_fignums() == before  # no new figure
    assert right.get_title(loc="left") == "Retention falls" and right.images
    assert not left.images and _notes(fig) == []  # the caller's figure: the caller's note
    plt.close(fig)


def test_heatmap_marks_a_partly_covered_period():
    table = cohort.cohort_table(random_log(13))
    last = table.index.max()
    fig = cohort.cohort_heatmap(table, "t", partial=last)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert (
        sum(t.endswith("*") for t in texts)
        == table.notna()
        .to_numpy()[np.add.outer(table.index.asi8, np.arange(table.shape[1])) == last.ordinal]
        .sum()
    )
    assert "partly covered" in fig.axes[0].get_xlabel()
    plt.close(fig)


def test_events_after_last_period_are_nobody_elses():
    """A's April visit is after last_period; the numpy engine this replaced counted it as B's
    January visit (it packed user and age into one number, which overflowed here)."""
    log = pd.DataFrame(
        {
            "user_id": ["A", "A", "B"],
            "timestamp": pd.to_datetime(["2024-01-15", "2024-04-10", "2024-02-05"]),
            "signup_at": pd.to_datetime(["2024-01-10", "2024-01-10", "2024-01-20"]),
        }
    )
    table = cohort.cohort_table(
        log, metric="users", cohort_time_col="signup_at", last_period="2024-02"
    )
    assert table.loc[pd.Period("2024-01", "M")].tolist() == [1.0, 1.0]


def test_breakdown_plot_on_its_own_figure_and_on_a_given_axes():
    breakdown = cohort.active_user_breakdown(random_log(14))
    own = cohort.breakdown_plot(breakdown, "More users return")
    assert _notes(own) == [SYNTHETIC_NOTE]
    fig, ax = plt.subplots()
    before = plt.get_fignums()
    assert cohort.breakdown_plot(breakdown, "More users return", ax=ax) is fig
    assert plt.get_fignums() == before and len(ax.patches) == 4 * len(breakdown)
    assert _notes(fig) == []
    plt.close("all")
