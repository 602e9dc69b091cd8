# %% [markdown]
# # 08 · A/B test: did the time-first fix work?
#
# {{nav}}
#
# > **What you will learn**
# > - to write a hypothesis the way a PM does: *If we ..., then ..., because ...*, with one
# >   primary metric and guardrails;
# > - to size a test: minimum detectable effect and sample size;
# > - to check that a test can be trusted (sample ratio, balance) before reading it;
# > - to read a result as a lift with a 95% interval, in the segment it was built for;
# > - why you must not stop a test the first time it looks good, and how to write the
# >   launch decision.
# >
# > **Time:** {{time}}. **You need:** notebooks 05-07 (the time-first pain point comes
# > from there). All data is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown] lang="ko"
# # 08 · A/B 테스트: 시간 먼저 설정 문제를 고친 개선은 효과가 있었을까?
#
# {{nav}}
#
# > **배울 내용**
# > - PM이 쓰는 방식으로 가설 쓰기: *만약 ...하면, ...할 것이다. 왜냐하면 ...이기 때문이다*. 주요 지표 하나와
# >   가드레일 지표를 함께 정합니다.
# > - 테스트 규모 정하기: 최소 검출 효과와 표본 크기
# > - 결과를 읽기 전에 테스트를 믿을 수 있는지 확인하기(표본 비율, 균형)
# > - 결과를 95% 구간이 붙은 리프트로, 테스트가 겨냥한 세그먼트 안에서 읽기
# > - 처음 좋아 보이는 순간 테스트를 멈추면 안 되는 이유, 그리고 출시 결정을 글로 쓰는 법
# >
# > **소요 시간:** {{time}}. **먼저 볼 노트북:** 05-07(시간 먼저 설정의 페인 포인트가 여기서
# > 나옵니다). 모든 데이터는 **합성 데이터**입니다. 봄카(Bomcar)는 가상의 카셰어링 회사입니다.
# %% [markdown]
# ## Why: from a suspicion to evidence
#
# The last three notebooks built a suspicion. In [05](05_business_view.ipynb) the
# **5 whys** started from the problem *search sessions that set the time first end in a
# reservation less often* and ended at the root cause: the map shows cars free now, not at
# your time. In [06](06_sync_views.ipynb) the business keyword
# "at the time I need" met the needs of the **action-needed** combinations, and the
# important customer was named. In [07](07_cohorts.ipynb) the behavioural cohort "set the
# time first" converted clearly worse inside that customer, month after month, and hardly
# worse anywhere else. App 3.0 (4 March 2025) began to *mark* which cars are free at the
# time you set, and 07 found that it closed part of the gap, not all of it.
#
# But a cohort comparison cannot prove a cause: seasons, price changes and who chooses to
# set the time first all get mixed in. An **A/B test (A/B 테스트)** removes those: a coin
# decides who gets the change, so the only systematic difference between the two groups is
# the change itself.
#
# Bomcar ran one. From 1 April to 15 June 2025, every user active in the app was assigned
# at their first visit, 50/50, to:
#
# * **control** - the search screen as it was;
# * **treatment** - when a user sets the time first, the map shows **only the cars free at
#   that time**.
#
# What does it add to app 3.0? On 3.0 a taken car is still on the map, marked as taken,
# and a time-first search can still pick it and fail. The treatment **hides** the taken
# cars: the part of the gap 3.0 left open.
# %% [markdown] lang="ko"
# ## 왜: 의심에서 증거로
#
# 앞의 세 노트북은 하나의 의심을 쌓아 왔습니다. [05](05_business_view.ipynb)에서는
# **5 Whys 기법**으로 *시간을 먼저 설정한 검색 세션은 예약으로 이어지는 비율이 낮다*는 문제에서
# 출발해 근본 원인에 닿았습니다. 지도는 지금 비어 있는 차를 보여 줄 뿐, 내가 정한 시간에 비어 있는
# 차를 보여 주지 않는다는 것입니다. [06](06_sync_views.ipynb)에서는 비즈니스 키워드
# "내가 필요한 시간에"가 **뭘 망설일까 유형** 조합의 니즈와 만났고, 중요한 고객이 정해졌습니다.
# [07](07_cohorts.ipynb)에서는 "시간 먼저 설정" 행동 코호트가 바로 그 고객 안에서 달마다 뚜렷하게 낮은
# 전환을 보였고, 다른 곳에서는 차이가 거의 없었습니다. 앱 3.0(2025년 3월 4일)부터 설정한 시간에
# 비어 있는 차를 *표시*하기 시작했고, 07에서는 이 업데이트가 격차의 일부만 메웠을 뿐 전부를 메우지는
# 못했다는 것을 확인했습니다.
#
# 하지만 코호트 비교로는 원인을 증명할 수 없습니다. 계절, 가격 변화, 그리고 어떤 사람이 시간을 먼저
# 설정하는지가 모두 섞여 들어가기 때문입니다. **A/B 테스트**는 이런 요인을 걷어 냅니다. 누가 변경을
# 받을지 동전 던지기가 정하므로, 두 그룹 사이에 남는 체계적인 차이는 변경 그 자체뿐입니다.
#
# 봄카는 실제로 이 테스트를 진행했습니다. 2025년 4월 1일부터 6월 15일까지 앱을 쓴 모든 활성
# 사용자를 첫 방문 때 50/50으로 두 그룹에 배정했습니다.
#
# * **대조군(control)** - 기존 검색 화면 그대로
# * **실험군(treatment)** - 사용자가 시간을 먼저 설정하면 지도에 **그 시간에 비어 있는 차만**
#   보여 줍니다.
#
# 앱 3.0에 비해 무엇이 더해질까요? 3.0에서는 이미 예약된 차도 '예약됨' 표시와 함께 지도에 그대로
# 남아 있어서, 시간을 먼저 설정한 검색이 그 차를 골랐다가 실패할 수 있습니다. 실험군은 예약된 차를
# **숨깁니다**. 3.0이 메우지 못하고 남긴 격차를 겨냥한 것입니다.
# %%
# %matplotlib inline
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from course import data, important_customer
from course.checks import nb08 as checks
from helpers import experiment, i18n, style

i18n.set_language("en")
style.use_course_style()

# %% [markdown]
# ## Step 1: the hypothesis, the metric, the guardrails
#
# Write the **hypothesis (가설)** before the test, in one sentence a colleague can argue with.
# It comes from notebook 06 word for word: the customer, the keyword and the need are kept
# in one place, `course.important_customer`, so 06, 07 and this notebook cannot drift apart.
# %% [markdown] lang="ko"
# ## 1단계: 가설, 지표, 가드레일
#
# 테스트를 시작하기 전에 **가설**을 먼저 씁니다. 동료가 반박할 수 있는 한 문장으로 씁니다.
# 가설은 06 노트북에서 그대로 가져옵니다. 고객, 비즈니스 키워드, 니즈는 `course.important_customer`
# 한 곳에 모여 있어서 06, 07과 이 노트북이 서로 어긋날 수 없습니다.
# %%
print("Important customer:", important_customer.NAME)
print("  =", important_customer.DEFINITION)
print("Business keyword:  ", important_customer.KEYWORD)
print("Their need:        ", important_customer.NEED)
print()
print("Hypothesis:", important_customer.HYPOTHESIS)

# %% [markdown]
# Three choices hide in that sentence:
#
# | choice | here | why |
# |---|---|---|
# | **who** (target segment) | the important customer of notebook 06, as the team can see it *at assignment*: a pay-per-ride member, at least 60 days since sign-up, who searched in the first 60 days and completed at most one ride then | the action-needed combinations of notebook 04; the test's column `in_target_segment` is this customer at the moment of assignment |
# | **primary metric (주요 지표)** | `reserved_14d`: made a reservation within 14 days (0/1 per user) | one number decides; measured per user, because a coin assigned each user |
# | **guardrails (가드레일 지표)** | `cancelled_14d` (cancellations), `sessions_14d` (visits) | things that must *not* get worse while the primary metric improves |
#
# Why not completed rides, the north star? Reservations are the search stage's own metric
# (notebook 05's strategy map) and respond within days; rides follow reservations, and
# the cancellation guardrail watches the step between them.
# %% [markdown] lang="ko"
# 이 문장 안에는 세 가지 선택이 숨어 있습니다.
#
# | 선택 | 여기서는 | 이유 |
# |---|---|---|
# | **누구**(타깃 세그먼트) | 06 노트북의 중요한 고객을, 팀이 *배정 시점에* 볼 수 있는 모습으로 정의합니다. 가입 후 60일 이상 지났고, 처음 60일 안에 검색했으며, 그 기간에 운행 완료가 한 번 이하인 건별 결제 회원입니다 | 04 노트북의 뭘 망설일까 유형 조합입니다. 테스트의 `in_target_segment` 열은 배정 시점의 이 고객을 뜻합니다 |
# | **주요 지표** | `reserved_14d`: 14일 안에 예약했는지(사용자마다 0/1) | 숫자 하나가 결정합니다. 동전이 사용자마다 배정했으므로 사용자 단위로 잽니다 |
# | **가드레일 지표** | `cancelled_14d`(취소), `sessions_14d`(방문) | 주요 지표가 좋아지는 동안 나빠지면 *안 되는* 것들 |
#
# 왜 북극성 지표인 운행 완료가 아닐까요? 예약은 탐색 단계 자체의 지표이고(05 노트북의 전략 맵),
# 며칠 안에 반응합니다. 운행은 예약 뒤에 따라오고, 그 사이 단계는 취소 가드레일이 지켜봅니다.
# %% [markdown]
# ## Step 2: the data
#
# One row per assigned user. `in_target_segment` and `is_new_user` describe the user
# *before* the test; the three `_14d` columns are what happened in the 14 days after.
# %% [markdown] lang="ko"
# ## 2단계: 데이터
#
# 배정된 사용자마다 한 행입니다. `in_target_segment`와 `is_new_user`는 테스트 *전*의 사용자를
# 설명하고, `_14d`로 끝나는 세 열은 배정 후 14일 동안 일어난 일입니다.
# %%
ab = data.load_ab_test()
ab.head()

# %%
ab.groupby(["in_target_segment", "variant"]).size().unstack()

# %% [markdown]
# 5,032 users took part, 739 of them (15%) in the target segment; the rest are there
# because everyone active was assigned.
# `in_target_segment` is the important customer as the team can see it *at assignment*;
# it needs 60 days since sign-up, so no user who is new to Bomcar is in it.
#
# One thing to know: 226 of the 739 (31%) signed up after 2 November 2024. Their 240-day
# windows were not over when the data ends, so they were never in the table of 06 and 07.
# The test uses the rule, not the list: it reaches users the earlier notebooks never saw.
# %% [markdown] lang="ko"
# 사용자 5,032명이 참여했고, 그중 739명(15%)이 타깃 세그먼트에 속합니다. 나머지는 활성 사용자
# 전원을 배정했기 때문에 들어와 있습니다.
# `in_target_segment`는 팀이 *배정 시점에* 볼 수 있는 중요한 고객입니다. 가입 후 60일이 필요하므로
# 봄카에 새로 온 사용자는 이 세그먼트에 들어갈 수 없습니다.
#
# 알아 둘 점이 하나 있습니다. 739명 중 226명(31%)은 2024년 11월 2일 이후에 가입했습니다. 이들의
# 240일 관찰 기간은 데이터가 끝날 때까지 다 채워지지 않았으므로, 06과 07의 표에는 한 번도 들어간 적이
# 없습니다. 테스트는 명단이 아니라 규칙을 씁니다. 그래서 앞의 노트북들이 보지 못한 사용자에게도 닿습니다.
# %%
signed_up = ab.loc[ab["in_target_segment"], "user_id"].map(
    data.load_users().set_index("user_id")["signup_at"]
)
late = signed_up.dt.normalize() > "2024-11-02"
print(f"{late.sum()} of the {len(late)} ({late.mean():.0%}) signed up after 2 November 2024")
# %% [markdown]
# ## Step 3: how big a test? Minimum detectable effect and sample size
#
# Before a test you decide the smallest lift worth finding, the **minimum detectable effect
# (MDE, 최소 검출 효과)**, and then how many users you need, the **sample size (표본 크기)**.
# Two conventions go in: a 5% chance of a false alarm (**significance level, 유의수준**) and
# an 80% chance of catching a real effect of the MDE's size (**statistical power,
# 검정력**).
#
# The segment's usual 14-day reservation rate is about 16% (the control group will confirm
# it). For a lift of 6 percentage points (pp), from 16% to 22%:
# %% [markdown] lang="ko"
# ## 3단계: 테스트는 얼마나 커야 할까? 최소 검출 효과와 표본 크기
#
# 테스트 전에 찾아낼 가치가 있는 가장 작은 리프트, 곧 **최소 검출 효과(MDE)**를 정하고, 그다음에
# 필요한 사용자 수, 곧 **표본 크기**를 구합니다. 여기에는 두 가지 관례가 들어갑니다. 잘못된 경보가
# 울릴 확률 5%(**유의수준**), 그리고 MDE 크기의 실제 효과를 잡아낼 확률 80%(**검정력**)입니다.
#
# 이 세그먼트의 평소 14일 예약률은 약 16%입니다(대조군이 확인해 줄 것입니다). 6퍼센트포인트(pp)
# 리프트, 즉 16%에서 22%로 오르는 변화를 잡으려면:
# %%
experiment.sample_size(0.16, 0.06)  # users per group

# %% [markdown] tags=["deck-question"]
# **Guess first:** to detect a lift half as big (+3 pp), do you need twice as many users?
# Write your guess down, then run the cell.
# %% [markdown] lang="ko"
# **먼저 추측해 보세요:** 절반 크기의 리프트(+3 pp)를 잡으려면 사용자가 두 배 필요할까요?
# 추측을 적어 두고 셀을 실행하세요.
# %% tags=["deck-number"]
experiment.sample_size(0.16, 0.03) / experiment.sample_size(0.16, 0.06)

# %% [markdown]
# 3.8 times as many, not twice: the sample size grows with 1 / MDE², so halving the effect
# you want to see roughly quadruples the test. The figure shows the whole curve.
# %% [markdown] lang="ko"
# 두 배가 아니라 3.8배입니다. 표본 크기는 1 / MDE²에 비례해 늘어나므로, 보고 싶은 효과를 절반으로
# 줄이면 테스트는 대략 네 배로 커집니다. 그림에 곡선 전체가 있습니다.
# %% tags=["deck-figure"]
mdes = np.arange(0.03, 0.1501, 0.0025)
sizes = pd.Series([experiment.sample_size(0.16, m) for m in mdes], index=mdes * 100)
n_test = ab[ab["in_target_segment"]].groupby("variant").size().mean()
detectable = sizes[sizes <= n_test].index.min()  # smallest MDE the test could catch

fig, ax = plt.subplots()
ax.plot(sizes.index, sizes.values, color=style.PALETTE["blue"], lw=2)
ax.axhline(n_test, color=style.PALETTE["orange"], ls="--")
ax.annotate(
    f"this test's segment: ~{n_test:,.0f} users per group",
    (9.5, n_test),
    xytext=(0, 6),
    textcoords="offset points",
    color=style.PALETTE["orange"],
)
ax.axvline(detectable, color=style.PALETTE["grey"], ls=":")
ax.annotate(
    f"smallest lift it could reliably\ncatch: about {detectable:.0f} pp",
    (detectable, 2000),
    xytext=(6, 0),
    textcoords="offset points",
    color=style.PALETTE["grey"],
)
ax.set_ylim(0, None)
ax.yaxis.set_major_formatter("{x:,.0f}")
style.takeaway(
    ax,
    "Halve the lift you want to see, and you need about 4x the users",
    xlabel="Minimum detectable effect (percentage points, from a 16% baseline)",
    ylabel="Users needed per group",
)
fig.tight_layout()
plt.show()


# %% [markdown]
# The target segment had about 370 users per group, enough to catch a lift of about 9 pp
# with 80% power. A smaller real effect could easily have been missed: keep that in mind
# when you read the result.
#
# Try it yourself: move the sliders and see how the sample size reacts (the widget needs a
# live notebook; the figure above shows the same curve).
# %% [markdown] lang="ko"
# 타깃 세그먼트에는 그룹마다 약 370명이 있었고, 이는 검정력 80%로 약 9 pp의 리프트를 잡기에 충분한
# 규모입니다. 그보다 작은 실제 효과는 쉽게 놓칠 수 있었습니다. 결과를 읽을 때 이 점을 기억하세요.
#
# 직접 해 보세요. 슬라이더를 움직여 표본 크기가 어떻게 반응하는지 보세요(위젯은 실행 중인 노트북에서만
# 동작합니다. 위 그림이 같은 곡선을 보여 줍니다).
# %% tags=["nbval-ignore-output"]
def plan(baseline=0.16, mde=0.06):
    n = experiment.sample_size(baseline, mde)
    print(
        f"Baseline {baseline:.0%}, MDE +{mde * 100:.1f} pp -> {n:,} users per group, "
        f"{2 * n:,} in total ({n / n_test:.1f}x this test's segment)."
    )


_ = widgets.interact(
    plan,
    baseline=widgets.FloatSlider(value=0.16, min=0.05, max=0.6, step=0.01, readout_format=".0%"),
    mde=widgets.FloatSlider(value=0.06, min=0.01, max=0.15, step=0.005, readout_format=".3f"),
)

# %% [markdown]
# ## Exercise 1 (easy): size the next test
#
# The team wants to run a second test on the same segment next quarter and detect a lift of
# **+5 pp**. Use `experiment.sample_size(baseline, mde)` with a baseline of 0.16 (the
# segment's usual rate) and give the number of users **per group**.
#
# <details><summary>Hint</summary>
#
# Both arguments are shares: 16% is `0.16`, five percentage points is `0.05`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 1 (쉬움): 다음 테스트의 규모 정하기
#
# 팀은 다음 분기에 같은 세그먼트로 두 번째 테스트를 하면서 **+5 pp** 리프트를 잡고 싶어 합니다.
# 기준값(baseline)을 0.16(이 세그먼트의 평소 비율)으로 두고 `experiment.sample_size(baseline, mde)`를
# 써서 **그룹당** 사용자 수를 답하세요.
#
# <details><summary>힌트</summary>
#
# 두 인자 모두 비율입니다. 16%는 `0.16`, 다섯 퍼센트포인트는 `0.05`입니다.
# </details>
# %%
ex1 = checks.sample_size_next_test()

# %% tags=["exercise"]
n_next = ...  # users per group

# %% tags=["solution"]
n_next = experiment.sample_size(0.16, 0.05)
n_next

# %%
ex1.check(n_next)

# %% [markdown]
# ## Step 4: can the test be trusted? Sample ratio and balance
#
# Before looking at any result, check the plumbing. If the split was meant to be 50/50 and
# the groups came out very unequal, something in the assignment or the logging is broken.
# That is a **sample ratio
# mismatch (SRM, 표본 비율 불일치)**, and no result from such a test can be trusted.
# `experiment.srm_check` runs a **chi-square test (카이제곱 검정)**: it compares the group
# sizes you got with the sizes a perfect 50/50 split would give, and says how often a gap
# that large would appear by pure chance: the **p-value (p값)**, from 0 to 1, small meaning
# "chance alone rarely does this". Only a p-value below 0.001 is an alarm: stricter than the
# 0.05 used for results later, because this check runs on every test before anything else
# and would otherwise throw out 1 sound test in 20 by chance.
# %% [markdown] lang="ko"
# ## 4단계: 테스트를 믿을 수 있을까? 표본 비율과 균형
#
# 결과를 보기 전에 배관부터 점검합니다. 50/50으로 나누려 했는데 두 그룹 크기가 크게 다르다면 배정이나
# 로깅 어딘가가 고장 난 것입니다. 이것을 **표본 비율 불일치(SRM)**라고 하며, 이런 테스트의 결과는 어떤
# 것도 믿을 수 없습니다.
# `experiment.srm_check`는 **카이제곱 검정**을 실행합니다. 실제로 얻은 그룹 크기를 완벽한 50/50 분할이
# 낼 크기와 비교하고, 그만큼 큰 차이가 순전히 우연으로 얼마나 자주 나오는지를 알려 줍니다. 이것이
# **p값**이며 0에서 1 사이의 값입니다. 작을수록 "우연만으로는 이런 일이 드물다"는 뜻입니다. p값이
# 0.001보다 작을 때만 경보로 봅니다. 뒤에서 결과에 쓰는 0.05보다 엄격한 이유는, 이 점검이 모든 테스트에서
# 가장 먼저 돌기 때문에 그렇지 않으면 멀쩡한 테스트 20개 중 1개를 우연 때문에 버리게 되기 때문입니다.
# %%
experiment.srm_check(ab, "variant")

# %% [markdown]
# 2,496 in control and 2,536 in treatment; p = 0.57. A gap of 40 users out of about 5,000
# is what a fair coin gives. The split is fine.
#
# Next, **covariate balance (공변량 균형)**: the groups should look alike on what was fixed
# *before* the test. Here the pandas is a plain `groupby`:
# %% [markdown] lang="ko"
# 대조군 2,496명, 실험군 2,536명이고 p = 0.57입니다. 약 5,000명 중 40명 차이는 공정한 동전이 흔히
# 만드는 차이입니다. 분할은 문제없습니다.
#
# 다음은 **공변량 균형**입니다. 두 그룹은 테스트 *전*에 정해진 특성에서 서로 비슷해야 합니다.
# 여기서 pandas는 평범한 `groupby` 하나입니다.
# %%
balance = ab.groupby("variant").agg(
    users=("user_id", "size"),
    new_users=("is_new_user", "mean"),
    in_target=("in_target_segment", "mean"),
    sessions_14d=("sessions_14d", "mean"),
)
balance.round(3)


# %% [markdown]
# A common yardstick is the **standardised difference**: the gap between the groups divided
# by the spread within them. Under 0.1 counts as balanced.
# %% [markdown] lang="ko"
# 흔히 쓰는 잣대는 **표준화 차이**입니다. 그룹 간 차이를 그룹 안의 퍼짐으로 나눈 값입니다. 0.1 미만이면
# 균형이 잡힌 것으로 봅니다.
# %%
def std_diff(col, frame=ab):
    c = frame.loc[frame["variant"] == "control", col].astype(float)
    t = frame.loc[frame["variant"] == "treatment", col].astype(float)
    return (t.mean() - c.mean()) / np.sqrt((c.var() + t.var()) / 2)


{
    col: round(float(std_diff(col)), 3)
    for col in ["is_new_user", "in_target_segment", "sessions_14d"]
}

# %% [markdown]
# All three are under 0.1. The largest gap: the control group has a few more new users
# (42% against 40%). Chance does that now and then, and we will read the result inside the
# target segment, where the new-user shares are 0% and 0% (the segment needs 60 days since
# sign-up). `sessions_14d` is measured *after* assignment, so it is not a true covariate:
# it is a guardrail. It did not move (3.1 sessions in both groups), so the change did not
# make people visit more or less.
# %% [markdown] lang="ko"
# 세 값 모두 0.1 미만입니다. 가장 큰 차이는 대조군에 신규 사용자가 조금 더 많다는 점입니다(42% 대
# 40%). 우연히 가끔 생기는 일이고, 결과는 타깃 세그먼트 안에서 읽을 것입니다. 그 안에서는 신규 사용자
# 비율이 0%와 0%입니다(세그먼트는 가입 후 60일이 필요합니다). `sessions_14d`는 배정 *후*에 잰 값이라
# 진짜 공변량이 아니라 가드레일입니다. 이 값은 움직이지 않았으므로(두 그룹 모두 세션 3.1회) 변경 때문에
# 방문이 늘거나 줄지는 않았습니다.
# %% [markdown]
# ## Exercise 2 (easy): the sample-ratio check in the target segment
#
# We will read the result in the target segment, so check the split there too. Keep the
# rows with `in_target_segment` True, run `experiment.srm_check`, and answer `True` if the
# split is fine or `False` if it is broken.
#
# <details><summary>Hint</summary>
#
# `target = ab[ab["in_target_segment"]]`, then look at the `p_value` of
# `experiment.srm_check(target, "variant")`. Broken means p below 0.001.
# </details>
# %% [markdown] lang="ko"
# ## 연습 2 (쉬움): 타깃 세그먼트의 표본 비율 점검
#
# 결과는 타깃 세그먼트에서 읽을 것이므로, 그 안의 분할도 점검합니다. `in_target_segment`가 True인 행만
# 남기고 `experiment.srm_check`를 실행한 뒤, 분할이 문제없으면 `True`, 고장 났으면 `False`로 답하세요.
#
# <details><summary>힌트</summary>
#
# `target = ab[ab["in_target_segment"]]`로 거른 뒤 `experiment.srm_check(target, "variant")`의
# `p_value`를 보세요. 고장은 p가 0.001보다 작다는 뜻입니다.
# </details>
# %%
ex2 = checks.srm_in_target()

# %% tags=["exercise"]
split_ok = ...  # True or False

# %% tags=["solution"]
target = ab[ab["in_target_segment"]]
srm = experiment.srm_check(target, "variant")
split_ok = srm["p_value"] > 0.001
srm

# %%
ex2.check(split_ok)

# %% [markdown]
# ## Step 5: read the result, first the naive way
#
# **Guess first:** the change was built for the target segment. Across *all* users, will
# the lift be bigger, the same, or smaller than inside the segment?
#
# Here is the arithmetic for all users, in pandas. The rate per group is the mean of the
# 0/1 column; the **lift** is the difference, in percentage points. The **standard error
# (표준오차)** of the lift says how much the lift would wobble if you ran the same test again
# on other users: it shrinks as the groups grow.
# %% [markdown] lang="ko"
# ## 5단계: 결과 읽기, 먼저 단순하게
#
# **먼저 추측해 보세요:** 이 변경은 타깃 세그먼트를 위해 만들었습니다. *전체* 사용자에서의 리프트는
# 세그먼트 안보다 클까요, 같을까요, 작을까요?
#
# 전체 사용자에 대한 계산을 pandas로 해 봅니다. 그룹별 비율은 0/1 열의 평균이고, **리프트**는 그
# 차이를 퍼센트포인트로 나타낸 것입니다. 리프트의 **표준오차**는 같은 테스트를 다른 사용자로 다시
# 돌렸을 때 리프트가 얼마나 흔들릴지를 말해 줍니다. 그룹이 커질수록 작아집니다.
# %%
rates = ab.groupby("variant")["reserved_14d"].agg(["mean", "size"])
rates

# %%
p_c, n_c = rates.loc["control"]  # the rate and the number of users
p_t, n_t = rates.loc["treatment"]
lift = p_t - p_c
se = np.sqrt(p_c * (1 - p_c) / n_c + p_t * (1 - p_t) / n_t)  # standard error of the lift
low, high = lift - 1.96 * se, lift + 1.96 * se
print(f"lift {100 * lift:+.1f} pp, 95% interval {100 * low:+.1f} to {100 * high:+.1f} pp")

# %% [markdown]
# The **95% confidence interval (신뢰구간)** is the lift ± 1.96 standard errors: the range of
# true lifts that fit the data. The p-value asks: if the change did nothing, how often
# would a gap this large appear? Pretend so: both groups then share one rate, the
# **pooled** rate (everyone's rate taken together). **z** is the lift counted in standard
# errors under that pretence; a z beyond ±1.96 comes by chance less than 5% of the time:
# the p < 0.05 line. Below it a result is **statistically significant (통계적으로 유의함)**:
# hard to explain by chance, which says nothing about whether it is big enough to matter.
# %% [markdown] lang="ko"
# **95% 신뢰구간**은 리프트 ± 1.96 표준오차입니다. 데이터와 들어맞는 실제 리프트의 범위입니다.
# p값은 이렇게 묻습니다. 변경이 아무 효과도 없다면, 이만큼 큰 차이가 얼마나 자주 나올까? 그렇다고
# 가정해 봅시다. 그러면 두 그룹은 하나의 비율, 곧 **합동(pooled)** 비율(모두를 합친 비율)을 공유합니다.
# **z**는 그 가정 아래에서 리프트가 표준오차 몇 개만큼인지를 센 값이고, ±1.96을 넘는 z는 우연으로는 5%
# 미만으로만 나옵니다. 이것이 p < 0.05 선입니다. 그 아래의 결과는 **통계적으로 유의함**, 곧 우연으로
# 설명하기 어렵다는 뜻일 뿐, 의미 있을 만큼 큰지에 대해서는 아무것도 말해 주지 않습니다.
# %%
pooled = ab["reserved_14d"].mean()
z = lift / np.sqrt(pooled * (1 - pooled) * (1 / n_c + 1 / n_t))
p_value = 2 * (1 - experiment.normal_cdf(abs(z)))
round(p_value, 3)

# %% [markdown]
# `experiment.two_proportion_test` does all of this in one call: the same lift, z and
# p-value. Its interval is Newcombe's (from statsmodels), which stays right for small groups
# and rates near 0% or 100%; with groups this large it matches the ± 1.96 formula:
# %% [markdown] lang="ko"
# `experiment.two_proportion_test`는 이 모든 것을 한 번에 합니다. 같은 리프트, z, p값이 나옵니다.
# 구간은 Newcombe 방식(statsmodels)이라 그룹이 작거나 비율이 0%나 100%에 가까워도 정확합니다.
# 그룹이 이만큼 크면 ± 1.96 공식과 같은 값이 나옵니다.
# %%
experiment.two_proportion_test(ab, "variant", "reserved_14d")

# %% [markdown]
# Across all users: 40.3% in control, 39.8% in treatment, a lift of -0.5 pp with
# p = 0.71. Read naively, the change "does nothing". But 85% of these users are not in the
# segment the change was built for. Now you read it where it matters.
# %% [markdown] lang="ko"
# 전체 사용자에서는 대조군 40.3%, 실험군 39.8%로 리프트는 -0.5 pp, p = 0.71입니다. 단순하게 읽으면
# 변경은 "아무 효과가 없다"입니다. 하지만 이 사용자 중 85%는 변경이 겨냥한 세그먼트에 속하지 않습니다.
# 이제 중요한 곳에서 읽어 봅시다.
# %% [markdown]
# ## Exercise 3 (medium): the lift in the target segment
#
# Keep the target segment and compute the lift, treatment minus control, **in percentage
# points** (a lift from 20% to 25% is `5.0`). Use pandas, or check yourself with
# `experiment.two_proportion_test`.
#
# <details><summary>Hint</summary>
#
# Filter with `ab[ab["in_target_segment"]]`, then do what the cells above did:
# `groupby("variant")["reserved_14d"].mean()`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 3 (보통): 타깃 세그먼트의 리프트
#
# 타깃 세그먼트만 남기고 실험군 빼기 대조군의 리프트를 **퍼센트포인트로** 계산하세요(20%에서 25%로
# 오르면 `5.0`). pandas를 쓰거나, `experiment.two_proportion_test`로 스스로 확인하세요.
#
# <details><summary>힌트</summary>
#
# `ab[ab["in_target_segment"]]`로 거른 다음, 위 셀들이 한 대로
# `groupby("variant")["reserved_14d"].mean()`을 계산하세요.
# </details>
# %%
ex3 = checks.lift_in_target()

# %% tags=["exercise"]
lift_pp = ...  # e.g. 5.0 for +5 percentage points

# %% tags=["solution"]
target = ab[ab["in_target_segment"]]
seg_rates = target.groupby("variant")["reserved_14d"].mean()
lift_pp = 100 * (seg_rates["treatment"] - seg_rates["control"])
lift_pp

# %%
ex3.check(lift_pp)

# %% [markdown]
# The reveal, with the helper (it recomputes the target rows, so it runs even if you left
# the exercise open):
# %% [markdown] lang="ko"
# 헬퍼로 정답을 공개합니다(헬퍼가 타깃 행을 다시 계산하므로 연습을 비워 두었어도 실행됩니다).
# %%
target = ab[ab["in_target_segment"]]
result = experiment.two_proportion_test(target, "variant", "reserved_14d")
{k: round(float(v), 4) if isinstance(v, float) else v for k, v in result.items()}

# %% [markdown]
# In the target segment the reservation rate rose from 16% to 26%: **+10.6 pp**, with a
# 95% interval of **+4.7 to +16.4 pp** and p = 0.0004. This is not a result that only just
# passes: the lift is 3.5 standard errors from zero (z = 3.5), where the 5%
# line is 1.96, and p is more than a hundred times smaller than 0.05. The interval is well
# clear of 0: the change works for the users it was built for. In relative terms that is
# +68% (relative lifts sound bigger; say which one you quote).
#
# Notice the width: anything from about +5 to +16 pp fits the data. Step 3 planned for a
# lift of 6 pp, but ~370 users per group could reliably catch only about 9 pp. The lift
# found is larger, so the winner's curse (an undersized test that crosses the line
# overstates the effect) is a small worry. Plan the business case on the lower part of the
# interval, not on +10.6 alone.
#
# Why is the all-users lift (-0.5 pp) not simply a smaller positive number? It is a
# weighted mix: 15% of users at +10.6 pp and 85% outside the segment at -2.4 pp (Step 7),
# about 0.15 x 10.6 + 0.85 x (-2.4) = -0.5. The segment's gain is outweighed by the
# outside's dip, and that dip's interval includes 0: it may be chance. Reading the segment
# is fair here because it was named in the hypothesis *before* the test. Slicing the data after the fact until some
# group looks good is not.
# %% [markdown] lang="ko"
# 타깃 세그먼트에서 예약률은 16%에서 26%로 올랐습니다. **+10.6 pp**이고 95% 구간은 **+4.7 ~ +16.4 pp**,
# p = 0.0004입니다. 간신히 선을 넘은 결과가 아닙니다. 리프트는 효과 없음에서 표준오차 3.5개만큼 떨어져 있고
# (z = 3.5), 5% 선은 1.96이며, p는 0.05보다 백 배 이상 작습니다. 구간은 0에서 충분히 떨어져 있습니다.
# 변경은 겨냥한 사용자에게 효과가 있습니다. 상대값으로는 +68%입니다(상대 리프트가 더 커 보이니, 어느
# 쪽을 인용하는지 밝히세요).
#
# 구간의 폭에 주목하세요. 약 +5에서 +16 pp까지 무엇이든 데이터와 들어맞습니다. 3단계에서는 6 pp
# 리프트를 계획했지만, 그룹당 ~370명으로는 약 9 pp까지만 안정적으로 잡을 수 있었습니다. 찾은 리프트가
# 그보다 크므로 승자의 저주(규모가 작은 테스트가 선을 넘으면 효과를 부풀린다)는 작은 걱정입니다.
# 사업 계획은 +10.6 하나가 아니라 구간의 아래쪽에 맞춰 세우세요.
#
# 전체 사용자의 리프트(-0.5 pp)는 왜 그냥 더 작은 양수가 아닐까요? 가중 평균이기 때문입니다. 사용자의
# 15%는 +10.6 pp, 세그먼트 밖 85%는 -2.4 pp(7단계)이므로, 대략 0.15 x 10.6 + 0.85 x (-2.4) = -0.5입니다.
# 세그먼트의 이득을 바깥의 하락이 상쇄하는데, 그 하락의 구간은 0을 포함합니다. 우연일 수 있다는
# 뜻입니다. 여기서 세그먼트를 따로 읽는 것이 정당한 이유는 테스트 *전에* 가설에서 이 세그먼트를 정했기
# 때문입니다. 일이 끝난 뒤 어떤 그룹이 좋아 보일 때까지 데이터를 잘라 보는 것은 정당하지 않습니다.
# %% [markdown]
# ## Step 6: the guardrail - did cancellations go up?
#
# **Guess first:** in the target segment, more users in treatment cancelled a reservation
# within 14 days. Is that a guardrail breach?
# %% [markdown] lang="ko"
# ## 6단계: 가드레일 - 취소가 늘었을까?
#
# **먼저 추측해 보세요:** 타깃 세그먼트에서 실험군이 14일 안에 예약을 취소한 사용자가 더 많았습니다.
# 이것은 가드레일 위반일까요?
# %%
target.groupby("variant")[["reserved_14d", "cancelled_14d"]].mean().round(3)

# %% [markdown]
# Per assigned user, cancellations rose from 4.7% to 7.0%. But only a user who reserved can
# cancel, and treatment made more users reserve. The fair question is: **of the users who
# reserved, did more cancel?** Change the denominator:
# %% [markdown] lang="ko"
# 배정된 사용자 기준으로 취소는 4.7%에서 7.0%로 늘었습니다. 하지만 예약한 사용자만 취소할 수 있고,
# 실험군에서는 예약한 사용자가 더 많았습니다. 공정한 질문은 **예약한 사용자 중 취소한 비율이
# 늘었는가?**입니다. 분모를 바꿉니다.
# %%
reservers = target[target["reserved_14d"] == 1]
cancel = experiment.two_proportion_test(reservers, "variant", "cancelled_14d")
{
    k: round(float(cancel[k]), 3)
    for k in ["rate_control", "rate_treatment", "difference", "ci_low", "ci_high", "p_value"]
}

# %% [markdown]
# Of the users who reserved, 30% cancelled in control and 27% in treatment. The interval
# runs from -18.3 to +10.7 pp and includes 0: no clear change. The net effect is what the
# business keeps: users with a reservation they did *not* cancel.
# %% [markdown] lang="ko"
# 예약한 사용자 중 대조군은 30%, 실험군은 27%가 취소했습니다. 구간은 -18.3에서 +10.7 pp로 0을
# 포함합니다. 뚜렷한 변화는 없습니다. 비즈니스에 남는 것은 순효과, 곧 예약하고 *취소하지 않은*
# 사용자입니다.
# %%
kept = target["reserved_14d"] - target["cancelled_14d"]  # 1 = reserved and kept it
kept.groupby(target["variant"]).mean().round(3)

# %% [markdown]
# Kept reservations rose from 11.0% to 19.3% of the segment. The guardrail holds, but its
# interval is wide (up to +10.7 pp more cancellations per reservation cannot be ruled out),
# so the launch note should say: *watch cancellations per reservation after launch*.
# %% [markdown] lang="ko"
# 유지된 예약은 세그먼트의 11.0%에서 19.3%로 늘었습니다. 가드레일은 지켜졌지만 구간이 넓으므로(예약당
# 취소가 최대 +10.7 pp 늘었을 가능성을 배제할 수 없습니다), 출시 노트에는 *출시 후 예약당 취소를
# 지켜본다*고 적어야 합니다.
# %% [markdown]
# ## Exercise 4 (medium): and outside the target segment?
#
# Run `experiment.two_proportion_test` on the users **outside** the target segment and read
# the interval. Which sentence is right? Answer with its letter, e.g. `"a"`.
#
# * **a** - The change does nothing outside the segment: proven.
# * **b** - No clear effect outside the segment: the interval includes 0, and a small
#   effect of a few points cannot be ruled out either.
# * **c** - The change hurts users outside the segment: the lift there is below 0.
# * **d** - With so many users outside the segment, the interval is so narrow that the
#   effect there is known exactly.
#
# <details><summary>Hint</summary>
#
# `~ab["in_target_segment"]` keeps the rows where the flag is False. Look at `ci_low` and
# `ci_high`: which side of 0 are they on?
# </details>
# %% [markdown] lang="ko"
# ## 연습 4 (보통): 타깃 세그먼트 밖에서는?
#
# 타깃 세그먼트 **밖의** 사용자에게 `experiment.two_proportion_test`를 실행하고 구간을 읽으세요.
# 어느 문장이 맞을까요? 문장의 기호로 답하세요. 예: `"a"`.
#
# * **a** - 세그먼트 밖에서는 변경이 아무 효과도 없다. 증명되었다.
# * **b** - 세그먼트 밖에서는 뚜렷한 효과가 없다. 구간이 0을 포함하고, 몇 포인트 정도의 작은 효과도
#   배제할 수 없다.
# * **c** - 변경이 세그먼트 밖의 사용자에게 해를 끼친다. 그곳의 리프트는 0보다 작다.
# * **d** - 세그먼트 밖의 사용자가 아주 많아서 구간이 매우 좁으므로, 그곳의 효과는 정확히 알려져 있다.
#
# <details><summary>힌트</summary>
#
# `~ab["in_target_segment"]`는 플래그가 False인 행을 남깁니다. `ci_low`와 `ci_high`를 보세요.
# 둘은 0의 어느 쪽에 있나요?
# </details>
# %%
ex4 = checks.outside_reading()

# %% tags=["exercise"]
reading = ...  # "a", "b", "c" or "d"

# %% tags=["solution"]
outside = experiment.two_proportion_test(ab[~ab["in_target_segment"]], "variant", "reserved_14d")
print(outside)
reading = "b"

# %%
ex4.check(reading)

# %% [markdown]
# ## Step 7: where does it work? Inside and outside the segment, new and existing users
#
# One figure with every cut. Each line is the lift with its 95% interval; the dashed line
# is "no effect".
# %% [markdown] lang="ko"
# ## 7단계: 어디서 효과가 있을까? 세그먼트 안과 밖, 신규 사용자와 기존 사용자
#
# 모든 구분을 그림 하나에 담았습니다. 각 선은 리프트와 그 95% 구간이고, 점선은 "효과 없음"입니다.
# %%
cuts = {
    "All users": ab,
    "Target segment": ab[ab["in_target_segment"]],
    "Outside target": ab[~ab["in_target_segment"]],
    "Existing users": ab[~ab["is_new_user"]],
    "New users": ab[ab["is_new_user"]],
}
lifts = pd.DataFrame(
    {
        name: experiment.two_proportion_test(rows, "variant", "reserved_14d")
        for name, rows in cuts.items()
    }
).T.astype(float)
lifts["users"] = (lifts["n_control"] + lifts["n_treatment"]).astype(int)
shown = lifts[["users", "difference", "ci_low", "ci_high"]].round(3)
shown["p_value"] = [f"{p:.3f}" if p >= 0.001 else "< 0.001" for p in lifts["p_value"]]
shown

# %%
fig, ax = plt.subplots(figsize=(8, 4))
y = np.arange(len(lifts))[::-1]
colours = [
    style.PALETTE["vermillion"] if lo > 0 else style.PALETTE["grey"] for lo in lifts["ci_low"]
]
for yi, (_, row), colour in zip(y, lifts.iterrows(), colours, strict=True):
    ax.plot([100 * row["ci_low"], 100 * row["ci_high"]], [yi, yi], color=colour, lw=3)
    ax.plot(100 * row["difference"], yi, "o", color=colour, ms=8)
    ax.annotate(
        f"n = {row['users']:,.0f}",
        (100 * row["ci_high"], yi),
        xytext=(6, -4),
        textcoords="offset points",
        fontsize=9,
        color=style.PALETTE["grey"],
    )
ax.axvline(0, color=style.PALETTE["black"], ls="--", lw=1)
ax.set_yticks(y, labels=lifts.index)
ax.set_xlim(-10, 25)
style.takeaway(
    ax,
    "The lift comes from the target segment\n(lines: 95% intervals; orange-red = clear of zero)",
    xlabel="Lift in 14-day reservation rate, treatment - control (pp)",
)
fig.tight_layout()
plt.show()

# %% [markdown]
# Read it top to bottom:
#
# * **Target segment** (orange-red): clearly above 0. **Outside target**: -2.4 pp, interval
#   -5.4 to +0.6 pp, no clear effect - though a small harm is not ruled out, so watch it.
# * **Existing users** (-0.5 pp) and **new users** (-0.6 pp) show no lift either. Is the
#   change useless for both? No: 25% of existing users are in the target segment,
#   against 0% of new users (the segment needs 60 days since sign-up). Existing users are
#   a mix again: a quarter at +10.6 pp, three quarters outside the segment, where the lift
#   is -4.3 pp (interval -8.5 to -0.2 pp, p = 0.04). That cut was not planned, so it is a
#   warning to test, not a finding. New users, none in the segment, show only chance.
#
# A sub-group result is worth acting on when it was planned, is large enough, and has a
# reason behind it. The segment result has all three.
# %% [markdown] lang="ko"
# 위에서 아래로 읽어 봅시다.
#
# * **타깃 세그먼트**(주황빨강): 0보다 분명히 위에 있습니다. **타깃 밖**: -2.4 pp, 구간 -5.4 ~
#   +0.6 pp로 뚜렷한 효과는 없습니다. 다만 작은 해를 배제할 수 없으니 지켜보세요.
# * **기존 사용자**(-0.5 pp)와 **신규 사용자**(-0.6 pp)도 리프트가 없습니다. 변경이 둘 다에게 쓸모가
#   없을까요? 아닙니다. 기존 사용자의 25%는 타깃 세그먼트에 속하지만 신규 사용자는 0%입니다(세그먼트는
#   가입 후 60일이 필요합니다). 기존 사용자도 다시 섞여 있는 집단입니다. 사분의 일은 +10.6 pp이고,
#   사분의 삼은 세그먼트 밖에 있으며 그곳의 리프트는 -4.3 pp(구간 -8.5 ~ -0.2 pp, p = 0.04)입니다. 이
#   구분은 미리 계획하지 않았으므로 발견이 아니라 테스트해 볼 경고입니다. 세그먼트에 한 명도 없는 신규
#   사용자는 우연만 보여 줍니다.
#
# 하위 그룹의 결과는 미리 계획했고, 충분히 크고, 그 뒤에 이유가 있을 때 행동할 가치가 있습니다.
# 세그먼트 결과는 세 가지를 모두 갖췄습니다.
# %%
print(ab.groupby("is_new_user")["in_target_segment"].mean().round(2))
existing_outside = ab[~ab["is_new_user"] & ~ab["in_target_segment"]]
res = experiment.two_proportion_test(existing_outside, "variant", "reserved_14d")
print(
    f"existing users outside the segment: {100 * res['difference']:+.1f} pp (interval "
    f"{100 * res['ci_low']:+.1f} to {100 * res['ci_high']:+.1f} pp, p = {res['p_value']:.2f})"
)

# %% [markdown] tags=["deck-question"]
# ## Step 8: why you must not stop early
#
# During a test it is tempting to open the dashboard every morning and stop the day the
# p-value dips under 0.05. Each look is another chance for noise to cross the line. To see
# how much that costs, `experiment.peeking_simulation` runs 2,000 **A/A tests**: both groups
# get the same product, so every "winner" is a false alarm.
#
# **Guess first:** with 10 looks, what share of A/A tests is declared a winner at some look?
# %% [markdown] lang="ko"
# ## 8단계: 일찍 멈추면 안 되는 이유
#
# 테스트 중에는 매일 아침 대시보드를 열어 p값이 0.05 아래로 내려가는 날 멈추고 싶어집니다. 들여다볼
# 때마다 잡음이 선을 넘을 기회가 한 번 더 생깁니다. 그 대가가 얼마인지 보기 위해
# `experiment.peeking_simulation`은 **A/A 테스트** 2,000개를 돌립니다. 두 그룹 모두 같은 제품을 받으므로
# 모든 "승자"는 잘못된 경보입니다.
#
# **먼저 추측해 보세요:** 10번 들여다보면, A/A 테스트 중 어느 시점에서든 승자로 선언되는 비율은 얼마일까요?
# %% tags=["deck-number"]
experiment.peeking_simulation(rate=0.16, n_per_look=200, looks=10)

# %% [markdown]
# Looked at once, at the end, 4.5% of A/A tests are false alarms: the planned 5%, give or take
# simulation noise. Stopped at the first of 10 looks with p < 0.05, 19% are: about one "winner" in
# five is noise. The more often you look, the worse it gets:
# %% [markdown] lang="ko"
# 끝에서 한 번만 보면 A/A 테스트의 4.5%가 잘못된 경보입니다. 시뮬레이션 잡음을 감안하면 계획한 5%
# 그대로입니다. 10번 중 처음으로 p < 0.05가 나온 시점에 멈추면 19%가 잘못된 경보입니다. "승자" 다섯 중
# 하나 꼴로 잡음이라는 뜻입니다. 자주 볼수록 더 나빠집니다.
# %% tags=["deck-figure"]
looks = [1, 2, 3, 5, 10, 20, 30]
peek = pd.Series(
    [experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=k)["any_look"] for k in looks],
    index=looks,
)
fig, ax = plt.subplots()
ax.bar([str(k) for k in looks], 100 * peek.values, color=style.PALETTE["vermillion"])
ax.axhline(5, color=style.PALETTE["black"], ls="--", lw=1, label="planned false-alarm rate: 5%")
ax.legend(loc="upper left")
style.takeaway(
    ax,
    "Stopping at the first 'significant' look multiplies false winners",
    xlabel="Number of looks at the data during the test",
    ylabel="A/A tests declared a winner (%)",
)
fig.tight_layout()
plt.show()

# %% [markdown]
# The fix is a rule you set before the test: decide the sample size (Step 3), run until you
# reach it (in whole weeks, so weekdays and weekends both count), then read the result
# once. Look at the dashboard during the test for **broken things** (an SRM, a crash, a
# guardrail in free fall), not for a winner.
# %% [markdown] lang="ko"
# 해결책은 테스트 전에 정하는 규칙입니다. 표본 크기를 정하고(3단계), 그 크기에 도달할 때까지(주말과
# 평일이 모두 들어가도록 주 단위로) 돌린 다음, 결과를 한 번만 읽습니다. 테스트 중에 대시보드를 보는
# 것은 승자를 찾기 위해서가 아니라 **고장 난 것**(SRM, 오류, 곤두박질치는 가드레일)을 찾기 위해서입니다.
# %% [markdown]
# ## Exercise 5 (stretch): the daily look
#
# A colleague proposes: "Let's check every day for 30 days, about 50 users per group a day,
# and ship as soon as p < 0.05." With a baseline of 16%, what share of tests with **no real
# effect** would be shipped as winners? Use `experiment.peeking_simulation` and give a
# share (0-1).
#
# <details><summary>Hint</summary>
#
# `experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=30)` returns a dict; which
# of its numbers answers "stopped at the first significant look"?
# </details>
# %% [markdown] lang="ko"
# ## 연습 5 (도전): 매일 들여다보기
#
# 동료가 이렇게 제안합니다. "30일 동안 매일, 그룹당 하루 약 50명씩 확인하다가 p < 0.05가 나오면 바로
# 출시합시다." 기준 비율이 16%일 때, **실제 효과가 없는** 테스트 중 승자로 출시되는 비율은 얼마일까요?
# `experiment.peeking_simulation`을 쓰고 비율(0-1)로 답하세요.
#
# <details><summary>힌트</summary>
#
# `experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=30)`은 dict를 돌려줍니다. 그중 어느
# 값이 "처음으로 유의해진 시점에 멈췄다"에 답할까요?
# </details>
# %%
ex5 = checks.peeking_rate()

# %% tags=["exercise"]
false_winners = ...  # a share, e.g. 0.12

# %% tags=["solution"]
sim = experiment.peeking_simulation(rate=0.16, n_per_look=50, looks=30)
false_winners = sim["any_look"]
false_winners

# %%
ex5.check(false_winners)

# %% [markdown]
# ## So what: the launch decision
#
# Outside the segment the lift is -2.4 pp, interval from -5.4 to +0.6 pp: a harm of a
# few points is not ruled out. So **not** "ship to all users": ship to the target segment,
# as the pilot notebook 06 planned (pilot, check the north star, expand). The test already
# did better than a Seoul-only pilot - a coin, not a region, chose who got the change - but
# it measured reservations, not the north star. The launch to the segment must show that.
# How many completed rides does one of this customer's reservations bring?
# %% [markdown] lang="ko"
# ## 그래서 무엇을: 출시 결정
#
# 세그먼트 밖의 리프트는 -2.4 pp이고 구간은 -5.4에서 +0.6 pp입니다. 몇 포인트의 해를 배제할 수
# 없습니다. 그러니 "전체 사용자에게 출시"는 **아닙니다**. 06 노트북이 계획한 대로 타깃 세그먼트에
# 출시합니다(파일럿, 북극성 지표 확인, 확대). 이 테스트는 이미 서울만의 파일럿보다 나았습니다. 지역이
# 아니라 동전이 누가 변경을 받을지 골랐으니까요. 다만 북극성 지표가 아니라 예약을 쟀습니다. 세그먼트
# 출시에서 그것을 보여 줘야 합니다. 이 고객의 예약 한 건은 운행 완료를 몇 건 가져올까요?
# %%
seg_events = data.load_events().query("user_id in @target.user_id")
counts = seg_events["event"].value_counts()
rides_per_reservation = counts["return"] / counts["reservation"]  # a return ends a ride
test_months = (ab["assigned_at"].max() - ab["assigned_at"].min()).days / 30
seg_per_month = len(target) / test_months  # segment users reaching the test a month
extra = {
    name: round(float(seg_per_month * lift_share * rides_per_reservation), 1)
    for name, lift_share in [("lift", result["difference"]), ("lower bound", result["ci_low"])]
}
print(
    f"rides per reservation {rides_per_reservation:.2f}; segment users a month {seg_per_month:.0f}"
)
extra  # extra completed rides a month

# %% [markdown]
# About 0.56 completed rides per reservation, and about 296 segment users a month. At the
# lift of +10.6 pp that is about 18 extra completed rides a month; at the lower bound
# (+4.7 pp), about 8. It counts only a first reservation in 14 days, so watch the north
# star rather than assume it. The note below fills a template from these numbers; copy it.
# %% [markdown] lang="ko"
# 예약 한 건당 운행 완료는 약 0.56건이고, 세그먼트 사용자는 한 달에 약 296명입니다. 리프트 +10.6 pp라면
# 한 달에 운행 완료가 약 18건 늘고, 구간의 하한(+4.7 pp)이라면 약 8건 늡니다. 14일 안의 첫 예약만 센
# 값이므로, 가정하지 말고 북극성 지표를 지켜보세요. 아래 노트는 이 숫자들로 템플릿을 채웁니다. 복사해
# 쓰세요.
# %%
srm_all = experiment.srm_check(ab, "variant")["p_value"]
outside = lifts.loc["Outside target"]
note = f"""LAUNCH NOTE - time-first search (A/B test, 2025-04-01 to 2025-06-15, synthetic data)

Decision: SHIP to the target segment only ({important_customer.NAME}), as the pilot.
Hypothesis: {important_customer.HYPOTHESIS}
Result (target segment, {result["n_control"] + result["n_treatment"]:,} users):
  reserved within 14 days {result["rate_control"]:.1%} -> {result["rate_treatment"]:.1%}: \
lift {100 * result["difference"]:+.1f} pp,
  95% interval {100 * result["ci_low"]:+.1f} to {100 * result["ci_high"]:+.1f} pp, \
p = {result["p_value"]:.4f}.
Trust: sample ratio OK (p = {srm_all:.2f}); groups balanced on new users and segment.
Guardrails: cancellations per reservation {cancel["rate_control"]:.0%} -> \
{cancel["rate_treatment"]:.0%} (no clear change); sessions flat.
Outside the segment: {100 * outside["difference"]:+.1f} pp \
({100 * outside["ci_low"]:+.1f} to {100 * outside["ci_high"]:+.1f}): harm not ruled out.
Watch (the north star): the segment's completed rides a month for one month; expect \
about +{extra["lift"]:.0f} (lower bound +{extra["lower bound"]:.0f}).
Expand beyond the segment only after (1) the segment's completed rides rise and
  (2) a test outside the segment rules out harm. Also watch cancellations per reservation.
"""
print(note)

# %% [markdown]
# **The trap to avoid:** declaring victory on the number you like best: a sub-group found
# after the fact, a test stopped on the first good day, a guardrail read with the wrong
# denominator. Write the hypothesis, the metric, the segment and the sample size down
# *before* the test, and read it once.
#
# Also avoid the opposite trap: "not significant" outside the segment is not "proven to do
# nothing". Say what the interval allows.
# %% [markdown] lang="ko"
# **피해야 할 함정:** 가장 마음에 드는 숫자로 승리를 선언하는 것입니다. 나중에 찾아낸 하위 그룹,
# 처음 좋은 날 멈춘 테스트, 잘못된 분모로 읽은 가드레일이 그렇습니다. 가설, 지표, 세그먼트, 표본
# 크기를 테스트 *전에* 적어 두고, 결과는 한 번만 읽으세요.
#
# 반대 함정도 피하세요. 세그먼트 밖에서 "유의하지 않다"는 "효과가 없음이 증명되었다"가 아닙니다.
# 구간이 무엇을 허용하는지 말하세요.
# %% [markdown]
# ## Recap
#
# - A hypothesis names the change, the segment, the metric and the reason:
#   *If we ..., then ..., because ...*. One primary metric decides; guardrails protect.
# - Size the test first: the sample size grows with 1 / MDE², so small effects need long
#   tests.
# - Check the sample ratio and the balance before reading any result.
# - Report the lift with its 95% interval, in the segment named in advance. Here: +10.6 pp,
#   interval +4.7 to +16.4 pp in the target segment (p = 0.0004, far past the line);
#   outside, no clear effect, but harm is not ruled out: ship to the segment first.
# - Peeking inflates false winners; decide the sample size and read the test once.
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 정리
#
# - 가설은 변경, 세그먼트, 지표, 이유를 말합니다:
#   *만약 ...하면, ...할 것이다. 왜냐하면 ...이기 때문이다*. 주요 지표 하나가 결정하고, 가드레일이 지킵니다.
# - 테스트 규모를 먼저 정하세요. 표본 크기는 1 / MDE²에 비례해 늘어나므로, 작은 효과에는 긴 테스트가
#   필요합니다.
# - 결과를 읽기 전에 표본 비율과 균형을 점검하세요.
# - 리프트는 95% 구간과 함께, 미리 정한 세그먼트 안에서 보고하세요. 여기서는 타깃 세그먼트에서
#   +10.6 pp, 구간 +4.7 ~ +16.4 pp(p = 0.0004, 선을 한참 넘음)입니다. 세그먼트 밖에서는 뚜렷한 효과가
#   없지만 해를 배제할 수 없으므로, 세그먼트에 먼저 출시합니다.
# - 중간에 들여다보면(피킹) 가짜 승자가 늘어납니다. 표본 크기를 정하고 테스트는 한 번만 읽으세요.
#
# {{nav}}
