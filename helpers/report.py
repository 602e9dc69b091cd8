"""The whole method on one event log, and a one-page summary to take to your team.

1. :class:`CapstonePlan` - your choices: which events are the sign-up, the browse events, the
   call-to-action (CTA), the conversion, the aha action, how to segment.
2. :func:`run_capstone` - runs every step the log supports (journey stages, funnel, behaviour
   segments, quadrant, cohort table, aha moment) with the course helpers, and says for each
   step it skips what is missing (the event-schema checklist).
3. :func:`summary_report` - the key numbers and four figures (funnel, quadrant, cohort
   heatmap, aha curve) as a :class:`Report`: ``.to_html(path)`` writes one self-contained HTML
   file (figures embedded as PNG), ``.save_png(path)`` one PNG page. The output has no
   date or time in it, so the same log and plan give the same file, byte for byte.

>>> import pandas as pd
>>> log = pd.DataFrame({"user_id": [1, 1, 2, 2, 3],
...     "timestamp": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-01", "2024-02-03", "2024-02-01"]),
...     "event": ["visit", "buy", "visit", "visit", "visit"]})
>>> found = run_capstone(log, CapstonePlan(funnel_steps=["visit", "buy"]))
>>> found.funnel["users"].tolist()
[3, 1]
>>> sorted(found.skipped)
['aha moment', 'behaviour segments', 'quadrant']
>>> found.table("aha")  # a skipped step says why, so a notebook cell never fails
aha moment: skipped - no aha action chosen (aha_events)
>>> found.status("funnel")  # 3 users: far too few to conclude anything
'too small'
"""

from __future__ import annotations

import base64
import collections.abc
import functools
import html
import io
import numbers
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import NewType

import matplotlib.image as mpimg
import matplotlib.pyplot as plt
import pandas as pd

from helpers import aha, cohort, eventlog, funnel, i18n, metrics, quadrant, segments, validate
from helpers.i18n import tr
from helpers.style import SYNTHETIC_NOTE, takeaway, use_course_style

FIGURES = ("funnel", "quadrant", "cohort", "aha")
_NOT_IN_REPORT = "Not in this report"
TABLES = ("funnel", "segments", "quadrant", "cohort", "aha")
# the checklist's method for each figure or table name
_METHODS = {
    "funnel": "funnel",
    "segments": "behaviour segments",
    "quadrant": "quadrant",
    "cohort": "cohort table",
    "aha": "aha moment",
}
MIN_USERS = aha.MIN_USERS
"""Fewer users than this under a step: "too small", no headline (a share of 30 users is only
known to about +-18 percentage points; of 4 users it says nothing)."""
FEW_USERS = 100
"""Fewer users than this (and at least :data:`MIN_USERS`): "approximate" (+-10 points or more)."""
_TITLES = {
    "funnel": "Funnel",
    "quadrant": "Quadrant",
    "cohort": "Cohort retention",
    "aha": "Aha moment",
}


def _text(text: str) -> str:
    """A fixed English text of the capstone (a figure's name, a step, a plan's name or data
    note written in notebook 10's code) in the learner's language: ``helpers/ko/capstone.py``'s
    TEXTS first (short words kept out of the shared catalogue), then the catalogue."""
    if i18n.get_language() != "ko":
        return text
    from helpers.ko.capstone import TEXTS

    return TEXTS.get(text, i18n.translate_text(text))


def _translate(fig: plt.Figure) -> plt.Figure:
    """Every text of a capstone figure in the learner's language, before it is shown or saved
    (the course's plot helpers write their axis labels in English)."""
    if i18n.get_language() == "ko":
        from matplotlib.text import Text

        for artist in fig.findobj(Text):
            old = artist.get_text()
            new = _figure_text(old)
            if new != old:
                artist.set_text(new)
        i18n.translate_figure(fig)
    return fig


def _figure_text(text: str) -> str:
    """One figure text through ``helpers/ko/capstone.py``'s TEXTS: exact, or a template with
    {fields} ('{action} >= threshold' matches 'repeat purchases >= threshold')."""
    import re
    import string

    from helpers.ko.capstone import TEXTS

    if text in TEXTS:
        return TEXTS[text]
    if "\n" in text:
        return "\n".join(_figure_text(line) for line in text.split("\n"))
    for en, ko in TEXTS.items():
        if "{" not in en:
            continue
        regex = ""
        for literal, name, _spec, _conv in string.Formatter().parse(en):
            regex += re.escape(literal) + (f"(?P<{name}>.+?)" if name else "")
        m = re.fullmatch(regex, text, re.DOTALL)
        if m:
            plain = re.sub(r"\{(\w+)(![rsa])?(:[^{}]*)?\}", r"{\1}", ko)
            found = m.groupdict().items()
            return plain.format(
                **{k: _text(v) if re.search("[A-Za-z]", v) else v for k, v in found}
            )
    return text


EventName = NewType("EventName", str)
"""An event's name as the log spells it (``"reservation"``): a text whose :class:`CapstonePlan`
error says "event name"."""


@dataclass(frozen=True)
class CapstonePlan:
    """Your choices for the capstone. Every field is optional; steps without what they need
    are skipped (and the reason is given).

    * ``name``: your product's name (report title); ``data_note``: where the data is from,
      printed on every figure (e.g. "Real data: ..." or "Synthetic data").
    * ``signup_event``: the event that starts a user's life (cohorts and aha count from it);
      without it, each user's first event is used.
    * ``browse_events``, ``cta_event``, ``conversion_event``: for behaviour segments (and the
      funnel, if ``funnel_steps`` is not given).
    * ``completion_event``: the quadrant's y axis (default: ``conversion_event``); x is the CTA.
    * ``funnel_steps``: the funnel's steps in order (default: CTA then conversion).
    * ``aha_events``: the early action to count (one or several event names counted together,
      called ``aha_label``), in the first ``aha_window_days``; retained = active between
      ``retention_days`` after the start. ``active_events``: what counts as active (default any).
    * ``quadrant_by``: property columns whose combinations are the segments placed on the
      quadrant (default: every user is placed); users without a value are "(missing)".
    * ``period``: cohort period ("D", "W", "M", "Q"). ``last_period`` (e.g. ``"1998-05"``):
      the last period to use in the cohort table. Without it, a last period the data covers
      only partly (a log that ends on the 3rd of a month) is found, marked with * in the
      heatmap and left out of the headline average.

    Each field is checked against its type hint: a list of names may be given as a list
    (kept as a tuple); a wrong kind of value is a ``TypeError`` that names the field and what
    it takes.

    >>> CapstonePlan(aha_events=["return"]).aha_events
    ('return',)
    >>> CapstonePlan(cta_event=3)
    Traceback (most recent call last):
    ...
    TypeError: CapstonePlan: cta_event must be an event name in quotes or None, got 3.
    """

    name: str = "Your product"
    data_note: str = "Your own data"
    signup_event: EventName | None = None
    browse_events: Sequence[EventName] = ()
    cta_event: EventName | None = None
    conversion_event: EventName | None = None
    completion_event: EventName | None = None
    funnel_steps: Sequence[EventName] = ()
    aha_events: Sequence[EventName] = ()
    aha_label: str | None = None
    aha_window_days: int = 30
    retention_days: tuple[int, int] = (31, 90)
    active_events: Sequence[EventName] = ()
    quadrant_by: Sequence[str] = ()
    period: str = "M"
    last_period: str | pd.Period | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            check = _field_check(type(self), f.name)
            object.__setattr__(self, f.name, check(f.name, getattr(self, f.name), f.default))
        lo, hi = self.retention_days
        if not 0 < self.aha_window_days <= lo <= hi:
            raise ValueError(
                tr(
                    "CapstonePlan: need 0 < aha_window_days <= retention_days[0] <= "
                    "retention_days[1], got aha_window_days={window}, retention_days={days}.",
                    window=self.aha_window_days,
                    days=self.retention_days,
                )
            )
        validate.choice(self.period, ["D", "W", "M", "Q"], "period", "CapstonePlan")
        if self.last_period is not None:
            object.__setattr__(self, "last_period", _period(self.last_period, self.period))

    @property
    def completion(self) -> str | None:
        return self.completion_event or self.conversion_event

    @property
    def steps(self) -> tuple[str, ...]:
        if self.funnel_steps:
            return tuple(self.funnel_steps)
        return tuple(e for e in (self.cta_event, self.conversion_event) if e)


# ---- a plan's fields, checked by their type hints ---------------------------------------------

_Check = Callable[[str, object, object], object]


@functools.cache
def _field_check(cls: type, name: str) -> _Check:
    """The check of field ``name`` of the plan class ``cls``, from its type hint: a function
    ``(name, value, default) -> value`` (a list of names comes back as a tuple) that raises a
    ``TypeError`` naming the field and what it takes.

    >>> _field_check(CapstonePlan, "funnel_steps")("funnel_steps", ["a", "b"], ())
    ('a', 'b')
    >>> _field_check(CapstonePlan, "retention_days")("retention_days", [31, "90"], (31, 90))
    Traceback (most recent call last):
    ...
    TypeError: CapstonePlan: retention_days must be 2 whole numbers like (31, 90), got [31, '90'].
    """
    hint = typing.get_type_hints(cls)[name]
    args = typing.get_args(hint)
    optional = type(None) in args
    inner = [a for a in args if a is not type(None)] if optional else [hint]
    if inner == [str]:
        return _check_optional_text if optional else _check_text
    if inner == [EventName]:
        return _check_optional_event if optional else _check_event
    if inner == [int]:
        return _check_whole_number
    if len(inner) == 1 and _is_names(inner[0]):
        return _check_names
    if len(inner) == 1 and _is_numbers(inner[0]):
        return _check_numbers
    return functools.partial(_check_instance, classes=tuple(_runtime_class(a) for a in args))


def _is_names(hint: object) -> bool:
    """A list of names: ``Sequence[str]``, ``tuple[str, ...]`` (of ``str`` or ``EventName``)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    names = args in {(str,), (EventName,), (str, ...), (EventName, ...)}
    return origin in {collections.abc.Sequence, tuple, list} and names


def _is_numbers(hint: object) -> bool:
    """A fixed number of whole numbers: ``tuple[int, int]``."""
    args = typing.get_args(hint)
    return typing.get_origin(hint) is tuple and bool(args) and all(a is int for a in args)


def _runtime_class(hint: object) -> type:
    """The class an ``isinstance`` check of ``hint`` needs (``EventName`` -> ``str``)."""
    hint = getattr(hint, "__supertype__", hint)
    return typing.get_origin(hint) or hint


def _check_text(name: str, value: object, default: object) -> str:
    """Text (``str``)."""
    if not isinstance(value, str):
        raise TypeError(
            tr(
                "CapstonePlan: {name} must be text in quotes, got {value}.",
                name=name,
                value=repr(value),
            )
        )
    return value


def _check_optional_text(name: str, value: object, default: object) -> str | None:
    """Text or None (``str | None``)."""
    if value is not None and not isinstance(value, str):
        raise TypeError(
            tr(
                "CapstonePlan: {name} must be text in quotes or None, got {value}.",
                name=name,
                value=repr(value),
            )
        )
    return value


def _check_event(name: str, value: object, default: object) -> str:
    """An event name (``EventName``)."""
    if not isinstance(value, str):
        raise TypeError(
            tr(
                "CapstonePlan: {name} must be an event name in quotes, got {value}.",
                name=name,
                value=repr(value),
            )
        )
    return value


def _check_optional_event(name: str, value: object, default: object) -> str | None:
    """An event name or None (``EventName | None``)."""
    if value is not None and not isinstance(value, str):
        raise TypeError(
            tr(
                "CapstonePlan: {name} must be an event name in quotes or None, got {value}.",
                name=name,
                value=repr(value),
            )
        )
    return value


def _check_names(name: str, value: object, default: object) -> tuple[str, ...]:
    """A list of names (``Sequence[str]``): one name alone is a list of one; kept as a tuple."""
    if isinstance(value, str):
        value = (value,)
    if not _iterable(value) or not all(isinstance(v, str) for v in value):
        raise TypeError(
            tr(
                "CapstonePlan: {name} must be a list of names in quotes, got {value}.",
                name=name,
                value=repr(value),
            )
        )
    return tuple(value)


def _check_whole_number(name: str, value: object, default: object) -> int:
    """A whole number (``int``; not True/False, not 30.0)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(
            tr(
                "CapstonePlan: {name} must be a whole number, got {value}.",
                name=name,
                value=repr(value),
            )
        )
    return int(value)


def _check_numbers(name: str, value: object, default: object) -> tuple[int, ...]:
    """A fixed number of whole numbers (``tuple[int, int]``), like the default; kept as a tuple."""
    ordered = _iterable(value) and not isinstance(value, collections.abc.Set)
    whole = ordered and all(
        isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in value
    )
    if not whole or len(value) != len(default):
        raise TypeError(
            tr(
                "CapstonePlan: {name} must be {n} whole numbers like {example}, got {value}.",
                name=name,
                value=repr(value),
                n=len(default),
                example=repr(default),
            )
        )
    return tuple(int(v) for v in value)


def _check_instance(name: str, value: object, default: object, *, classes: tuple) -> object:
    """Any other type hint: the value is an instance of one of its classes."""
    if not isinstance(value, classes):
        kinds = _or([c.__name__ if c is not type(None) else "None" for c in classes])
        raise TypeError(
            tr(
                "CapstonePlan: {name} must be {kinds}, got {value}.",
                name=name,
                value=repr(value),
                kinds=kinds,
            )
        )
    return value


def _iterable(value: object) -> bool:
    """A list, tuple or other sized collection (not text, not a mapping)."""
    return isinstance(value, collections.abc.Collection) and not isinstance(
        value, str | bytes | collections.abc.Mapping
    )


def _period(value: object, period: str) -> str:
    """``value`` as a period of the plan's kind, as text (e.g. '1998-05'); a clear error else."""
    try:
        return str(pd.Period(value, freq=period))
    except (ValueError, TypeError):
        raise ValueError(
            tr(
                "CapstonePlan: last_period={value} is not a period; give one like '1998-05' "
                "(period={period}).",
                value=repr(value),
                period=repr(period),
            )
        ) from None


class Skipped:
    """What :meth:`CapstoneFindings.table` shows for a step that did not run: the step and why.

    >>> Skipped("aha moment", "only 57 days of data (needs 90)")
    aha moment: skipped - only 57 days of data (needs 90)
    """

    def __init__(self, step: str, why: str) -> None:
        self.step, self.why = step, why

    def __repr__(self) -> str:
        return tr("{step}: skipped - {why}", step=_text(self.step), why=self.why)

    def __bool__(self) -> bool:
        return False


@dataclass
class CapstoneFindings:
    """Everything :func:`run_capstone` found; ``None`` for a step that was skipped.

    ``checklist`` has one row per method: ``status`` (ready / approximate / not in the log /
    not chosen / too small), ``detail`` and ``users`` (how many users the step's result rests
    on; empty for a step that did not run). Show a step's table with :meth:`table` and its
    figure with :meth:`figure`: a skipped step shows "skipped - why" instead of failing.
    """

    plan: CapstonePlan
    overview: dict
    checklist: pd.DataFrame
    stages: pd.DataFrame
    funnel: pd.DataFrame | None = None
    segments: pd.Series | None = None
    segment_sizes: pd.DataFrame | None = None
    quadrant: pd.DataFrame | None = None
    quadrant_summary: pd.DataFrame | None = None
    cohort: pd.DataFrame | None = None
    aha_users: pd.DataFrame | None = None
    aha_table: pd.DataFrame | None = None
    aha_threshold: int | None = None
    partial_period: pd.Period | None = None
    skipped: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)

    def status(self, name: str) -> str:
        """The checklist status of a step ("funnel", "segments", "quadrant", "cohort", "aha")."""
        validate.choice(name, TABLES, "name", "CapstoneFindings.status")
        return str(self.checklist.set_index("method").loc[_METHODS[name], "status"])

    def why_skipped(self, name: str) -> str:
        """Why a step did not run (from ``skipped``, else the checklist's detail)."""
        validate.choice(name, TABLES, "name", "CapstoneFindings.why_skipped")
        method = _METHODS[name]
        return self.skipped.get(
            method, str(self.checklist.set_index("method").loc[method, "detail"])
        )

    def table(self, name: str, *, decimals: int = 3) -> pd.DataFrame | Skipped:
        """A step's result table, shares rounded to ``decimals``; for a step that did not run, a
        :class:`Skipped` that shows "<step>: skipped - why" (so a notebook cell never fails).

        ``name``: "funnel", "segments" (behaviour segment sizes), "quadrant" (users per
        quadrant), "cohort" (cohort x age retention) or "aha" (retention by threshold).
        """
        validate.choice(name, TABLES, "name", "CapstoneFindings.table")
        attr = {"segments": "segment_sizes", "quadrant": "quadrant_summary", "aha": "aha_table"}
        t = getattr(self, attr.get(name, name))
        if t is None:
            return Skipped(_METHODS[name], self.why_skipped(name))
        return t.round(decimals)

    def figure(self, name: str) -> plt.Figure | None:
        """One of the four figures ("funnel", "quadrant", "cohort", "aha"). For a step that did
        not run, prints "<figure> skipped - why" and returns None. A step with too few users
        (status "too small") is drawn with a title that says so instead of a takeaway."""
        fig = self._draw(name)
        if fig is None:
            print(
                tr(
                    "{figure} figure: skipped - {why}",
                    figure=_text(_TITLES[name]),
                    why=self.why_skipped(name),
                )
            )
        return fig

    def _draw(self, name: str) -> plt.Figure | None:
        validate.choice(name, FIGURES, "name", "CapstoneFindings.figure")
        fig = getattr(self, f"_figure_{name}")()
        if fig is not None:
            _source_note(fig, _text(self.plan.data_note))
            _translate(fig)
        return fig

    def _title(self, name: str, takeaway: str, who: str = "users") -> str:
        """The takeaway title, or for a step with too few users (``who``) a title that says so."""
        if self.status(name) != "too small":
            return takeaway
        users = self.checklist.set_index("method").loc[_METHODS[name], "users"]
        return tr(
            "Only {n:,} {who}: too few to conclude (needs {min}+)",
            n=int(users),
            who=who,
            min=MIN_USERS,
        )

    def _figure_funnel(self):
        t = self.funnel
        if t is None:
            return None
        worst = t.iloc[1:].loc[t["pct_of_previous"].iloc[1:].idxmin()]
        title = self._title(
            "funnel",
            tr(
                "Biggest drop: before '{step}' (only {share:.0%} continue)",
                step=worst["step"],
                share=worst["pct_of_previous"],
            ),
            who=_text("users"),
        )
        return funnel.funnel_plot(t, title, unit="users")

    def _figure_quadrant(self):
        placed = self.quadrant
        if placed is None:
            return None
        top = self.quadrant_summary.index[0]
        share = self.quadrant_summary["share_of_users"].iloc[0]
        takeaway = (
            tr(
                "'{quadrant}' holds the most users ({share:.0%}); one dot per segment",
                quadrant=_text(top),
                share=share,
            )
            if self.plan.quadrant_by
            else tr(
                "'{quadrant}' holds the most users ({share:.0%}); one dot per user",
                quadrant=_text(top),
                share=share,
            )
        )
        fig = quadrant.quadrant_plot(
            placed,
            "attempts",
            "completions",
            title=self._title("quadrant", takeaway, who=_text("users")),
            size_col="users" if self.plan.quadrant_by else None,
            label_col="segment" if self.plan.quadrant_by and "segment" in placed else None,
            xlabel=tr("'{event}' events per user", event=self.plan.cta_event),
            ylabel=tr("'{event}' events per user", event=self.plan.completion),
        )
        return fig

    def _figure_cohort(self):
        table = self.cohort
        if table is None:
            return None
        r1 = _period_one(table, self.partial_period)
        words = _period_words(self.plan.period, r1)
        title = self._title(
            "cohort",
            words["average"] if r1 == r1 else _text("Cohort retention"),
            who=words["who"],
        )
        ages = words["since_signup"] if self.plan.signup_event else words["since_first"]
        fig, ax = plt.subplots(
            figsize=(
                min(12.0, max(7.5, 1.6 + 0.55 * table.shape[1])),
                min(9.0, max(3.6, 1.4 + 0.38 * table.shape[0])),
            )
        )
        cohort.cohort_heatmap(
            table,
            title,
            age_label=ages,
            cohort_label=words["start"],
            ax=ax,
            partial=self.partial_period,
        )
        takeaway(ax, title)  # the report made the figure: the data note is its to add
        fig.tight_layout()
        return fig

    def _figure_aha(self):
        table = self.aha_table
        if table is None:
            return None
        k = self.aha_threshold
        row = table.set_index("threshold").loc[k]
        label = _aha_label(self.plan)
        title = tr(
            "{k}+ {label} in the first {days} days: {at_least:.0%} stay vs {below:.0%}",
            k=k,
            label=label,
            days=self.plan.aha_window_days,
            at_least=row["retention_at_least"],
            below=row["retention_below"],
        )
        return aha.aha_plot(table, title, action=label, window_days=self.plan.aha_window_days)


def _cohort_numbers(period: str, cohorts: str = "", n: int = 0) -> dict[str, str]:
    """The cohort step's key-number texts for a period kind, whole sentences each ('active':
    ``cohorts``, and ``n`` of them active one period after start)."""
    if period == "D":
        return {
            "key": tr("Active one day after start (average cohort)"),
            "active": tr(
                "{cohorts}; {n:,} of them active one day after start", cohorts=cohorts, n=n
            ),
            "none": tr("no cohort has a fully observed day after its start"),
            "partial": tr("Partial last day"),
        }
    if period == "W":
        return {
            "key": tr("Active one week after start (average cohort)"),
            "active": tr(
                "{cohorts}; {n:,} of them active one week after start", cohorts=cohorts, n=n
            ),
            "none": tr("no cohort has a fully observed week after its start"),
            "partial": tr("Partial last week"),
        }
    if period == "Q":
        return {
            "key": tr("Active one quarter after start (average cohort)"),
            "active": tr(
                "{cohorts}; {n:,} of them active one quarter after start", cohorts=cohorts, n=n
            ),
            "none": tr("no cohort has a fully observed quarter after its start"),
            "partial": tr("Partial last quarter"),
        }
    return {
        "key": tr("Active one month after start (average cohort)"),
        "active": tr("{cohorts}; {n:,} of them active one month after start", cohorts=cohorts, n=n),
        "none": tr("no cohort has a fully observed month after its start"),
        "partial": tr("Partial last month"),
    }


def _aha_label(plan: CapstonePlan) -> str:
    """The aha action's name as the learner reads it ('repeat purchases')."""
    if plan.aha_label:
        return _text(plan.aha_label)
    return _or(plan.aha_events)


def _or(names: Sequence[str]) -> str:
    """'a or b' in the learner's language."""
    if i18n.get_language() == "ko":
        return " 또는 ".join(names)
    return " or ".join(names)


def _period_words(period: str, share: float) -> dict[str, str]:
    """The cohort figure's texts for a period kind ('M': months), whole sentences each."""
    if period == "D":
        return {
            "average": tr(
                "On average {share:.0%} of a cohort is active one day after starting", share=share
            ),
            "who": tr("users with a whole day 1 in the data"),
            "since_signup": tr("Days since sign-up"),
            "since_first": tr("Days since first event"),
            "start": tr("Start day (cohort)"),
        }
    if period == "W":
        return {
            "average": tr(
                "On average {share:.0%} of a cohort is active one week after starting", share=share
            ),
            "who": tr("users with a whole week 1 in the data"),
            "since_signup": tr("Weeks since sign-up"),
            "since_first": tr("Weeks since first event"),
            "start": tr("Start week (cohort)"),
        }
    if period == "Q":
        return {
            "average": tr(
                "On average {share:.0%} of a cohort is active one quarter after starting",
                share=share,
            ),
            "who": tr("users with a whole quarter 1 in the data"),
            "since_signup": tr("Quarters since sign-up"),
            "since_first": tr("Quarters since first event"),
            "start": tr("Start quarter (cohort)"),
        }
    return {
        "average": tr(
            "On average {share:.0%} of a cohort is active one month after starting", share=share
        ),
        "who": tr("users with a whole month 1 in the data"),
        "since_signup": tr("Months since sign-up"),
        "since_first": tr("Months since first event"),
        "start": tr("Start month (cohort)"),
    }


def _source_note(fig: plt.Figure, note: str) -> None:
    """Replace the course's 'synthetic data' note on a figure by the real source of the data."""
    for ax in fig.axes:
        for text in ax.texts:
            if text.get_text() == SYNTHETIC_NOTE:
                text.set_text(note)


_RUNS = ("ready", "approximate")  # checklist statuses under which a step runs


def _size_verdict(users: int) -> tuple[str, str] | None:
    """("too small" or "approximate", why) for a step that rests on ``users`` users, else None.

    >>> _size_verdict(4)
    ('too small', 'only 4 users: too few to conclude (needs 30+)')
    >>> _size_verdict(50)[0], _size_verdict(500)
    ('approximate', None)
    """
    if users < MIN_USERS:
        return "too small", tr(
            "only {n:,} users: too few to conclude (needs {min}+)", n=users, min=MIN_USERS
        )
    if users < FEW_USERS:
        margin = 0.98 / users**0.5  # half-width of a 95% interval of a share near 50%
        return "approximate", tr(
            "only {n:,} users: a share is known to about +-{margin:.0%}", n=users, margin=margin
        )
    return None


def _too_few(users: int, groups: str) -> str:
    """The key number of a step with too few users: its size and group sizes, no headline.

    >>> _too_few(4, "converted: 2; dropped: 2")
    'too few users to conclude: 4 users, needs 30+ (converted: 2; dropped: 2)'
    """
    return tr(
        "too few users to conclude: {n:,} users, needs {min}+ ({groups})",
        n=users,
        min=MIN_USERS,
        groups=groups,
    )


def _age_one(table: pd.DataFrame, partial: pd.Period | None = None) -> pd.Index:
    """The cohorts whose age-1 cell enters the headline average: observable, not partial."""
    if 1 not in table.columns:
        return table.index[:0]
    ok = table[1].notna().to_numpy(copy=True)
    if partial is not None and isinstance(table.index, pd.PeriodIndex):
        ok &= table.index.asi8 + 1 != pd.Period(partial, freq=table.index.freq).ordinal
    return table.index[ok]


def _period_one(table: pd.DataFrame, partial: pd.Period | None = None) -> float:
    """The average cohort's value at age 1; NaN cells (not yet observable) and cells in a
    partly covered ``partial`` period are left out."""
    if 1 not in table.columns:
        return float("nan")
    values = table[1]
    if partial is not None and isinstance(table.index, pd.PeriodIndex):
        in_partial = table.index.asi8 + 1 == pd.Period(partial, freq=table.index.freq).ordinal
        values = values[~in_partial]
    return float(values.mean())


def _relabel(log: pd.DataFrame, names: Sequence[str], label: str) -> pd.DataFrame:
    """A copy of the log where any of ``names`` is called ``label`` (to count them together)."""
    event = log["event"].astype("object")
    return log.assign(event=event.where(~event.isin(list(names)), label))


class _PandasSteps:
    """The heavy steps of :func:`run_capstone` on an in-memory log (the course helpers).

    :class:`helpers.engine.EngineSteps` has the same methods and runs them inside a database
    engine (DuckDB, Spark, a warehouse) through Ibis; each returns the same small pandas result.
    """

    def __init__(self, log: pd.DataFrame) -> None:
        self.log = log
        self.data = log  # the log the cohort and aha steps use (sign-up users only, if chosen)
        self.start_col: str | None = None

    def overview(self) -> dict:
        log = self.log
        return {
            "users": int(log["user_id"].nunique()),
            "events": len(log),
            "event_types": int(log["event"].nunique()),
            "first": log["timestamp"].min(),
            "last": log["timestamp"].max(),
        }

    def schema_log(self) -> pd.DataFrame:
        return self.log

    def stages(self) -> pd.DataFrame:
        return eventlog.suggest_stages(self.log)

    def funnel(self, steps: list[str]) -> pd.DataFrame:
        return funnel.funnel(self.log, steps)

    def segments(self, browse: list[str], cta: str, conversion: str) -> pd.Series:
        return segments.behaviour_segments(self.log, browse=browse, cta=cta, conversion=conversion)

    def per_user_counts(self, counts: dict[str, str]) -> pd.DataFrame:
        return metrics.per_user_counts(self.log, counts)

    def first_values(self, by: list[str]) -> pd.DataFrame:
        return self.log.groupby("user_id", sort=True)[by].first()

    def use_signup(self, event: str) -> int:
        """Keep the users with ``event`` (start = its first time); returns how many."""
        log = self.log
        starts = log.loc[log["event"] == event].groupby("user_id")["timestamp"].min()
        self.data = log[log["user_id"].isin(starts.index)].join(
            starts.rename("start_at"), on="user_id"
        )
        self.start_col = "start_at"
        return len(starts)

    def partial_period(self, period: str) -> pd.Period | None:
        return cohort.partial_last_period(self.log["timestamp"], period)

    def cohort_tables(self, **options) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(retention, users) cohort tables of :func:`helpers.cohort.cohort_table`."""
        options = dict(options, cohort_time_col=self.start_col)
        return (
            cohort.cohort_table(self.data, **options),
            cohort.cohort_table(self.data, metric="users", **options),
        )

    def known_events(self) -> set:
        return set(validate.known_events(self.log["event"]))

    def early_actions(self, events: Sequence[str], label: str, **options) -> pd.DataFrame:
        data = self.data
        counted = _relabel(data, events, label) if len(events) > 1 else data
        action = label if len(events) > 1 else events[0]
        return aha.early_actions(counted, action, start_col=self.start_col, **options)


def run_capstone(
    log: pd.DataFrame | object, plan: CapstonePlan, *, last_period: str | None = None
) -> CapstoneFindings:
    """Run every step of the method that ``log`` and ``plan`` support; skip the rest with a reason.

    ``log`` is the output of :func:`helpers.eventlog.load_event_log` (columns ``user_id``,
    ``timestamp``, ``event`` and any properties; any index). It is never modified.
    It can also be a big log from :func:`helpers.engine.open_event_log` (or an Ibis table with
    those columns, e.g. a warehouse table): then the heavy steps run inside its engine (DuckDB,
    Spark, BigQuery...) and only small results come back, with a progress bar.
    ``last_period`` (e.g. ``"1998-05"``) overrides ``plan.last_period``: the last period the
    cohort table uses. Without either, a partly covered last period is marked and left out of
    the headline average (``found.partial_period``).
    """
    func = "run_capstone"
    if not isinstance(log, pd.DataFrame):
        from helpers import engine  # only when a big log is given: Ibis loads in ~1 s

        steps = engine.EngineSteps.of(log, func)
    else:
        validate.frame(log, func)
        validate.columns(log, list(eventlog.STANDARD), func)
        validate.datetimes(log, "timestamp", func)
        steps = _PandasSteps(log)
    if not isinstance(plan, CapstonePlan):
        raise TypeError(
            tr(
                "{func}(): plan must be a CapstonePlan, got {kind}.",
                func=func,
                kind=type(plan).__name__,
            )
        )
    last_period = plan.last_period if last_period is None else _period(last_period, plan.period)
    with _progress(steps, plan) as bar:
        return _run(steps, plan, last_period, bar)


class _NoBar:
    """A progress bar that shows nothing (the in-memory path is fast)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def step(self, what: str) -> None:
        return None


def _progress(steps, plan: CapstonePlan):
    if isinstance(steps, _PandasSteps):
        return _NoBar()
    return steps.progress(plan)


def _run(ops, plan: CapstonePlan, last_period: str | None, bar) -> CapstoneFindings:
    """The capstone as a pipeline: each step runs if the checklist allows it and records its
    result and key numbers in the findings, or why it was skipped."""
    run = _Run(ops, plan, bar)
    run.funnel()
    run.segments()
    run.quadrant()
    run.signup()
    run.cohort(last_period)
    run.aha()
    return run.found


class _Run:
    """One run of :func:`run_capstone`: the findings so far (checklist, key numbers), and how a
    step records itself in them (:meth:`ready`, :meth:`skip`, :meth:`judge`)."""

    def __init__(self, ops, plan: CapstonePlan, bar) -> None:
        """The event-schema checklist, the overview and the journey stages."""
        self.ops, self.plan, self.bar = ops, plan, bar
        bar.step("checking the event schema")
        checklist = eventlog.schema_checklist(
            ops.schema_log(),
            signup_event=plan.signup_event,
            browse_events=plan.browse_events,
            cta_event=plan.cta_event,
            conversion_event=plan.conversion_event,
            completion_event=plan.completion_event,
            funnel_steps=plan.funnel_steps,
            segment_by=plan.quadrant_by,
        )
        checklist["users"] = pd.array([pd.NA] * len(checklist), dtype="Int64")
        self.checklist = checklist
        self.row = {m: i for i, m in checklist["method"].items()}
        bar.step("overview: users, events, period")
        self.overview = ops.overview()
        bar.step("journey stages (first time of each event per user)")
        self.found = CapstoneFindings(plan, self.overview, checklist, ops.stages())
        self.numbers = self.found.numbers
        self.numbers.update(_overview_numbers(self.overview))
        self.active = list(plan.active_events) or None

    def ready(self, method: str) -> bool:
        """Whether the checklist lets ``method`` run; if not, its detail is why it is skipped."""
        if self.checklist.loc[self.row[method], "status"] in _RUNS:
            return True
        self.found.skipped[method] = self.checklist.loc[self.row[method], "detail"]
        return False

    def skip(self, method: str, status: str, why: str) -> None:
        """A step that the checklist allowed but that could not run: say so in both places."""
        self.found.skipped[method] = why
        self.checklist.loc[self.row[method], ["status", "detail"]] = [status, why]

    def judge(self, method: str, users: int) -> bool:
        """Record how many users a step rests on; False if too few for a headline."""
        checklist, i = self.checklist, self.row[method]
        checklist.loc[i, "users"] = users
        verdict = _size_verdict(users)
        if verdict is not None:
            status, note = verdict
            if status == "too small" or checklist.loc[i, "status"] == "ready":
                checklist.loc[i, "status"] = status
            checklist.loc[i, "detail"] = "; ".join(
                x for x in (checklist.loc[i, "detail"], note) if x
            )
        return checklist.loc[i, "status"] != "too small"

    def funnel(self) -> None:
        """The funnel over the plan's steps; key numbers: the reach and the biggest drop."""
        if not self.ready("funnel"):
            return
        self.bar.step("funnel")
        t = self.ops.funnel(list(self.plan.steps))
        self.found.funnel = t
        if self.judge("funnel", int(t["users"].iloc[0])):
            self.numbers.update(_funnel_numbers(t))
        else:
            steps = " -> ".join(f"{s}: {u:,}" for s, u in zip(t["step"], t["users"], strict=True))
            self.numbers[_text("Funnel")] = _too_few(int(t["users"].iloc[0]), steps)

    def segments(self) -> None:
        """The behaviour segments and their sizes; key number: the largest segment."""
        if not self.ready("behaviour segments"):
            return
        self.bar.step("behaviour segments")
        plan = self.plan
        seg = self.ops.segments(list(plan.browse_events), plan.cta_event, plan.conversion_event)
        sizes = seg.value_counts(sort=False).rename_axis("segment").reset_index(name="users")
        sizes["share"] = sizes["users"] / sizes["users"].sum()
        self.found.segments, self.found.segment_sizes = seg, sizes
        total = int(sizes["users"].sum())
        if self.judge("behaviour segments", total):
            top = sizes.loc[sizes["users"].idxmax()]
            self.numbers[_text("Largest behaviour segment")] = tr(
                "{name} ({share:.0%}: {users:,} of {total:,} users)",
                name=top["segment"],
                share=top["share"],
                users=top["users"],
                total=total,
            )
        else:
            held = sizes[sizes["users"] > 0].sort_values("users", ascending=False, kind="stable")
            groups = "; ".join(
                f"{s}: {u:,}" for s, u in zip(held["segment"], held["users"], strict=True)
            )
            self.numbers[_text("Behaviour segments")] = _too_few(total, groups)

    def quadrant(self) -> None:
        """Users (or segments of ``quadrant_by``) placed on the CTA x completion quadrant; key
        number: the quadrant with the most users."""
        if not self.ready("quadrant"):
            return
        self.bar.step("quadrant (events per user)")
        placed = _place_on_quadrant(self.ops, self.plan)
        summary = quadrant.quadrant_summary(placed, "users")
        self.found.quadrant, self.found.quadrant_summary = placed, summary
        total = int(summary["users"].sum())
        if self.judge("quadrant", total):
            self.numbers[_text("Largest quadrant")] = tr(
                "{name} ({share:.0%}: {users:,} of {total:,} users)",
                name=_text(summary.index[0]),
                share=summary["share_of_users"].iloc[0],
                users=summary["users"].iloc[0],
                total=total,
            )
        else:
            held = summary[summary["users"] > 0]
            groups = "; ".join(f"{q}: {u:,}" for q, u in held["users"].items())
            self.numbers[_text("Quadrant")] = _too_few(total, groups)

    def signup(self) -> None:
        """With a sign-up event (and a cohort step to run): keep its users for the cohort and
        aha steps; key number: how many users are left out."""
        plan = self.plan
        if not plan.signup_event:
            return
        if self.checklist.loc[self.row["cohort table"], "status"] not in _RUNS:
            return
        left_out = self.overview["users"] - self.ops.use_signup(plan.signup_event)
        if left_out:
            self.numbers[_text("Users without the sign-up event")] = tr(
                "{n:,} (left out of cohorts and the aha moment)", n=left_out
            )

    def cohort(self, last_period: str | None) -> None:
        """The cohort table; key numbers: the average cohort one period after its start, and
        the partial last period (or the chosen last one)."""
        if not self.ready("cohort table"):
            return
        self.bar.step("cohort table")
        plan, found = self.plan, self.found
        if last_period is None:
            found.partial_period = self.ops.partial_period(plan.period)
        options = dict(period=plan.period, active_events=self.active, last_period=last_period)
        try:
            table, users_table = self.ops.cohort_tables(**options)
        except ValueError as exc:
            self.skip("cohort table", "too small", str(exc))
            return
        found.cohort = table
        self._cohort_headline(table, users_table)
        words = _cohort_numbers(plan.period)
        if found.partial_period is not None:
            self.numbers[words["partial"]] = tr(
                "{period} (data ends {last}): marked * in the cohort heatmap, left out of "
                "the average",
                period=found.partial_period,
                last=f"{self.overview['last']:%Y-%m-%d}",
            )
        elif last_period is not None:
            self.numbers[_text("Cohort table ends")] = f"{last_period} (last_period)"

    def _cohort_headline(self, table: pd.DataFrame, users_table: pd.DataFrame) -> None:
        """The key number 'active one period after start (average cohort)', or too few."""
        period, partial = self.plan.period, self.found.partial_period
        key = _cohort_numbers(period)["key"]
        people = users_table.loc[_age_one(table, partial)]  # cohorts in the headline average
        cohorts = (
            _text("{n} cohort").format(n=len(people))
            if len(people) == 1
            else _text("{n} cohorts").format(n=len(people))
        )
        if self.judge("cohort table", int(people[0].sum())):
            self.numbers[key] = tr(
                "{share:.0%} ({cohorts}, {users:,} users)",
                share=_period_one(table, partial),
                cohorts=cohorts,
                users=int(people[0].sum()),
            )
        elif len(people):
            self.numbers[key] = _too_few(
                int(people[0].sum()),
                _cohort_numbers(period, cohorts, int(people[1].sum()))["active"],
            )
        else:
            self.numbers[key] = _too_few(0, _cohort_numbers(period)["none"])

    def aha(self) -> None:
        """The aha moment: early actions per user, retention by threshold, the threshold; key
        number: retention at and below it."""
        plan = self.plan
        if not plan.aha_events:
            self.skip("aha moment", "not chosen", tr("no aha action chosen (aha_events)"))
            return
        if not self.ready("aha moment"):
            return
        self.bar.step("aha moment (early actions and retention per user)")
        known = self.ops.known_events()
        unknown = [e for e in plan.aha_events if e not in known]
        if unknown:
            why = tr("aha action {name} is not in the log", name=repr(unknown[0]))
            self.skip("aha moment", "not in the log", why)
            return
        try:
            per_user = self.ops.early_actions(
                list(plan.aha_events),
                plan.aha_label or " or ".join(plan.aha_events),
                window_days=plan.aha_window_days,
                retention_days=tuple(plan.retention_days),
                active_events=self.active,
            )
            table = aha.retention_by_threshold(per_user, "early", "retained")
        except ValueError as exc:
            self.skip("aha moment", "too small", str(exc))
            return
        self.checklist.loc[self.row["aha moment"], "users"] = len(per_user)
        try:
            k = aha.aha_threshold(table, min_users=MIN_USERS)
        except ValueError as exc:  # no threshold with enough users on both sides
            self.skip("aha moment", "too small", str(exc))
            return
        self.found.aha_users, self.found.aha_table, self.found.aha_threshold = per_user, table, k
        self.numbers[_text("Aha moment")] = _aha_number(plan, table, k)


def _overview_numbers(overview: dict) -> dict[str, str]:
    """The key numbers of the overview: users, events (and event types), the period."""
    return {
        _text("Users"): f"{overview['users']:,}",
        _text("Events"): tr(
            "{events:,} ({types} event types)",
            events=overview["events"],
            types=overview["event_types"],
        ),
        _text("Period"): _text("{first} to {last}").format(
            first=f"{overview['first']:%Y-%m-%d}",
            last=f"{overview['last']:%Y-%m-%d}",
        ),
    }


def _funnel_numbers(t: pd.DataFrame) -> dict[str, str]:
    """The funnel's key numbers: the share that reaches the last step, and the biggest drop."""
    worst = t.iloc[1:].loc[t["pct_of_previous"].iloc[1:].idxmin()]
    before = t.iloc[t.index.get_loc(worst.name) - 1]
    return {
        tr("Funnel: reach '{step}'", step=t["step"].iloc[-1]): tr(
            "{share:.0%} of {users:,} users",
            share=t["pct_of_start"].iloc[-1],
            users=t["users"].iloc[0],
        ),
        _text("Funnel: biggest drop"): tr(
            "'{before}' -> '{step}': {share:.0%} continue ({users:,} of {of:,} users)",
            before=before["step"],
            step=worst["step"],
            share=worst["pct_of_previous"],
            users=worst["users"],
            of=before["users"],
        ),
    }


def _place_on_quadrant(ops, plan: CapstonePlan) -> pd.DataFrame:
    """Each user (or each segment of ``plan.quadrant_by``: its mean per user) placed on the
    quadrant of CTA attempts x completions per user."""
    counts = ops.per_user_counts({"attempts": plan.cta_event, "completions": plan.completion})
    if not plan.quadrant_by:
        return quadrant.place(counts.assign(users=1), "attempts", "completions", threshold="mean")
    by = list(plan.quadrant_by)
    users = counts.join(ops.first_values(by))
    for c in by:
        users[c] = funnel.group_labels(users[c])
    segs = quadrant.segment_means(users, by, x="attempts", y="completions")
    return quadrant.place(segs, "attempts", "completions", threshold="median")


def _aha_number(plan: CapstonePlan, table: pd.DataFrame, k: int) -> str:
    """The aha moment's key number: retention of the users at or above threshold ``k`` vs
    below it."""
    row = table.set_index("threshold").loc[k]
    return tr(
        "{k}+ {label} in the first {days} days: {at_least:.0%} still active "
        "({users_at_least:,} users) vs {below:.0%} ({users_below:,} users)",
        k=k,
        label=_aha_label(plan),
        days=plan.aha_window_days,
        at_least=row["retention_at_least"],
        users_at_least=int(row["users_at_least"]),
        below=row["retention_below"],
        users_below=int(row["users_below"]),
    )


# ---- the one-page summary -----------------------------------------------------------------


def _png(fig: plt.Figure, dpi: int) -> bytes:
    i18n.translate_figure(fig)  # saved outside IPython: put its texts in the learner's language
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


@dataclass
class Report:
    """A one-page summary: a title, where the data is from, key numbers, figures (PNG bytes)
    and notes (e.g. steps that were skipped and why)."""

    title: str
    source: str
    numbers: dict[str, str]
    figures: dict[str, bytes]
    notes: list[str] = field(default_factory=list)

    def html(self) -> str:
        """The page as one self-contained HTML string (images embedded as base64 PNG)."""
        e = html.escape
        rows = "\n".join(
            f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in self.numbers.items()
        )
        figs = "\n".join(
            f'<figure><img alt="{e(_text(_TITLES.get(name, name)))}" '
            f'src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">'
            f"<figcaption>{e(_text(_TITLES.get(name, name)))}</figcaption></figure>"
            for name, png in self.figures.items()
        )
        notes = "".join(f"<li>{e(x)}</li>" for x in self.notes)
        notes = f"<h2>{e(_text(_NOT_IN_REPORT))}</h2><ul>{notes}</ul>" if notes else ""
        key_numbers = e(_text("Key numbers"))
        return f"""<!DOCTYPE html>
<html lang="{i18n.get_language()}">
<head>
<meta charset="utf-8">
<title>{e(self.title)}</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, "NanumGothic", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; max-width: 1100px; margin: 2em auto;
       color: #222; }}
h1 {{ margin-bottom: 0.2em; }}
.source {{ color: #555; margin-top: 0; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ text-align: left; padding: 0.3em 1em 0.3em 0; border-bottom: 1px solid #ddd; }}
.figures {{ display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }}
figure {{ margin: 0; }}
img {{ width: 100%; height: auto; }}
figcaption {{ color: #555; font-size: 0.9em; }}
</style>
</head>
<body>
<h1>{e(self.title)}</h1>
<p class="source">{e(self.source)}</p>
<h2>{key_numbers}</h2>
<table>
{rows}
</table>
<div class="figures">
{figs}
</div>
{notes}
</body>
</html>
"""

    def to_html(self, path: str | Path) -> Path:
        """Write the page as one HTML file (no other files needed). Returns the path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html(), encoding="utf-8")
        return path

    def save_png(self, path: str | Path, *, dpi: int = 100) -> Path:
        """Write the page as one PNG image (numbers on top, figures in a grid). Returns the path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        images = [mpimg.imread(io.BytesIO(png), format="png") for png in self.figures.values()]
        lines = [f"{k}: {v}" for k, v in self.numbers.items()]
        lines += [tr("Not in this report: {note}", note=x) for x in self.notes]
        width, cell, pad = 16.0, 7.8, 0.2  # inches: page width, figure width in a cell, margins
        rows = [images[i : i + 2] for i in range(0, len(images), 2)]
        heights = [max(cell * im.shape[0] / im.shape[1] for im in row) for row in rows]
        head = 1.1 + 0.28 * len(lines)
        total = head + sum(heights) + pad * (len(rows) + 1)
        fig = plt.figure(figsize=(width, total))
        inch = 1 / total
        fig.text(pad / width, 1 - 0.35 * inch, self.title, fontsize=18, fontweight="bold", va="top")
        fig.text(pad / width, 1 - 0.8 * inch, self.source, fontsize=11, color="#555", va="top")
        fig.text(
            pad / width, 1 - 1.15 * inch, "\n".join(lines), fontsize=11, va="top", linespacing=1.55
        )
        y = total - head
        for row, h in zip(rows, heights, strict=True):
            y -= h + pad
            for j, img in enumerate(row):
                ax = fig.add_axes(
                    [(pad + j * (cell + pad)) / width, y * inch, cell / width, h * inch]
                )
                ax.imshow(img)
                ax.axis("off")
        fig.savefig(path, format="png", dpi=dpi, metadata={"Software": None})
        plt.close(fig)
        return path

    def __repr__(self) -> str:
        lines = [self.title, self.source, *(f"  {k}: {v}" for k, v in self.numbers.items())]
        lines += [
            tr("  figures: {names}", names=", ".join(_text(_TITLES[f]) for f in self.figures))
            if self.figures
            else tr("  figures: none")
        ]
        lines += [tr("  not in this report: {note}", note=x) for x in self.notes]
        return "\n".join(lines)


def summary_report(
    findings: CapstoneFindings, *, title: str | None = None, dpi: int = 100
) -> Report:
    """Turn :func:`run_capstone`'s findings into a one-page :class:`Report`.

    Holds the key numbers, the figures that could be drawn (funnel, quadrant, cohort heatmap,
    aha curve) and a note for each step that was skipped, saying what the log is missing.
    """
    if not isinstance(findings, CapstoneFindings):
        raise TypeError(
            tr(
                "summary_report() needs the result of run_capstone(), got {kind}.",
                kind=type(findings).__name__,
            )
        )
    use_course_style()
    figures = {}
    for name in FIGURES:
        fig = findings._draw(name)
        if fig is not None:
            figures[name] = _png(fig, dpi)
    notes = [f"{_text(step)}: {why}" for step, why in findings.skipped.items()]
    return Report(
        title=title
        or tr("{name}: who matters most - one-page summary", name=_text(findings.plan.name)),
        source=_text(findings.plan.data_note),
        numbers=dict(findings.numbers),
        figures=figures,
        notes=notes,
    )
