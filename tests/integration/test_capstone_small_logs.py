"""The capstone on a learner's own tiny export: every cell runs, nothing small is headlined.

A made-up shop export of 20 rows, 4 users and 57 days (own column names ``member``,
``created_at``, ``action``): the kind of first CSV a PM brings. The aha moment cannot run (not
90 days), every other step rests on 3 or 4 users.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat
import numpy as np
import pandas as pd
import pytest

from helpers import eventlog, report
from helpers.report import CapstonePlan, run_capstone

ROOT = Path(__file__).resolve().parents[2]

TINY_CSV = """member,created_at,action
anna,2025-01-03 09:12,signup
anna,2025-01-03 09:15,view_item
anna,2025-01-03 09:20,add_to_cart
anna,2025-01-03 09:22,purchase
ben,2025-01-05 18:01,signup
ben,2025-01-05 18:03,view_item
ben,2025-01-06 08:40,view_item
ben,2025-01-06 08:45,add_to_cart
chloe,2025-01-10 12:00,signup
chloe,2025-01-10 12:02,view_item
chloe,2025-01-12 19:30,add_to_cart
chloe,2025-01-12 19:31,purchase
anna,2025-02-02 10:00,view_item
anna,2025-02-02 10:05,add_to_cart
anna,2025-02-02 10:06,purchase
dan,2025-02-14 21:10,signup
dan,2025-02-14 21:12,view_item
ben,2025-02-20 07:55,view_item
chloe,2025-03-01 13:13,view_item
chloe,2025-03-01 13:20,purchase
"""

TINY_PLAN = CapstonePlan(
    name="My shop",
    signup_event="signup",
    funnel_steps=["signup", "view_item", "add_to_cart", "purchase"],
    browse_events=["view_item"],
    cta_event="add_to_cart",
    conversion_event="purchase",
    aha_events=["purchase"],
)


@pytest.fixture(scope="module")
def tiny_csv(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("own") / "my_events.csv"
    path.write_text(TINY_CSV, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny(tiny_csv):
    log, _ = eventlog.load_event_log(
        tiny_csv, user_col="member", time_col="created_at", event_col="action"
    )
    return log, run_capstone(log, TINY_PLAN)


def _status(found) -> dict[str, str]:
    return found.checklist.set_index("method")["status"].to_dict()


# ---- C1: a skipped step shows "skipped - why", never an error ------------------------------


def test_a_skipped_step_shows_why_in_its_table_and_figure(tiny, capsys):
    _, found = tiny
    assert found.aha_table is None  # 57 days: no retention window of days 31-90
    shown = found.table("aha", decimals=2)
    assert not shown
    assert repr(shown) == "aha moment: skipped - only 57 days of data (needs 90)"
    assert found.figure("aha") is None
    assert "Aha moment figure: skipped - only 57 days of data (needs 90)" in capsys.readouterr().out
    # a step that ran gives its table, rounded
    assert found.table("funnel")["users"].tolist() == [4, 4, 3, 2]
    assert found.table("funnel")["pct_of_previous"].iloc[-1] == 0.667
    with pytest.raises(ValueError, match="name="):
        found.table("pie")


def test_the_summary_does_not_print_the_skipped_figures(tiny, capsys):
    _, found = tiny
    rep = report.summary_report(found)
    assert capsys.readouterr().out == ""
    assert "aha" not in rep.figures
    assert rep.notes == ["aha moment: only 57 days of data (needs 90)"]


# ---- C2: a minimum size per step; sizes in the key numbers ---------------------------------


def test_four_users_are_too_small_for_any_headline(tiny):
    _, found = tiny
    status = _status(found)
    for method in ("funnel", "behaviour segments", "quadrant", "cohort table", "aha moment"):
        assert status[method] == "too small", method
    users = found.checklist.set_index("method")["users"]
    assert users["funnel"] == 4 and users["quadrant"] == 4
    assert users["cohort table"] == 3  # February's month 1 is March, only partly covered
    n = found.numbers
    assert "Largest quadrant" not in n and "Largest behaviour segment" not in n
    assert "Funnel: biggest drop" not in n
    assert n["Quadrant"] == (
        "too few users to conclude: 4 users, needs 30+ "
        "(natural growth: 2; action needed: 1; low impact: 1)"
    )
    assert n["Funnel"].endswith("(signup: 4 -> view_item: 4 -> add_to_cart: 3 -> purchase: 2)")
    assert n["Active one month after start (average cohort)"] == (
        "too few users to conclude: 3 users, needs 30+ "
        "(1 cohort; 2 of them active one month after start)"
    )
    assert not any("%" in v for k, v in n.items() if k != "Partial last month")


def test_a_too_small_figure_says_so_instead_of_a_takeaway(tiny):
    _, found = tiny
    for name, users in (
        ("funnel", "4 users"),
        ("quadrant", "4 users"),
        ("cohort", "3 users with a whole month 1 in the data"),
    ):
        fig = found.figure(name)
        title = fig.axes[0].get_title(loc="left")
        assert title == f"Only {users}: too few to conclude (needs 30+)", name
        plt.close(fig)


def _shop(n_users: int) -> pd.DataFrame:
    """``n_users`` made-up users over 200 days: sign-up, a view, every other user a purchase."""
    rows = []
    for u in range(n_users):
        t = pd.Timestamp("2024-01-01") + pd.Timedelta(days=u % 60)
        rows += [(u, t, "signup"), (u, t + pd.Timedelta(hours=1), "view")]
        if u % 2:
            rows += [(u, t + pd.Timedelta(days=2), "buy"), (u, t + pd.Timedelta(days=40), "view")]
    rows.append((0, pd.Timestamp("2024-07-31"), "view"))
    return pd.DataFrame(rows, columns=["user_id", "timestamp", "event"])


def test_fifty_users_are_approximate_with_sizes_and_five_hundred_are_ready():
    plan = CapstonePlan(signup_event="signup", cta_event="view", conversion_event="buy")
    found = run_capstone(_shop(50), plan)
    status = _status(found)
    assert status["funnel"] == status["quadrant"] == "approximate"
    detail = found.checklist.set_index("method").loc["funnel", "detail"]
    assert detail == "only 50 users: a share is known to about +-14%"
    assert found.numbers["Funnel: reach 'buy'"] == "50% of 50 users"
    assert found.numbers["Funnel: biggest drop"].endswith("50% continue (25 of 50 users)")
    assert found.numbers["Largest quadrant"].endswith("of 50 users)")
    big = run_capstone(_shop(500), plan)
    assert _status(big)["funnel"] == _status(big)["quadrant"] == "ready"
    assert re.fullmatch(
        r"\d+% \(2 cohorts, [\d,]+ users\)",
        big.numbers[next(k for k in big.numbers if k.startswith("Active one month"))],
    )


# ---- C3: "not in the log" and "not chosen" are two statuses --------------------------------


def test_not_in_the_log_and_not_chosen_are_told_apart(tiny):
    log, _ = tiny
    plan = CapstonePlan(cta_event="add_to_cartt", conversion_event="purchase")
    status = eventlog.schema_checklist(
        log, cta_event=plan.cta_event, conversion_event=plan.conversion_event
    ).set_index("method")
    assert status.loc["funnel", "status"] == "not in the log"
    assert "did you mean 'add_to_cart'" in status.loc["funnel", "detail"]
    assert status.loc["behaviour segments", "status"] == "not in the log"  # a typo beats a gap
    none_chosen = eventlog.schema_checklist(log).set_index("method")
    assert none_chosen.loc["quadrant", "status"] == "not chosen"
    assert none_chosen.loc["quadrant", "detail"] == "not chosen: CTA, completion event"
    assert none_chosen.loc["aha moment", "status"] == "too small"
    assert none_chosen.loc["aha moment", "detail"] == "only 57 days of data (needs 90)"
    one_step = eventlog.schema_checklist(log, funnel_steps=["signup"]).set_index("method")
    assert one_step.loc["funnel", "status"] == "not chosen"
    assert set(none_chosen["status"]) <= set(eventlog.CHECKLIST_STATUSES)


def test_the_capstone_checklist_agrees_with_what_it_skipped():
    log = _shop(200)
    found = run_capstone(log, CapstonePlan(signup_event="signup", funnel_steps=["view", "buy"]))
    status = found.checklist.set_index("method")
    assert status.loc["aha moment", "status"] == "not chosen"  # no aha_events in the plan
    assert found.skipped["aha moment"] == "no aha action chosen (aha_events)"
    typo = run_capstone(log, CapstonePlan(signup_event="signup", aha_events=["buyy"]))
    status = typo.checklist.set_index("method")
    assert status.loc["aha moment", "status"] == "not in the log"
    assert status.loc["aha moment", "detail"] == "aha action 'buyy' is not in the log"
    for run in (found, typo):
        runs = run.checklist["status"].isin(["ready", "approximate"])
        assert not set(run.checklist.loc[runs, "method"]) & set(run.skipped)


# ---- C4 and C1 end to end: notebook 10's own cells on the tiny CSV -------------------------


def _run_cells(cells: list[str], namespace: dict) -> dict[str, str]:
    """Run code cells like Jupyter: each cell's last expression is shown (repr); returns the
    shown text per cell source."""
    shown = {}
    for source in cells:
        tree = ast.parse(source)
        last = tree.body[-1] if tree.body else None
        if isinstance(last, ast.Expr):
            exec(compile(ast.Module(tree.body[:-1], []), "<cell>", "exec"), namespace)
            value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
            shown[source] = repr(value)
        else:
            exec(compile(tree, "<cell>", "exec"), namespace)
        plt.close("all")
    return shown


def test_notebook_10_runs_top_to_bottom_on_a_tiny_own_csv(tiny_csv, tmp_path, capsys):
    nb = nbformat.read(ROOT / "notebooks" / "10_capstone.ipynb", as_version=4)
    cells = [c.source for c in nb.cells if c.cell_type == "code"]
    edit = next(i for i, c in enumerate(cells) if c.startswith("SOURCE = "))
    cells[edit] = (
        f"SOURCE = {str(tiny_csv)!r}\n"
        'USER_COL, TIME_COL, EVENT_COL = "member", "created_at", "action"\n'
        "PROPERTIES = []\n"
        "PLAN = report.CapstonePlan(name='My shop', signup_event='signup',\n"
        "    funnel_steps=['signup', 'view_item', 'add_to_cart', 'purchase'],\n"
        "    browse_events=['view_item'], cta_event='add_to_cart', conversion_event='purchase',\n"
        "    aha_events=['purchase'])\n"
        f"OUTPUT_DIR = Path({str(tmp_path)!r})\n"
    )
    summary = next(i for i, c in enumerate(cells) if "report.summary_report(found)" in c)
    ns: dict = {}
    shown = _run_cells(cells[: summary + 1], ns)  # "Run all below" reaches the summary
    assert (tmp_path / "summary.html").exists() and (tmp_path / "summary.png").exists()
    aha_cell = next(c for c in shown if 'found.table("aha"' in c)
    assert shown[aha_cell] == "aha moment: skipped - only 57 days of data (needs 90)"
    assert "Aha moment figure: skipped" in capsys.readouterr().out
    # C4: the plain-pandas cohort cell and the helper's table agree on every cohort
    _agree(ns["share_at_1"], ns["found"].cohort[1])
    assert ns["share_at_1"].loc[pd.Period("2025-02", "M")] == 0  # nobody came back: 0, not NaN
    # a fifth user who starts in the last month: month 1 cannot be seen yet - NaN in both
    cohort_cell = next(c for c in cells if "share_at_1 =" in c)
    log = ns["log"]
    later = pd.DataFrame({"user_id": ["eve"], "timestamp": [pd.Timestamp("2025-03-01")]})
    log = pd.concat([log, later.assign(event="signup")], ignore_index=True)
    ns = {"log": log}
    _run_cells([cohort_cell], ns)
    helper = run_capstone(log, TINY_PLAN).cohort[1]
    _agree(ns["share_at_1"], helper)
    assert np.isnan(ns["share_at_1"].loc[pd.Period("2025-03", "M")])


def _agree(pandas_way: pd.Series, helper: pd.Series) -> None:
    """Same cohorts, same shares, NaN (not yet observable) in the same places."""
    assert list(pandas_way.index) == list(helper.index)
    np.testing.assert_allclose(pandas_way.to_numpy(float), helper.to_numpy(float))


# ---- C5: a small heatmap's numbers are readable ---------------------------------------------


def test_a_small_cohort_heatmap_has_readable_numbers(tiny):
    _, found = tiny
    fig = found.figure("cohort")
    sizes = {t.get_fontsize() for t in fig.axes[0].texts if t.get_text().endswith("%")}
    sizes |= {t.get_fontsize() for t in fig.axes[0].texts if t.get_text().endswith("%*")}
    assert sizes and min(sizes) >= 10
    plt.close(fig)
