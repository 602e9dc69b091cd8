"""World 2: *Dalbit* (달빛), a fictional B2B chat/CRM tool sold per seat on annual terms.

Everything here is synthetic and comes from one fixed seed, so :func:`write` produces the
same bytes on every run. The data covers July 2023 to June 2025 (24 months); the data's
"today" is 2025-07-01.

How the world works (the mechanism; the data dictionary is ``data/README.md``):

* Accounts sign up every month; the number of sign-ups grows month by month. Accounts that
  signed up in the year before July 2023 are already customers when the data starts.
* Each account buys a plan (starter, growth, enterprise) for a number of seats, on a
  12-month term billed monthly: MRR = seats x the plan's list price per seat.
* During a term, accounts add seats (expansion). At the end of each term the account renews
  (possibly upgrading its plan or changing its seat count) or leaves: churn happens only at
  renewal, and the month after a non-renewal the account shows once more with status
  ``churned`` and zero MRR.
* Each account has a hidden satisfaction level that drives its survey scores, its seat
  growth and its chance to renew. Satisfaction differs by plan and industry.
* A relationship NPS survey goes out in the middle month of every quarter to accounts
  that have been customers for at least two months; about a third respond.
* Accounts buy one-off message-credit packs (add-ons); some buy again and again.

The planted truths that the tests check are listed in docs/facilitator.md ("What the data hides").
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from course.generate._io import write_table

SEED = 20250701
FIRST_MONTH = pd.Timestamp("2023-07-01")
LAST_MONTH = pd.Timestamp("2025-06-01")
HISTORY_MONTHS = 36  # accounts may have signed up this many months before FIRST_MONTH
N_MONTHS = 24

PLANS = ["starter", "growth", "enterprise"]
PRICE_PER_SEAT = {"starter": 9_900, "growth": 19_900, "enterprise": 39_000}  # KRW per month
SUPPORT_COST = {"starter": 6_000, "growth": 35_000, "enterprise": 380_000}  # KRW per month
HOSTING_COST_PER_SEAT = 2_600  # KRW per seat per month
ADDON_PACK_PRICES = np.array([55_000, 110_000, 275_000])  # message-credit packs, KRW
ADDON_CARRIER_SHARE = 0.45  # carrier fees as a share of add-on revenue

SIZES = ["1-10", "11-50", "51-200", "201+"]
SIZE_P = [0.40, 0.33, 0.19, 0.08]
SEATS_RANGE = {"1-10": (2, 8), "11-50": (5, 25), "51-200": (15, 60), "201+": (40, 160)}
SEATS_CAP = {"1-10": 12, "11-50": 60, "51-200": 240, "201+": 1_000}  # companies grow, not forever
PLAN_P_BY_SIZE = {
    "1-10": [0.85, 0.15, 0.00],
    "11-50": [0.35, 0.60, 0.05],
    "51-200": [0.05, 0.60, 0.35],
    "201+": [0.00, 0.25, 0.75],
}
INDUSTRIES = ["e-commerce", "education", "finance", "healthcare", "IT services", "travel"]
INDUSTRY_P = [0.30, 0.14, 0.12, 0.12, 0.22, 0.10]
REGIONS = ["Seoul", "Gyeonggi", "Busan", "Daegu", "other"]
REGION_P = [0.48, 0.24, 0.10, 0.06, 0.12]
CHANNELS = ["paid_search", "content", "referral", "partner", "outbound_sales"]
# CAC multiple of the account's first-month MRR, per channel (before noise)
CAC_MULTIPLE = {
    "paid_search": 13.0,
    "content": 6.0,
    "referral": 4.0,
    "partner": 9.0,
    "outbound_sales": 17.0,
}

# hidden satisfaction: mean by plan and industry (standard normal around it)
SAT_PLAN = {"starter": -0.55, "growth": 0.05, "enterprise": 0.45}
SAT_INDUSTRY = {
    "e-commerce": 0.10,
    "education": 0.0,
    "finance": -0.10,
    "healthcare": -0.40,
    "IT services": 0.15,
    "travel": 0.0,
}

# chance to renew at the end of a term: logistic in satisfaction, shifted by plan
RENEWAL_LOGIT = 1.9
RENEWAL_SAT = 1.05
RENEWAL_PLAN = {"starter": -0.35, "growth": 0.0, "enterprise": 0.3}

NEW_ACCOUNTS_START = 15.0  # expected sign-ups in FIRST_MONTH (July 2023)
NEW_ACCOUNTS_GROWTH = 1.051  # monthly growth of expected sign-ups

COMMENTS = {
    "promoter": [
        "The shared inbox saves our team hours every week.",
        "Customers get answers much faster now.",
        "Easy to set up and the team adopted it quickly.",
        "Great support team, quick replies.",
        "The CRM view of each customer is exactly what we needed.",
    ],
    "passive": [
        "Does the job, but reporting could be better.",
        "Good tool, a bit pricey per seat.",
        "Works fine; we would like more integrations.",
        "Solid, but the mobile app is slow.",
    ],
    "detractor": [
        "Too expensive for what we use.",
        "Missing the integrations we need.",
        "Onboarding took too long.",
        "Search is slow with many conversations.",
        "We need audit logs and data-retention controls.",
        "Support took days to answer.",
    ],
}


def _month(i: int) -> pd.Timestamp:
    """Month number ``i`` (0 = FIRST_MONTH) as a first-of-month timestamp."""
    return FIRST_MONTH + pd.DateOffset(months=i)


def _category(score: int) -> str:
    return "promoter" if score >= 9 else ("passive" if score >= 7 else "detractor")


def _simulate(rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    accounts: list[dict] = []
    rows: list[dict] = []
    responses: list[dict] = []

    # ---- sign-ups: month index t runs from -HISTORY_MONTHS to N_MONTHS - 1 -----------
    signups = []
    for t in range(-HISTORY_MONTHS, N_MONTHS):
        lam = NEW_ACCOUNTS_START * NEW_ACCOUNTS_GROWTH**t
        signups.extend([t] * int(rng.poisson(lam)))

    n_seq = 0
    for s in signups:
        size = str(rng.choice(SIZES, p=SIZE_P))
        plan = str(rng.choice(PLANS, p=PLAN_P_BY_SIZE[size]))
        industry = str(rng.choice(INDUSTRIES, p=INDUSTRY_P))
        region = str(rng.choice(REGIONS, p=REGION_P))
        if size == "201+":
            channel = str(rng.choice(CHANNELS, p=[0.05, 0.05, 0.10, 0.20, 0.60]))
        elif size == "51-200":
            channel = str(rng.choice(CHANNELS, p=[0.20, 0.10, 0.15, 0.20, 0.35]))
        else:
            channel = str(rng.choice(CHANNELS, p=[0.42, 0.25, 0.20, 0.10, 0.03]))
        lo, hi = SEATS_RANGE[size]
        seats = int(rng.integers(lo, hi + 1))
        sat = float(rng.normal(SAT_PLAN[plan] + SAT_INDUSTRY[industry], 1.0))
        first_mrr = seats * PRICE_PER_SEAT[plan]
        cac = first_mrr * CAC_MULTIPLE[channel] * float(rng.lognormal(0.0, 0.25))
        # add-on propensity: most accounts never buy a pack; buyers tend to buy again
        buys = rng.random() < {"starter": 0.25, "growth": 0.40, "enterprise": 0.55}[plan]
        addon_rate = float(rng.gamma(1.2, 0.12)) if buys else 0.0
        survey_response_p = {"starter": 0.28, "growth": 0.35, "enterprise": 0.45}[plan]

        # ---- the account's life, month by month -----------------------------------
        life: list[dict] = []
        survey: list[dict] = []
        t = s
        age = 0
        churned = False
        while t < N_MONTHS:
            if churned:
                if t >= 0:
                    life.append(
                        dict(
                            t=t,
                            plan=plan,
                            seats=0,
                            mrr=0,
                            status="churned",
                            due=False,
                            renewed=pd.NA,
                            bookings=0,
                            cost=0,
                            orders=0,
                            addon=0,
                        )
                    )
                break
            bookings = 0
            if age > 0 and age % 12 == 0:
                # a new term starts: maybe upgrade, maybe resize
                if plan != "enterprise" and rng.random() < 0.06 + 0.05 * max(sat, 0.0):
                    plan = PLANS[PLANS.index(plan) + 1]
                seats = max(1, int(round(seats * rng.normal(1.0 + 0.04 * sat, 0.08))))
                seats = min(seats, SEATS_CAP[size])
            elif age > 0:
                # expansion during the term: happier accounts add more seats
                rate = max(0.0, 0.016 + 0.012 * sat)
                added = min(int(rng.poisson(seats * rate)), max(0, SEATS_CAP[size] - seats))
                months_left = 12 - age % 12
                bookings += added * PRICE_PER_SEAT[plan] * months_left
                seats += added
            mrr = seats * PRICE_PER_SEAT[plan]
            if age == 0:
                bookings += 12 * mrr
            due = age % 12 == 11
            renewed: object = pd.NA
            if due:
                logit = RENEWAL_LOGIT + RENEWAL_SAT * sat + RENEWAL_PLAN[plan]
                renewed = bool(rng.random() < 1.0 / (1.0 + np.exp(-logit)))
                if renewed:
                    bookings += 12 * mrr
            orders = int(rng.poisson(addon_rate)) if addon_rate else 0
            addon = int(sum(rng.choice(ADDON_PACK_PRICES, size=orders))) if orders else 0
            cost = (
                HOSTING_COST_PER_SEAT * seats * rng.normal(1.0, 0.05)
                + SUPPORT_COST[plan] * rng.lognormal(0.0, 0.3) * (1.6 if age < 2 else 1.0)
                + ADDON_CARRIER_SHARE * addon
            )
            if t >= 0:
                life.append(
                    dict(
                        t=t,
                        plan=plan,
                        seats=seats,
                        mrr=mrr,
                        status="new" if age == 0 else "active",
                        due=due,
                        renewed=renewed,
                        bookings=int(bookings),
                        cost=int(round(cost, -2)),
                        orders=orders,
                        addon=addon,
                    )
                )
                # quarterly survey in Aug, Nov, Feb, May to customers of 2+ months
                if _month(t).month in (2, 5, 8, 11) and age >= 2:
                    if rng.random() < survey_response_p:
                        raw = 7.8 + 1.55 * sat + rng.normal(0.0, 1.0)
                        score = int(np.clip(np.round(raw), 0, 10))
                        day = int(rng.integers(1, 22))
                        seconds = int(rng.integers(9 * 3600, 19 * 3600))
                        at = _month(t) + pd.Timedelta(days=day - 1, seconds=seconds)
                        comment = ""
                        if rng.random() < 0.45:
                            pool = COMMENTS[_category(score)]
                            comment = pool[int(rng.integers(len(pool)))]
                        survey.append(dict(at=at, score=score, comment=comment))
            if due and not renewed:
                churned = True
            t += 1
            age += 1

        if not any(r["status"] != "churned" for r in life):  # gone before July 2023
            continue
        n_seq += 1
        account_id = f"A{n_seq:04d}"
        accounts.append(
            dict(
                account_id=account_id,
                signup_month=_month(s),
                industry=industry,
                company_size=size,
                region=region,
                acquisition_channel=channel,
                acquisition_cost_krw=int(round(cac, -3)),
            )
        )
        for r in life:
            rows.append(
                dict(
                    account_id=account_id,
                    month=_month(r["t"]),
                    plan=r["plan"],
                    seats=r["seats"],
                    mrr_krw=r["mrr"],
                    status=r["status"],
                    renewal_due=r["due"],
                    renewed=r["renewed"],
                    bookings_krw=r["bookings"],
                    addon_orders=r["orders"],
                    addon_revenue_krw=r["addon"],
                    cost_to_serve_krw=r["cost"],
                )
            )
        for r in survey:
            responses.append(
                dict(
                    account_id=account_id,
                    responded_at=r["at"],
                    score=r["score"],
                    comment=r["comment"],
                )
            )

    acc = pd.DataFrame(accounts)
    months = pd.DataFrame(rows).sort_values(["month", "account_id"], kind="stable")
    months["renewed"] = months["renewed"].astype("boolean")
    nps = pd.DataFrame(responses).sort_values(["responded_at", "account_id"], kind="stable")
    nps.insert(0, "response_id", [f"R{i:05d}" for i in range(1, len(nps) + 1)])
    return acc, months.reset_index(drop=True), nps.reset_index(drop=True)


def build(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """Simulate world 2 and return its three tables, keyed by file name."""
    acc, months, nps = _simulate(np.random.default_rng(seed))
    # months are written as plain dates; timestamps keep their time of day
    acc["signup_month"] = acc["signup_month"].dt.strftime("%Y-%m-%d")
    months["month"] = months["month"].dt.strftime("%Y-%m-%d")
    return {
        "saas_accounts.csv": acc,
        "saas_account_months.csv": months,
        "saas_nps.csv": nps,
    }


def write(outdir: Path) -> list[Path]:
    """Write world 2's tables into ``outdir`` and return their paths."""
    outdir = Path(outdir)
    return [write_table(df, outdir / name) for name, df in build().items()]
