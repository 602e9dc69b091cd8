"""Messy-export fuzz test: a clean log written out the ways real analytics exports are.

A clean event log is written to CSV with random mutations (separators, encodings, a BOM, date
orders, Korean 오전/오후 times, UTC offsets and ``Z`` - one zone per user, New York's and Sydney's
across their daylight-saving changes -, placeholder ids, duplicate rows, shuffled rows, a repeated
index, decimal commas, a title block above the header), then loaded either with the options a careful PM would pass or with
the defaults. The loader must give the clean log's numbers, or an ``EventLogError`` that
names the problem and the fix - never a raw pandas or numpy exception.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from helpers import funnel
from helpers.eventlog import EventLogError, load_event_log

N_FILES = 80  # mutated exports tried per run (2-4 s; raise it locally to try more)
SEED = 20240105
FIXES = ("sep=", "encoding=", "time_format=", "decimal=", "duplicates=", "tz=")
PLACEHOLDERS = ["NULL", "null", "None", "NaN", "N/A", "\\N", "undefined", "(not set)", "", "  "]


def clean_log(rng: np.random.Generator) -> pd.DataFrame:
    """About 60 events of 9 users over three months (days above 12 included), with a plan
    and an amount."""
    rows = []
    for u in range(9):
        start = pd.Timestamp("2024-01-03 08:00") + pd.Timedelta(days=int(rng.integers(0, 40)))
        t = start
        for k in range(int(rng.integers(3, 10))):
            t = t + pd.Timedelta(minutes=int(rng.integers(7, 60 * 24 * 6)))
            event = "view" if k == 0 else str(rng.choice(["view", "cart", "buy"]))
            amount = round(float(rng.uniform(1, 90)), 2) if event == "buy" else 0.0
            rows.append(
                (f"u{u:03d}", t.floor("min"), event, ["free", "pro", "프로"][u % 3], amount)
            )
    return pd.DataFrame(rows, columns=["member", "when", "action", "plan", "amount"])


def numbers(log: pd.DataFrame) -> dict:
    """What an analysis takes from a log: users, events, times, funnel, amounts."""
    steps = ["view", "cart", "buy"]
    log = log.assign(event=log["event"].astype("object"))
    return {
        "users": sorted(log["user_id"].unique()),
        "events": log["event"].value_counts().sort_index().to_dict(),
        "times": sorted(log["timestamp"].tolist()),
        "funnel": funnel.funnel(log, steps)["users"].tolist(),
        "plans": log.groupby("plan")["user_id"].nunique().sort_index().to_dict(),
        "amount": round(float(pd.to_numeric(log["amount"]).sum()), 2),
    }


def write_time(ts: pd.Timestamp, style: str, zone: str) -> str:
    if style == "ko":  # Korean Excel: '2024-03-01 오후 1:15:00'
        half = "오전" if ts.hour < 12 else "오후"
        return f"{ts:%Y-%m-%d} {half} {(ts.hour - 1) % 12 + 1}:{ts:%M:%S}" + zone
    text = {
        "iso": ts.strftime("%Y-%m-%d %H:%M"),
        "isoT": ts.strftime("%Y-%m-%dT%H:%M:%S"),
        "dmy.": ts.strftime("%d.%m.%Y %H:%M"),
        "dmy/": ts.strftime("%d/%m/%Y %H:%M"),
        "mdy/": ts.strftime("%m/%d/%Y %H:%M"),
    }[style]
    return text + zone


def new_york(ts: pd.Timestamp) -> str:
    """New York's real offset at that local time: daylight time from 10 Mar 2024, 02:00."""
    return "-04:00" if ts >= pd.Timestamp("2024-03-10 02:00") else "-05:00"


def sydney(ts: pd.Timestamp) -> str:
    """Sydney's real offset: clocks go back from 03:00 to 02:00 on 7 Apr 2024 (an hour that
    repeats; a clock time in it is written with the first, daylight offset)."""
    return "+10:00" if ts >= pd.Timestamp("2024-04-07 03:00") else "+11:00"


def mutate(clean: pd.DataFrame, rng: np.random.Generator):
    """One messy export: (bytes or DataFrame, load options, what was done, extra dropped)."""
    out = clean.copy()
    done = {}
    style = str(rng.choice(["iso", "isoT", "dmy.", "dmy/", "mdy/", "ko"]))
    zones = str(rng.choice(["none", "seoul", "ny", "sydney", "z", "mixed"]))
    # each user lives in one zone (the offset of New York changes with daylight saving time):
    # local clock order is then the real order, and the clean log's times are the truth
    zone_of = {
        "none": lambda u, t: "",
        "seoul": lambda u, t: "+09:00",
        "ny": lambda u, t: new_york(t),
        "sydney": lambda u, t: sydney(t),
        "z": lambda u, t: "Z",
        "mixed": lambda u, t: ["Z", "+09:00", new_york(t), sydney(t)][int(u[1:]) % 4],
    }[zones]
    out["when"] = [
        write_time(t, style, zone_of(u, t)) for u, t in zip(out["member"], out["when"], strict=True)
    ]
    done["dates"], done["zones"] = style, zones
    extra = 0
    if rng.random() < 0.4:  # anonymous rows with placeholder ids, times or events
        bad = out.sample(3, random_state=int(rng.integers(1e6))).copy()
        col = str(rng.choice(["member", "when", "action"]))
        bad[col] = rng.choice(PLACEHOLDERS, size=3)
        out = pd.concat([out, bad])
        extra += 3
        done["placeholders"] = col
    dup = rng.random() < 0.3
    if dup:
        out = pd.concat([out, out.sample(4, random_state=int(rng.integers(1e6)))])
        done["duplicates"] = 4
    if rng.random() < 0.7:
        out = out.sample(frac=1.0, random_state=int(rng.integers(1e6)))
        done["shuffled"] = True
    options = {"duplicates": "drop"} if dup else {}
    careful = rng.random() < 0.7  # passes the options the file needs, or the defaults
    if rng.random() < 0.25:  # a DataFrame made in pandas, with a repeated index
        out.index = np.repeat(np.arange(len(out)), 2)[: len(out)]
        done["source"] = "DataFrame, repeated index"
        return out, options, done, extra
    sep = str(rng.choice([",", ";", "\t", "|"]))
    decimal = "," if sep != "," and rng.random() < 0.5 else "."
    encoding = str(rng.choice(["utf-8", "utf-8-sig", "utf-16", "cp949"]))
    text = out.to_csv(index=False, sep=sep, decimal=decimal)
    if rng.random() < 0.2:  # a title block above the header, as analytics tools export
        text = "# Events export\n# 2024-01-01 - 2024-04-30\n\n" + text
        done["preamble"] = True
    data = text.encode(encoding)
    done.update(sep=sep, decimal=decimal, encoding=encoding)
    if careful:
        if sep != ",":
            options["sep"] = sep
        if decimal == ",":
            options["decimal"] = ","
        if encoding == "cp949":
            options["encoding"] = "cp949"
    return data, options, done, extra


def test_messy_exports_give_the_clean_numbers_or_a_clear_error(tmp_path):
    rng = np.random.default_rng(SEED)
    clean = clean_log(rng)
    cols = {"user_col": "member", "time_col": "when", "event_col": "action"}
    expected, _ = load_event_log(clean, **cols, properties=["plan", "amount"])
    want = numbers(expected)
    loaded = errors = 0
    new_kinds = {"title block": 0, "오전/오후": 0, "daylight-saving change": 0}
    for i in range(N_FILES):
        source, options, done, extra = mutate(clean, rng)
        if isinstance(source, bytes):
            path = tmp_path / f"export_{i}.csv"
            path.write_bytes(source)
            source = path
        try:
            log, report = load_event_log(source, **cols, properties=["plan", "amount"], **options)
        except EventLogError as err:
            message = str(err)
            assert any(fix in message for fix in FIXES), (done, message)
            errors += 1
            continue
        # every exception other than EventLogError fails the test here, with its traceback
        got = numbers(log) if pd.api.types.is_numeric_dtype(log["amount"]) else None
        if got is None:  # decimal commas read without decimal=',': said in a note
            assert any("decimal=','" in n for n in report.notes), done
            got = numbers(log.assign(amount=0.0))
            assert {k: v for k, v in got.items() if k != "amount"} == {
                k: v for k, v in want.items() if k != "amount"
            }, done
        else:
            assert got == want, done
        assert report.n_read == report.n_kept + report.n_dropped, done
        assert report.n_dropped == extra + done.get("duplicates", 0), (done, str(report))
        loaded += 1
        new_kinds["title block"] += bool(done.get("preamble"))
        new_kinds["오전/오후"] += done["dates"] == "ko"
        new_kinds["daylight-saving change"] += done["zones"] in ("ny", "sydney", "mixed")
    assert loaded + errors == N_FILES
    assert min(new_kinds.values()) >= 2, new_kinds  # each new kind loaded to the clean numbers
    assert loaded > N_FILES // 2 and errors > 10  # both paths are exercised


def test_the_fuzz_mutations_are_the_kinds_named_in_the_issue():
    rng = np.random.default_rng(SEED)
    clean = clean_log(rng)
    seen = {"sep": set(), "encoding": set(), "dates": set(), "zones": set()}
    flags = set()
    for _ in range(N_FILES):
        _, _, done, _ = mutate(clean, rng)
        for k in seen:
            if k in done:
                seen[k].add(done[k])
        flags |= {
            k for k in ("placeholders", "duplicates", "shuffled", "source", "preamble") if k in done
        }
        if done.get("decimal") == ",":
            flags.add("decimal commas")
    assert seen["sep"] == {",", ";", "\t", "|"}
    assert seen["encoding"] == {"utf-8", "utf-8-sig", "utf-16", "cp949"}
    assert seen["dates"] == {"iso", "isoT", "dmy.", "dmy/", "mdy/", "ko"}
    assert seen["zones"] == {"none", "seoul", "ny", "sydney", "z", "mixed"}
    assert flags == {
        "placeholders",
        "duplicates",
        "shuffled",
        "source",
        "preamble",
        "decimal commas",
    }


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_files_read_with_the_default_encoding(tmp_path, encoding):
    path = tmp_path / "bom.csv"
    path.write_bytes("member,when,action\na,2024-01-13 10:00,open\n".encode(encoding))
    log, _ = load_event_log(path, user_col="member", time_col="when", event_col="action")
    assert log["user_id"].tolist() == ["a"]


def test_clean_log_is_readable_back_from_csv():
    clean = clean_log(np.random.default_rng(SEED))
    back = pd.read_csv(io.StringIO(clean.to_csv(index=False)))
    assert len(back) == len(clean) > 30
