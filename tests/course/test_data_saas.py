"""World 2 (Dalbit, a fictional B2B chat/CRM tool): the committed data, its loaders, and the
planted truths that notebook 09 teaches, found by running the course's own helpers.

The planted truths are described for facilitators in docs/facilitator.md ("What the data hides").
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from course import data_saas
from course.generate import saas
from helpers import kpi


@pytest.fixture(scope="module")
def accounts() -> pd.DataFrame:
    return data_saas.load_saas_accounts()


@pytest.fixture(scope="module")
def months() -> pd.DataFrame:
    return data_saas.load_saas_account_months()


@pytest.fixture(scope="module")
def responses() -> pd.DataFrame:
    return data_saas.load_saas_nps()


@pytest.fixture(scope="module")
def responses_with_segments(responses, months, accounts) -> pd.DataFrame:
    """Each response with the account's plan that month and its company attributes."""
    month = responses["responded_at"].dt.to_period("M").dt.to_timestamp()
    plan = months[["account_id", "month", "plan"]]
    out = responses.assign(month=month).merge(plan, on=["account_id", "month"], how="left")
    return out.merge(accounts, on="account_id", how="left")


# ---- loading ------------------------------------------------------------------------------


def test_all_three_tables_load_typed(accounts, months, responses):
    # loading is fast (a few tens of milliseconds); no timing assert here on purpose
    assert len(accounts) > 300 and len(months) > 5_000 and len(responses) > 500
    assert accounts["signup_month"].dtype.kind == "M"
    assert months["month"].dtype.kind == "M"
    assert responses["responded_at"].dtype.kind == "M"
    assert list(months["plan"].cat.categories) == ["starter", "growth", "enterprise"]
    assert months["plan"].cat.ordered
    assert list(accounts["company_size"].cat.categories) == ["1-10", "11-50", "51-200", "201+"]
    assert str(months["renewed"].dtype) == "boolean"
    assert months["renewal_due"].dtype == bool
    for col in ("seats", "mrr_krw", "bookings_krw", "cost_to_serve_krw", "addon_orders"):
        assert months[col].dtype.kind == "i", col


def test_loaders_return_a_fresh_copy():
    first = data_saas.load_saas_nps()
    first.loc[0, "score"] = -99
    assert data_saas.load_saas_nps().loc[0, "score"] != -99


def test_committed_files_are_small():
    sizes = [p.stat().st_size for p in Path(data_saas._data.DATA_DIR).glob("saas_*.csv")]
    assert len(sizes) == 3
    assert sum(sizes) < 1_000_000


@pytest.mark.slow
def test_generator_reproduces_committed_bytes(tmp_path):
    for path in saas.write(tmp_path):
        committed = Path(data_saas._data.DATA_DIR) / path.name
        assert path.read_bytes() == committed.read_bytes(), path.name


# ---- the data hangs together --------------------------------------------------------------


def test_account_months_are_consistent(accounts, months):
    assert not months.duplicated(["account_id", "month"]).any()
    assert months["month"].min() == data_saas.SAAS_FIRST_MONTH
    assert months["month"].max() == data_saas.SAAS_LAST_MONTH
    assert (months["month"].dt.day == 1).all()
    assert set(months["account_id"]) == set(accounts["account_id"])
    # MRR is seats x list price, churned rows carry nothing
    price = months["plan"].astype(str).map(saas.PRICE_PER_SEAT)
    assert (months["mrr_krw"] == months["seats"] * price).all()
    churned = months[months["status"] == "churned"]
    assert (churned[["seats", "mrr_krw", "bookings_krw", "cost_to_serve_krw"]] == 0).all().all()
    # renewed is known exactly where a renewal is due
    assert months.loc[months["renewal_due"], "renewed"].notna().all()
    assert months.loc[~months["renewal_due"], "renewed"].isna().all()
    # each account: consecutive months, "new" only first, "churned" only last
    for _, rows in months.groupby("account_id"):
        gaps = rows["month"].diff().dropna().dt.days
        assert gaps.between(28, 31).all()
        status = rows["status"].tolist()
        assert "new" not in status[1:]
        assert "churned" not in status[:-1]


def test_new_rows_match_signup_months(accounts, months):
    new = months[months["status"] == "new"].merge(accounts, on="account_id")
    assert (new["month"] == new["signup_month"]).all()
    late = accounts[accounts["signup_month"] >= data_saas.SAAS_FIRST_MONTH]
    assert len(new) == len(late)
    assert (accounts["acquisition_cost_krw"] > 0).all()


def test_every_response_comes_from_a_paying_account(responses, months):
    month = responses["responded_at"].dt.to_period("M").dt.to_timestamp()
    keyed = responses.assign(month=month).merge(
        months[["account_id", "month", "status"]], on=["account_id", "month"], how="left"
    )
    assert keyed["status"].isin(["active"]).all()
    assert responses["response_id"].is_unique
    assert responses["responded_at"].max() < data_saas.SAAS_TODAY


# ---- planted truths -----------------------------------------------------------------------


def test_mrr_grows_at_about_six_percent_a_month(months):
    mrr = kpi.mrr_by_month(months)
    assert len(mrr) == 24
    assert kpi.cmgr(mrr) == pytest.approx(0.06, abs=0.005)
    assert kpi.cmgr(months) == pytest.approx(kpi.cmgr(mrr))
    # the growth comes from the mechanism: sign-ups, seat expansion and churn all happen
    growth = kpi.growth_rate(mrr).dropna()
    assert growth.min() < growth.max()  # not one smooth rate
    assert (months["status"] == "new").groupby(months["month"]).sum().min() > 0
    assert (months["status"] == "churned").sum() > 50
    seats = months.sort_values("month").groupby("account_id")["seats"]
    assert (seats.diff() > 0).sum() > 500


def test_promoters_renew_more_than_passives_and_detractors(responses, months):
    linked = kpi.link_nps_to_renewal(responses, months)
    assert (linked["renewal_month"] > linked["responded_at"]).all()
    linked["category"] = kpi.nps_category(linked["score"])
    rates = kpi.renewal_rate_by(linked, "category")["renewal_rate"]
    assert rates["promoter"] > rates["passive"] > rates["detractor"]
    assert rates["promoter"] - rates["detractor"] >= 0.20
    assert (kpi.renewal_rate_by(linked, "category")["renewals_due"] >= 100).all()


def test_promoters_renew_more_within_each_plan(responses, months):
    """Not only a plan effect: the gap holds inside every plan."""
    linked = kpi.link_nps_to_renewal(responses, months)
    linked["category"] = kpi.nps_category(linked["score"])
    plan = months[["account_id", "month", "plan"]].rename(columns={"month": "renewal_month"})
    rates = kpi.renewal_rate_by(
        linked.merge(plan, on=["account_id", "renewal_month"]), ["plan", "category"]
    )["renewal_rate"]
    for p in ["starter", "growth", "enterprise"]:
        assert rates[(p, "promoter")] > rates[(p, "detractor")] + 0.10


def test_nps_differs_by_segment(responses_with_segments):
    df = responses_with_segments
    assert df["plan"].notna().all()
    overall = kpi.nps(df)
    assert 0 < overall < 30
    by_plan = kpi.nps_breakdown(df, by="plan")["nps"]
    assert by_plan["starter"] < overall < by_plan["enterprise"]
    assert by_plan["starter"] < by_plan["growth"] < by_plan["enterprise"]
    assert by_plan["enterprise"] - by_plan["starter"] >= 30
    assert by_plan["starter"] < 0 < by_plan["growth"]
    by_size = kpi.nps_breakdown(df, by="company_size")["nps"]
    assert by_size["1-10"] == by_size.min() and by_size["1-10"] < 0
    by_industry = kpi.nps_breakdown(df, by="industry")["nps"]
    assert by_industry.idxmin() == "healthcare"


def test_unit_economics_are_plausible(accounts, months):
    gm = kpi.gross_margin(months)
    assert 0.7 < gm < 0.9
    by_plan = kpi.gross_margin(months, by="plan")
    assert by_plan["starter"] < by_plan["enterprise"]
    assert 0.3 < kpi.repeat_purchase_rate(months) < 0.8
    new = months[months["status"] == "new"].merge(accounts, on="account_id")
    payback = kpi.cac_payback_months(new, gross_margin=gm, by="acquisition_channel")
    assert payback["referral"] < payback["paid_search"] < payback["outbound_sales"]
    assert 6 < kpi.cac_payback_months(new, gross_margin=gm) < 24
    late = months.merge(accounts[["account_id", "signup_month"]], on="account_id")
    late = late[late["signup_month"] >= data_saas.SAAS_FIRST_MONTH]
    ltv = kpi.cohort_ltv(late)
    assert ltv.shape == (24, 24)
    assert ltv.iloc[:, 0].notna().all() and ltv.iloc[-1, 1:].isna().all()
    customers = kpi.total_customers(months)
    assert customers.is_monotonic_increasing or customers.iloc[-1] > 3 * customers.iloc[0]


def test_helpers_do_not_change_the_loaded_tables(accounts, months, responses):
    before = [accounts.copy(), months.copy(), responses.copy()]
    kpi.cmgr(months)
    kpi.total_customers(months)
    kpi.gross_margin(months, by="month")
    kpi.cohort_ltv(months)
    kpi.link_nps_to_renewal(responses, months)
    kpi.nps_breakdown(responses)
    for b, a in zip(before, [accounts, months, responses], strict=True):
        pd.testing.assert_frame_equal(a, b)
