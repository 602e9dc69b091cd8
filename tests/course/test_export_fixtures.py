"""course.export_fixtures: small seeded exports in analytics tools' layouts, for the loader's
tests - the same bytes every run, from one seeded product log."""

from __future__ import annotations

import pytest

from course import export_fixtures as fx


@pytest.mark.parametrize("tool", fx.TOOLS)
def test_same_bytes_every_run(tool, tmp_path):
    a = fx.write(tool, tmp_path / "a")
    b = fx.write(tool, tmp_path / "b")
    assert a.read_bytes() == b.read_bytes()


def test_the_truth_is_seeded_and_shaped_like_a_shop_log():
    """Same seed, same log; another seed, another log; every event is one of the four steps,
    and a user's first event is an app open. (Each tool's export is read back to this truth
    by the engine's presets: tests/helpers/test_engine.py.)"""
    a, b, c = fx.truth(), fx.truth(), fx.truth(seed=14)
    assert a.equals(b) and not a.equals(c)
    assert set(a["event"]) == set(fx.EVENTS)
    first = a.sort_values(["user_id", "timestamp"], kind="stable").groupby("user_id").head(1)
    assert (first["event"] == "app_open").all()
    assert a["user_id"].nunique() == 60
