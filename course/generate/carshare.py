"""World 1: *Bomcar* (봄카), a fictional car-sharing app - seeded, synthetic data.

The simulation works user by user, session by session, so every table comes out of one
mechanism: a session's browsing decides whether a reservation is attempted and made, a
reservation may be cancelled or become a ride, a ride is paid at once or invoiced the month
after. What each method in the course is meant to find is put into that mechanism, never
into a finished series; ``docs/facilitator.md`` ("What the data hides") lists it.

    python -m course.generate OUTDIR
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from course.generate._io import write_table

SEED = 20240106  # chosen among 14 seeds: the quadrant holds under all four cut-off rules
START = pd.Timestamp("2024-01-01")
TODAY = pd.Timestamp("2025-07-01")  # the data's fixed "today": the log ends the day before
N_USERS = 10_000
N_PROMO = 1_300
N_TEST = 25

PROMO_MONTH = pd.Timestamp("2024-09-01")  # sign-up promotion: free first hour
PRICE_CHANGE = pd.Timestamp("2024-11-01")  # hourly prices +12%
PRICE_UP = 1.12
FIX_RELEASE = pd.Timestamp("2025-03-04")  # app 3.0: the map shows cars free at the chosen time
AB_START, AB_END = pd.Timestamp("2025-04-01"), pd.Timestamp("2025-06-16")
AB_TRUE_LIFT = 0.10  # absolute lift in 14-day reservation rate, target segment
AB_TARGET_BASE = 0.15  # the target segment's 14-day reservation rate without the change

CHANNELS = ["organic", "search_ad", "social_ad", "referral", "partner"]
CHANNEL_P = [0.32, 0.19, 0.15, 0.13, 0.21]
REGIONS = {
    "Seoul": (0.42, ["Gangnam", "Hongdae", "Jamsil", "Yeouido", "Seoul Station"]),
    "Gyeonggi": (0.25, ["Pangyo", "Suwon", "Ilsan"]),
    "Incheon": (0.08, ["Incheon Airport", "Songdo"]),
    "Busan": (0.12, ["Haeundae", "Seomyeon"]),
    "Daegu": (0.06, ["Dongseongno"]),
    "Jeju": (0.07, ["Jeju Airport"]),
}
AGE_BANDS = ["20-24", "25-29", "30-34", "35-44", "45+"]
AGE_P = [0.18, 0.27, 0.23, 0.22, 0.10]
CAR_TYPES = ["compact", "sedan", "SUV", "EV", "van"]
CAR_P = [0.34, 0.24, 0.18, 0.18, 0.06]
HOURLY_KRW = {"compact": 9_000, "sedan": 12_000, "SUV": 15_000, "EV": 11_000, "van": 16_000}
VERSIONS = [
    (pd.Timestamp("2023-10-01"), "2.7"),
    (pd.Timestamp("2024-05-14"), "2.8"),
    (pd.Timestamp("2024-10-08"), "2.9"),
    (FIX_RELEASE, "3.0"),
]

# Hidden behaviour types: the four quadrant patterns (never written to the data).
TYPES = ["natural", "action", "retention", "low"]
TYPE_P = {
    "base": [0.20, 0.64, 0.10, 0.06],
    "subscriber": [0.62, 0.05, 0.30, 0.03],
    "corporate": [0.12, 0.05, 0.78, 0.05],
    "promo": [0.04, 0.30, 0.04, 0.62],
    "associate": [0.05, 0.15, 0.10, 0.70],
}
# Who tends to which pattern: the situation (above) decides most; age tilts it a little -
# older and island users ride at a longer rhythm (multipliers on natural, action, retention,
# low). Age is deliberately a weak cut: the hesitating customer is found by situation and
# experience, not by a demographic.
AGE_TILT = {
    "20-24": np.array([0.9, 1.15, 0.7, 1.0]),
    "25-29": np.array([0.95, 1.1, 0.8, 1.0]),
    "30-34": np.array([1.1, 1.0, 0.9, 1.0]),
    "35-44": np.array([1.05, 0.95, 1.3, 1.0]),
    "45+": np.array([0.9, 0.85, 1.8, 1.0]),
}
REGION_TILT = {
    "Seoul": np.array([1.2, 1.0, 0.8, 1.0]),
    "Jeju": np.array([0.8, 0.9, 1.8, 1.0]),
    "Busan": np.array([0.9, 1.0, 1.4, 1.0]),
}
# mean days between sessions, P(attempt | session), P(reservation | attempt), P(cancel)
TYPE_BEHAVIOUR = {
    "natural": (14.0, 0.65, 0.85, 0.07),
    "action": (7.0, 0.85, 0.13, 0.50),
    "retention": (40.0, 0.80, 0.95, 0.05),
    "low": (40.0, 0.28, 0.35, 0.25),
}
# Setting the time first: the map hides which cars are free at the chosen time. It costs the
# hesitating ('action') users most - their trips are tied to an hour - and app 3.0 fixes part of
# it: P(reservation) multipliers (before 3.0, on 3.0), by hidden type.
TIME_FIRST_PAIN = {
    "action": (0.30, 0.62),
    "natural": (0.95, 0.97),
    "retention": (0.95, 0.97),
    "low": (0.95, 0.97),
}
MOVER_P = 0.06  # individual users who come for one job (moving with a van), then leave
# P(still active after day 30 | <2 / >=2 rides in the first 30 days), then monthly churn
CONTINUE_P = {
    "natural": (0.45, 0.88),
    "action": (0.60, 0.85),
    "retention": (0.75, 0.90),
    "low": (0.10, 0.40),
}
MONTHLY_CHURN = {"natural": 0.04, "action": 0.06, "retention": 0.03, "low": 0.35}


@dataclass
class World:
    users: pd.DataFrame
    events: pd.DataFrame
    rides: pd.DataFrame
    payments: pd.DataFrame
    ab_test: pd.DataFrame
    calendar: pd.DataFrame
    hidden_type: pd.Series  # each user's behaviour type: never written, never read by a test


def _season(ts: pd.Timestamp) -> float:
    """Demand multiplier: a summer travel peak (July-August) and a quieter winter."""
    return {7: 1.45, 8: 1.5, 6: 1.1, 12: 0.85, 1: 0.8, 2: 0.85}.get(ts.month, 1.0)


def _version_at(ts: pd.Timestamp, update_lag: float) -> str:
    current = VERSIONS[0][1]
    for released, version in VERSIONS:
        if ts >= released + pd.Timedelta(days=update_lag):
            current = version
    return current


def _signup_times(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Sign-up times: steady growth plus a one-month promotion that adds many sign-ups."""
    days = (TODAY - START).days
    day = np.arange(days)
    dates = START + pd.to_timedelta(day, unit="D")
    weight = np.exp(day / days * 0.9) * np.array([_season(d) ** 0.5 for d in dates])
    weight /= weight.sum()
    organic_days = rng.choice(days, size=N_USERS - N_PROMO, p=weight)
    promo_len = 30
    promo_start = (PROMO_MONTH - START).days
    promo_days = promo_start + rng.integers(0, promo_len, size=N_PROMO)
    all_days = np.concatenate([organic_days, promo_days])
    seconds = rng.integers(7 * 3600, 23 * 3600, size=N_USERS)
    is_promo = np.r_[np.zeros(N_USERS - N_PROMO, bool), np.ones(N_PROMO, bool)]
    order = np.lexsort((seconds, all_days))
    times = (
        START.to_datetime64()
        + all_days[order].astype("timedelta64[D]")
        + seconds[order].astype("timedelta64[s]")
    )
    return times, is_promo[order]


def _make_users(rng: np.random.Generator) -> tuple[pd.DataFrame, list[str]]:
    times, is_promo = _signup_times(rng)
    n = N_USERS
    channel = np.where(is_promo, "promotion", rng.choice(CHANNELS, size=n, p=CHANNEL_P))
    corporate = np.where(channel == "partner", rng.random(n) < 0.75, rng.random(n) < 0.03)
    subscriber = (~is_promo) & (rng.random(n) < np.where(corporate, 0.05, 0.42))
    subscriber |= is_promo & (rng.random(n) < 0.03)
    region_names = list(REGIONS)
    region = rng.choice(region_names, size=n, p=[REGIONS[r][0] for r in region_names])
    card = rng.choice(["registered", "pending", "failed"], size=n, p=[0.925, 0.05, 0.025])
    licence = rng.choice(["verified", "pending", "on_hold"], size=n, p=[0.94, 0.04, 0.02])
    # associate members: card or licence still pending (an ordinary, Mass situation)
    associate = ((card == "pending") | (licence == "pending")) & (card != "failed")
    associate &= licence != "on_hold"
    age = rng.choice(AGE_BANDS, size=n, p=AGE_P)
    types = []
    for i in range(n):
        key = (
            "promo"
            if is_promo[i]
            else (
                "associate"
                if associate[i]
                else ("corporate" if corporate[i] else ("subscriber" if subscriber[i] else "base"))
            )
        )
        p = np.array(TYPE_P[key]) * AGE_TILT[age[i]] * REGION_TILT.get(region[i], 1.0)
        types.append(TYPES[rng.choice(4, p=p / p.sum())])
    users = pd.DataFrame(
        {
            "user_id": np.arange(100_001, 100_001 + n),
            "signup_at": pd.to_datetime(times),
            "channel": channel,
            "region": region,
            "age_band": age,
            "membership": np.where(subscriber, "subscriber", "none"),
            "member_type": np.where(corporate, "corporate", "individual"),
            "card_status": card,
            "licence_status": licence,
            "is_test": False,
        }
    )
    return users, types


def _make_test_accounts(rng: np.random.Generator, first_id: int) -> pd.DataFrame:
    """Internal QA accounts: they hammer the reservation flow and must be left out."""
    days = rng.integers(0, 60, size=N_TEST)
    return pd.DataFrame(
        {
            "user_id": np.arange(first_id, first_id + N_TEST),
            "signup_at": [START + pd.Timedelta(days=int(d), hours=10) for d in days],
            "channel": "internal",
            "region": "Seoul",
            "age_band": "30-34",
            "membership": "none",
            "member_type": "individual",
            "card_status": "registered",
            "licence_status": "verified",
            "is_test": True,
        }
    )


class _Simulator:
    def __init__(self, rng: np.random.Generator):
        self.rng = rng
        self.ev: dict[str, list] = {
            k: []
            for k in (
                "user_id",
                "session_id",
                "timestamp",
                "event",
                "zone",
                "car_type",
                "app_version",
            )
        }
        self.rides: list[tuple] = []
        self.session_id = 0
        self.session_log: list[tuple] = []  # (user_id, start, browsed, attempted, reserved)

    def emit(self, uid, t, event, zone="", car="", version=""):
        ev = self.ev
        ev["user_id"].append(uid)
        ev["session_id"].append(self.session_id)
        ev["timestamp"].append(t)
        ev["event"].append(event)
        ev["zone"].append(zone)
        ev["car_type"].append(car)
        ev["app_version"].append(version)

    def session(self, u: dict, t: pd.Timestamp, *, test: bool = False) -> int:
        """Simulate one app session starting at ``t``; return the number of completed rides."""
        rng = self.rng
        self.session_id += 1
        uid = u["user_id"]
        u["sessions"] += 1
        version = _version_at(t, u["update_lag"])
        gap, p_attempt, p_res, p_cancel = TYPE_BEHAVIOUR[u["type"]]
        sec = pd.Timedelta(seconds=1)
        clock = t
        self.emit(uid, clock, "app_open", version=version)
        if rng.random() > 0.93 and not test:
            self.session_log.append((uid, t, False, False, False))
            return 0  # opened and closed
        clock += sec * int(rng.integers(3, 25))
        self.emit(uid, clock, "map_view", version=version)
        zones = u["zones"]
        time_first = rng.random() < u["p_time_first"]
        use_filter = u["mover"] or rng.random() < u["p_filter"]
        n_zones = int(rng.choice([0, 1, 2, 3], p=[0.12, 0.5, 0.26, 0.12]))
        if u["mover"]:
            car = "van"
        elif u["last_car"] and rng.random() < u["p_keep_car"]:
            car = u["last_car"]
        else:
            car = CAR_TYPES[rng.choice(5, p=CAR_P)]
        zone = zones[rng.integers(len(zones))]
        if time_first:
            clock += sec * int(rng.integers(5, 40))
            self.emit(uid, clock, "time_set", version=version)
        if use_filter:
            clock += sec * int(rng.integers(3, 20))
            self.emit(uid, clock, "car_type_filter", car=car, version=version)
        for k in range(n_zones):
            z = zone if k == 0 else zones[rng.integers(len(zones))]
            clock += sec * int(rng.integers(4, 40))
            self.emit(uid, clock, "zone_click", zone=z, version=version)
        clock += sec * int(rng.integers(5, 60))
        self.emit(uid, clock, "car_view", zone=zone, car=car, version=version)
        if not time_first:
            clock += sec * int(rng.integers(5, 40))
            self.emit(uid, clock, "time_set", version=version)
        # does the user try to reserve?
        attempt_p = min(0.97, p_attempt * (1.08 if use_filter else 1.0))
        if u["type"] == "retention" and u["sessions"] == 1:
            attempt_p = 0.15  # long-rhythm riders sign up ahead of a trip and only look

        if test:
            attempt_p = 0.95
        if rng.random() > attempt_p:
            self.session_log.append((uid, t, True, False, False))
            return 0
        clock += sec * int(rng.integers(10, 90))
        self.emit(uid, clock, "reservation_attempt", zone=zone, car=car, version=version)
        if u["licence_status"] == "on_hold":
            self.session_log.append((uid, t, True, True, False))
            return 0  # the licence check blocks the reservation
        if u["card_status"] == "failed" and rng.random() < 0.85:
            clock += sec * int(rng.integers(3, 15))
            self.emit(uid, clock, "payment_failure", zone=zone, car=car, version=version)
            self.session_log.append((uid, t, True, True, False))
            return 0
        p = p_res
        if time_first:  # the map hides which cars are free at the chosen time ...
            before, fixed = TIME_FIRST_PAIN[u["type"]]
            p *= fixed if version == "3.0" else before  # ... and app 3.0 fixes part of it
        if use_filter:
            p *= 1.12
        if n_zones >= 2:
            p *= 1.10
        if u["last_car"] and car == u["last_car"]:
            p *= 1.10
        if t >= PRICE_CHANGE:
            p *= 0.84
        p *= _season(t) ** 0.35
        if u["accident"]:
            p *= 0.35
        if u["card_status"] == "pending":
            p *= 0.7
        if test:
            p = 0.5
        if rng.random() > min(p, 0.97):
            self.session_log.append((uid, t, True, True, False))
            return 0
        clock += sec * int(rng.integers(5, 30))
        if u["promo"] and t < PROMO_MONTH + pd.Timedelta(days=45) and rng.random() < 0.8:
            self.emit(uid, clock, "coupon_use", version=version)
            clock += sec * 2
        self.emit(uid, clock, "reservation", zone=zone, car=car, version=version)
        self.session_log.append((uid, t, True, True, True))
        if rng.random() < (0.6 if test else p_cancel):
            clock += pd.Timedelta(minutes=int(rng.integers(2, 600)))
            self.emit(uid, clock, "cancellation", zone=zone, car=car, version=version)
            return 0
        start = clock + pd.Timedelta(minutes=int(rng.integers(15, 24 * 60)))
        hours = float(rng.choice([1, 2, 3, 4, 6, 8, 12], p=[0.2, 0.25, 0.2, 0.14, 0.1, 0.07, 0.04]))
        if u["member_type"] == "corporate":
            hours *= 1.5
        end = start + pd.Timedelta(minutes=int(hours * 60 + rng.integers(-10, 40)))
        if end >= TODAY:
            return 0  # the ride would end after the log does
        self.emit(uid, start, "ride_start", zone=zone, car=car, version=version)
        self.emit(uid, end, "return", zone=zone, car=car, version=version)
        if not test and rng.random() < 0.006:
            self.emit(
                uid,
                end + pd.Timedelta(minutes=5),
                "accident_report",
                zone=zone,
                car=car,
                version=version,
            )
            u["accident"] = True
        if not test and u["type"] == "natural" and rng.random() < 0.04:
            self.emit(uid, end + pd.Timedelta(minutes=30), "referral", version=version)
        price = HOURLY_KRW[car] * (PRICE_UP if start >= PRICE_CHANGE else 1.0)
        fare = price * (end - start).total_seconds() / 3600
        if u["membership"] == "subscriber":
            fare *= 0.9
        if u["promo"] and t < PROMO_MONTH + pd.Timedelta(days=45):
            fare = max(0.0, fare - price)  # the free first hour
        fare = round(fare / 100) * 100
        billing = (
            "monthly_invoice"
            if u["member_type"] == "corporate" or u["membership"] == "subscriber"
            else "per_ride"
        )
        self.rides.append((uid, clock, start, end, zone, car, int(fare), billing, test))
        u["last_car"] = car
        if u["mover"] and rng.random() < 0.9:
            u["done"] = True  # the move is done: a one-visit job
        return 1


def _user_state(rng: np.random.Generator, row, utype: str) -> dict:
    zones = REGIONS[row.region][1] if row.region in REGIONS else ["Gangnam"]
    mover = (
        row.member_type == "individual"
        and row.channel not in ("promotion", "internal")
        and bool(rng.random() < MOVER_P)
    )
    time_first = rng.beta(2.0, 3.2)
    return {
        "user_id": int(row.user_id),
        "type": utype,
        "zones": zones,
        "membership": row.membership,
        "member_type": row.member_type,
        "card_status": row.card_status,
        "licence_status": row.licence_status,
        "promo": row.channel == "promotion",
        "p_time_first": float(time_first),
        "p_filter": float(rng.beta(1.5, 3.5)),
        "p_keep_car": float(rng.beta(2, 2)),
        "update_lag": float(rng.exponential(6.0)),
        "last_car": "",
        "accident": False,
        "mover": mover,
        "done": False,
        "sessions": 0,
    }


def _session_times(rng, signup: pd.Timestamp, mean_gap: float, until: pd.Timestamp):
    """Session start times from sign-up until ``until`` (exclusive), busier in summer."""
    t = signup + pd.Timedelta(minutes=int(rng.integers(1, 30)))
    while t < until:
        yield t
        gap_days = rng.exponential(mean_gap) / _season(t)
        t = t + pd.Timedelta(seconds=int(gap_days * 86400) + 600)
        hour = t.hour
        if hour < 7:  # nobody books a car at 4am: move to the morning
            t = t + pd.Timedelta(hours=7 - hour + int(rng.integers(0, 3)))


def _simulate(
    rng: np.random.Generator, users: pd.DataFrame, types: list[str], tests: pd.DataFrame
) -> _Simulator:
    sim = _Simulator(rng)
    for row, utype in zip(users.itertuples(index=False), types, strict=True):
        u = _user_state(rng, row, utype)
        gap = TYPE_BEHAVIOUR[utype][0]
        signup = row.signup_at
        day30 = signup + pd.Timedelta(days=30)
        if utype == "low" and rng.random() < (0.8 if u["promo"] else 0.25):
            sim.session_id += 1
            version = _version_at(signup, u["update_lag"])
            sim.emit(u["user_id"], signup + pd.Timedelta(minutes=1), "app_open", version=version)
            continue  # signed up and left at once
        early_rides = 0
        # new users come back sooner at first - except the long-rhythm ('retention') riders
        early_gap = gap * (1.0 if utype == "retention" else 0.7)
        for t in _session_times(rng, signup, early_gap, min(day30, TODAY)):
            early_rides += sim.session(u, t)
            if u["done"]:
                break
        if day30 >= TODAY or u["done"]:
            continue
        lo, hi = CONTINUE_P[utype]
        if rng.random() > (hi if early_rides >= 2 else lo):
            continue
        churn = MONTHLY_CHURN[utype]
        months = rng.geometric(churn)
        until = min(TODAY, day30 + pd.Timedelta(days=int(30.4 * months)))
        for t in _session_times(rng, day30, gap, until):
            sim.session(u, t)
            if u["done"]:
                break
    for row in tests.itertuples(index=False):
        u = _user_state(rng, row, "natural")
        for t in _session_times(rng, row.signup_at, 4.0, TODAY):
            sim.session(u, t, test=True)
    return sim


def _payments(rides: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Per-ride card payments at return; invoices for the month's rides, paid next month."""
    per = rides[rides["billing"] == "per_ride"]
    card = pd.DataFrame(
        {
            "user_id": per["user_id"],
            "paid_at": per["return_at"] + pd.Timedelta(minutes=1),
            "amount_krw": per["fare_krw"],
            "kind": "per_ride",
        }
    )
    inv = rides[rides["billing"] == "monthly_invoice"].copy()
    inv["month"] = inv["return_at"].dt.to_period("M")
    invoices = inv.groupby(["user_id", "month"], as_index=False)["fare_krw"].sum()
    next_month = (invoices["month"] + 1).dt.to_timestamp()
    delay = rng.integers(4, 16, size=len(invoices))  # paid on the 5th-16th of the next month
    invoices = pd.DataFrame(
        {
            "user_id": invoices["user_id"],
            "paid_at": next_month
            + pd.to_timedelta(delay, unit="D")
            + pd.to_timedelta(rng.integers(9 * 3600, 18 * 3600, size=len(invoices)), unit="s"),
            "amount_krw": invoices["fare_krw"],
            "kind": "monthly_invoice",
        }
    )
    pays = pd.concat([card, invoices], ignore_index=True)
    pays = pays[pays["paid_at"] < TODAY].sort_values(["paid_at", "user_id"], kind="stable")
    pays.insert(0, "payment_id", np.arange(1, len(pays) + 1))
    return pays.reset_index(drop=True)


EARLY_DAYS = 60  # the customer element (experience frequency) is measured on these first days


def _ab_test(
    rng: np.random.Generator, users: pd.DataFrame, sessions: pd.DataFrame, events: pd.DataFrame
) -> pd.DataFrame:
    """The search-screen experiment: users active in the test window, 50/50 by a hash-like draw.

    Treatment shows only the cars free at the chosen time when a user sets the time first.
    The target segment is the important customer as notebook 06 names it, as a PM can see it
    before the test: a pay-per-ride member (individual, no subscription, card and licence
    registered) who searched in their first 60 days and completed at most one ride then
    (below the members' average: never reserved, reserved but never rode, or one ride).
    """
    window = sessions[(sessions["start"] >= AB_START) & (sessions["start"] < AB_END)]
    first = window.groupby("user_id", as_index=False)["start"].min()
    ab = first.rename(columns={"start": "assigned_at"}).merge(users, on="user_id")
    ev = events.merge(users[["user_id", "signup_at"]], on="user_id")
    ev = ev[ev["timestamp"] < ev["signup_at"] + pd.Timedelta(days=EARLY_DAYS)]
    browse = ev["event"].isin(["time_set", "zone_click", "car_view"])
    early = pd.DataFrame(
        {
            "browsed": ev[browse].groupby("user_id").size() > 0,
            "rides": ev[ev["event"] == "return"].groupby("user_id").size(),
        }
    )
    ab = ab.join(early, on="user_id")
    pay_per_ride = (
        (ab["member_type"] == "individual")
        & (ab["membership"] == "none")
        & (ab["card_status"] == "registered")
        & (ab["licence_status"] == "verified")
    )
    known = ab["assigned_at"] >= ab["signup_at"] + pd.Timedelta(days=EARLY_DAYS)
    searched = ab["browsed"].fillna(False).astype(bool)
    below_average = ab["rides"].fillna(0) <= 1  # never reserved, reserved but never rode, one ride
    ab["in_target_segment"] = pay_per_ride & known & searched & below_average
    ab["is_new_user"] = (ab["assigned_at"] - ab["signup_at"]) < pd.Timedelta(days=30)
    n = len(ab)
    ab["variant"] = np.where(rng.random(n) < 0.5, "control", "treatment")
    treated = (ab["variant"] == "treatment").to_numpy()
    target = ab["in_target_segment"].to_numpy()
    base = np.where(target, AB_TARGET_BASE, 0.45) + np.where(ab["is_new_user"], -0.05, 0.0)
    p = base + np.where(treated & target, AB_TRUE_LIFT, 0.0) + np.where(treated & ~target, 0.005, 0)
    ab["reserved_14d"] = (rng.random(n) < p).astype(int)
    p_cancel = np.where(target, 0.28, 0.10)
    ab["cancelled_14d"] = (ab["reserved_14d"].astype(bool) & (rng.random(n) < p_cancel)).astype(int)
    ab["sessions_14d"] = rng.poisson(np.where(target, 2.6, 2.0)) + 1
    ab = ab.sort_values(["assigned_at", "user_id"]).reset_index(drop=True)
    return ab[
        [
            "user_id",
            "variant",
            "assigned_at",
            "in_target_segment",
            "is_new_user",
            "sessions_14d",
            "reserved_14d",
            "cancelled_14d",
        ]
    ]


def _calendar() -> pd.DataFrame:
    rows = [
        (PROMO_MONTH, "promotion", "Sign-up promotion all month: first hour free for new users"),
        (PRICE_CHANGE, "price_change", "Hourly prices up 12% for every car type"),
        (pd.Timestamp("2024-05-14"), "app_release", "App 2.8: new payment screen"),
        (pd.Timestamp("2024-10-08"), "app_release", "App 2.9: dark mode, faster map loading"),
        (
            FIX_RELEASE,
            "app_release",
            "App 3.0: the map shows which cars are free at the time you set",
        ),
        (pd.Timestamp("2024-07-01"), "season", "Summer travel season starts"),
        (pd.Timestamp("2025-06-01"), "season", "Summer travel season starts"),
        (AB_START, "experiment", "A/B test 'time-first search' starts (runs to 15 June)"),
    ]
    cal = pd.DataFrame(rows, columns=["date", "kind", "description"])
    return cal.sort_values("date", kind="stable").reset_index(drop=True)


def build(seed: int = SEED) -> World:
    """Simulate world 1 (deterministic for a given seed)."""
    rng = np.random.default_rng(seed)
    users, types = _make_users(rng)
    tests = _make_test_accounts(rng, first_id=int(users["user_id"].max()) + 1)
    sim = _simulate(rng, users, types, tests)
    all_users = pd.concat([users, tests], ignore_index=True)
    all_users = all_users.sort_values(["signup_at", "user_id"], kind="stable").reset_index(
        drop=True
    )

    events = pd.DataFrame(sim.ev)
    events = events[events["timestamp"] < TODAY]
    events = events.sort_values(["timestamp", "user_id", "session_id"], kind="stable")
    events = events.reset_index(drop=True)

    rides = pd.DataFrame(
        sim.rides,
        columns=[
            "user_id",
            "reserved_at",
            "start_at",
            "return_at",
            "zone",
            "car_type",
            "fare_krw",
            "billing",
            "is_test",
        ],
    )
    rides = rides.sort_values(["return_at", "user_id"], kind="stable").reset_index(drop=True)
    rides.insert(0, "ride_id", np.arange(1, len(rides) + 1))
    rides = rides.drop(columns="is_test")
    payments = _payments(rides, rng)

    sessions = pd.DataFrame(
        sim.session_log, columns=["user_id", "start", "browsed", "attempted", "reserved"]
    )
    sessions = sessions[~sessions["user_id"].isin(tests["user_id"])]
    ab = _ab_test(rng, users, sessions, events)
    hidden = pd.Series(types, index=users["user_id"].to_numpy(), name="hidden_type")
    return World(all_users, events, rides, payments, ab, _calendar(), hidden)


def write(outdir: Path) -> list[Path]:
    """Write world 1's tables into ``outdir``; return the paths written."""
    w = build()
    outdir = Path(outdir)
    return [
        write_table(w.users, outdir / "users.csv"),
        write_table(w.events, outdir / "events.csv.gz"),
        write_table(w.rides, outdir / "rides.csv.gz"),
        write_table(w.payments, outdir / "payments.csv.gz"),
        write_table(w.ab_test, outdir / "ab_test.csv"),
        write_table(w.calendar, outdir / "calendar.csv"),
    ]
