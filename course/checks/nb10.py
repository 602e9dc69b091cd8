"""Checkers for notebook 10 (capstone: the whole method on your own event log).

Right answers are computed from the data with the course's helpers: the CDNOW purchase log
(real, from the ``lifetimes`` package) and Bomcar's synthetic event log.

>>> ex = map_columns()
>>> ex.check(..., quiet=True).status
'unanswered'
"""

from __future__ import annotations

import difflib
import functools
from pathlib import Path
from typing import Any

import pandas as pd

from course import canvas, data
from course.exercises import Exercise, expect_number, register
from helpers import eventlog, funnel, metrics, quadrant, report, segments, style
from helpers.hangul import has_hangul
from helpers.i18n import tr

#: The messy export of exercise 1: its columns, and which is who / when / what.
SAMPLE_COLUMNS = {"user_col": "member_no", "time_col": "logged_at", "event_col": "screen_action"}
SAMPLE_OTHER = "app_ver"
#: Bomcar's browse events, and the segments the stretch exercise places on the quadrant.
BOMCAR_BROWSE = ("map_view", "time_set", "car_type_filter", "zone_click", "car_view")
BOMCAR_QUADRANT_BY = ("age_band", "region")


def sample_export() -> pd.DataFrame:
    """A small, messy export of Bomcar's synthetic events, as a CSV would hold it.

    Forty events of four users, with other column names, times written as text, and the
    usual problems planted: two unreadable times, a missing time, an empty member number and
    one row sent twice.
    """
    events = data.load_events()
    sizes = events.groupby("user_id").size()
    first_users = sorted(sizes[sizes >= 10].index)[:4]
    rows = (
        events[events["user_id"].isin(first_users)]
        .groupby("user_id", sort=True)
        .head(10)
        .reset_index(drop=True)
    )
    out = pd.DataFrame(
        {
            "member_no": "M" + rows["user_id"].astype("int64").astype(str),
            "logged_at": rows["timestamp"].dt.strftime("%Y/%m/%d %H:%M"),
            "screen_action": rows["event"].astype("object"),
            "app_ver": rows["app_version"].astype("object"),
        }
    ).astype("object")
    out.loc[4, "logged_at"] = "yesterday"
    out.loc[17, "logged_at"] = "2024-13-45 25:00"
    out.loc[25, "logged_at"] = ""
    out.loc[9, "member_no"] = ""
    return pd.concat([out.iloc[:31], out.iloc[[30]], out.iloc[31:]], ignore_index=True)


def write_sample_export(folder: str | Path) -> Path:
    """Write :func:`sample_export` as ``bomcar_export.csv`` in ``folder``; return its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bomcar_export.csv"
    sample_export().to_csv(path, index=False)
    return path


# ---- exercise 1: map the columns ------------------------------------------------------------


def _wrong_column(key: str, value: str, what: str) -> str:
    """The verdict for a right column name in the wrong role, one whole sentence per role."""
    if key == "user_col":
        return tr(
            "user_col should be the column that says who did it; {value} is {what}.",
            value=value,
            what=what,
        )
    if key == "time_col":
        return tr(
            "time_col should be the column that says when; {value} is {what}.",
            value=value,
            what=what,
        )
    return tr(
        "event_col should be the column that says what they did; {value} is {what}.",
        value=value,
        what=what,
    )


def _what_it_is(column: str) -> str:
    """What a column of the sample export holds, in the learner's language."""
    return {
        "member_no": lambda: tr("the member number (who)"),
        "logged_at": lambda: tr("the date and time (when)"),
        "screen_action": lambda: tr("the action's name (what)"),
        "app_ver": lambda: tr("the app version: a property of the event, not who, when or what"),
    }[column]()


@register
def map_columns() -> Exercise:
    """Exercise 1: which column of the export is who, when and what?"""
    columns = list(sample_export().columns)

    def check(answer: Any) -> str | None:
        if not isinstance(answer, dict):
            return tr(
                "Give a dict with three keys, e.g. {example}.",
                example="{'user_col': 'a', 'time_col': 'b', 'event_col': 'c'}",
            )
        missing = [k for k in SAMPLE_COLUMNS if k not in answer]
        if missing:
            return tr("The dict needs the keys {keys} too.", keys=", ".join(map(repr, missing)))
        for key, right in SAMPLE_COLUMNS.items():
            value = answer[key]
            if value is ... or value is None:
                return tr("{key} is still empty: put a column name in quotes.", key=key)
            if value not in columns:
                close = difflib.get_close_matches(str(value), columns, n=1)
                if close:
                    return tr(
                        "{value} is not a column of the export. Did you mean {close}? "
                        "Its columns: {columns}.",
                        value=repr(value),
                        close=repr(close[0]),
                        columns=columns,
                    )
                return tr(
                    "{value} is not a column of the export. Its columns: {columns}.",
                    value=repr(value),
                    columns=columns,
                )
            if value != right:
                return _wrong_column(key, repr(value), _what_it_is(value))
        return None

    return Exercise(
        "Exercise 1",
        check,
        solution={"user_col": "member_no", "time_col": "logged_at", "event_col": "screen_action"},
        hints=[
            tr(
                "Look at the export's first rows, shown above (pd.read_csv(export_path).head()): "
                "which column names a person, which a moment, which an action?"
            ),
            tr(
                "Who = a member number; when = a date and time; what = the name of a screen "
                "action. The fourth column is a property."
            ),
            tr("user_col='member_no'; now find the date-and-time column and the action column."),
        ],
        success=tr("With the mapping right, load_event_log can check every row."),
    )


# ---- exercise 2: read the repeat-purchase funnel ------------------------------------------


@functools.cache
def cdnow_funnel() -> pd.DataFrame:
    """The CDNOW repeat-purchase funnel (first -> second -> third -> later purchase)."""
    log, _ = eventlog.load_event_log(
        eventlog.load_cdnow(), user_col="customer_id", time_col="date", event_col="event_name"
    )
    return funnel.funnel(log, eventlog.CDNOW_EVENTS)


@register
def third_of_second() -> Exercise:
    """Exercise 2: of the customers who made a second purchase, what share made a third?"""
    t = cdnow_funnel().set_index("step")
    right = float(t.loc["third_purchase", "pct_of_previous"])
    of_start = float(t.loc["third_purchase", "pct_of_start"])
    second = float(t.loc["second_purchase", "pct_of_start"])
    number = expect_number(right, tol=0.01, relative=False, what="share")

    def check(answer: Any) -> str | None:
        if isinstance(answer, pd.DataFrame | pd.Series):
            return tr(
                "That is a table; pick one number from it (a share between 0 and 1): "
                "f.loc[row, column].item(), both the row and the column."
            )
        try:
            value = float(answer)
        except (TypeError, ValueError):
            return tr(
                "Give one number, a share between 0 and 1 (you gave {kind}).",
                kind=type(answer).__name__,
            )
        if abs(value - of_start) <= 0.01:
            return tr(
                "That is the share of *all* first-time buyers who made a third purchase. The "
                "question asks: of those who made a *second* purchase."
            )
        if abs(value - second) <= 0.01:
            return tr("That is the share of first-time buyers who came back a second time.")
        return number(answer)

    return Exercise(
        "Exercise 2",
        check,
        expects="share",
        solution=right,
        hints=[
            tr("The funnel table has two shares per step: pct_of_start and pct_of_previous."),
            tr("'Of those who made a second purchase' is the step before: pct_of_previous."),
            tr(
                "Read pct_of_previous in the third_purchase row: f = found.funnel; "
                "f.loc[f['step'] == 'third_purchase', 'pct_of_previous'].item()"
            ),
        ],
        success=tr(
            "Once customers come back a second time, most of them come back again: the "
            "hard step is the first return."
        ),
    )


# ---- exercise 3: choose the CTA and the conversion -----------------------------------------


@register
def cta_and_conversion() -> Exercise:
    """Exercise 3: Bomcar's call-to-action event and the conversion it should lead to."""
    known = set(data.EVENTS)
    right = ("reservation_attempt", "reservation")
    wrong = {
        ("reservation", "reservation_attempt"): lambda: tr(
            "The order is swapped: the CTA comes first."
        ),
        ("reservation_attempt", "return"): lambda: tr(
            "return is the completed ride (the quadrant's y axis). The CTA's own conversion is "
            "the step right after it: did the attempt become a booking?"
        ),
        ("reservation", "return"): lambda: tr(
            "reservation is already the conversion; the CTA is the button pressed before it."
        ),
        ("reservation_attempt", "ride_start"): lambda: tr(
            "ride_start comes later; the step right after the attempt is the booking itself."
        ),
    }

    def check(answer: Any) -> str | None:
        if isinstance(answer, str) or not isinstance(answer, tuple | list) or len(answer) != 2:
            return tr(
                "Give two event names in quotes, e.g. {example}: the CTA first.",
                example="('event_a', 'event_b')",
            )
        names = tuple(str(a).strip() for a in answer)
        for name in names:
            if name not in known:
                close = difflib.get_close_matches(name, sorted(known), n=1)
                if close:
                    return tr(
                        "{name} is not one of Bomcar's events. Did you mean {close}?",
                        name=repr(name),
                        close=repr(close[0]),
                    )
                return tr("{name} is not one of Bomcar's events.", name=repr(name))
        if names == right:
            return None
        if names in wrong:
            return wrong[names]()
        if names[0] in {"app_open", *BOMCAR_BROWSE}:
            return tr(
                "{event} is browsing, not a call to action: a CTA is the button that asks the "
                "customer to commit (e.g. 'reserve this car').",
                event=names[0],
            )
        return tr(
            "{cta} -> {conversion} is not the CTA and its direct conversion.",
            cta=names[0],
            conversion=names[1],
        )

    return Exercise(
        "Exercise 3",
        check,
        solution=right,
        hints=[
            tr(
                "Look at the stage suggestions: which event is the 'commit' button, and which "
                "one says the commitment worked?"
            ),
            tr("The CTA is an attempt; the conversion is what a successful attempt becomes."),
            tr("The CTA is 'reservation_attempt'. What does a successful attempt turn into?"),
        ],
        success=tr("Attempts that do not become reservations are where customers hesitate."),
    )


# ---- exercise 4 (stretch): the quadrant on Bomcar ------------------------------------------


@functools.cache
def bomcar_quadrant() -> pd.DataFrame:
    """Users per quadrant for Bomcar's segments (age band x region), computed directly."""
    events = data.load_events()
    users = data.load_users().set_index("user_id")
    counts = metrics.per_user_counts(
        events, {"attempts": "reservation_attempt", "completions": "return"}
    )
    u = counts.join(users[list(BOMCAR_QUADRANT_BY)])
    u["segment"] = segments.combine(u, list(BOMCAR_QUADRANT_BY))
    segs = u.groupby("segment").agg(
        users=("attempts", "size"),
        attempts=("attempts", "mean"),
        completions=("completions", "mean"),
    )
    placed = quadrant.place(segs.reset_index(), "attempts", "completions", threshold="median")
    return quadrant.quadrant_summary(placed, "users")


@register
def largest_quadrant() -> Exercise:
    """Exercise 4: which quadrant holds the most Bomcar users?"""
    summary = bomcar_quadrant()
    right = str(summary.index[0])
    options = list(quadrant.QUADRANT_NAMES)

    def check(answer: Any) -> str | None:
        if not isinstance(answer, str):
            return tr(
                "Answer with one quadrant name in quotes, e.g. {example}.",
                example=repr(options[0]),
            )
        a = answer.strip().lower()
        if has_hangul(a):  # the Korean edition names the quadrants by the glossary's Korean
            a = canvas.quadrant_name(a) or a
        if a == right:
            return None
        if a not in options:
            close = difflib.get_close_matches(a, options, n=1)
            if close:
                return tr(
                    "{answer} is not a quadrant name. Did you mean {close}? Names: {names}.",
                    answer=repr(answer),
                    close=repr(close[0]),
                    names=", ".join(options),
                )
            return tr(
                "{answer} is not a quadrant name. Names: {names}.",
                answer=repr(answer),
                names=", ".join(options),
            )
        share = float(summary.loc[a, "share_of_users"])
        return tr(
            "'{name}' holds {share:.0%} of users; another quadrant holds more. Read "
            "bomcar.quadrant_summary (your Bomcar result; largest first).",
            name=a,
            share=share,
        )

    return Exercise(
        "Exercise 4",
        check,
        solution=right,
        hints=[
            tr(
                "Run bomcar = report.run_capstone(bomcar_log, bomcar_plan) with "
                "quadrant_by=['age_band', 'region'] in the plan, then look at "
                "bomcar.quadrant_summary (not found: that is CDNOW's, with no quadrant)."
            ),
            tr("bomcar.quadrant_summary is sorted largest first: its first row is the answer."),
            tr("largest = bomcar.quadrant_summary.index[0]"),
        ],
        success=(
            tr(
                "The same answer as notebook 04: most users try to reserve but rarely ride. "
                "What makes them hesitate?"
            )
            if right == "action needed"
            else tr(
                "Right: by age band x region, '{name}' holds the most users ({share:.0%}). "
                "That is not notebook 04's answer ('action needed'): 04 placed Mass x element "
                "combinations, with experience measured in the first 60 days and attempts and "
                "rides counted after it. A demographic cut over the whole log does not find "
                "the customers who hesitate.",
                name=right,
                share=float(summary.loc[right, "share_of_users"]),
            )
        ),
    )


def bomcar_plan(
    *, name: str = "Bomcar", data_note: str = style.SYNTHETIC_NOTE
) -> report.CapstonePlan:
    """Exercise 4's worked capstone plan for Bomcar's log (the one place that spells it out;
    the capstone tests and bench/bench_big_log.py use it too)."""
    return report.CapstonePlan(
        name=name,
        data_note=data_note,
        browse_events=BOMCAR_BROWSE,
        cta_event="reservation_attempt",
        conversion_event="reservation",
        completion_event="return",
        funnel_steps=["app_open", "map_view", "reservation_attempt", "reservation", "return"],
        aha_events=["return"],
        aha_label="rides",
        active_events=["app_open"],
        quadrant_by=BOMCAR_QUADRANT_BY,
    )


@functools.cache
def bomcar_findings() -> report.CapstoneFindings:
    """The whole capstone on Bomcar's synthetic log, with exercise 4's worked plan."""
    events = data.load_events().merge(
        data.load_users()[["user_id", *BOMCAR_QUADRANT_BY]], on="user_id"
    )
    log, _ = eventlog.load_event_log(
        events,
        user_col="user_id",
        time_col="timestamp",
        event_col="event",
        properties=list(BOMCAR_QUADRANT_BY),
    )
    plan = bomcar_plan()
    return report.run_capstone(log, plan)
