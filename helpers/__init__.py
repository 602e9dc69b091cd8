"""The general helpers: the method on any event log (a user, a time and an event per row).

Nothing here knows the course's fictional companies; the course itself (its worlds, exercises
and checkers) is the other wing, :mod:`course`, built on these. One module per idea, named as a
PM names it (docs/ARCHITECTURE.md has the map):

Load and check
  ``eventlog`` - load any export (CSV or DataFrame), map its columns, report what was dropped.
  ``validate`` - the one home of input checks: clear errors that name the problem and the fix.
  ``engine`` - the same method inside DuckDB or Spark, for a company-size log.

The method
  ``metrics`` - counts per user, monthly series, DAU/WAU/MAU.
  ``leadlag`` - which metric moves first (lead and lag between series).
  ``funnel`` - journey steps and the funnel: who gets from one step to the next.
  ``segments`` - segment sizes, customer elements, behaviour segments, RFM.
  ``quadrant`` - place segments on attempts x completions; the four quadrants.
  ``aha`` - the early action whose count predicts who stays.
  ``cohort`` - a metric by cohort x periods since; the retention heatmap.
  ``experiment`` - A/B tests: difference with its interval, sample size, sample-ratio check.
  ``kpi`` - SaaS KPIs, NPS and unit economics.
  ``whys`` - a 5-whys tree as rows, and rules that read each statement.
  ``strategy`` - 5 whys and metric trees drawn as figures.
  ``okr`` - review an OKR written as data.
  ``report`` - the whole method on one log, and the one-page summary.

Shared
  ``style`` - one plot style: colour-blind-safe palette, takeaway titles, the data note.
  ``i18n`` - the learner's language (English or Korean) and its catalogue (``helpers/ko``).
  ``hangul`` - small stated rules for reading Korean free text.
"""

__version__ = "0.1.0"
