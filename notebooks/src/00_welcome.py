# %% [markdown]
# # 00 · Welcome: Bomcar, its data, and how this course works
#
# **Start here** · [Course map ↓](#The-course-map) · {{nav}} ·
# [한국어판 (Korean edition)](ko/00_welcome.ipynb)
#
# > **What you will learn**
# > - how to run a notebook, answer an exercise, get a hint and see a worked solution
# > - who Bomcar (봄카) is: the fictional car-sharing company whose data you will explore
# > - what is in the data: five tables, 18 months, one "today"
# > - where the course goes: the map of all 11 notebooks, and the glossary of terms
# >
# > **Time:** {{time}} · **You need:** nothing but this page. No Python experience is
# > expected: every piece of code you need is shown, and you only change small bits of it.
# >
# > **All data in this course is synthetic.** Bomcar is a made-up company; no number here
# > describes a real one.
# %% [markdown] lang="ko"
# # 00 · 환영합니다: 봄카, 봄카의 데이터, 그리고 이 코스를 공부하는 법
#
# **여기서 시작하세요** · [코스 지도 ↓](#코스-지도) · {{nav}} · [English edition](../notebooks/00_welcome.ipynb)
#
# > **배울 내용**
# > - 노트북을 실행하고, 연습 문제에 답하고, 힌트를 받고, 풀이를 보는 법
# > - 봄카(Bomcar)는 어떤 회사인가: 앞으로 데이터를 살펴볼 가상의 카셰어링 회사
# > - 데이터에 무엇이 있는가: 표 다섯 개, 18개월, 그리고 하나의 "오늘"
# > - 코스는 어디로 가는가: 노트북 11개의 지도와 용어집
# >
# > **소요 시간:** {{time}} · **준비물:** 이 페이지뿐입니다. 파이썬 경험은 없어도 됩니다: 필요한
# > 코드는 모두 보여 드리고, 여러분은 그중 작은 부분만 바꿉니다.
# >
# > **이 코스의 데이터는 모두 합성 데이터입니다.** 봄카는 지어낸 회사이고, 여기 나오는 어떤
# > 숫자도 실제 회사를 나타내지 않습니다.
# %% [markdown]
# ## Why this course
#
# A product manager is surrounded by numbers: sign-ups, app opens, revenue, ratings. This
# course follows one method, step by step, to answer two questions that matter more: **which
# customers are most important to us in the long run, and what should we do for them?**
#
# 1. pick the one number that shows customers getting value (the north star, 북극성 지표);
# 2. map the customer's journey and find where they drop off (the funnel);
# 3. split customers into segments, and place them on a quadrant;
# 4. connect the business goals to what those customers need;
# 5. check the answer with cohorts and an A/B test.
#
# You do it all on one company's data, with exercises that check your answer at once.
# %% [markdown] lang="ko"
# ## 왜 이 코스인가
#
# PM은 숫자에 둘러싸여 일합니다: 가입, 앱 실행, 매출, 평점. 이 코스는 하나의 방법을 단계별로
# 따라가며 그보다 중요한 두 질문에 답합니다: **장기적으로 우리에게 가장 중요한 고객은 누구이고,
# 그 고객을 위해 무엇을 해야 할까?**
#
# 1. 고객이 가치를 얻고 있음을 보여 주는 숫자 하나를 고릅니다(북극성 지표);
# 2. 고객 여정을 그리고 고객이 어디서 떠나는지 찾습니다(퍼널);
# 3. 고객을 세그먼트로 나누고, 사분면에 놓습니다;
# 4. 비즈니스 목표를 그 고객들의 니즈와 연결합니다;
# 5. 코호트와 A/B 테스트로 답을 검증합니다.
#
# 이 모든 과정을 한 회사의 데이터로, 답을 바로 확인해 주는 연습 문제와 함께 진행합니다.
# %% [markdown]
# ## How to use this kit
#
# A notebook is a list of **cells**: text cells like this one, and **code cells** (grey
# boxes). To run a code cell, click it and press **Shift+Enter**: the code runs, its result
# appears under it, and the next cell is selected. Run the cells **from top to bottom**: a
# later cell often needs something an earlier one made.
#
# Run the cell below now. It loads the course's tools; it shows nothing, and that is fine.
# %% [markdown] lang="ko"
# ## 이 키트 사용법
#
# 노트북은 **셀**의 목록입니다: 지금 읽는 것 같은 텍스트 셀과 **코드 셀**(회색 상자)이
# 있습니다. 코드 셀을 실행하려면 셀을 클릭하고 **Shift+Enter**를 누르세요: 코드가 실행되고, 그
# 아래에 결과가 나오고, 다음 셀이 선택됩니다. 셀은 **위에서 아래로** 실행하세요: 뒤의 셀은 앞의
# 셀이 만든 것을 쓰는 경우가 많습니다.
#
# 아래 셀을 지금 실행하세요. 코스의 도구를 불러옵니다. 아무것도 보이지 않는데, 그게 정상입니다.
# %%
import matplotlib.pyplot as plt
import pandas as pd

from course import data
from course.checks import nb00 as checks
from helpers import i18n, style

i18n.set_language("en")
style.use_course_style()

# %% [markdown]
# Now a cell that shows something: the data's "today". Bomcar's data stops the day before.
# %% [markdown] lang="ko"
# 이번에는 무언가를 보여 주는 셀입니다: 데이터의 "오늘". 봄카의 데이터는 그 전날에서 끝납니다.
# %%
data.TODAY

# %% [markdown]
# ### Exercises, verdicts, hints and solutions
#
# Exercises look like this: a code cell with `...` where your answer goes.
#
# ```python
# answer = ...   # replace the ... with your answer
# ```
#
# 1. Replace the `...` with your answer and run the cell (Shift+Enter).
# 2. Run the **check cell** under it. It prints a verdict: *Correct!*, *Not yet* with what is
#    wrong, or *Not answered yet* if the `...` is still there. That never breaks anything:
#    you can skip an exercise and carry on.
# 3. Each wrong try gets a **hint**, more specific each time. There is also a folded
#    **Hint** box in the text above each exercise.
# 4. Stuck? Click **Show a worked solution** under the exercise to unfold it. Try first: you
#    learn much more from a wrong answer and a hint than from reading a solution.
#
# **Lost?** Red error text is normal while learning. Read its last line; usually a name is
# misspelt or a cell above was not run. If things get tangled, use the menu **Kernel →
# Restart Kernel and Run All Cells...** (or **Run → Run All Above Selected Cell**) to start
# clean. On Binder your changes are lost when you close the tab: use **File → Download** to
# keep them. A copy of each notebook with all solutions filled in is in the `solutions`
# folder.
# %% [markdown] lang="ko"
# ### 연습 문제, 판정, 힌트, 풀이
#
# 연습 문제는 이렇게 생겼습니다: 답을 넣을 자리에 `...`가 있는 코드 셀입니다.
#
# ```python
# answer = ...   # ... 자리에 답을 넣으세요
# ```
#
# 1. `...`를 여러분의 답으로 바꾸고 셀을 실행하세요(Shift+Enter).
# 2. 그 아래의 **확인 셀**을 실행하세요. 판정이 나옵니다: *정답입니다!*, 무엇이 틀렸는지
#    알려 주는 *아직 아닙니다*, 또는 `...`가 그대로면 *아직 답하지 않았습니다*. 어느 경우에도
#    아무것도 망가지지 않습니다: 연습 문제를 건너뛰고 계속해도 됩니다.
# 3. 틀릴 때마다 **힌트**가 나오고, 시도할수록 더 구체적이 됩니다. 각 연습 문제 위의 텍스트에도
#    접혀 있는 **힌트** 상자가 있습니다.
# 4. 막혔나요? 연습 문제 아래의 **풀이 보기**를 클릭하면 풀이가 펼쳐집니다. 먼저 직접 해
#    보세요: 풀이를 읽을 때보다 틀린 답과 힌트에서 훨씬 많이 배웁니다.
#
# **길을 잃었나요?** 배우는 동안 빨간 오류 메시지는 흔한 일입니다. 마지막 줄을 읽어 보세요.
# 대개 이름의 철자가 틀렸거나 위의 셀을 실행하지 않은 경우입니다. 꼬였다면 메뉴의 **Kernel →
# Restart Kernel and Run All Cells...**(또는 **Run → Run All Above Selected Cell**)로 처음부터
# 깨끗하게 다시 실행하세요. Binder에서는 탭을 닫으면 바꾼 내용이 사라집니다: **File →
# Download**로 저장해 두세요. 모든 풀이가 채워진 노트북은 `solutions` 폴더에 있습니다.
# %% [markdown]
# ## The company: Bomcar (봄카)
#
# **Bomcar** is a fictional Korean car-sharing app. Cars wait in parking zones in Seoul,
# Gyeonggi, Incheon, Busan, Daegu and Jeju. A customer:
#
# 1. opens the app and looks at the map of zones;
# 2. searches and browses (탐색/조회): sets a time, filters by car type, clicks zones, views
#    cars;
# 3. tries to reserve a car, and may get it (or not: the car is taken, the card fails);
# 4. picks the car up, drives, and **returns** it (반납) to the zone: a completed ride.
#
# Individual customers pay by card when they return the car. **Corporate accounts and
# membership subscribers get one invoice a month** for the previous month's rides.
#
# Bomcar launched on 1 January 2024. The data covers **18 months**, up to 30 June 2025;
# "today" is **1 July 2025**. Along the way Bomcar ran a promotion, raised its prices and
# shipped new app versions, all listed in a small calendar table.
# %% [markdown] lang="ko"
# ## 회사: 봄카(Bomcar)
#
# **봄카**는 가상의 한국 카셰어링 앱입니다. 차는 서울, 경기, 인천, 부산, 대구, 제주의 주차
# 존에서 기다립니다. 고객은:
#
# 1. 앱을 열고 존 지도를 봅니다;
# 2. 탐색/조회합니다: 시간을 정하고, 차종으로 거르고, 존을 누르고, 차를 봅니다;
# 3. 차를 예약하려고 시도하고, 예약에 성공합니다(또는 차가 이미 나갔거나 카드 결제가 실패해
#    실패합니다);
# 4. 차를 가져가 운전하고, 존에 **반납**합니다: 운행 완료입니다.
#
# 개인 고객은 차를 반납할 때 카드로 결제합니다. **법인 회원과 멤버십 구독 회원은 한 달에 한 번
# 청구서를 받습니다**. 지난달 운행분입니다.
#
# 봄카는 2024년 1월 1일에 출시했습니다. 데이터는 2025년 6월 30일까지 **18개월**이고,
# "오늘"은 **2025년 7월 1일**입니다. 그동안 봄카는 프로모션을 하고, 가격을 올리고, 새 앱
# 버전을 냈습니다. 모두 작은 캘린더 표에 있습니다.
# %% [markdown]
# ## See it: the data in five tables
#
# `course.data` loads each table, ready to use (dates as dates, Bomcar's internal test
# accounts left out):
# %% [markdown] lang="ko"
# ## 살펴보기: 표 다섯 개로 된 데이터
#
# `course.data`는 표를 하나씩 바로 쓸 수 있게 불러옵니다(날짜는 날짜로, 봄카의 내부 테스트
# 계정은 뺀 채로):
# %%
users = data.load_users()
events = data.load_events()
rides = data.load_rides()
payments = data.load_payments()
calendar = data.load_calendar()

# %%
sizes = {
    "users": users,
    "events": events,
    "rides": rides,
    "payments": payments,
    "calendar": calendar,
}
pd.Series({name: len(table) for name, table in sizes.items()}, name="rows")

# %% [markdown]
# | table | one row is ... | rows |
# |---|---|---|
# | `users` | a customer, with sign-up time, channel, region, age band, membership | 10,000 |
# | `events` | one thing a user did in the app (open, search, reserve, return, ...) | 801,738 |
# | `rides` | a completed ride, with its fare in KRW and how it is billed | 26,100 |
# | `payments` | money received: a card payment or a monthly invoice | 18,771 |
# | `calendar` | something Bomcar did: a promotion, a price change, an app release | 8 |
#
# Every column is explained in the [data dictionary](../data/README.md). A first look at
# three users:
# %% [markdown] lang="ko"
# | 표 | 행 하나는 ... | 행 수 |
# |---|---|---|
# | `users` | 고객 한 명: 가입 시각, 채널, 지역, 연령대, 멤버십 | 10,000 |
# | `events` | 사용자가 앱에서 한 일 하나(열기, 검색, 예약, 반납, ...) | 801,738 |
# | `rides` | 운행 완료 한 건: 원화(KRW) 요금과 청구 방식 | 26,100 |
# | `payments` | 받은 돈: 카드 결제 한 건 또는 월 청구서 한 장 | 18,771 |
# | `calendar` | 봄카가 한 일: 프로모션, 가격 변경, 앱 출시 | 8 |
#
# 모든 열은 [데이터 사전](../data/README.ko.md)에 설명되어 있습니다. 먼저 사용자 세 명을
# 봅시다:
# %%
users.head(3)

# %% [markdown]
# Each user has an id (`user_id`, used in every table), a sign-up time and a few traits. The
# event log is the richest table. Here are its first rows, one user's first visit:
# %% [markdown] lang="ko"
# 사용자마다 id(`user_id`, 모든 표에서 쓰임), 가입 시각, 몇 가지 특성이 있습니다. 가장 풍부한
# 표는 이벤트 로그입니다. 첫 행들은 한 사용자의 첫 방문입니다:
# %%
events.head(6)

# %% [markdown]
# Each row is one event: who (`user_id`), which visit (`session_id`), when (`timestamp`),
# what (`event`) and where (`zone`, `car_type` when they apply). The event names, roughly in
# the order of a customer's journey:
#
# | event | what happened |
# |---|---|
# | `app_open` | the user opened the app (a new visit) |
# | `map_view`, `time_set`, `car_type_filter`, `zone_click`, `car_view` | search and browse: the map, a time, a car-type filter, a zone, a car |
# | `reservation_attempt` | pressed "reserve" |
# | `reservation`, `payment_failure` | the reservation went through, or the card failed |
# | `cancellation` | a reservation was cancelled before the ride |
# | `ride_start`, `return` | picked the car up; brought it back: a **completed ride** |
# | `accident_report`, `coupon_use`, `referral` | reported an accident, used a coupon, invited a friend |
#
# When does the log start and end?
# %% [markdown] lang="ko"
# 행 하나가 이벤트 하나입니다: 누가(`user_id`), 어느 방문에서(`session_id`), 언제
# (`timestamp`), 무엇을(`event`), 어디서(해당하면 `zone`, `car_type`). 이벤트 이름을 대략 고객
# 여정 순서로 보면:
#
# | event | 일어난 일 |
# |---|---|
# | `app_open` | 사용자가 앱을 열었음(새 방문) |
# | `map_view`, `time_set`, `car_type_filter`, `zone_click`, `car_view` | 탐색/조회: 지도, 시간, 차종 필터, 존, 차 |
# | `reservation_attempt` | "예약"을 눌렀음 |
# | `reservation`, `payment_failure` | 예약이 됐거나, 카드 결제가 실패했음 |
# | `cancellation` | 운행 전에 예약을 취소했음 |
# | `ride_start`, `return` | 차를 가져갔음; 차를 반납했음: **운행 완료** |
# | `accident_report`, `coupon_use`, `referral` | 사고 신고, 쿠폰 사용, 친구 초대 |
#
# 로그는 언제 시작해서 언제 끝날까요?
# %%
events["timestamp"].min(), events["timestamp"].max()

# %% [markdown]
# From the morning of 1 January 2024 to the night of 30 June 2025: 18 months.
# %% [markdown] lang="ko"
# 2024년 1월 1일 아침부터 2025년 6월 30일 밤까지: 18개월입니다.
# %% [markdown]
# ## Exercise 1 (easy): how many users does Bomcar have?
#
# Set `n_users` to the number of users (without the internal test accounts, which
# `data.load_users()` already leaves out).
#
# <details><summary>Hint</summary>
#
# One row of `users` is one user. `len(table)` counts the rows of a table.
#
# </details>
# %% [markdown] lang="ko"
# ## 연습 1 (쉬움): 봄카의 사용자는 몇 명일까?
#
# `n_users`에 사용자 수를 넣으세요(내부 테스트 계정 제외: `data.load_users()`가 이미 뺐습니다).
#
# <details><summary>힌트</summary>
#
# `users`의 행 하나가 사용자 한 명입니다. `len(table)`은 표의 행을 셉니다.
#
# </details>
# %% tags=["exercise"]
n_users = ...

# %% tags=["solution"]
n_users = len(users)

# %%
ex_users = checks.n_users()
ex_users.check(n_users)

# %% [markdown]
# Try a wrong number too, e.g. `n_users = len(events)`, to see what a hint looks like.
# %% [markdown] lang="ko"
# 틀린 숫자도 넣어 보세요. 예를 들어 `n_users = len(events)`로 힌트가 어떻게 생겼는지
# 확인하세요.
# %% [markdown]
# ## A first picture: sign-ups per month
#
# How many people signed up each month? `dt.to_period("M")` turns each sign-up time into
# its month; `value_counts()` counts the rows per month.
# %% [markdown] lang="ko"
# ## 첫 그림: 월별 가입
#
# 매달 몇 명이 가입했을까요? `dt.to_period("M")`은 가입 시각을 그 달로 바꾸고,
# `value_counts()`는 달마다 행을 셉니다.
# %% tags=["deck-figure"]
signups = users["signup_at"].dt.to_period("M").value_counts().sort_index()
fig, ax = plt.subplots(figsize=(9, 4))
ax.bar(signups.index.to_timestamp(), signups, width=20, color=style.PALETTE["blue"])
style.takeaway(
    ax,
    "Sign-ups grew over the 18 months, and one month stands out",
    xlabel="Month of sign-up",
    ylabel="Users who signed up",
)
plt.show()

# %% [markdown] tags=["deck-question"]
# Sign-ups grew over the 18 months, but one bar towers over the others. What happened that
# month? And did it matter? Keep the question: [notebook 01](01_north_star.ipynb) answers
# it, and the answer is one of the most useful lessons in the course.
# %% [markdown] lang="ko"
# 가입은 18개월 동안 늘었지만, 막대 하나가 다른 막대들보다 훨씬 높습니다. 그 달에 무슨 일이
# 있었을까요? 그리고 그게 중요했을까요? 이 질문을 기억해 두세요:
# [01 노트북](01_north_star.ipynb)이 답하고, 그 답은 이 코스에서 가장 쓸모 있는 교훈 중
# 하나입니다.
# %% [markdown]
# ## Taking one number out of a table
#
# Many answers in this course are **one number that sits in a table**. How many people
# signed up in June 2024? Put the counts in a table with a `month` and a `users`
# column, then keep the row you want and the column you want with
# `table.loc[which rows, which column]`:
# %% [markdown] lang="ko"
# ## 표에서 숫자 하나 꺼내기
#
# 이 코스의 답 중 상당수는 **표 안에 있는 숫자 하나**입니다. 2024년 6월에는 몇 명이
# 가입했을까요? 월별 가입 수를 `month` 열과 `users` 열이 있는 표에 넣고,
# `table.loc[어떤 행, 어떤 열]`로 원하는 행과 원하는 열만 남기세요:
# %%
per_month = signups.rename_axis("month").reset_index(name="users")
june = per_month.loc[per_month["month"] == "2024-06", "users"]
june

# %% [markdown]
# That is still a small table: one row, shown with its row number (5) on the left. Add
# **`.item()`** to take the number itself out of it:
# %% [markdown] lang="ko"
# 아직 작은 표입니다: 행 하나가 왼쪽에 행 번호(5)와 함께 보입니다. **`.item()`**을 붙이면
# 숫자 자체를 꺼냅니다:
# %%
june.item()

# %% [markdown]
# 390 users signed up in June 2024. Remember `.item()`: whenever a filter leaves
# exactly one value and you need the number, end with it. (The checkers accept a one-row
# answer too, and remind you of `.item()`.)
# %% [markdown] lang="ko"
# 2024년 6월에는 390명이 가입했습니다. `.item()`을 기억하세요: 필터가 값을 정확히 하나 남기고
# 그 숫자가 필요할 때는 끝에 붙입니다. (확인 셀은 행 하나짜리 답도 받아 주고, `.item()`을
# 알려 줍니다.)
# %% [markdown]
# ## Exercise 2 (easy): which month had the most sign-ups?
#
# Read it off the chart, then let pandas find it: set `peak_month` to that month, e.g.
# `"2024-03"`.
#
# <details><summary>Hint</summary>
#
# `signups` (from the cell above) holds one count per month. `signups.idxmax()` gives the
# month with the largest count.
#
# </details>
# %% [markdown] lang="ko"
# ## 연습 2 (쉬움): 가입이 가장 많은 달은?
#
# 차트에서 읽은 다음 pandas로 찾으세요: `peak_month`에 그 달을 넣으세요. 예: `"2024-03"`.
#
# <details><summary>힌트</summary>
#
# `signups`(위 셀에서 만든 것)에는 달마다 가입 수가 하나씩 있습니다. `signups.idxmax()`는 가입
# 수가 가장 큰 달을 줍니다.
#
# </details>
# %% tags=["exercise"]
peak_month = ...  # e.g. "2024-03"

# %% tags=["solution"]
peak_month = signups.idxmax()
peak_month

# %%
ex_peak = checks.peak_signup_month()
ex_peak.check(peak_month)

# %% [markdown]
# ## Exercise 3 (medium): what share of users completed a ride?
#
# Bomcar sells rides. What share of its users have completed at least one ride (a `return`
# event)? Give a share between 0 and 1, e.g. `0.25` for a quarter.
#
# <details><summary>Hint</summary>
#
# Keep only the `return` events: `events[events["event"] == "return"]`. Count the
# *different* users among them with `["user_id"].nunique()`, then divide by the number of
# users.
#
# </details>
# %% [markdown] lang="ko"
# ## 연습 3 (보통): 운행을 완료한 사용자의 비율은?
#
# 봄카는 운행을 팝니다. 사용자 중 운행을 한 번 이상 완료한(`return` 이벤트가 있는) 사용자의
# 비율은 얼마일까요? 0과 1 사이의 비율로 답하세요. 예: 네 명 중 한 명이면 `0.25`.
#
# <details><summary>힌트</summary>
#
# `return` 이벤트만 남기세요: `events[events["event"] == "return"]`. 그 안의 *서로 다른*
# 사용자를 `["user_id"].nunique()`로 세고, 사용자 수로 나누세요.
#
# </details>
# %% tags=["exercise"]
share_riders = ...

# %% tags=["solution", "deck-number"]
returns = events[events["event"] == "return"]
share_riders = returns["user_id"].nunique() / len(users)
share_riders

# %%
ex_riders = checks.share_riders()
ex_riders.check(share_riders)

# %% [markdown]
# Only **58%** of users have completed a ride (5,768 of 10,000 users). More than four in
# ten of the people who signed up never got what Bomcar sells. Which of them matter, and what stopped
# the rest? That is what the rest of the course works out.
# %% [markdown] lang="ko"
# 사용자의 **58%**만 운행을 완료했습니다(10,000명 중 5,768명). 가입한 사람 열 명 중 넷 이상은
# 봄카가 파는 것을 한 번도 받지 못했습니다. 그중 누가 중요하고, 나머지는 무엇에 막혔을까요?
# 그것이 이 코스의 나머지에서 풀어 갈 문제입니다.
# %% [markdown]
# ## The course map
#
# The course index. Each notebook takes one step of the method; do them in order. Times are
# for a workshop; alone, take as long as you like.
#
# | # | notebook | time | what you will do |
# |---|---|---|---|
# {{course-map}}
# %% [markdown] lang="ko"
# ## 코스 지도
#
# 코스 목차입니다. 노트북마다 방법의 한 단계를 다룹니다. 순서대로 진행하세요. 시간은 워크숍
# 기준이며, 혼자라면 원하는 만큼 쓰세요.
#
# | # | 노트북 | 시간 | 할 일 |
# |---|---|---|---|
# {{course-map}}
# %% [markdown]
# ## Glossary: ten key terms
#
# The course uses Korean terms beside the English ones, as Korean product teams do. The
# full list of terms, with a one-line meaning each, is in the
# [glossary](../docs/glossary.md). Ten you will meet first:
#
# | English | 한국어 | meaning |
# |---|---|---|
# | north star metric | 북극성 지표 | the one number that shows customers getting the product's core value |
# | lagging indicator | 후행 지표 | a metric that moves after the fact, e.g. revenue |
# | leading indicator | 선행 지표 | a metric that moves first, early enough to act on |
# | input metric | 투입 지표 | a metric a team can move that drives the north star |
# | customer journey map | 고객 여정 지도 | the stages a customer goes through, with what they do and need at each |
# | segment | 세그먼트 | a group of customers who share a situation or trait |
# | quadrant | 사분면 | a 2 × 2 map of segments (here: reservation attempts vs completed rides) |
# | cohort analysis | 코호트 분석 | following groups who started at the same time (or did the same thing) over time |
# | return | 반납 | bringing the car back: Bomcar's completed ride |
# | search/browse | 탐색/조회 | looking for a car: map, time, car type, zone, car |
# %% [markdown] lang="ko"
# ## 용어집: 핵심 용어 열 개
#
# 이 코스는 한국 프로덕트 팀이 그러듯 영어 용어와 한국어 용어를 함께 씁니다. 한 줄 뜻이 달린
# 전체 용어 목록은 [용어집](../docs/ko/glossary.md)에 있습니다. 먼저 만날 열 개:
#
# | English | 한국어 | 뜻 |
# |---|---|---|
# | north star metric | 북극성 지표 | 고객이 제품의 핵심 가치를 얻고 있음을 보여 주는 숫자 하나 |
# | lagging indicator | 후행 지표 | 일이 일어난 뒤에 움직이는 지표. 예: 매출 |
# | leading indicator | 선행 지표 | 먼저 움직여서 손쓸 시간을 주는 지표 |
# | input metric | 투입 지표 | 팀이 움직일 수 있고 북극성 지표를 끌어올리는 지표 |
# | customer journey map | 고객 여정 지도 | 고객이 거치는 단계와, 단계마다 하는 일과 필요한 것 |
# | segment | 세그먼트 | 상황이나 특성을 공유하는 고객 그룹 |
# | quadrant | 사분면 | 세그먼트를 놓는 2 × 2 지도(여기서는 예약 시도 대 운행 완료) |
# | cohort analysis | 코호트 분석 | 같은 시기에 시작한(또는 같은 일을 한) 그룹을 시간에 따라 따라가기 |
# | return | 반납 | 차를 돌려놓는 것: 봄카의 운행 완료 |
# | search/browse | 탐색/조회 | 차를 찾는 것: 지도, 시간, 차종, 존, 차 |
# %% [markdown]
# ## So what
#
# You now know the company, the five tables and how to work through an exercise. Everything
# that follows is built from these tables, with the same few pandas moves: filter rows,
# count, group by month.
#
# **The trap to avoid:** trusting a number before you know what it counts. `events` has
# 801,738 rows but Bomcar has 10,000 users; the raw files also hold internal test accounts.
# Always ask: *one row is what?* and *who is left out?*
# %% [markdown] lang="ko"
# ## 그래서 무엇을
#
# 이제 회사, 표 다섯 개, 연습 문제 푸는 법을 알았습니다. 앞으로의 모든 내용은 이 표들로, 몇
# 가지 같은 pandas 동작으로 만듭니다: 행 거르기, 세기, 월별로 묶기.
#
# **피해야 할 함정:** 무엇을 세는지 알기 전에 숫자를 믿는 것. `events`는 801,738행이지만 봄카의
# 사용자는 10,000명입니다. 원본 파일에는 내부 테스트 계정도 들어 있습니다. 늘 물어보세요:
# *행 하나는 무엇인가?* 그리고 *누가 빠졌는가?*
# %% [markdown]
# ## Recap
#
# - Shift+Enter runs a cell; replace `...`, run the check, read the verdict and the hint;
#   the worked solution is folded under each exercise.
# - Bomcar (봄카) is a fictional car-sharing app; the data is synthetic, 18 months, "today"
#   is 2025-07-01.
# - Five tables: users, events, rides, payments, calendar. A completed ride is a `return`.
# - One month's sign-ups stand out, and more than four in ten users never rode. Notebook 01 starts
#   from there.
#
# **Start here** · [Course map ↑](#The-course-map) · {{nav}}
# %% [markdown] lang="ko"
# ## 요약
#
# - Shift+Enter로 셀을 실행합니다. `...`를 바꾸고, 확인 셀을 실행하고, 판정과 힌트를 읽으세요.
#   풀이는 연습 문제마다 아래에 접혀 있습니다.
# - 봄카(Bomcar)는 가상의 카셰어링 앱입니다. 데이터는 합성 데이터이고, 18개월이며, "오늘"은
#   2025-07-01입니다.
# - 표 다섯 개: users, events, rides, payments, calendar. 운행 완료는 `return`입니다.
# - 한 달의 가입이 유독 튀고, 사용자 열 명 중 넷 이상은 한 번도 타지 않았습니다. 01 노트북은
#   거기서 시작합니다.
#
# **여기서 시작하세요** · [코스 지도 ↑](#코스-지도) · {{nav}}
