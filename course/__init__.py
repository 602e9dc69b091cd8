"""The course's own wing: its two fictional worlds, their content, the exercises and checkers.

Built on :mod:`helpers` (the general helpers, for any event log); :mod:`helpers` never imports
from here. Modules:

- ``data`` - world 1, *Bomcar* (봄카, car sharing): loads the synthetic tables in ``data/``.
- ``data_saas`` - world 2, *Dalbit* (달빛, a B2B chat/CRM tool): loads its tables.
- ``bomcar`` - world 1's content tables: its journey map and the quadrant definitions in its
  words.
- ``search_behaviour`` - world 1's search sessions and the behaviours inside them.
- ``combinations`` - world 1's Mass situations x customer elements: the quadrant's candidates.
- ``voc`` - world 1's voice of the customer: its needs, as themes with keywords, and a tagger.
- ``important_customer`` - Bomcar's long-term most important customer, as notebook 06 finds it.
- ``exercises`` - the exercise machinery: one exercise class, instant verdicts, progressive
  hints, the registry of every exercise.
- ``answers`` - the shared answer readers (a number in any form, one value out of a table,
  the shape of a dict answer) every checker uses.
- ``checks`` - one module per notebook (``nb00`` ... ``nb10``): its exercises, registered
  (``checks.registry()`` lists them all, with their notebook).
- ``canvas`` - the method canvas (notebook 10): the method for your own product on one page.
- ``generate`` - the seeded generators of every data file (``python -m course.generate OUTDIR``).
- ``export_fixtures`` - small synthetic exports in common analytics tools' layouts (for tests).
- ``ko`` - the Korean texts of all of the above, added to :mod:`helpers.i18n`'s catalogue here.
"""

from helpers import i18n

i18n.register_catalogue("course.ko")
