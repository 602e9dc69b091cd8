# %% [markdown]
# # 07 · Cohort analysis: check the story before you bet on it
#
# {{nav}}
#
# > **What you will learn**
# > - build a monthly sign-up cohort table by hand, then with one helper, and draw it as a
# >   heatmap
# > - why the empty cells of young cohorts mean "not yet", not zero (right-censoring)
# > - the three readings of a cohort table: one cohort over time (a row), cohorts against
# >   each other at the same age (a column), old users vs new users - and the calendar
# >   diagonal as a fourth
# > - behavioural cohorts month by month inside the important customer: the pain point, and
# >   the app release that helped there and nowhere else
# > - tell confounders apart - a price change, summer, a promotion month - and split each
# >   month's active users into new, retained, resurrected and dormant
# >
# > **Time:** {{time}}.
# >
# > **You need:** [06 Sync the views](06_sync_views.ipynb) (the important customer and its
# > time-first pain).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown] lang="ko"
# # 07 · 코호트 분석: 베팅하기 전에 이야기를 검증하기
#
# {{nav}}
#
# > **배울 내용**
# > - 월별 가입 코호트 표를 손으로, 그다음 헬퍼 하나로 만들고 히트맵으로 그리기
# > - 어린 코호트의 빈 칸이 "없음"이 아니라 "아직"을 뜻하는 이유(우측 중도절단)
# > - 코호트 표를 읽는 세 가지 방법: 한 코호트의 시간에 따른 변화(행), 같은 나이에서 코호트끼리
# >   비교(열), 기존 사용자 대 신규 사용자. 그리고 네 번째로 달력 대각선
# > - 중요한 고객 안에서 달마다 보는 행동 코호트: 페인 포인트, 그리고 그곳에서만 효과를 낸 앱 출시
# > - 교란 변수(가격 변경, 여름, 프로모션 달) 구별하기, 그리고 매달의 활성 사용자를 신규, 유지,
# >   복귀, 휴면으로 나누기
# >
# > **소요 시간:** {{time}}.
# >
# > **먼저 볼 노트북:** [06 두 관점 맞추기](06_sync_views.ipynb)(중요한 고객과 그 고객의 시간 먼저
# > 설정 불편).
#
# 여기 나오는 데이터는 모두 **합성 데이터**입니다. 봄카는 가상의 카셰어링 회사입니다.
# %% [markdown]
# ## Why: a monthly total mixes people who are not alike
#
# In notebook 06 you chose the important customer: pay-per-ride members who have not got
# going yet (the action-needed combinations of notebook 04), whose search sessions that set
# the time first rarely end in a reservation. Before the team bets
# a quarter on fixing that, check it. A monthly total cannot: it mixes users who signed up
# last week with users from last year, promotion users with organic ones, summer with winter.
#
# A **cohort** (코호트) is a group of users who share a starting point, followed over time.
# **Cohort analysis** (코호트 분석) compares those groups at the same age:
#
# - an **acquisition cohort** groups users by *when* they started - here, the sign-up month;
# - a **behavioural cohort** (행동 코호트) groups users or sessions by *what they did* - e.g.
#   "set the time first on the map".
#
# A cohort table has one row per cohort, one column per **age** (months since sign-up),
# and a metric in each cell.
# %% [markdown] lang="ko"
# ## 왜: 월간 합계는 서로 다른 사람들을 섞는다
#
# 06 노트북에서 중요한 고객을 골랐습니다. 아직 자리를 잡지 못한 건별 결제 회원(04 노트북의 뭘
# 망설일까 유형 조합)으로, 시간을 먼저 설정한 탐색 세션이 좀처럼 예약으로 끝나지 않는 고객입니다.
# 팀이 이 문제를 고치는 데 한 분기를 걸기 전에 검증해야 합니다. 월간 합계로는 검증할 수 없습니다.
# 지난주에 가입한 사용자와 작년에 가입한 사용자, 프로모션으로 온 사용자와 자연 유입 사용자, 여름과
# 겨울이 한데 섞이기 때문입니다.
#
# **코호트**는 같은 출발점을 공유하는 사용자 그룹으로, 시간에 따라 따라갑니다. **코호트 분석**은
# 이 그룹들을 같은 나이에서 비교합니다.
#
# - **획득 코호트**는 사용자를 *언제* 시작했는지로 묶습니다. 여기서는 가입 월입니다.
# - **행동 코호트**는 사용자나 세션을 *무엇을 했는지*로 묶습니다. 예: "지도에서 시간을 먼저 설정함".
#
# 코호트 표는 코호트마다 행 하나, **나이**(가입 후 경과 개월 수)마다 열 하나이고, 각 칸에 지표가
# 들어갑니다.
# %%
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from course import combinations, data, important_customer, search_behaviour
from course.checks import nb07 as checks
from helpers import cohort, i18n, style

i18n.set_language("en")
style.use_course_style()
events = data.load_events()
users = data.load_users()
calendar = data.load_calendar()

# %% [markdown]
# ## See it 1: a cohort table by hand
#
# Each app open gets its user's **cohort** (sign-up month) and its **age** (whole months
# between sign-up and the open; the sign-up month itself is month 0).
# %% [markdown] lang="ko"
# ## 살펴보기 1: 손으로 만드는 코호트 표
#
# 앱 실행마다 그 사용자의 **코호트**(가입 월)와 **나이**(가입과 실행 사이의 온전한 개월 수, 가입한
# 달 자체는 0개월 차)를 붙입니다.
# %%
opens = events[events["event"] == "app_open"].merge(users[["user_id", "signup_at"]])
opens["cohort"] = opens["signup_at"].dt.to_period("M")
opens["age"] = (opens["timestamp"].dt.year - opens["signup_at"].dt.year) * 12 + (
    opens["timestamp"].dt.month - opens["signup_at"].dt.month
)
opens[["user_id", "signup_at", "timestamp", "cohort", "age"]].head(3)

# %% [markdown]
# Now count the different users of each cohort who opened the app at each age, and divide
# by the cohort's size: that is **retention** (리텐션), the share of a cohort still active.
# %% [markdown] lang="ko"
# 이제 코호트마다, 나이마다 앱을 연 서로 다른 사용자 수를 세고 코호트 크기로 나눕니다. 이것이
# **리텐션**, 곧 코호트 중 아직 활동하는 사용자의 비율입니다.
# %%
active = opens.groupby(["cohort", "age"])["user_id"].nunique().unstack("age")
cohort_size = users["signup_at"].dt.to_period("M").value_counts()
by_hand = active.div(cohort_size, axis=0)
by_hand.iloc[:3, :4].round(2)

# %% [markdown]
# The helper `cohort.cohort_table` does the same in one call, for any metric - and it does
# one more thing, which matters a lot: it tells apart "nobody was active" (0) from "we
# cannot know yet" (blank).
# %% [markdown] lang="ko"
# 헬퍼 `cohort.cohort_table`은 어떤 지표든 같은 일을 한 번의 호출로 합니다. 그리고 아주 중요한 일을
# 하나 더 합니다. "아무도 활동하지 않았다"(0)와 "아직 알 수 없다"(빈 칸)를 구분합니다.
# %%
log = events.merge(users[["user_id", "signup_at"]], on="user_id")
retention = cohort.cohort_table(log, cohort_time_col="signup_at", active_events=["app_open"])
retention.iloc[:3, :4].round(2)

# %% [markdown]
# The same numbers. The log ends on 30 June 2025, so the June 2025 cohort has only a month
# 0; the May cohort has months 0 and 1; and so on. Those cells are not zero - they have not
# happened yet. This is **right-censoring** (우측 중도절단): the young cohorts' future is
# cut off by the end of the data. The heatmap hatches those cells "not yet".
# %% [markdown] lang="ko"
# 같은 숫자입니다. 로그는 2025년 6월 30일에 끝나므로, 2025년 6월 코호트에는 0개월 차만 있고, 5월
# 코호트에는 0개월 차와 1개월 차가 있습니다. 나머지도 마찬가지입니다. 이 칸들은 값이 없는 것이
# 아니라 아직 오지 않은 것입니다. 이것이 **우측 중도절단**입니다. 어린 코호트의 미래가 데이터의
# 끝에서 잘려 있습니다. 히트맵은 이런 칸에 "아직"이라는 뜻으로 빗금을 칩니다.
# %% [markdown] tags=["deck-question"]
# ## See it 2: the retention triangle
#
# **Guess first:** of the users who sign up in a month, what share still opens the app one
# month later? And two months later?
# %% [markdown] lang="ko"
# ## 살펴보기 2: 리텐션 삼각형
#
# **먼저 추측해 보세요:** 어느 달에 가입한 사용자 중 한 달 뒤에도 앱을 여는 비율은 얼마일까요? 두
# 달 뒤에는요?
# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(12, 7.5))
sns.heatmap(
    retention.rename(index=str),  # the cohort months as labels
    vmin=0,
    vmax=retention.loc[:, 1:].max().max(),  # month 0 (100%) would wash out the other cells
    cmap="Blues",
    annot=True,
    fmt=".0%",
    annot_kws={"size": 7},
    cbar_kws={"format": "{x:.0%}", "label": "share of the cohort (month 0 off the scale)"},
    ax=ax,
)
ax.patch.set(hatch="///", edgecolor="lightgrey", facecolor="white")  # blank cells: "not yet"
ax.grid(False)
style.takeaway(
    ax,
    "Retention (app opens): the big drop comes by month 2, then a slow slide",
    xlabel="Months since sign-up (0 = the sign-up month; hatched: not yet)",
    ylabel="Cohort (month of sign-up)",
)
plt.show()

# %% [markdown]
# The triangle shape *is* the censoring: each younger cohort has one column fewer. Month 0
# is 100% in every row (everyone opens the app in the month they sign up), so the colour
# scale leaves it out: `vmax` is the best later cell, and the other cells can be told apart.
# The figure is drawn with **seaborn** (`sns.heatmap`): to draw your own table, change
# `retention` to it. Read it three ways, then a fourth.
#
# **1. Along a row - one cohort over time.** The January 2024 cohort: 78% still opened the
# app in month 1, 46% in month 2, and 21% in month 17. The big fall is between month 1 and
# month 2; after that the curve flattens - the users who get through their first weeks
# stay. (Notebook 01's aha moment is about who gets through.)
#
# **2. Down a column - cohorts at the same age.** Column 1 compares every cohort one month
# after sign-up, so age is held fixed. Most cohorts sit close together there; one does not.
# Exercise 2 asks you which and why. A low cohort in a column is a **cohort effect**: those
# users were different from the start.
#
# **3. Old users vs new users - early cohorts against recent ones.** Do the users who
# sign up now stay like the first users did? Compare the first three cohorts with the last
# three that have reached month 3, at the ages both have (months 1 to 3):
# %% [markdown] lang="ko"
# 삼각형 모양 *자체가* 중도절단입니다. 코호트가 어릴수록 열이 하나씩 적습니다. 0개월 차는 모든
# 행에서 100%입니다(누구나 가입한 달에는 앱을 엽니다). 그래서 색 척도에서 뺐습니다. `vmax`는 그 이후
# 칸 중 가장 높은 값이고, 덕분에 나머지 칸들의 차이가 보입니다. 그림은 **seaborn**(`sns.heatmap`)으로
# 그렸습니다. 자신의 표를 그리려면 `retention`을 그 표로 바꾸세요. 세 가지 방법으로 읽고, 그다음 네
# 번째 방법으로 읽습니다.
#
# **1. 행을 따라 - 한 코호트의 시간에 따른 변화.** 2024년 1월 코호트는 1개월 차에 78%, 2개월 차에
# 46%, 17개월 차에 21%가 여전히 앱을 열었습니다. 큰 하락은 1개월 차와 2개월 차 사이에 있고, 그 뒤로
# 곡선이 평평해집니다. 첫 몇 주를 넘긴 사용자는 남습니다. (01 노트북의 아하 모먼트가 바로 누가 그
# 고비를 넘기는지에 관한 것입니다.)
#
# **2. 열을 따라 - 같은 나이의 코호트들.** 1열은 모든 코호트를 가입 한 달 뒤에 비교하므로 나이가
# 고정됩니다. 대부분의 코호트는 비슷한 값에 모여 있지만, 하나는 그렇지 않습니다. 연습 2에서 어느
# 코호트이고 왜 그런지 묻습니다. 한 열에서 낮은 코호트는 **코호트 효과**입니다. 그 사용자들은
# 처음부터 달랐습니다.
#
# **3. 기존 사용자 대 신규 사용자 - 초기 코호트와 최근 코호트.** 지금 가입하는 사용자도 처음
# 사용자들처럼 남을까요? 처음 세 코호트와, 3개월 차에 도달한 마지막 세 코호트를 둘 다 가진
# 나이(1~3개월 차)에서 비교합니다.
# %%
first_three = retention.iloc[:3]
grown = retention[retention[3].notna()]  # cohorts that have reached month 3
last_three = grown.iloc[-3:]
old_vs_new = pd.DataFrame(
    {
        "old users (" + ", ".join(map(str, first_three.index)) + ")": first_three[[1, 2, 3]].mean(),
        "new users (" + ", ".join(map(str, last_three.index)) + ")": last_three[[1, 2, 3]].mean(),
    }
)
old_vs_new.round(3)

# %% [markdown]
# The new users retain about as well as the old ones: 81% vs 80% in month 1,
# 45% vs 46% in month 2, 43% vs 43% in month 3 - within 2 points at each age. The product did not get
# worse (or better) at keeping users over the year; the drop after month 1 is the same for
# both. (Compare at the same ages only: the new cohorts have no month 17 to compare yet.)
#
# **4. Across a diagonal - the same calendar month.** The cells where cohort + age is the
# same calendar month (e.g. 2024-09 age 2, 2024-10 age 1, 2024-11 age 0 are all November
# 2024) lie on a diagonal. Something that happened *in a month* to everyone - a price
# change, summer - hits a diagonal, not a row or a column. It is easier to see with the
# calendar month on the x-axis; we do that next with conversion.
# %% [markdown] lang="ko"
# 신규 사용자도 기존 사용자만큼 남습니다. 1개월 차 81% 대 80%, 2개월 차 45% 대 46%, 3개월 차 43% 대
# 43%로, 모든 나이에서 2%p 이내입니다. 한 해 동안 제품이 사용자를 붙잡는 힘은 나빠지지도(좋아지지도)
# 않았습니다. 1개월 차 이후의 하락도 둘이 같습니다. (같은 나이끼리만 비교하세요. 신규 코호트에는 아직
# 비교할 17개월 차가 없습니다.)
#
# **4. 대각선을 따라 - 같은 달력 월.** 코호트 + 나이가 같은 달력 월이 되는 칸들(예: 2024-09의 나이 2,
# 2024-10의 나이 1, 2024-11의 나이 0은 모두 2024년 11월)은 대각선 위에 놓입니다. *어느 달에* 모든
# 사용자에게 일어난 일(가격 변경, 여름)은 행이나 열이 아니라 대각선에 나타납니다. x축에 달력 월을
# 놓으면 더 쉽게 보입니다. 다음에 전환율로 그렇게 해 봅니다.
# %% [markdown]
# ## See it 3: a conversion cohort table, by age and by calendar month
#
# Retention says who comes back. For the search pain we need **conversion**: of a
# cohort's users who attempted a reservation in a month, the share who also made one that
# month.
# %% [markdown] lang="ko"
# ## 살펴보기 3: 전환율 코호트 표, 나이 기준과 달력 월 기준
#
# 리텐션은 누가 돌아오는지 알려 줍니다. 탐색 단계의 불편을 보려면 **전환율**이 필요합니다. 어떤 달에
# 예약을 시도한 코호트 사용자 중 그 달에 예약까지 한 사용자의 비율입니다.
# %%
conversion = cohort.cohort_table(
    log,
    cohort_time_col="signup_at",
    metric="conversion",
    convert_from="reservation_attempt",
    convert_to="reservation",
)
fig = cohort.cohort_heatmap(
    conversion, "Conversion by cohort and age is noisy - the Sept 2024 cohort is lowest"
)
plt.show()

# %% [markdown]
# Noisier than retention: the smallest cell holds only 52 users, so a cell can swing
# 10 points by chance. Read the pattern, not single cells. In column 0 (the sign-up
# month) the September 2024 row (the promotion month) stands out at 45%, the lowest; the
# summer 2024 cohorts convert at 68% and 69%, the November 2024 to February
# 2025 cohorts at 47% to 52%. Are the late-2024 users worse? Or did something happen *in
# those months* to everyone? Put the calendar month on the x-axis: each cell moves right
# by its cohort's start.
# %% [markdown] lang="ko"
# 리텐션보다 들쭉날쭉합니다. 가장 작은 칸에는 사용자가 52명뿐이라 우연만으로도 칸 하나가 10%p쯤
# 흔들릴 수 있습니다. 칸 하나가 아니라 패턴을 읽으세요. 0열(가입한 달)에서는 2024년 9월
# 행(프로모션 달)이 45%로 가장 낮아 눈에 띕니다. 2024년 여름 코호트는 68%와 69%, 2024년 11월부터
# 2025년 2월까지의 코호트는 47%~52%로 전환됩니다. 2024년 말 사용자들이 더 나쁜 걸까요? 아니면 *그
# 달들에* 모두에게 무슨 일이 있었을까요? x축에 달력 월을 놓아 봅시다. 각 칸이 그 코호트의 시작
# 월만큼 오른쪽으로 옮겨 갑니다.
# %%
long = conversion.stack().dropna().rename("conversion").reset_index()
long["month"] = long["cohort"] + long["age"]
by_calendar = long.pivot(index="cohort", columns="month", values="conversion")
by_calendar.iloc[:4, 8:12].round(2)

# %%
fig, ax = plt.subplots(figsize=(12, 7.5))
title = "By calendar month: summer lifts most cohorts, from Nov 2024 most drop"
cohort.cohort_heatmap(by_calendar, title, ax=ax)
# our own figure, so the data note is ours to add; the x-axis now shows calendar months
style.takeaway(ax, title, xlabel="Calendar month  (hatched: before the cohort signed up)")
fig.tight_layout()
ax.tick_params(axis="x", rotation=90)
plt.show()

# %% [markdown]
# Now the pattern runs in **vertical stripes**: July and August 2024 are bright for
# almost every cohort that existed then (summer travel), and from November 2024 most
# cohorts - old and new - are darker. Average each calendar month over the cohorts:
# %% [markdown] lang="ko"
# 이제 패턴이 **세로 줄무늬**로 나타납니다. 2024년 7월과 8월은 그때 있던 거의 모든 코호트에서
# 밝고(여름 여행철), 2024년 11월부터는 오래된 코호트든 새 코호트든 대부분 어두워집니다. 달력
# 월마다 코호트들의 평균을 내 봅니다.
# %% tags=["deck-number"]
cohort_average = by_calendar.mean()
print(f"July-August 2024:            {cohort_average['2024-07':'2024-08'].mean():.0%}")
print(f"November 2024-February 2025: {cohort_average['2024-11':'2025-02'].mean():.0%}")
# %% [markdown]
# 74% in the summer months, 56% in the four months after the price rise of 1 Nov 2024
# (hourly prices up 12%). But the fall began before the price rise: from 75% in August to
# 66% in September-October, the promotion month and the end of summer. The price rise
# adds to a fall already under way. Summer and the price rise are **calendar effects**: they hit all
# users in the same months, whatever their cohort. The late-2024 cohorts were not worse
# users; they started in a worse month. Read in the age view alone, you would have blamed
# them.
#
# ### Explore: pick the metric
#
# Choose what each cell shows: retention (app opens), conversion (attempt -> reservation),
# or the count of completed rides (returns, the north star) - and by age or by calendar
# month. The static figures above show the first two.
# %% [markdown] lang="ko"
# 여름 두 달은 74%, 2024년 11월 1일 가격 인상(시간당 요금 12% 인상) 이후 넉 달은 56%입니다.
# 하지만 하락은 가격 인상 전에 시작됐습니다. 8월 75%에서 프로모션 달이자 여름이 끝나는 9월-10월의
# 66%로 떨어졌습니다. 가격 인상은 이미 진행 중인 하락에 더해졌을 뿐입니다. 여름과 가격 인상은
# **달력 효과**입니다. 코호트와 상관없이 같은 달에 모든 사용자에게 영향을 줍니다. 2024년 말
# 코호트가 더 나쁜 사용자였던 게 아니라, 더 나쁜 달에 시작했을 뿐입니다. 나이 기준으로만 읽었다면
# 이들을 탓했을 것입니다.
#
# ### 탐색: 지표 고르기
#
# 각 칸에 무엇을 보여 줄지 고르세요. 리텐션(앱 실행), 전환율(시도 -> 예약), 운행 완료 수(반납,
# 북극성 지표) 중 하나를, 나이 기준 또는 달력 월 기준으로 봅니다. 위의 정적 그림은 앞의 두 가지를
# 보여 줍니다. 위젯의 선택지는 코드가 쓰는 값이라 영어로 나옵니다. `retention`(리텐션),
# `conversion`(전환율), `count`(운행 완료 수), `by age`(나이 기준), `by calendar month`(달력 월
# 기준).
# %%
completed = cohort.cohort_table(
    log, cohort_time_col="signup_at", metric="count", active_events=["return"]
)
tables = {"retention": retention, "conversion": conversion, "count": completed}
titles = {
    "retention": "Retention: share of the cohort opening the app",
    "conversion": "Conversion: attempt -> reservation, per user and month",
    "count": "Count: completed rides (returns) of the cohort",
}


def calendar_view(table):
    stacked = table.stack().dropna().rename("value").reset_index()
    stacked["month"] = stacked["cohort"] + stacked["age"]
    return stacked.pivot(index="cohort", columns="month", values="value")


def show_cohorts(metric="retention", view="by age"):
    table = tables[metric] if view == "by age" else calendar_view(tables[metric])
    fmt = ".0f" if metric == "count" else ".0%"
    fig, ax = plt.subplots(figsize=(12, 7.5))
    title = f"{titles[metric]}, {view}"
    cohort.cohort_heatmap(table, title, fmt=fmt, ax=ax)
    style.takeaway(ax, title)  # our own figure: the data note is ours to add
    fig.tight_layout()
    if view == "by calendar month":
        ax.set_xlabel("Calendar month  (hatched: before the cohort signed up)")
        ax.tick_params(axis="x", rotation=90)
    plt.show()


# %% tags=["nbval-ignore-output"]
metric_picker = widgets.Dropdown(options=["retention", "conversion", "count"], description="metric")
view_picker = widgets.ToggleButtons(options=["by age", "by calendar month"], description="view")
widgets.interactive(show_cohorts, metric=metric_picker, view=view_picker)

# %% [markdown]
# Things to look for: in *count* by age, the September 2024 cohort (the promotion month)
# has more than three times the users of the August cohort, yet from month 2 to month 8 it
# completes only about a quarter more rides. In *conversion* by calendar month, find the
# stripes again.
# %% [markdown] lang="ko"
# 눈여겨볼 것: 나이 기준 *count*(운행 완료 수)에서 2024년 9월 코호트(프로모션 달)는 8월 코호트보다
# 사용자가 세 배 넘게 많지만, 2개월 차부터 8개월 차까지 운행 완료는 사분의 일 정도만 더 많습니다.
# 달력 월 기준 *conversion*(전환율)에서 줄무늬를 다시 찾아보세요.
# %% [markdown]
# ## See it 4: behavioural cohorts inside the important customer
#
# Now the important customer of notebook 06, in the words of `course.important_customer`
# (the same words notebooks 06 and 08 use):
# %% [markdown] lang="ko"
# ## 살펴보기 4: 중요한 고객 안의 행동 코호트
#
# 이제 06 노트북의 중요한 고객을 `course.important_customer`의 문구로 봅니다(06과 08 노트북이 쓰는
# 바로 그 문구입니다). 출력은 영어 문구이며, 우리말로는 "아직 자리를 잡지 못한 건별 결제 회원 =
# 가입 초기에 탐색했지만 그때 경험이 회원 평균에 못 미친 건별 결제 회원"입니다.
# %%
print(important_customer.NAME)
print("=", important_customer.DEFINITION)

# %% [markdown]
# The definition rests on `combinations.combination_users`, the per-user table of notebooks
# 03 and 04: one row per user who **searched in the first 60 days** after sign-up and whose
# windows (60 early days + 180 later days) are **complete** by the end of the log. So it
# covers users who signed up from 1 January to 2 November 2024; later sign-ups are not in
# it yet (their windows are still open). `is_important_customer` marks the rows that are
# the important customer:
# %% [markdown] lang="ko"
# 이 정의는 03과 04 노트북의 사용자별 표인 `combinations.combination_users`에 기반합니다. 가입 후
# **첫 60일 안에 탐색한** 사용자마다 한 행이 있고, 그 사용자의 기간(초기 60일 + 이후 180일)이 로그가
# 끝날 때까지 **모두 채워진** 사용자만 들어갑니다. 그래서 2024년 1월 1일부터 11월 2일까지 가입한
# 사용자를 다룹니다. 그 뒤에 가입한 사용자는 아직 없습니다(기간이 아직 열려 있습니다).
# `is_important_customer`는 중요한 고객에 해당하는 행을 표시합니다.
# %%
per_user = combinations.combination_users(events, users)
per_user["important"] = important_customer.is_important_customer(per_user)
per_user["important"].value_counts()

# %% [markdown]
# 4,575 users in the table, 1,683 of them the important customer; the other 2,892 are
# **everyone else** below (same sign-up months, same complete windows - a fair comparison).
#
# A behavioural cohort here is a group of **search sessions** (sessions with a browse
# event) that share a behaviour - a simplification: the textbook cohort groups *users* by
# what they did, but one user sets the time first in some sessions and not in others. The key one, "set the time first on the map", is a session
# whose *first* browse event is `time_set`:
# %% [markdown] lang="ko"
# 표에는 사용자 4,575명이 있고, 그중 1,683명이 중요한 고객입니다. 나머지 2,892명이 아래의 **나머지
# 사용자**(표에서는 `everyone else`)입니다(같은 가입 월, 똑같이 채워진 기간이라 공정한 비교입니다).
#
# 여기서 행동 코호트는 어떤 행동을 공유하는 **탐색 세션**(둘러보기 이벤트가 있는 세션)의
# 그룹입니다. 단순화한 것입니다. 교과서의 코호트는 *사용자*를 한 일로 묶지만, 한 사용자가 어떤
# 세션에서는 시간을 먼저 설정하고 다른 세션에서는 그러지 않기 때문입니다. 핵심 행동인 "지도에서
# 시간을 먼저 설정함"은 *첫* 둘러보기 이벤트가 `time_set`인 세션입니다.
# %%
browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
first_browse = browse.groupby("session_id")["event"].first()
(first_browse == "time_set").value_counts()

# %% [markdown]
# `search_behaviour.search_sessions` builds one row per search session with four such
# behaviours: `time_first` (as above), `used_filter` (used the car-type filter),
# `two_plus_zones` (clicked two or more zones) and `kept_car` (looked at the same car type
# as in the user's last completed ride - only for users who rode before), plus the outcome
# `reserved`. We keep the sessions of the users in the table and label each by its group:
# %% [markdown] lang="ko"
# `search_behaviour.search_sessions`는 탐색 세션마다 한 행을 만들고, 이런 행동 네 가지를 담습니다.
# `time_first`(위와 같음), `used_filter`(차종 필터 사용), `two_plus_zones`(두 개 이상의 구역 클릭),
# `kept_car`(사용자의 마지막 운행 완료와 같은 차종을 살펴봄 - 전에 운행한 적 있는 사용자만), 그리고
# 결과인 `reserved`입니다. 표에 있는 사용자의 세션만 남기고, 세션마다 그룹 이름(`important customer`
# 또는 `everyone else`)을 붙입니다.
# %%
sessions = search_behaviour.search_sessions(events, version_col="app_version")
sessions = sessions[sessions["user_id"].isin(per_user.index)].copy()
is_ic = sessions["user_id"].map(per_user["important"]).astype(bool)
sessions["group"] = np.where(is_ic, "important customer", "everyone else")
ic_sessions = sessions[sessions["group"] == "important customer"]
ic_sessions[["time_first", "used_filter", "two_plus_zones", "kept_car", "reserved"]].head()

# %% [markdown] tags=["deck-question"]
# **Guess first:** of the four behaviours, which one marks sessions that convert *lower*?
# %% [markdown] lang="ko"
# **먼저 추측해 보세요:** 네 가지 행동 중 어느 것이 전환율이 *더 낮은* 세션을 표시할까요?
# %%
rows = []
for behaviour, label in search_behaviour.BEHAVIOURS.items():
    rate = search_behaviour.conversion_by(ic_sessions, behaviour)["conversion"]
    rows.append({"behaviour": label, "with": rate[True], "without": rate[False]})
by_behaviour = pd.DataFrame(rows).set_index("behaviour")
by_behaviour.round(3)

# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(8.5, 4))
by_behaviour[["without", "with"]].mul(100).plot.barh(
    ax=ax, color=[style.PALETTE["grey"], style.PALETTE["vermillion"]]
)
ax.invert_yaxis()
for bars in ax.containers:
    ax.bar_label(bars, fmt="%.1f%%", fontsize=8.5, padding=2)
ax.set_xlim(0, by_behaviour.to_numpy().max() * 100 * 1.35)
ax.legend(["sessions without it", "sessions with it"], loc="lower right")
ax.set_ylabel("")
ax.grid(axis="y", visible=False)
style.takeaway(
    ax,
    "Setting the time first is the pain: those sessions convert at less than half the rate",
    xlabel="Search sessions ending in a reservation (%), the important customer",
)
plt.show()


# %% [markdown]
# Three behaviours help a little: using the car-type filter (10.2% vs 9.1%), clicking two
# or more zones (9.7% vs 9.3%), keeping the car type of the last ride (10.7% vs 9.3%). One
# hurts a lot: sessions that **set the time first** end in a reservation 5.6% of the time,
# against 11.9% for the others. That is the pain point, now seen as a behaviour: the map
# shows cars, but not whether they are free *at the time the user set*.
# %% [markdown] lang="ko"
# 세 가지 행동은 조금 도움이 됩니다. 차종 필터 사용(10.2% 대 9.1%), 두 개 이상의 구역 클릭(9.7% 대
# 9.3%), 지난 운행의 차종 유지(10.7% 대 9.3%). 하나는 크게 해가 됩니다. **시간을 먼저 설정한** 세션은
# 5.6%만 예약으로 끝나고, 나머지 세션은 11.9%입니다. 이것이 행동으로 드러난 페인 포인트입니다. 지도는
# 차를 보여 주지만, *사용자가 정한 시간에* 그 차가 비어 있는지는 보여 주지 않습니다.
# %% [markdown]
# ## See it 5: month by month - and why the ratio is the headline
#
# Follow the behavioural cohorts month by month, inside the important customer and for
# everyone else. For each month: the conversion of time-first sessions, of the other
# sessions, and the **ratio** between them (time-first / other; 1 = no pain).
# %% [markdown] lang="ko"
# ## 살펴보기 5: 달마다 보기 - 그리고 비율이 핵심인 이유
#
# 행동 코호트를 달마다, 중요한 고객 안에서와 나머지 사용자에서 따라갑니다. 달마다 시간 먼저 설정
# 세션의 전환율, 다른 세션의 전환율, 그리고 둘 사이의 **비율**(시간 먼저 설정 / 다른 세션, 1 = 불편
# 없음)을 봅니다.
# %%
def monthly_rates(part):
    month = part["start"].dt.to_period("M")
    rate = part.groupby([month, "time_first"])["reserved"].mean().unstack()
    return pd.DataFrame(
        {
            "time-first sessions": rate[True],
            "other sessions": rate[False],
            "ratio": rate[True] / rate[False],
        }
    )


monthly = {group: monthly_rates(part) for group, part in sessions.groupby("group")}
monthly["important customer"].round(3)

# %% [markdown]
# Why the ratio and not the gap in points? The two groups convert at very different base
# rates: the important customer's other sessions end in a reservation about 12% of the
# time, everyone else's about 44%. A gap of 5 points is a disaster at 12% and a shrug at
# 44%. The ratio asks the same question in both groups: *how much worse do time-first
# sessions do than the same users' other sessions?*
# %% [markdown] lang="ko"
# 왜 %p 차이가 아니라 비율일까요? 두 그룹의 기본 전환율은 크게 다릅니다. 중요한 고객의 다른 세션은
# 약 12%가 예약으로 끝나고, 나머지 사용자는 약 44%입니다. 5%p 차이는 12%에서는 재앙이지만 44%에서는
# 대수롭지 않습니다. 비율은 두 그룹에 같은 질문을 던집니다. *시간 먼저 설정 세션은 같은 사용자의 다른
# 세션보다 얼마나 못한가?*
# %% tags=["deck-figure"]
fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6.5), sharex=True)
ic_monthly = monthly["important customer"]
x = [str(m) for m in ic_monthly.index]
top.plot(x, ic_monthly["other sessions"] * 100, marker="o", color=style.PALETTE["grey"])
top.plot(x, ic_monthly["time-first sessions"] * 100, marker="o", color=style.PALETTE["vermillion"])
top.legend(["other sessions", "time-first sessions"], loc="upper left", ncols=2)
for group, colour in [("important customer", "vermillion"), ("everyone else", "blue")]:
    ratio = monthly[group]["ratio"].reindex(ic_monthly.index)
    bottom.plot(x, ratio, marker="o", color=style.PALETTE[colour], label=group)
bottom.axhline(1, color=style.PALETTE["black"], lw=0.8)
bottom.legend(loc="lower left", ncols=2)
for month, text in [("2024-07", "summer"), ("2024-11", "price +12%"), ("2025-03", "app 3.0")]:
    for ax in (top, bottom):
        ax.axvline(month, color=style.PALETTE["black"], ls=":", lw=1)
    top.text(month, 0.8, f" {text}", fontsize=9)
top.set_ylim(0, 19)
bottom.set_ylim(0, 1.1)
style.takeaway(
    top,
    "In the important customer, time-first sessions lag - until app 3.0",
    ylabel="Ending in a reservation (%)",
)
style.takeaway(
    bottom,
    "The ratio: near 1 for everyone else; app 3.0 lifts it only in the important customer",
    xlabel="Month of the session",
    ylabel="Ratio: time-first / other",
    note=False,
)
bottom.tick_params(axis="x", rotation=90)
fig.tight_layout()
plt.show()

# %% [markdown]
# The bottom panel is the story. **Everyone else's** ratio stays near 1 in every month
# (between 0.87 and 1.01): setting the time first costs them almost nothing. In the
# **important customer** the ratio sits between 0.29 and 0.51 in every month before app
# 3.0, and every month from March 2025 on (0.52 to 0.88) is above every month before it.
#
# By app version, over the whole log:
# %% [markdown] lang="ko"
# 아래 패널이 핵심입니다. **나머지 사용자**의 비율은 모든 달에 1 가까이 머뭅니다(0.87~1.01). 시간을
# 먼저 설정해도 이들은 거의 손해를 보지 않습니다. **중요한 고객**의 비율은 앱 3.0 이전 모든 달에
# 0.29~0.51이고, 2025년 3월 이후의 모든 달(0.52~0.88)이 그 이전의 어느 달보다 높습니다.
#
# 앱 버전별로, 로그 전체에서 보면:
# %%
on_3 = np.where(sessions["app_version"].astype(str) == "3.0", "app 3.0", "before 3.0")
by_version = sessions.groupby(["group", on_3, "time_first"])["reserved"].mean().unstack()
by_version.columns = ["other sessions", "time-first sessions"]
by_version["ratio"] = by_version["time-first sessions"] / by_version["other sessions"]
by_version.round(3)

# %% [markdown]
# Inside the important customer the ratio rises from 0.41 before 3.0 to 0.74 on 3.0
# (time-first sessions 4.9% -> 8.7%, other sessions 12.0% -> 11.8%): the release fixed
# part of the pain, not all of it. For everyone else it barely moves (0.95 -> 0.93). That
# is app 3.0's **fingerprint**: a change where the pain was, and not elsewhere.
# %% [markdown] lang="ko"
# 중요한 고객 안에서 비율은 3.0 이전 0.41에서 3.0에서 0.74로 오릅니다(시간 먼저 설정 세션 4.9% ->
# 8.7%, 다른 세션 12.0% -> 11.8%). 출시가 불편의 일부를 고쳤을 뿐 전부는 아닙니다. 나머지 사용자에서는
# 거의 움직이지 않습니다(0.95 -> 0.93). 이것이 앱 3.0의 **지문**입니다. 불편이 있던 곳에서만 변화가
# 일어나고 다른 곳에서는 일어나지 않습니다.
# %% [markdown]
# ## See it 6: confounders - price, summer, promotion, release
#
# A release that helped - or a coincidence? App 3.0 came out on 4 March 2025, so its
# sessions all come from March 2025 on: after the price rise, in spring. A **confounder** (교란 변수) is something else that
# changed at the same time and could explain the difference. Bomcar's `calendar.csv` lists
# what the company did and when:
# %% [markdown] lang="ko"
# ## 살펴보기 6: 교란 변수 - 가격, 여름, 프로모션, 출시
#
# 효과가 있었던 출시일까요, 우연일까요? 앱 3.0은 2025년 3월 4일에 나왔으므로, 그 세션은 모두 2025년
# 3월 이후, 즉 가격 인상 뒤이자 봄에 있습니다. **교란 변수**는 같은 시기에 함께 바뀌어 차이를 설명할
# 수 있는 다른 무언가입니다. 봄카의 `calendar.csv`에는 회사가 언제 무엇을 했는지 적혀 있습니다.
# %%
calendar

# %% [markdown]
# Each kind of event leaves a different fingerprint:
#
# | What changed | Whom it hits | Fingerprint in the data |
# |---|---|---|
# | price change (1 Nov 2024) | everyone, from one date | all lines drop in the same month, in both groups; no jump in the ratio |
# | summer (July-August) | everyone, every year | a vertical stripe: most cohorts brighter in the same months (not every line must rise) |
# | promotion month (Sept 2024) | the users it brings in | one cohort (a row) is different from the start |
# | app release (3.0) | only sessions on the new version, only the behaviour it fixes | the fixed behaviour improves, on the new version, where the pain was |
#
# Read the figure of See it 5 with this table:
#
# - **Summer 2024**: the important customer's other sessions convert better in July and
#   August (14.4% and 14.1%, against 11.3% in May). A season, not a change in search.
#   Everyone else's other sessions do *not* rise (51% in June, 47% and 48% in July and
#   August): a season need not lift every group.
# - **November 2024**: both lines fall (other sessions 11.9% -> 10.7%, time-first 5.7% ->
#   4.2%), and everyone else's lines fall too. The price rise hit every session at once;
#   the ratio stays inside its usual range.
# - **March 2025**: only the time-first line rises (4.9% in February, 9.5% in March);
#   the other sessions stay put (10.7% and 10.8%). The ratio jumps - in the important
#   customer only. That is the release's fingerprint.
#
# The cleanest test holds the calendar fixed: in the **same weeks** (4-31 March 2025, same
# price, same season) some users still ran 2.9 - they had not updated yet - and others ran
# 3.0.
# %% [markdown] lang="ko"
# 사건의 종류마다 남기는 지문이 다릅니다.
#
# | 무엇이 바뀌었나 | 누구에게 영향을 주나 | 데이터에 남는 지문 |
# |---|---|---|
# | 가격 변경 (2024년 11월 1일) | 모든 사용자, 특정 날짜부터 | 두 그룹 모두에서 모든 선이 같은 달에 떨어진다. 비율은 뛰지 않는다 |
# | 여름 (7월-8월) | 모든 사용자, 해마다 | 세로 줄무늬: 같은 달에 대부분의 코호트가 밝아진다(모든 선이 올라야 하는 것은 아니다) |
# | 프로모션 달 (2024년 9월) | 그 달에 들어온 사용자 | 코호트 하나(행 하나)가 처음부터 다르다 |
# | 앱 출시 (3.0) | 새 버전의 세션만, 고친 행동만 | 고친 행동이 새 버전에서, 불편이 있던 곳에서 좋아진다 |
#
# 이 표를 들고 살펴보기 5의 그림을 읽어 봅니다.
#
# - **2024년 여름**: 중요한 고객의 다른 세션은 7월과 8월에 전환이 더 잘 됩니다(14.4%와 14.1%, 5월은
#   11.3%). 탐색의 변화가 아니라 계절입니다. 나머지 사용자의 다른 세션은 오르지 *않습니다*(6월 51%,
#   7월과 8월 47%와 48%). 계절이 모든 그룹을 끌어올리는 것은 아닙니다.
# - **2024년 11월**: 두 선이 모두 떨어지고(다른 세션 11.9% -> 10.7%, 시간 먼저 설정 5.7% -> 4.2%),
#   나머지 사용자의 선도 떨어집니다. 가격 인상은 모든 세션에 한꺼번에 영향을 줬고, 비율은 평소 범위
#   안에 머뭅니다.
# - **2025년 3월**: 시간 먼저 설정 선만 오릅니다(2월 4.9%, 3월 9.5%). 다른 세션은 그대로입니다(10.7%와
#   10.8%). 비율이 뜁니다. 중요한 고객에서만. 이것이 출시의 지문입니다.
#
# 가장 깔끔한 검증은 달력을 고정하는 것입니다. **같은 주들**(2025년 3월 4~31일, 같은 가격, 같은
# 계절)에 어떤 사용자는 아직 업데이트하지 않아 2.9를 썼고, 다른 사용자는 3.0을 썼습니다.
# %%
march = ic_sessions[(ic_sessions["start"] >= "2025-03-04") & (ic_sessions["start"] < "2025-04-01")]
march.pivot_table(
    index="app_version",
    columns="time_first",
    values="reserved",
    aggfunc=["mean", "size"],
).round(3)

# %% [markdown]
# Same weeks, same prices, the important customer: time-first sessions on 3.0 convert at
# 10.4%, on 2.9 at 7.7%; the other sessions barely differ between versions
# (11.1% vs 11.8%). Only 142 time-first sessions ran 2.9 in those weeks, so the difference
# is rough - but it points the same way. (Users who update late may differ a little from
# early updaters - a reason the A/B test in notebook 08 assigns users at random.)
#
# The third confounder, the **promotion month**, is a cohort effect: it shows as one row of
# the retention table (Exercise 2) and in the next figure.
# %% [markdown] lang="ko"
# 같은 주, 같은 가격, 중요한 고객: 시간 먼저 설정 세션은 3.0에서 10.4%, 2.9에서 7.7% 전환됩니다. 다른
# 세션은 버전 사이에 거의 차이가 없습니다(11.1% 대 11.8%). 그 주들에 2.9로 실행된 시간 먼저 설정
# 세션은 142개뿐이라 차이는 거칠지만, 같은 방향을 가리킵니다. (늦게 업데이트하는 사용자는 일찍
# 업데이트하는 사용자와 조금 다를 수 있습니다. 08 노트북의 A/B 테스트가 사용자를 무작위로 배정하는
# 이유 중 하나입니다.)
#
# 세 번째 교란 변수인 **프로모션 달**은 코호트 효과입니다. 리텐션 표의 한 행(연습 2)과 다음 그림에
# 나타납니다.
# %% [markdown]
# ## See it 7: new, retained, resurrected and dormant users
#
# Monthly active users are a stock that moves every month. Split each month's active users:
#
# - **new** (신규) - active for the first time;
# - **retained** (유지) - active this month *and* last month;
# - **resurrected** (복귀) - active this month, not last month, but some time before;
# - **dormant** (휴면) - active last month, not this month (drawn below zero).
# %% [markdown] lang="ko"
# ## 살펴보기 7: 신규, 유지, 복귀, 휴면 사용자
#
# 월간 활성 사용자는 매달 들어오고 나가는 재고와 같습니다. 매달의 활성 사용자를 이렇게 나눕니다.
#
# - **신규**(`new`) - 처음으로 활동함;
# - **유지**(`retained`) - 이번 달*과* 지난달 모두 활동함;
# - **복귀**(`resurrected`) - 이번 달에 활동했고 지난달에는 안 했지만, 그 전에 활동한 적이 있음;
# - **휴면**(`dormant`) - 지난달에 활동했지만 이번 달에는 안 함(그래프에서 기준선 아래로 그립니다).
# %%
breakdown = cohort.active_user_breakdown(events)
breakdown.loc["2024-08":"2024-11"]

# %%
fig = cohort.breakdown_plot(
    breakdown, "The promotion's new users of Sept 2024 went dormant in October"
)
plt.show()

# %% [markdown]
# September 2024 shows 1,738 new users - the promotion - and October the largest dormant
# bar of the whole log, 1,258 users who were active in September and not in October. Most
# of the promotion users came for the free hour and left. Meanwhile the retained base grows,
# and resurrected users (people coming back after a break) grow from almost none in early
# 2024 to 350 or more every month from March 2025 (405 at the peak in March, 383 in
# June 2025): for a car-sharing app, used a few times a month at most, coming back after a
# gap is normal, so dormant is not the same as lost.
# %% [markdown] lang="ko"
# 2024년 9월에는 신규 사용자가 1,738명(프로모션)이고, 10월에는 로그 전체에서 가장 큰 휴면 막대가
# 있습니다. 9월에 활동했지만 10월에는 활동하지 않은 1,258명입니다. 프로모션 사용자 대부분은 무료 한
# 시간을 쓰러 왔다가 떠났습니다. 한편 유지 사용자 기반은 커지고, 복귀 사용자(쉬었다가 돌아오는
# 사람)는 2024년 초 거의 없던 데서 2025년 3월부터 매달 350명 이상으로 늘어납니다(3월 정점 405명,
# 2025년 6월 383명). 많아야 한 달에 몇 번 쓰는 카셰어링 앱에서 공백 뒤에 돌아오는 것은 흔한
# 일입니다. 그러니 휴면은 이탈과 같지 않습니다.
# %% [markdown]
# ## Your turn
#
# ## Exercise 1 (easy): read a cell
#
# What share of the users who signed up in **June 2024** still opened the app **3 months
# after** their sign-up month? Give it as a share (e.g. 0.25), read from `retention`.
# %% [markdown] lang="ko"
# ## 직접 해 보기
#
# ## 연습 1 (쉬움): 칸 하나 읽기
#
# **2024년 6월**에 가입한 사용자 중 가입한 달로부터 **3개월 뒤**에도 앱을 연 사용자의 비율은
# 얼마일까요? `retention`에서 읽어 비율로 답하세요(예: 0.25).
# %%
ex_cell = checks.read_cell()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Rows are cohorts (sign-up months), columns are months since sign-up, starting at 0.
# `retention.loc[row, column]`.
#
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# 행은 코호트(가입 월), 열은 가입 후 경과 개월 수이며 0부터 시작합니다. `retention.loc[row, column]`.
#
# </details>
# %% tags=["exercise"]
june_month_3 = ...

# %% tags=["solution"]
june_month_3 = round(float(retention.loc["2024-06", 3]), 3)
june_month_3

# %%
ex_cell.check(june_month_3)

# %% [markdown]
# ## Exercise 2 (medium): which cohort retains worst, and why?
#
# Read column 1 of `retention` (one month after sign-up). Which cohort keeps the smallest
# share of its users? Then look its month up in `calendar` and choose the reason:
# `"promotion"`, `"price change"`, `"summer"` or `"app release"`.
# %% [markdown] lang="ko"
# ## 연습 2 (보통): 어느 코호트가 가장 덜 남고, 왜일까?
#
# `retention`의 1열(가입 한 달 뒤)을 읽으세요. 사용자를 가장 적은 비율로 붙잡은 코호트는 어느
# 것인가요? 그다음 `calendar`에서 그 달을 찾아 이유를 고르세요. `"promotion"`(프로모션),
# `"price change"`(가격 변경), `"summer"`(여름), `"app release"`(앱 출시) 중 하나를 영어 그대로
# 씁니다.
# %%
ex_worst = checks.worst_cohort()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Careful with the last row: the June 2025 cohort has no month 1 yet. `retention[1].idxmin()`
# skips blanks. Then find that month in `calendar`.
#
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# 마지막 행을 조심하세요. 2025년 6월 코호트에는 아직 1개월 차가 없습니다. `retention[1].idxmin()`은
# 빈 칸을 건너뜁니다. 그다음 `calendar`에서 그 달을 찾으세요.
#
# </details>
# %% tags=["exercise"]
worst = {"cohort": ..., "why": ...}

# %% tags=["solution"]
worst = {"cohort": str(retention[1].idxmin()), "why": "promotion"}
worst

# %%
ex_worst.check(worst)

# %% [markdown]
# ## Exercise 3 (medium): the ratio before and after app 3.0
#
# In the important customer, what is the time-first **ratio** - the conversion of
# time-first search sessions divided by that of the other search sessions - on app versions
# before 3.0, and on 3.0? Use `ic_sessions`; give both as plain numbers (e.g. 0.5).
# %% [markdown] lang="ko"
# ## 연습 3 (보통): 앱 3.0 전후의 비율
#
# 중요한 고객에서 시간 먼저 설정 **비율**(시간 먼저 설정 탐색 세션의 전환율을 다른 탐색 세션의
# 전환율로 나눈 값)은 3.0 이전 앱 버전에서 얼마이고, 3.0에서 얼마일까요? `ic_sessions`를 쓰고, 둘 다
# 일반 숫자로 답하세요(예: 0.5).
# %%
ex_ratio = checks.release_ratio()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Split `ic_sessions` by `app_version == "3.0"`. In each part,
# `part.groupby("time_first")["reserved"].mean()` gives two rates; the ratio is the rate for
# `True` divided by the rate for `False`.
#
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# `ic_sessions`를 `app_version == "3.0"`으로 나누세요. 각 부분에서
# `part.groupby("time_first")["reserved"].mean()`이 전환율 두 개를 줍니다. 비율은 `True`의 전환율을
# `False`의 전환율로 나눈 값입니다.
#
# </details>
# %% tags=["exercise"]
ratio = {"before": ..., "after": ...}

# %% tags=["solution"]
fixed = ic_sessions["app_version"] == "3.0"


def time_first_ratio(part):
    rate = part.groupby("time_first")["reserved"].mean()
    return rate[True] / rate[False]


ratio = {
    "before": round(float(time_first_ratio(ic_sessions[~fixed])), 3),
    "after": round(float(time_first_ratio(ic_sessions[fixed])), 3),
}
ratio

# %%
ex_ratio.check(ratio)

# %% [markdown]
# ## Exercise 4 (stretch): where did the release leave its fingerprint?
#
# A colleague says: "Conversion rose in spring 2025 for everyone; app 3.0 had nothing to do
# with it." For each group - the important customer and everyone else - compute how much
# the ratio changed on app 3.0: the ratio on 3.0 minus the ratio before 3.0. Then say where
# the release left its fingerprint: `"important customer"`, `"everyone else"`, `"both"` or
# `"neither"`.
#
# Use `sessions` (it has `group`, `time_first`, `app_version`, `reserved`).
# %% [markdown] lang="ko"
# ## 연습 4 (도전): 출시는 어디에 지문을 남겼을까?
#
# 동료가 말합니다. "2025년 봄에는 모두의 전환율이 올랐어요. 앱 3.0과는 상관없어요." 두 그룹(중요한
# 고객과 나머지 사용자) 각각에서 앱 3.0으로 비율이 얼마나 바뀌었는지 계산하세요. 3.0에서의 비율 빼기
# 3.0 이전의 비율입니다. 그다음 출시가 어디에 지문을 남겼는지 답하세요. `"important customer"`(중요한
# 고객), `"everyone else"`(나머지 사용자), `"both"`(둘 다), `"neither"`(어느 쪽도 아님) 중 하나를 영어
# 그대로 씁니다.
#
# `sessions`를 쓰세요(`group`, `time_first`, `app_version`, `reserved` 열이 있습니다).
# %%
ex_fingerprint = checks.fingerprint()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Write a function that returns the ratio of a set of sessions (as in Exercise 3). For each
# group, `part = sessions[sessions["group"] == name]`, split by
# `part["app_version"] == "3.0"`, and take the ratio on 3.0 minus the ratio before.
#
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# 세션 묶음의 비율을 돌려주는 함수를 쓰세요(연습 3처럼). 그룹마다
# `part = sessions[sessions["group"] == name]`으로 고르고, `part["app_version"] == "3.0"`으로 나눈 뒤,
# 3.0에서의 비율에서 이전 비율을 뺍니다.
#
# </details>
# %% tags=["exercise"]
change = {"important": ..., "everyone_else": ..., "where": ...}


# %% tags=["solution"]
def ratio_change(part):
    on_new = part["app_version"] == "3.0"
    rate_new = part[on_new].groupby("time_first")["reserved"].mean()
    rate_old = part[~on_new].groupby("time_first")["reserved"].mean()
    return rate_new[True] / rate_new[False] - rate_old[True] / rate_old[False]


change = {
    "important": round(float(ratio_change(sessions[sessions["group"] == "important customer"])), 3),
    "everyone_else": round(float(ratio_change(sessions[sessions["group"] == "everyone else"])), 3),
    "where": "important customer",
}
change

# %%
ex_fingerprint.check(change)

# %% [markdown]
# ## So what
#
# **What a PM decides.** The pain point survives the checks. Inside the important
# customer, sessions that set the time first convert at about half the rate of the same
# users' other sessions or less, in every month before app 3.0; for everyone else the ratio
# stays near 1. The pain is not a season, not the price rise (which hit every session alike) and
# not the promotion (a cohort effect). App 3.0 lifted the ratio from 0.41 to 0.74 in the
# important customer and left everyone else's where it was - evidence that the cause is
# what the team thought: these users cannot see which cars are free at the time they set.
# What is left is the target of the next change: 3.0 *marks* which cars are free, but a
# time-first search can still pick a taken one; the next change *hides* the taken cars.
# Notebook 08 tests it with an A/B test, where random assignment removes the confounders
# for good.
#
# **The trap to avoid:** reading a cohort table one way only. Read by age alone, the
# November 2024 cohorts look like worse users - but the price rise hit *every* cohort that
# month (read the diagonal). And never read a young cohort's blank cells as zero: they are
# "not yet" (right-censoring). Ask of every difference: is it a row (a cohort), a column
# (an age), old vs new users, or a diagonal (a calendar month)? And when two groups convert
# at very different base rates, compare them by a ratio, not by a gap in points.
# %% [markdown] lang="ko"
# ## 그래서 무엇을 할까
#
# **PM이 내리는 결정.** 페인 포인트는 검증을 통과합니다. 중요한 고객 안에서 시간을 먼저 설정한 세션은
# 앱 3.0 이전의 모든 달에 같은 사용자의 다른 세션 전환율의 절반 정도나 그 이하로 전환됩니다. 나머지
# 사용자의 비율은 1 가까이 머뭅니다. 이 불편은 계절 탓도, 가격 인상 탓도(모든 세션에 똑같이 영향을
# 줬습니다), 프로모션 탓도(코호트 효과) 아닙니다. 앱 3.0은 중요한 고객의 비율을 0.41에서 0.74로
# 올렸고 나머지 사용자의 비율은 그대로 두었습니다. 원인이 팀의 생각대로라는 근거입니다. 이
# 사용자들은 자신이 정한 시간에 어떤 차가 비어 있는지 볼 수 없습니다. 남은 부분이 다음 변경의
# 목표입니다. 3.0은 빈 차를 *표시*하지만, 시간을 먼저 설정한 탐색에서도 여전히 이미 예약된 차를 고를
# 수 있습니다. 다음 변경은 예약된 차를 *숨깁니다*. 08 노트북에서 이것을 A/B 테스트로 검증합니다.
# 무작위 배정이 교란 변수를 확실히 없애 줍니다.
#
# **피해야 할 함정:** 코호트 표를 한 방향으로만 읽는 것. 나이 기준으로만 읽으면 2024년 11월
# 코호트들이 더 나쁜 사용자처럼 보이지만, 그 달의 가격 인상은 *모든* 코호트에 영향을 줬습니다(대각선을
# 읽으세요). 그리고 어린 코호트의 빈 칸을 "아무도 없음"으로 읽지 마세요. "아직"입니다(우측
# 중도절단). 모든 차이에 물어보세요. 행(코호트)인가, 열(나이)인가, 기존 대 신규 사용자인가,
# 대각선(달력 월)인가? 그리고 두 그룹의 기본 전환율이 크게 다르면 %p 차이가 아니라 비율로 비교하세요.
# %% [markdown]
# ## Recap
#
# - A **cohort table** has cohorts as rows, age as columns; retention and conversion are
#   two metrics for its cells. Blank cells of young cohorts are **right-censored**: "not
#   yet", not zero.
# - **Three readings**: a row follows one cohort; a column compares cohorts at the same
#   age (cohort effects, e.g. the Sept 2024 promotion cohort); old users vs new users
#   compares early cohorts with recent ones at the ages both have. A **fourth**, the
#   diagonal - or the calendar view - shows calendar effects (the Nov 2024 price rise,
#   summer).
# - **Behavioural cohorts** month by month inside the important customer: setting the time
#   first is the pain point (ratio 0.41; everyone else 0.95); app 3.0 lifted it to 0.74
#   there and nowhere else.
# - **Confounders** leave fingerprints: a price change moves all groups at once, a release
#   moves only its users on its version in the same weeks, a promotion changes one cohort.
# - Each month's active users split into **new, retained, resurrected and dormant**.
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 정리
#
# - **코호트 표**는 코호트가 행, 나이가 열입니다. 리텐션과 전환율은 칸에 넣을 수 있는 두 가지
#   지표입니다. 어린 코호트의 빈 칸은 **우측 중도절단**된 것입니다. 없는 게 아니라 "아직"입니다.
# - **세 가지 읽기**: 행은 한 코호트를 따라가고, 열은 같은 나이의 코호트들을 비교하며(코호트 효과, 예:
#   2024년 9월 프로모션 코호트), 기존 대 신규 사용자는 초기 코호트와 최근 코호트를 둘 다 가진
#   나이에서 비교합니다. **네 번째**인 대각선(또는 달력 월 보기)은 달력 효과를 보여 줍니다(2024년
#   11월 가격 인상, 여름).
# - 중요한 고객 안에서 달마다 본 **행동 코호트**: 시간 먼저 설정이 페인 포인트입니다(비율 0.41, 나머지
#   사용자 0.95). 앱 3.0은 그곳에서만 비율을 0.74로 올렸습니다.
# - **교란 변수**는 지문을 남깁니다. 가격 변경은 모든 그룹을 한꺼번에 움직이고, 출시는 같은 주에 그
#   버전을 쓰는 사용자만 움직이며, 프로모션은 코호트 하나를 바꿉니다.
# - 매달의 활성 사용자는 **신규, 유지, 복귀, 휴면**으로 나뉩니다.
#
# {{nav}}
