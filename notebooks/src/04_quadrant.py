# %% [markdown]
# # 04 · The quadrant: who tries, who rides (사분면)
#
# {{nav}}
#
# > **What you will learn**
# > - Place the Mass x element combinations of notebook 03 on two axes: reservation attempts
# >   per user (x) and completed rides per user (y), each bubble labelled and sized by users
# > - Name the four quadrants (사분면) and what each one asks a PM to do
# > - Find the largest quadrant, *action needed* ("what makes them hesitate?", 뭘 망설일까 유형),
# >   and name the people in it
# > - Choose the cut-offs (mean or median, per combination or per user), check that your
# >   conclusion survives the choice, and read how much margin it has
# >
# > **Time:** {{time}}.
# >
# > **You need** [03 Segmentation](03_segmentation.ipynb) (Mass x element combinations) and
# > [02 Journey map and funnel](02_journey_funnel.ipynb) (reservation attempt, reservation, return).
#
# All data here is **synthetic**: Bomcar (봄카) is a fictional car-sharing company.
# %% [markdown] lang="ko"
# # 04 · 사분면: 누가 시도하고, 누가 운행하는가
#
# {{nav}}
#
# > **배울 내용**
# > - 03 노트북의 Mass x 요소 조합을 두 축 위에 놓습니다: 사용자당 예약 시도 수(x)와 사용자당
# >   운행 완료 수(y). 버블마다 이름을 붙이고, 크기는 사용자 수로 나타냅니다
# > - 네 사분면의 이름과, 각 사분면이 PM에게 요구하는 일을 익힙니다
# > - 가장 큰 사분면인 *action needed*("무엇이 이들을 망설이게 할까?", 뭘 망설일까 유형)를 찾고,
# >   그 안에 있는 사람들이 누구인지 말합니다
# > - 기준선(평균 또는 중앙값, 조합 기준 또는 사용자 기준)을 고르고, 그 선택에도 결론이
# >   유지되는지 확인하며, 차이가 얼마나 되는지 읽습니다
# >
# > **소요 시간:** {{time}}.
# >
# > **먼저 볼 노트북:** [03 세그먼테이션](03_segmentation.ipynb)(Mass x 요소 조합),
# > [02 고객 여정 지도와 퍼널](02_journey_funnel.ipynb)(예약 시도, 예약, 반납).
#
# 여기 나오는 데이터는 모두 **합성 데이터**입니다. 봄카는 가상의 카셰어링 회사입니다.
# %% [markdown]
# ## Why: two numbers, four stories
#
# Notebook 03 listed the customers of the search stage as **Mass situation x experience**
# combinations (experience measured on each user's first 60 days). A list says *who* the
# customers are; it does not say *what to do* with each group. The **quadrant (사분면)**
# does, with two numbers per combination, both counted over **days 60-240 after sign-up**
# (after the period that defined the element, so the placement is not circular):
#
# - **x: reservation attempts per user** (예약 시도) - how often they *want* a car: they
#   picked a car and a time and pressed "reserve";
# - **y: completed rides per user** (운행 완료, counted as returns 반납) - how often they
#   *got* the value: the north star of notebook 01, per user.
#
# A cut-off (기준선) on each axis splits the combinations into four groups. Each group asks
# for a different kind of work:
# %% [markdown] lang="ko"
# ## 왜: 숫자 두 개, 이야기 네 개
#
# 03 노트북에서는 탐색 단계의 고객을 **Mass 상황 x 경험** 조합으로 나열했습니다(경험은
# 사용자마다 처음 60일에 측정했습니다). 목록은 고객이 *누구인지*는 말해 주지만, 그룹마다 *무엇을
# 해야 하는지*는 말해 주지 않습니다. **사분면**은 이를 말해 줍니다. 조합마다 숫자 두 개를 쓰고,
# 둘 다 **가입 후 60-240일** 동안 셉니다(요소를 정의한 기간 이후이므로 배치가 순환 논리가 되지
# 않습니다):
#
# - **x: 사용자당 예약 시도 수** - 차를 얼마나 자주 *원하는지*입니다. 차와 시간을 고르고
#   "예약"을 눌렀습니다.
# - **y: 사용자당 운행 완료 수**(반납으로 셉니다) - 가치를 얼마나 자주 *얻었는지*입니다. 01
#   노트북의 북극성 지표를 사용자당으로 본 것입니다.
#
# 축마다 기준선을 하나씩 그으면 조합이 네 그룹으로 나뉩니다. 그룹마다 필요한 일이 다릅니다:
# %%
import textwrap

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

from course import bomcar, combinations, data
from course.checks import nb04 as checks
from helpers import i18n, quadrant, segments, style

i18n.set_language("en")
style.use_course_style()
pd.set_option("display.max_colwidth", 120)
bomcar.QUADRANTS

# %% [markdown]
# Read the table row by row:
#
# - **natural growth** (자연 증분 유형) - they try and they ride. It works for them: reward
#   their loyalty and learn from them what works.
# - **action needed** (뭘 망설일까 유형) - they try often but ride little. Ask "what makes
#   them hesitate?". Something in the product stops them: a pain point to fix.
# - **retention strategy needed** (사용자 유지 전략이 필요한 유형) - they try less, but when they
#   try they ride, at a longer rhythm. Nothing is broken; the question is *when* to remind
#   them: marketing, not a product fix.
# - **low impact** (임팩트가 적은 유형) - few attempts, few rides. Fixing the product will not
#   move them; they need new value (or they are not your customers).
# %% [markdown] lang="ko"
# 표를 한 행씩 읽어 봅시다. `quadrant` 열의 영어 이름은 코드가 쓰는 키입니다:
#
# - **natural growth**(자연 증분 유형) - 시도하고, 운행합니다. 서비스가 잘 맞는 고객입니다.
#   충성도에 보상하고, 무엇이 잘 통하는지 이들에게서 배우세요.
# - **action needed**(뭘 망설일까 유형) - 자주 시도하지만 운행은 적습니다. "무엇이 이들을
#   망설이게 할까?"를 물으세요. 제품의 무언가가 이들을 막고 있습니다. 고쳐야 할 페인 포인트입니다.
# - **retention strategy needed**(사용자 유지 전략이 필요한 유형) - 시도는 적지만, 시도하면
#   운행합니다. 주기가 길 뿐입니다. 고장 난 것은 없습니다. 문제는 *언제* 다시 떠올리게 하느냐입니다.
#   제품 개선이 아니라 마케팅의 문제입니다.
# - **low impact**(임팩트가 적은 유형) - 시도도 적고 운행도 적습니다. 제품을 고쳐도 움직이지
#   않습니다. 새로운 가치가 필요합니다(아니면 우리 고객이 아닙니다).
# %% [markdown]
# ## See it: Bomcar's combinations on the quadrant
#
# **Step 1 - one row per user.** `combinations.combination_users` is notebook 03's work in
# one call: every user who searched in their first 60 days and whose 240 days are in the
# log, with their situation, experience element and combination, and their `attempts` and
# `rides` over days 60-240.
# %% [markdown] lang="ko"
# ## 살펴보기: 사분면 위의 봄카 조합
#
# **1단계 - 사용자마다 한 행.** `combinations.combination_users`는 03 노트북의 작업을 한 번에
# 합니다. 처음 60일 안에 탐색했고 240일이 모두 로그에 있는 사용자마다, 상황, 경험 요소, 조합,
# 그리고 60-240일의 `attempts`와 `rides`를 담습니다.
# %%
events, users = data.load_events(), data.load_users()
per_user = combinations.combination_users(events, users)
per_user[["situation", "experience", "combination", "attempts", "rides"]].head()

# %% [markdown]
# **Step 2 - one row per combination.** Keep the Mass situations, then, for each
# combination, its users and the *average* user's attempts and rides. Combinations with
# fewer than 100 users are left out (their means swing by chance, notebook 03):
# %% [markdown] lang="ko"
# **2단계 - 조합마다 한 행.** Mass 상황만 남기고, 조합마다 사용자 수와 *평균* 사용자의 시도 수,
# 운행 완료 수를 구합니다. 사용자가 100명 미만인 조합은 뺍니다(평균이 우연에 따라 흔들립니다. 03
# 노트북 참고):
# %%
mass = per_user[per_user["situation"].astype(str).isin(combinations.MASS)]
combos = (
    mass.groupby("combination")
    .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
    .rename(columns={"combination": "segment"})
)
combos = combos[combos["users"] >= combinations.MIN_USERS]
combos = combos.sort_values("users", ascending=False).reset_index(drop=True)
combos.round(2)
# %% [markdown]
# `combinations.combination_table(per_user)` gives the same table in one call (with the
# situation and the element as their own columns):
# %% [markdown] lang="ko"
# `combinations.combination_table(per_user)`는 같은 표를 한 번의 호출로 만듭니다(상황과 요소를
# 각각의 열로 담습니다):
# %%
table = combinations.combination_table(per_user)
assert table["users"].tolist() == combos["users"].tolist()
print(f"{len(table)} combinations placed; too small: {list(table.attrs['too_small'])}")

# %% [markdown] tags=["deck-question"]
# 11 combinations, from 116 to 825 users each. The biggest, *pay-per-ride member x never
# reserved*, makes about 6 attempts and 0.33 rides per user over days 60-240.
#
# ### Guess first
#
# Before we place them: **which quadrant holds the most users?** Natural growth, action
# needed, retention strategy needed or low impact? Say it out loud (or write it down), then
# run the next cells.
# %% [markdown] lang="ko"
# 조합은 11개이고, 조합마다 사용자가 116명에서 825명입니다. 가장 큰 *pay-per-ride member x never
# reserved*는 60-240일 동안 사용자당 약 6회 시도하고 0.33회 운행합니다.
#
# ### 먼저 예측해 보기
#
# 배치하기 전에 먼저 생각해 보세요: **사용자가 가장 많은 사분면은 어디일까요?** 자연 증분 유형,
# 뭘 망설일까 유형, 사용자 유지 전략이 필요한 유형, 임팩트가 적은 유형 중 어디일까요? 소리 내어
# 말하거나 적어 둔 다음, 아래 셀을 실행하세요.
# %% [markdown]
# **Step 3 - place them.** `quadrant.place` cuts each axis at the **median combination**
# (중앙값): half of the combinations make more attempts than the cut-off, half fewer; the
# same for rides.
# %% [markdown] lang="ko"
# **3단계 - 배치하기.** `quadrant.place`는 각 축을 **중앙값 조합**에서 자릅니다. 조합의 절반은
# 기준선보다 시도가 많고, 절반은 적습니다. 운행 완료도 마찬가지입니다.
# %%
placed = quadrant.place(table, "attempts", "rides", threshold="median")
tuple(round(v, 2) for v in placed.attrs["thresholds"])  # (attempts, rides) per user

# %% [markdown]
# The cut-offs: 3.97 reservation attempts per user and 0.82 completed rides per user. A
# combination at or above a cut-off counts as "many". Now count users per quadrant:
# %% [markdown] lang="ko"
# 기준선은 사용자당 예약 시도 3.97회와 사용자당 운행 완료 0.82회입니다. 기준선과 같거나 높은
# 조합은 "많음"으로 셉니다. 이제 사분면별 사용자 수를 셉니다:
# %% tags=["deck-number"]
quadrant.quadrant_summary(placed, "users").round(2)

# %% [markdown]
# **Reveal: *action needed* is the largest quadrant.** 3 of the 11 combinations, 1,683 users
# - 40% of the placed users - try often and ride little. Natural growth follows with 1,539.
# Did you guess it?
#
# Now see it. Each bubble is a combination, its area is its users, its label its name:
# %% [markdown] lang="ko"
# **정답 공개: 가장 큰 사분면은 *action needed*(뭘 망설일까 유형)입니다.** 11개 조합 중 3개,
# 1,683명 - 배치한 사용자의 40% - 가 자주 시도하지만 운행은 적습니다. 그다음은 자연 증분
# 유형으로 1,539명입니다. 예측이 맞았나요?
#
# 이제 그림으로 봅시다. 버블 하나가 조합 하나입니다. 면적은 사용자 수, 레이블은 조합의
# 이름입니다:
# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(9.5, 6.5))
ax.set(xlim=(0.5, 12.5), ylim=(-0.3, 4.8))
quadrant.quadrant_plot(
    placed,
    "attempts",
    "rides",
    size_col="users",
    ax=ax,
    title="Three pay-per-ride combinations try often and ride little: action needed",
)
style.synthetic_note(ax)  # our own figure (ax=): we add the data note and lay it out
fig.tight_layout()
NUDGE = {  # (points right, points up, alignment): keeps close labels apart and inside
    "corporate member x never reserved": (14, 3, "left"),
    "subscriber x never reserved": (14, -9, "left"),
    "subscriber x below average": (14, 13, "left"),
    "pay-per-ride member x reserved, never rode": (0, -20, "center"),
}


def label_bubbles(ax, p):
    """Name each bubble; a bubble exactly on a cut-off line says so (it counts as "many")."""
    tx, ty = p.attrs["thresholds"]
    for row in p.itertuples():
        dx, dy, ha = NUDGE.get(row.segment, (14, 0, "left"))
        on_line = abs(row.attempts - tx) < 1e-9 or abs(row.rides - ty) < 1e-9
        ax.annotate(
            row.segment + ("\n(on a cut-off line: counts as many)" if on_line else ""),
            (row.attempts, row.rides),
            xytext=(dx, dy),
            textcoords="offset points",
            fontsize=8,
            fontweight="bold" if on_line else "normal",
            ha=ha,
            va="center",
        )


label_bubbles(ax, placed)
plt.show()

# %% [markdown]
# The dashed lines are the cut-offs. The three orange bubbles (bottom right) make many
# attempts and few rides. Two bubbles sit exactly on a line, because a median of 11 values
# *is* one of them: *corporate member x never reserved* on the rides line (retention
# strategy needed) and *corporate member x above average* on the attempts line (natural
# growth). "At or above counts as many" puts both on the "many" side of their line.
#
# ### Who are they?
#
# A quadrant is only useful if you can name the people in it:
# %% [markdown] lang="ko"
# 점선이 기준선입니다. 주황색 버블 세 개(오른쪽 아래)는 시도가 많고 운행은 적습니다. 버블 두 개는
# 정확히 선 위에 있습니다. 값 11개의 중앙값은 그 값 중 하나 *자체*이기 때문입니다: *corporate
# member x never reserved*는 운행 기준선 위에 있고(사용자 유지 전략이 필요한 유형), *corporate
# member x above average*는 시도 기준선 위에 있습니다(자연 증분 유형). "같거나 높으면 많음"
# 규칙에 따라 둘 다 선의 "많음" 쪽에 놓입니다.
#
# ### 이들은 누구인가?
#
# 사분면은 그 안의 사람들이 누구인지 말할 수 있어야 쓸모가 있습니다:
# %%
action = placed[placed["quadrant"] == "action needed"]
action[["segment", "users", "attempts", "rides"]].round(2)

# %% [markdown]
# All three are **pay-per-ride members** (individuals without a subscription) who, in their
# first 60 days, **searched but never reserved, reserved but never rode, or rode once**
# (below the average of 1.48 rides). They keep trying afterwards - 6 to 10 attempts per user
# over days 60-240 - but complete well under one ride each. The placed subscriber and
# corporate-member combinations with the same early experience (never reserved, rode once)
# do not behave this way: they try less, under the attempts cut-off. (Their "reserved, never
# rode" cells are too small to place; those few users do attempt more than the cut-off.)
#
# How much do they hesitate? Compare how many of their attempts become completed rides:
# %% [markdown] lang="ko"
# 셋 모두 **건별 결제 회원**(구독하지 않은 개인)이고, 처음 60일 동안 **탐색했지만 예약한 적이
# 없거나, 예약했지만 운행한 적이 없거나, 한 번 운행했습니다**(평균 1.48회 미만). 이들은 그 뒤에도
# 계속 시도합니다 - 60-240일 동안 사용자당 6-10회 - 하지만 운행 완료는 한 명당 한 번에 한참
# 못 미칩니다. 같은 초기 경험(예약한 적 없음, 한 번 운행)을 가진 구독 회원과 법인 회원 조합은
# 이렇게 행동하지 않습니다. 이들은 덜 시도하고, 시도 기준선 아래에 있습니다. (이들의 "예약했지만
# 운행한 적 없음" 칸은 배치하기에 너무 작습니다. 그 소수의 사용자는 실제로 기준선보다 많이
# 시도합니다.)
#
# 이들은 얼마나 망설일까요? 시도 중 몇 번이 운행 완료로 이어지는지 비교해 봅시다:
# %%
in_action = mass["combination"].isin(action["segment"])
placed_users = mass[mass["combination"].isin(placed["segment"])]
totals = placed_users.groupby(in_action.reindex(placed_users.index))[["attempts", "rides"]].sum()
totals["rides_per_attempt"] = (totals["rides"] / totals["attempts"]).round(2)
totals.rename(index={True: "action needed", False: "everyone else placed"}).rename_axis("group")

# %% [markdown]
# Action-needed users turn 7% of their attempts into completed rides; everyone else placed
# turns 58%. They want cars as much as anyone - more - but something between "reserve" and
# "ride" stops them. Notebook 05 asks *why* with the 5 whys.
# %% [markdown] lang="ko"
# 뭘 망설일까 유형의 사용자는 시도의 7%만 운행 완료로 이어지고, 배치된 나머지 사용자는 58%가
# 이어집니다. 이들은 누구 못지않게 - 오히려 더 - 차를 원하지만, "예약"과 "운행" 사이의 무언가가
# 이들을 막습니다. 05 노트북에서 5 Whys 기법으로 *왜*인지 묻습니다.
# %% [markdown]
# ## Mean or median? Where you cut decides what you see
#
# The cut-offs are a choice, and two questions decide them:
#
# 1. **Mean (평균) or median (중앙값)?** The mean is pulled by extreme values (outliers) and
#    by a long tail (skew); the median is not.
# 2. **Per combination or per user?** Unweighted, every combination gets one vote, small or
#    big. Weighted by users, every *user* gets one vote, so the big pay-per-ride combinations
#    pull the cut-off towards themselves.
#
# The four rules on our 11 combinations. The loop places them four times and counts users
# per quadrant each time:
# %% [markdown] lang="ko"
# ## 평균인가 중앙값인가? 어디서 자르느냐가 보이는 것을 정한다
#
# 기준선은 선택이고, 두 가지 질문이 그 선택을 정합니다:
#
# 1. **평균인가 중앙값인가?** 평균은 극단값(이상치)과 긴 꼬리(치우침)에 끌려가지만, 중앙값은
#    그렇지 않습니다.
# 2. **조합 기준인가 사용자 기준인가?** 가중치가 없으면 조합마다 크든 작든 한 표씩입니다.
#    사용자 수로 가중하면 *사용자*마다 한 표씩이므로, 큰 건별 결제 조합들이 기준선을 자기 쪽으로
#    끌어당깁니다.
#
# 11개 조합에 네 가지 규칙을 적용해 봅시다. 반복문이 네 번 배치하고, 매번 사분면별 사용자 수를
# 셉니다:
# %%
rules = {
    "median of combinations": ("median", None),
    "mean of combinations": ("mean", None),
    "median, weighted by users": ("median", "users"),
    "mean, weighted by users": ("mean", "users"),
}
by_rule = pd.DataFrame(
    {
        name: quadrant.quadrant_summary(
            quadrant.place(table, "attempts", "rides", threshold=t, weight=w), "users"
        )["users"]
        for name, (t, w) in rules.items()
    }
).reindex(quadrant.QUADRANT_NAMES)
by_rule

# %% [markdown]
# - **Action needed is the largest under every rule**, and it is the same three
#   combinations (1,683 users) each time.
# - **But look at the margin.** Under the median weighted by users, retention strategy
#   needed holds 1,640 users: action needed is ahead by only 43 users. The weighted median
#   puts the attempts cut-off at 6.04 - exactly on *pay-per-ride member x never reserved*,
#   which counts as "many" because a value at the cut-off is high - and moves the big
#   subscriber bubble to the retention side.
#
# What does a margin of a few dozen users teach? That "largest" is the weakest part of the
# finding. The strong part is that the *same* people land in action needed under every rule
# and that their gap is large in absolute terms (7% vs 58% of attempts become rides). Report
# the margin beside the claim, and do not build the case on the ranking alone.
# %% [markdown] lang="ko"
# - **어느 규칙에서나 뭘 망설일까 유형이 가장 큽니다.** 그리고 매번 같은 세 조합(1,683명)입니다.
# - **하지만 차이를 보세요.** 사용자 가중 중앙값에서는 사용자 유지 전략이 필요한 유형이
#   1,640명이라, 뭘 망설일까 유형이 겨우 43명 앞섭니다. 가중 중앙값은 시도 기준선을 6.04에
#   둡니다 - 정확히 *pay-per-ride member x never reserved* 위입니다. 기준선 위의 값은 높은 쪽으로
#   치므로 이 조합은 "많음"이 되고 - 큰 구독 회원 버블은 사용자 유지 쪽으로 옮겨 갑니다.
#
# 수십 명의 차이는 무엇을 알려 줄까요? "가장 크다"가 이 발견의 가장 약한 부분이라는 것입니다.
# 강한 부분은 어느 규칙에서나 *같은* 사람들이 뭘 망설일까 유형에 놓이고, 그 격차가 절대적으로도
# 크다는 것입니다(시도의 7% 대 58%가 운행으로 이어집니다). 주장 옆에 차이를 함께 보고하고,
# 순위만으로 논리를 세우지 마세요.
# %%
top_two = by_rule["median, weighted by users"].nlargest(2)
lead = int(top_two.iloc[0] - top_two.iloc[1])  # the margin, for the title
long = by_rule.rename_axis(index="quadrant", columns="rule").stack().rename("users")
long = long.reset_index()
fig, ax = plt.subplots(figsize=(9, 4.2))
sns.barplot(
    data=long,
    x="rule",
    y="users",
    hue="quadrant",
    palette=style.QUADRANT_COLOURS,  # one colour per quadrant, the same in every figure
    saturation=1,  # the palette's own colours, not paler ones
    ax=ax,
)
ax.set_xticks(range(4), [textwrap.fill(name, 14) for name in by_rule.columns])
ax.legend(title="Quadrant", ncols=2, fontsize=9)
ax.set_ylim(0, by_rule.to_numpy().max() * 1.35)
style.takeaway(
    ax,
    f"Action needed is the largest under every rule, by {lead} users at the weighted median",
    xlabel="How the cut-offs are set",
    ylabel="Users",
)
plt.show()

# %% [markdown]
# ### Explore the cut-offs yourself
#
# Pick a rule in the drop-down, or choose "my own" and move the sliders to set the cut-offs
# by hand. The bubble chart and the users per quadrant redraw. (If the controls do not show -
# in a static view of this notebook - the bar chart above holds the same story.)
# %% [markdown] lang="ko"
# ### 기준선을 직접 바꿔 보기
#
# 드롭다운에서 규칙을 고르거나, "직접 정하기"를 골라 슬라이더로 기준선을 직접 정해 보세요. 버블
# 차트와 사분면별 사용자 수가 다시 그려집니다. (노트북을 정적으로 볼 때처럼 컨트롤이 보이지 않으면,
# 위의 막대 차트가 같은 이야기를 담고 있습니다.)
# %% tags=["nbval-ignore-output"]
OWN = "my own (use the sliders)"


def explore(rule, x_cut, y_cut):
    threshold, weight = ((x_cut, y_cut), None) if rule == OWN else rules[rule]
    p = quadrant.place(table, "attempts", "rides", threshold=threshold, weight=weight)
    tx, ty = p.attrs["thresholds"]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(15, 5.8), width_ratios=[2.6, 1])
    ax1.set(xlim=(0.5, 12.5), ylim=(-0.6, 4.8))  # room for the corner names and labels
    quadrant.quadrant_plot(
        p,
        "attempts",
        "rides",
        size_col="users",
        ax=ax1,
        title=f"Cut-offs: {tx:.2f} attempts, {ty:.2f} rides per user",
    )
    style.synthetic_note(ax1)
    label_bubbles(ax1, p)
    n = quadrant.quadrant_summary(p, "users")["users"].reindex(quadrant.QUADRANT_NAMES)
    ax2.barh(
        [quadrant.quadrant_label(q) for q in n.index[::-1]],  # the name the learner reads
        n.to_numpy()[::-1],
        color=[style.QUADRANT_COLOURS[q] for q in n.index[::-1]],
    )
    for i, v in enumerate(n.to_numpy()[::-1]):
        ax2.text(v, i, f" {v:,}", va="center", fontsize=9)
    ax2.set_xlim(0, 4600)
    style.takeaway(ax2, f"Largest: {n.idxmax()}", xlabel="Users", note=False)
    fig.tight_layout()
    plt.show()


_ = widgets.interact(  # i18n.tr: the controls' labels in the learner's language
    explore,
    rule=widgets.Dropdown(
        options=[(i18n.tr(name), name) for name in [*rules, OWN]],
        description=i18n.tr("Cut-off rule"),
    ),
    x_cut=widgets.FloatSlider(
        value=round(placed.attrs["thresholds"][0], 1),
        min=1.0,
        max=11.0,
        step=0.1,
        description=i18n.tr("x cut-off"),
    ),
    y_cut=widgets.FloatSlider(
        value=round(placed.attrs["thresholds"][1], 2),
        min=0.1,
        max=4.5,
        step=0.05,
        description=i18n.tr("y cut-off"),
    ),
)

# %% [markdown]
# ## Your turn
#
# The names you need are in memory: `per_user` (one row per user), `table` (one row per
# combination), `placed` (combinations with their quadrant, median rule) and `rules`.
#
# ## Exercise 1 (easy): which quadrant is `corporate member x below average` in?
#
# Use the median rule (the `placed` table). Answer with the quadrant's name in quotes.
#
# <details><summary>Hint</summary>
#
# Find the row in `placed`, or the labelled bubble in the chart: compare its attempts with
# the x cut-off and its rides with the y cut-off.
# </details>
# %% [markdown] lang="ko"
# ## 직접 해 보기
#
# 필요한 변수는 메모리에 있습니다: `per_user`(사용자마다 한 행), `table`(조합마다 한 행),
# `placed`(사분면이 붙은 조합, 중앙값 규칙), `rules`.
#
# ## 연습 1 (쉬움): `corporate member x below average`는 어느 사분면에 있을까?
#
# 중앙값 규칙(`placed` 표)을 쓰세요. 사분면 이름을 따옴표에 넣어 답하세요. `quadrant` 열의 영어
# 이름(`"low impact"`)도, 한국어 이름(`"임팩트가 적은 유형"`)도 됩니다.
#
# <details><summary>힌트</summary>
#
# `placed`에서 그 행을 찾거나, 차트에서 그 이름이 붙은 버블을 찾으세요. 시도 수는 x 기준선과,
# 운행 완료 수는 y 기준선과 비교하세요.
# </details>
# %%
ex1 = checks.segment_quadrant()

# %% tags=["exercise"]
quadrant_corporate_below = ...  # e.g. "low impact"

# %% tags=["solution"]
quadrant_corporate_below = placed.set_index("segment").loc[
    "corporate member x below average", "quadrant"
]
quadrant_corporate_below

# %%
ex1.check(quadrant_corporate_below)

# %% [markdown]
# ## Exercise 2 (easy): how many users are in *action needed*?
#
# Count users, not combinations, with the median rule. Compute it with pandas rather than
# copying it from the text.
#
# <details><summary>Hint</summary>
#
# Keep the rows of `placed` whose `quadrant` is `"action needed"` and sum their `users`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 2 (쉬움): *action needed*에는 사용자가 몇 명 있을까?
#
# 조합이 아니라 사용자를 세세요. 중앙값 규칙을 씁니다. 본문에서 숫자를 베끼지 말고 pandas로
# 계산하세요.
#
# <details><summary>힌트</summary>
#
# `placed`에서 `quadrant`가 `"action needed"`인 행만 남기고 `users`를 더하세요.
# </details>
# %%
ex2 = checks.action_needed_users()

# %% tags=["exercise"]
n_action_needed = ...

# %% tags=["solution"]
n_action_needed = placed.loc[placed["quadrant"] == "action needed", "users"].sum()
n_action_needed

# %%
ex2.check(n_action_needed)

# %% [markdown]
# ## Exercise 3 (medium): how safe is "the largest" under another rule?
#
# Under the median weighted by users, *action needed* leads by only 43 users. Under the
# **mean weighted by users**, by how many users is *action needed* larger than the next
# largest quadrant? Answer with a number of users.
#
# <details><summary>Hint</summary>
#
# The column `"mean, weighted by users"` of `by_rule` holds users per quadrant. Sort it
# from largest to smallest and subtract the second value from the first.
# </details>
# %% [markdown] lang="ko"
# ## 연습 3 (보통): 다른 규칙에서도 "가장 크다"는 안전할까?
#
# 사용자 가중 중앙값에서 *action needed*는 겨우 43명 앞섭니다. **사용자 가중 평균**에서는
# *action needed*가 그다음으로 큰 사분면보다 몇 명 많을까요? 사용자 수로 답하세요.
#
# <details><summary>힌트</summary>
#
# `by_rule`의 `"mean, weighted by users"` 열에 사분면별 사용자 수가 있습니다. 큰 값부터 정렬하고,
# 첫 번째 값에서 두 번째 값을 빼세요.
# </details>
# %%
ex3 = checks.weighted_mean_margin()

# %% tags=["exercise"]
margin = ...  # a number of users

# %% tags=["solution"]
ranked = by_rule["mean, weighted by users"].sort_values(ascending=False)
margin = ranked.iloc[0] - ranked.iloc[1]
margin

# %%
ex3.check(margin)

# %% [markdown]
# ## Exercise 4 (stretch): a demographic cut beside it
#
# Age band x region is a tempting cut: easy to target in ads. Place it the same way, on
# the same users and the same windows: one row per age band x region, users, mean
# `attempts` and mean `rides` (days 60-240), then `quadrant.place` with the median rule.
# Answer with your placed table. Then look at the tables after the check: do its cells
# spread as far around the cut-offs as the combinations did?
#
# <details><summary>Hint</summary>
#
# 1. Add the demographics: `demo = per_user.join(users.set_index("user_id")[["age_band",
#    "region"]])`, keeping only `demo[demo["situation"].astype(str).isin(combinations.MASS)]`.
# 2. `demo["segment"] = segments.combine(demo, ["age_band", "region"])`, then group by it
#    with `users=("rides", "size")`, `attempts=("attempts", "mean")`,
#    `rides=("rides", "mean")` and `.reset_index()`.
# 3. `my_placed = quadrant.place(my_segs, "attempts", "rides")`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 4 (심화): 나란히 놓아 보는 인구통계 기준 분할
#
# 연령대 x 지역은 솔깃한 분할입니다. 광고로 타기팅하기 쉽기 때문입니다. 같은 사용자와 같은
# 기간으로 똑같이 배치해 보세요: 연령대 x 지역마다 한 행, 사용자 수, `attempts`의 평균과
# `rides`의 평균(60-240일), 그리고 중앙값 규칙으로 `quadrant.place`. 배치한 표로 답하세요. 그런
# 다음 채점 뒤에 나오는 표를 보세요. 이 칸들도 조합만큼 기준선 주위에 넓게 퍼져 있나요?
#
# <details><summary>힌트</summary>
#
# 1. 인구통계 열을 붙입니다: `demo = per_user.join(users.set_index("user_id")[["age_band",
#    "region"]])`, 그리고 `demo[demo["situation"].astype(str).isin(combinations.MASS)]`만
#    남깁니다.
# 2. `demo["segment"] = segments.combine(demo, ["age_band", "region"])`, 그다음 이 열로 묶고
#    `users=("rides", "size")`, `attempts=("attempts", "mean")`,
#    `rides=("rides", "mean")`, `.reset_index()`.
# 3. `my_placed = quadrant.place(my_segs, "attempts", "rides")`.
# </details>
# %%
ex4 = checks.demographic_cut()

# %% tags=["exercise"]
my_placed = ...  # the placed table of age band x region

# %% tags=["solution"]
demo = per_user.join(users.set_index("user_id")[["age_band", "region"]])
demo = demo[demo["situation"].astype(str).isin(combinations.MASS)].copy()
demo["segment"] = segments.combine(demo, ["age_band", "region"])
my_segs = (
    demo.groupby("segment")
    .agg(users=("rides", "size"), attempts=("attempts", "mean"), rides=("rides", "mean"))
    .reset_index()
)
my_placed = quadrant.place(my_segs, "attempts", "rides")
quadrant.quadrant_plot(
    my_placed, "attempts", "rides", size_col="users", title="Age band x region: one loose cloud"
)
plt.show()

# %%
ex4.check(my_placed)

# %% [markdown]
# Why is a demographic cut weaker? Compare it with the combinations on the same users and
# windows, under the four rules (`checks.demographic_table()` is the table the exercise
# builds):
# %% [markdown] lang="ko"
# 인구통계 기준 분할은 왜 더 약할까요? 같은 사용자와 같은 기간에서, 네 가지 규칙으로 조합과
# 비교해 봅시다(`checks.demographic_table()`이 연습에서 만드는 표입니다):
# %%
demo_table = checks.demographic_table()
demo_by_rule = pd.DataFrame(
    {
        name.replace("combinations", "cells"): quadrant.quadrant_summary(
            quadrant.place(demo_table, "attempts", "rides", threshold=t, weight=w), "users"
        )["users"]
        for name, (t, w) in rules.items()
    }
).reindex(quadrant.QUADRANT_NAMES)
spread = pd.DataFrame(
    {
        "combinations": [table["attempts"].min(), table["attempts"].max()],
        "age band x region": [demo_table["attempts"].min(), demo_table["attempts"].max()],
    },
    index=["fewest attempts per user", "most attempts per user"],
)
print(f"cells under 100 users: {(demo_table['users'] < 100).sum()} of {len(demo_table)}")
display(spread.round(1))
demo_by_rule

# %% [markdown]
# Three reasons, each in the numbers above:
#
# - **The bubbles sit in a tight cloud.** Age band x region cells range from 2.2 to 7.1
#   attempts per user; the combinations from 1.6 to 10.3. Close to the cut-offs, a small
#   shift of a line moves a cell to another quadrant.
# - **The answer flips with the rule.** Under the median of cells, *action needed* is the
#   *smallest* quadrant (822 users); the largest is natural growth under three rules and
#   retention strategy needed under the weighted median.
# - **Many cells are too small.** 17 of the 30 cells have fewer than 100 users: their means
#   swing by chance.
#
# And an age band is not a situation: it does not say what the customer is trying to do or
# what stops them. The Mass x element combinations describe both.
# %% [markdown] lang="ko"
# 이유는 세 가지이고, 모두 위의 숫자에 있습니다:
#
# - **버블이 좁은 구름처럼 모여 있습니다.** 연령대 x 지역 칸은 사용자당 시도가 2.2회에서
#   7.1회이고, 조합은 1.6회에서 10.3회입니다. 기준선 가까이에서는 선이 조금만 움직여도 칸이 다른
#   사분면으로 넘어갑니다.
# - **규칙에 따라 답이 뒤집힙니다.** 칸의 중앙값에서는 뭘 망설일까 유형이 *가장 작은*
#   사분면입니다(822명). 가장 큰 사분면은 세 규칙에서 자연 증분 유형이고, 가중 중앙값에서는 사용자
#   유지 전략이 필요한 유형입니다.
# - **너무 작은 칸이 많습니다.** 30개 칸 중 17개는 사용자가 100명 미만입니다. 평균이 우연에 따라
#   흔들립니다.
#
# 그리고 연령대는 상황이 아닙니다. 고객이 무엇을 하려는지도, 무엇이 고객을 막는지도 말해 주지
# 않습니다. Mass x 요소 조합은 둘 다 말해 줍니다.

# %% [markdown]
# ## So what
#
# What a PM does with the quadrant, here:
#
# - **Action needed - pay-per-ride members who searched in their first 60 days but never
#   reserved, never rode, or rode once: 1,683 users.** They keep trying but complete few
#   rides. That is a product problem worth the team's time: find what makes them hesitate
#   and fix it. Notebook 05 digs for the cause; notebook 06 matches them with the business
#   goal; notebook 08 tests a fix on them.
# - **Retention strategy needed** - subscribers and corporate members who rode below average
#   early, plus *corporate member x never reserved*, which sits exactly on the rides cut-off
#   (it is the median combination) and counts as "many rides". Few attempts, but they ride
#   when they try. Reminders at the right moment, not new features. (*Corporate member x
#   above average* sits on the attempts line and counts as natural growth the same way.)
# - **Natural growth** - the above-average riders. Ask them what works.
# - **Low impact** - associate members and subscribers who never reserved. Do not spend
#   fixes here; look for new value, or accept it.
#
# **The trap to avoid:** treating the quadrant as a fact about customers. It is relative -
# a median cut-off puts half of the combinations on each side *by construction*. Believe a
# quadrant when (1) the same people land in it under every reasonable cut-off rule, (2) its
# gap is large in absolute terms (7% vs 58% of attempts become rides), and (3) you can name
# the people in it. And say how large the margin is: 43 users is not a landslide.
# %% [markdown] lang="ko"
# ## 그래서 무엇을 할까
#
# PM이 여기서 사분면으로 하는 일은 이렇습니다:
#
# - **뭘 망설일까 유형 - 처음 60일 안에 탐색했지만 예약한 적 없거나, 운행한 적 없거나, 한 번
#   운행한 건별 결제 회원: 1,683명.** 계속 시도하지만 운행 완료는 적습니다. 팀의 시간을 쓸 가치가
#   있는 제품 문제입니다. 무엇이 이들을 망설이게 하는지 찾아 고치세요. 05 노트북은 원인을 파고들고,
#   06 노트북은 이들을 비즈니스 목표와 맞추고, 08 노트북은 이들에게 개선안을 테스트합니다.
# - **사용자 유지 전략이 필요한 유형** - 초기에 평균보다 적게 운행한 구독 회원과 법인 회원, 그리고
#   운행 기준선 위에 정확히 놓인(중앙값 조합 자체인) *corporate member x never reserved*입니다.
#   이 조합은 "운행 많음"으로 셉니다. 시도는 적지만 시도하면 운행합니다. 새 기능이 아니라 알맞은
#   때의 리마인드가 필요합니다. (*corporate member x above average*도 같은 방식으로 시도 기준선 위에
#   있어 자연 증분 유형으로 셉니다.)
# - **자연 증분 유형** - 평균 이상으로 운행하는 고객입니다. 무엇이 잘 통하는지 물어보세요.
# - **임팩트가 적은 유형** - 예약한 적 없는 준회원과 구독 회원입니다. 여기에 개선 작업을 쓰지
#   마세요. 새로운 가치를 찾거나, 그대로 받아들이세요.
#
# **피해야 할 함정:** 사분면을 고객에 대한 사실로 여기는 것. 사분면은 상대적입니다. 중앙값
# 기준선은 *구조상* 조합의 절반을 양쪽에 놓습니다. 사분면은 다음 조건일 때 믿으세요: (1) 합리적인
# 기준선 규칙 어디에서나 같은 사람들이 그 사분면에 놓이고, (2) 격차가 절대적으로도 크고(시도의 7%
# 대 58%가 운행으로 이어짐), (3) 그 안의 사람들이 누구인지 말할 수 있을 때. 그리고 차이가 얼마인지
# 말하세요. 43명은 압승이 아닙니다.
# %% [markdown]
# ## Recap
#
# - The quadrant (사분면) places Mass x element combinations on attempts per user (wanting)
#   and completed rides per user (getting value), both over days 60-240 after sign-up.
# - Four quadrants, four kinds of work: reward (natural growth, 자연 증분 유형), fix the
#   product (action needed, 뭘 망설일까 유형), remind at the right time (retention strategy
#   needed, 사용자 유지 전략이 필요한 유형), find new value (low impact, 임팩트가 적은 유형).
# - At Bomcar, *action needed* is the largest quadrant under all four rules: three
#   pay-per-ride combinations, 1,683 users.
# - Cut-offs are a choice: mean or median, per combination or per user. Check that your
#   conclusion survives all of them, and report the margin.
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 정리
#
# - 사분면은 Mass x 요소 조합을 사용자당 시도 수(원함)와 사용자당 운행 완료 수(가치를 얻음) 위에
#   놓습니다. 둘 다 가입 후 60-240일 동안 셉니다.
# - 네 사분면, 네 가지 일: 보상하기(natural growth, 자연 증분 유형), 제품 고치기(action needed,
#   뭘 망설일까 유형), 알맞은 때 리마인드하기(retention strategy needed, 사용자 유지 전략이 필요한
#   유형), 새로운 가치 찾기(low impact, 임팩트가 적은 유형).
# - 봄카에서는 네 가지 규칙 모두에서 뭘 망설일까 유형이 가장 큰 사분면입니다: 건별 결제 조합 세
#   개, 1,683명.
# - 기준선은 선택입니다: 평균 또는 중앙값, 조합 기준 또는 사용자 기준. 결론이 그 모든 선택에서
#   유지되는지 확인하고, 차이를 함께 보고하세요.
#
# {{nav}}
