"""Shared fixtures: the committed data, loaded once per test session."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402

from course import data  # noqa: E402


@pytest.fixture(scope="session")
def users():
    return data.load_users()


@pytest.fixture(scope="session")
def events():
    return data.load_events()


@pytest.fixture(scope="session")
def payments():
    return data.load_payments()


@pytest.fixture(scope="session")
def ab_test():
    return data.load_ab_test()


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.fixture(autouse=True)
def _fresh_exercise_session():
    """Each test starts like a fresh kernel: no wrong tries counted, no failed cells."""
    from course import exercises

    exercises.reset_all()
    yield
    exercises.reset_all()
