"""World 1's content tables: Bomcar's journey map and the quadrant definitions in its words.

The general helpers (:mod:`helpers.funnel`, :mod:`helpers.quadrant`) work on any event log;
these tables are what the course says about Bomcar, the fictional car-sharing app, on top of them.

>>> journey_map()["stage"].tolist()[:3]
['visit', 'search/browse', 'reserve']
"""

from __future__ import annotations

import pandas as pd

from course.voc import need_of
from helpers import quadrant
from helpers.i18n import tr, translate_text

#: Bomcar's journey, stage by stage: the log event that shows a customer reached it, the AARRR
#: step it serves, what the customer can do, and their need there - the most-cited need of the
#: stage in the voice-of-customer corpus (``data/voc.csv``, tagged with :mod:`course.voc`).
#: The first completed ride (the return, 반납) is *Activation* - the customer got the value -
#: and, for card payers, *Revenue*; *Retention* is coming back for another ride after it.
JOURNEY = pd.DataFrame(
    [
        ("visit", "app_open", "Acquisition", "open the app, see the map", need_of("car_near")),
        (
            "search/browse",
            "map_view",
            "Activation",
            "move the map, set a time, filter, click zones, look at cars",
            need_of("free_at_time"),
        ),
        (
            "reserve",
            "reservation",
            "Activation",
            "pick a car and a time, confirm",
            need_of("car_taken"),
        ),
        (
            "pay",
            "reservation",
            "Activation",
            "register a card (charged at the return) or a corporate account (invoiced monthly)",
            need_of("card_fails"),
        ),
        ("ride", "ride_start", "Activation", "unlock the car, drive", need_of("clean_car")),
        (
            "return",
            "return",
            "Activation, Revenue",
            "park in the zone, end the ride (card payers pay now)",
            need_of("return_zone"),
        ),
        (
            "come back",
            "return",
            "Retention",
            "book and ride again after a first ride",
            need_of("subscription_value"),
        ),
        (
            "recommend",
            "referral",
            "Referral",
            "invite a friend",
            need_of("invite_reward"),
        ),
    ],
    columns=["stage", "event", "aarrr", "customer_can_do", "customer_needs"],
)


def journey_map() -> pd.DataFrame:
    """:data:`JOURNEY` as the learner reads it: a copy whose prose columns
    (``customer_can_do``, ``customer_needs``) are in the learner's language. ``stage``,
    ``event`` and ``aarrr`` are values code filters on and stay as they are.

    >>> journey_map().equals(JOURNEY)  # in English, the same table
    True
    """
    out = JOURNEY.copy()
    for col in ("customer_can_do", "customer_needs"):
        out[col] = out[col].map(translate_text)
    return out


def quadrant_table() -> pd.DataFrame:
    """What each quadrant means for a PM (the course's table of definitions), one row per
    quadrant: ``quadrant`` (the key), ``attempts`` and ``rides`` (``"high"``/``"low"``),
    ``pattern`` and ``what_to_do`` (prose, in the learner's language).

    >>> quadrant_table()["quadrant"].tolist() == quadrant.QUADRANT_NAMES
    True
    """
    prose = {
        "natural growth": (
            tr("Many attempts, many rides."),
            tr("Reward loyalty; learn from them what works."),
        ),
        "action needed": (
            tr("Many attempts, few rides: what makes them hesitate? (뭘 망설일까 유형)"),
            tr("An unmet pain point: fix it in the product."),
        ),
        "retention strategy needed": (
            tr("Few attempts, but they ride, at a longer rhythm."),
            tr("A marketing question: remind them at the right moment."),
        ),
        "low impact": (
            tr("Few attempts, few rides."),
            tr("Fixes will not move them; they need new value."),
        ),
    }
    return pd.DataFrame(
        [(name, *quadrant.QUADRANT_SIDES[name], *prose[name]) for name in quadrant.QUADRANT_NAMES],
        columns=["quadrant", "attempts", "rides", "pattern", "what_to_do"],
    )


def __getattr__(name: str):
    """``QUADRANTS``: :func:`quadrant_table`, built when read, so its prose is in the
    language chosen in the set-up cell."""
    if name == "QUADRANTS":
        return quadrant_table()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
