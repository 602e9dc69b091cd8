# %% [markdown]
# # 03 · Segmentation: who are the customers behind the search stage?
#
# {{nav}}
#
# > **What you will learn**
# > - to start from a stage's needs and list the categories of customers (세그먼트) who could
# >   hold them;
# > - to sort segments into **Mass** and **Specific** by their *situation* (ordinary or
# >   unusual), then size each against the north star;
# > - why small Specific segments still matter: they convert very differently;
# > - to measure a customer element (고객 요소), experience frequency, on each user's first 60
# >   days, and build the **Mass x element combinations** that notebook 04 places;
# > - jobs to be done: which jobs recur, which are done in one visit, and where retention
# >   work belongs; plus behaviour-based segments and RFM.
# >
# > **Time:** {{time}}. **You need:** [01 North star](01_north_star.ipynb) and
# > [02 Journey map and funnel](02_journey_funnel.ipynb).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown] lang="ko"
# # 03 · 세그먼테이션: 탐색 단계 뒤에 있는 고객은 누구인가?
#
# {{nav}}
#
# > **배울 내용**
# > - 한 단계의 니즈에서 출발해, 그 니즈를 가질 수 있는 고객의 범주(세그먼트)를 나열합니다.
# > - 세그먼트를 *상황*(평범한가, 흔치 않은가)에 따라 **Mass**와 **Specific**으로 나누고,
# >   각각의 크기를 북극성 지표에 비추어 잽니다.
# > - 작은 Specific 세그먼트가 왜 중요한지 봅니다. 전환율이 전혀 다릅니다.
# > - 고객 요소인 경험 빈도를 사용자마다 처음 60일 동안 측정하고, 04 노트북이 배치할
# >   **Mass x 요소 조합**을 만듭니다.
# > - 서비스 이용 이유(JTBD): 어떤 이유가 반복되고 어떤 이유가 한 번 방문으로 끝나는지,
# >   리텐션 작업을 어디에 써야 하는지 봅니다. 행동 기반 세그먼트와 RFM도 다룹니다.
# >
# > **소요 시간:** {{time}}. **먼저 볼 노트북:** [01 북극성 지표](01_north_star.ipynb),
# > [02 고객 여정 지도와 퍼널](02_journey_funnel.ipynb).
#
# 여기 나오는 데이터는 모두 **합성 데이터**입니다. 봄카는 가상의 카셰어링 회사입니다.
# %% [markdown]
# ## Why: needs live in groups of customers
#
# Notebook 02 read the stages' needs from the voice of the customer. The largest is in the
# **search/browse** stage (탐색/조회): "see which cars are free at the hour I set"; and visits
# that set the time first convert worst. To act on a need you have to know *who* holds it: a
# **segment** (세그먼트) is a group of customers in the same situation, so likely to share a
# need.
#
# The method, step by step:
#
# 1. **Start from the stage's needs** and list the categories of customers who could hold
#    them: membership (subscriber or pay per ride), individual or corporate, card and licence
#    registered, pending or failed, an accident.
# 2. **Sort by situation**: a **Mass** segment is an *ordinary* situation that many customers
#    are in; a **Specific** segment is an *unusual* situation (a failed card, a licence on
#    hold, an accident). Then **size** each against the north star.
# 3. **Add a customer element** (고객 요소) that cuts across segments, experience frequency,
#    measured on each user's early period, and **combine** it with the Mass segments.
# 4. Look again from **behaviour**: jobs to be done, what people did, and RFM.
# %% [markdown] lang="ko"
# ## 왜: 니즈는 고객 그룹 안에 있다
#
# 02 노트북에서는 고객의 소리(VoC)에서 단계별 니즈를 읽었습니다. 가장 큰 니즈는
# **탐색/조회** 단계에 있습니다. "내가 정한 시간에 어떤 차가 비어 있는지 보고 싶다"입니다.
# 그리고 시간을 먼저 정한 방문의 전환율이 가장 낮습니다. 니즈를 해결하려면 *누가* 그 니즈를
# 가졌는지 알아야 합니다. **세그먼트**는 같은 상황에 있는 고객 그룹이라서, 같은 니즈를 가졌을
# 가능성이 높습니다.
#
# 방법을 단계별로 보면 이렇습니다.
#
# 1. **단계의 니즈에서 출발해** 그 니즈를 가질 수 있는 고객의 범주를 나열합니다: 멤버십(구독
#    또는 건별 결제), 개인 또는 법인, 카드와 면허의 등록 완료·대기·실패, 사고.
# 2. **상황으로 나눕니다.** **Mass** 세그먼트는 많은 고객이 처한 *평범한* 상황이고,
#    **Specific** 세그먼트는 *흔치 않은* 상황(카드 실패, 면허 등록 보류, 사고)입니다. 그다음에
#    각각의 **크기**를 북극성 지표에 비추어 잽니다.
# 3. 세그먼트를 가로지르는 **고객 요소**인 경험 빈도를 더해 사용자의 초기 기간에 측정하고,
#    Mass 세그먼트와 **조합**합니다.
# 4. **행동**으로 다시 봅니다: 서비스 이용 이유(JTBD), 고객이 실제로 한 일, RFM.
# %%
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from course import combinations, data, voc
from course.checks import nb03 as checks
from helpers import i18n, metrics, segments, style

i18n.set_language("en")
style.use_course_style()
events, users, rides = data.load_events(), data.load_users(), data.load_rides()
ex1, ex2 = checks.mass_or_specific(), checks.worst_specific()
ex3, ex4 = checks.top_combination(), checks.move_repeat()
# %% [markdown]
# ## The input: the needs you wrote in 02
#
# Each stage's most-cited need in the reviews and tickets. We start from the search stage's.
# %% [markdown] lang="ko"
# ## 입력: 02에서 쓴 니즈
#
# 단계마다 리뷰와 문의에서 가장 많이 언급된 니즈입니다. 탐색 단계의 니즈에서 시작합니다.
# %%
voc_texts = data.load_voc()
voc_texts["theme"] = voc.tag(voc_texts)
needs = voc.top_needs(voc_texts)
needs.to_frame()
# %% [markdown]
# ## See it: categories that could hold the search need
#
# Anyone who searches for a car could hold the need, but their *situation* differs. Four
# columns of `users.csv` describe it. Card and licence first: most users have both
# registered, a few are still pending, fewer failed or are on hold.
# %% [markdown] lang="ko"
# ## 살펴보기: 탐색 니즈를 가질 수 있는 범주
#
# 차를 찾는 사람이라면 누구나 이 니즈를 가질 수 있지만, *상황*은 저마다 다릅니다.
# `users.csv`의 네 열이 그 상황을 알려 줍니다. 먼저 카드와 면허입니다. 대부분의 사용자는 둘 다
# 등록했고, 일부는 아직 대기 중이며, 그보다 적은 수가 실패했거나 보류 상태입니다.
# %%
pd.crosstab(users["card_status"], users["licence_status"], margins=True)
# %% [markdown]
# `combinations.mass_situation` gives each user one situation from these columns, unusual
# ones first: **card failed**, **licence on hold** (Specific); then an **associate member**
# (card or licence still pending: an ordinary step every new customer passes through, so
# Mass), a **corporate member**, a **subscriber**, else a **pay-per-ride member** (Mass).
# %% [markdown] lang="ko"
# `combinations.mass_situation`은 이 열들로 사용자마다 상황을 하나씩 정합니다. 흔치 않은
# 상황부터 봅니다: **card failed**(카드 실패)와 **licence on hold**(면허 등록 보류)는
# Specific입니다. 그다음 **associate member**(준회원: 카드나 면허가 아직 대기 중인 회원입니다.
# 새 고객이라면 누구나 거치는 평범한 단계라서 Mass입니다), **corporate member**(법인 회원),
# **subscriber**(구독 회원), 나머지는 **pay-per-ride member**(건별 결제 회원)로 모두 Mass입니다.
# %%
u = users.set_index("user_id")
u["situation"] = combinations.mass_situation(u)
u["kind"] = u["situation"].astype(str).isin(combinations.MASS)
u["kind"] = u["kind"].map({True: "Mass", False: "Specific"})
u[["member_type", "membership", "card_status", "licence_status", "situation", "kind"]].head()
# %% [markdown]
# ## Exercise 1 (easy): Mass or Specific?
#
# Sort five situations by the method. Answer with a dict, each value `"Mass"` or
# `"Specific"`.
#
# <details><summary>Hint</summary>
#
# Ask "is this an ordinary situation many customers pass through, or an unusual one?", not
# "is this group big?". A pending card or licence is a step in signing up.
# </details>
# %% [markdown] lang="ko"
# ## 연습 1 (쉬움): Mass인가 Specific인가?
#
# 다섯 가지 상황을 방법대로 나누세요. dict로 답하고, 각 값은 `"Mass"` 또는 `"Specific"`입니다.
#
# <details><summary>힌트</summary>
#
# "이 그룹이 큰가?"가 아니라 "많은 고객이 거치는 평범한 상황인가, 흔치 않은 상황인가?"를
# 물으세요. 카드나 면허 등록 대기는 가입 과정의 한 단계입니다.
# </details>
# %% tags=["exercise"]
kinds = {
    "associate member": ...,
    "corporate member": ...,
    "card failed": ...,
    "licence on hold": ...,
    "accident reporter": ...,
}
# %% tags=["solution"]
kinds = {
    "associate member": "Mass",
    "corporate member": "Mass",
    "card failed": "Specific",
    "licence on hold": "Specific",
    "accident reporter": "Specific",
}
# %%
ex1.check(kinds)
# %% [markdown]
# ## See it: size each situation against the north star
#
# Only now do we size them: the share of users, and the share of completed rides (`return`,
# the north star's unit). `metrics.per_user_counts` counts events per user (0 if none):
# %% [markdown] lang="ko"
# ## 살펴보기: 상황별 크기를 북극성 지표에 비추어 재기
#
# 크기는 이제야 잽니다. 사용자 비율, 그리고 운행 완료(`return`, 북극성 지표의 단위) 비율입니다.
# `metrics.per_user_counts`는 사용자별 이벤트 수를 셉니다(없으면 0):
# %%
counts = metrics.per_user_counts(
    events,
    {"attempts": "reservation_attempt", "reservations": "reservation", "rides": "return"},
    users=users["user_id"],
)
u = u.join(counts)
sizes = u.groupby(["kind", "situation"]).agg(
    users=("rides", "size"),
    rides=("rides", "sum"),
    attempts=("attempts", "sum"),
    reservations=("reservations", "sum"),
)
sizes = sizes[sizes["users"] > 0]
sizes["share_of_users"] = sizes["users"] / len(u)
sizes["share_of_rides"] = sizes["rides"] / u["rides"].sum()
sizes["conversion"] = sizes["reservations"] / sizes["attempts"]
sizes = sizes.sort_values(["kind", "users"], ascending=[True, False])
sizes.round(3)
# %% [markdown]
# Sorted by size *after* sorting by situation: pay-per-ride members are the largest Mass
# segment (47% of users) but hold 32% of completed rides; subscribers, 26% of users, hold
# 47%. The associate members (9% of users) are Mass even though they are small: pending is an
# ordinary step. The two Specific situations together are 4.3% of users and hold 0.4% of the
# rides. Look at the `conversion` column (attempts that became a reservation): the Specific
# rows are far apart from the rest.
# %% [markdown] lang="ko"
# 상황으로 나눈 *뒤에* 크기로 정렬했습니다. 건별 결제 회원은 가장 큰 매스 세그먼트(사용자의
# 47%)이지만 운행 완료는 32%만 차지합니다. 구독 회원은 사용자의 26%인데 운행 완료의 47%를
# 차지합니다. 준회원(사용자의 9%)은 작아도 Mass입니다. 대기는 평범한 단계이기 때문입니다. 두
# Specific 상황은 합쳐서 사용자의 4.3%이고, 운행 완료의 0.4%를 차지합니다. `conversion`
# 열(예약으로 이어진 시도의 비율)을 보세요. Specific 행은 나머지와 크게 다릅니다.
# %% [markdown]
# ## See it: Specific segments convert very differently
#
# A third Specific situation is an **accident**: users with an `accident_report` event. They
# are not a column of `users.csv`, so we mark them from the log.
# %% [markdown] lang="ko"
# ## 살펴보기: Specific 세그먼트는 전환율이 전혀 다르다
#
# 세 번째 Specific 상황은 **사고**입니다. `accident_report` 이벤트가 있는 사용자입니다.
# `users.csv`의 열이 아니므로 로그에서 표시합니다.
# %%
u["accident_reporter"] = u.index.isin(events.loc[events["event"] == "accident_report", "user_id"])
specific = pd.DataFrame(
    [
        {
            "segment": name,
            "users": int(mask.sum()),
            "share_of_users": mask.mean(),
            "conversion": checks.conversion(u[mask]),
            "share_of_rides": u.loc[mask, "rides"].sum() / u["rides"].sum(),
        }
        for name, mask in checks.specific_masks(u).items()
    ]
).set_index("segment")
overall = checks.conversion(u)
print(f"everyone: {overall:.0%} of attempts became a reservation")
specific.round(3)
# %% [markdown]
# ## Exercise 2 (medium): which Specific segment converts worst?
#
# Using the table above (or your own pandas), which converts worst? Answer with one of
# `"card failed"`, `"licence on hold"`, `"accident reporter"`.
#
# <details><summary>Hint</summary>
#
# The `conversion` column is reservations / attempts. For one segment by hand:
# `part = u[u["situation"] == "card failed"]`, then
# `part["reservations"].sum() / part["attempts"].sum()`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 2 (보통): 전환율이 가장 낮은 스페시픽 세그먼트는?
#
# 위 표(또는 직접 작성한 pandas 코드)를 보고 답하세요. 전환율이 가장 낮은 세그먼트는
# 무엇일까요? `"card failed"`, `"licence on hold"`, `"accident reporter"` 중 하나로 답하세요.
#
# <details><summary>힌트</summary>
#
# `conversion` 열은 예약 / 시도입니다. 세그먼트 하나를 직접 계산하려면
# `part = u[u["situation"] == "card failed"]`, 그다음
# `part["reservations"].sum() / part["attempts"].sum()`.
# </details>
# %% tags=["exercise"]
worst_specific = ...  # one of the three names
# %% tags=["solution"]
worst_specific = specific["conversion"].idxmin()
# %%
ex2.check(worst_specific)
# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(8, 3))
sns.barplot(
    data=specific.reset_index(),
    x="conversion",
    y="segment",
    color=style.PALETTE["orange"],
    saturation=1,  # the palette's own colour, not a paler one
    ax=ax,
)
ax.bar_label(ax.containers[0], fmt=" {:.0%}", fontsize=9)
ax.axvline(overall, color=style.PALETTE["black"], linestyle="--", linewidth=1)
ax.annotate(
    f"everyone: {overall:.0%}",
    (overall, -0.45),
    xytext=(4, 0),
    textcoords="offset points",
    fontsize=9,
)
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Failed cards and licences on hold almost never get a reservation",
    xlabel="Attempts that became a reservation (%)",
    ylabel="Specific segment",
)
plt.show()
# %% [markdown]
# Licences on hold convert 0% of their attempts (182 users): the licence check blocks every
# one. Failed cards convert 7%; most of their attempts end in a `payment_failure` event.
# The accident reporter segment looks *better* than average (51% against 36%)... but that
# mixes their time before and after the accident. A segment defined by an event should be
# measured *after* that event:
# %% [markdown] lang="ko"
# 면허 등록 보류 사용자(182명)는 시도의 0%가 예약으로 이어집니다. 면허 확인이 모든 시도를
# 막습니다. 카드 실패 사용자는 7%가 예약으로 이어지고, 시도 대부분이 `payment_failure`
# 이벤트로 끝납니다. 사고 신고 세그먼트는 오히려 평균보다 *좋아* 보입니다(36%에 비해 51%)...
# 하지만 여기에는 사고 전과 후가 섞여 있습니다. 이벤트로 정의한 세그먼트는 그 이벤트
# *이후*로 측정해야 합니다:
# %%
first_report = events[events["event"] == "accident_report"].groupby("user_id")["timestamp"].min()
theirs = events[events["user_id"].isin(first_report.index)]
after = theirs["timestamp"] > theirs["user_id"].map(first_report)
for name, part in [("before the accident", theirs[~after]), ("after the accident", theirs[after])]:
    n = part["event"].value_counts()
    print(f"{name}: {n['reservation'] / n['reservation_attempt']:.0%} of attempts reserved")
# %% [markdown]
# Before their accident these 155 users converted 77% of attempts; after it, 27%. Specific
# segments are small, but their fixes are clear (a card retry flow, a licence message, help
# after an accident): give them to the team that owns that moment. Card failed and licence
# on hold stay off the quadrant. An accident is an event, not a situation: an accident
# reporter stays in their Mass situation on the quadrant (117 of the users placed in notebook
# 04 reported one), and their segment is measured separately, after the event, as here.
# %% [markdown] lang="ko"
# 이 155명은 사고 전에는 시도의 77%를 예약으로 전환했고, 사고 후에는 27%였습니다. Specific
# 세그먼트는 작지만 해법이 분명합니다(카드 재시도 흐름, 면허 안내 메시지, 사고 후 지원).
# 그 순간을 맡은 팀에 넘기세요. 카드 실패와 면허 등록 보류는 사분면에 올리지 않습니다. 사고는
# 상황이 아니라 이벤트입니다. 사고 신고 고객은 사분면에서 원래의 Mass 상황에 그대로 남고(04
# 노트북에서 배치하는 사용자 중 117명이 사고를 신고했습니다), 이들의 세그먼트는 여기서처럼
# 이벤트 이후로 따로 측정합니다.
# %% [markdown]
# ## See it: a customer element, measured on the first 60 days
#
# A **customer element** cuts across all segments. Experience frequency asks how far a user
# has got: never reserved; reserved but never rode; rode below the average number of rides;
# rode above it.
#
# *When* you measure it matters. Notebook 04 places segments by attempts and rides; if the
# element were measured on the same rides, the placement would be circular ("users with many
# rides have many rides"). So we measure the element on each user's **first 60 days** after
# sign-up, and keep days 60-240 for the quadrant. Why these windows? The first two months are
# the early period: they hold the aha moment (2 rides in 30 days) and the first rides. 180
# days after is long enough to see a rhythm of a ride every month or two; every user needs
# the whole window, so only sign-ups up to early November 2024 count. Experience frequency
# is the method's example element; other elements exist and use the same windows.
# `combinations.window_counts` counts events per user in a window of days since each user's
# start:
# %% [markdown] lang="ko"
# ## 살펴보기: 처음 60일에 측정한 고객 요소
#
# **고객 요소**는 모든 세그먼트를 가로지릅니다. 경험 빈도는 사용자가 어디까지 왔는지를
# 묻습니다: 예약한 적 없음, 예약했지만 운행한 적 없음, 평균 운행 수보다 적게 운행함, 평균보다
# 많이 운행함.
#
# *언제* 측정하는지가 중요합니다. 04 노트북은 시도와 운행 완료로 세그먼트를 배치합니다. 요소를
# 같은 운행으로 측정하면 배치가 순환 논리가 됩니다("운행이 많은 사용자는 운행이 많다"). 그래서
# 요소는 가입 후 **처음 60일** 동안 측정하고, 60-240일은 사분면을 위해 남겨 둡니다. 왜 이
# 기간일까요? 처음 두 달이 초기 기간입니다. 아하 모먼트(30일 안에 운행 완료 2회)와 첫 운행이 이
# 기간에 있습니다. 그 뒤의 180일은 한두 달에 한 번 운행하는 리듬을 보기에 충분히 깁니다. 모든
# 사용자에게 전체 기간이 있어야 하므로, 2024년 11월 초까지 가입한 사용자만 셉니다. 경험 빈도는
# 이 방법의 예시 요소이고, 다른 요소도 같은 기간을 씁니다. `combinations.window_counts`는
# 사용자마다 시작일로부터 일정 기간 안의 이벤트 수를 셉니다:
# %%
start = u["signup_at"]
end = events["timestamp"].max().normalize() + pd.Timedelta(days=1)
start = start[start + pd.Timedelta(days=240) <= end]  # users whose windows are complete
early = combinations.window_counts(
    events,
    {
        "early_attempts": "reservation_attempt",
        "early_reservations": "reservation",
        "early_rides": "return",
    },
    start,
    (0, 60),
)
searches = events[events["event"].isin(combinations.SEARCH_EVENTS)]
searched = searches.assign(event="search")
searched = combinations.window_counts(searched, {"search": "search"}, start, (0, 60))
early = early[searched["search"] > 0]  # in the search stage: searched in the first 60 days
early["experience"] = segments.experience_element(
    early, reservations_col="early_reservations", rides_col="early_rides"
)
print(f"{len(early):,} users searched in their first 60 days")
print(f"average early rides: {early['early_rides'].mean():.2f}")
early["experience"].value_counts(sort=False)
# %% [markdown]
# 4,575 users signed up early enough to have all 240 days in the log and searched in their
# first 60 days: the search stage's customers. Their average is 1.48 rides in the first 60
# days, so "below average" means exactly one ride and "above average" two or more.
# %% [markdown] lang="ko"
# 4,575명이 240일 전체가 로그에 들어갈 만큼 일찍 가입했고, 처음 60일 안에 탐색했습니다. 이들이
# 탐색 단계의 고객입니다. 처음 60일의 평균 운행 완료는 1.48회이므로, "평균보다 적게"는 정확히 한
# 번, "평균보다 많이"는 두 번 이상 운행했다는 뜻입니다.
# %% [markdown]
# ## See it: Mass x element combinations
#
# Now **combine** each Mass situation with the element, and count in the later window (days
# 60-240) the attempts and completed rides that notebook 04 will place:
# %% [markdown] lang="ko"
# ## 살펴보기: Mass x 요소 조합
#
# 이제 각 Mass 상황을 요소와 **조합**하고, 이후 기간(60-240일)에 04 노트북이 배치할 시도와 운행
# 완료를 셉니다:
# %%
later = combinations.window_counts(
    events, {"attempts": "reservation_attempt", "rides": "return"}, start, (60, 240)
)
per_user = early.join(later).join(u["situation"])
per_user["combination"] = (
    per_user["situation"].astype(str) + " x " + per_user["experience"].astype(str)
)
mass = per_user[per_user["situation"].astype(str).isin(combinations.MASS)]
combos = (
    mass.groupby(["situation", "experience"])
    .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
)
combos = combos[combos["users"] > 0]
combos["share_of_later_rides"] = combos["users"] * combos["rides"] / mass["rides"].sum()
combos.sort_values("users", ascending=False).round(2)
# %% [markdown]
# 16 Mass x element combinations, from 23 to 825 users. The largest by users,
# *pay-per-ride member x never reserved*, holds 4% of the later rides; the largest by rides,
# *subscriber x above average*, holds 42%. Size is not impact.
#
# **Too small to place.** A combination's position on the quadrant is the *mean* of its
# users. With a few dozen users, that mean swings by chance: the standard error below is how
# far it typically moves between two samples of the same size.
# %% [markdown] lang="ko"
# Mass x 요소 조합은 16개이고, 사용자는 23명에서 825명까지입니다. 사용자 수로 가장 큰
# *pay-per-ride member x never reserved*는 이후 운행 완료의 4%를 차지합니다. 운행 완료로 가장 큰
# *subscriber x above average*는 42%를 차지합니다. 크기가 곧 임팩트는 아닙니다.
#
# **배치하기에 너무 작은 조합.** 사분면에서 조합의 위치는 그 사용자들의 *평균*입니다. 사용자가
# 수십 명뿐이면 그 평균은 우연에 따라 흔들립니다. 아래의 표준오차는 같은 크기의 두 표본 사이에서
# 평균이 보통 얼마나 움직이는지를 보여 줍니다.
# %%
swing = mass.groupby("combination")["rides"].agg(["size", "mean", "sem"])
swing.sort_values("size").head(6).round(2)
# %% [markdown]
# *Subscriber x reserved, never rode* (30 users) averages 1.13 later rides with a standard
# error of 0.40: its bubble could land well above or below a cut-off near one ride. The
# course places a combination only with at least 100 users. Five are too small: the three
# *reserved, never rode* cells outside pay-per-ride, and the associate members who rode
# (below and above average). Together they hold 3.2% of the later rides.
#
# The helpers do all of this in two calls: `combinations.combination_users` builds the
# per-user table, `combinations.combination_table` the placed combinations and the list of
# those too small. Same numbers:
# %% [markdown] lang="ko"
# *Subscriber x reserved, never rode*(30명)는 이후 운행 완료가 평균 1.13회이고 표준오차는
# 0.40입니다. 이 버블은 운행 한 번 근처의 기준선보다 한참 위에도, 아래에도 놓일 수 있습니다. 이
# 강의는 사용자가 100명 이상인 조합만 배치합니다. 다섯 조합이 너무 작습니다: 건별 결제 회원이
# 아닌 세 가지 *reserved, never rode* 칸, 그리고 운행한 준회원(평균 이하와 평균 이상)입니다.
# 이들을 합치면 이후 운행 완료의 3.2%입니다.
#
# 헬퍼 두 번의 호출로 이 작업을 모두 할 수 있습니다: `combinations.combination_users`는 사용자별
# 표를, `combinations.combination_table`은 배치할 조합과 너무 작은 조합의 목록을 만듭니다.
# 숫자는 같습니다:
# %%
per_user_helper = combinations.combination_users(events, users)
table = combinations.combination_table(per_user_helper)
print("too small:", table.attrs["too_small"])
table.round(2)
# %% [markdown]
# ## Exercise 3 (medium): the combination with most of the north star
#
# Among the Mass x element combinations, which one holds the largest share of the
# completed rides of days 60-240? Answer with its label as `combination` writes it, e.g.
# `"corporate member x below average"`.
#
# <details><summary>Hint</summary>
#
# `mass["rides"].groupby(mass["combination"]).sum() / mass["rides"].sum()`, then `.idxmax()`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 3 (보통): 북극성 지표를 가장 많이 차지하는 조합
#
# Mass x 요소 조합 가운데, 60-240일의 운행 완료에서 가장 큰 비율을 차지하는 조합은 무엇일까요?
# `combination`에 적힌 레이블 그대로 답하세요. 예: `"corporate member x below average"`.
#
# <details><summary>힌트</summary>
#
# `mass["rides"].groupby(mass["combination"]).sum() / mass["rides"].sum()`, 그다음 `.idxmax()`.
# </details>
# %% tags=["exercise"]
top_combo = ...  # a label like "corporate member x below average"
# %% tags=["solution"]
share = mass["rides"].groupby(mass["combination"]).sum() / mass["rides"].sum()
top_combo = share.idxmax()
# %%
ex3.check(top_combo)
# %% [markdown]
# ## See it: jobs to be done
#
# **Jobs to be done** (JTBD, 서비스 이용 이유) asks *why* someone uses the service. Some jobs are
# done in a visit or two: a one-off move needs a van once. Others **recur** by nature:
# everyday trips (shopping, a weekend outing, a meeting across town). The method: focus
# retention work on the **recurring** jobs. A job that fails on the first visit is a
# *conversion* pain (fix the visit), not a retention target.
#
# Measure it. A customer whose first completed ride was a **van** they picked with the
# car-type filter came for a move; everyone else for an everyday trip. Did they ride again
# within 90 days of that first ride? `checks.first_ride_jobs` does it in pandas you can read.
# It covers the riders whose first ride is at least 90 days before the log ends (4,345 of
# the 5,768 who rode): the others have not had 90 days to come back yet.
# %% [markdown] lang="ko"
# ## 살펴보기: 서비스 이용 이유
#
# **서비스 이용 이유**(JTBD, jobs to be done)는 고객이 *왜* 서비스를 쓰는지 묻습니다. 어떤
# 이유는 한두 번의 방문으로 끝납니다. 한 번뿐인 이사에는 밴이 한 번만 필요합니다. 어떤 이유는
# 본래 **반복됩니다**: 일상 이동(장보기, 주말 나들이, 시내 반대편의 미팅)입니다. 방법은
# 이렇습니다: 리텐션 작업은 **반복되는** 이유에 집중합니다. 첫 방문에서 실패하는 이유는 *전환*의
# 페인 포인트(방문을 고칠 것)이지 리텐션 대상이 아닙니다.
#
# 측정해 봅시다. 첫 운행 완료가 차종 필터로 고른 **밴**이었던 고객은 이사를 위해 왔고, 나머지는
# 모두 일상 이동을 위해 왔습니다. 이들은 첫 운행 후 90일 안에 다시 운행했을까요?
# `checks.first_ride_jobs`가 읽기 쉬운 pandas 코드로 이를 계산합니다. 첫 운행이 로그 끝보다
# 90일 이상 앞선 운행 고객(운행한 5,768명 중 4,345명)만 다룹니다. 나머지는 아직 돌아올 90일이
# 지나지 않았습니다.
# %%
jobs = checks.first_ride_jobs(events, rides)
jobs.head(3)
# %%
by_job = jobs.groupby("job")["repeat_90d"].agg(riders="size", rode_again="mean")
by_job.round(2)
# %%
fig, ax = plt.subplots(figsize=(8, 2.6))
sns.barplot(
    data=by_job.reset_index(),
    x="rode_again",
    y="job",
    color=style.PALETTE["blue"],
    saturation=1,
    ax=ax,
)
ax.bar_label(ax.containers[0], fmt=" {:.0%}", fontsize=9)
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
style.takeaway(
    ax,
    "Movers rarely come back; everyday riders mostly do",
    xlabel="Riders who rode again within 90 days of their first ride (%)",
    ylabel="Job (first ride)",
)
plt.show()
# %% [markdown]
# 30% of the 262 movers ride again within 90 days, against 67% of everyday riders. A
# reminder campaign for movers would spend money on a job that is done. Retention work
# belongs with the **everyday trip**, the recurring job; and a customer who searches for a
# car at their time and fails on the first visit has a *conversion* pain, the one notebooks
# 04-08 follow.
# %% [markdown] lang="ko"
# 이사 고객 262명 중 30%가 90일 안에 다시 운행하고, 일상 이동 고객은 67%가 다시 운행합니다.
# 이사 고객에게 리마인드 캠페인을 하면 이미 끝난 일에 돈을 쓰는 셈입니다. 리텐션 작업은 반복되는
# 이유인 **일상 이동**에 써야 합니다. 그리고 원하는 시간에 차를 찾다가 첫 방문에서 실패하는
# 고객은 *전환*의 페인 포인트를 겪고 있습니다. 04-08 노트북이 따라가는 것이 바로 이 페인
# 포인트입니다.
# %% [markdown]
# ## Exercise 4 (stretch): how often do movers come back?
#
# Compute the share of movers who ride again within 90 days of their first ride. Answer
# with a number between 0 and 1.
#
# <details><summary>Hint</summary>
#
# Three steps, one line each:
#
# 1. One row per rider with its job: `jobs = checks.first_ride_jobs(events, rides)`.
# 2. The movers only: `movers = jobs[jobs["job"] == "one-off move (van)"]`.
# 3. The share of True in `repeat_90d`: `move_repeat = movers["repeat_90d"].mean()`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 4 (심화): 이사 고객은 얼마나 자주 돌아올까?
#
# 첫 운행 후 90일 안에 다시 운행한 이사 고객의 비율을 구하세요. 0과 1 사이의 숫자로 답하세요.
#
# <details><summary>힌트</summary>
#
# 세 단계, 각각 한 줄입니다:
#
# 1. 운행 고객마다 한 행과 그 이유(job): `jobs = checks.first_ride_jobs(events, rides)`.
# 2. 이사 고객만: `movers = jobs[jobs["job"] == "one-off move (van)"]`.
# 3. `repeat_90d`에서 True의 비율: `move_repeat = movers["repeat_90d"].mean()`.
# </details>
# %% tags=["exercise"]
move_repeat = ...  # a share, e.g. 0.5
# %% tags=["solution"]
move_repeat = jobs.loc[jobs["job"] == "one-off move (van)", "repeat_90d"].mean()
# %%
ex4.check(move_repeat)
# %% [markdown]
# ## See it: behaviour-based segments
#
# Categories say who a customer *is*; behaviour says what they *did*. Four segments from the
# funnel of notebook 02: signed up and left (no browsing at all); browses but never presses
# the call to action (CTA, *Reserve*); pressed it and dropped; converted.
# %% [markdown] lang="ko"
# ## 살펴보기: 행동 기반 세그먼트
#
# 범주는 고객이 *누구인지*를 말하고, 행동은 고객이 *무엇을 했는지*를 말합니다. 02 노트북의
# 퍼널에서 나온 네 세그먼트입니다: 가입하고 떠남(탐색이 전혀 없음), 탐색하지만 행동 유도
# 버튼(CTA, *예약하기*)은 누르지 않음, 눌렀지만 이탈함, 전환함.
# %%
u["behaviour"] = segments.behaviour_segments(
    events, browse=["map_view", "car_view"], cta="reservation_attempt", conversion="reservation"
)
behaviour = u.groupby("behaviour").agg(users=("rides", "size"), rides=("rides", "sum"))
behaviour["share_of_users"] = behaviour["users"] / len(u)
behaviour["share_of_rides"] = behaviour["rides"] / u["rides"].sum()
behaviour.round(2)
# %% [markdown]
# 919 users signed up and left; 908 browsed but never pressed *Reserve*; 1,783 (18%)
# pressed it and never got a reservation (the drop-off notebook 02 measured between pressing
# *Reserve* and getting a reservation). Only converted users ride, so they hold all of the
# north star. The third group is the interesting one: they *wanted* a car and the product did
# not give them one. Each group needs a different action: onboarding, a clearer call to action,
# fixing what happens after the click.
# %% [markdown] lang="ko"
# 919명은 가입하고 떠났고, 908명은 탐색했지만 *예약하기*를 누르지 않았으며, 1,783명(18%)은
# 눌렀지만 예약을 하지 못했습니다(02 노트북에서 *예약하기*를 누른 뒤 예약까지 사이에서 잰
# 이탈입니다). 전환한 사용자만 운행하므로 북극성 지표는 모두 이들의 몫입니다. 흥미로운 건 세
# 번째 그룹입니다. 이들은 차를 *원했는데* 제품이 주지 못했습니다. 그룹마다 필요한 행동이
# 다릅니다: 온보딩, 더 분명한 행동 유도 버튼, 클릭 뒤에 일어나는 일 고치기.
# %% [markdown]
# ## See it: RFM, an explainable behavioural segmentation
#
# **RFM** scores each customer on three questions anyone can explain: **R**ecency (how many
# days since their last ride?), **F**requency (how many rides?), **M**onetary (how much did they
# pay?). Each is scored 1 (low) to 3 (high) by rank; the segment is the three digits. Only
# customers with at least one ride get a score.
# %% [markdown] lang="ko"
# ## 살펴보기: 설명하기 쉬운 행동 기반 세그먼테이션, RFM
#
# **RFM**은 누구나 설명할 수 있는 세 가지 질문으로 고객마다 점수를 매깁니다: 최근성(Recency,
# 마지막 운행 후 며칠이 지났나?), 빈도(Frequency, 몇 번 운행했나?), 금액(Monetary, 얼마를
# 냈나?). 각각 순위에 따라 1(낮음)에서 3(높음)까지 점수를 매기고, 세 자리 숫자가 세그먼트가
# 됩니다. 운행이 한 번 이상 있는 고객만 점수를 받습니다.
# %%
r = segments.rfm(rides, time_col="return_at", value_col="fare_krw", today=data.TODAY)
r.head().round({"recency_days": 1})
# %%
rfm = r.groupby("segment").agg(riders=("R", "size"), fare_krw=("monetary", "sum"))
rfm["share_of_riders"] = rfm["riders"] / len(r)
rfm["share_of_revenue"] = rfm["fare_krw"] / rfm["fare_krw"].sum()
top = rfm.sort_values("fare_krw", ascending=False).head(6)
top.round(2)
# %%
ax = top[["share_of_riders", "share_of_revenue"]].plot.barh(
    figsize=(8, 3.6), color=[style.PALETTE["grey"], style.PALETTE["green"]]
)
ax.invert_yaxis()
ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
ax.legend(["share of riders", "share of fare revenue"], loc="lower right")
style.takeaway(
    ax,
    "Recent, frequent, high-paying riders (333) bring over a third of fares",
    xlabel="Share (%)",
    ylabel="RFM segment (R, F, M: 1 low - 3 high)",
)
plt.show()
# %% [markdown]
# Of the 5,768 customers who rode, 845 (15%) score 333 and bring 36% of all fare revenue.
# Next come 574 riders scored 233: frequent and high-paying, but not recent (their last ride
# was about one to four months ago). They brought 22% of fares: the customers to win back.
#
# One thing to watch: the scores are ranks, not counts. 34% of riders have exactly one ride;
# read the `frequency` column beside the score before you name a segment.
# %% [markdown] lang="ko"
# 운행한 고객 5,768명 중 845명(15%)이 333점이고, 전체 요금 매출의 36%를 가져옵니다. 그다음은
# 233점인 574명입니다. 자주 타고 많이 내지만 최근에는 타지 않았습니다(마지막 운행이 약 한
# 달에서 넉 달 전입니다). 이들이 요금의 22%를 가져왔습니다. 다시 데려와야 할 고객입니다.
#
# 주의할 점이 하나 있습니다. 점수는 횟수가 아니라 순위입니다. 운행 고객의 34%는 정확히 한 번
# 운행했습니다. 세그먼트에 이름을 붙이기 전에 점수 옆의 `frequency` 열을 읽으세요.
# %% [markdown]
# ## So what
#
# * **Start from the need, sort by situation, then size.** Mass segments are ordinary
#   situations (the pending associate member included); Specific ones are unusual, small and
#   convert very differently: give them to the team that owns their moment.
# * **Measure the element early, the behaviour later.** Experience over the first 60 days,
#   attempts and rides over days 60-240: the quadrant will not be circular.
# * **Size is not impact.** The biggest combination holds 4% of the later rides.
# * **Retention work belongs with recurring jobs.** Movers are done after one ride; a
#   first visit that fails is a conversion pain to fix.
#
# **The trap to avoid:** sorting Mass and Specific by a share cut-off. A small group in an
# ordinary situation (the associate members) is still Mass; an unusual one is Specific
# whatever its size.
# %% [markdown] lang="ko"
# ## 그래서 무엇을 할까
#
# * **니즈에서 출발하고, 상황으로 나누고, 그다음에 크기를 잽니다.** Mass 세그먼트는 평범한
#   상황입니다(대기 중인 준회원 포함). Specific 세그먼트는 흔치 않고, 작고, 전환율이 전혀
#   다릅니다. 그 순간을 맡은 팀에 넘기세요.
# * **요소는 초기에, 행동은 그 뒤에 측정합니다.** 경험은 처음 60일, 시도와 운행 완료는
#   60-240일로 잽니다. 그래야 사분면이 순환 논리가 되지 않습니다.
# * **크기가 곧 임팩트는 아닙니다.** 가장 큰 조합은 이후 운행 완료의 4%를 차지합니다.
# * **리텐션 작업은 반복되는 이유에 씁니다.** 이사 고객은 한 번 운행하면 끝입니다. 첫 방문의
#   실패는 고쳐야 할 전환의 페인 포인트입니다.
#
# **피해야 할 함정:** 비율 기준선으로 Mass와 Specific을 나누는 것. 평범한 상황에 있는 작은
# 그룹(준회원)은 여전히 Mass이고, 흔치 않은 상황은 크기와 상관없이 Specific입니다.
# %% [markdown]
# ## Recap
#
# * `combinations.mass_situation` sorts users by situation: Mass (pay-per-ride member,
#   subscriber, corporate member, associate member) or Specific (card failed, licence on hold;
#   accident reporter from the log, measured after the event).
# * Specific segments convert very differently: measure them after the moment that defines
#   them.
# * `combinations.window_counts` measures the experience element on the first 60 days;
#   Mass x element combinations with at least 100 users go on the quadrant
#   (`combination_users`, `combination_table`).
# * Jobs to be done: focus retention on recurring jobs; behaviour segments and RFM describe
#   customers by what they did.
# * Next: the 11 combinations go on the quadrant in [04 Quadrant](04_quadrant.ipynb).
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 정리
#
# * `combinations.mass_situation`은 사용자를 상황으로 나눕니다: Mass 상황(pay-per-ride member,
#   subscriber, corporate member, associate member) 또는 Specific 상황(card failed, licence on
#   hold, 그리고 로그에서 찾아 이벤트 이후로 측정하는 accident reporter).
# * Specific 세그먼트는 전환율이 전혀 다릅니다. 세그먼트를 정의하는 순간 이후로 측정하세요.
# * `combinations.window_counts`로 경험 요소를 처음 60일에 측정합니다. 사용자가 100명 이상인
#   Mass x 요소 조합이 사분면에 올라갑니다(`combination_users`, `combination_table`).
# * 서비스 이용 이유(JTBD): 리텐션은 반복되는 이유에 집중합니다. 행동 세그먼트와 RFM은 고객이 한
#   일로 고객을 설명합니다.
# * 다음: [04 사분면](04_quadrant.ipynb)에서 11개 조합을 사분면에 올립니다.
#
# {{nav}}
