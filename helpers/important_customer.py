"""Bomcar's long-term most important customer, as notebook 06 finds it - in one place.

Notebooks 06, 07 and 08 and the story test (``tests/test_story.py``) all use these words and
this definition, so the customer named in 06 is exactly the one 07 follows and 08 tests:

* :data:`NAME` / :data:`DEFINITION` - who, as the method states it (a Mass situation x a
  customer element);
* :data:`KEYWORD` / :data:`NEED` / :data:`HYPOTHESIS` - the business keyword it meets, the
  customer's need behind it, and the A/B test's hypothesis;
* :func:`is_important_customer` - the definition as a True/False column for any user table
  from :func:`helpers.combinations.combination_users`.

>>> import pandas as pd
>>> t = pd.DataFrame({"situation": ["pay-per-ride member", "subscriber"],
...                   "experience": ["never reserved", "never reserved"]})
>>> is_important_customer(t).tolist()
[True, False]
"""

from __future__ import annotations

import pandas as pd

from helpers import validate
from helpers.combinations import EARLY_DAYS

#: The Mass situation of the important customer.
SITUATION = "pay-per-ride member"
#: The customer elements (experience frequency in the first 60 days) that make it up: the
#: action-needed combinations of notebook 04.
EXPERIENCES = ("never reserved", "reserved, never rode", "below average")

NAME = "pay-per-ride members who have not got going yet"
DEFINITION = (
    f"pay-per-ride members (individual, no subscription, card and licence registered) who "
    f"searched in their first {EARLY_DAYS} days but stayed below the members' average "
    f"experience then: never reserved, reserved but never rode, or one completed ride"
)
KEYWORD = "at the time I need"
NEED = "to see which cars are free at the hour I set, so that a reservation does not fail"
HYPOTHESIS = (
    "If the map shows only the cars that are free at the time a user has set, then more "
    f"{NAME} will make a reservation within 14 days, because today the cars they pick turn "
    "out to be taken at that hour, and they give up."
)


def is_important_customer(per_user: pd.DataFrame) -> pd.Series:
    """True for each row (user) in the important customer: situation :data:`SITUATION` and
    experience in :data:`EXPERIENCES`. ``per_user`` needs ``situation`` and ``experience``
    columns (as :func:`helpers.combinations.combination_users` returns); same index out."""
    func = "is_important_customer"
    validate.frame(per_user, func)
    validate.columns(per_user, ["situation", "experience"], func)
    situation = per_user["situation"].astype("object") == SITUATION
    experience = per_user["experience"].astype("object").isin(EXPERIENCES)
    return (situation & experience).rename("important_customer")
