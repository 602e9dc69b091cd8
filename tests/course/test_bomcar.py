"""course.bomcar: world 1's content tables - the journey map and the quadrant definitions."""

from __future__ import annotations

import pandas as pd

from course import bomcar, data
from helpers import i18n, quadrant
from helpers.hangul import has_hangul


def test_every_journey_event_is_in_the_log():
    """Each stage names the log event that shows a customer reached it: a real event."""
    logged = set(data.load_events()["event"].cat.categories)
    assert set(bomcar.JOURNEY["event"]) <= logged


def test_the_journey_keeps_its_order_and_stages():
    stages = bomcar.JOURNEY["stage"].tolist()
    assert stages[0] == "visit" and stages[-1] == "recommend"
    assert len(stages) == len(set(stages))
    assert bomcar.JOURNEY["customer_needs"].notna().all()


def test_journey_map_is_a_copy_in_the_learners_language():
    table = bomcar.journey_map()
    table.loc[0, "stage"] = "changed"
    assert bomcar.JOURNEY.loc[0, "stage"] == "visit"
    with i18n.language("ko"):
        ko = bomcar.journey_map()
    assert ko["stage"].tolist() == bomcar.JOURNEY["stage"].tolist()  # keys stay
    assert all(has_hangul(t) for t in ko["customer_can_do"])


def test_quadrant_table_follows_the_general_quadrant_keys():
    table = bomcar.quadrant_table()
    assert table["quadrant"].tolist() == quadrant.QUADRANT_NAMES
    sides = {q: (a, r) for q, a, r in table[["quadrant", "attempts", "rides"]].itertuples(False)}
    assert sides == quadrant.QUADRANT_SIDES
    assert isinstance(bomcar.QUADRANTS, pd.DataFrame) and bomcar.QUADRANTS.equals(table)
    with i18n.language("ko"):
        ko = bomcar.quadrant_table()
    assert all(has_hangul(t) for t in ko["what_to_do"])
    assert ko["quadrant"].tolist() == quadrant.QUADRANT_NAMES
