# %% [markdown]
# # 10 · Capstone: the whole method on your own event log
#
# [← 09 KPIs, OKRs and NPS](09_kpi_okr_nps.ipynb) · [Course index](00_welcome.ipynb) · [Back to the start: 00 Welcome →](00_welcome.ipynb)
#
# > **What you will learn**
# > - write the whole method for your own product on one page, the method canvas, before
# >   any data (it works with no data export at all)
# > - the event-schema checklist (이벤트 스키마): what must be logged for each method
# > - load *any* event log (a CSV with a user, a time and an event column) with your own
# >   column names, and read the load report: what was kept, what was dropped and why
# > - run the whole method on it: journey stages, funnel, behaviour segments, quadrant,
# >   cohorts and the aha moment - and see which steps your log cannot support yet
# > - export a one-page summary to take to your team
# >
# > **Time:** {{time}}. **You need** the ideas of notebooks 02 (funnel), 03 (segments),
# > 04 (quadrant) and 07 (cohorts); no new Python.
#
# **The data steps start on real data**, not on Bomcar: the purchases of CDNOW, an online
# CD shop, in 1997-98 (details below). The exercises also use Bomcar's **synthetic** data.
# Every figure says which data it shows.
# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from helpers import canvas, data, eventlog, i18n, report, style
from helpers.checks import nb10 as checks

i18n.set_language("en")
style.use_course_style()
OUTPUT_DIR = Path("capstone_output")  # the capstone's report folder, next to this notebook

# %% [markdown]
# ## Part 0 · Your product on one page, before any data
#
# Before you open your own data, write the method for **your** product on one page: the
# **method canvas (방법론 캔버스)**. It is what you bring to your team's first meeting, and it needs no
# data export at all. Each field asks one notebook's question:
#
# | field | what you write | notebook |
# |---|---|---|
# | `product` | what it is and for whom, in one line | - |
# | `north_star_candidates`, `north_star` | two or more metrics, each scored 1 or 0 on the six criteria; the one you choose | 01 |
# | `journey`, `focus_stage` | each stage with the customer's need there; the stage to zoom into | 02 |
# | `mass_segments`, `specific_segments`, `customer_elements` | ordinary situations, unusual situations, traits of use | 03 |
# | `quadrant` | the Mass x element combination(s) you expect in each quadrant | 04 |
# | `behaviour_goal`, `whys` | the behaviour you want at that stage; the 5 whys down to a root cause | 05 |
# | `experiment` | hypothesis, metric, target segment | 08 |
# | `data_export` | where your events are, or `None` if there is no export | 10 |
#
# The scores follow notebook 01's criteria, in this order:
# %%
print(canvas.criteria_text())

# %% [markdown]
# ## Exercise 0 (medium): your method canvas
#
# Replace each `...` (English or Korean). `canvas.check_canvas` says, field by field, what is
# done, what to fix and why; fill a few fields, check, go on.
#
# <details><summary>Hint</summary>
#
# See a filled one first: `canvas.show(canvas.bomcar_example())` is Bomcar's canvas, from
# notebooks 01-08. The quadrant takes the combinations you wrote in `mass_segments` x
# `customer_elements`, not age bands; the last why is a cause, not an action.
#
# </details>
# %% tags=["exercise"]
my_canvas = {
    "product": ...,  # what it is and for whom, in one line
    "north_star_candidates": ...,  # {"metric A": [1, 0, 1, 1, 0, 1], "metric B": [...]}
    "north_star": ...,  # the candidate you choose
    "journey": ...,  # {"stage": "what the customer needs there", ...}: 3 stages or more
    "focus_stage": ...,  # one of your stages
    "mass_segments": ...,  # ["ordinary situation", ...]
    "specific_segments": ...,  # ["unusual situation", ...]
    "customer_elements": ...,  # ["never used it", "below average", ...]
    "quadrant": ...,  # {"action needed": ["situation x element"], ...}: all four quadrants
    "behaviour_goal": ...,  # who does what, how, at the focus stage
    "whys": ...,  # ["the problem", "why 1", "why 2", "why 3", ...]: at least 3 whys, a cause last
    "experiment": ...,  # {"hypothesis": "If ..., then ...", "metric": "...", "target_segment": "..."}
    "data_export": ...,  # "path/to/events.csv", or None if your product has no export
}

# %% tags=["solution"]
my_canvas = canvas.bomcar_example()  # Bomcar's canvas, filled from notebooks 01-08

# %%
canvas.check_canvas(my_canvas)

# %%
canvas_md, canvas_html = canvas.save_canvas(my_canvas, OUTPUT_DIR)
print("Written:", canvas_md, "and", canvas_html)
print(canvas.data_note(my_canvas))
canvas.show(my_canvas)

# %% [markdown]
# The two files hold the same page: `canvas.md` to paste into a wiki, `canvas.html` to open
# in a browser or attach to an email. Fields still open are marked, with what to fix. The
# data steps below run on the demo log (CDNOW) while `SOURCE` is `None`; the demo's summary
# is saved as `demo_summary.html`, so it is never mistaken for your product's.
# %% [markdown]
# ## Why: the method is only as good as the log
#
# Every method in this course reads the same kind of table: an **event log (이벤트 로그)**,
# one row per thing a user did - *who*, *when*, *what*. Each method needs some events in it,
# and no analysis can recover an event that was never logged. Before you run anything on
# your own product, check its log against this **event-schema checklist**:
#
# | Method | What must be logged | Bomcar (synthetic) | An online shop |
# |---|---|---|---|
# | every method | a user id, a timestamp, an event name | `user_id`, `timestamp`, `event` | customer id, time, action |
# | cohorts (코호트) and the aha moment | a **sign-up** event (or first purchase), months of data | sign-up time | `first_purchase` |
# | funnel (퍼널) | ordered steps, ending in a **call-to-action (CTA, 행동 유도 버튼)** and its **conversion (전환)** | `reservation_attempt` → `reservation` | `add_to_cart` → `purchase` |
# | quadrant (사분면) | the CTA (an *attempt*) and a **completion** event | `reservation_attempt`, `return` | `add_to_cart`, `purchase` |
# | behaviour segments | **browse** events, the CTA and the conversion | `map_view`, `car_view`, ... | `view_item`, `search` |
# | behavioural cohorts, segments by property | **properties (속성)** on events or users | `zone`, `car_type`, `app_version` | category, device |
#
# Most product teams write this down as a **tracking plan (트래킹 플랜)**. If an event is
# missing, the answer is not a cleverer analysis: it is to log the event from next week on.
# %% [markdown]
# ## ✏️ Your data and your choices
#
# **Your export goes in the next cell**, the only data cell to edit (no export yet? leave
# `SOURCE = None`: the steps run on the demo log). Put the path of your CSV in `SOURCE` (e.g.
# `"my_events.csv"`, next to this notebook, the file your canvas's `data_export` names) and
# *your* names of its three columns. Then set the events for each method in `PLAN`; `None` or `[]` skips a method. Run
# the notebook again from here (menu **Run → Run Selected Cell and All Below**).
#
# The demo is the real CDNOW data, where each purchase is named by its order:
# `first_purchase`, `second_purchase`, `third_purchase`, `later_purchase`.
#
# If your export needs it, add options to the `load_event_log` call in step 1 (its report
# tells you when): `sep=";"` and `decimal=","` for European Excel files, `sep=r"\s+"` for
# files aligned with spaces, `time_format="%d.%m.%Y %H:%M"` when the day/month order cannot
# be told, `tz="Asia/Seoul"` to put every event on one zone's clock, and `event="purchase"`
# instead of an event column when every row is the same kind of event. If your data stops
# part-way through a month, the cohort step says so and leaves that month out of the average.
# %%
SOURCE = None  # None: no export yet, the demo log. Yours: a CSV path, e.g. "my_events.csv"
USER_COL, TIME_COL, EVENT_COL = "customer_id", "date", "event_name"  # your column names
PROPERTIES = ["number_of_cds", "dollar_value"]  # other columns to keep, or []

PLAN = report.CapstonePlan(
    name="Demo: CDNOW (real data, 1997-98)",
    data_note="Real data: CDNOW purchases 1997-98 (public)",
    signup_event="first_purchase",  # the event that starts a customer's life
    funnel_steps=["first_purchase", "second_purchase", "third_purchase", "later_purchase"],
    browse_events=[],  # looking around, e.g. ["view_item", "search"]
    cta_event=None,  # the call-to-action, e.g. "add_to_cart"
    conversion_event=None,  # what the CTA should lead to, e.g. "purchase"
    aha_events=["second_purchase", "third_purchase", "later_purchase"],
    aha_label="repeat purchases",
    quadrant_by=[],  # property columns to segment by, or [] to place every user
)

# %% [markdown]
# ### The data: CDNOW's purchases, 1997-98 (real)
#
# CDNOW was an online music shop. This log holds **every purchase, up to the end of June
# 1998, of the 23,570 customers who made their first-ever CDNOW purchase in January to March
# 1997**: 69,659 rows of customer id, date, number of CDs and amount paid (US dollars). It
# was first analysed by Peter Fader and Bruce Hardie (2001) and has been a classic of
# repeat-buying research since.
#
# - **Why this one:** it is real behaviour that nobody on this course made up, anonymous
#   (customer numbers only), small, and it comes *installed* with the `lifetimes` package
#   (version 0.11, on PyPI), so it works offline and on Binder. We read its file directly;
#   `lifetimes` itself is never imported.
# - **Licence and provenance:** the file has no licence of its own; its authors published it
#   for research and teaching, and it is redistributed inside the MIT-licensed `lifetimes`
#   package. We do not copy it into this course.
# - **What we changed:** nothing is removed. The file has no event column (every row is a
#   purchase), so `eventlog.load_cdnow()` adds `event_name`, computed from the real dates:
#   each customer's purchases named in order. Rows on the same day share a name.
#
# It is a *purchase* log: it records what people bought, not what they looked at. Keep that
# in mind; it decides what the checklist will say.
# %%
source, demo = canvas.source_or_demo(SOURCE)  # SOURCE = None: CDNOW's log, and one line
source.head() if isinstance(source, pd.DataFrame) else pd.read_csv(source, nrows=5)

# %% [markdown] tags=["deck-question"]
# ## See it: step 1 · load and check
#
# `eventlog.load_event_log` maps your three columns to `user_id`, `timestamp` and `event`,
# reads the times, and checks the usual problems of an export. **Guess first:** how many of
# the 69,659 rows will it drop?
# %%
log, load_report = eventlog.load_event_log(
    source, user_col=USER_COL, time_col=TIME_COL, event_col=EVENT_COL, properties=PROPERTIES
)
load_report

# %% [markdown]
# **None are dropped**: 69,659 read, 69,659 kept, 23,570 customers, January 1997 to June
# 1998. Two notes instead:
#
# - **255 rows repeat an earlier row exactly** (same customer, same day, same number of CDs,
#   same amount). The loader *keeps* such duplicates (중복) and says so: two identical CD
#   orders on one day can be two real orders, and the funnel, segments and cohorts count
#   users, which duplicates do not change. If your tracker is known to send events twice,
#   pass `duplicates="drop"`.
# - **The dates have no time of day.** Fine for months and cohorts; within a day, the order of
#   the file is kept.
#
# What does the report say when an export is messy? Here are five made-up rows with the
# usual problems:
# %%
messy = pd.DataFrame(
    {
        "who": ["u1", "u1", "", "u2", "u2"],
        "when": ["2024-03-01 10:00", "2024-03-01 10:05", "2024-03-02 09:00", "03/02", None],
        "what": ["open", "buy", "open", "open", "buy"],
    }
)
messy_log, messy_report = eventlog.load_event_log(
    messy, user_col="who", time_col="when", event_col="what"
)
messy_report

# %% [markdown]
# Three of the five rows are dropped, and each is **named** (here by its index label; for a
# CSV by its line in the file), with the reason and what to do. The two rows left are all on
# one day, so a warning adds that cohorts need weeks of data. Nothing disappears silently: read + kept + dropped
# always add up. An error stops the load only when the log cannot be used at all - for
# example a column name that does not exist; then the message suggests the closest name.
# %% [markdown]
# ## Step 2 · journey stages from your event names
#
# Notebook 02 drew Bomcar's journey by hand. With an unknown log, start from the data:
# `suggest_stages` orders event names by **how early in a user's journey** they typically
# come, with how many users ever do them.
# %%
stages = eventlog.suggest_stages(log)
stages

# %% [markdown]
# For CDNOW the order is no surprise - it is how we named the purchases - but the other
# columns are news: **half of the customers never make a second purchase**, and those who do
# typically come back after 57 days. In your own log this table is a *starting point*:
# merge, rename and drop events until each stage means something to a customer.
#
# ## Step 3 · run the method, and read the checklist first
# %%
found = report.run_capstone(log, PLAN)
found.checklist.set_index("method")

# %% [markdown]
# The checklist filled in for *this* log and *these* choices:
#
# - **ready:** funnel, cohorts, aha moment, segments by property;
# - **not chosen:** behaviour segments and the quadrant. `PLAN` names no browse event and no
#   CTA, because this log has none to choose: a purchase log records only the conversions.
#   Nobody logged who *looked* at a CD (browse) or *put one in the basket* (the CTA) without
#   buying - so there is no way to see who hesitated. That is the most common gap in real logs.
#
# On your own log you may see two more statuses. **not in the log**: `PLAN` names an event
# (or a property) the log does not have - check the spelling, or log it. **too small**: too
# few days of data for the step, or too few users under it to conclude anything (fewer than
# 30; below 100 it says "approximate"). The `users` column says how many users each step
# rests on. A "too small" step still shows its table, but its key number gives only the
# group sizes and its figure says so instead of a takeaway.
#
# `run_capstone` runs every step it can and skips the rest, saying why:
# %%
found.skipped

# %% [markdown]
# ## Step 4 · the funnel: where do customers stop?
#
# `found.table(...)` shows a step's table; for a step that was skipped it says
# "skipped - why" instead (so the cells below always run).
# %%
found.table("funnel")

# %% tags=["deck-figure"]
found.figure("funnel")
plt.show()

# %% [markdown]
# The big drop is the first one: only 49% of first-time buyers ever came back for a second
# purchase. Read the `pct_of_previous` column for the steps after it (exercise 2).
#
# ## Step 5 · cohorts: does each month's intake behave the same?
#
# Here is the idea in plain pandas: each customer's start month, then the share of each
# cohort active (buying) one month later. A cohort where nobody came back gets 0; a cohort
# whose next month is after the end of the data gets NaN: it cannot be seen yet.
# %%
start_month = log.groupby("user_id")["timestamp"].min().dt.to_period("M")
month = log["timestamp"].dt.to_period("M")
age = (month - log["user_id"].map(start_month)).map(lambda d: d.n)
cohort_size = start_month.value_counts().sort_index()
active_at_1 = log[age == 1].groupby(log["user_id"].map(start_month))["user_id"].nunique()
share_at_1 = active_at_1.reindex(cohort_size.index, fill_value=0) / cohort_size
share_at_1 = share_at_1.where(cohort_size.index + 1 <= month.max())  # NaN: not seen yet
share_at_1.rename_axis("start month").rename("active one month later").round(3)

# %% [markdown]
# The helper does the same for every age at once, and draws it:
# %%
found.figure("cohort")
plt.show()

# %% [markdown] tags=["deck-question"]
# On average 15% of a cohort buys again in the month after its first purchase, then about
# one in ten each month. The three cohorts look alike: no promotion or price change (the
# confounders of notebook 07) shows up here. Hatched cells are months the data cannot see
# yet, not zeros (the NaN of the pandas cell above); a 0% cell is a real zero.
#
# ## Step 6 · the aha moment: which early action predicts staying?
#
# The plan counts *repeat purchases in the first 30 days* and calls a customer retained if
# they bought again between day 31 and day 90. **Guess first:** how much more likely to stay
# are the customers who came back quickly?
# %% tags=["deck-number"]
found.table("aha", decimals=2)

# %% tags=["deck-figure"]
found.figure("aha")
plt.show()

# %% [markdown]
# Customers with **2 or more repeat purchases in their first 30 days**: 59% bought again in
# days 31-90, against 17% of everyone else. The early repeaters are CDNOW's most important
# customers to keep - and a signal to act on *within the first month*. Careful: this is a
# correlation. Keen music buyers do both; a discount that forces a second purchase will not
# make someone keen.
#
# ## Step 7 · the one-page summary for your team
# %%
summary = report.summary_report(found)
name = canvas.DEMO_SUMMARY if demo else "summary"  # the demo's summary says so in its name
html_path = summary.to_html(OUTPUT_DIR / f"{name}.html")
png_path = summary.save_png(OUTPUT_DIR / f"{name}.png")
print("Written:", html_path, "and", png_path)
summary

# %% [markdown]
# The summary is **one self-contained file** (`demo_summary.html` on the demo log,
# `summary.html` on your export): the numbers, the figures (embedded) and the
# steps that were skipped, with why. Open it in a browser (in JupyterLab: right-click it in
# the file browser → *Open in New Browser Tab*), attach it to an email, or paste the PNG into
# a slide. It has no date in it: the same log and choices always give the same file.
# %% [markdown]
# ## When your data is bigger than your laptop or lives in a warehouse
#
# Everything above runs in **pandas**, in your computer's memory: fine up to a few tens of
# millions of events. A company's full event log is often hundreds of millions of rows, and
# it usually lives in a **data warehouse (데이터 웨어하우스)** - BigQuery, Snowflake, Spark,
# ClickHouse... Then do not export it: send the work to the data. `engine.open_event_log` is
# the sibling of `load_event_log` for that case. It takes a Parquet or CSV file, a folder of
# them (`"events/*.parquet"`), or a table in your warehouse, and checks it the same way. Then
# `run_capstone` does the heavy counting *inside* the engine and brings back only the small
# tables the figures need. Local files are read by **DuckDB**, a database that runs inside
# Python with nothing to install or start, and that works through files bigger than memory.
#
# Here we save the log we loaded as a Parquet file (a small one, so this stays quick) and run
# the same plan through DuckDB:
# %%
from helpers import engine

parquet_path = OUTPUT_DIR / "events.parquet"
log.to_parquet(parquet_path)
big_log, big_report = engine.open_event_log(
    parquet_path, user_col="user_id", time_col="timestamp", event_col="event", properties=PROPERTIES
)
big_found = report.run_capstone(big_log, PLAN)
print("Same key numbers as the pandas run:", big_found.numbers == found.numbers)
big_log

# %% [markdown]
# The same numbers, computed by another engine: the funnel, the cohort table and the aha
# moment do not depend on where the data lives. A progress bar shows which step is running,
# since on a big log each takes seconds, not milliseconds. A 100-million-event log runs this
# way in about 3 GB of memory, in minutes (the course README has the measurements).
#
# **Exports as they come.** Analytics tools name their columns their own way. Name the
# tool instead: `preset="ga4"` (Google Analytics 4's BigQuery export), `"amplitude"`,
# `"mixpanel"`, `"posthog"` or `"segment"`:
#
# ```python
# big_log, big_report = engine.open_event_log("exports/*.jsonl", preset="amplitude")
# ```
#
# **A table in your warehouse.** Connect with [Ibis](https://ibis-project.org) (one Python
# API for many engines; install its extra for yours, e.g. `pip install "ibis-framework[bigquery]"`)
# and pass the table; nothing is downloaded but the small results:
#
# ```python
# import ibis
# con = ibis.bigquery.connect(project_id="my-project", dataset_id="analytics_123456")
# big_log, big_report = engine.open_event_log(con.table("events_20240101"), preset="ga4")
# found = report.run_capstone(big_log, PLAN)
# ```
#
# **The trap to avoid:** sampling a big log to make it fit ("let's take 1% of the
# events"). A sample of *events* cuts every user's journey short: funnels, cohorts and the
# aha moment come out wrong. If you must sample, sample *users* and keep all their events.
# %% [markdown]
# ## Your turn
#
# A colleague sends you an export of Bomcar's app events (synthetic). This cell writes it
# next to this notebook and shows its first rows:
# %%
export_path = checks.write_sample_export(OUTPUT_DIR)
pd.read_csv(export_path).head()

# %% [markdown]
# ## Exercise 1 (easy): map the columns
#
# Which column of the export says *who*, which *when*, and which *what*? Fill in the dict,
# then load the file with it (`eventlog.load_event_log(export_path, **my_columns)`) and read
# the report: which lines were dropped, and why?
#
# <details><summary>Hint</summary>
#
# Who is a person's number, when is a date and time, what is the name of an action. One
# column is none of these: it is a property.
#
# </details>
# %%
ex1 = checks.map_columns()

# %% tags=["exercise"]
my_columns = ...  # a dict: {"user_col": "...", "time_col": "...", "event_col": "..."}

# %% tags=["solution"]
my_columns = {"user_col": "member_no", "time_col": "logged_at", "event_col": "screen_action"}
export_log, export_report = eventlog.load_event_log(export_path, **my_columns)
export_report

# %%
ex1.check(my_columns)

# %% [markdown]
# ## Exercise 2 (easy): read the funnel
#
# Back to CDNOW. Of the customers who made a **second** purchase, what share made a third?
# Give a share between 0 and 1.
#
# <details><summary>Hint</summary>
#
# `found.funnel` has two shares for each step: of the start, and of the previous step.
# Keep the row and the column you need, and take the number out with `.item()` (notebook
# 00): `f.loc[f["step"] == "...", "..."].item()` with `f = found.funnel`.
#
# </details>
# %%
ex2 = checks.third_of_second()

# %% tags=["exercise"]
third_share = ...

# %% tags=["solution"]
third_share = float(found.funnel.set_index("step").loc["third_purchase", "pct_of_previous"])
round(third_share, 3)

# %%
ex2.check(third_share)

# %% [markdown]
# ## Exercise 3 (medium): choose the CTA and the conversion
#
# Bomcar's log has the events CDNOW's lacks. Which event is Bomcar's **call-to-action**,
# and which is the **conversion** it should lead to? Look at Bomcar's stage suggestions
# below, then answer with two names in quotes, the CTA first.
#
# <details><summary>Hint</summary>
#
# A CTA is the button that asks the customer to commit; the conversion says the commitment
# worked. Browsing (looking at the map or a car) is neither.
#
# </details>
# %%
bomcar_events = data.load_events().merge(
    data.load_users()[["user_id", "age_band", "region"]], on="user_id"
)
bomcar_log, bomcar_report = eventlog.load_event_log(
    bomcar_events,
    user_col="user_id",
    time_col="timestamp",
    event_col="event",
    properties=["age_band", "region"],
)
eventlog.suggest_stages(bomcar_log).head(10)

# %%
ex3 = checks.cta_and_conversion()

# %% tags=["exercise"]
cta_and_conversion = ...  # two names in quotes, the CTA first: ("...", "...")

# %% tags=["solution"]
cta_and_conversion = ("reservation_attempt", "reservation")

# %%
ex3.check(cta_and_conversion)

# %% [markdown]
# ## Exercise 4 (stretch): run the capstone on Bomcar and compare with notebook 04
#
# Write a `report.CapstonePlan` for Bomcar - its browse events, your CTA and conversion from
# exercise 3, `completion_event="return"` (a completed ride), `aha_events=["return"]`,
# `active_events=["app_open"]` and `quadrant_by=["age_band", "region"]` - run
# `report.run_capstone(bomcar_log, ...)`, and name the quadrant that holds the most users.
# Is it the same as in notebook 04?
#
# <details><summary>Hint</summary>
#
# `bomcar = report.run_capstone(bomcar_log, bomcar_plan)`, then `bomcar.quadrant_summary`
# is sorted largest first. `bomcar.figure("quadrant")` draws it.
#
# </details>
# %%
ex4 = checks.largest_quadrant()

# %% tags=["exercise"]
bomcar_plan = ...  # report.CapstonePlan(name="Bomcar", ...)
largest = ...  # the name of the quadrant with the most users

# %% tags=["solution"]
bomcar_plan = report.CapstonePlan(
    name="Bomcar",
    data_note=style.SYNTHETIC_NOTE,
    browse_events=["map_view", "time_set", "car_type_filter", "zone_click", "car_view"],
    cta_event="reservation_attempt",
    conversion_event="reservation",
    completion_event="return",
    funnel_steps=["app_open", "map_view", "reservation_attempt", "reservation", "return"],
    aha_events=["return"],
    aha_label="rides",
    active_events=["app_open"],
    quadrant_by=["age_band", "region"],
)
bomcar = report.run_capstone(bomcar_log, bomcar_plan)
largest = bomcar.quadrant_summary.index[0]
bomcar.quadrant_summary

# %%
ex4.check(largest)

# %% [markdown]
# Here is the worked solution's run (it works whatever you answered above) - Bomcar's
# quadrant, drawn by the same `figure` method as CDNOW's funnel:

# %%
bomcar_found = checks.bomcar_findings()
bomcar_found.figure("quadrant")
plt.show()

# %% [markdown]
# On a log with browse events and a CTA, every step runs: Bomcar's report has all four
# figures. The aha moment agrees with notebook 01 (two rides in the first 30 days). The
# quadrant does **not** agree with notebook 04: cut by age band x region, with attempts and
# rides counted over the whole log, the largest quadrant is *retention strategy needed*
# (35% of users, just ahead of natural growth at 33%), and *action needed* holds only 19%.
# Notebook 04 placed Mass x element combinations (each user's situation, and their
# experience in the first 60 days) and counted attempts and rides only after that period.
# A demographic cut does not find the customers who hesitate: the same code gives another
# answer with another plan. The plan decides what you can find.
#
# ## So what
#
# - **Start from the checklist, not from the charts.** For CDNOW it says at once that the
#   log can show *who comes back* but not *who hesitates*. The first recommendation to that
#   team is a tracking one: log views and basket additions, then the quadrant becomes
#   possible.
# - **With what it has, the log already names an important customer:** the one who buys
#   again within the first month. That is where to look first - what did they buy, how did
#   they come back - and where to test onboarding ideas.
# - **Take the one-page summary to your team**, with its list of what is not in it yet.
#
# **The trap to avoid:** forcing a method onto events that do not mean what it needs -
# calling a purchase an "attempt" to get a quadrant, or treating the first event as a
# sign-up without saying so. The helpers will draw a confident chart either way. Say in the
# report which events you used for what (the checklist does) and which data it is (every
# figure says: real, synthetic, or yours).
#
# ## Recap
#
# - The event-schema checklist says what each method needs logged: who, when, what; a
#   sign-up; a CTA and its conversion; browse events; properties.
# - `eventlog.load_event_log` loads any CSV or DataFrame with your column names and reports
#   rows read, kept and dropped, naming the rows and what to do.
# - `report.run_capstone` runs the whole method with your choices, skipping what the log
#   cannot support, and `report.summary_report` turns it into one HTML page or PNG.
# - A log too big for memory, or in a warehouse: `engine.open_event_log` (a file, a folder
#   of files, a warehouse table, or an analytics tool's export by name), then the same
#   `run_capstone` - the heavy work runs where the data is.
# - On CDNOW's real purchases: half never return, the first month decides, and early
#   repeaters stay. On Bomcar, a plan that cuts by age band x region does not find notebook
#   04's action-needed customers: choose the segments as the method does.
#
# [← 09 KPIs, OKRs and NPS](09_kpi_okr_nps.ipynb) · [Course index](00_welcome.ipynb) · [Back to the start: 00 Welcome →](00_welcome.ipynb)
