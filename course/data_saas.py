"""Load world 2, *Dalbit* (달빛), a fictional B2B chat/CRM tool: typed and ready to use.

Three tables (all synthetic; see ``data/README.md`` for every column), covering July 2023 to
June 2025 with the data's "today" on 2025-07-01:

* :func:`load_saas_accounts` - one row per account (who they are, how they were acquired);
* :func:`load_saas_account_months` - one row per account per month (plan, seats, MRR, ...);
* :func:`load_saas_nps` - one row per NPS survey response.

Each call returns a fresh copy, so changing a loaded table never changes the next load.

>>> months = load_saas_account_months()
>>> months["month"].dtype.kind, str(months["plan"].dtype)   # real dates, categories
('M', 'category')
>>> months["month"].min(), months["month"].max()
(Timestamp('2023-07-01 00:00:00'), Timestamp('2025-06-01 00:00:00'))
"""

from __future__ import annotations

import functools

import pandas as pd

from course import data as _data
from course.generate.saas import CHANNELS, INDUSTRIES, PLANS, REGIONS, SIZES

#: The data's fixed "today" (the first day after the last month in the data).
SAAS_TODAY = pd.Timestamp("2025-07-01")
SAAS_FIRST_MONTH = pd.Timestamp("2023-07-01")
SAAS_LAST_MONTH = pd.Timestamp("2025-06-01")

STATUSES = ["new", "active", "churned"]

_DATE = "%Y-%m-%d"
_DATETIME = "%Y-%m-%d %H:%M:%S"

# column -> (categories, ordered); None = sorted values found in the file
_CATEGORIES: dict[str, dict[str, tuple[list[str] | None, bool]]] = {
    "saas_accounts": {
        "industry": (INDUSTRIES, False),
        "company_size": (SIZES, True),
        "region": (REGIONS, False),
        "acquisition_channel": (CHANNELS, False),
    },
    "saas_account_months": {
        "plan": (PLANS, True),
        "status": (STATUSES, False),
    },
    "saas_nps": {},
}

_DATES: dict[str, dict[str, str]] = {
    "saas_accounts": {"signup_month": _DATE},
    "saas_account_months": {"month": _DATE},
    "saas_nps": {"responded_at": _DATETIME},
}

_DTYPES: dict[str, dict[str, str]] = {
    "saas_accounts": {"account_id": "str"},
    "saas_account_months": {"account_id": "str", "renewal_due": "bool", "renewed": "boolean"},
    "saas_nps": {"response_id": "str", "account_id": "str", "comment": "str"},
}


@functools.cache
def _read(name: str, path: str) -> pd.DataFrame:
    df = pd.read_csv(path, dtype=_DTYPES[name])
    for col, fmt in _DATES[name].items():
        df[col] = pd.to_datetime(df[col], format=fmt).astype("datetime64[ns]")
    for col, (cats, ordered) in _CATEGORIES[name].items():
        cats = cats if cats is not None else sorted(df[col].dropna().unique())
        df[col] = df[col].astype(pd.CategoricalDtype(cats, ordered=ordered))
    return df


def _load(name: str) -> pd.DataFrame:
    path = _data.DATA_DIR / f"{name}.csv"
    if not path.exists():
        raise FileNotFoundError(_data.missing_data_message(path))
    # a fresh copy each call, so a learner's edits never leak into the next load
    return _read(name, str(path)).copy()


def load_saas_accounts() -> pd.DataFrame:
    """Dalbit's accounts: one row per customer company, with how and when it was acquired.

    Columns: account_id, signup_month, industry, company_size (ordered), region,
    acquisition_channel, acquisition_cost_krw (CAC). Accounts that signed up before July 2023
    appear only if they were still customers in July 2023.

    >>> load_saas_accounts()["account_id"].is_unique
    True
    """
    return _load("saas_accounts")


def load_saas_account_months() -> pd.DataFrame:
    """Dalbit's account-months: one row per account per month (first day of the month).

    Rows run from the account's first paid month (status ``new``, or ``active`` for accounts
    that were already customers in July 2023) to its last paid month; an account that did
    not renew shows once more, in the month after, with status ``churned`` and zero seats and
    MRR. ``renewed`` is filled only where ``renewal_due`` is True (nullable boolean).

    >>> m = load_saas_account_months()
    >>> bool(m.loc[m["status"] == "churned", "mrr_krw"].eq(0).all())
    True
    """
    return _load("saas_account_months")


def load_saas_nps() -> pd.DataFrame:
    """Dalbit's NPS survey responses: one row per response, score 0-10 and an optional comment.

    >>> nps = load_saas_nps()
    >>> bool(nps["score"].between(0, 10).all())
    True
    """
    return _load("saas_nps")
