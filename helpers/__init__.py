"""Helpers for the course "Finding your most important customer".

One small module per idea, named as a PM would name it: ``funnel``, ``segments``,
``quadrant``, ``cohort``, ``leadlag``, ``aha``, ``experiment``, ``kpi``, ``strategy``
(5 whys and metric trees), ``style``; ``data`` loads the synthetic worlds and
``exercises`` gives instant feedback on the exercises.
"""

__version__ = "0.1.0"
