"""A/B tests: difference in conversion with its interval, sample size, sample-ratio check.

The distributions, tests and intervals come from scipy and statsmodels (well-kept, and right
at the edges: tiny p-values, rates of 0 or 1, small groups). Notebook 08 still shows the
formulas where they teach: the rate difference, its standard error, the pooled z.

>>> import pandas as pd
>>> df = pd.DataFrame({"variant": ["control"] * 1000 + ["treatment"] * 1000,
...                    "converted": [1] * 200 + [0] * 800 + [1] * 250 + [0] * 750})
>>> r = two_proportion_test(df, "variant", "converted")
>>> round(r["difference"], 3), r["p_value"] < 0.05
(0.05, True)
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy import special

from helpers import validate
from helpers.i18n import tr


def normal_cdf(z: float) -> float:
    """P(Z <= z) for a standard normal Z (scipy's ``ndtr``, what ``norm.cdf`` uses).

    >>> round(normal_cdf(1.96), 3)
    0.975
    """
    return float(special.ndtr(z))


def normal_quantile(p: float) -> float:
    """The z with P(Z <= z) = p (scipy's ``ndtri``, what ``norm.ppf`` uses).

    >>> round(normal_quantile(0.975), 2)
    1.96
    """
    if not 0.0 < p < 1.0:
        raise ValueError(f"normal_quantile(): p must be between 0 and 1, got {p}.")
    return float(special.ndtri(p))


def _groups(df, group_col, outcome_col, control, treatment, func):
    validate.frame(df, func)
    validate.columns(df, [group_col, outcome_col], func)
    validate.numbers(df, outcome_col, func)
    if control == treatment:
        raise ValueError(
            tr(
                "{func}(): control and treatment are the same group ({control!r}).",
                func=func,
                control=control,
            )
        )
    present = list(pd.unique(df[group_col].astype("object")))
    if len(present) < 2:
        raise ValueError(
            tr(
                "{func}(): {column!r} has only one group ({group!r}): an A/B test compares two "
                "groups. Check the filter before this call.",
                func=func,
                column=group_col,
                group=present[0],
            )
        )
    validate.known_values([control, treatment], present, "group", func)
    values = df[outcome_col].astype("float64")
    if not values.isin([0.0, 1.0]).all():
        bad = df.loc[~values.isin([0.0, 1.0]).to_numpy(), outcome_col].iloc[0]
        raise ValueError(
            tr(
                "{func}(): {column!r} must be 0/1 (or True/False); found {bad}.",
                func=func,
                column=outcome_col,
                bad=bad,
            )
        )
    groups = df[group_col].to_numpy()
    c = values[(groups == control)]
    t = values[(groups == treatment)]
    return c, t


def two_proportion_test(
    df: pd.DataFrame,
    group_col: str,
    outcome_col: str,
    *,
    control: str = "control",
    treatment: str = "treatment",
    alpha: float = 0.05,
) -> dict:
    """Compare the conversion of two groups (one row per unit, outcome 0/1).

    Returns a dict: ``n_control``, ``n_treatment``, ``rate_control``, ``rate_treatment``,
    ``difference`` (treatment - control, absolute), ``ci_low``/``ci_high`` (the 1 - alpha
    interval of the difference: Newcombe's hybrid score interval, statsmodels' ``newcomb``,
    which stays honest at rates of 0 or 1 and in small groups), ``relative_lift``, ``z``
    (pooled) and the two-sided ``p_value``: of the pooled z-test (scipy's normal
    distribution, so a tiny p-value is not rounded to 0), or of Fisher's exact test when a
    group expects fewer than 5 conversions or non-conversions. Raises ``ValueError`` when a
    group is missing or empty, or there is only one group.

    >>> df = pd.DataFrame({"variant": ["control"] * 20 + ["treatment"] * 20, "converted": 0})
    >>> r = two_proportion_test(df, "variant", "converted")
    >>> round(r["ci_low"], 3), round(r["ci_high"], 3), r["p_value"]
    (-0.161, 0.161, 1.0)
    """
    # statsmodels and scipy.stats load in a second or more: only when a test is run
    from statsmodels.stats.proportion import confint_proportions_2indep

    func = "two_proportion_test"
    if not 0 < alpha < 1:
        raise ValueError(
            tr(
                "{func}(): {name} must be between 0 and 1, got {value}.",
                func=func,
                name="alpha",
                value=alpha,
            )
        )
    c, t = _groups(df, group_col, outcome_col, control, treatment, func)
    n1, n2 = len(c), len(t)
    k1, k2 = int(c.sum()), int(t.sum())
    p1, p2 = k1 / n1, k2 / n2
    diff = p2 - p1
    low, high = confint_proportions_2indep(k2, n2, k1, n1, method="newcomb", alpha=alpha)
    pooled = (k1 + k2) / (n1 + n2)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = diff / se0 if se0 > 0 else 0.0
    expected = np.outer([n1, n2], [pooled, 1 - pooled])
    if expected.min() < 5:  # too few for the normal approximation: exact test
        from scipy.stats import fisher_exact

        p_value = float(fisher_exact([[k1, n1 - k1], [k2, n2 - k2]])[1])
    else:
        p_value = float(2 * special.ndtr(-abs(z)))  # 2 * P(Z > |z|), exact in the far tail
    return {
        "n_control": n1,
        "n_treatment": n2,
        "rate_control": p1,
        "rate_treatment": p2,
        "difference": diff,
        "ci_low": float(low),
        "ci_high": float(high),
        "relative_lift": diff / p1 if p1 > 0 else float("nan"),
        "z": z,
        "p_value": min(1.0, p_value),
    }


def sample_size(baseline: float, mde: float, *, alpha: float = 0.05, power: float = 0.8) -> int:
    """Units needed *per group* to detect an absolute lift of ``mde`` from ``baseline``.

    >>> sample_size(0.20, 0.05)
    1094
    """
    func = "sample_size"
    if not 0 < baseline < 1:
        raise ValueError(
            tr(
                "{func}(): baseline must be a rate between 0 and 1, got {baseline}.",
                func=func,
                baseline=baseline,
            )
        )
    if not 0 < baseline + mde < 1 or mde == 0:
        raise ValueError(
            tr(
                "{func}(): mde={mde} must be non-zero and keep the rate within 0-1.",
                func=func,
                mde=mde,
            )
        )
    for name, value in (("alpha", alpha), ("power", power)):
        if not 0 < value < 1:
            raise ValueError(
                tr(
                    "{func}(): {name} must be between 0 and 1, got {value}.",
                    func=func,
                    name=name,
                    value=value,
                )
            )
    za, zb = normal_quantile(1 - alpha / 2), normal_quantile(power)
    p2 = baseline + mde
    pbar = (baseline + p2) / 2
    n = (
        za * math.sqrt(2 * pbar * (1 - pbar))
        + zb * math.sqrt(baseline * (1 - baseline) + p2 * (1 - p2))
    ) ** 2 / mde**2
    return math.ceil(n)


def chi2_sf(x: float, df: int) -> float:
    """P(X > x) for a chi-square with ``df`` degrees of freedom (scipy's ``chdtrc``, what
    ``chi2.sf`` uses).

    >>> chi2_sf(0.0, 1)
    1.0
    """
    if df < 1:
        raise ValueError(f"chi2_sf(): df must be at least 1, got {df}.")
    return float(special.chdtrc(df, x))


def srm_check(df: pd.DataFrame, group_col: str, expected: dict[str, float] | None = None) -> dict:
    """Sample-ratio mismatch: do the group sizes fit the planned split? (chi-square test)

    A tiny p-value (below 0.001, say) means the assignment is broken: fix it before reading
    any result.

    >>> df = pd.DataFrame({"variant": ["control"] * 500 + ["treatment"] * 500})
    >>> srm_check(df, "variant")["p_value"]
    1.0
    """
    func = "srm_check"
    validate.frame(df, func)
    validate.columns(df, [group_col], func)
    counts = df[group_col].astype("object").value_counts()
    if expected is None:
        expected = {g: 1 / len(counts) for g in counts.index}
    validate.known_values(list(counts.index), list(expected), "group", func)
    if len(expected) < 2:
        raise ValueError(
            tr(
                "{func}(): only one group ({group!r}): a sample-ratio check compares the sizes "
                "of two or more groups. Check the filter before this call, or pass expected= "
                "with every planned group.",
                func=func,
                group=next(iter(expected)),
            )
        )
    if any(not float(v) > 0 for v in expected.values()):
        raise ValueError(
            tr(
                "{func}(): every expected share must be a positive number: {expected}.",
                func=func,
                expected=expected,
            )
        )
    total = float(sum(expected.values()))
    n = counts.sum()
    stat = 0.0
    for g, share in expected.items():
        e = n * share / total
        stat += (counts.get(g, 0) - e) ** 2 / e
    return {
        "counts": {str(k): int(v) for k, v in counts.sort_index().items()},
        "chi2": stat,
        "p_value": chi2_sf(stat, len(expected) - 1),
    }


def peeking_simulation(
    *,
    rate: float = 0.2,
    n_per_look: int = 200,
    looks: int = 10,
    sims: int = 2000,
    alpha: float = 0.05,
    seed: int = 7,
) -> dict:
    """Simulate A/A tests (no true effect) checked after every batch of users.

    Returns the share of tests that look 'significant' at the final look only, and at *any*
    look - the false-positive rate of stopping as soon as p < alpha.

    >>> r = peeking_simulation(sims=500)
    >>> r["any_look"] > r["final_look"]
    True
    """
    rng = np.random.default_rng(seed)
    a = rng.binomial(n_per_look, rate, size=(sims, looks)).cumsum(axis=1)
    b = rng.binomial(n_per_look, rate, size=(sims, looks)).cumsum(axis=1)
    n = n_per_look * np.arange(1, looks + 1)
    pa, pb = a / n, b / n
    pooled = (a + b) / (2 * n)
    se = np.sqrt(pooled * (1 - pooled) * 2 / n)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, (pb - pa) / se, 0.0)
    crit = normal_quantile(1 - alpha / 2)
    significant = np.abs(z) > crit
    return {
        "final_look": float(significant[:, -1].mean()),
        "any_look": float(significant.any(axis=1).mean()),
        "looks": looks,
        "sims": sims,
    }
