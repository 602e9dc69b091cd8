# %% [markdown]
# # 06 · Sync the two views: who is the important customer?
#
# {{nav}}
#
# > **What you will learn**
# > - why a customer-only view and a business-only view each lead a team astray
# > - the intersection: the action-needed combinations of 04 and the evidence of their need
# > - how to match business keywords to that customer's needs
# > - how to compare candidate customers, state the important one, and plan a pilot
# >
# > **Time:** {{time}}.
# >
# > **You need:** [01 North star](01_north_star.ipynb) (completed rides per month),
# > [04 Quadrant](04_quadrant.ipynb) and [05 Business view](05_business_view.ipynb).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown] lang="ko"
# # 06 · 두 관점 맞추기: 중요한 고객은 누구인가?
#
# {{nav}}
#
# > **배울 내용**
# > - 고객 관점만 보거나 비즈니스 관점만 보면 왜 팀이 길을 잃는지
# > - 교집합: 04의 뭘 망설일까 유형 조합과 그 니즈의 근거
# > - 비즈니스 키워드를 그 고객의 니즈에 맞추는 법
# > - 후보 고객을 비교하고, 중요한 고객을 정하고, 파일럿을 계획하는 법
# >
# > **소요 시간:** {{time}}.
# >
# > **먼저 볼 노트북:** [01 북극성 지표](01_north_star.ipynb)(월간 운행 완료 수),
# > [04 사분면](04_quadrant.ipynb), [05 비즈니스 관점](05_business_view.ipynb).
#
# 여기 나오는 데이터는 모두 **합성 데이터**입니다. 봄카는 가상의 카셰어링 회사입니다.
# %% [markdown]
# ## Why: two views, one customer
#
# Notebooks 02-04 looked at Bomcar through the **customer's** eyes (journey, needs,
# segments, quadrant); 05 took the **business** view (stage metrics, 5 whys, strategy
# map). Each view on its own leads a team astray:
#
# | Focus | What the team does | What you see | Why it fails |
# |---|---|---|---|
# | **Customer-only** (고객 관점만) | fixes every complaint, in the order they arrive | a long backlog of small fixes | every pain counts the same, whether it touches a handful of users or thousands, and whether it moves the north star or not |
# | **Business-only** (비즈니스 관점만) | sign-up promotions, blanket price rises | a number on a slide jumps | customers get no more value, so completed rides do not move - or fall |
# | **Both: the intersection** (교집합) | fixes one pain of the customers whose success *is* the north star | few, bigger bets | - |
#
# The long-term most important customer sits in the **intersection**: a customer with an
# unmet need whom the business needs for its north star, *completed rides (returns, 반납)
# per month*. First both failures in the data, then the intersection.
# %% [markdown] lang="ko"
# ## 왜: 두 관점, 한 고객
#
# 02-04 노트북에서는 봄카를 **고객**의 눈으로 봤습니다(여정, 니즈, 세그먼트, 사분면). 05에서는
# **비즈니스** 관점을 잡았습니다(단계별 성과 지표, 5 Whys 기법, 전략 맵). 어느 한쪽만 보면 팀은
# 길을 잃습니다.
#
# | 초점 | 팀이 하는 일 | 보이는 것 | 실패하는 이유 |
# |---|---|---|---|
# | **고객 관점만** | 들어오는 순서대로 모든 불만을 고친다 | 자잘한 수정이 길게 쌓인 백로그 | 불편이 몇 명에게 닿든 수천 명에게 닿든, 북극성 지표를 움직이든 아니든 모두 같은 무게로 다룬다 |
# | **비즈니스 관점만** | 가입 프로모션, 일괄 가격 인상 | 슬라이드의 숫자가 뛴다 | 고객이 얻는 가치는 그대로라 운행 완료가 움직이지 않거나 오히려 준다 |
# | **둘 다: 교집합** | 성공 자체가 곧 북극성 지표인 고객의 불편 하나를 고친다 | 적지만 더 큰 베팅 | - |
#
# 장기적으로 가장 중요한 고객은 **교집합**에 있습니다. 충족되지 않은 니즈가 있으면서, 비즈니스가
# 북극성 지표인 *월간 운행 완료 수(반납)*를 위해 꼭 필요한 고객입니다. 먼저 두 가지 실패를
# 데이터로 확인하고, 그다음 교집합을 봅니다.
# %%
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from course import combinations, data, important_customer, search_behaviour
from course.checks import nb06 as checks
from helpers import i18n, metrics, quadrant, style

i18n.set_language("en")
style.use_course_style()
events = data.load_events()
users = data.load_users()

# %% [markdown] tags=["deck-question"]
# ## See it 1: the business-only view in the data
#
# In September 2024 Bomcar ran a **sign-up promotion**: the first hour free for every new
# user. Sign-ups jumped.
#
# **Guess first:** how much did completed rides (returns) grow from August to September?
# (a) about +100% (b) about +30% (c) about nothing. Then run the cell.
# %% [markdown] lang="ko"
# ## 살펴보기 1: 비즈니스 관점만 본 결과, 데이터로
#
# 2024년 9월 봄카는 **가입 프로모션**을 진행했습니다. 모든 신규 사용자에게 첫 한 시간 무료.
# 가입이 급증했습니다.
#
# **먼저 추측해 보세요:** 8월에서 9월 사이 운행 완료(반납)는 얼마나 늘었을까요?
# (a) 약 +100% (b) 약 +30% (c) 거의 그대로. 그다음 셀을 실행하세요.
# %% tags=["deck-number"]
monthly = metrics.monthly_counts(
    events, ["app_open", "reservation_attempt", "reservation", "return"]
)
monthly["signups"] = users["signup_at"].dt.to_period("M").value_counts()
aug_sep = monthly.loc["2024-08":"2024-09", ["signups", "app_open", "return"]]
change = aug_sep.iloc[1] / aug_sep.iloc[0] - 1
aug_sep.T.assign(change=change.map("{:+.0%}".format))

# %% [markdown]
# Sign-ups rose **234%** (from 520 to 1,738) and app opens 15%, but returns *fell* by 11%.
# The answer is (c): the promotion bought sign-ups and app opens - vanity numbers - not
# rides. It did not necessarily *cause* the fall: August is the summer peak (the most
# returns of 2024).
#
# Two months later, on 1 Nov 2024, Bomcar **raised hourly prices by 12%** on every car. The
# second business-only move. What share of reservation attempts turned into a reservation
# (the **attempt -> reservation conversion**) before and after?
# %% [markdown] lang="ko"
# 가입은 **234%** 늘고(520명에서 1,738명으로) 앱 실행은 15% 늘었지만, 반납은 오히려 11%
# *줄었습니다*. 정답은 (c)입니다. 프로모션이 사들인 것은 가입과 앱 실행, 즉 허영 지표였지 운행이
# 아니었습니다. 다만 프로모션이 감소의 *원인*이라고 단정할 수는 없습니다. 8월은 여름
# 성수기(2024년 중 반납이 가장 많았던 달)이기 때문입니다.
#
# 두 달 뒤인 2024년 11월 1일, 봄카는 모든 차량의 **시간당 요금을 12% 올렸습니다**. 비즈니스
# 관점만 본 두 번째 조치입니다. 가격 인상 전후로 예약 시도 중 예약으로 이어진 비율(**시도 -> 예약
# 전환율**)은 어떻게 달라졌을까요?
# %%
monthly["conversion"] = monthly["reservation"] / monthly["reservation_attempt"]
monthly.loc["2024-10":"2024-11", ["reservation_attempt", "reservation", "conversion"]]

# %% [markdown]
# Conversion fell from 34% in October to 32% in November. But it fell as much the month
# before, from 36% in September - before the price rise. A before/after cannot tell the
# price from the season. Both moves in one picture:
# %% [markdown] lang="ko"
# 전환율은 10월 34%에서 11월 32%로 떨어졌습니다. 그런데 가격 인상 전인 그 전달에도 9월 36%에서
# 그만큼 떨어졌습니다. 전후 비교만으로는 가격 효과와 계절 효과를 구분할 수 없습니다. 두 조치를 한
# 그림으로 봅니다.
# %% tags=["deck-figure"]
fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.3))
months = monthly.loc["2024-06":"2024-12"]
cols = ["signups", "app_open", "return"]
index = months[cols] / months.loc["2024-08", cols] * 100
labels = [str(m) for m in index.index]
for col, colour in zip(cols, ["orange", "sky", "blue"], strict=True):
    left.plot(labels, index[col], marker="o", color=style.PALETTE[colour], label=col)
left.legend(["sign-ups", "app opens", "returns (north star)"])
left.tick_params(axis="x", rotation=45)
style.takeaway(
    left,
    f"Promotion (Sept): sign-ups x3, returns {change['return']:+.0%}",
    xlabel="Month",
    ylabel="Index (Aug 2024 = 100)",
)
conv = monthly["conversion"]
right.plot([str(m) for m in conv.index], conv * 100, marker="o", color=style.PALETTE["blue"])
right.axvline("2024-11", color=style.PALETTE["vermillion"], ls="--")
right.text(
    "2024-11", conv.max() * 100, " price +12% (1 Nov)", va="top", color=style.PALETTE["vermillion"]
)
right.tick_params(axis="x", rotation=90)
style.takeaway(
    right,
    "Conversion slid from Aug to Dec, with no step in Nov",
    xlabel="Month",
    ylabel="Attempt -> reservation (%)",
)
fig.tight_layout()
plt.show()

# %% [markdown]
# Left: sign-ups more than tripled while returns fell 11% from their summer peak. Right:
# conversion slid from August to December with no step at the price rise, and climbs again
# from March 2025. Neither move raised completed rides; how much of each fall is the move
# and how much the season, a before/after cannot show - notebook 07 separates them by
# calendar month. Neither move asked what customers needed.
# %% [markdown] lang="ko"
# 왼쪽: 가입은 세 배 넘게 늘었지만 반납은 여름 정점보다 11% 줄었습니다. 오른쪽: 전환율은 8월부터
# 12월까지 서서히 내려갔고 가격 인상 시점에 계단처럼 꺾이지 않았으며, 2025년 3월부터 다시
# 오릅니다. 두 조치 모두 운행 완료를 늘리지 못했습니다. 각 감소 중 얼마가 조치 탓이고 얼마가 계절
# 탓인지는 전후 비교로 알 수 없습니다. 07 노트북에서 달력 월 기준으로 나누어 봅니다. 그리고 두 조치
# 모두 고객에게 무엇이 필요한지 묻지 않았습니다.
# %% [markdown]
# ## See it 2: the customer-only view in the data
#
# The event log shows what customers run into; a customer-only team works through these
# pains one by one. How many users does each touch?
#
# A **search session** is an app session in which the user browsed (set a time, clicked a
# zone or looked at a car). **Setting the time first**: the first thing the user did on the
# map was to set the hour they want the car.
# %% [markdown] lang="ko"
# ## 살펴보기 2: 고객 관점만 본 결과, 데이터로
#
# 이벤트 로그에는 고객이 무엇에 부딪히는지 드러납니다. 고객 관점만 보는 팀은 이런 불편을 하나씩
# 처리합니다. 각 불편은 사용자 몇 명에게 닿을까요?
#
# **탐색 세션**은 사용자가 둘러본(시간을 설정하거나, 구역을 클릭하거나, 차를 살펴본) 앱
# 세션입니다. **시간 먼저 설정**은 사용자가 지도에서 가장 먼저 한 일이 차를 쓰고 싶은 시간을 정한
# 것이라는 뜻입니다.
# %%
sessions = search_behaviour.search_sessions(events)
failed_time_first = sessions["time_first"] & sessions["attempted"] & ~sessions["reserved"]


def users_with(event):
    return events.loc[events["event"] == event, "user_id"].nunique()


reach = pd.Series(
    {
        "set the time first, attempt failed": sessions.loc[failed_time_first, "user_id"].nunique(),
        "cancelled a reservation": users_with("cancellation"),
        "card pending": (users["card_status"] == "pending").sum(),
        "card failed": (users["card_status"] == "failed").sum(),
        "payment failure at booking": users_with("payment_failure"),
        "licence on hold": (users["licence_status"] == "on_hold").sum(),
        "reported an accident": users_with("accident_report"),
    }
).sort_values()
reach

# %%
fig, ax = plt.subplots(figsize=(8, 4))
colours = [
    style.PALETTE["vermillion"] if name.startswith("set the time") else style.PALETTE["grey"]
    for name in reach.index
]
ax.barh(reach.index, reach, color=colours)
for y, n in enumerate(reach):
    ax.text(n, y, f" {n:,}", va="center", fontsize=9)
ax.set_xlim(0, reach.max() * 1.15)
ax.grid(axis="y", visible=False)
ratio = reach.max() / reach["payment failure at booking"]
style.takeaway(
    ax,
    f"One pain touches {ratio:.0f}x more users than payment failures",
    xlabel="Users who hit it (whole log)",
)
plt.show()

# %% [markdown]
# 4,267 users set the time first, tried to reserve and failed; 211 hit a payment failure,
# 190 have a licence on hold, 155 reported an accident. A customer-only team fixes them in
# the order the tickets arrive.
# The rare pains still deserve a fix (a licence on hold blocks every booking), but they
# cannot move the north star: too few users hit them. A cancellation is the user's own
# choice after a reservation succeeded, not a failure to find a car. Reach alone is not the whole answer
# either - next we ask *whose* pain it is.
# %% [markdown] lang="ko"
# 4,267명이 시간을 먼저 설정하고 예약을 시도했다가 실패했습니다. 결제 실패를 겪은 사용자는 211명,
# 면허 등록 보류 상태인 사용자는 190명, 사고를 신고한 사용자는 155명입니다. 고객 관점만 보는 팀은
# 문의가 들어온 순서대로 고칩니다.
# 드문 불편도 고칠 가치는 있지만(면허 등록 보류는 모든 예약을 막습니다), 겪는 사용자가 너무 적어
# 북극성 지표를 움직이지 못합니다. 취소는 예약이 성공한 뒤 사용자가 스스로 한 선택이지, 차를 찾지
# 못한 실패가 아닙니다. 도달 범위만으로 답이 다 나오지도 않습니다. 다음으로 그 불편이 *누구의*
# 것인지 묻습니다.
# %% [markdown] tags=["deck-question"]
# ## See it 3: the intersection - the quadrant of combinations, recomputed
#
# In notebook 04 you placed **Mass x element combinations** on the quadrant: each user's
# situation (a pay-per-ride member, a subscriber, ...) crossed with their experience in
# their first 60 days (never reserved, reserved but never rode, below or above average);
# x = reservation attempts per user and y = completed rides per user in the 180 days after
# that. We recompute it here exactly as 04 does, cut at the median, so every number below
# comes from one definition.
#
# **Guess first:** which quadrant holds the most users?
# %% [markdown] lang="ko"
# ## 살펴보기 3: 교집합 - 조합 사분면을 다시 계산하기
#
# 04 노트북에서 **매스 세그먼트 x 고객 요소 조합**을 사분면에 놓았습니다. 각 사용자의 상황(건별 결제
# 회원, 구독 회원 등)과 가입 후 첫 60일의 경험(예약한 적 없음, 예약했지만 운행 없음, 평균 미만 또는
# 평균 이상)을 교차한 것입니다. x는 그 뒤 180일 동안의 사용자당 예약 시도 수, y는 사용자당 운행 완료
# 수입니다. 여기서는 04와 똑같이 중앙값으로 나누어 다시 계산합니다. 그래서 아래 숫자는 모두 하나의
# 정의에서 나옵니다.
#
# **먼저 추측해 보세요:** 사용자가 가장 많은 사분면은 어디일까요?
# %% tags=["deck-number"]
per_user = combinations.combination_users(events, users)
table = combinations.combination_table(per_user)
placed = quadrant.place(table, "attempts", "rides", threshold="median")
quadrant.quadrant_summary(placed, "users")

# %% [markdown]
# **Action needed** - many attempts, few rides, "what makes them hesitate?" (뭘 망설일까 유형) -
# is the largest quadrant: 1,683 users, 40% of the users on the quadrant, in
# 3 combinations. Which ones?
# %% [markdown] lang="ko"
# **뭘 망설일까 유형**(시도는 많고 운행은 적은 그룹, "무엇 때문에 망설일까?")이 가장 큰 사분면입니다.
# 사용자 1,683명, 사분면에 놓인 사용자의 40%이며, 3개 조합으로 이루어져 있습니다. 어떤 조합일까요?
# %%
per_user["quadrant"] = per_user["combination"].map(
    placed.set_index("segment")["quadrant"].astype("object")
)
action_needed = per_user["quadrant"] == "action needed"
placed.loc[placed["quadrant"] == "action needed", ["segment", "users", "attempts", "rides"]]

# %% [markdown]
# All three are **pay-per-ride members** (individual, no subscription, card and licence in
# order) who had not got going in their first 60 days: they never reserved, reserved but
# never rode, or rode below the average - here the same as one completed ride (the average
# is 1.48 early rides). Later they try often - 6 to 10 attempts each -
# and complete well under one ride each. A customer with an unmet need (the customer view)
# *and* a lot of lost rides (the business view): a candidate for the intersection. A
# candidate, not yet an answer - we need evidence of the need.
# %% [markdown] lang="ko"
# 세 조합 모두 첫 60일 동안 아직 자리를 잡지 못한 **건별 결제 회원**(개인, 구독 없음, 카드와 면허
# 정상)입니다. 예약한 적이 없거나, 예약했지만 운행하지 않았거나, 평균 미만으로 운행했습니다. 여기서
# 평균 미만은 운행 완료 한 번과 같습니다(초기 운행 평균은 1.48회). 이후 이들은 자주 시도합니다(한 사람당
# 6~10회 시도). 하지만 운행 완료는 한 사람당 한 번에 한참 못 미칩니다. 충족되지 않은 니즈가 있는 고객(고객
# 관점)*이면서* 놓친 운행이 많은 고객(비즈니스 관점)이니, 교집합의 후보입니다. 아직 답이 아니라
# 후보입니다. 니즈의 근거가 필요합니다.
# %% [markdown]
# ## See it 4: what they need in the search stage - and the evidence
#
# Their later attempts fail, so the pain sits in the **search stage** (탐색 단계): finding
# a car they can reserve. Each search session tells us what the user did on the map. The
# behaviour flags of `search_behaviour.search_sessions`: did they **set the time first**,
# **use the car-type filter**, **click two or more zones**, **keep a car type** they rode
# before? And did the session end in a reservation?
#
# **Conversion** here is *search session -> reservation* (the candidates below use
# completed rides per reservation attempt). App 3.0 (March 2025) changed the map, so we
# first look at the sessions before it.
# %% [markdown] lang="ko"
# ## 살펴보기 4: 탐색 단계에서 이들에게 필요한 것, 그리고 근거
#
# 이후의 시도가 실패하므로 불편은 **탐색 단계**, 즉 예약할 수 있는 차를 찾는 단계에 있습니다. 탐색
# 세션마다 사용자가 지도에서 무엇을 했는지 알 수 있습니다. `search_behaviour.search_sessions`의 행동
# 플래그는 이렇습니다. **시간을 먼저 설정**했는가, **차종 필터를 사용**했는가, **두 개 이상의 구역을
# 클릭**했는가, 전에 탔던 **차종을 유지**했는가? 그리고 세션이 예약으로 끝났는가?
#
# 여기서 **전환**은 *탐색 세션 -> 예약*입니다(아래 후보 비교에서는 예약 시도당 운행 완료를 씁니다).
# 앱 3.0(2025년 3월)이 지도를 바꿨으므로, 먼저 그 이전 세션을 봅니다.
# %%
sessions = search_behaviour.search_sessions(events, version_col="app_version")
sessions = sessions[sessions["user_id"].isin(per_user.index)]
sessions["group"] = (
    sessions["user_id"]
    .isin(per_user.index[action_needed])
    .map({True: "action needed", False: "everyone else"})
)
before = sessions[sessions["app_version"].astype(str) < "3.0"]

rows = []
for group, s in before.groupby("group"):
    for flag, label in search_behaviour.BEHAVIOURS.items():
        rate = search_behaviour.conversion_by(s, flag)["conversion"]
        rows.append(
            {
                "group": group,
                "behaviour": label,
                "share of sessions": s[flag].astype("float").mean(),
                "conversion with": rate[True],
                "conversion without": rate[False],
                "ratio": rate[True] / rate[False],
            }
        )
evidence = pd.DataFrame(rows).set_index(["group", "behaviour"])
evidence.round(3)

# %% [markdown]
# The **ratio** is the conversion of sessions *with* the behaviour over those *without* it.
# Nearly every ratio is close to 1 - except one: action-needed sessions that **set the time
# first** convert at only **0.41** of their other sessions' rate (5% vs 12%). Everyone
# else: 0.95 (42% vs 44%).
#
# **Why a ratio, not the difference?** The base rates are far apart: 12% vs 44%. 7 points
# below is more than half of a 12% rate; 2 points is a twentieth of 44%. The ratio asks
# both groups the same question - *how much of its own rate does a time-first session
# keep?*
#
# The need behind it: these users say *when* they need the car, the map shows cars that
# are taken at that hour, they pick one, and the reservation fails. Did app 3.0 change it?
# %% [markdown] lang="ko"
# **비율**은 그 행동이 *있는* 세션의 전환율을 *없는* 세션의 전환율로 나눈 값입니다. 거의 모든 비율이
# 1에 가깝습니다. 단 하나만 예외입니다. 뭘 망설일까 유형에서 **시간을 먼저 설정한** 세션은 같은
# 그룹의 다른 세션 전환율의 **0.41**배로만 전환됩니다(5% 대 12%). 나머지 사용자는 0.95입니다(42% 대
# 44%).
#
# **왜 차이가 아니라 비율일까요?** 기본 전환율이 12% 대 44%로 크게 다릅니다. 7%p 낮다는 것은 12%
# 전환율의 절반 넘게 잃는다는 뜻이지만, 2%p는 44%에 비하면 아주 작은 몫입니다. 비율은 두 그룹에 같은
# 질문을 던집니다. *시간을 먼저 정한 세션은 자기 그룹 전환율을 얼마나 지키는가?*
#
# 그 뒤에 있는 니즈: 이 사용자들은 차가 *언제* 필요한지 먼저 정합니다. 그런데 지도는 그 시간에 이미
# 예약된 차까지 보여 주고, 그중 하나를 고르면 예약이 실패합니다. 앱 3.0은 이것을 바꿨을까요?
# %% tags=["deck-number"]
time_first = {}
for (group, fixed), s in sessions.groupby(["group", sessions["app_version"].astype(str) >= "3.0"]):
    rate = search_behaviour.conversion_by(s, "time_first")["conversion"]
    time_first[(group, "app 3.0" if fixed else "before 3.0")] = rate[True] / rate[False]
time_first = pd.Series(time_first).unstack()[["before 3.0", "app 3.0"]]
time_first.round(2)

# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(10, 4))
long = time_first.reset_index(names="group").melt(
    id_vars="group", var_name="app", value_name="ratio"
)
sns.barplot(
    data=long,
    x="group",
    y="ratio",
    hue="app",
    palette=[style.PALETTE["vermillion"], style.PALETTE["blue"]],
    ax=ax,
)
for container in ax.containers:
    ax.bar_label(container, fmt="%.2f", fontsize=9)
ax.axhline(1, color=style.PALETTE["grey"], ls="--")
ax.set_ylim(0, 1.3)
ax.legend(title="app version", loc="upper left", ncol=2)
style.takeaway(
    ax,
    "Before app 3.0, time-first sessions lost over half their chance in action needed only",
    xlabel="Search sessions of",
    ylabel="Time-first / other sessions' conversion",
)
plt.show()

# %% [markdown]
# App 3.0 lifted the action-needed ratio from 0.41 to 0.74 - it fixed part of the pain,
# not all - and barely changed it for everyone else (0.95 -> 0.93). Among the users on the
# quadrant, the pain is **theirs**: that is what makes them a customer and not just a big
# group. (Pay-per-ride members who signed up from November 2024, too recent for the
# quadrant, show it too: ratio 0.73.)
# %% [markdown] lang="ko"
# 앱 3.0은 뭘 망설일까 유형의 비율을 0.41에서 0.74로 끌어올렸습니다. 불편의 일부를 고쳤을 뿐
# 전부는 아닙니다. 나머지 사용자의 비율은 거의 그대로였습니다(0.95 -> 0.93). 사분면에 놓인 사용자
# 중에서 이 불편은 **이들의 것**입니다. 그래서 이들은 그냥 큰 그룹이 아니라 하나의 고객입니다.
# (2024년 11월 이후에 가입해 사분면에 넣기에는 너무 최근인 건별 결제 회원에게서도 보입니다: 비율
# 0.73.)
# %% [markdown]
# ## See it 5: from business keywords to customer needs
#
# The **keywords are the business's words**. In 05 the PM wrote the behaviour goal for the
# search stage: *"Find the car I want, free at the time I need, quickly."* Its keywords,
# with three more goals from Bomcar's strategy deck, are below. The **needs are the
# customer's**: what the action-needed customers say in reviews and support tickets (the
# voice of the customer). A keyword counts only if a real customer's need answers it:
# %% [markdown] lang="ko"
# ## 살펴보기 5: 비즈니스 키워드에서 고객 니즈로
#
# **키워드는 비즈니스의 말**입니다. 05에서 PM은 탐색 단계의 행동 목표를 이렇게 썼습니다. *"원하는
# 차를, 필요한 시간에 비어 있는 차로, 빠르게 찾는다."* 그 키워드와 봄카 전략 자료의 다른 목표 세 가지가
# 아래에 있습니다. **니즈는 고객의 말**입니다. 뭘 망설일까 유형 고객이 리뷰와 고객 문의에 남긴
# 말(고객의 소리, VoC)입니다. 키워드는 실제 고객의 니즈가 답해 줄 때만 의미가 있습니다.
# %%
ex_keywords = checks.keywords()
print("business keywords:", ", ".join(checks.KEYWORDS))
pd.Series(checks.NEEDS, name="customer need (voice of the customer)").to_frame()

# %% [markdown]
# Exercise 2 asks you to match them. A keyword may point at more than one need, and a need
# may serve more than one keyword. One business goal has no matching customer need.
# %% [markdown] lang="ko"
# 연습 2에서 이 둘을 짝지어 봅니다. 비즈니스 키워드 하나가 여러 니즈를 가리킬 수도 있고, 니즈 하나가
# 여러 키워드에 답할 수도 있습니다. 비즈니스 목표 하나는 맞는 고객 니즈가 없습니다.
#
# 위의 키워드와 니즈는 코드가 쓰는 영어 그대로입니다. 우리말로는 다음과 같습니다(답할 때는 영어
# 키워드와 글자 A-D를 그대로 씁니다).
#
# | 키워드 | 뜻 |
# |---|---|
# | `at the time I need` | 필요한 시간에 |
# | `the car I want` | 원하는 차를 |
# | `quickly` | 빠르게 |
# | `near me` | 가까운 곳에서 |
# | `more sign-ups` | 가입을 더 많이 |
#
# | 니즈 | 고객의 말 |
# |---|---|
# | A | 내가 정한 시간에 어떤 차가 비어 있는지 보고 싶어요. 그래야 예약이 실패하지 않아요. |
# | B | 모든 차를 훑어보지 않고 원하는 차종을 찾고 싶어요. |
# | C | 여러 번 실패하지 않고 한 번에 예약이 확정되면 좋겠어요. |
# | D | 걸어갈 수 있는 구역에 빈 차가 있으면 좋겠어요. |
# %% [markdown]
# ## Your turn (1)
#
# ## Exercise 1 (easy): which view does each action come from?
#
# Four actions a Bomcar team could take. Label each `"customer-only"`, `"business-only"` or
# `"both"` (it meets a customer need *and* moves completed rides).
# %% [markdown] lang="ko"
# ## 직접 해 보기 (1)
#
# ## 연습 1 (쉬움): 각 조치는 어느 관점에서 나왔을까?
#
# 봄카 팀이 할 수 있는 조치 네 가지입니다. 각각에 `"customer-only"`(고객 관점만),
# `"business-only"`(비즈니스 관점만), `"both"`(둘 다: 고객 니즈를 충족하*면서* 운행 완료를 움직임) 중
# 하나를 붙이세요. 값은 영어 그대로 입력합니다.
#
# - `promo_again`: 신규 가입자에게 '첫 한 시간 무료'를 한 달 더 진행
# - `complaint_queue`: 불만 접수함의 모든 항목을 오래된 것부터 처리
# - `price_up`: 모든 차종의 시간당 요금을 일괄 인상
# - `free_at_time`: 건별 결제 회원이 지도에서 정한 시간에 비어 있는 차만 표시
# %%
ex_views = checks.views()
checks.ACTIONS

# %% [markdown]
# <details><summary>Hint</summary>
#
# Ask two questions of each action: does it meet a need a customer has? Does it move
# completed rides? Yes to both means `"both"`.
#
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# 조치마다 두 가지를 물어보세요. 고객이 가진 니즈를 충족하는가? 운행 완료를 움직이는가? 둘 다
# '예'라면 `"both"`입니다.
#
# </details>
# %% tags=["exercise"]
views = {
    "promo_again": ...,
    "complaint_queue": ...,
    "price_up": ...,
    "free_at_time": ...,
}

# %% tags=["solution"]
views = {
    "promo_again": "business-only",  # Sept 2024: sign-ups up, returns down
    "complaint_queue": "customer-only",  # every pain the same, whatever its reach
    "price_up": "business-only",  # Nov 2024: conversion fell
    "free_at_time": "both",  # the action-needed customers' pain, and lost rides
}

# %%
ex_views.check(views)

# %% [markdown]
# ## Exercise 2 (medium): match the keywords to the needs
#
# For each business keyword, give the customer need(s) that answer it: one letter
# (`"A"`), several (`["A", "C"]`), or `"none"` if no need of this customer matches it.
# %% [markdown] lang="ko"
# ## 연습 2 (보통): 키워드를 니즈에 맞추기
#
# 비즈니스 키워드마다 그것에 답하는 고객 니즈를 적으세요. 글자 하나(`"A"`), 여러 개(`["A", "C"]`),
# 또는 이 고객의 어떤 니즈와도 맞지 않으면 `"none"`입니다. 딕셔너리의 키(영어 키워드)는 그대로 두고
# 값만 채웁니다.
# %% [markdown]
# <details><summary>Hint</summary>
#
# Read each keyword as "I want a car ...": which of the customer's needs answers it? One
# business goal has no matching customer need.
#
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# 비즈니스 키워드를 "나는 차를 ... 원한다"로 읽어 보세요. 고객의 니즈 중 어느 것이 답할까요? 비즈니스 목표
# 하나는 맞는 고객 니즈가 없습니다.
#
# </details>
# %% tags=["exercise"]
keyword_to_need = {
    "at the time I need": ...,
    "the car I want": ...,
    "quickly": ...,
    "near me": ...,
    "more sign-ups": ...,
}

# %% tags=["solution"]
keyword_to_need = {
    "at the time I need": "A",
    "the car I want": "B",
    "quickly": ["C", "A"],  # a booking in one go; seeing free cars at the hour gets there
    "near me": "D",
    "more sign-ups": "none",  # a business goal no customer need answers
}

# %%
ex_keywords.check(keyword_to_need)

# %% [markdown]
# Now put the evidence beside each keyword's main need: the behaviour that expresses it
# and its ratio in the action-needed sessions (before app 3.0). "quickly" has no flag of
# its own; its symptom is how many attempts a reservation takes.
# %% [markdown] lang="ko"
# 이제 각 비즈니스 키워드의 주된 니즈 옆에 근거를 놓습니다. 그 니즈를 드러내는 행동과, 뭘 망설일까
# 유형 세션(앱 3.0 이전)에서 그 행동의 비율입니다. "quickly"(빠르게)에는 전용 플래그가 없습니다. 그
# 증상은 예약 하나에 시도가 몇 번 드는가입니다.
# %%
an_before = before[before["group"] == "action needed"]
flag_ratio = evidence.loc["action needed", "ratio"]
need_table = pd.DataFrame(
    {
        "keyword": ["at the time I need", "the car I want", "quickly", "near me"],
        "need": ["A", "B", "C", "D"],
        "behaviour": [
            search_behaviour.BEHAVIOURS["time_first"],
            search_behaviour.BEHAVIOURS["used_filter"],
            "attempted sessions per reservation",
            search_behaviour.BEHAVIOURS["two_plus_zones"],
        ],
    }
)
need_table["what the need is"] = need_table["need"].map(checks.NEEDS)
need_table["evidence (action needed)"] = [
    f"ratio {flag_ratio[search_behaviour.BEHAVIOURS['time_first']]:.2f}",
    f"ratio {flag_ratio[search_behaviour.BEHAVIOURS['used_filter']]:.2f}",
    f"{an_before['attempted'].sum() / an_before['reserved'].sum():.1f} attempted sessions "
    "per reservation",
    f"ratio {flag_ratio[search_behaviour.BEHAVIOURS['two_plus_zones']]:.2f}",
]
need_table

# %% [markdown]
# Only **"at the time I need"** (A) shows in the data: its behaviour cuts this customer's
# conversion to 0.41 of the rest. The filter (B) and zones (D) do not hurt (ratios of
# about 1.1). "quickly" (C) is A's symptom: 9.3 attempted sessions per reservation. Need A
# is where business keyword, customer need and north star meet.
# %% [markdown] lang="ko"
# 데이터에 드러나는 것은 **"at the time I need"**(필요한 시간에, A)뿐입니다. 그 행동은 이 고객의
# 전환율을 나머지의 0.41배로 깎습니다. 필터(B)와 구역(D)은 해가 되지 않습니다(비율 약 1.1).
# "quickly"(빠르게, C)는 A의 증상입니다. 예약 하나에 시도 세션이 9.3개 듭니다. 니즈 A가 비즈니스
# 키워드, 고객 니즈, 북극성 지표가 만나는 곳입니다.
# %% [markdown] tags=["deck-question"]
# ## See it 6: compare the candidates
#
# The largest quadrant is a candidate, not the answer. Put it beside two others:
#
# - **the action-needed pay-per-ride combinations** (above);
# - **subscribers above average** - natural growth: they hold the most rides today;
# - **associate members who never reserved** - low impact: few users, few rides.
#
# Four numbers each: **size**; **need match** (the time-first ratio before app 3.0);
# **prize** in rides (Exercise 3); **retention after a first success** (of those with a
# ride in days 60-240, the share who ride again within 30 days).
# %% [markdown] lang="ko"
# ## 살펴보기 6: 후보 비교하기
#
# 가장 큰 사분면은 후보이지 답이 아닙니다. 다른 두 후보와 나란히 놓아 봅니다.
#
# - **뭘 망설일까 유형의 건별 결제 회원 조합**(위에서 본 것);
# - **평균 이상 구독 회원** - 자연 증분 유형: 지금 운행이 가장 많습니다;
# - **예약한 적 없는 준회원** - 임팩트가 적은 유형: 사용자도 운행도 적습니다.
#
# 각각 네 가지 숫자를 봅니다. **규모**, **니즈 일치도**(앱 3.0 이전의 시간 먼저 설정 비율), 운행으로
# 본 **보상**(연습 3), **첫 성공 후 리텐션**(60-240일 차에 운행한 사용자 중 30일 안에 다시 운행한
# 비율).
# %%
candidates = {
    "pay-per-ride, not got going (action needed)": per_user["quadrant"] == "action needed",
    "subscriber x above average (natural growth)": per_user["combination"]
    == "subscriber x above average",
    "associate member x never reserved (low impact)": per_user["combination"]
    == "associate member x never reserved",
}
start = users.set_index("user_id")["signup_at"]
returns = events.loc[events["event"] == "return", ["user_id", "timestamp"]]
days = (returns["timestamp"] - returns["user_id"].map(start)) / pd.Timedelta(days=1)
returns = returns[((days >= 60) & (days < 240)).to_numpy()].sort_values(["user_id", "timestamp"])
nth = returns.groupby("user_id").cumcount()
first = returns[(nth == 0).to_numpy()].set_index("user_id")["timestamp"]
second = returns[(nth == 1).to_numpy()].set_index("user_id")["timestamp"].reindex(first.index)
rode_again = (second - first) <= pd.Timedelta(days=30)

on_quadrant = per_user[per_user["quadrant"].notna()]
compare = {}
for name, mask in candidates.items():
    who = per_user[mask]
    rate = search_behaviour.conversion_by(before[before["user_id"].isin(who.index)], "time_first")
    compare[name] = {
        "users": len(who),
        "share of rides": who["rides"].sum() / on_quadrant["rides"].sum(),
        "time-first ratio": rate.loc[True, "conversion"] / rate.loc[False, "conversion"],
        "attempts": who["attempts"].sum(),
        "conversion": who["rides"].sum() / who["attempts"].sum(),
        "first success": first.index.isin(who.index).sum(),
        "ride again in 30 days": rode_again[rode_again.index.isin(who.index)].mean(),
    }
compare = pd.DataFrame.from_dict(compare, orient="index")
compare.round(3)

# %% [markdown]
# **Size.** Action needed: 1,683 users. Subscribers above average: 747, and they hold 43%
# of the rides on the quadrant today (action needed: 11%). Associate members who never
# reserved: 205.
#
# **Need match.** Time-first ratio 0.41 for action needed; 0.97 for the subscribers (the
# need does not show: they get a car at the hour they need); 0.66 for the associate
# members, on very few sessions (they rarely get as far as a reservation at all).
#
# **Retention after a first success.** 57% of the subscribers ride again within 30 days,
# against 17% in action needed: a warning, not a veto - fixing the map may not keep them.
# %% [markdown] lang="ko"
# **규모.** 뭘 망설일까 유형: 1,683명. 평균 이상 구독 회원: 747명이며, 지금 사분면 전체 운행의 43%를
# 차지합니다(뭘 망설일까 유형은 11%). 예약한 적 없는 준회원: 205명.
#
# **니즈 일치도.** 시간 먼저 설정 비율은 뭘 망설일까 유형 0.41, 구독 회원 0.97입니다(니즈가 드러나지
# 않습니다. 이들은 필요한 시간에 차를 구합니다). 준회원은 0.66인데, 세션이 아주 적습니다(애초에 예약
# 단계까지 가는 일이 드뭅니다).
#
# **첫 성공 후 리텐션.** 구독 회원은 57%가 30일 안에 다시 운행하지만, 뭘 망설일까 유형은 17%입니다.
# 거부 사유가 아니라 경고입니다. 지도를 고쳐도 이들이 남지 않을 수 있습니다.
# %% [markdown]
# ## Exercise 3 (medium): the prize of need A in the north star
#
# What is need A worth on its own? Take this customer's search sessions in days 60-240
# (before app 3.0). If their time-first sessions converted like *their own* other
# sessions, how many more completed rides a month? 180 days count as 6 months.
# %% [markdown] lang="ko"
# ## 연습 3 (보통): 북극성 지표로 본 니즈 A의 보상
#
# 니즈 A 하나만의 가치는 얼마일까요? 이 고객의 60-240일 차 탐색 세션(앱 3.0 이전)을 봅니다. 시간을
# 먼저 설정한 세션이 *같은 사용자들의* 다른 세션처럼 전환된다면, 한 달에 운행 완료가 몇 건 더
# 생길까요? 180일은 6개월로 칩니다. 답은 숫자 하나로 `prize`에 넣습니다.
# %%
ex_prize = checks.prize_in_rides()
an_ids = per_user.index[action_needed]
age = (an_before["start"] - an_before["user_id"].map(start)) / pd.Timedelta(days=1)
window = an_before[((age >= 60) & (age < 240)).to_numpy()]
tf_sessions = int(window["time_first"].sum())
tf_rate = window.loc[window["time_first"], "reserved"].mean()
other_rate = window.loc[~window["time_first"], "reserved"].mean()
later = events[events["user_id"].isin(an_ids) & events["event"].isin(["reservation", "return"])]
age = (later["timestamp"] - later["user_id"].map(start)) / pd.Timedelta(days=1)
counts = later.loc[((age >= 60) & (age < 240)).to_numpy(), "event"].value_counts()
rides_per_reservation = counts["return"] / counts["reservation"]
window_months = 180 / 30
print(f"time-first sessions {tf_sessions:,}: convert {tf_rate:.3f}, their others {other_rate:.3f}")
print(f"rides per reservation {rides_per_reservation:.2f}")

# %% [markdown]
# <details><summary>Hint</summary>
#
# Extra reservations = time-first sessions x (other rate - time-first rate). Extra rides =
# that x rides per reservation. Then per month: divide by the window's months.
#
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# 추가 예약 = 시간 먼저 설정 세션 수 x (다른 세션 전환율 - 시간 먼저 설정 세션 전환율). 추가 운행 =
# 그 값 x 예약당 운행 수. 그다음 월 단위로: 기간의 개월 수로 나눕니다.
#
# </details>
# %% tags=["exercise"]
prize = ...

# %% tags=["solution"]
prize = tf_sessions * (other_rate - tf_rate) * rides_per_reservation / window_months
prize

# %%
ex_prize.check(prize)

# %% [markdown]
# The same for all three candidates (`checks.need_a_prize` repeats this computation), and
# beside it the **ceiling**: extra rides a month if a candidate's rides per attempt rose
# to the average of all users on the quadrant.
# %% [markdown] lang="ko"
# 세 후보 모두 같은 계산을 합니다(`checks.need_a_prize`가 이 계산을 되풀이합니다). 그 옆에는
# **상한**을 둡니다. 후보의 시도당 운행 수가 사분면 전체 사용자의 평균까지 오른다면 한 달에 늘어나는
# 운행 수입니다.
# %%
reference = on_quadrant["rides"].sum() / on_quadrant["attempts"].sum()
compare["prize per month"] = [
    checks.need_a_prize(per_user.index[mask])["prize_per_month"] for mask in candidates.values()
]
compare["ceiling per month"] = (compare["attempts"] * (reference - compare["conversion"])).clip(
    lower=0
) / window_months
cols = ["users", "time-first ratio", "conversion", "prize per month", "ceiling per month"]
compare[cols].round(3)

# %% [markdown]
# **The prize of need A: about 36 more completed rides a month.** The ceiling - their rides
# per attempt rising from 0.065 to the quadrant's 0.31 - is 515 a month, for the whole
# segment, not what the map fix delivers. Need A explains a small part of this customer's
# gap; the rest is an open question for the team. **Rejected:**
#
# - **Subscribers above average** - no unmet need (ratio 0.97), a prize of about 6 rides a
#   month, no ceiling (they convert at 0.77 against 0.31): keep them happy.
# - **Associate members who never reserved** - too few (205) and too small a reward: need A
#   is worth under one ride a month for them, and even the ceiling is about 15.
#
# ## The important customer, as the method states it
#
# A Mass situation x a customer element, a keyword, the need behind it. The course keeps
# these words in one place, `course/important_customer.py`, so 07 and 08 use exactly them.
# And the users we derived by the method - the action-needed combinations - are exactly
# the users of that definition (`True`):
# %% [markdown] lang="ko"
# **니즈 A의 보상: 한 달에 운행 완료 약 36건 증가.** 상한(시도당 운행 수가 0.065에서 사분면 평균
# 0.31까지 오를 때)은 한 달 515건입니다. 이것은 세그먼트 전체의 상한이지, 지도 개선 하나가 가져다줄
# 몫이 아닙니다. 니즈 A는 이 고객이 뒤처진 차이의 작은 부분만 설명합니다. 나머지는 팀이 풀어야 할
# 열린 질문입니다. **탈락한 후보:**
#
# - **평균 이상 구독 회원** - 충족되지 않은 니즈가 없고(비율 0.97), 보상은 한 달 약 6건, 상한도
#   없습니다(전환율 0.77로 평균 0.31보다 높습니다). 이들은 계속 만족하게 지켜 주면 됩니다.
# - **예약한 적 없는 준회원** - 너무 적고(205명) 보상도 너무 작습니다. 이들에게 니즈 A는 한 달에 운행
#   한 건도 안 되고, 상한조차 약 15건입니다.
#
# ## 방법론이 말하는 중요한 고객
#
# 매스 세그먼트의 상황 x 고객 요소, 키워드, 그 뒤의 니즈. 이 코스는 이 문구를
# `course/important_customer.py` 한곳에 두어 07과 08이 똑같이 씁니다. 그리고 방법론으로 찾아낸
# 사용자들(뭘 망설일까 유형 조합)은 그 정의의 사용자들과 정확히 같습니다(`True`).
#
# 아래 출력은 코드에 적힌 영어 문구입니다. 우리말로는 이렇습니다. 이름(`NAME`): 아직 자리를 잡지
# 못한 건별 결제 회원. 정의(`DEFINITION`): 가입 초기에 탐색했지만 그때 경험이 회원 평균에 못 미친
# 건별 결제 회원(개인, 구독 없음, 카드와 면허 등록 완료). 키워드(`KEYWORD`): 필요한 시간에.
# 니즈(`NEED`): 내가 정한 시간에 어떤 차가 비어 있는지 보고, 예약이 실패하지 않는 것.
# %%
derived = per_user.index[action_needed]
defined = per_user.index[important_customer.is_important_customer(per_user)]
print("derived == defined:", derived.sort_values().equals(defined.sort_values()))
print("name:      ", important_customer.NAME)
print("definition:", important_customer.DEFINITION)
print("keyword:   ", important_customer.KEYWORD)
print("need:      ", important_customer.NEED)

# %% [markdown]
# ## A pilot, then expand
#
# Do not change the map for everyone at once. Pilot where the customer is busiest, check
# the north star, then expand. Where are they?
# %% [markdown] lang="ko"
# ## 파일럿 후 확대
#
# 지도를 한 번에 모든 사용자에게 바꾸지 마세요. 이 고객이 가장 많은 곳에서 파일럿을 하고, 북극성
# 지표를 확인한 뒤 확대합니다. 이들은 어디에 있을까요?
# %%
region = per_user.index[action_needed].map(users.set_index("user_id")["region"])
pilot = pd.DataFrame({"users": pd.Series(region).value_counts().rename_axis("region")})
an_regions = an_before.assign(region=an_before["user_id"].map(users.set_index("user_id")["region"]))
pilot["time-first ratio"] = {
    r: s.loc[s["time_first"], "reserved"].mean() / s.loc[~s["time_first"], "reserved"].mean()
    for r, s in an_regions.groupby("region")
}
pilot.round(2)

# %% [markdown]
# **The plan.**
#
# 1. **Pilot in Seoul**: the most of these users (705 of 1,683). Incheon has the worst
#    ratio (0.33), on far fewer sessions.
# 2. **Check the north star**: this customer's completed rides per month in Seoul over 8
#    weeks, against the same customer elsewhere; the time-first ratio moves first.
# 3. **Expand** region by region if rides rose.
# %% [markdown] lang="ko"
# **계획.**
#
# 1. **서울에서 파일럿**: 이 사용자가 가장 많습니다(1,683명 중 705명). 인천은 비율이 가장
#    나쁘지만(0.33) 세션 수가 훨씬 적습니다.
# 2. **북극성 지표 확인**: 8주 동안 서울에서 이 고객의 월간 운행 완료 수를 다른 지역의 같은 고객과
#    비교합니다. 시간 먼저 설정 비율이 먼저 움직입니다.
# 3. 운행이 늘었다면 지역별로 **확대**합니다.
# %% [markdown]
# ## Your turn (2)
#
# ## Exercise 4 (stretch): write the important-customer statement
#
# Fill in this template with your own words and numbers from this notebook (keep it one
# string):
#
# > Our long-term most important customer is **[segment]**, who **[need]**. They are
# > **[size]** users, and their time-first sessions convert at **[ratio]** of their other
# > sessions' rate. If we **[action]**, we expect **[metric]** to rise by about
# > **[number]** a month.
#
# The checker looks for a segment, a need, a metric and at least one number.
# %% [markdown] lang="ko"
# ## 직접 해 보기 (2)
#
# ## 연습 4 (도전): 중요한 고객 문장 쓰기
#
# 이 템플릿을 자신의 말과 이 노트북의 숫자로 채우세요(문자열 하나로):
#
# > 우리의 장기적으로 가장 중요한 고객은 **[세그먼트]**이며, 이들은 **[니즈]**. 이들은 **[규모]**명이고,
# > 시간을 먼저 설정한 세션은 다른 세션 전환율의 **[비율]**배로 전환됩니다. 우리가 **[조치]**하면,
# > **[지표]**가 한 달에 약 **[숫자]** 오를 것으로 기대합니다.
#
# 체커는 세그먼트, 니즈, 지표, 그리고 숫자를 하나 이상 찾습니다. 한국어로 써도 되고 영어로 써도
# 됩니다(섞어 써도 됩니다).
# %%
ex_statement = checks.statement()

# %% [markdown]
# <details><summary>Hint</summary>
#
# Who: the Mass situation and the element (not an age band). Need: what they try to do and
# cannot. Metric: the number that moves when the need is met. Number: from the candidates
# table.
#
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# 누구: 매스 세그먼트의 상황과 고객 요소(연령대가 아니라). 니즈: 하려고 하지만 하지 못하는 것. 지표:
# 니즈가 충족되면 움직이는 숫자. 숫자: 후보 비교 표에서.
#
# </details>
# %% tags=["exercise"]
important_statement = ...

# %% tags=["solution"]
important_statement = (
    f"Our long-term most important customer is {important_customer.NAME}. Their need: "
    f"{important_customer.NEED}. They are {action_needed.sum():,} users, and their "
    f"time-first sessions convert at {time_first.loc['action needed', 'before 3.0']:.2f} of "
    "their other sessions' rate. If we show only the cars that are free at the hour they "
    "set, we expect their completed rides to rise by about "
    f"{compare['prize per month'].iloc[0]:.0f} a month."
)
print(important_statement)

# %%
ex_statement.check(important_statement)

# %% [markdown]
# ## So what
#
# **What a PM decides.** Bomcar's long-term most important customer is **pay-per-ride
# members who have not got going yet**: the largest quadrant, the keyword's need visible
# in their data (of the users on the quadrant, only there). The next bet is one product
# change for them, piloted in one region - not a promotion, not the whole inbox.
#
# **Before betting, check.** Notebook 07 follows the time-first pain month by month and
# through app 3.0; 08 tests the change on 14-day reservations and converts its lift to
# rides a month.
#
# **The trap to avoid:** an easy number standing in for the customer - sign-ups rose 234%,
# completed rides fell. Ask of every plan: *which customer's need does it meet, and which
# number of the north-star tree moves?*
# %% [markdown] lang="ko"
# ## 그래서 무엇을 할까
#
# **PM이 내리는 결정.** 봄카의 장기적으로 가장 중요한 고객은 **아직 자리를 잡지 못한 건별 결제
# 회원**입니다. 가장 큰 사분면이고, 비즈니스 키워드의 니즈가 이들의 데이터에 드러납니다(사분면의 사용자 중
# 이들에게서만). 다음 베팅은 이들을 위한 제품 변경 하나이며, 한 지역에서 파일럿으로 시작합니다.
# 프로모션도 아니고, 불만 접수함 전체도 아닙니다.
#
# **베팅 전에 확인하세요.** 07 노트북은 시간 먼저 설정의 불편을 달마다, 그리고 앱 3.0 전후로
# 따라갑니다. 08은 그 변경을 14일 예약으로 테스트하고, 상승폭을 한 달 운행 수로 환산합니다.
#
# **피해야 할 함정:** 손쉬운 숫자가 고객을 대신하는 것. 가입은 234% 늘었지만 운행 완료는 줄었습니다.
# 모든 계획에 물어보세요. *어느 고객의 어떤 니즈를 충족하는가, 그리고 북극성 지표 트리의 어느 숫자가
# 움직이는가?*
# %% [markdown]
# ## Recap
#
# - **Customer-only** fixes every complaint equally; **business-only** moves slide numbers
#   (sign-ups, price) that do not move completed rides.
# - The intersection: the action-needed **Mass x element combinations**, whose need shows
#   as a **ratio** (time-first vs other sessions) - a ratio, because base rates differ.
# - Match the business's keywords to the customer's needs; compare candidates on size,
#   need match, prize and retention; state the customer; pilot, then expand.
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 정리
#
# - **고객 관점만** 보면 모든 불만을 똑같이 고치고, **비즈니스 관점만** 보면 운행 완료를 움직이지
#   못하는 슬라이드 숫자(가입, 가격)를 움직입니다.
# - 교집합: 뭘 망설일까 유형의 **매스 세그먼트 x 고객 요소 조합**. 이들의 니즈는 **비율**(시간 먼저
#   설정 세션 대 다른 세션)로 드러납니다. 기본 전환율이 다르기 때문에 비율로 봅니다.
# - 비즈니스 키워드를 고객 니즈에 맞추고, 후보를 규모, 니즈 일치도, 보상, 리텐션으로 비교하고, 고객을
#   정하고, 파일럿 후 확대합니다.
#
# {{nav}}
