# %% [markdown]
# # 10 · Capstone: the whole method on your own event log
#
# {{nav}}
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
# %% [markdown] lang="ko"
# # 10 · 캡스톤: 내 이벤트 로그에 방법론 전체를 적용하기
#
# {{nav}}
#
# > **이 노트북에서 배울 것**
# > - 데이터를 보기 전에, 내 제품에 적용할 방법론 전체를 한 페이지에 적습니다: 방법론 캔버스입니다
# >   (데이터 추출본이 전혀 없어도 됩니다)
# > - 이벤트 스키마 체크리스트: 방법마다 무엇을 로깅해야 하는지
# > - *어떤* 이벤트 로그든(사용자, 시각, 이벤트 열이 있는 CSV) 내 열 이름 그대로 불러오고,
# >   불러오기 리포트를 읽습니다: 무엇을 남겼고, 무엇을 왜 버렸는지
# > - 그 로그에 방법론 전체를 돌립니다: 여정 단계, 퍼널, 행동 세그먼트, 사분면, 코호트,
# >   아하 모먼트 - 그리고 내 로그로는 아직 할 수 없는 단계가 무엇인지 확인합니다
# > - 팀에 가져갈 한 페이지 요약을 내보냅니다
# >
# > **시간:** {{time}}. **필요한 것:** 02(퍼널), 03(세그먼트), 04(사분면), 07(코호트) 노트북의
# > 개념. 새로 배울 Python은 없습니다.
#
# **데이터 단계는 봄카가 아니라 실제 데이터로 시작합니다**: 온라인 CD 쇼핑몰 CDNOW의 1997-98년
# 구매 기록입니다(자세한 내용은 아래에). 실습에서는 봄카의 **합성** 데이터도 씁니다. 모든 그림에
# 어떤 데이터인지 적혀 있습니다.
# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from course import canvas, data
from course.checks import nb10 as checks
from helpers import eventlog, i18n, report, style

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
# %% [markdown] lang="ko"
# ## 0부 · 데이터보다 먼저, 내 제품을 한 페이지에
#
# 내 데이터를 열기 전에, **내** 제품에 적용할 방법론을 한 페이지에 적습니다: **방법론 캔버스**입니다.
# 팀의 첫 회의에 들고 갈 문서이고, 데이터 추출본은 전혀 필요 없습니다. 필드마다 노트북 하나의
# 질문을 묻습니다:
#
# | 필드 | 적을 내용 | 노트북 |
# |---|---|---|
# | `product` | 무엇이고 누구를 위한 것인지, 한 줄로 | - |
# | `north_star_candidates`, `north_star` | 지표 두 개 이상, 각각 여섯 가지 기준마다 1 또는 0으로 채점; 그중 고른 하나 | 01 |
# | `journey`, `focus_stage` | 각 단계와 그 단계에서 고객의 니즈; 깊이 들여다볼 단계 | 02 |
# | `mass_segments`, `specific_segments`, `customer_elements` | 평범한 상황, 특이한 상황, 이용 특성 | 03 |
# | `quadrant` | 각 사분면에 들어갈 것으로 예상하는 Mass x 요소 조합 | 04 |
# | `behaviour_goal`, `whys` | 그 단계에서 바라는 고객 행동; 근본 원인까지 내려가는 5 Whys 기법 | 05 |
# | `experiment` | 가설, 지표, 타깃 세그먼트 | 08 |
# | `data_export` | 이벤트가 있는 곳, 추출본이 없으면 `None` | 10 |
#
# 점수는 01 노트북의 기준을 이 순서대로 따릅니다:
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
# %% [markdown] lang="ko"
# ## 실습 0 (중간): 나의 방법론 캔버스
#
# 각 `...`를 채웁니다(영어나 한국어로). `canvas.check_canvas`가 필드마다 무엇이 끝났고, 무엇을
# 고쳐야 하며, 왜 그런지 알려 줍니다. 필드 몇 개를 채우고, 확인하고, 이어 가세요.
#
# <details><summary>힌트</summary>
#
# 채워진 예시를 먼저 보세요: `canvas.show(canvas.bomcar_example())`가 01-08 노트북에서 나온 봄카의
# 캔버스입니다. 사분면에는 연령대가 아니라 `mass_segments` x `customer_elements`로 적은 조합이
# 들어갑니다. 마지막 why는 행동이 아니라 원인입니다.
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
# %% [markdown] lang="ko"
# 두 파일에는 같은 페이지가 들어 있습니다: `canvas.md`는 위키에 붙여 넣고, `canvas.html`은
# 브라우저로 열거나 이메일에 첨부합니다. 아직 비어 있는 필드는 무엇을 고칠지와 함께 표시됩니다.
# `SOURCE`가 `None`인 동안 아래 데이터 단계는 데모 로그(CDNOW)로 돌아갑니다. 데모의 요약은
# `demo_summary.html`로 저장되므로 내 제품의 요약과 헷갈릴 일이 없습니다.
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
# %% [markdown] lang="ko"
# ## 왜: 방법론은 로그만큼만 좋다
#
# 이 과정의 모든 방법은 같은 종류의 표를 읽습니다: **이벤트 로그**입니다. 사용자가 한 일 하나가
# 한 행입니다 - *누가*, *언제*, *무엇을*. 방법마다 그 안에 있어야 하는 이벤트가 있고, 로깅하지
# 않은 이벤트는 어떤 분석으로도 되살릴 수 없습니다. 내 제품에 무엇이든 돌리기 전에, 로그를 이
# **이벤트 스키마 체크리스트**와 대조해 보세요:
#
# | 방법 | 로깅해야 하는 것 | 봄카 (합성) | 온라인 쇼핑몰 |
# |---|---|---|---|
# | 모든 방법 | 사용자 id, 타임스탬프, 이벤트 이름 | `user_id`, `timestamp`, `event` | 고객 id, 시각, 행동 |
# | 코호트와 아하 모먼트 | **가입** 이벤트(또는 첫 구매), 몇 달 치 데이터 | 가입 시각 | `first_purchase` |
# | 퍼널 | 순서가 있는 단계, 마지막은 **행동 유도 버튼(CTA)**과 그 **전환** | `reservation_attempt` → `reservation` | `add_to_cart` → `purchase` |
# | 사분면 | CTA(*시도*)와 **완료** 이벤트 | `reservation_attempt`, `return` | `add_to_cart`, `purchase` |
# | 행동 세그먼트 | **탐색** 이벤트, CTA, 전환 | `map_view`, `car_view`, ... | `view_item`, `search` |
# | 행동 코호트, 속성별 세그먼트 | 이벤트나 사용자에 붙은 **속성** | `zone`, `car_type`, `app_version` | 범주(카테고리), 기기 |
#
# 대부분의 제품 팀은 이것을 **트래킹 플랜**으로 적어 둡니다. 이벤트가 빠져 있다면 답은 더 영리한
# 분석이 아닙니다: 다음 주부터 그 이벤트를 로깅하는 것입니다.
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
# %% [markdown] lang="ko"
# ## ✏️ 내 데이터와 나의 선택
#
# **내 추출본은 다음 셀에 넣습니다.** 고칠 데이터 셀은 이것 하나뿐입니다(아직 추출본이 없나요?
# `SOURCE = None`으로 두면 데모 로그로 돌아갑니다). `SOURCE`에 CSV 경로를 넣고(예: 이 노트북
# 옆의 `"my_events.csv"`, 캔버스의 `data_export`가 가리키는 파일), 세 열의 *내* 이름을 적습니다.
# 그다음 `PLAN`에 방법마다 쓸 이벤트를 정합니다. `None`이나 `[]`이면 그 방법은 건너뜁니다.
# 여기서부터 노트북을 다시 실행하세요(메뉴 **Run → Run Selected Cell and All Below**).
#
# 데모는 실제 CDNOW 데이터이고, 구매마다 순서대로 이름이 붙어 있습니다:
# `first_purchase`, `second_purchase`, `third_purchase`, `later_purchase`.
#
# 추출본에 필요하면 1단계의 `load_event_log` 호출에 옵션을 더하세요(필요할 때 리포트가 알려
# 줍니다): 유럽식 Excel 파일이면 `sep=";"`와 `decimal=","`, 공백으로 줄을 맞춘 파일이면
# `sep=r"\s+"`, 일/월 순서를 알 수 없을 때는 `time_format="%d.%m.%Y %H:%M"`, 모든 이벤트를 한
# 시간대의 시각으로 맞추려면 `tz="Asia/Seoul"`, 모든 행이 같은 종류의 이벤트라면 이벤트 열 대신
# `event="purchase"`. 데이터가 달 중간에 끝나면 코호트 단계가 그렇다고 알려 주고 그 달은 평균에서
# 뺍니다.
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
# %% [markdown] lang="ko"
# ### 데이터: CDNOW의 구매 기록, 1997-98 (실제 데이터)
#
# CDNOW는 온라인 음반 쇼핑몰이었습니다. 이 로그에는 **1997년 1월부터 3월까지 CDNOW에서 생애 첫 구매를 한
# 고객 23,570명이 1998년 6월 말까지 한 모든 구매**가 들어 있습니다: 고객 id, 날짜, CD 수, 결제
# 금액(미국 달러)으로 된 69,659행입니다. Peter Fader와 Bruce Hardie(2001)가 처음 분석했고, 그 뒤로
# 재구매 연구의 고전이 되었습니다.
#
# - **왜 이 데이터인가:** 이 과정의 누구도 지어내지 않은 실제 행동이고, 익명이며(고객 번호뿐),
#   작고, `lifetimes` 패키지(PyPI의 0.11 버전)와 함께 *설치되어* 오프라인과 Binder에서도
#   돌아갑니다. 파일을 직접 읽으며, `lifetimes` 자체는 import하지 않습니다.
# - **라이선스와 출처:** 파일 자체에는 라이선스가 없습니다. 저자들이 연구와 교육용으로 공개했고,
#   MIT 라이선스인 `lifetimes` 패키지 안에 담겨 재배포됩니다. 이 과정에 복사해 넣지는 않습니다.
# - **바꾼 것:** 지운 것은 없습니다. 파일에 이벤트 열이 없어서(모든 행이 구매)
#   `eventlog.load_cdnow()`가 실제 날짜로 계산한 `event_name`을 더합니다: 고객마다 구매에 순서대로
#   이름을 붙입니다. 같은 날의 행은 같은 이름입니다.
#
# 이것은 *구매* 로그입니다: 사람들이 무엇을 샀는지는 기록하지만, 무엇을 봤는지는 기록하지
# 않습니다. 이 점을 기억해 두세요. 체크리스트가 무엇이라고 할지가 여기서 정해집니다.
# %%
source, demo = canvas.source_or_demo(SOURCE)  # SOURCE = None: CDNOW's log, and one line
source.head() if isinstance(source, pd.DataFrame) else pd.read_csv(source, nrows=5)

# %% [markdown] tags=["deck-question"]
# ## See it: step 1 · load and check
#
# `eventlog.load_event_log` maps your three columns to `user_id`, `timestamp` and `event`,
# reads the times, and checks the usual problems of an export. **Guess first:** how many of
# the 69,659 rows will it drop?
# %% [markdown] lang="ko"
# ## 직접 보기: 1단계 · 불러오고 확인하기
#
# `eventlog.load_event_log`는 내 세 열을 `user_id`, `timestamp`, `event`로 연결하고, 시각을 읽고,
# 추출본에서 흔한 문제를 확인합니다. **먼저 짐작해 보세요:** 69,659행 중 몇 행을 버릴까요?
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
# %% [markdown] lang="ko"
# **버리는 행은 없습니다**: 69,659행을 읽어 69,659행을 남겼고, 고객은 23,570명, 기간은 1997년
# 1월부터 1998년 6월까지입니다. 대신 메모가 두 개 있습니다:
#
# - **255행은 앞의 어떤 행과 완전히 같습니다**(같은 고객, 같은 날, 같은 CD 수, 같은 금액).
#   불러오기는 이런 중복을 *남기고* 그렇다고 알려 줍니다: 하루에 똑같은 CD 주문이 두 번 있으면
#   실제 주문 두 건일 수 있고, 퍼널·세그먼트·코호트는 사용자를 세므로 중복이 있어도 달라지지
#   않습니다. 트래커가 이벤트를 두 번 보내는 것으로 알려져 있다면 `duplicates="drop"`을 넘기세요.
# - **날짜에 시각이 없습니다.** 월과 코호트에는 문제없습니다. 하루 안에서는 파일의 순서를 그대로
#   씁니다.
#
# 추출본이 지저분하면 리포트는 무엇이라고 할까요? 흔한 문제를 담아 지어낸 다섯 행입니다:
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
# %% [markdown] lang="ko"
# 다섯 행 중 세 행을 버리고, 버린 행마다 **어느 행인지** 밝힙니다(여기서는 인덱스 레이블로, CSV라면
# 파일의 줄 번호로). 이유와 고치는 방법도 함께입니다. 남은 두 행은 모두 같은 날이라서, 코호트에는
# 몇 주 치 데이터가 필요하다는 경고가 붙습니다. 조용히 사라지는 것은 없습니다: 읽은 행은 항상
# 남긴 행과 버린 행의 합입니다. 로그를 전혀 쓸 수 없을 때만 오류가 불러오기를 멈춥니다. 예를
# 들어 없는 열 이름을 적었을 때인데, 그러면 메시지가 가장 가까운 이름을 알려 줍니다.
# %% [markdown]
# ## Step 2 · journey stages from your event names
#
# Notebook 02 drew Bomcar's journey by hand. With an unknown log, start from the data:
# `suggest_stages` orders event names by **how early in a user's journey** they typically
# come, with how many users ever do them.
# %% [markdown] lang="ko"
# ## 2단계 · 이벤트 이름에서 여정 단계 찾기
#
# 02 노트북에서는 봄카의 여정을 손으로 그렸습니다. 처음 보는 로그라면 데이터에서 시작합니다:
# `suggest_stages`는 이벤트 이름을 **사용자 여정에서 보통 얼마나 일찍 나오는지** 순서로 정렬하고,
# 그 이벤트를 한 번이라도 한 사용자 수를 함께 보여 줍니다.
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
# %% [markdown] lang="ko"
# CDNOW에서는 순서가 놀랍지 않습니다 - 구매에 그렇게 이름을 붙였으니까요. 하지만 다른 열은 새로운
# 정보입니다: **고객의 절반은 두 번째 구매를 하지 않고**, 두 번째로 사는 고객은 보통 57일 뒤에
# 돌아옵니다. 내 로그에서 이 표는 *출발점*입니다: 각 단계가 고객에게 의미를 갖도록 이벤트를
# 합치고, 이름을 바꾸고, 빼세요.
#
# ## 3단계 · 방법론을 돌리고, 체크리스트부터 읽기
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
# %% [markdown] lang="ko"
# *이* 로그와 *이* 선택으로 채운 체크리스트입니다:
#
# - **ready(준비됨):** 퍼널, 코호트, 아하 모먼트, 속성별 세그먼트;
# - **not chosen(선택 안 함):** 행동 세그먼트와 사분면. `PLAN`에 탐색 이벤트도 CTA도 없습니다.
#   이 로그에는 고를 것이 없기 때문입니다: 구매 로그는 전환만 기록합니다. CD를 *본* 사람(탐색)이나
#   사지 않고 *장바구니에 담은* 사람(CTA)은 아무도 로깅하지 않았습니다 - 그래서 누가 망설였는지 볼
#   방법이 없습니다. 실제 로그에서 가장 흔한 빈틈입니다.
#
# 내 로그에서는 상태가 두 가지 더 보일 수 있습니다. **not in the log(로그에 없음)**: `PLAN`이 로그에
# 없는 이벤트(또는 속성)를 가리킵니다 - 철자를 확인하거나, 로깅하세요. **too small(너무 작음)**: 그
# 단계에 쓸 데이터 기간이 너무 짧거나, 결론을 낼 사용자가 너무 적습니다(30명 미만; 100명 미만이면
# "approximate(근사치)"라고 표시). `users` 열은 각 단계가 몇 명의 사용자에 기대는지 보여 줍니다.
# "too small" 단계도 표는 보여 주지만, 핵심 숫자는 그룹 크기만 알려 주고 그림에는 결론 대신 그렇다는
# 설명이 붙습니다.
#
# `run_capstone`은 할 수 있는 단계는 모두 돌리고 나머지는 이유와 함께 건너뜁니다:
# %%
found.skipped

# %% [markdown]
# ## Step 4 · the funnel: where do customers stop?
#
# `found.table(...)` shows a step's table; for a step that was skipped it says
# "skipped - why" instead (so the cells below always run).
# %% [markdown] lang="ko"
# ## 4단계 · 퍼널: 고객은 어디서 멈추나?
#
# `found.table(...)`은 단계의 표를 보여 줍니다. 건너뛴 단계라면 표 대신 건너뛰었다는 말과 그
# 이유를 보여 주므로 아래 셀은 항상 실행됩니다.
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
# %% [markdown] lang="ko"
# 가장 큰 이탈은 첫 단계입니다: 첫 구매 고객 중 두 번째 구매를 하러 돌아온 사람은 49%뿐입니다. 그
# 뒤 단계는 `pct_of_previous` 열을 읽으세요(실습 2).
#
# ## 5단계 · 코호트: 매달 들어온 고객은 똑같이 행동할까?
#
# 순수 pandas로 쓴 아이디어입니다: 고객마다 시작 월을 구하고, 각 코호트 중 한 달 뒤에 활동한(구매한)
# 비율을 구합니다. 아무도 돌아오지 않은 코호트는 0이 되고, 다음 달이 데이터가 끝난 뒤인 코호트는
# NaN이 됩니다: 아직 볼 수 없는 달입니다.
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
# %% [markdown] lang="ko"
# 헬퍼는 같은 계산을 모든 경과 월에 한 번에 하고, 그림으로 그립니다:
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
# %% [markdown] lang="ko"
# 평균적으로 코호트의 15%가 첫 구매 다음 달에 다시 구매하고, 그 뒤로는 매달 열 명 중 한 명꼴입니다.
# 세 코호트는 비슷해 보입니다: 프로모션이나 가격 변경(07 노트북의 교란 변수)이 여기에는 드러나지
# 않습니다. 빗금 친 칸은 데이터가 아직 볼 수 없는 달이지, 아무도 사지 않은 달이 아닙니다(위 pandas
# 셀의 NaN). 0% 칸은 정말로 아무도 사지 않은 달입니다.
#
# ## 6단계 · 아하 모먼트: 어떤 초기 행동이 계속 남을 고객을 예측할까?
#
# 이 플랜은 *첫 30일 안의 재구매*를 세고, 31일째부터 90일째 사이에 다시 산 고객을 유지된 고객으로
# 봅니다. **먼저 짐작해 보세요:** 빨리 돌아온 고객은 얼마나 더 남을 가능성이 높을까요?
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
# %% [markdown] lang="ko"
# **첫 30일 안에 재구매를 2회 이상 한 고객**은 31-90일에 59%가 다시 구매했고, 나머지 고객은
# 17%였습니다. 일찍 재구매한 고객이 CDNOW가 지켜야 할 가장 중요한 고객이고, *첫 달 안에* 움직이라는
# 신호입니다. 주의: 이것은 상관관계입니다. 음악을 좋아하는 구매자는 둘 다 합니다. 두 번째 구매를
# 억지로 끌어내는 할인이 누군가를 음악 애호가로 만들지는 않습니다.
#
# ## 7단계 · 팀을 위한 한 페이지 요약
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
# %% [markdown] lang="ko"
# 요약은 **파일 하나로 완결됩니다**(데모 로그에서는 `demo_summary.html`, 내 추출본에서는
# `summary.html`): 숫자, 그림(파일 안에 포함), 건너뛴 단계와 그 이유가 들어 있습니다. 브라우저로
# 열거나(JupyterLab에서는 파일 브라우저에서 오른쪽 클릭 → *Open in New Browser Tab*), 이메일에
# 첨부하거나, PNG를 슬라이드에 붙이세요. 파일에 날짜가 없습니다: 같은 로그와 같은 선택은 항상 같은
# 파일을 만듭니다.
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
# %% [markdown] lang="ko"
# ## 데이터가 내 컴퓨터보다 크거나 웨어하우스에 있을 때
#
# 위의 모든 작업은 **pandas**로, 내 컴퓨터의 메모리 안에서 돌아갑니다: 이벤트 수천만 건까지는
# 괜찮습니다. 회사의 전체 이벤트 로그는 수억 행인 경우가 많고, 보통 **데이터 웨어하우스**에
# 있습니다 - BigQuery, Snowflake, Spark, ClickHouse... 그럴 때는 내보내지 마세요: 작업을 데이터
# 쪽으로 보냅니다. 이 경우를 위한 `load_event_log`의 짝이 `engine.open_event_log`입니다. Parquet나
# CSV 파일, 그런 파일이 든 폴더(`"events/*.parquet"`), 또는 웨어하우스의 테이블을 받아서 같은
# 방식으로 확인합니다. 그러면 `run_capstone`은 무거운 집계를 엔진 *안에서* 하고, 그림에 필요한
# 작은 표만 가져옵니다. 로컬 파일은 **DuckDB**가 읽습니다. Python 안에서 돌아가는 데이터베이스로,
# 따로 설치하거나 띄울 것이 없고 메모리보다 큰 파일도 처리합니다.
#
# 여기서는 불러온 로그를 Parquet 파일로 저장하고(빨리 끝나도록 작은 파일입니다) 같은 플랜을
# DuckDB로 돌립니다:
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
# %% [markdown] lang="ko"
# 같은 숫자를 다른 엔진으로 계산했습니다: 퍼널, 코호트 표, 아하 모먼트는 데이터가 어디 있는지와
# 상관없습니다. 큰 로그에서는 각 단계가 밀리초가 아니라 몇 초씩 걸리므로, 진행 막대가 어느 단계가
# 돌고 있는지 보여 줍니다. 100M건짜리 이벤트 로그도 이 방식으로 약 3 GB 메모리에서 몇 분 만에
# 돌아갑니다(측정값은 과정 README에 있습니다).
#
# **받은 그대로의 추출본.** 분석 도구마다 열 이름을 자기 식으로 붙입니다. 그럴 때는 도구 이름을
# 적으세요: `preset="ga4"`(Google Analytics 4의 BigQuery 추출본), `"amplitude"`, `"mixpanel"`,
# `"posthog"`, `"segment"`:
#
# ```python
# big_log, big_report = engine.open_event_log("exports/*.jsonl", preset="amplitude")
# ```
#
# **웨어하우스의 테이블.** [Ibis](https://ibis-project.org)로 연결하고(여러 엔진을 하나의 Python
# API로 다룹니다. 내 엔진용 extra를 설치하세요. 예: `pip install "ibis-framework[bigquery]"`)
# 테이블을 넘깁니다. 작은 결과 말고는 아무것도 내려받지 않습니다:
#
# ```python
# import ibis
# con = ibis.bigquery.connect(project_id="my-project", dataset_id="analytics_123456")
# big_log, big_report = engine.open_event_log(con.table("events_20240101"), preset="ga4")
# found = report.run_capstone(big_log, PLAN)
# ```
#
# **피해야 할 함정:** 큰 로그를 메모리에 맞추려고 샘플링하기("이벤트의 1%만 쓰자"). *이벤트*를
# 샘플링하면 모든 사용자의 여정이 중간에 잘립니다: 퍼널, 코호트, 아하 모먼트가 틀리게 나옵니다.
# 꼭 샘플링해야 한다면 *사용자*를 샘플링하고 그 사용자의 이벤트는 모두 남기세요.
# %% [markdown]
# ## Your turn
#
# A colleague sends you an export of Bomcar's app events (synthetic). This cell writes it
# next to this notebook and shows its first rows:
# %% [markdown] lang="ko"
# ## 내 차례
#
# 동료가 봄카 앱 이벤트(합성)의 추출본을 보냈습니다. 이 셀이 파일을 이 노트북 옆에 쓰고 처음 몇
# 행을 보여 줍니다:
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
# %% [markdown] lang="ko"
# ## 실습 1 (쉬움): 열 연결하기
#
# 추출본의 어느 열이 *누가*, 어느 열이 *언제*, 어느 열이 *무엇을*을 말할까요? dict를 채우고, 그것으로
# 파일을 불러온 다음(`eventlog.load_event_log(export_path, **my_columns)`) 리포트를 읽으세요: 어느
# 줄이 왜 버려졌나요?
#
# <details><summary>힌트</summary>
#
# 누가는 사람의 번호, 언제는 날짜와 시각, 무엇을은 행동의 이름입니다. 한 열은 어느 것도 아닙니다:
# 속성입니다.
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
# %% [markdown] lang="ko"
# ## 실습 2 (쉬움): 퍼널 읽기
#
# 다시 CDNOW입니다. **두 번째** 구매를 한 고객 중 세 번째 구매를 한 비율은 얼마일까요? 0과 1 사이의
# 비율로 답하세요.
#
# <details><summary>힌트</summary>
#
# `found.funnel`에는 단계마다 비율이 두 개 있습니다: 시작 대비, 그리고 이전 단계 대비. 필요한 행과
# 열을 골라 `.item()`으로 숫자를 꺼내세요(00 노트북): `f = found.funnel`일 때
# `f.loc[f["step"] == "...", "..."].item()`.
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
# %% [markdown] lang="ko"
# ## 실습 3 (중간): CTA와 전환 고르기
#
# 봄카의 로그에는 CDNOW에 없는 이벤트가 있습니다. 어느 이벤트가 봄카의 **행동 유도 버튼(CTA)**이고,
# 어느 이벤트가 그 버튼이 이끌어야 할 **전환**일까요? 아래 봄카의 단계 제안을 보고, 따옴표 안의
# 이벤트 이름 두 개로 답하세요. CTA가 먼저입니다.
#
# <details><summary>힌트</summary>
#
# CTA는 고객에게 결정을 요청하는 버튼이고, 전환은 그 결정이 이루어졌다는 뜻입니다. 둘러보기(지도나
# 차량 보기)는 둘 다 아닙니다.
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
# %% [markdown] lang="ko"
# ## 실습 4 (도전): 봄카에 캡스톤을 돌리고 04 노트북과 비교하기
#
# 봄카용 `report.CapstonePlan`을 작성하세요 - 봄카의 탐색 이벤트, 실습 3에서 고른 CTA와 전환,
# `completion_event="return"`(운행 완료), `aha_events=["return"]`, `active_events=["app_open"]`,
# `quadrant_by=["age_band", "region"]` - 그리고 `report.run_capstone(bomcar_log, ...)`을 돌려
# 사용자가 가장 많은 사분면의 이름을 따옴표 안에 답하세요(`quadrant_summary`에 나온 영어 이름
# 그대로, 또는 용어집의 한국어 유형 이름으로). 04 노트북과 같을까요?
#
# <details><summary>힌트</summary>
#
# `bomcar = report.run_capstone(bomcar_log, bomcar_plan)` 다음에 보는 `bomcar.quadrant_summary`는
# 큰 것부터 정렬되어 있습니다. `bomcar.figure("quadrant")`가 그림을 그립니다.
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
# %% [markdown] lang="ko"
# 아래는 풀이 예시를 돌린 결과입니다(위에서 무엇을 답했든 실행됩니다) - CDNOW의 퍼널과 같은
# `figure` 메서드로 그린 봄카의 사분면입니다:

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
# {{nav}}
# %% [markdown] lang="ko"
# 탐색 이벤트와 CTA가 있는 로그에서는 모든 단계가 돌아갑니다: 봄카의 리포트에는 그림 네 개가 모두
# 있습니다. 아하 모먼트는 01 노트북과 같습니다(첫 30일 안의 운행 완료 두 번). 사분면은 04 노트북과
# **같지 않습니다**: 연령대 x 지역으로 나누고 예약 시도와 운행 완료를 로그 전체에서 세면, 가장 큰
# 사분면은 *사용자 유지 전략이 필요한 유형*(사용자의 35%, 자연 증분 유형 33%를 근소하게 앞섬)이고,
# *뭘 망설일까 유형*은 19%뿐입니다. 04 노트북은 Mass x 요소 조합(각 사용자의 상황과 첫 60일의 경험)을
# 배치했고, 예약 시도와 운행 완료는 그 기간이 지난 뒤에만 셌습니다. 인구통계로 나누면 망설이는
# 고객을 찾지 못합니다: 같은 코드라도 플랜이 다르면 답이 다릅니다. 무엇을 찾을 수 있는지는 플랜이
# 정합니다.
#
# ## 그래서 무엇을 할까
#
# - **차트가 아니라 체크리스트에서 시작하세요.** CDNOW의 체크리스트는 이 로그로 *누가 돌아오는지*는
#   볼 수 있지만 *누가 망설이는지*는 볼 수 없다고 바로 알려 줍니다. 그 팀에 줄 첫 제안은 트래킹에
#   관한 것입니다: 상품 조회와 장바구니 담기를 로깅하면 사분면을 그릴 수 있게 됩니다.
# - **가진 것만으로도 이 로그는 이미 중요한 고객을 가리킵니다:** 첫 달 안에 다시 사는 고객입니다.
#   먼저 볼 곳이 여기입니다 - 무엇을 샀는지, 어떻게 돌아왔는지 - 그리고 온보딩 아이디어를 테스트할
#   곳도 여기입니다.
# - **한 페이지 요약을 팀에 가져가세요.** 아직 담지 못한 것의 목록도 함께입니다.
#
# **피해야 할 함정:** 방법에 필요한 뜻이 없는 이벤트에 방법을 억지로 적용하기 - 사분면을 얻으려고
# 구매를 "시도"라고 부르거나, 말없이 첫 이벤트를 가입으로 취급하기. 헬퍼는 어느 쪽이든 자신 있게
# 차트를 그립니다. 어떤 이벤트를 무엇에 썼는지(체크리스트가 보여 줍니다), 어떤 데이터인지(모든
# 그림에 실제, 합성, 내 데이터 중 무엇인지 적혀 있습니다) 리포트에 밝히세요.
#
# ## 정리
#
# - 이벤트 스키마 체크리스트는 방법마다 무엇을 로깅해야 하는지 알려 줍니다: 누가, 언제, 무엇을;
#   가입; CTA와 그 전환; 탐색 이벤트; 속성.
# - `eventlog.load_event_log`는 어떤 CSV나 DataFrame이든 내 열 이름으로 불러오고, 읽은 행, 남긴 행,
#   버린 행을 보고하면서 버린 행과 고치는 방법을 짚어 줍니다.
# - `report.run_capstone`은 내 선택대로 방법론 전체를 돌리고 로그가 받쳐 주지 못하는 것은 건너뛰며,
#   `report.summary_report`가 그 결과를 HTML 한 페이지나 PNG로 만듭니다.
# - 메모리에 다 들어가지 않는 로그, 또는 웨어하우스에 있는 로그: `engine.open_event_log`(파일, 파일
#   폴더, 웨어하우스 테이블, 또는 분석 도구의 추출본을 도구 이름으로) 다음에 같은 `run_capstone` -
#   무거운 작업은 데이터가 있는 곳에서 돕니다.
# - CDNOW의 실제 구매: 절반은 돌아오지 않고, 첫 달이 결정하며, 일찍 재구매한 고객이 남습니다.
#   봄카에서는 연령대 x 지역으로 나누는 플랜이 04 노트북의 뭘 망설일까 유형 고객을 찾지 못합니다:
#   세그먼트는 방법론대로 고르세요.
#
# {{nav}}
