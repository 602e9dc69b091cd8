# %% [markdown]
# # 05 · The business view: from the north star to the next action
#
# {{nav}}
#
# > **What you will learn**
# > - The metric hierarchy: north star ← a performance metric (성과 지표) per stage ←
# >   leading indicators (선행 지표); test indicators without being fooled by trend and season
# > - Write the behaviour goal (행동 목표) of a stage and its keywords
# > - Dig from a symptom to a root cause with a **5-whys tree** (5 Whys 기법)
# > - Estimate actions' impact on the data, judge them direct or indirect, rank them, and
# >   draw your strategy map (전략 맵)
# >
# > **Time:** {{time}}.
# >
# > **You need** [01 North star](01_north_star.ipynb) (completed rides per month),
# > [02 Journey map and funnel](02_journey_funnel.ipynb) (the search/browse stage) and
# > [04 Quadrant](04_quadrant.ipynb) (the action-needed segment).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown] lang="ko"
# # 05 · 비즈니스 관점: 북극성 지표에서 다음 액션까지
#
# {{nav}}
#
# > **배울 내용**
# > - 지표 계층: 북극성 지표 ← 단계마다 하나의 성과 지표 ← 선행 지표. 추세와 계절성에
# >   속지 않고 지표를 검증하는 법
# > - 한 단계의 행동 목표와 그 키워드 쓰기
# > - **5 Whys 트리**(5 Whys 기법)로 증상에서 근본 원인까지 파고들기
# > - 액션의 임팩트를 데이터로 추정하고, 직접인지 간접인지 판단해 순위를 매기고, 나의 전략 맵
# >   그리기
# >
# > **소요 시간:** {{time}}.
# >
# > **먼저 볼 노트북:** [01 북극성 지표](01_north_star.ipynb)(월간 운행 완료 수),
# > [02 고객 여정 지도와 퍼널](02_journey_funnel.ipynb)(탐색/조회 단계),
# > [04 사분면](04_quadrant.ipynb)(뭘 망설일까 유형 세그먼트).
#
# 여기 나오는 데이터는 모두 **합성 데이터**입니다. 봄카(Bomcar)는 가상의 카셰어링 회사입니다.
# %% [markdown]
# ## Why: the north star is too far away to steer by
#
# Bomcar's north star (북극성 지표), **completed rides per month**, is the right goal but a
# bad steering wheel: it moves slowly, for many reasons at once, and no team owns it. So
# the business view breaks it down:
#
# 1. **North star** - completed rides per month.
# 2. **A performance metric (성과 지표) per funnel stage** - the share of customers who get
#    through *that* stage; one team owns it.
# 3. **Leading indicators (선행 지표)** - behaviours in that stage that move *with* the stage
#    metric, *before* the north star: **correlated** with it, and **actionable**.
# 4. **Actions** - what the team builds to move a leading indicator.
#
# Drawn as a tree, this is the **strategy map (전략 맵)**.
# %% [markdown] lang="ko"
# ## 왜: 북극성 지표는 너무 멀어서 그것만 보고 운전할 수 없다
#
# 봄카의 북극성 지표인 **월간 운행 완료 수**는 올바른 목표지만 핸들로는 쓰기 어렵습니다. 느리게
# 움직이고, 여러 이유가 한꺼번에 작용하며, 어느 한 팀이 책임지지도 않습니다. 그래서 비즈니스
# 관점은 북극성 지표를 쪼갭니다.
#
# 1. **북극성 지표** - 월간 운행 완료 수.
# 2. **퍼널 단계마다 하나의 성과 지표** - *그* 단계를 통과하는 고객의 비율. 한 팀이 책임집니다.
# 3. **선행 지표** - 그 단계 안의 행동 가운데 단계 지표와 *함께*, 북극성 지표보다 *먼저*
#    움직이는 것. 단계 지표와 **상관관계**가 있고 **실행 가능**해야 합니다.
# 4. **액션** - 선행 지표를 움직이기 위해 팀이 만드는 것.
#
# 이것을 트리로 그린 것이 **전략 맵**입니다.
# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from course import combinations, data, important_customer, search_behaviour
from course.checks import nb05 as checks
from helpers import i18n, strategy, style, whys

i18n.set_language("en")
style.use_course_style()
pd.set_option("display.max_colwidth", 120)

# %% [markdown]
# ## See it 1: a performance metric for each stage
#
# Funnel stages happen inside app **sessions** (세션: one visit to the app). Count each event per
# session: one row per session, one column per event.
# %% [markdown] lang="ko"
# ## 살펴보기 1: 단계마다 하나의 성과 지표
#
# 퍼널 단계는 앱 **세션**(앱을 한 번 방문한 것) 안에서 일어납니다. 세션마다 이벤트를 셉니다.
# 세션당 한 행, 이벤트당 한 열입니다.
# %%
events = data.load_events()
per_session = events.groupby(["session_id", "event"]).size().unstack(fill_value=0)
per_session.iloc[:3, :8]

# %% [markdown]
# Now one performance metric for three stages of the journey from notebook 02:
# %% [markdown] lang="ko"
# 이제 02 노트북의 고객 여정 가운데 세 단계에 대해 성과 지표를 하나씩 구합니다.
# %% tags=["deck-number"]
searched = per_session[per_session["map_view"] > 0]  # sessions that reached the map
stage_metrics = pd.Series(
    {
        "visit -> search: sessions that open the map": (per_session["map_view"] > 0).mean(),
        "search -> reserve: search sessions that reserve": (searched["reservation"] > 0).mean(),
        "reserve -> ride: reservations that become rides": per_session["ride_start"].sum()
        / per_session["reservation"].sum(),
    },
    name="share",
)
stage_metrics.round(3)

# %% [markdown]
# 92% of sessions reach the map, and 86% of reservations become rides. But only 28% of search
# sessions end in a reservation: **search/browse (탐색/조회) is the weakest stage**, the one
# notebook 02 zoomed into. Its performance metric is *the share of search sessions that
# reach a reservation* - the **search-stage conversion** (탐색 단계 전환율).
# %% [markdown] lang="ko"
# 세션의 92%가 지도에 도달하고, 예약의 86%가 운행으로 이어집니다. 그런데 탐색 세션 가운데
# 예약으로 끝나는 것은 28%뿐입니다. **탐색/조회가 가장 약한 단계**이고, 02 노트북에서 확대해
# 본 바로 그 단계입니다. 이 단계의 성과 지표는 *예약에 도달한 탐색 세션의 비율*, 즉
# **탐색 단계 전환율**입니다.
# %% [markdown]
# ## See it 2: which behaviours lead the search stage?
#
# In the search stage we want customers to find a car they can book (you will write this
# goal precisely in Exercise 3). Which logged behaviours could show that going well or
# badly? Four candidates:
#
# - `car_type_filter` - the session used the car-type filter;
# - `two_plus_zones` - the session clicked two or more zones on the map;
# - `time_first` - the session **set the time first**, before clicking a zone or a car;
# - `car_views` - how many cars the session looked at.
#
# One row per search session, with its outcome (`reserved`) and the four candidates:
# %% [markdown] lang="ko"
# ## 살펴보기 2: 어떤 행동이 탐색 단계를 선행할까?
#
# 탐색 단계에서 우리는 고객이 예약할 수 있는 차를 찾기를 바랍니다(이 목표는 연습 3에서 정확히
# 써 봅니다). 로그에 남은 행동 중 무엇이 이 단계가 잘되는지 안되는지를 보여 줄 수 있을까요?
# 후보는 네 가지입니다.
#
# - `car_type_filter` - 세션에서 차종 필터를 썼다
# - `two_plus_zones` - 세션에서 지도의 구역을 두 개 이상 클릭했다
# - `time_first` - 세션에서 구역이나 차를 클릭하기 전에 **시간을 먼저 설정했다**
# - `car_views` - 세션에서 본 차의 수
#
# 탐색 세션당 한 행이고, 결과(`reserved`)와 네 후보가 열로 있습니다.
# %%
browse = events[events["event"].isin(["time_set", "zone_click", "car_view"])]
first_step = browse.groupby("session_id")["event"].first()
sessions = pd.DataFrame(
    {
        "reserved": searched["reservation"] > 0,
        "car_type_filter": searched["car_type_filter"] > 0,
        "two_plus_zones": searched["zone_click"] >= 2,
        "time_first": first_step.reindex(searched.index) == "time_set",
        "car_views": searched["car_view"],
    }
)
sessions.head()

# %% [markdown]
# A first look: the search-stage conversion of sessions *with* and *without* each behaviour.
# %% [markdown] lang="ko"
# 먼저 훑어보기: 각 행동이 *있는* 세션과 *없는* 세션의 탐색 단계 전환율입니다.
# %%
flags = ["car_type_filter", "two_plus_zones", "time_first"]
pd.DataFrame({f: sessions.groupby(f)["reserved"].mean() for f in flags}).round(3)

# %% [markdown]
# - Sessions that use the **car-type filter** reserve more often: 30% against 27%.
# - Sessions with **two or more zone clicks**: 29% against 27% - a small difference.
# - Sessions that **set the time first** reserve *less* often: 25% against 30%.
#   Setting the time first is a sensible thing to do (the customer knows when they need the
#   car), yet the product seems to punish it. Hold on to that.
# %% [markdown] lang="ko"
# - **차종 필터**를 쓴 세션은 예약률이 더 높습니다: 30% 대 27%.
# - **구역을 두 번 이상 클릭**한 세션: 29% 대 27%. 작은 차이입니다.
# - **시간을 먼저 설정한** 세션은 예약률이 *더 낮습니다*: 25% 대 30%.
#   시간을 먼저 정하는 것은 자연스러운 행동입니다(고객은 언제 차가 필요한지 알고 있으니까요).
#   그런데 제품은 그런 고객을 불리하게 대하는 것 같습니다. 이 점을 기억해 두세요.
# %% [markdown]
# ## Exercise 1 (easy): which candidate can never be a leading indicator?
#
# One of the four candidates has the same value in practically every search session, so it
# cannot tell you anything about the search stage, however long you watch it. Which one?
# Answer with its column name.
#
# <details><summary>Hint</summary>
#
# An indicator can only lead something if it moves. Look at the values of each column:
# `sessions["car_views"].value_counts()`, and the same for the others.
# </details>
# %% [markdown] lang="ko"
# ## 연습 1 (쉬움): 선행 지표가 될 수 없는 후보는?
#
# 네 후보 가운데 하나는 사실상 모든 탐색 세션에서 값이 같습니다. 그래서 아무리 오래 지켜봐도
# 탐색 단계에 대해 아무것도 알려 주지 못합니다. 어느 것일까요? 컬럼 이름으로 답하세요.
#
# <details><summary>힌트</summary>
#
# 지표는 움직여야 무언가를 선행할 수 있습니다. 각 컬럼의 값을 살펴보세요:
# `sessions["car_views"].value_counts()`, 다른 컬럼도 마찬가지로.
# </details>
# %%
ex1 = checks.not_an_indicator()

# %% tags=["exercise"]
never_an_indicator = ...  # one of "car_type_filter", "two_plus_zones", "time_first", "car_views"

# %% tags=["solution"]
candidates = ["car_type_filter", "two_plus_zones", "time_first", "car_views"]
# the share of search sessions that have each column's most common value
print(sessions[candidates].apply(lambda col: col.value_counts(normalize=True).iloc[0]))
never_an_indicator = "car_views"

# %%
ex1.check(never_an_indicator)

# %% [markdown]
# `car_views` is 1 in 108,482 of the 108,483 search sessions; the exception is the log's
# last session, cut off at 23:59 on 30 June 2025.
# %% [markdown] lang="ko"
# `car_views`는 탐색 세션 108,483개 중 108,482개에서 1입니다. 예외는 로그의 마지막 세션으로,
# 2025년 6월 30일 23:59에 잘렸습니다.

# %% [markdown]
# ## See it 2, continued: do the candidates move *with* the stage metric, week by week?
#
# A leading indicator should also move *over time* with the stage metric. Compute both as
# weekly series, keeping weeks with at least 200 search sessions (January 2024 had too few)
# and dropping the last week (cut off by the end of the data).
# %% [markdown] lang="ko"
# ## 살펴보기 2, 이어서: 후보들이 주 단위로 단계 지표와 *함께* 움직일까?
#
# 선행 지표라면 *시간에 따라서도* 단계 지표와 함께 움직여야 합니다. 둘 다 주간 시계열로
# 계산하되, 탐색 세션이 200개 이상인 주만 남기고(2024년 1월은 세션이 너무 적었습니다) 마지막
# 주는 뺍니다(데이터 끝에서 잘렸으니까요).
# %%
start = events.groupby("session_id")["timestamp"].min()
sessions["week"] = start.reindex(sessions.index).dt.to_period("W")
per_week = sessions.groupby("week").size()
good = per_week[(per_week >= 200) & (per_week.index < per_week.index.max())].index
full = sessions[sessions["week"].isin(good)]
weekly = full.groupby("week")[["reserved", *flags]].mean()
print(len(weekly), "weeks")
weekly.tail(3).round(3)

# %%
names = {
    "reserved": "Search-stage conversion",
    "car_type_filter": "Used car-type filter",
    "two_plus_zones": "Clicked 2+ zones",
    "time_first": "Set the time first",
}
marks = {"2024-09-01": "promotion", "2024-11-01": "price +12%", "2025-03-04": "app 3.0"}
fig, axes = plt.subplots(4, 1, figsize=(9, 8.5), sharex=True)
for ax, col in zip(axes, names, strict=True):
    share = 100 * weekly[col]
    ax.plot(weekly.index.start_time, share)
    ax.set_ylim(share.mean() - 8, share.mean() + 8)  # the same 16-point window in every panel
    ax.set(title=names[col], ylabel="% of search\nsessions")
    for day, label in marks.items():
        ax.axvline(pd.Timestamp(day), color="grey", ls="--", lw=0.8)
        ax.text(pd.Timestamp(day), share.mean() + 7.5, f" {label}", color="grey", fontsize=8)
axes[-1].set_xlabel("Week, 2024-2025 (sessions grouped by the week they started)")
fig.suptitle(
    "Same scale: conversion has a shape, the behaviours only wobble",
    x=0.01,
    ha="left",
    fontweight="bold",
)
fig.text(0.99, 0.005, style.SYNTHETIC_NOTE, ha="right", fontsize=8, color="grey")
fig.tight_layout()
plt.show()

# %% [markdown]
# Same 16-point window in every panel: conversion (top) has a shape (summer high, dips at the
# promotion and the price change); the behaviours only wobble. Correlations on the weekly
# **levels** and on the **week-over-week changes**:
# %% [markdown] lang="ko"
# 모든 패널이 같은 16%p 폭을 씁니다. 전환율(맨 위)에는 흐름이 있습니다(여름에 높고,
# 프로모션과 가격 인상 때 떨어짐). 행동들은 흔들릴 뿐입니다. 주간 **수준**과 **전주 대비 변화**로
# 상관관계를 구합니다.
# %%
corr = pd.DataFrame(
    {
        "levels": weekly.corr()["reserved"],
        "week-over-week changes": weekly.diff().corr()["reserved"],
    }
).drop("reserved")
corr.round(2)

# %% [markdown]
# - **Levels** correlate weakly, from -0.09 to -0.04. Careful: series that share a season
#   or trend correlate without causing anything.
# - **Week-over-week changes** remove the slow drifts (trend, season, the price step). What
#   is left is from -0.22 to 0.05. The biggest, for time first, has the expected sign; the
#   filter's is negative, the opposite of the table above.
#
# Could these be chance? A **permutation test** shuffles one series' weeks 9,999 times (no
# link left) and counts how often the correlation is at least as strong (a fixed seed):
# %% [markdown] lang="ko"
# - **수준**의 상관관계는 약합니다: -0.09에서 -0.04. 조심하세요. 계절이나 추세를 공유하는
#   시계열은 아무 인과 없이도 상관관계를 보입니다.
# - **전주 대비 변화**는 느린 흐름(추세, 계절, 가격 인상)을 걷어 냅니다. 남는 상관관계는
#   -0.22에서 0.05입니다. 가장 큰 값인 시간 먼저 설정은 예상한 부호이고, 필터는 음수로 위 표와
#   반대입니다.
#
# 우연일 수도 있을까요? **순열 검정**은 한 시계열의 주 순서를 9,999번 섞어(연결을 모두 끊어)
# 상관관계가 그만큼 강하게 나오는 경우가 얼마나 되는지 셉니다(시드 고정).
# %%
from scipy import stats

changes = weekly.diff().dropna()  # one row per week-over-week change


def corr_with_conversion(x):
    return np.corrcoef(x, changes["reserved"])[0, 1]


perm = {}
for f in flags:
    result = stats.permutation_test(
        (changes[f].to_numpy(),),
        corr_with_conversion,
        permutation_type="pairings",  # shuffle the order of the weeks
        n_resamples=9_999,
        random_state=0,
    )
    perm[f] = {"correlation": result.statistic, "p (share of shuffles as strong)": result.pvalue}
perm = pd.DataFrame(perm).T
perm["weekly std (points)"] = 100 * weekly[flags].std()  # how much each share moves
print(f"Search-stage conversion: weekly std {100 * weekly['reserved'].std():.1f} points")
perm.round(3)

# %% [markdown]
# - **Time first**: -0.22; 6.5% of shuffled orders give a correlation as strong
#   (p = 0.065). Suggestive, but weak evidence on its own.
# - **Car-type filter** (-0.13, p = 0.277) and **2+ zones** (0.05, p = 0.678): sizes that
#   shuffled weeks give easily.
#
# A large p does **not** show there is no effect (73 weekly changes are few). The behaviour
# shares vary by only 1.4 to 1.6 points across weeks (last column), about half as much as
# conversion (2.9): **a correlation over time only sees an indicator that moves.**
#
# ### A fairer test: compare within each week
#
# Within one week, sessions share the season, prices and app versions. So per week compute
# conversion *with* the behaviour minus *without* it: a real leading indicator keeps the same
# sign, week after week.
# %% [markdown] lang="ko"
# - **시간 먼저 설정**: -0.22. 순서를 섞은 경우의 6.5%에서 그만큼 강한 상관관계가 나옵니다
#   (p = 0.065). 시사하는 바는 있지만 이것만으로는 약한 증거입니다.
# - **차종 필터**(-0.13, p = 0.277)와 **구역 2+개**(0.05, p = 0.678): 주 순서를 섞어도 쉽게
#   나오는 크기입니다.
#
# p가 크다고 효과가 없다는 뜻은 **아닙니다**(주간 변화 73개는 적은 편입니다). 행동의 비율은 주마다
# 1.4-1.6%p밖에 달라지지 않습니다(마지막 열). 전환율(2.9)의 절반쯤이죠. **시간에 따른 상관관계는
# 움직이는 지표만 볼 수 있습니다.**
#
# ### 더 공정한 검정: 같은 주 안에서 비교하기
#
# 같은 주의 세션은 계절, 가격, 앱 버전을 공유합니다. 그러니 주마다 행동이 *있는* 세션의 전환율에서
# *없는* 세션의 전환율을 뺍니다. 진짜 선행 지표라면 주가 바뀌어도 같은 부호를 유지합니다.
# %%
rates = {f: full.groupby(["week", f])["reserved"].mean().unstack() for f in flags}
gaps = pd.DataFrame({f: r[True] - r[False] for f, r in rates.items()})
pd.DataFrame(
    {
        "weeks higher": (gaps > 0).sum(),
        "weeks lower": (gaps < 0).sum(),
        "mean gap (points)": (100 * gaps.mean()).round(1),
    }
)

# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(9, 4.5))
colours = {"car_type_filter": "green", "two_plus_zones": "sky", "time_first": "vermillion"}
for f in flags:
    ax.plot(
        gaps.index.start_time,
        100 * gaps[f],
        color=style.PALETTE[colours[f]],
        label=names[f],
        lw=2.2 if f == "time_first" else 1.2,
    )
ax.axhline(0, color="black", lw=0.8)
ax.axvline(pd.Timestamp("2025-03-04"), color=style.PALETTE["grey"], ls="--", lw=0.8)
ax.annotate("app 3.0", (pd.Timestamp("2025-03-04"), 16), fontsize=8, color=style.PALETTE["grey"])
ax.legend(loc="lower left", ncols=3, fontsize=9)
ax.set_ylim(-20, 20)
style.takeaway(
    ax,
    f"Time-first sessions convert lower in {(gaps['time_first'] < 0).sum()} of "
    f"{len(gaps)} weeks, less so after app 3.0",
    xlabel="Week, 2024-2025",
    ylabel="Conversion with minus without\n(percentage points)",
    note=False,  # the long title takes the top: the note goes to the bottom right
)
fig.text(0.99, 0.005, style.SYNTHETIC_NOTE, ha="right", fontsize=8, color="grey")
fig.tight_layout()
plt.show()

# %% [markdown]
# - **Set the time first**: lower in 67 of the 74 weeks. And look right of the dashed line:
#   after app 3.0 the gap gets smaller.
# - **Car-type filter**: higher in 61 of 74 weeks - a steady, positive link.
# - **Two or more zones**: higher in 57 of 74 weeks, by 2 points on average - weak, but
#   positive.
#
# The second test, **actionable**: can the team change it?
#
# | Candidate | Correlated with search-stage conversion? | Actionable? | Verdict |
# |---|---|---|---|
# | time-first sessions that reserve | yes: lower in 67 of 74 weeks | yes: what the map shows after a time is set | **leading indicator** |
# | share of sessions using the car-type filter | yes: higher in most weeks | yes: where the filter sits, its default | **leading indicator** |
# | share of sessions with 2+ zone clicks | weak | partly | watch, do not steer by it |
# | car views per session | never moves | - | no |
#
# We do *not* want fewer customers to set the time first: we want **time-first sessions to
# end in a reservation**.
# %% [markdown] lang="ko"
# - **시간 먼저 설정**: 74주 중 67주에서 더 낮습니다. 점선 오른쪽을 보세요. 앱 3.0 이후
#   격차가 줄어듭니다.
# - **차종 필터**: 74주 중 61주에서 더 높습니다. 꾸준한 양의 관계입니다.
# - **구역 두 개 이상**: 74주 중 57주에서 평균 2%p 더 높습니다. 약하지만 양의 관계입니다.
#
# 두 번째 검사는 **실행 가능성**입니다: 팀이 이것을 바꿀 수 있을까요?
#
# | 후보 | 탐색 단계 전환율과 상관관계가 있나? | 실행 가능한가? | 판정 |
# |---|---|---|---|
# | 시간을 먼저 설정한 세션의 예약 | 예: 74주 중 67주에서 더 낮음 | 예: 시간을 설정한 뒤 지도가 보여 주는 것 | **선행 지표** |
# | 차종 필터를 쓴 세션의 비율 | 예: 대부분의 주에서 더 높음 | 예: 필터의 위치와 기본값 | **선행 지표** |
# | 구역을 2+개 클릭한 세션의 비율 | 약함 | 부분적으로 | 지켜보되, 이것으로 운전하지 않음 |
# | 세션당 차량 조회 수 | 움직이지 않음 | - | 아님 |
#
# 우리가 원하는 것은 시간을 먼저 설정하는 고객이 *줄어드는* 것이 *아닙니다*. **시간을 먼저
# 설정한 세션이 예약으로 끝나는 것**입니다.
# %% [markdown]
# ## Exercise 2 (stretch): did app 3.0 fix the time-first problem?
#
# App 3.0, released on 2025-03-04, changed the map "to show which cars are free at the time
# you set" (see `data.load_calendar()`). Customers update their app over a few days, so
# compare by the **app version of each session**, not by date. What share of time-first
# search sessions **on app 3.0** end in a reservation? Give it as a share (0-1).
#
# <details><summary>Hint</summary>
#
# Add each session's app version: `events.groupby("session_id")["app_version"].first()`,
# then keep the sessions with version `"3.0"` and `time_first` True and take the mean of
# `reserved`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 2 (심화): 앱 3.0은 시간 먼저 설정 문제를 고쳤을까?
#
# 2025-03-04에 출시된 앱 3.0은 지도를 "설정한 시간에 어떤 차가 비어 있는지 보여 주도록"
# 바꿨습니다(`data.load_calendar()` 참고). 고객은 며칠에 걸쳐 앱을 업데이트하므로 날짜가 아니라
# **세션의 앱 버전**으로 비교하세요. **앱 3.0에서** 시간을 먼저 설정한 탐색 세션 가운데 예약으로
# 끝나는 비율은 얼마일까요? 비율(0-1)로 답하세요.
#
# <details><summary>힌트</summary>
#
# 세션마다 앱 버전을 붙이세요: `events.groupby("session_id")["app_version"].first()`.
# 그다음 버전이 `"3.0"`이고 `time_first`가 True인 세션만 남겨 `reserved`의 평균을 구하세요.
# </details>
# %%
ex2 = checks.time_first_on_fix()

# %% tags=["exercise"]
time_first_on_3_0 = ...

# %% tags=["solution"]
version = events.groupby("session_id")["app_version"].first()
sessions["version"] = version.reindex(sessions.index).astype("object")
on_3_0 = sessions["version"] == "3.0"
print(sessions.groupby([on_3_0.rename("on app 3.0"), "time_first"])["reserved"].mean().round(3))
time_first_on_3_0 = sessions.loc[on_3_0 & sessions["time_first"], "reserved"].mean()

# %%
ex2.check(time_first_on_3_0)

# %% [markdown]
# On the older versions, time-first sessions reserved 25% of the time against 30% for the
# others: a gap of 5 points. On app 3.0 it is 26% against 29%: a gap of 3 points. **App
# 3.0 fixed part of the problem, not all of it.** Why only part? That is what the 5 whys
# are for.
# %% [markdown] lang="ko"
# 이전 버전에서는 시간을 먼저 설정한 세션의 예약률이 25%, 나머지 세션은 30%였습니다. 격차는
# 5%p입니다. 앱 3.0에서는 26% 대 29%로 격차가 3%p입니다. **앱 3.0은 문제의 일부를 고쳤지만 전부는
# 아닙니다.** 왜 일부만일까요? 그것을 알아내는 것이 5 Whys 기법입니다.
# %% [markdown]
# ## See it 3: the behaviour goal - what we want the customer to do
#
# The stage metric counts; it does not say what the customer should manage to do. The PM
# writes that as the **behaviour goal (행동 목표)** of the stage, in the customer's terms.
#
# | Written as | Example | Is it a behaviour goal? |
# |---|---|---|
# | a customer behaviour | "Return the car on time, without calling support" (return stage) | **yes**: what the customer does |
# | a business number | "Raise search conversion by 10%" | no: what *we* want to see |
# | a feature | "Add an availability filter" | no: what *we* build |
#
# Its **keywords (비즈니스 키워드)** are the few words of the goal that carry it; notebook 06 matches
# them to what customers say they need.
# %% [markdown] lang="ko"
# ## 살펴보기 3: 행동 목표 - 고객이 해내기를 바라는 것
#
# 단계 지표는 숫자를 셀 뿐, 고객이 무엇을 해내야 하는지는 말해 주지 않습니다. PM은 그것을 그
# 단계의 **행동 목표**로, 고객의 언어로 적습니다.
#
# | 어떻게 썼나 | 예 | 행동 목표인가? |
# |---|---|---|
# | 고객의 행동 | "고객센터에 전화하지 않고 제시간에 차를 반납한다" (반납 단계) | **예**: 고객이 하는 일 |
# | 비즈니스 수치 | "탐색 전환율을 10% 올린다" | 아니요: *우리가* 보고 싶은 것 |
# | 기능 | "예약 가능 여부 필터를 추가한다" | 아니요: *우리가* 만드는 것 |
#
# 목표의 **키워드(비즈니스 키워드)**는 목표의 핵심을 담은 몇 단어입니다. 06 노트북에서 이 키워드를
# 고객이 말하는 니즈와 짝짓습니다.
# %% [markdown]
# ## Exercise 3 (easy): write the behaviour goal of the search stage
#
# Write the goal in your own words, English or Korean, and pick one to three keywords
# **from your sentence**.
#
# <details><summary>Hint</summary>
#
# Start with a verb the customer does in the search stage: find, choose, book (찾다, 고르다,
# 예약하다). What did the failed time-first sessions want?
# </details>
# %% [markdown] lang="ko"
# ## 연습 3 (쉬움): 탐색 단계의 행동 목표 쓰기
#
# 목표를 내 말로, 영어나 한국어로 쓰고, **내가 쓴 문장에서** 키워드를 하나에서 세 개까지
# 고르세요. 이 체커는 한국어 답도 읽습니다. 예: `{"goal": "원하는 차를 필요한 시간에 빠르게
# 찾는다", "keywords": ["필요한 시간에", "빠르게"]}`.
#
# <details><summary>힌트</summary>
#
# 탐색 단계에서 고객이 하는 동사로 시작하세요: 찾다, 고르다, 예약하다 (find, choose, book).
# 시간을 먼저 설정하고 실패한 세션의 고객은 무엇을 원했을까요?
# </details>
# %%
ex3 = checks.behaviour_goal()

# %% tags=["exercise"]
behaviour_goal = {"goal": ..., "keywords": ...}  # a sentence; a list of words from it

# %% tags=["solution"]
behaviour_goal = {
    "goal": "Find the car I want, free at the time I need, quickly",
    "keywords": ["the car I want", "at the time I need", "quickly"],
}

# %%
ex3.check(behaviour_goal)

# %% [markdown]
# ## See it 4: from the symptom to a root cause - a 5-whys tree
#
# Whose behaviour falls short? Notebook 04's action-needed customers, pay-per-ride members
# who had not got going in their first 60 days (`important_customer` holds the definition).
# Their attempts and completed rides in the next 180 days:
# %% [markdown] lang="ko"
# ## 살펴보기 4: 증상에서 근본 원인까지 - 5 Whys 트리
#
# 누구의 행동이 기대에 못 미칠까요? 04 노트북의 뭘 망설일까 유형 고객, 즉 처음 60일 동안
# 자리를 잡지 못한 건별 결제 회원입니다(정의는 `important_customer`에 있습니다). 이들의 이후
# 180일 동안의 예약 시도와 운행 완료입니다.
# %% tags=["deck-number"]
per_user = combinations.combination_users(events, data.load_users())
is_ic = important_customer.is_important_customer(per_user)
who = is_ic.map({True: "action needed (04)", False: "everyone else"})
symptom = per_user.groupby(who)[["attempts", "rides"]].sum()
symptom["attempts per completed ride"] = symptom["attempts"] / symptom["rides"]
symptom.round(1)

# %% [markdown]
# The **symptom (증상)**, what we observe: 15.3 attempts per completed ride, against 1.9 for
# everyone else. The first why is in the data too: do they hesitate, or try and fail?
# %% [markdown] lang="ko"
# 우리가 관찰하는 **증상**: 운행 완료 한 건당 예약 시도 15.3번, 다른 고객은 1.9번입니다.
# 첫 번째 '왜'도 데이터에 있습니다. 망설이는 걸까요, 시도했다가 실패하는 걸까요?
# %%
sessions["attempted"] = searched["reservation_attempt"] > 0
tried = sessions[sessions["attempted"]]
pd.DataFrame(
    {
        "share that attempt a reservation": sessions.groupby("time_first")["attempted"].mean(),
        "reservations per attempt": tried.groupby("time_first")["reserved"].mean(),
    }
).round(3)

# %% [markdown]
# Time-first sessions *try* just as often (78% in both groups), but their attempts succeed
# less often: 32% against 38%: their attempts **fail**.
#
# The **5 Whys 기법** (5 whys) asks "why?" of the symptom, then of each answer, down to a
# **root cause (근본 원인)** the team can change; a cause with two reasons **branches**. Keep
# three kinds apart:
#
# - **symptom** - what we observe ("few completed rides", "conversion 9%"): only at the top;
# - **cause** - *why* it happens, about the customer's experience or the product;
# - **action** - what we would do ("show only free cars"): after the tree, in Exercise 5.
#
# Write the tree as rows, like a spreadsheet: `id`, `text`, `parent` (the row it answers
# "why?" to; `None` for the top). Rows sharing a parent are a branch. `whys.explain` reads
# each row back:
# %% [markdown] lang="ko"
# 시간을 먼저 설정한 세션도 똑같이 자주 *시도*합니다(두 그룹 모두 78%). 그런데 시도가 성공하는
# 비율은 32% 대 38%로 더 낮습니다. 이들의 시도는 **실패**합니다.
#
# **5 Whys 기법**(5 whys)은 증상에 "왜?"라고 묻고, 그 답에 다시 묻기를 반복해 팀이 바꿀 수 있는
# **근본 원인**까지 내려갑니다. 이유가 둘인 원인은 **가지를 칩니다**. 세 종류를 구분하세요.
#
# - **증상** - 우리가 관찰하는 것("운행 완료가 적다", "전환율 9%"): 맨 위에만 옵니다.
# - **원인** - 그 일이 *왜* 일어나는지, 고객의 경험이나 제품에 관한 것.
# - **액션** - 우리가 할 일("비어 있는 차만 보여 준다"): 트리 다음, 연습 5에서 다룹니다.
#
# 트리는 스프레드시트처럼 행으로 적습니다: `id`, `text`, `parent`(이 행이 "왜?"에 답하는 행.
# 맨 위 행은 `None`). 같은 parent를 가진 행들이 한 가지입니다. `whys.explain`이 각 행을 어떻게
# 읽었는지 보여 줍니다.
# %%
ex4 = checks.whys_tree()  # the checker of Exercise 4 below
example = [
    {"id": "P", "text": "Many reservation attempts, few completed rides", "parent": None},
    {"id": "1", "text": "Attempts fail more often than they used to", "parent": "P"},
    {"id": "2", "text": "Add a coupon for a failed attempt", "parent": "P"},
]
whys.explain(example)[["id", "parent", "kind", "why"]]

# %% [markdown]
# Row 1 is a second **symptom**, row 2 an **action**: neither belongs under P. The rules read
# words only; whether a cause is *true*, your data and teammates decide.
# %% [markdown] lang="ko"
# 1행은 두 번째 **증상**이고 2행은 **액션**입니다. 둘 다 P 아래에 올 수 없습니다. 규칙은 단어만
# 읽습니다. 원인이 *사실인지*는 데이터와 팀 동료가 판단합니다.
# %% [markdown]
# ## Exercise 4 (medium): your 5-whys tree, from a blank page
#
# Rows of `id`, `text`, `parent`, English or Korean: the symptom above at the top, at least 3
# whys deep on the main branch. Branches are allowed, not required: give two rows the same
# parent where a cause has two reasons.
#
# <details><summary>Hint</summary>
#
# Follow the failed attempts down: why do they fail? Why did the customer pick that car? What
# did the map show about the time they set?
# </details>
# %% [markdown] lang="ko"
# ## 연습 4 (보통): 빈 페이지에서 시작하는 나의 5 Whys 트리
#
# `id`, `text`, `parent`의 행으로, 영어나 한국어로 적으세요(체커는 한국어 문장도 읽습니다). 위의
# 증상을 맨 위에 두고, 주 가지는 적어도 '왜' 3번 깊이까지 내려가세요. 가지는 있어도 되고 없어도
# 됩니다. 한 원인에 이유가 둘이면 두 행에 같은 parent를 주세요.
#
# <details><summary>힌트</summary>
#
# 실패한 시도를 따라 내려가세요. 왜 실패할까요? 고객은 왜 그 차를 골랐을까요? 고객이 설정한
# 시간에 대해 지도는 무엇을 보여 주었나요?
# </details>

# %% tags=["exercise"]
whys_tree = [
    {"id": "P", "text": ..., "parent": None},  # the symptom
    {"id": "1", "text": ..., "parent": "P"},  # why? add rows as you need
]

# %% tags=["solution"]
whys_tree = [
    {"id": "P", "text": "Many reservation attempts, few completed rides", "parent": None},
    {"id": "1", "text": "Their attempts fail: the chosen car cannot be booked", "parent": "P"},
    {"id": "1b", "text": "Some stop at payment: the card saved in the app expired", "parent": "P"},
    {"id": "2", "text": "The car they chose is already booked at the time they set", "parent": "1"},
    {"id": "3", "text": "They chose it on the map, where it looked free", "parent": "2"},
    {"id": "4", "text": "The map shows cars free now, not at the time they set", "parent": "3"},
    {"id": "4b", "text": "A car's card does not say until when it is free", "parent": "3"},
]
whys.explain(whys_tree)[["id", "parent", "depth", "kind", "text"]]

# %%
ex4.check(whys_tree)

# %% [markdown]
# A tree passes only if a branch ends at what the data shows: **the map shows cars free now,
# not at the time you set.** App 3.0 changed the map, yet the gap is still 3 points: a
# partial fix. Any other root cause (the worked answer's 1b) is an untested hypothesis.
# %% [markdown] lang="ko"
# 트리는 한 가지가 데이터가 보여 주는 원인, 즉 **지도는 설정한 시간이 아니라 지금 비어 있는 차를
# 보여 준다**에서 끝나야 통과합니다. 앱 3.0이 지도를 바꿨지만 격차는 여전히 3%p입니다. 부분적인
# 해결이죠. 그 밖의 근본 원인(풀이의 1b)은 아직 검증하지 않은 가설입니다.
# %% [markdown]
# ## See it 5: actions and their impact, computed on the data
#
# For each root cause, ideate actions and judge each one:
#
# - **direct (직접)** - it changes the cause itself (the map shows which cars are free at
#   the time set): the indicator moves soon, measurably;
# - **indirect (간접)** - it works through something else (a coupon, a push, a banner):
#   slower, and harder to measure.
#
# Then a **rough impact estimate**: leading indicator -> stage metric -> north star. The
# indicator is the **time-first ratio** of the important customer: their time-first search
# sessions' conversion over their other sessions' (1 = no pain). Today's values **of the
# important customer** (See it 1's are everyone's), six months before app 3.0:
# %% [markdown] lang="ko"
# ## 살펴보기 5: 액션과 그 임팩트, 데이터로 계산하기
#
# 근본 원인마다 액션을 떠올리고 하나씩 판단합니다.
#
# - **직접** - 원인 자체를 바꿉니다(설정한 시간에 비어 있는 차를 지도가 보여 줌). 지표가 곧,
#   측정 가능하게 움직입니다.
# - **간접** - 다른 무언가를 거쳐 작동합니다(쿠폰, 푸시, 배너). 더 느리고 측정하기 어렵습니다.
#
# 그다음 **대략적인 임팩트 추정**: 선행 지표 -> 단계 지표 -> 북극성 지표. 지표는 중요한 고객의
# **시간 먼저 설정 비율**입니다. 시간을 먼저 설정한 탐색 세션의 전환율을 나머지 세션의 전환율로 나눈
# 값이죠(1 = 페인 포인트 없음). 앱 3.0 이전 여섯 달 동안의, **중요한 고객의** 현재 값입니다(살펴보기
# 1의 값은 전체 고객의 값입니다).
# %%
ic_ids = per_user.index[is_ic]
ic_sessions = search_behaviour.search_sessions(events, version_col="app_version")
ic_sessions = ic_sessions[ic_sessions["user_id"].isin(ic_ids)]
month = ic_sessions["start"].dt.to_period("M")
window = ic_sessions[(month >= "2024-09") & (month <= "2025-02")]  # before app 3.0
months = window["start"].dt.to_period("M").nunique()
per_month = window.groupby("time_first").size() / months  # search sessions a month
rate = window.groupby("time_first")["reserved"].mean()  # reservations per session
ratio_now = rate[True] / rate[False]

in_window = events[events["timestamp"].dt.to_period("M").between("2024-09", "2025-02")]
mine = in_window[in_window["user_id"].isin(ic_ids)]["event"].value_counts()
rides_per_reservation = mine["return"] / mine["reservation"]
north_star = (in_window["event"] == "return").sum() / months
pd.Series(
    {
        "time-first ratio (leading indicator)": ratio_now,
        "search -> reservation of the important customer (stage metric)": window["reserved"].mean(),
        "time-first sessions a month of the important customer": per_month[True],
        "rides per reservation of the important customer": rides_per_reservation,
        "completed rides a month (north star, all customers)": north_star,
    }
).round(3)


# %% [markdown]
# The chain for an action that lifts the ratio to `ratio_to`: time-first sessions would
# convert at `ratio_to` x the others' rate; the extra reservations a month, times rides per
# reservation, are the extra completed rides.
# %% [markdown] lang="ko"
# 비율을 `ratio_to`로 끌어올리는 액션의 연결 고리: 시간을 먼저 설정한 세션이 나머지 세션 예약률의
# `ratio_to`배로 전환된다고 보고, 늘어난 월 예약 수에 예약당 운행 수를 곱하면 늘어난 운행 완료
# 수입니다.
# %%
def impact(ratio_to):
    extra_reservations = per_month[True] * (ratio_to * rate[False] - rate[True])
    return {
        "stage metric after": window["reserved"].mean() + extra_reservations / per_month.sum(),
        "extra_rides": extra_reservations * rides_per_reservation,
    }


on_3_0 = ic_sessions[ic_sessions["app_version"].astype(str) == "3.0"]
ratio_3_0 = (
    on_3_0.loc[on_3_0["time_first"], "reserved"].mean()
    / on_3_0.loc[~on_3_0["time_first"], "reserved"].mean()
)
pd.DataFrame({r: impact(r) for r in [0.6, round(ratio_3_0, 2), 1.0]}).T.round(3)

# %% [markdown]
# Today the ratio is 0.40: this customer's time-first sessions keep only 40% of their
# other sessions' chance, and 8.7% of their search sessions reserve. App 3.0 - a direct but
# partial fix of the map - took their ratio to 0.74: about 23 extra completed rides a month.
# Removing the pain (ratio 1) would be about 41 rides a month, 2.5% of the north star.
# %% [markdown] lang="ko"
# 현재 비율은 0.40입니다. 이 고객이 시간을 먼저 설정한 세션은 나머지 세션 확률의 40%밖에 갖지
# 못하고, 탐색 세션의 8.7%만 예약으로 이어집니다. 지도를 직접 고쳤지만 부분적인 해결이었던 앱
# 3.0은 비율을 0.74로 올렸습니다. 한 달에 운행 완료가 약 23건 늘어나는 셈입니다. 페인 포인트를
# 없애면(비율 1) 한 달에 약 41건, 북극성 지표의 2.5%입니다.
# %% [markdown]
# ## Exercise 5 (medium): your actions, estimated and ranked
#
# At least two actions for your root causes, one direct or more. Each: `cause` (its id),
# `action`, `kind` ("direct"/"indirect"), the `ratio_to` you expect (between today's 0.40 and
# 1; app 3.0 reached 0.74), `extra_rides` from `impact(ratio_to)`, `confidence` (0-1),
# `effort` (1 = a day, 5 = a quarter). Rank by **score = extra rides x confidence / effort**.
#
# <details><summary>Hint</summary>
#
# Give indirect actions (coupons, pushes, banners) a smaller lift and a lower confidence.
# `extra_rides`: `impact(0.8)["extra_rides"]`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 5 (보통): 나의 액션, 추정하고 순위 매기기
#
# 근본 원인에 대한 액션을 두 개 이상, 그중 직접 액션을 하나 이상 적으세요. 각 액션에는
# `cause`(원인의 id), `action`, `kind`("direct"/"indirect", 직접/간접), 기대하는 `ratio_to`(현재
# 0.40과 1 사이. 앱 3.0은 0.74에 도달했습니다), `impact(ratio_to)`로 구한 `extra_rides`,
# `confidence`(0-1), `effort`(1 = 하루, 5 = 한 분기)를 적습니다. `action`은 한국어로 써도 됩니다.
# 체커는 한국어 문장도 읽습니다. "쿠폰", "알림"이 들어가면 간접, "설정한 시간에 비어 있는 차"처럼
# 시간과 빈 차를 함께 말하면 직접으로 판단합니다.
# **점수 = 추가 운행 x 확신도 / 노력**으로 순위를 매기세요.
#
# <details><summary>힌트</summary>
#
# 간접 액션(쿠폰, 푸시, 배너)에는 더 작은 개선과 더 낮은 확신도를 주세요.
# `extra_rides`: `impact(0.8)["extra_rides"]`.
# </details>
# %%
ex5 = checks.ranked_actions()
ex5_ranked = checks.ranked_table()  # checks `ranked`: your actions, scored, best first

# %% tags=["exercise"]
my_actions = [
    {
        "cause": ...,
        "action": ...,
        "kind": ...,
        "ratio_to": ...,
        "extra_rides": ...,
        "confidence": ...,
        "effort": ...,
    },
]
ranked = ...  # my_actions as a table, with a score column, best first

# %% tags=["solution"]
my_actions = [
    {
        "cause": "4",
        "action": "Show only cars free for the whole time set",
        "kind": "direct",
        "ratio_to": 0.9,
        "confidence": 0.7,
        "effort": 3,
    },
    {
        "cause": "4",
        "action": "Sort cars free at the set time to the top",
        "kind": "direct",
        "ratio_to": round(ratio_3_0, 2),
        "confidence": 0.8,
        "effort": 2,
    },
    {
        "cause": "4b",
        "action": "Show until when each car is free on its card",
        "kind": "direct",
        "ratio_to": 0.6,
        "confidence": 0.5,
        "effort": 1,
    },
    {
        "cause": "4",
        "action": "Send a coupon after a failed attempt",
        "kind": "indirect",
        "ratio_to": 0.45,
        "confidence": 0.3,
        "effort": 1,
    },
]
for a in my_actions:
    a["extra_rides"] = impact(a["ratio_to"])["extra_rides"]
ranked = pd.DataFrame(my_actions)
ranked["score"] = ranked["extra_rides"] * ranked["confidence"] / ranked["effort"]
ranked = ranked.sort_values("score", ascending=False)
ranked[["action", "kind", "ratio_to", "extra_rides", "confidence", "effort", "score"]].round(2)

# %%
ex5.check(my_actions)
ex5_ranked.check(ranked)

# %% [markdown]
# In the worked answer (folded above), sorting free cars to the top ranks first: a smaller
# lift than showing only free cars, but surer and cheaper. The coupon ranks last: cheap, but
# it leaves the map as it is.
# %% [markdown] lang="ko"
# 풀이(위에 접혀 있음)에서는 비어 있는 차를 위로 정렬하는 액션이 맨 위에 옵니다. 비어 있는 차만
# 보여 주는 것보다 개선 폭은 작지만, 더 확실하고 더 저렴합니다. 쿠폰은 마지막입니다. 싸지만 지도를
# 그대로 둡니다.
# %% [markdown]
# ## See it 6: your strategy map
#
# The **strategy map (전략 맵)**, drawn from your answers to Exercises 3-5: north star, stage
# metric, indicator, goal, your root causes and ranked actions. Unfinished parts are listed.
# %% [markdown] lang="ko"
# ## 살펴보기 6: 나의 전략 맵
#
# **전략 맵**을 연습 3-5의 답으로 그립니다: 북극성 지표, 단계 지표, 선행 지표, 목표, 내가 찾은
# 근본 원인과 순위를 매긴 액션. 아직 채우지 않은 부분은 목록으로 알려 줍니다.
# %% tags=["deck-figure"]
fig = strategy.strategy_map(
    behaviour_goal,
    whys_tree,
    ranked,
    stage_metric=f"Search sessions that reserve ({stage_metrics.iloc[1]:.0%})",
    indicator=f"Time-first ratio of the important customer ({ratio_now:.2f})",
)
plt.show()

# %% [markdown]
# Read it bottom-up as a chain of bets: *if* we ship the action, *then* the ratio rises,
# *then* more search sessions reserve, *then* more rides. Notebook 08 tests the first arrow.
# %% [markdown] lang="ko"
# 아래에서 위로, 연결된 베팅으로 읽으세요: 액션을 출시*하면* 비율이 오르고, *그러면* 예약하는
# 탐색 세션이 늘고, *그러면* 운행이 늡니다. 08 노트북에서 첫 번째 화살표를 검증합니다.
# %% [markdown]
# ## So what
#
# - The search team steers by *search sessions that reserve* and watches **the time-first
#   ratio** of the important customer every week.
# - The PM's **behaviour goal** and its keywords are the bridge to notebook 06.
# - The root cause the data shows is a product decision - **the map shows cars free now, not
#   at the time you set** - so direct actions on it promise the most.
#
# **The trap to avoid:** leading indicators chosen by a correlation of weekly levels, and a
# 5-whys "tree" of symptoms or actions. Estimate each action on the data before ranking it.
# %% [markdown] lang="ko"
# ## 그래서 무엇을 할까
#
# - 탐색 팀은 *예약으로 이어진 탐색 세션*으로 운전하고, 중요한 고객의 **시간 먼저 설정 비율**을 매주
#   지켜봅니다.
# - PM이 쓴 **행동 목표**와 그 키워드가 06 노트북으로 건너가는 다리입니다.
# - 데이터가 보여 주는 근본 원인은 제품의 결정입니다. **지도는 설정한 시간이 아니라 지금 비어 있는
#   차를 보여 줍니다.** 그래서 이 원인을 직접 겨냥한 액션이 가장 큰 효과를 약속합니다.
#
# **피해야 할 함정:** 주간 수준의 상관관계로 고른 선행 지표, 그리고 증상이나 액션으로 채운 5 Whys
# "트리". 순위를 매기기 전에 각 액션을 데이터로 추정하세요.
# %% [markdown]
# ## Recap
#
# - North star ← stage metric (성과 지표) ← leading indicators (선행 지표) ← actions.
#   Search is the weakest stage (28% of search sessions reserve).
# - A leading indicator is **correlated and actionable**; test on changes or within weeks.
#   Time first converts lower in most weeks (67 of 74).
# - Behaviour goal: what the customer does, not a number, not a feature.
# - 5-whys tree: a symptom at the top, causes below, branches allowed.
# - Actions: direct or indirect, estimated on the data, ranked by impact x confidence / effort.
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 정리
#
# - 북극성 지표 ← 단계 지표(성과 지표) ← 선행 지표 ← 액션.
#   탐색이 가장 약한 단계입니다(탐색 세션의 28%만 예약).
# - 선행 지표는 **상관관계가 있고 실행 가능**해야 합니다. 변화량이나 같은 주 안에서 검증하세요.
#   시간을 먼저 설정한 세션은 대부분의 주(74주 중 67주)에서 전환율이 더 낮습니다.
# - 행동 목표: 고객이 하는 일. 수치도 아니고 기능도 아닙니다.
# - 5 Whys 트리: 맨 위에 증상, 그 아래에 원인. 가지를 쳐도 됩니다.
# - 액션: 직접 또는 간접, 데이터로 추정하고, 임팩트 x 확신도 / 노력으로 순위를 매깁니다.
#
# {{nav}}
