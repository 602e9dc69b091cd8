"""Bomcar's long-term most important customer, as notebook 06 finds it - in one place.

Notebooks 06, 07 and 08 and the story test (``tests/integration/test_story.py``) all use these words and
this definition, so the customer named in 06 is exactly the one 07 follows and 08 tests:

* :data:`NAME` / :data:`DEFINITION` - who, as the method states it (a Mass situation x a
  customer element);
* :data:`KEYWORD` / :data:`NEED` / :data:`HYPOTHESIS` - the business keyword it meets, the
  customer's need behind it, and the A/B test's hypothesis;
* :func:`is_important_customer` - the definition as a True/False column for any user table
  from :func:`course.combinations.combination_users`.

>>> import pandas as pd
>>> t = pd.DataFrame({"situation": ["pay-per-ride member", "subscriber"],
...                   "experience": ["never reserved", "never reserved"]})
>>> is_important_customer(t).tolist()
[True, False]
"""

from __future__ import annotations

import pandas as pd

from course.combinations import EARLY_DAYS
from helpers import validate
from helpers.i18n import tr

#: The Mass situation of the important customer.
SITUATION = "pay-per-ride member"
#: The customer elements (experience frequency in the first 60 days) that make it up: the
#: action-needed combinations of notebook 04.
EXPERIENCES = ("never reserved", "reserved, never rode", "below average")

NAME = "pay-per-ride members who have not got going yet"
#: :data:`DEFINITION` with its number of days as a field (the template :func:`in_words` reads).
DEFINITION_TEMPLATE = (
    "pay-per-ride members (individual, no subscription, card and licence registered) who "
    "searched in their first {days} days but stayed below the members' average "
    "experience then: never reserved, reserved but never rode, or one completed ride"
)
DEFINITION = DEFINITION_TEMPLATE.format(days=EARLY_DAYS)
KEYWORD = "at the time I need"
NEED = "to see which cars are free at the hour I set, so that a reservation does not fail"
#: :data:`HYPOTHESIS` with the customer's name as a field.
HYPOTHESIS_TEMPLATE = (
    "If the map shows only the cars that are free at the time a user has set, then more "
    "{name} will make a reservation within 14 days, because today the cars they pick turn "
    "out to be taken at that hour, and they give up."
)
HYPOTHESIS = HYPOTHESIS_TEMPLATE.format(name=NAME)


def in_words() -> dict[str, str]:
    """The important customer in the learner's language (:func:`helpers.i18n.set_language`):
    ``name``, ``definition``, ``keyword``, ``need`` and ``hypothesis``, for a notebook or a
    report to show. The constants above stay English: code and tests use them as values.
    ``keyword`` is the business keyword as notebook 06's exercise spells it, in either
    language.

    >>> in_words()["name"] == NAME and in_words()["hypothesis"] == HYPOTHESIS
    True
    """
    name = tr(NAME)
    return {
        "name": name,
        "definition": tr(DEFINITION_TEMPLATE, days=EARLY_DAYS),
        "keyword": KEYWORD,
        "need": tr(NEED),
        "hypothesis": tr(HYPOTHESIS_TEMPLATE, name=name),
    }


def is_important_customer(per_user: pd.DataFrame) -> pd.Series:
    """True for each row (user) in the important customer: situation :data:`SITUATION` and
    experience in :data:`EXPERIENCES`. ``per_user`` needs ``situation`` and ``experience``
    columns (as :func:`course.combinations.combination_users` returns); same index out."""
    func = "is_important_customer"
    validate.frame(per_user, func)
    validate.columns(per_user, ["situation", "experience"], func)
    situation = per_user["situation"].astype("object") == SITUATION
    experience = per_user["experience"].astype("object").isin(EXPERIENCES)
    return (situation & experience).rename("important_customer")
