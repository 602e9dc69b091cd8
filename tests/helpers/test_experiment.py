"""helpers.experiment at the edges: tiny p-values, rates of 0 or 1, one group, empty groups."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from scipy import stats

from helpers import experiment


def ab(k_control: int, n_control: int, k_treatment: int, n_treatment: int) -> pd.DataFrame:
    outcome = (
        [1] * k_control
        + [0] * (n_control - k_control)
        + [1] * k_treatment
        + [0] * (n_treatment - k_treatment)
    )
    variant = ["control"] * n_control + ["treatment"] * n_treatment
    return pd.DataFrame({"variant": variant, "converted": outcome}, index=[0] * len(outcome))


def test_a_huge_difference_has_a_tiny_p_value_not_zero():
    r = experiment.two_proportion_test(ab(100, 1000, 400, 1000), "variant", "converted")
    assert r["p_value"] > 0
    assert math.isclose(r["p_value"], 3.9e-54, rel_tol=0.05)
    assert math.isclose(r["z"], 0.3 / math.sqrt(0.25 * 0.75 * 2 / 1000), rel_tol=1e-12)


def test_zero_of_twenty_in_both_groups_gives_the_newcombe_interval():
    r = experiment.two_proportion_test(ab(0, 20, 0, 20), "variant", "converted")
    assert r["difference"] == 0.0 and r["p_value"] == 1.0
    assert r["ci_low"] == pytest.approx(-0.161, abs=5e-4)
    assert r["ci_high"] == pytest.approx(0.161, abs=5e-4)


def test_rates_of_zero_and_one_are_honest():
    r = experiment.two_proportion_test(ab(0, 20, 20, 20), "variant", "converted")
    assert r["difference"] == 1.0
    assert r["ci_low"] == pytest.approx(0.772, abs=1e-3)  # Newcombe; Wald would say 1.0
    assert r["ci_high"] == 1.0
    assert r["p_value"] == pytest.approx(2 * stats.norm.sf(r["z"]))
    assert math.isnan(r["relative_lift"])  # a lift over 0% has no relative size
    small = experiment.two_proportion_test(ab(0, 6, 6, 6), "variant", "converted")
    # 3 expected conversions per group: too few for the normal approximation
    assert small["p_value"] == pytest.approx(stats.fisher_exact([[0, 6], [6, 0]])[1])


def test_the_interval_matches_the_taught_formula_on_large_groups():
    r = experiment.two_proportion_test(ab(2000, 10000, 2300, 10000), "variant", "converted")
    p1, p2 = 0.2, 0.23
    se = math.sqrt(p1 * (1 - p1) / 10000 + p2 * (1 - p2) / 10000)
    assert r["ci_low"] == pytest.approx(0.03 - 1.96 * se, abs=5e-4)
    assert r["ci_high"] == pytest.approx(0.03 + 1.96 * se, abs=5e-4)
    assert r["p_value"] == pytest.approx(2 * (1 - experiment.normal_cdf(abs(r["z"]))))


def test_degenerate_inputs_get_a_clear_error():
    one = ab(3, 10, 0, 0)
    with pytest.raises(ValueError, match="only one group"):
        experiment.two_proportion_test(one, "variant", "converted")
    with pytest.raises(ValueError, match="unknown group 'treatment'"):
        experiment.two_proportion_test(
            ab(3, 10, 4, 10).replace({"treatment": "B"}), "variant", "converted"
        )
    with pytest.raises(ValueError, match="same group"):
        experiment.two_proportion_test(
            ab(3, 10, 4, 10), "variant", "converted", treatment="control"
        )
    with pytest.raises(ValueError, match="empty DataFrame"):
        experiment.two_proportion_test(ab(0, 0, 0, 0), "variant", "converted")
    with pytest.raises(ValueError, match="only one group"):
        experiment.srm_check(one, "variant")
    with pytest.raises(ValueError, match="positive"):
        experiment.srm_check(ab(3, 10, 4, 10), "variant", {"control": 1, "treatment": 0})


def test_distributions_are_scipy_s():
    assert experiment.normal_quantile(0.975) == pytest.approx(1.959964, abs=1e-6)
    assert experiment.chi2_sf(3.841459, 1) == pytest.approx(0.05, abs=1e-6)
    assert experiment.chi2_sf(200.0, 3) > 0  # no underflow to 0 for a large statistic
    assert experiment.sample_size(0.20, 0.05) == 1094
    with pytest.raises(ValueError, match="power"):
        experiment.sample_size(0.2, 0.05, power=1.5)
