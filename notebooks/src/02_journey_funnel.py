# %% [markdown]
# # 02 · Journey map and funnel
#
# {{nav}}
#
# > **What you will learn**
# > - to split the customer journey (고객 여정) into stages, map each to AARRR, and write what
# >   a customer can do at each stage;
# > - to read the voice of the customer (고객의 소리, VoC): tag reviews and tickets with needs,
# >   count them by stage and segment, and write each stage's need in the customer's words;
# > - to build a funnel (퍼널) from an event log and read its conversion (전환율) and drop-off (이탈);
# > - metric hygiene (지표 정합성 점검): users or events, conversion windows, cohort or calendar
# >   months, and leaving test accounts out;
# > - to compare funnels by segment, zoom into the search stage, and spot a mix shift
# >   (Simpson's paradox, 심슨의 역설).
# >
# > **Time:** {{time}}. **You need:** [01 North star](01_north_star.ipynb) (our north
# > star is completed rides, counted as `return` events).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown] lang="ko"
# # 02 · 고객 여정 지도와 퍼널
#
# {{nav}}
#
# > **이 노트북에서 배우는 것**
# > - 고객 여정을 단계로 나누고, 단계마다 AARRR의 어느 단계인지 짝짓고, 고객이 그 단계에서
# >   무엇을 할 수 있는지 씁니다.
# > - 고객의 소리(VoC)를 읽습니다. 리뷰와 문의에 니즈 태그를 붙이고, 단계와 세그먼트별로
# >   세고, 단계마다 니즈를 고객의 말로 씁니다.
# > - 이벤트 로그로 퍼널을 만들고 전환율과 이탈을 읽습니다.
# > - 지표 정합성 점검: 사용자인가 이벤트인가, 전환 기간, 코호트 기준인가 달력 월 기준인가,
# >   테스트 계정 빼기.
# > - 세그먼트별로 퍼널을 비교하고, 탐색 단계를 확대해 보고, 구성 변화(심슨의 역설)를
# >   알아봅니다.
# >
# > **소요 시간:** {{time}}. **먼저 볼 노트북:** [01 북극성 지표](01_north_star.ipynb) (우리의 북극성
# > 지표는 운행 완료이며, `return` 이벤트로 셉니다).
#
# 여기 나오는 데이터는 모두 **합성 데이터**입니다. 봄카는 가상의 카셰어링 회사입니다.
# %% [markdown]
# ## Why: from one number to the steps behind it
#
# The north star counts completed rides (반납, returns). But nobody starts with a return: a
# customer opens the app, looks at the map, picks a car, tries to reserve, pays, drives and
# returns the car. If rides fall, *which step* broke?
#
# * A **customer journey map** (고객 여정 지도) lists those stages, what the customer *can do*
#   and what they *need* at each, and which AARRR step each serves: **A**cquisition (획득),
#   **A**ctivation (활성화), **R**etention (유지), **R**eferral (추천), **R**evenue (수익).
#   Activation is the first time a customer gets the product's value: at Bomcar, the first
#   completed ride (the first return). Retention is coming back *after* that first success.
# * A **funnel** (퍼널) counts how many customers get from each step to the next. The share that
#   gets through is the **conversion rate** (전환율); the ones lost are the **drop-off** (이탈).
# %% [markdown] lang="ko"
# ## 왜: 숫자 하나에서 그 뒤의 단계로
#
# 북극성 지표는 운행 완료(반납)를 셉니다. 하지만 반납부터 시작하는 고객은 없습니다. 고객은
# 앱을 열고, 지도를 보고, 차를 고르고, 예약을 시도하고, 결제하고, 운전하고, 차를 반납합니다.
# 운행이 줄었다면 *어느 단계*가 고장 난 걸까요?
#
# * **고객 여정 지도**는 이 단계들을 나열하고, 단계마다 고객이 *할 수 있는 것*과 *필요로
#   하는 것*, 그리고 그 단계가 AARRR의 어느 단계에 해당하는지 적습니다. AARRR은
#   **획득**(Acquisition), **활성화**(Activation), **유지**(Retention), **추천**(Referral),
#   **수익**(Revenue)입니다. 활성화는 고객이 제품의 가치를 처음 얻는 순간입니다. 봄카에서는
#   첫 운행 완료(첫 반납)입니다. 유지는 그 첫 성공 *뒤에* 다시 돌아오는 것입니다.
# * **퍼널**은 한 단계에서 다음 단계로 넘어가는 고객 수를 셉니다. 넘어간 비율이
#   **전환율**이고, 넘어가지 못한 고객이 **이탈**입니다.
# %%
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from course import bomcar, data, voc
from course.checks import nb02 as checks
from helpers import funnel, i18n, style

i18n.set_language("en")
style.use_course_style()
events = data.load_events()  # test accounts are left out (more on that below)
users = data.load_users()
ex1, ex2, ex3 = checks.stage_needs(), checks.journey_stage(), checks.biggest_drop_off()
ex4, ex5, ex6 = checks.event_conversion(), checks.worst_channel(), checks.session_window()

# %% [markdown]
# ## See it: Bomcar's journey map
#
# The helpers hold Bomcar's journey as a table. Read it row by row, top to bottom. The needs
# column is left out for now: you will write it from what customers say.
# %% [markdown] lang="ko"
# ## 살펴보기: 봄카의 고객 여정 지도
#
# 헬퍼에 봄카의 고객 여정이 표로 들어 있습니다. 위에서 아래로 한 행씩 읽어 보세요. 니즈 열은
# 일단 뺐습니다. 고객이 하는 말을 읽고 여러분이 직접 쓸 것입니다.
# %%
journey = bomcar.journey_map().drop(columns="customer_needs")
journey

# %% [markdown]
# One row per stage. `event` is the log event that shows a customer reached the stage; `aarrr`
# is the growth step the stage serves. *Reserve* and *pay* share the `reservation` event: the
# card is checked when the reservation goes through (a failed card shows as `payment_failure`).
#
# Read the `aarrr` column at the **return** (반납): the first completed ride is **Activation**,
# the moment the customer got what they came for, and **Revenue** for card payers, who pay
# then. It is not Retention. Retention is the next row, *come back*: a second ride after that
# first success (the same `return` event, a second time).
# %% [markdown] lang="ko"
# 한 행이 한 단계입니다. `event`는 고객이 그 단계에 왔음을 보여 주는 로그 이벤트이고, `aarrr`는
# 그 단계가 기여하는 성장 단계입니다. *reserve*(예약)와 *pay*(결제)는 같은 `reservation`
# 이벤트를 씁니다. 카드는 예약이 완료될 때 확인되기 때문입니다(카드가 거절되면
# `payment_failure`로 남습니다).
#
# **return**(반납) 행의 `aarrr` 열을 보세요. 첫 운행 완료는 **활성화**(Activation)입니다. 고객이
# 원하던 것을 얻은 순간이기 때문입니다. 카드 결제 회원은 이때 요금을 내므로 **수익**(Revenue)이기도
# 합니다. 유지(Retention)가 아닙니다. 유지는 다음 행인 *come back*(재방문)입니다. 첫 성공 뒤의 두 번째
# 운행입니다(같은 `return` 이벤트가 두 번째로 일어나는 것).
# %% [markdown]
# ## See it: the voice of the customer (고객의 소리, VoC)
#
# A need is not guessed at a desk: it is read from what customers say. Bomcar's app-store
# reviews and customer-service (CS) tickets are in `data/voc.csv` (synthetic, like all the
# data): one row per text, in Korean with an English line, with the journey stage it is about
# and the customer's situation (the segments of [03](03_segmentation.ipynb)).
# %% [markdown] lang="ko"
# ## 살펴보기: 고객의 소리(VoC)
#
# 니즈는 책상에 앉아 짐작하는 것이 아니라 고객이 하는 말에서 읽어 냅니다. 봄카의 앱스토어 리뷰와
# 고객센터(CS) 문의가 `data/voc.csv`에 있습니다(다른 데이터처럼 합성 데이터입니다). 텍스트
# 하나가 한 행이고, 한국어 원문과 영어 번역이 함께 있으며, 어느 여정 단계에 관한 글인지와 고객의
# 상황([03](03_segmentation.ipynb)의 세그먼트)이 붙어 있습니다.
# %%
voc_texts = data.load_voc()
search_texts = voc_texts[voc_texts["stage"] == "search/browse"]
search_texts[["source", "situation", "text_ko", "text_en"]].head(6)

# %% [markdown]
# Reading 297 texts one by one does not scale, so we **tag** them: a theme is one need, in the
# customer's words, with keywords in Korean and English. `voc.tag` gives each text the first
# theme whose keyword it contains. Texts about what the *company* should get ("advertise more
# and you'd get more sign-ups") are tagged `business_side`: they are not needs.
# %% [markdown] lang="ko"
# 텍스트 297개를 하나하나 읽는 방식은 규모가 커지면 감당할 수 없습니다. 그래서 **태그**를 붙입니다.
# 테마 하나는 고객의 말로 쓴 니즈 하나이고, 한국어와 영어 키워드를 가집니다. `voc.tag`는 각
# 텍스트에 그 텍스트가 포함한 키워드의 테마 중 첫 번째를 붙입니다. *회사*가 얻어야 할 것에 관한
# 텍스트("광고를 더 하면 가입자가 늘 텐데요")는 `business_side` 태그를 받습니다. 니즈가 아니기
# 때문입니다.
# %%
voc.describe("free_at_time")

# %%
voc_texts["theme"] = voc.tag(voc_texts)
needs_only = voc_texts[~voc_texts["theme"].isin([voc.BUSINESS, voc.NO_THEME])]
by_stage = pd.crosstab(needs_only["theme"], needs_only["stage"])
by_stage = by_stage.loc[by_stage.idxmax(axis=1).sort_values(kind="stable").index]  # by stage
by_stage

# %%
fig, ax = plt.subplots(figsize=(9, 5.5))
sns.heatmap(
    by_stage.replace(0, float("nan")), annot=True, fmt=".0f", cmap="Blues", cbar=False, ax=ax
)
style.takeaway(
    ax,
    "The most-cited need is in the search stage: free cars at the time set",
    xlabel="Journey stage",
    ylabel="Theme (need)",
)
plt.show()

# %% [markdown]
# Each stage has one or two needs. The largest by far is in the search stage: 44 of its 63
# texts say that once the time is set, the customer cannot see which cars are free then; the
# car-type filter is a distant second (13). Who writes them? Count the search stage by segment.
# %% [markdown] lang="ko"
# 단계마다 니즈가 한두 개 있습니다. 가장 큰 니즈는 단연 탐색 단계에 있습니다. 탐색 단계 텍스트
# 63개 중 44개가, 시간을 정하고 나면 그 시간에 어떤 차가 비어 있는지 볼 수 없다고 말합니다. 차종
# 필터는 큰 차이로 두 번째입니다(13개). 누가 이런 글을 쓸까요? 탐색 단계를 세그먼트별로 세어 봅니다.
# %%
search = needs_only[needs_only["stage"] == "search/browse"].astype({"situation": str})
fig, ax = plt.subplots(figsize=(10, 3.5))
ax = sns.countplot(
    data=search,
    y="situation",
    hue="theme",
    hue_order=["free_at_time", "car_type"],
    order=search["situation"].value_counts().index,
    ax=ax,
    palette=[style.PALETTE["vermillion"], style.PALETTE["sky"]],
)
ax.legend(title="theme", loc="lower right")
style.takeaway(
    ax,
    "Pay-per-ride members write most of the 'free at the time I set' texts",
    xlabel="Texts (reviews and tickets)",
    ylabel="Customer situation",
)
plt.show()

# %% [markdown]
# Pay-per-ride members wrote 38% of all the texts but 70% of the "free at the time I set" ones
# (31 of 44). They use Bomcar now and then, for a trip at a set hour, so they set the time
# first. Keep that in mind: [03](03_segmentation.ipynb) starts from this need to find who holds
# it.
#
# When were these texts written? In March 2025 App 3.0 made the map show which cars are free
# at the time you set (it is in the calendar). Split the 44 texts at its release:
# %% [markdown] lang="ko"
# 건별 결제 회원은 전체 텍스트의 38%를 썼지만, "정한 시간에 빈 차" 텍스트는 70%를 썼습니다(44개 중
# 31개). 이들은 봄카를 가끔, 정해진 시각의 이동에 쓰기 때문에 시간부터 정합니다. 이 점을 기억해
# 두세요. [03](03_segmentation.ipynb)은 이 니즈에서 출발해 그 니즈를 가진 고객을 찾습니다.
#
# 이 텍스트들은 언제 쓰였을까요? 2025년 3월 앱 3.0이 나오면서 지도가 설정한 시간에 비어 있는
# 차를 보여 주게 됐습니다(캘린더에 있습니다). 44개 텍스트를 그 출시일로 나눠 봅니다.
# %%
releases = data.load_calendar()
app3 = releases.loc[releases["description"].str.startswith("App 3.0"), "date"].iloc[0]
free_texts = needs_only[needs_only["theme"] == "free_at_time"]
(free_texts["date"] < app3).map({True: "before App 3.0", False: "since App 3.0"}).value_counts()

# %% [markdown]
# 36 of the 44 were written before App 3.0: for most of the log the need went unmet. The 8
# written since still say the map ignores the time they set: App 3.0 met part of the need,
# not all of it. Notebook [07](07_cohorts.ipynb) measures how much, and for whom.
# %% [markdown] lang="ko"
# 44개 중 36개가 앱 3.0 이전에 쓰였습니다. 로그 기간 대부분 동안 이 니즈는 채워지지 않았습니다.
# 그 뒤에 쓰인 8개도 지도가 설정한 시간을 무시한다고 말합니다. 앱 3.0은 니즈의 일부만 채웠고
# 전부를 채우지는 못했습니다. [07](07_cohorts.ipynb) 노트북에서 얼마나, 누구에게 채웠는지 측정합니다.
# %% [markdown]
# ## Exercise 1 (medium): write the stages' needs
#
# Write the need of the **search stage** (and, if you like, of other stages) as the customers
# say it: what they try to get done, in their words (English or Korean). A dict from stage to
# need. Not what Bomcar wants: "more sign-ups", "increase conversion" or "매출 증가" are
# business goals, not needs.
#
# <details><summary>Hint</summary>
#
# `by_stage["search/browse"]` counts the search stage's themes; read a few texts of the
# largest one with `search_texts["text_en"]`. A need often starts "see ...", "know ...",
# "... 하고 싶다".
# </details>
# %% [markdown] lang="ko"
# ## 연습 1 (보통): 단계의 니즈 쓰기
#
# **탐색 단계**의 니즈를(원하면 다른 단계의 니즈도) 고객이 말하는 대로 쓰세요. 고객이 이루려는
# 것을 고객의 말로 씁니다. 한국어로 써도 되고 영어로 써도 됩니다(체커가 둘 다 받습니다). 단계에서
# 니즈로 가는 dict로 씁니다. 봄카가 원하는 것은 안 됩니다. "more sign-ups", "increase conversion",
# "매출 증가"는 비즈니스 목표이지 니즈가 아닙니다.
#
# <details><summary>힌트</summary>
#
# `by_stage["search/browse"]`가 탐색 단계의 테마를 세어 줍니다. 가장 큰 테마의 텍스트 몇 개를
# `search_texts["text_ko"]`로 읽어 보세요. 니즈는 흔히 "... 보고 싶다", "... 알고 싶다", "... 하고
# 싶다"처럼 씁니다.
# </details>
# %% tags=["exercise"]
stage_needs = {
    "search/browse": ...,  # the search stage's most-cited need, in the customer's words
}
# %% tags=["solution"]
stage_needs = {
    "search/browse": "see which cars are free at the hour I set",
    "return": "find the return zone without circling the car park",
}
# %%
ex1.check(stage_needs)

# %% [markdown]
# The journey map's needs column, read from the corpus: each stage's most-cited need, in your
# words where you wrote one and it passed.
# %% [markdown] lang="ko"
# 고객 여정 지도의 니즈 열을 코퍼스에서 읽어 채웁니다. 단계마다 가장 많이 언급된 니즈이고, 여러분이
# 쓴 니즈가 통과한 단계에는 여러분의 문장이 들어갑니다.
# %%
journey = checks.with_needs(journey, stage_needs, voc_texts)
journey[["stage", "aarrr", "customer_needs"]]

# %% [markdown]
# Every need is from the customer's side ("see which cars are free at the hour I set"), not
# the company's ("more bookings"). This course zooms into the **search/browse** stage
# (탐색/조회), where the largest need lives.
# %% [markdown] lang="ko"
# 니즈는 모두 고객 쪽에서 쓴 것입니다("내가 정한 시간에 어떤 차가 비어 있는지 보고 싶다"). 회사
# 쪽("예약 늘리기")이 아닙니다. 이 과정은 가장 큰 니즈가 있는 **search/browse**(탐색/조회) 단계를
# 확대해서 봅니다.
# %% [markdown]
# ## Exercise 2 (easy): add a sign-up stage
#
# The map has no stage for **signing up** (가입): creating an account and getting a licence and
# a card verified. Yet nobody at Bomcar can reserve without it. Add it as a dict with four
# keys: `stage`, `aarrr` (one of Acquisition, Activation, Retention, Referral, Revenue),
# `customer_can_do` and `customer_needs` (a few words each, from the customer's side).
#
# <details><summary>Hint</summary>
#
# Sign-up sits between *visit* and *search/browse*. Which AARRR step happens that early
# (Activation, above, is the first completed ride)? For the need, the corpus has `sign up`
# texts: `by_stage["sign up"]` counts their themes; write the one most of them name.
# </details>
# %% [markdown] lang="ko"
# ## 연습 2 (쉬움): 가입 단계 추가하기
#
# 지도에는 **가입** 단계가 없습니다. 계정을 만들고 면허와 카드를 확인받는 단계입니다. 하지만 봄카에서는
# 가입 없이 아무도 예약할 수 없습니다. 네 키를 가진 dict로 이 단계를 추가하세요. `stage`, `aarrr`
# (Acquisition, Activation, Retention, Referral, Revenue 중 하나, 영어 그대로), `customer_can_do`,
# `customer_needs`(각각 고객 쪽에서 몇 단어로)입니다. `stage`, `customer_can_do`, `customer_needs`는
# 한국어로 써도 됩니다.
#
# <details><summary>힌트</summary>
#
# 가입은 *visit*과 *search/browse* 사이에 있습니다. 그렇게 이른 시점에 일어나는 AARRR 단계는
# 무엇일까요(위에서 본 활성화는 첫 운행 완료입니다)? 니즈는 코퍼스의 `sign up` 텍스트를 보세요.
# `by_stage["sign up"]`이 그 테마를 세어 줍니다. 그중 가장 많은 텍스트가 말하는 니즈를 쓰세요.
# </details>
# %% tags=["exercise"]
new_stage = ...  # {"stage": ..., "aarrr": ..., "customer_can_do": ..., "customer_needs": ...}

# %% tags=["solution"]
new_stage = {
    "stage": "sign up",
    "aarrr": "Acquisition",  # Activation is the first completed ride, later
    "customer_can_do": "create an account, add a licence and a card",
    "customer_needs": "a licence check in minutes, not days",
}

# %%
ex2.check(new_stage)

# %% [markdown]
# Your stage in the map (the table stays as it was until your answer passes):
# %% [markdown] lang="ko"
# 지도에 들어간 여러분의 단계입니다(답이 통과하기 전까지 표는 그대로입니다).
# %%
checks.with_stage(journey, new_stage)

# %% [markdown]
# Keep this stage in mind: in [03 Segmentation](03_segmentation.ipynb) the users whose card or
# licence is stuck here turn out to be a small segment that converts very differently.
# %% [markdown] lang="ko"
# 이 단계를 기억해 두세요. [03 세그먼테이션](03_segmentation.ipynb)에서 카드나 면허가 여기서 막힌
# 사용자가 작은 세그먼트이며, 전환이 아주 다르다는 것을 보게 됩니다.
# %% [markdown] tags=["deck-question"]
# ## See it: the funnel from the event log
#
# Now count. The funnel follows each user through seven events in journey order. A user
# reaches a step if they did it at or after the time they reached the step before.
#
# **Guess first:** of the users who opened the app, where do the most get lost: before the
# map, before trying to reserve, between trying and a reservation, or before the ride?
# %% [markdown] lang="ko"
# ## 살펴보기: 이벤트 로그로 만든 퍼널
#
# 이제 셉니다. 퍼널은 사용자 한 명 한 명을 여정 순서대로 이벤트 일곱 개에 걸쳐 따라갑니다.
# 사용자가 앞 단계에 도달한 시각과 같거나 그 뒤에 다음 단계를 했으면 그 단계에 도달한 것입니다.
#
# **먼저 짐작해 보세요:** 앱을 연 사용자 중 가장 많이 이탈하는 곳은 어디일까요? 지도 전, 예약 시도
# 전, 예약 시도와 예약 사이, 운행 전 중에서 골라 보세요.
# %% tags=["deck-number"]
STEPS = checks.STEPS
table = funnel.funnel(events, STEPS)
table

# %% [markdown]
# How to read it: `users` reached the step; `pct_of_start` is their share of the first step;
# `pct_of_previous` is the step's conversion from the step before; `drop_off` is how many were
# lost since the step before.
#
# Two rows show 100% and are not where to look: every map view in Bomcar ends on a car page,
# and every ride that started was returned by the end of the log. Of the 10,000 users who
# opened the app, 58% completed at least one ride.
# %% [markdown] lang="ko"
# 읽는 법: `users`는 그 단계에 도달한 사용자 수, `pct_of_start`는 첫 단계 대비 비율,
# `pct_of_previous`는 앞 단계에서 이 단계로의 전환율, `drop_off`는 앞 단계 이후 이탈한 사용자
# 수입니다.
#
# 100%인 두 행은 볼 곳이 아닙니다. 봄카에서는 지도를 본 사람이 모두 차 페이지까지 가고, 시작한
# 운행은 로그가 끝날 때까지 모두 반납됐습니다. 앱을 연 사용자 10,000명 중 58%가 한 번 이상 운행을
# 완료했습니다.
# %% tags=["deck-figure"]
fig = funnel.funnel_plot(table, "Most users are lost between trying to reserve and a reservation")
plt.show()

# %% [markdown]
# ## Exercise 3 (easy): the biggest drop-off
#
# Which step loses the most users? Answer with the step's name (where the lost users *failed to
# arrive*), read from `table` with pandas rather than by eye.
#
# <details><summary>Hint</summary>
#
# `table["drop_off"].idxmax()` gives the row number of the largest drop-off; `table.loc[row,
# "step"]` gives its name.
# </details>
# %% [markdown] lang="ko"
# ## 연습 3 (쉬움): 가장 큰 이탈
#
# 가장 많은 사용자를 잃는 단계는 어디일까요? 단계 이름(이탈한 사용자가 *도달하지 못한* 단계)으로
# 답하세요. 눈으로 읽지 말고 pandas로 `table`에서 읽으세요.
#
# <details><summary>힌트</summary>
#
# `table["drop_off"].idxmax()`가 가장 큰 이탈의 행 번호를 줍니다. `table.loc[row, "step"]`이 그
# 행의 단계 이름을 줍니다.
# </details>
# %% tags=["exercise"]
biggest_step = ...  # a step name, e.g. "map_view"

# %% tags=["solution"]
biggest_step = table.loc[table["drop_off"].idxmax(), "step"]

# %%
ex3.check(biggest_step)

# %% [markdown]
# 1,783 users pressed "Reserve" at least once but never got a reservation: 22% of everyone who
# tried. They wanted a car and did not get one. Hold on to them: in
# [04 Quadrant](04_quadrant.ipynb) they become the "action needed" customers.
# %% [markdown] lang="ko"
# 1,783명이 한 번 이상 "예약"을 눌렀지만 예약을 하나도 얻지 못했습니다. 예약을 시도한 사람의 22%입니다.
# 차를 원했지만 얻지 못한 사람들입니다. 이들을 기억해 두세요. [04 사분면](04_quadrant.ipynb)에서
# 이들이 "뭘 망설일까 유형" 고객이 됩니다.
# %% [markdown]
# ## Metric hygiene 1: unique users or events?
#
# The funnel counts **unique users**: a user who tried ten times and got one reservation
# counts as a success. Counted that way, 78% of the users who tried got a reservation.
#
# A colleague counts **events** instead: all reservations divided by all reservation attempts.
# %% [markdown] lang="ko"
# ## 지표 정합성 점검 1: 순 사용자 수인가, 이벤트 수인가?
#
# 퍼널은 **순 사용자 수**를 셉니다. 열 번 시도해 한 번 예약한 사용자도 성공으로 셉니다. 이렇게
# 세면 예약을 시도한 사용자의 78%가 예약을 얻었습니다.
#
# 한 동료는 **이벤트 수**로 셉니다. 전체 예약 수를 전체 예약 시도 수로 나눕니다.
# %% [markdown]
# ## Exercise 4 (medium): count it as events
#
# Compute the colleague's number in pandas: the count of `reservation` events divided by the
# count of `reservation_attempt` events in `events`. Give it as a share (0-1).
#
# <details><summary>Hint</summary>
#
# `events["event"].value_counts()` counts every event name at once; pick two of its entries.
# </details>
# %% [markdown] lang="ko"
# ## 연습 4 (보통): 이벤트 수로 세기
#
# 동료의 숫자를 pandas로 계산하세요. `events`에서 `reservation` 이벤트 수를 `reservation_attempt`
# 이벤트 수로 나눕니다. 비율(0-1)로 답하세요.
#
# <details><summary>힌트</summary>
#
# `events["event"].value_counts()`가 모든 이벤트 이름을 한 번에 셉니다. 그중 두 항목을 고르세요.
# </details>
# %% tags=["exercise"]
event_rate = ...  # reservations / reservation attempts, both counted as events

# %% tags=["solution"]
counts = events["event"].value_counts()
event_rate = counts["reservation"] / counts["reservation_attempt"]

# %%
ex4.check(event_rate)

# %% [markdown]
# The same funnel per app visit (세션, session) shows where that number comes from: pass
# `user_col="session_id"` and each session is followed on its own.
# %% [markdown] lang="ko"
# 앱 방문(세션) 단위로 같은 퍼널을 보면 그 숫자가 어디서 나왔는지 보입니다.
# `user_col="session_id"`를 넘기면 세션 하나하나를 따로 따라갑니다.
# %%
sessions = funnel.funnel(events, STEPS, user_col="session_id")
compare = pd.DataFrame(
    {
        "per user": table.set_index("step")["pct_of_previous"],
        "per visit (session)": sessions.set_index("step")["pct_of_previous"],
    }
)
compare.round(2)

# %%
ax = compare.iloc[1:].plot.barh(
    figsize=(8, 4), color=[style.PALETTE["blue"], style.PALETTE["orange"]]
)
ax.invert_yaxis()
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Per user, 78% of those who try get a reservation; per visit, 36%",
    xlabel="Conversion from the previous step (%)",
    ylabel="Funnel step",
)
plt.show()

# %% [markdown]
# Per visit, only 36% of attempts become a reservation; per user, 78%. Both are right: they
# answer different questions. "Do customers manage to book at all?" is a user question. "How
# often does pressing *Reserve* work?" is a visit question, and it is where the frustration
# shows: a customer who fails twice and succeeds on the third visit is a success per user.
# Always write the unit next to the number.
# %% [markdown] lang="ko"
# 방문 기준으로는 예약 시도의 36%만 예약이 되고, 사용자 기준으로는 78%입니다. 둘 다 맞습니다.
# 서로 다른 질문에 답할 뿐입니다. "고객이 어쨌든 예약에 성공하는가?"는 사용자 기준 질문입니다.
# "*예약* 버튼을 누르면 얼마나 자주 되는가?"는 방문 기준 질문이고, 고객의 답답함은 여기서
# 드러납니다. 두 번 실패하고 세 번째 방문에 성공한 고객도 사용자 기준으로는 성공입니다. 숫자 옆에는
# 항상 단위를 쓰세요.
# %% [markdown]
# ## Metric hygiene 2: the conversion window
#
# The user funnel above counts anything a user did in 18 months. A user who signed up last
# week has had a week; one from January 2024 has had 18 months. A **conversion window**
# (전환 기간) gives everyone the same time: `within="7D"` counts a later step only if it came
# within 7 days of the user's first step.
# %% [markdown] lang="ko"
# ## 지표 정합성 점검 2: 전환 기간
#
# 위의 사용자 퍼널은 사용자가 18개월 동안 한 모든 행동을 셉니다. 지난주에 가입한 사용자에게는 한
# 주가 있었고, 2024년 1월에 가입한 사용자에게는 18개월이 있었습니다. **전환 기간**은 모두에게 같은
# 시간을 줍니다. `within="7D"`는 사용자의 첫 단계로부터 7일 안에 일어난 다음 단계만 셉니다.
# %%
week = funnel.funnel(events, STEPS, within="7D")
windows = pd.DataFrame(
    {
        "no window": table.set_index("step")["pct_of_start"],
        "within 7 days": week.set_index("step")["pct_of_start"],
    }
)
windows.round(2)

# %% [markdown]
# With no window, 64% of users reach a reservation; within 7 days of their first visit, 28%.
# Neither number is wrong, but only the windowed one can compare a new cohort with an old one
# fairly. Choose the window from how often the product is used: car sharing is a few times a
# month, so a week or a month fits; a 30-minute window would fit a single visit (see
# Exercise 6).
# %% [markdown] lang="ko"
# 전환 기간이 없으면 사용자의 64%가 예약까지 가고, 첫 방문 후 7일 안으로 보면 28%입니다. 어느 숫자도
# 틀리지 않았지만, 새 코호트와 오래된 코호트를 공정하게 비교할 수 있는 것은 전환 기간을 둔 숫자뿐입니다.
# 전환 기간은 제품을 얼마나 자주 쓰는지에 맞춰 고르세요. 카셰어링은 한 달에 몇 번 쓰므로 일주일이나
# 한 달이 맞습니다. 30분 기간은 방문 한 번에 맞습니다(연습 6 참고).
# %% [markdown]
# ## Metric hygiene 3: cohort or calendar month?
#
# In September 2024 Bomcar ran a sign-up promotion (a free first hour), and 1,738 people signed
# up that month. How well did new users convert? Two ways to bucket by month:
#
# * **calendar month**: first reservations made in the month, divided by sign-ups in the month;
# * **cohort** (코호트): users grouped by sign-up month, each followed for their own first 30
#   days.
# %% [markdown] lang="ko"
# ## 지표 정합성 점검 3: 코호트 기준인가, 달력 월 기준인가?
#
# 2024년 9월 봄카는 가입 프로모션(첫 한 시간 무료)을 했고, 그달 1,738명이 가입했습니다. 신규
# 사용자는 얼마나 잘 전환됐을까요? 월별로 묶는 방법은 두 가지입니다.
#
# * **달력 월 기준**: 그달에 일어난 첫 예약 수를 그달 가입자 수로 나눕니다.
# * **코호트 기준**: 사용자를 가입 월로 묶고, 각자 가입 후 첫 30일을 따라갑니다.
# %%
first_res = events[events["event"] == "reservation"].groupby("user_id")["timestamp"].min()
u = users.set_index("user_id")
u["month"] = u["signup_at"].dt.to_period("M")
u["reserved_30d"] = (first_res.reindex(u.index) - u["signup_at"]) <= pd.Timedelta("30D")
signups = u.groupby("month").size()
calendar = first_res.dt.to_period("M").value_counts() / signups
cohort = u.groupby("month")["reserved_30d"].mean()
done = signups.index < pd.Period("2025-06", "M")  # June's sign-ups have not had 30 days yet
bucketing = pd.DataFrame({"calendar": calendar, "cohort": cohort})[done]
bucketing.loc["2024-07":"2024-11"].round(2)

# %%
fig, ax = plt.subplots(figsize=(9, 4))
x = bucketing.index.to_timestamp()
ax.plot(
    x,
    bucketing["calendar"],
    marker="o",
    label="calendar: first reservations / sign-ups in the month",
)
ax.plot(x, bucketing["cohort"], marker="o", label="cohort: sign-ups who reserved within 30 days")
ax.axvline(pd.Timestamp("2024-09-01"), color=style.PALETTE["grey"], ls=":", lw=1.5)
ax.annotate(  # left of the dotted line, where no line of the chart runs through it
    "promotion (Sept)",
    (pd.Timestamp("2024-09-01"), 0.95),
    xytext=(-4, 0),
    textcoords="offset points",
    ha="right",
    fontsize=9,
)
ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
ax.set_ylim(0, 1)
ax.legend(loc="lower right", frameon=True, framealpha=1, edgecolor="white")  # over the line
style.takeaway(
    ax,
    "The calendar view credits September's sign-ups to October",
    xlabel="Month (sign-up month for the cohort line)",
    ylabel="New users who reserved (%)",
)
plt.show()

# %% [markdown]
# The calendar line shows a record October (97%) right after a dreadful September. The cohort
# line tells what happened: September's cohort converted at 29% (August's at 60%), and
# October's cohort was ordinary (51%). The calendar ratio divides one group of people (this
# month's first reservations, many by last month's sign-ups) by another (this month's sign-ups).
# Ask "are the new users any good?" with cohorts; ask "how busy was the month?" with calendar
# months. Notebook [07 Cohort analysis](07_cohorts.ipynb) goes deeper.
# %% [markdown] lang="ko"
# 달력 월 기준 선은 끔찍한 9월 바로 다음에 기록적인 10월(97%)을 보여 줍니다. 실제로 무슨 일이
# 있었는지는 코호트 기준 선이 알려 줍니다. 9월 코호트의 전환율은 29%였고(8월은 60%), 10월 코호트는
# 평범했습니다(51%). 달력 월 기준 비율은 한 집단(이번 달의 첫 예약, 상당수는 지난달 가입자)을 다른
# 집단(이번 달 가입자)으로 나눈 것입니다. "신규 사용자가 괜찮은가?"는 코호트로 물으세요. "이번 달이
# 얼마나 바빴나?"는 달력 월로 물으세요. [07 코호트 분석](07_cohorts.ipynb) 노트북에서 더 깊이 다룹니다.
# %% [markdown]
# ## Metric hygiene 4: leave the test accounts out
#
# `data.load_events()` leaves Bomcar's internal QA accounts out. Ask for them and see what they
# do to the numbers.
# %% [markdown] lang="ko"
# ## 지표 정합성 점검 4: 테스트 계정 빼기
#
# `data.load_events()`는 봄카의 내부 QA 계정을 뺍니다. 그 계정들을 넣어서 불러오고, 숫자가 어떻게
# 달라지는지 보세요.
# %%
users_all = data.load_users(include_test=True)
test_ids = users_all.loc[users_all["is_test"], "user_id"]
events_all = data.load_events(include_test=True)
is_test = events_all["user_id"].isin(test_ids)
print(
    f"{len(test_ids)} test accounts (channel: {users_all.loc[users_all['is_test'], 'channel'].iloc[0]}): "
    f"{len(test_ids) / len(users_all):.2%} of users, {is_test.mean():.1%} of events"
)


# %%
def summary(log):
    n = log["event"].value_counts()
    return {
        "events": f"{len(log):,}",
        "attempt -> reservation": f"{n['reservation'] / n['reservation_attempt']:.1%}",
        "reservations cancelled": f"{n['cancellation'] / n['reservation']:.1%}",
    }


pd.DataFrame(
    {
        "real users": summary(events_all[~is_test]),
        "test accounts": summary(events_all[is_test]),
        "all together": summary(events_all),
    }
)

# %%
attempts = events_all[events_all["event"] == "reservation_attempt"]
from_tests = (
    attempts["user_id"]
    .isin(test_ids)
    .groupby(attempts["timestamp"].dt.to_period("M"))
    .mean()
    .rename("share of attempts by test accounts")
)
from_tests.head(3).round(2)  # share of each month's reservation attempts made by test accounts

# %% [markdown]
# 25 accounts (channel `internal`) are 0.25% of the users but 3.1% of all events: they hammer
# the reservation flow. They cancel 60% of their reservations, so with them in, the
# cancellation rate reads 16% instead of 14%; in January 2024, when Bomcar was small, they made
# 15% of all reservation attempts. A dashboard built on a raw query would show a launch month
# that never happened. Filter test and staff accounts out first, every time.
# %% [markdown] lang="ko"
# 계정 25개(채널 `internal`)는 사용자의 0.25%지만 전체 이벤트의 3.1%입니다. 예약 흐름을 집중적으로
# 두드리기 때문입니다. 이 계정들은 예약의 60%를 취소하므로, 포함하면 취소율이 14%가 아니라 16%로
# 나옵니다. 봄카가 작았던 2024년 1월에는 전체 예약 시도의 15%를 이 계정들이 만들었습니다. 원시
# 쿼리로 만든 대시보드는 있지도 않았던 출시 첫 달의 호황을 보여 줄 것입니다. 테스트 계정과 직원
# 계정은 매번 가장 먼저 빼세요.
# %% [markdown]
# ## See it: the funnel by segment
#
# Does every kind of customer drop at the same step? Put a user attribute on each event, then
# pass `by=`: one funnel per group.
# %% [markdown] lang="ko"
# ## 살펴보기: 세그먼트별 퍼널
#
# 고객 유형마다 같은 단계에서 이탈할까요? 이벤트마다 사용자 속성을 붙이고 `by=`를 넘기면 그룹마다
# 퍼널을 하나씩 만듭니다.
# %%
log = events.merge(users[["user_id", "membership", "member_type", "channel"]], on="user_id")
by_membership = funnel.funnel(log, STEPS, by="membership")
by_step = by_membership.pivot(index="step", columns="membership", values="pct_of_previous")
by_step.loc[STEPS[1:]].round(2)

# %%
ax = by_step.loc[STEPS[1:]].plot.barh(
    figsize=(8, 4), color=[style.PALETTE["grey"], style.PALETTE["green"]]
)
ax.invert_yaxis()
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
ax.legend(title="membership", loc="upper left", bbox_to_anchor=(1.0, 1.0))
style.takeaway(
    ax,
    "Subscribers try to reserve as often as others, but far more get a reservation",
    xlabel="Conversion from the previous step (%)",
    ylabel="Funnel step",
)
plt.show()

# %% [markdown]
# From attempt to reservation, 89% of subscribers get through against 73% of non-members. The
# gap is widest at the step with the biggest drop-off (subscribers also reach the map and
# start their rides more often, but they try to reserve no more often than others): the reservation step is where segments
# differ most, so it is where segmentation ([03](03_segmentation.ipynb)) should look.
# %% [markdown] lang="ko"
# 예약 시도에서 예약으로, 구독 회원은 89%가 넘어가고 비회원은 73%가 넘어갑니다. 차이는 이탈이 가장
# 큰 단계에서 가장 큽니다(구독 회원은 지도에 도달하고 운행을 시작하는 비율도 더 높지만, 예약을
# 시도하는 비율은 다른 회원보다 높지 않습니다). 세그먼트 간 차이가 가장 큰 곳이 예약 단계이므로,
# 세그먼트 분석([03](03_segmentation.ipynb))도 여기를 봐야 합니다.
# %% [markdown]
# ## Exercise 5 (medium): which channel converts worst?
#
# `log` also carries `channel` (how the user came to Bomcar). Which channel's users have the
# lowest user-level conversion from `reservation_attempt` to `reservation`?
#
# <details><summary>Hint</summary>
#
# `funnel.funnel(log, STEPS, by="channel")`, then keep the rows where `step == "reservation"`
# and compare `pct_of_previous`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 5 (보통): 전환율이 가장 낮은 채널은?
#
# `log`에는 `channel`(사용자가 봄카에 들어온 경로)도 있습니다. `reservation_attempt`에서
# `reservation`으로의 사용자 기준 전환율이 가장 낮은 채널은 어디일까요?
#
# <details><summary>힌트</summary>
#
# `funnel.funnel(log, STEPS, by="channel")`을 실행한 뒤 `step == "reservation"`인 행만 남기고
# `pct_of_previous`를 비교하세요.
# </details>
# %% tags=["exercise"]
worst_channel = ...  # a channel name, e.g. "organic"

# %% tags=["solution"]
by_channel = funnel.funnel(log, STEPS, by="channel")
at_reservation = by_channel[by_channel["step"] == "reservation"]
worst_channel = at_reservation.sort_values("pct_of_previous")["channel"].iloc[0]

# %%
ex5.check(worst_channel)

# %% [markdown]
# Users who came through the promotion are the least likely to reach the map (52%) and to try
# to reserve (85% of those on the map), and only 72% of those who try ever get a reservation
# (the next lowest channel: 76%). A promotion that fills the top of the
# funnel does not fill the bottom.
# %% [markdown] lang="ko"
# 프로모션으로 들어온 사용자는 지도에 도달하는 비율(52%)도, 예약을 시도하는 비율(지도를 본 사람의
# 85%)도 가장 낮습니다. 그리고 예약을 시도한 사람 중 72%만 예약을 얻습니다(그다음으로 낮은 채널은
# 76%). 퍼널의 입구를 채우는 프로모션이 퍼널의 바닥까지 채우지는 않습니다.
# %% [markdown]
# ## See it: zoom into search/browse
#
# The customers said the search stage's need is "see which cars are free at the hour I set". In
# each visit, a user looks in some order: some **set the time first** (`time_set`), others start
# from zones (`zone_click`) or a car (`car_view`); some use the car-type filter. Which browse
# paths end in a reservation? We follow visits with an attempt.
# %% [markdown] lang="ko"
# ## 살펴보기: search/browse 확대해 보기
#
# 고객들은 탐색 단계의 니즈가 "내가 정한 시간에 어떤 차가 비어 있는지 보고 싶다"라고 말했습니다.
# 사용자는 방문할 때마다 어떤 순서로 둘러봅니다. 어떤 사람은 **시간부터 설정**하고(`time_set`), 어떤
# 사람은 존(`zone_click`)이나 차(`car_view`)부터 봅니다. 차종 필터를 쓰는 사람도 있습니다. 어떤 탐색
# 경로가 예약으로 끝날까요? 예약 시도가 있는 방문을 따라가 봅니다.
# %%
browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
visits = pd.DataFrame({"first_browse": browse.groupby("session_id")["event"].first().astype(str)})
for name in ["car_type_filter", "reservation_attempt", "reservation"]:
    visits[name] = visits.index.isin(events.loc[events["event"] == name, "session_id"])
tried = visits[visits["reservation_attempt"]]
tried.groupby("first_browse")["reservation"].agg(["size", "mean"]).round(2)

# %%
paths = pd.Series(
    {
        "set the time first": tried.loc[tried["first_browse"] == "time_set", "reservation"].mean(),
        "zone or car first": tried.loc[tried["first_browse"] != "time_set", "reservation"].mean(),
        "used the car-type filter": tried.loc[tried["car_type_filter"], "reservation"].mean(),
        "no filter": tried.loc[~tried["car_type_filter"], "reservation"].mean(),
    }
)
ax = paths.plot.barh(
    figsize=(8, 3.2),
    color=[style.PALETTE[c] for c in ("vermillion", "blue", "sky", "grey")],
)
ax.invert_yaxis()
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Visits that set the time first end in a reservation less often",
    xlabel="Attempts that became a reservation (%)",
    ylabel="Browse path",
)
plt.show()

# %% [markdown]
# When a visit starts by setting the time, 32% of attempts become a reservation; when it starts
# from a zone or a car, 38%. The filter helps a little. Over all users the gap looks modest;
# notebooks 04-06 ask whom it hurts most. A customer who sets the time first is
# asking exactly the journey map's question, "which car is free *then*?", and until App 3.0
# (March 2025, most of this log) the app did not answer it. That is a candidate pain point;
# notebooks 04-08 chase it down.
# %% [markdown] lang="ko"
# 방문이 시간 설정으로 시작하면 예약 시도의 32%가 예약이 되고, 존이나 차로 시작하면 38%가 됩니다.
# 필터는 조금 도움이 됩니다. 전체 사용자로 보면 차이가 크지 않아 보입니다. 누가 가장 큰 타격을
# 받는지는 04-06 노트북에서 묻습니다. 시간부터 설정하는 고객은 바로 고객 여정 지도의 질문, "*그
# 시간에* 어떤 차가 비어 있나?"를 묻고 있습니다. 그리고 앱 3.0(2025년 3월, 이 로그의 대부분)
# 전까지 앱은 그 질문에 답하지 않았습니다. 이것이 페인 포인트 후보입니다. 04-08 노트북에서 끝까지
# 추적합니다.
# %% [markdown]
# ## A trap: the mix shift (Simpson's paradox)
#
# A total can move one way while every segment moves the other, just because the **mix** of
# segments changed. First, check Bomcar: attempt -> reservation by membership, two months before
# and two months after the price rise of 1 November 2024.
# %% [markdown] lang="ko"
# ## 함정: 구성 변화(심슨의 역설)
#
# 세그먼트가 모두 한 방향으로 움직이는데 합계는 반대로 움직일 수 있습니다. 세그먼트의 **구성**이
# 바뀌었기 때문입니다. 먼저 봄카를 확인해 봅니다. 2024년 11월 1일 가격 인상 전 두 달과 후 두 달의
# 멤버십별 예약 시도 -> 예약 전환율입니다.
# %%
tries = log[log["event"].isin(["reservation_attempt", "reservation"])]
tries = tries[tries["timestamp"].between("2024-09-01", "2024-12-31 23:59:59")]
tries = tries.assign(
    period=(tries["timestamp"] >= "2024-11-01").map(
        {False: "before (Sep-Oct)", True: "after (Nov-Dec)"}
    )
)
n = tries.groupby(["membership", "period", "event"]).size().unstack("event")
rate = (n["reservation"] / n["reservation_attempt"]).unstack("period")
total = tries.groupby(["period", "event"]).size().unstack("event")
rate.loc["total"] = total["reservation"] / total["reservation_attempt"]
rate[["before (Sep-Oct)", "after (Nov-Dec)"]].round(2)

# %% [markdown]
# No paradox here: non-members fell from 25% to 22%, subscribers from 74% to 65%, and the
# total with them, from 35% to 32%. Segments and total tell the same story (the price rise
# hurt everyone). Bomcar's data has no real mix shift, so here is a **toy table, made up to
# show the idea (not Bomcar data)**.
#
# **Guess first:** in the toy, both segments convert worse in month B. Can the total be better?
# %% [markdown] lang="ko"
# 여기에는 역설이 없습니다. 비회원은 25%에서 22%로, 구독 회원은 74%에서 65%로 떨어졌고, 합계도
# 35%에서 32%로 함께 떨어졌습니다. 세그먼트와 합계가 같은 이야기를 합니다(가격 인상이 모두에게
# 타격을 줬습니다). 봄카 데이터에는 실제 구성 변화가 없으므로, **개념을 보여 주려고 지어낸 예시 표**(봄카
# 데이터가 아님)를 봅니다.
#
# **먼저 짐작해 보세요:** 예시에서 두 세그먼트 모두 B월에 전환율이 나빠집니다. 그래도 합계는 좋아질
# 수 있을까요?
# %%
toy = pd.DataFrame(  # TOY NUMBERS, invented for the lesson
    {
        "month": ["A", "A", "B", "B"],
        "segment": ["subscriber", "none", "subscriber", "none"],
        "attempts": [200, 800, 700, 300],
        "reservations": [120, 240, 385, 75],
    }
)
toy["conversion"] = toy["reservations"] / toy["attempts"]
toy_total = toy.groupby("month")[["attempts", "reservations"]].sum()
toy_total["conversion"] = toy_total["reservations"] / toy_total["attempts"]
display(toy)
toy_total

# %% [markdown]
# In the toy, subscribers fall from 60% to 55% and non-members from 30% to 25%, yet the total
# *rises* from 36% to 46%. Nothing got better: the attempts moved from the weak segment to the
# strong one (from 200 subscriber attempts out of 1,000 to 700). Whenever a total moves, check
# the segments and the mix before you celebrate or panic.
# %% [markdown] lang="ko"
# 예시에서 구독 회원은 60%에서 55%로, 비회원은 30%에서 25%로 떨어지는데 합계는 36%에서 46%로
# *올라갑니다*. 나아진 것은 없습니다. 예약 시도가 약한 세그먼트에서 강한 세그먼트로 옮겨 갔을
# 뿐입니다(구독 회원의 시도가 1,000건 중 200건에서 700건으로). 합계가 움직일 때마다 축하하거나
# 당황하기 전에 세그먼트와 구성을 확인하세요.
# %% [markdown]
# ## Exercise 6 (stretch): a session funnel within 30 minutes
#
# Combine two ideas: follow **sessions** (`user_col="session_id"`) with a **30-minute window**
# (`within="30min"`). How many sessions reach `ride_start` within 30 minutes of opening the
# app? Guess first: most of the 26,100 sessions that reach it without a window?
#
# <details><summary>Hint</summary>
#
# `funnel.funnel` takes `user_col=` and `within=` in the same call; read the `users` column
# of the `ride_start` row (here it counts sessions), and take the number out with `.item()`
# as in notebook 00: `t.loc[t["step"] == "ride_start", "users"].item()`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 6 (도전): 30분 안의 세션 퍼널
#
# 두 아이디어를 합칩니다. **세션**을 따라가면서(`user_col="session_id"`) **30분 전환 기간**을
# 둡니다(`within="30min"`). 앱을 연 뒤 30분 안에 `ride_start`에 도달하는 세션은 몇 개일까요? 먼저
# 짐작해 보세요. 전환 기간 없이 도달하는 세션 26,100개 중 대부분일까요?
#
# <details><summary>힌트</summary>
#
# `funnel.funnel`은 한 번의 호출에서 `user_col=`과 `within=`을 함께 받습니다. `ride_start` 행의
# `users` 열(여기서는 세션 수)을 읽고, 00 노트북에서처럼 `.item()`으로 숫자를 꺼내세요:
# `t.loc[t["step"] == "ride_start", "users"].item()`.
# </details>
# %% tags=["exercise"]
sessions_ride_30min = ...  # a number of sessions

# %% tags=["solution"]
quick = funnel.funnel(events, STEPS, user_col="session_id", within="30min")
sessions_ride_30min = quick.set_index("step").loc["ride_start", "users"]

# %%
ex6.check(sessions_ride_30min)

# %% [markdown]
# Only 200 sessions: people book a car for later (the ride starts from 15 minutes to a day
# after the booking). A 30-minute window is right for "does a visit end in a reservation?" and
# wrong for "does it end in a ride?". Fit the window to the step you measure.
# %% [markdown] lang="ko"
# 겨우 200개 세션입니다. 사람들은 나중에 탈 차를 예약합니다(운행은 예약 후 15분에서 하루 사이에
# 시작합니다). 30분 기간은 "방문이 예약으로 끝나는가?"에는 맞고 "방문이 운행으로 끝나는가?"에는 맞지
# 않습니다. 전환 기간은 측정하는 단계에 맞추세요.
# %% [markdown]
# ## So what
#
# * **Decide where to look.** Bomcar's biggest leak is between pressing *Reserve* and getting a
#   reservation, it is worst for visits that set the time first, and it is worst for some
#   segments (promotion users, non-members). That is where the next notebooks dig.
# * **Name the unit, the window and the bucket** next to every conversion number: per user or
#   per visit, within how long, by cohort or calendar month, test accounts out.
#
# **The trap to avoid:** reading one total conversion rate and acting on it. A total can be
# pushed by test accounts, by the window you forgot, by a promotion cohort landing in another
# month, or by a mix shift in which every segment got worse.
# %% [markdown] lang="ko"
# ## 그래서 무엇을 할까
#
# * **어디를 볼지 정합니다.** 봄카의 가장 큰 누수는 *예약*을 누른 뒤 예약을 얻기까지입니다. 시간부터
#   설정하는 방문에서 가장 심하고, 일부 세그먼트(프로모션 사용자, 비회원)에서 가장 심합니다. 다음
#   노트북들은 여기를 파고듭니다.
# * 전환율 숫자 옆에는 항상 **단위, 기간, 묶는 기준**을 쓰세요. 사용자 기준인지 방문 기준인지,
#   얼마 동안인지, 코호트인지 달력 월인지, 테스트 계정을 뺐는지.
#
# **피해야 할 함정:** 전체 전환율 하나만 읽고 행동하는 것. 합계는 테스트 계정, 잊어버린 전환 기간,
# 다른 달에 잡힌 프로모션 코호트, 모든 세그먼트가 나빠졌는데도 생기는 구성 변화 때문에 움직일 수
# 있습니다.
# %% [markdown]
# ## Recap
#
# * A journey map lists stages, what customers can do and need at each, and the AARRR step;
#   the first completed ride is Activation (and Revenue), coming back after it is Retention.
# * Needs are read from the voice of the customer: tag reviews and tickets by theme, count by
#   stage and segment, write the need in the customer's words (never "more sign-ups").
# * `funnel.funnel(events, steps)` counts users through ordered steps; `user_col=`, `within=`
#   and `by=` switch to sessions, a conversion window and one funnel per segment.
# * Bomcar loses the most users between reservation attempt and reservation (22% of those who
#   try), and per visit only 36% of attempts succeed.
# * Metric hygiene: unique users vs events, a conversion window, cohorts vs calendar months,
#   test accounts out; and check for a mix shift before trusting a total.
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 정리
#
# * 고객 여정 지도는 단계, 단계마다 고객이 할 수 있는 것과 필요로 하는 것, 그리고 AARRR 단계를
#   나열합니다. 첫 운행 완료는 활성화(그리고 수익)이고, 그 뒤에 다시 오는 것이 유지입니다.
# * 니즈는 고객의 소리에서 읽습니다. 리뷰와 문의에 테마 태그를 붙이고, 단계와 세그먼트별로 세고,
#   니즈를 고객의 말로 씁니다("가입자 늘리기"는 절대 니즈가 아닙니다).
# * `funnel.funnel(events, steps)`은 순서가 있는 단계를 따라 사용자를 셉니다. `user_col=`,
#   `within=`, `by=`로 세션 기준, 전환 기간, 세그먼트별 퍼널로 바꿉니다.
# * 봄카는 예약 시도와 예약 사이에서 가장 많은 사용자를 잃습니다(시도한 사람의 22%). 방문 기준으로는
#   예약 시도의 36%만 성공합니다.
# * 지표 정합성 점검: 순 사용자 수 vs 이벤트 수, 전환 기간, 코호트 대 달력 월, 테스트 계정 빼기.
#   그리고 합계를 믿기 전에 구성 변화를 확인하세요.
#
# {{nav}}
