"""Seeded generators for the course's synthetic worlds (see data/README.md).

* :mod:`course.generate.carshare` - world 1, the car-sharing app *Bomcar* (봄카).
* :mod:`course.generate.saas` - world 2, the B2B chat/CRM tool *Dalbit* (달빛).
* :mod:`course.generate.voc` - world 1's voice of the customer: reviews and CS tickets.
"""
