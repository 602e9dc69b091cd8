# %% [markdown]
# # 09 · KPIs, OKRs and NPS
#
# {{nav}}
#
# > **What you will learn**
# > - what each word in KPI means, and how to tell a vanity metric from an actionable one;
# > - the KPIs of a B2B SaaS business (MRR, bookings, growth, customers, margin, repeat
# >   purchases, market share), computed from data, each with the question it answers;
# > - NPS, and how good teams use it: tied to renewal, by segment, not as a score alone;
# > - to write OKRs that stretch, whose key results are outcomes, and to check them;
# > - simple cohort LTV and CAC payback.
# >
# > **Time:** {{time}}. **You need:** [01 North star](01_north_star.ipynb) (leading and
# > lagging metrics) and [07 Cohort analysis](07_cohorts.ipynb) (cohort tables).
#
# This notebook moves to a second fictional company: **Dalbit (달빛)**, a B2B chat and CRM
# tool. Its customers are companies (*accounts*) that pay per seat, every month, on
# 12-month contracts. All data is **synthetic**.
# %% [markdown] lang="ko"
# # 09 · KPI, OKR, NPS
#
# {{nav}}
#
# > **배울 내용**
# > - KPI의 각 단어가 무슨 뜻인지, 그리고 허영 지표와 실행 가능한 지표를 가려내는 법
# > - B2B SaaS 비즈니스의 KPI(MRR, 계약액, 성장률, 고객 수, 이익률, 재구매, 시장 점유율)를 데이터로
# >   계산하고, 각각이 답하는 질문과 함께 읽기
# > - NPS, 그리고 잘하는 팀이 NPS를 쓰는 법: 점수만 보지 않고 갱신과 연결해 세그먼트별로 읽기
# > - 도전적 목표이면서 핵심 결과가 성과(outcome)인 OKR을 쓰고 점검하기
# > - 간단한 코호트 LTV와 CAC 회수 기간
# >
# > **소요 시간:** {{time}}. **먼저 볼 노트북:** [01 북극성 지표](01_north_star.ipynb)(선행 지표와
# > 후행 지표), [07 코호트 분석](07_cohorts.ipynb)(코호트 표).
#
# 이 노트북은 두 번째 가상 회사로 넘어갑니다. **달빛(Dalbit)**은 B2B 채팅·CRM 도구입니다. 고객은
# 회사(*고객사*)이고, 시트(사용자 계정)마다 매달 요금을 내며 12개월 단위로 계약합니다. 모든 데이터는
# **합성 데이터**입니다.
# %%
# %matplotlib inline
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from course.checks import nb09 as checks
from course.data_saas import load_saas_account_months, load_saas_accounts, load_saas_nps
from helpers import i18n, kpi, okr, style

i18n.set_language("en")
style.use_course_style()
accounts = load_saas_accounts()  # one row per customer company
months = load_saas_account_months()  # one row per account per month
responses = load_saas_nps()  # one row per NPS survey answer

# %% [markdown]
# The table you will use most has one row per account per month: its plan, seats, monthly
# recurring revenue (MRR), contract value signed (bookings), add-on purchases and the cost
# of serving it. The data runs from July 2023 to June 2025.
# %% [markdown] lang="ko"
# 가장 많이 쓸 표는 고객사별·월별로 한 행입니다. 그달의 플랜, 시트 수, 월간 반복 매출(MRR), 새로 체결한
# 계약액(bookings), 애드온 구매, 서비스 제공 비용이 들어 있습니다. 데이터는 2023년 7월부터 2025년
# 6월까지입니다.
# %%
months.head()

# %% [markdown]
# ## Why: what makes a metric a KPI
#
# **KPI (핵심 성과 지표)** stands for *Key Performance Indicator*. Each word is a test:
#
# * **Key** - one of the few numbers that decide whether the strategy works. A dashboard with
#   40 numbers has no key ones.
# * **Performance** - it measures a result someone is responsible for, against a goal.
# * **Indicator** - it *signals* progress; it is not the goal itself. Some indicators lead
#   (they move first, like completed rides in notebook 01), others lag (revenue).
#
# A **vanity metric (허영 지표)** looks good in a report and tells you nothing to do:
# page views, cumulative downloads, followers. Totals "of all time" can only go up. In
# notebook 01 Bomcar's promotion month sent sign-ups soaring and lifted app opens while
# completed rides barely moved. An **actionable metric (실행 가능한 지표)** is a rate or a change over a
# period, tied to a decision. The test: *if it fell by 20% next month, would anyone know what
# to do?*
#
# A vanity metric still has uses. It can be the **denominator** of a rate that matters
# (pricing-page views -> trials started). It can be the **goal of a reach campaign** (a
# brand campaign buys attention; report its conversion next to it). And a sudden drop in
# it can reveal **broken tracking**. Just never steer the product by it.
# %% [markdown] lang="ko"
# ## 왜: 어떤 지표가 KPI가 되는가
#
# **KPI(핵심 성과 지표)**는 *Key Performance Indicator*의 줄임말입니다. 단어 하나하나가 시험대입니다.
#
# * **Key(핵심)** - 전략이 통하는지를 결정하는 몇 안 되는 숫자 중 하나입니다. 숫자가 40개 있는
#   대시보드에는 핵심 지표가 없습니다.
# * **Performance(성과)** - 누군가가 책임지는 결과를 목표와 비교해 잽니다.
# * **Indicator(지표)** - 진척을 *알려 주는 신호*이지, 목표 그 자체가 아닙니다. 어떤 지표는 먼저
#   움직이고(01 노트북의 운행 완료처럼 선행), 어떤 지표는 나중에 움직입니다(매출처럼 후행).
#
# **허영 지표**는 보고서에서는 보기 좋지만 무엇을 해야 할지는 알려 주지 않습니다. 페이지뷰, 누적
# 다운로드, 팔로워 수가 그렇습니다. "전체 기간" 누적값은 오르기만 합니다. 01 노트북에서 봄카의 프로모션
# 달에 가입은 치솟고 앱 실행도 늘었지만 운행 완료는 거의 움직이지 않았습니다. **실행 가능한 지표**는
# 기간 동안의 비율이나 변화이고, 의사결정과 연결됩니다. 시험 질문은 이것입니다. *다음 달 이 지표가 20%
# 떨어진다면, 누군가 무엇을 해야 할지 알까?*
#
# 허영 지표에도 쓸모는 있습니다. 중요한 비율의 **분모**가 될 수 있고(가격 페이지 조회 -> 체험 시작),
# **도달 캠페인의 목표**가 될 수 있으며(브랜드 캠페인은 주목을 삽니다. 전환을 옆에 함께 보고하세요),
# 갑자기 떨어지면 **고장 난 트래킹**을 드러내기도 합니다. 다만 이것으로 제품의 방향을 정하지는 마세요.
# %% [markdown]
# ## Exercise 1 (easy): vanity or actionable?
#
# Here are nine metrics a Dalbit team could put on its dashboard. List the names of the
# **actionable** ones. (One of them uses **expansion MRR (확장 MRR)**: the extra monthly
# revenue from customers you already have, when they add seats or move to a bigger plan.)
# %% [markdown] lang="ko"
# ## 연습 1 (쉬움): 허영 지표일까, 실행 가능한 지표일까?
#
# 달빛 팀이 대시보드에 올릴 만한 지표 아홉 개가 있습니다. **실행 가능한** 지표의 이름을 리스트로
# 답하세요. (그중 하나는 **확장 MRR**을 씁니다. 이미 있는 고객이 시트를 늘리거나 더 큰 플랜으로 옮길 때
# 생기는 추가 월 매출입니다.)
# %%
ex1 = checks.vanity_or_actionable()
for name, meaning in checks.METRICS.items():
    print(f"{name:<24} {meaning}")

# %% [markdown]
# <details><summary>Hint</summary>
#
# For each one ask: does it only ever go up? Does it say whether anyone got value or paid?
# Would a fall tell a team what to fix?
# </details>
# %% [markdown] lang="ko"
# <details><summary>힌트</summary>
#
# 하나씩 물어보세요. 오르기만 하는 지표인가? 누군가 가치를 얻었는지, 돈을 냈는지 말해 주는가?
# 떨어졌을 때 팀이 무엇을 고쳐야 할지 알려 주는가?
# </details>
# %% tags=["exercise"]
actionable = ...  # a list of names, e.g. ["renewal_rate", ...]

# %% tags=["solution"]
actionable = [
    "week1_activation",
    "renewal_rate",
    "weekly_active_seats",
    "net_new_mrr",
    "cac_payback_by_channel",
]

# %%
ex1.check(actionable)

# %% [markdown]
# ## See it: Dalbit's SaaS KPIs, each with its question
#
# A KPI is only useful if you know which question it answers. Here are the usual ones for
# a subscription business:
#
# | KPI | the question it answers |
# |---|---|
# | **MRR (월간 반복 매출)** | How much recurring revenue do we earn each month, right now? |
# | **growth rate, CMGR (월평균 복합 성장률)** | How fast is it growing, month to month and on average? |
# | **bookings (계약액)** | How much contract value did we sign this month (future revenue)? |
# | **total customers (총 고객 수)** | How many companies pay us this month? |
# | **gross margin (매출 총이익률)** | Of each won of revenue, how much is left after the cost to serve it? |
# | **repeat purchase rate (재구매율)** | Do customers who buy an add-on once come back for more? |
# | **relative market share (상대적 시장 점유율)** | How big are we next to the market leader? |
#
# ### MRR and its growth
#
# MRR in a month is the sum of every paying account's MRR. In pandas it is one `groupby`;
# `kpi.mrr_by_month` does the same and fills any month without rows with 0.
# %% [markdown] lang="ko"
# ## 직접 보기: 달빛의 SaaS KPI와 각 KPI가 답하는 질문
#
# KPI는 어떤 질문에 답하는지 알 때만 쓸모가 있습니다. 구독 비즈니스에서 흔히 쓰는 KPI는 다음과 같습니다.
#
# | KPI | 답하는 질문 |
# |---|---|
# | **MRR(월간 반복 매출)** | 지금 매달 반복해서 버는 매출은 얼마인가? |
# | **성장률, CMGR(월평균 복합 성장률)** | 월별로, 그리고 평균적으로 얼마나 빨리 성장하는가? |
# | **계약액(bookings)** | 이번 달 체결한 계약 가치(미래 매출)는 얼마인가? |
# | **총 고객 수** | 이번 달 돈을 내는 회사는 몇 곳인가? |
# | **매출 총이익률** | 매출 한 원마다 서비스 제공 비용을 빼고 얼마가 남는가? |
# | **재구매율** | 애드온을 한 번 산 고객이 다시 사는가? |
# | **상대적 시장 점유율** | 시장 선두 기업과 비교해 우리는 얼마나 큰가? |
#
# ### MRR과 성장률
#
# 한 달의 MRR은 돈을 내는 모든 고객사의 MRR 합계입니다. pandas에서는 `groupby` 한 번이면 되고,
# `kpi.mrr_by_month`도 같은 일을 하면서 행이 없는 달은 0으로 채웁니다.
# %%
mrr = months.groupby("month")["mrr_krw"].sum()
mrr.equals(kpi.mrr_by_month(months))

# %%
(mrr / 1e6).round(1).iloc[[0, 1, 2, -3, -2, -1]]  # millions of KRW

# %% [markdown] tags=["deck-question"]
# MRR went from 198.6M KRW in July 2023 to 763.2M KRW in June 2025.
#
# **Guess first:** how fast is that per month? The **growth rate** compares each month with
# the one before; the **compound monthly growth rate (CMGR)** is the one constant monthly
# rate that links the first month to the last.
# %% [markdown] lang="ko"
# MRR은 2023년 7월 198.6M KRW에서 2025년 6월 763.2M KRW가 되었습니다.
#
# **먼저 추측해 보세요:** 한 달에 몇 %씩 성장한 걸까요? **성장률**은 매달을 전달과 비교하고,
# **월평균 복합 성장률(CMGR)**은 첫 달과 마지막 달을 잇는 일정한 월 성장률 하나입니다.
# %% tags=["deck-number"]
growth = kpi.growth_rate(mrr)  # this month / last month - 1
steps = len(mrr) - 1  # 24 months are 23 steps of growth
cmgr = (mrr.iloc[-1] / mrr.iloc[0]) ** (1 / steps) - 1
print(
    f"CMGR {cmgr:.2%}; helper: {kpi.cmgr(mrr):.2%}; monthly growth from "
    f"{growth.min():.1%} to {growth.max():.1%}"
)

# %%
fig, ax = plt.subplots()
ax.bar(growth.index, 100 * growth, width=20, color=style.PALETTE["sky"], label="month over month")
ax.axhline(100 * cmgr, color=style.PALETTE["vermillion"], lw=2, label=f"CMGR {cmgr:.1%}")
ax.legend(loc="upper left")
style.takeaway(
    ax,
    "Monthly growth is bumpy; the CMGR is the steady rate behind it",
    xlabel="Month",
    ylabel="MRR growth vs previous month (%)",
)
plt.show()

# %% [markdown]
# MRR grew by 6.0% a month, compounded: 3.8 times in 23 months. Single months range from
# 2.5% to 11.9%, because big enterprise contracts land in some months and not others.
# Quote the CMGR, not the best month. (Here the plain average of the monthly rates happens
# to be close, but it is not the same thing: +50% then -50% averages 0%, yet you have lost
# a quarter.)
# %% [markdown] lang="ko"
# MRR은 복리로 한 달에 6.0%씩 성장했습니다. 23개월 동안 3.8배입니다. 달마다 보면 2.5%에서 11.9%까지
# 오르내리는데, 큰 엔터프라이즈 계약이 어떤 달에는 들어오고 어떤 달에는 안 들어오기 때문입니다. 가장
# 좋았던 달이 아니라 CMGR을 인용하세요. (여기서는 월 성장률의 단순 평균이 우연히 비슷하지만 같은 것은
# 아닙니다. +50% 다음 -50%는 평균 0%이지만 실제로는 사분의 일을 잃은 것입니다.)
# %% [markdown]
# ## Exercise 2 (easy): the revenue CMGR
#
# MRR leaves out the one-off add-on packs (`addon_revenue_krw`). Compute the CMGR of total
# **revenue** (MRR + add-ons) from July 2023 to June 2025, as a share (0.05 = 5% a month).
#
# <details><summary>Hint</summary>
#
# Add the two columns, sum them by month, and pass the Series to `kpi.cmgr()`, or use the
# formula above.
# </details>
# %% [markdown] lang="ko"
# ## 연습 2 (쉬움): 매출 CMGR
#
# MRR에는 일회성 애드온 팩(`addon_revenue_krw`)이 빠져 있습니다. 2023년 7월부터 2025년 6월까지 총
# **매출**(MRR + 애드온)의 CMGR을 비율로 계산하세요(0.05 = 한 달에 5%).
#
# <details><summary>힌트</summary>
#
# 두 열을 더해 월별로 합한 뒤 그 Series를 `kpi.cmgr()`에 넘기세요. 위의 공식을 써도 됩니다.
# </details>
# %%
ex2 = checks.revenue_cmgr()

# %% tags=["exercise"]
revenue_cmgr = ...  # a share, e.g. 0.05

# %% tags=["solution"]
revenue = (months["mrr_krw"] + months["addon_revenue_krw"]).groupby(months["month"]).sum()
revenue_cmgr = kpi.cmgr(revenue)
revenue_cmgr

# %%
ex2.check(revenue_cmgr)

# %% [markdown]
# ### Bookings: signed value, not revenue
#
# A **booking** is contract value signed in a month: a new 12-month contract books 12 months
# of MRR at once, and so does a renewal. Bookings tell sales how much future revenue was
# secured; they are not what the company earned that month.
# %% [markdown] lang="ko"
# ### 계약액: 매출이 아니라 체결한 가치
#
# **계약액(booking)**은 한 달 동안 체결한 계약 가치입니다. 새 12개월 계약은 12개월 치 MRR을 한꺼번에
# 계약액으로 잡고, 갱신도 마찬가지입니다. 계약액은 영업팀에 미래 매출을 얼마나 확보했는지 알려 주지만,
# 회사가 그달에 번 돈은 아닙니다.
# %%
bookings = kpi.bookings_by_month(months)
fig, ax = plt.subplots()
ax.bar(
    bookings.index,
    bookings / 1e6,
    width=20,
    color=style.PALETTE["orange"],
    label="bookings (contract value signed)",
)
ax.plot(mrr.index, mrr / 1e6, color=style.PALETTE["blue"], lw=2.5, label="MRR")
ax.legend(loc="upper left")
style.takeaway(
    ax,
    "Bookings jump with big contracts and renewals; MRR climbs steadily",
    xlabel="Month",
    ylabel="Million KRW per month",
)
plt.show()

# %%
print(
    f"June 2025: bookings {bookings.iloc[-1] / 1e6:,.1f}M KRW, MRR {mrr.iloc[-1] / 1e6:,.1f}M KRW"
)

# %% [markdown]
# In June 2025 Dalbit booked 1,254.2M KRW, far more than its MRR of 763.2M KRW: many
# renewals and new contracts were signed, each for a year. A bookings record is good news
# for next year's revenue, not this month's.
#
# ### Customers, margin, repeat purchases
# %% [markdown] lang="ko"
# 2025년 6월 달빛의 계약액은 1,254.2M KRW로 MRR 763.2M KRW보다 훨씬 컸습니다. 갱신과 신규 계약이
# 많이 체결되었고, 각각 한 해 단위였기 때문입니다. 계약액 기록은 내년 매출에는 좋은 소식이지만 이번 달
# 매출에 대한 소식은 아닙니다.
#
# ### 고객 수, 이익률, 재구매
# %%
customers = kpi.total_customers(months)
rows = months.groupby("month")["account_id"].nunique()
pd.DataFrame({"paying customers": customers, "accounts with a row": rows}).iloc[[0, -3, -2, -1]]

# %% [markdown]
# 757 companies paid Dalbit in June 2025, up from 224 in July 2023. Counting every account
# with a row would give 768: an account that leaves gets one last `churned` row with zero
# MRR. Count customers with `kpi.total_customers`, which leaves those rows out.
#
# **Gross margin** is what is left of revenue after the direct cost of serving the
# customers (hosting, support, message fees), as a share of revenue:
# %% [markdown] lang="ko"
# 2025년 6월에 달빛에 돈을 낸 회사는 757곳으로, 2023년 7월의 224곳에서 늘었습니다. 행이 있는 고객사를
# 모두 세면 768곳이 됩니다. 떠나는 고객사는 MRR 없이 남는 마지막 `churned` 행을 하나 남기기 때문입니다.
# 고객 수는 그 행을 빼 주는 `kpi.total_customers`로 세세요.
#
# **매출 총이익률**은 매출에서 고객에게 서비스를 제공하는 직접 비용(호스팅, 지원, 메시지 요금)을 빼고
# 남는 몫을 매출 대비 비율로 나타낸 것입니다.
# %%
gross = kpi.gross_margin(months)
by_plan = kpi.gross_margin(months, by="plan")
print(f"overall {gross:.1%}")
by_plan.round(3)

# %% [markdown]
# 80.8% overall, but only 65.0% on the starter plan, against 81.9% on enterprise: small
# starter accounts need as much support as big ones and pay less for it.
#
# The **repeat purchase rate** asks, of the accounts that bought a message-credit pack at
# least once, what share bought again:
# %% [markdown] lang="ko"
# 전체로는 80.8%이지만 스타터 플랜은 65.0%에 그치고 엔터프라이즈는 81.9%입니다. 작은 스타터 고객사도
# 큰 고객사만큼 지원이 필요한데 내는 돈은 적기 때문입니다.
#
# **재구매율**은 메시지 크레딧 팩을 한 번 이상 산 고객사 중 다시 산 비율을 묻습니다.
# %%
packs = months.groupby("account_id")["addon_orders"].sum()
print(
    f"{int((packs >= 1).sum())} accounts bought a pack; "
    f"{kpi.repeat_purchase_rate(months):.1%} of them bought another"
)

# %% [markdown]
# 58.6% of the 186 accounts that bought a pack bought another: the add-on meets a
# recurring need, so it is worth making easy to re-order.
#
# ### Relative market share: a KPI this data cannot give
#
# **Relative market share** is your share of the market divided by the largest
# competitor's share. The market size cancels out, so it is simply *your revenue / the
# leader's revenue*. Dalbit's data has no competitor figures, and no notebook should invent
# them. To show the arithmetic only, the cell below uses a **made-up assumption**, clearly
# labelled:
# %% [markdown] lang="ko"
# 팩을 산 고객사 186곳 중 58.6%가 다시 샀습니다. 애드온이 반복되는 니즈를 채워 주므로, 쉽게 재주문할
# 수 있게 만들 가치가 있습니다.
#
# ### 상대적 시장 점유율: 이 데이터로는 구할 수 없는 KPI
#
# **상대적 시장 점유율**은 우리 시장 점유율을 가장 큰 경쟁사의 점유율로 나눈 값입니다. 시장 규모가
# 약분되므로 결국 *우리 매출 / 선두 기업의 매출*입니다. 달빛 데이터에는 경쟁사 수치가 없고, 어떤 노트북도
# 그것을 지어내서는 안 됩니다. 계산 방법만 보여 주기 위해 아래 셀은 **지어낸 가정**을 분명히 표시해
# 씁니다.
# %%
ASSUMED_LEADER_MRR_KRW = 2_500_000_000  # an ASSUMPTION for the arithmetic, not data
relative_share = mrr.iloc[-1] / ASSUMED_LEADER_MRR_KRW
round(float(relative_share), 2)

# %% [markdown]
# Under that assumption Dalbit would be 0.31 times the leader's size: below 1 means a
# challenger, above 1 the leader. In real work, take the leader's revenue from its published
# accounts or an industry report, and write down the source next to the number.
# %% [markdown] lang="ko"
# 그 가정 아래라면 달빛은 선두 기업의 0.31배 규모입니다. 1보다 작으면 도전자, 1보다 크면 선두입니다.
# 실무에서는 선두 기업의 매출을 공시 자료나 산업 보고서에서 가져오고, 숫자 옆에 출처를 적어 두세요.
# %% [markdown]
# ## NPS: a score, and what it predicts
#
# The **Net Promoter Score (NPS, 순추천지수)** comes from one question: *How likely are you to
# recommend Dalbit to a colleague?* (0-10).
#
# * **promoters (추천 고객)** answer 9-10, **passives (중립 고객)** 7-8, **detractors (비추천
#   고객)** 0-6;
# * **NPS = % promoters - % detractors**, from -100 to +100. Passives count only in the total.
# %% [markdown] lang="ko"
# ## NPS: 점수, 그리고 점수가 예측하는 것
#
# **순추천지수(NPS)**는 질문 하나에서 나옵니다. *달빛을 동료에게 추천할 가능성은 얼마나 됩니까?*(0-10)
#
# * **추천 고객**은 9-10점, **중립 고객**은 7-8점, **비추천 고객**은 0-6점입니다.
# * **NPS = 추천 고객 % - 비추천 고객 %**이며 -100에서 +100 사이입니다. 중립 고객은 전체 응답 수에만
#   들어갑니다.
# %%
scores = responses["score"]
promoters = (scores >= 9).mean()
detractors = (scores <= 6).mean()
print(
    f"promoters {promoters:.1%}, detractors {detractors:.1%}, "
    f"NPS {100 * (promoters - detractors):+.1f}; helper: {kpi.nps(responses):+.1f}"
)

# %% [markdown]
# Across all 1,003 responses, 37.8% are promoters and 24.1% detractors: an NPS of +13.7.
# On its own, that number says little. Is +13.7 good? Compared with what, and for whom?
# Good teams ask two more questions: **who** scores low, and **what do low scorers do next**.
#
# ### By segment
#
# The survey only has the account id. Join the company attributes from the accounts table,
# then `kpi.nps_breakdown` gives the shares and the NPS per group:
# %% [markdown] lang="ko"
# 응답 1,003개 전체에서 추천 고객은 37.8%, 비추천 고객은 24.1%로 NPS는 +13.7입니다. 이 숫자만으로는
# 알 수 있는 것이 별로 없습니다. +13.7은 좋은 걸까요? 무엇과 비교해서, 누구에게? 잘하는 팀은 두 가지를
# 더 묻습니다. **누가** 낮은 점수를 주는가, 그리고 **낮은 점수를 준 고객은 다음에 무엇을 하는가**.
#
# ### 세그먼트별로
#
# 설문에는 고객사 id만 있습니다. 고객사 표에서 회사 속성을 붙인 뒤 `kpi.nps_breakdown`으로 그룹별 비율과
# NPS를 구합니다.
# %%
resp_acc = responses.merge(accounts, on="account_id", how="left")
kpi.nps_breakdown(resp_acc, by="company_size").round(3)

# %% [markdown]
# NPS rises with company size: -6.1 for companies of 1-10 people, +35.7 for 201+. The
# smallest customers are net detractors.
# %% [markdown] lang="ko"
# NPS는 회사 규모가 클수록 높습니다. 1-10명 회사는 -6.1, 201명 이상은 +35.7입니다. 가장 작은 고객은
# 비추천 쪽이 더 많습니다.
# %% [markdown]
# ## Exercise 3 (medium): NPS of the starter plan
#
# What is the NPS of the responses from accounts on the **starter** plan? The plan is not in
# the survey and it can change at renewal, so use the plan the account had **in the month it
# answered**. Give a number from -100 to 100.
#
# <details><summary>Hint</summary>
#
# Three steps:
#
# 1. The month of each response, in the same form as the `month` column of `months`:
#    `answered = responses["responded_at"].dt.to_period("M").dt.to_timestamp()`.
# 2. Attach the plan the account had in that month. `merge` is a spreadsheet's lookup
#    (VLOOKUP) on several columns at once: a row of `responses` gets the `plan` of the row of
#    `months` with the same `account_id` **and** the same `month`:
#    `with_plan = responses.assign(month=answered).merge(months[["account_id", "month",
#    "plan"]], on=["account_id", "month"], how="left")`.
# 3. Keep the starter rows and score them:
#    `kpi.nps(with_plan[with_plan["plan"] == "starter"])`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 3 (보통): 스타터 플랜의 NPS
#
# **스타터** 플랜 고객사에서 온 응답의 NPS는 얼마일까요? 플랜은 설문에 없고 갱신 때 바뀔 수 있으므로,
# 고객사가 **응답한 달에** 쓰던 플랜을 쓰세요. -100에서 100 사이의 숫자로 답하세요.
#
# <details><summary>힌트</summary>
#
# 세 단계입니다.
#
# 1. 응답마다 응답한 달을 `months`의 `month` 열과 같은 형태로 구합니다:
#    `answered = responses["responded_at"].dt.to_period("M").dt.to_timestamp()`.
# 2. 그달에 고객사가 쓰던 플랜을 붙입니다. `merge`는 스프레드시트의 조회(VLOOKUP)를 여러 열로 한 번에
#    하는 것입니다. `responses`의 행은 `account_id`**와** `month`가 모두 같은 `months` 행의 `plan`을
#    받습니다:
#    `with_plan = responses.assign(month=answered).merge(months[["account_id", "month",
#    "plan"]], on=["account_id", "month"], how="left")`.
# 3. 스타터 행만 남기고 점수를 계산합니다:
#    `kpi.nps(with_plan[with_plan["plan"] == "starter"])`.
# </details>
# %%
ex3 = checks.starter_nps()

# %% tags=["exercise"]
starter_nps = ...  # a number from -100 to 100

# %% tags=["solution"]
answered = responses["responded_at"].dt.to_period("M").dt.to_timestamp()
with_plan = responses.assign(month=answered).merge(
    months[["account_id", "month", "plan"]], on=["account_id", "month"], how="left"
)
starter_nps = kpi.nps(with_plan[with_plan["plan"] == "starter"])
starter_nps

# %%
ex3.check(starter_nps)

# %% [markdown]
# The reveal for all three plans (the checker module has the same join ready, so this runs
# even if you left the exercise open):
# %% [markdown] lang="ko"
# 세 플랜 모두의 정답 공개입니다(체커 모듈에 같은 조인이 준비되어 있으므로 연습을 비워 두었어도
# 실행됩니다).
# %%
resp_seg = checks.responses_with_plan().merge(accounts, on="account_id", how="left")
nps_plan = kpi.nps_breakdown(resp_seg, by="plan")
nps_plan.round(3)

# %%
shares = nps_plan[["detractors", "passives", "promoters"]] * 100
fig, ax = plt.subplots(figsize=(8, 3.6))
left = pd.Series(0.0, index=shares.index)
colours = {
    "detractors": style.PALETTE["vermillion"],
    "passives": style.PALETTE["grey"],
    "promoters": style.PALETTE["green"],
}
for col, colour in colours.items():
    ax.barh(shares.index.astype(str), shares[col], left=left, color=colour, label=col)
    left += shares[col]
for i, value in enumerate(nps_plan["nps"]):
    ax.annotate(f"NPS {value:+.0f}", (101, i), va="center", fontsize=10)
ax.set_xlim(0, 118)
ax.legend(loc="upper center", bbox_to_anchor=(0.45, -0.22), ncol=3)
style.takeaway(
    ax,
    "Starter accounts are net detractors; enterprise ones are fans",
    xlabel="Share of responses (%)",
    ylabel="Plan when answering",
)
plt.show()


# %% [markdown]
# Starter -14.8, growth +21.5, enterprise +39.5. The overall +13.7 hides a plan where
# detractors outnumber promoters.
#
# Explore other segments with the menu (it needs a live notebook; the figure above is the
# plan view). Industry and company size come from the accounts table.
# %% [markdown] lang="ko"
# 스타터 -14.8, 그로스 +21.5, 엔터프라이즈 +39.5입니다. 전체 +13.7은 비추천 고객이 추천 고객보다 많은
# 플랜 하나를 가리고 있습니다.
#
# 메뉴로 다른 세그먼트도 살펴보세요(실행 중인 노트북이 필요합니다. 위 그림은 플랜별 보기입니다).
# 업종과 회사 규모는 고객사 표에서 옵니다.
# %% tags=["nbval-ignore-output"]
def show_nps(segment="industry"):
    table = kpi.nps_breakdown(resp_seg, by=segment).sort_values("nps")
    fig, ax = plt.subplots(figsize=(8, 3.6))
    colours = [
        style.PALETTE["vermillion"] if v < 0 else style.PALETTE["blue"] for v in table["nps"]
    ]
    labels = table.index.astype(str).str.replace("_", " ")
    ax.barh(labels, table["nps"], color=colours)
    ax.axvline(0, color=style.PALETTE["black"], lw=1)
    lowest, value = labels[0], table["nps"].iloc[0]
    title = f"NPS by {segment.replace('_', ' ')}: lowest is {lowest} ({value:+.0f})"
    style.takeaway(ax, title, xlabel="NPS (-100 to +100)")
    fig.tight_layout()
    plt.show()


_ = widgets.interact(
    show_nps,
    segment=widgets.Dropdown(
        options=["industry", "company_size", "plan", "region", "acquisition_channel"],
        value="industry",
    ),
)

# %% [markdown] tags=["deck-question"]
# ### What a score predicts: renewal
#
# A score matters because of what customers do next. For a subscription business that is
# the **renewal (갱신)** at the end of each 12-month term.
#
# **Guess first:** of the promoters whose renewal came up after they answered, what share
# renewed? And of the detractors?
#
# `kpi.link_nps_to_renewal` attaches to each response the account's *next* renewal decision
# after the answer (within 12 months). Then `kpi.renewal_rate_by` compares the groups:
# %% [markdown] lang="ko"
# ### 점수가 예측하는 것: 갱신
#
# 점수가 중요한 이유는 고객이 그다음에 하는 행동 때문입니다. 구독 비즈니스에서 그 행동은 12개월 계약
# 기간이 끝날 때마다 돌아오는 **갱신**입니다.
#
# **먼저 추측해 보세요:** 응답한 뒤 갱신 시점이 돌아온 추천 고객 중 갱신한 비율은 얼마일까요?
# 비추천 고객은요?
#
# `kpi.link_nps_to_renewal`은 응답마다 그 응답 *이후* 고객사의 다음 갱신 결정(12개월 이내)을 붙입니다.
# 그다음 `kpi.renewal_rate_by`로 그룹을 비교합니다.
# %% tags=["deck-number"]
linked = kpi.link_nps_to_renewal(responses, months)
linked["category"] = kpi.nps_category(linked["score"])
by_category = kpi.renewal_rate_by(linked, "category")
by_category

# %% tags=["deck-figure"]
fig, ax = plt.subplots(figsize=(8, 3.6))
bar_colours = [style.PALETTE["vermillion"], style.PALETTE["grey"], style.PALETTE["green"]]
ax.bar(by_category.index.astype(str), 100 * by_category["renewal_rate"], color=bar_colours)
for i, rate in enumerate(by_category["renewal_rate"]):
    ax.annotate(
        f"{rate:.0%}", (i, 100 * rate), xytext=(0, 4), textcoords="offset points", ha="center"
    )
ax.set_ylim(0, 110)
style.takeaway(
    ax,
    "Detractors renew far less often: a low score is a renewal at risk",
    xlabel="NPS answer before the renewal",
    ylabel="Renewed at the next term end (%)",
)
plt.show()

# %% [markdown]
# Of the 623 responses with a renewal after them, promoters renewed 93.6% of the time,
# passives 82.6% and detractors only 56.8%. Now the score is worth something: a detractor
# today leaves at the next term end in more than 4 cases out of 10 (100% - 56.8% = 43.2%).
#
# Is that just the plan in disguise (starter accounts score low *and* renew less)? Compare
# inside each plan, using the plan in the renewal month:
# %% [markdown] lang="ko"
# 갱신이 뒤따른 응답 623개 중 추천 고객은 93.6%, 중립 고객은 82.6%가 갱신했고 비추천 고객은 56.8%에
# 그쳤습니다. 이제 점수에 값어치가 생깁니다. 오늘의 비추천 고객은 다음 계약 만료 때 10건 중 4건 이상
# 떠납니다(100% - 56.8% = 43.2%).
#
# 혹시 플랜이 모습을 바꿔 나타난 것뿐일까요(스타터 고객사는 점수도 낮고 갱신도 덜 한다)? 갱신한 달의
# 플랜을 기준으로 플랜 안에서 비교해 봅시다.
# %%
plan_then = months[["account_id", "month", "plan"]].rename(columns={"month": "renewal_month"})
linked_plan = linked.merge(plan_then, on=["account_id", "renewal_month"], how="left")
rates = kpi.renewal_rate_by(linked_plan, ["plan", "category"])["renewal_rate"]
rates.unstack().round(3)

# %% [markdown]
# Inside every plan, promoters renew more than detractors: on starter 92.0% against 46.6%,
# on enterprise 98.8% against 83.3%. The link is not only the plan mix. This is how NPS
# earns its place: as a **leading indicator** of renewal (notebook 01's idea), read by
# segment.
#
# ### Three moves, one per group
#
# The score then tells a team what to do with each group: **build on what promoters love,
# move passives up, follow up detractors**. First, what each group lost at renewal:
# %% [markdown] lang="ko"
# 모든 플랜 안에서 추천 고객이 비추천 고객보다 더 많이 갱신합니다. 스타터는 92.0% 대 46.6%,
# 엔터프라이즈는 98.8% 대 83.3%입니다. 이 관계는 플랜 구성만으로 생긴 것이 아닙니다. NPS는 이렇게
# 갱신의 **선행 지표**로(01 노트북의 개념), 세그먼트별로 읽을 때 제 몫을 합니다.
#
# ### 그룹마다 하나씩, 세 가지 행동
#
# 점수는 팀이 그룹마다 무엇을 할지 알려 줍니다. **추천 고객이 좋아하는 것을 키우고, 중립 고객을 끌어올리고,
# 비추천 고객을 챙깁니다**. 먼저 각 그룹이 갱신에서 잃은 것입니다.
# %%
by_category["lost"] = by_category["renewals_due"] - by_category["renewed"]
by_category["churn_rate"] = 1 - by_category["renewal_rate"]
by_category.round(3)

# %% [markdown]
# Detractors lost **64** of their **148** renewals (a churn rate of **43%**), passives **42**
# of **242**, promoters **15** of **233**. What does each group say? The survey's comments,
# most frequent first:
# %% [markdown] lang="ko"
# 비추천 고객은 갱신 **148**건 중 **64**건을 잃었고(이탈률 **43%**), 중립 고객은 **242**건 중 **42**건,
# 추천 고객은 **233**건 중 **15**건을 잃었습니다. 각 그룹은 무엇이라고 말할까요? 설문 코멘트를 많은
# 순서대로 봅니다.
# %%
said = responses.assign(category=kpi.nps_category(responses["score"]))
said.groupby("category")["comment"].value_counts().groupby("category").head(2)

# %%
gap = by_category.loc["promoter", "renewal_rate"] - by_category.loc["passive", "renewal_rate"]
moved_up = by_category.loc["passive", "renewals_due"] * gap
latest = responses.sort_values("responded_at").groupby("account_id").tail(1)
last_month = months[months["month"] == months["month"].max()]
paying = last_month.loc[last_month["status"] != "churned", "account_id"]
follow_up = latest[(latest["score"] <= 6) & latest["account_id"].isin(paying)]
print(f"passives renewing like promoters: {moved_up:.0f} more renewals")
print(f"paying accounts whose latest answer was 0-6: {len(follow_up)}")

# %% [markdown]
# 1. **Build on what promoters love.** Promoters praise fast support and an easy set-up:
#    protect those when cutting costs, and ask promoters for referrals (referral is the
#    channel that pays back fastest, below).
# 2. **Move passives up.** Their top wish is more integrations. If passives renewed as often
#    as promoters, about **26** more of their 242 renewals would have been kept.
# 3. **Follow up detractors.** **96** accounts still paying in June 2025 gave a 0-6 at their
#    latest answer: call each one before its term ends, and fix what they name.
# %% [markdown] lang="ko"
# 1. **추천 고객이 좋아하는 것을 키웁니다.** 추천 고객은 빠른 지원과 쉬운 설정을 칭찬합니다. 비용을 줄일
#    때도 이 둘은 지키고, 추천 고객에게 소개를 부탁하세요(아래에서 보듯 소개는 가장 빨리 회수되는
#    채널입니다).
# 2. **중립 고객을 끌어올립니다.** 이들이 가장 바라는 것은 더 많은 연동입니다. 중립 고객이 추천 고객만큼
#    갱신했다면 갱신 242건 중 약 **26**건을 더 지켰을 것입니다.
# 3. **비추천 고객을 챙깁니다.** 2025년 6월에도 돈을 내고 있는 고객사 **96**곳이 가장 최근 응답에서 0-6점을
#    주었습니다. 계약이 끝나기 전에 한 곳씩 전화하고, 그들이 말한 문제를 고치세요.
# %% [markdown]
# ## OKRs: objectives, key results, initiatives
#
# KPIs watch the business all the time. An **OKR (Objectives and Key Results, 목표와 핵심
# 결과)** picks what must *change* this quarter and commits to it:
#
# * **Objective (목표)** - where you want to be, in words that inspire and explain why:
#   *"Small teams trust Dalbit enough to stay."* It names the customer and the change you
#   want for them. No number: a metric is not an objective. "Improve starter accounts" is
#   bland: better how, for whom?
# * **Key Results (핵심 결과)** - 2-5 **outcomes** that prove the objective, each with a number
#   (a baseline and a target): *"Raise the starter renewal rate from 78% to 88%."* (78% is
#   last quarter's rate; Exercise 4 shows it, and why 88% is a stretch.) Not
#   activities: "hire five people", "launch the feature", or a count of work dressed as a
#   number ("raise onboarding calls from 10 to 200") can all be done while nothing
#   improves. And a real lift, not a token: every key result with a baseline must move it by
#   at least 3 points (a rate in %, an NPS) or 10% of the baseline (`okr.MIN_LIFT_POINTS`,
#   `okr.MIN_LIFT_SHARE`); "from -15 to -14" is noise.
# * **Health metrics (건강 지표)** - levels that must not break while you chase the key
#   results ("keep the gross margin above 65%"). Keeping a level needs no change, so it is
#   not a stretch key result: list it next to the OKR (`"health_metrics"`) and watch it.
# * **Initiatives (이니셔티브)** - the plans you bet will move the key results: projects,
#   experiments, features. Activities belong here.
#
# Written as data, an OKR is a dict. `okr.report` reviews one and flags the usual mistakes,
# with a hint for each. A first draft:
# %% [markdown] lang="ko"
# ## OKR: 목표, 핵심 결과, 이니셔티브
#
# KPI는 비즈니스를 늘 지켜봅니다. **OKR(Objectives and Key Results, 목표와 핵심 결과)**은 이번 분기에
# 반드시 *바뀌어야* 할 것을 골라 그것에 전념합니다.
#
# * **목표(Objective)** - 도달하고 싶은 곳을, 의욕을 불러일으키고 이유를 설명하는 말로 씁니다:
#   *"작은 팀이 달빛을 믿고 계속 함께한다."* 고객과 그 고객에게 일어나길 바라는 변화를 말합니다.
#   숫자는 없습니다. 지표는 목표가 아닙니다. "스타터 고객사를 개선한다"는 밋밋합니다. 무엇이, 누구에게
#   나아진다는 걸까요?
# * **핵심 결과(Key Results)** - 목표를 증명하는 **성과(outcome)** 2-5개로, 각각 숫자(기준값과
#   목표값)가 있습니다: *"스타터 갱신율을 78%에서 88%로 높인다."* (78%는 지난 분기의 비율입니다. 연습 4에서
#   이 값과 88%가 왜 도전적 목표인지 보여 줍니다.) 활동은 핵심 결과가 아닙니다. "다섯 명 채용", "기능 출시",
#   또는 숫자를 단 작업량("온보딩 통화를 10회에서 200회로 늘린다")은 아무것도 나아지지 않아도 달성할 수
#   있습니다. 그리고 시늉이 아닌 실제 변화여야 합니다. 기준값이 있는 핵심 결과는 적어도 3포인트(%로 된
#   비율, NPS) 또는 기준값의 10%만큼 움직여야 합니다(`okr.MIN_LIFT_POINTS`, `okr.MIN_LIFT_SHARE`).
#   "-15에서 -14로"는 잡음입니다.
# * **건강 지표(health metrics)** - 핵심 결과를 쫓는 동안 무너지면 안 되는 수준입니다("매출 총이익률을
#   65% 이상으로 유지"). 수준을 지키는 데는 변화가 필요 없으므로 도전적인 핵심 결과가 아닙니다. OKR 옆에
#   (`"health_metrics"`) 적어 두고 지켜보세요.
# * **이니셔티브** - 핵심 결과를 움직이리라고 거는 계획입니다. 프로젝트, 실험, 기능이 여기에 해당합니다.
#   활동은 여기에 씁니다.
#
# 데이터로 쓰면 OKR은 dict 하나입니다. `okr.report`는 OKR을 검토해 흔한 실수를 짚고 실수마다 힌트를
# 줍니다. 첫 초안입니다(코드의 예시는 영어지만, 여러분의 OKR은 한국어로 써도 됩니다).
# %%
draft = {
    "objective": "Increase NPS to 30",
    "key_results": [
        "Hire five customer success managers",
        "Launch the new onboarding checklist",
        "Customers are happier with support",
    ],
    "initiatives": [],
}
print(okr.report(draft))

# %% [markdown]
# Every line of that draft is a classic mistake: the objective is only a metric, two key
# results are activities, two have no number, and there is no plan. A better version,
# aimed at the detractors we just met, with baselines taken from the data:
# %% [markdown] lang="ko"
# 이 초안은 줄마다 전형적인 실수입니다. 목표는 지표일 뿐이고, 핵심 결과 중 둘은 활동이며, 둘은 숫자가
# 없고, 계획도 없습니다. 방금 만난 비추천 고객을 겨냥하고 기준값을 데이터에서 가져온 더 나은 버전입니다.
# %%
det_renewal = by_category.loc["detractor", "renewal_rate"]
det_share = kpi.nps_breakdown(responses).loc["all", "detractors"]
better = {
    "objective": "Unhappy customers feel heard and choose to stay with Dalbit",
    "key_results": [
        f"Raise the renewal rate of detractors from {det_renewal:.0%} to 70%",
        f"Cut the share of detractors in the survey from {det_share:.0%} to 18%",
    ],
    "initiatives": [
        "Call every detractor within two working days of their answer",
        "Run a renewal check-in 60 days before each term ends",
    ],
}
print(okr.report(better))

# %% [markdown]
# An OKR must also **stretch (도전적 목표)**: an objective that keeps things as they are
# ("Maintain our support quality") is business as usual, and a key result whose target is at
# or below where the current trend goes anyway would be met with no effort. A target must be
# **clearly past the trend**: here that means at least 3 points beyond it (percentage points
# for a rate, `okr.TREND_MARGIN`), so a trend of 17% asks for 14% or less. The reviewer flags
# both; give it the trend (the value with no change, in the key result's unit):
# %% [markdown] lang="ko"
# OKR은 **도전적 목표**여야 합니다. 지금 상태를 지키는 목표("지원 품질을 유지한다")는 평소 업무일 뿐이고,
# 목표값이 현재 추세만으로도 도달할 수준이거나 그보다 낮은 핵심 결과는 아무 노력 없이 달성됩니다.
# 목표값은 **추세를 분명히 넘어야** 합니다. 여기서는 추세보다 적어도 3포인트 넘어야 한다는 뜻이므로
# (비율이면 퍼센트포인트, `okr.TREND_MARGIN`), 추세가 17%라면 14% 이하를 목표로 해야 합니다. 검토기는
# 둘 다 짚어 줍니다. 추세(아무것도 바꾸지 않았을 때의 값, 핵심 결과와 같은 단위)를 넘겨 주세요.
# %%
bau = {**better, "objective": "Keep our support quality"}
print(okr.report(bau, trend={"detractors": 17}))  # suppose: 17% with no change

# %% [markdown]
# The checker is a set of simple word rules (an activity verb first, a number present, a
# metric word in a short objective, a target against its baseline and trend). It catches
# the common mistakes; it cannot tell you whether your bet is a good one. That is still the
# PM's job.
# %% [markdown] lang="ko"
# 이 검토기는 간단한 단어 규칙의 모음입니다(앞에 오는 활동 동사, 숫자의 유무, 짧은 목표 안의 지표 단어,
# 기준값과 추세에 비춘 목표값). 흔한 실수는 잡아내지만, 여러분의 베팅이 좋은 베팅인지는 말해 주지
# 못합니다. 그건 여전히 PM의 몫입니다.
# %% [markdown]
# ## Exercise 4 (medium): write an OKR for the starter plan
#
# The starter plan is Dalbit's weak spot: NPS -14.8, a 65.0% gross margin, and a renewal rate
# of 68% (against 84% on growth), as the cell below prints. Write one OKR for the next
# quarter: an objective that stretches, at least two key results that are measurable outcomes
# with a baseline and a target, and at least one initiative. The starter renewal rate has been
# rising, so a renewal target must be clearly past its trend, at least 3 points beyond it (the
# cell below fits a straight line to the last four quarters and carries it one quarter on).
# Use `okr.report(my_okr, trend={"renewal": trend_pct})` to review it as you go.
#
# <details><summary>Hint</summary>
#
# Start each key result with an outcome verb (raise, cut, lift), name the metric, and give a
# baseline and a target: "Raise <metric> from X% to Y%", a lift of at least 3 points or 10%
# of X. "Improve onboarding by 50%" names no metric and no baseline; "tickets closed" or
# "calls made" count work, not a change for customers. Put "launch", "build", "hire" in the
# initiatives, and a level you only keep ("above 65%") in `"health_metrics"`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 4 (보통): 스타터 플랜의 OKR 쓰기
#
# 스타터 플랜은 달빛의 약점입니다. 아래 셀이 출력하듯 NPS -14.8, 매출 총이익률 65.0%, 갱신율 68%(그로스는
# 84%)입니다. 다음 분기의 OKR 하나를 쓰세요. 도전적인 목표 하나, 기준값과 목표값이 있는 측정 가능한 성과로
# 된 핵심 결과 두 개 이상, 이니셔티브 하나 이상이 필요합니다. 스타터 갱신율은 오르는 중이므로, 갱신
# 목표값은 추세를 분명히, 적어도 3포인트 넘어야 합니다(아래 셀은 최근 네 분기에 직선을 맞추고 한 분기
# 더 늘려 봅니다). 쓰는 동안 `okr.report(my_okr, trend={"renewal": trend_pct})`로 검토하세요. 핵심 결과를
# 한국어로 쓴다면 `trend={"갱신": trend_pct}`처럼 핵심 결과 안에 있는 말을 키로 쓰세요.
#
# <details><summary>힌트</summary>
#
# 핵심 결과는 성과를 나타내는 동사(높인다, 줄인다, 늘린다)로 맺고, 지표 이름과 기준값, 목표값을 쓰세요:
# "<지표>를 X%에서 Y%로 높인다"(영어라면 "Raise <metric> from X% to Y%"). 적어도 3포인트 또는 X의 10%만큼
# 움직여야 합니다. "온보딩을 50% 개선한다"에는 지표도 기준값도 없고, "처리한 티켓 수"나 "통화 횟수"는
# 고객에게 생긴 변화가 아니라 작업량을 셉니다. "출시", "구축", "채용"은 이니셔티브에 넣고, 지키기만 하는
# 수준("65% 이상")은 `"health_metrics"`에 넣으세요.
# </details>
# %%
ex4 = checks.write_okr()
starter_due = months[months["renewal_due"] & (months["plan"] == "starter")]
starter_renewal = starter_due["renewed"].mean()
starter_now = nps_plan.loc["starter", "nps"]
quarterly = starter_due.groupby(starter_due["month"].dt.to_period("Q"))["renewed"].mean()
recent = quarterly.iloc[-4:].to_numpy(dtype=float)
slope, level = np.polyfit(np.arange(4), recent, 1)
trend_pct = 100 * (level + slope * 4)  # next quarter, if nothing changes
plan_renewal = kpi.renewal_rate_by(months[months["renewal_due"]], "plan")["renewal_rate"]
print(f"renewal rate so far: starter {starter_renewal:.0%}, growth {plan_renewal['growth']:.0%}")
print(f"starter NPS: {starter_now:+.0f}; last quarter's starter renewal rate {recent[-1]:.0%}")
print(
    f"the trend reaches {trend_pct:.1f}% next quarter; clearly past it: "
    f"{trend_pct + okr.TREND_MARGIN:.1f}% or more"
)

# %% tags=["exercise"]
my_okr = ...  # {"objective": "...", "key_results": ["...", "..."], "initiatives": ["..."]}

# %% tags=["solution"]
my_okr = {
    "objective": "Small teams get value from Dalbit in their first month and stay with us",
    "key_results": [
        f"Raise the renewal rate of starter accounts from {recent[-1]:.0%} to 88%",
        f"Lift the starter NPS from {starter_now:+.0f} to 0",
    ],
    "initiatives": [
        "Launch a guided set-up that connects the first chat channel in 10 minutes",
        "Run a quarterly check-in call for starter accounts that answer 0-6",
    ],
    # a guardrail to watch, not a stretch key result: keeping a level needs no change
    "health_metrics": [f"Keep the starter gross margin above {by_plan['starter']:.0%}"],
}
print(okr.report(my_okr, trend={"renewal": trend_pct}))

# %%
ex4.check(my_okr)

# %% [markdown]
# The starter renewal rate went from 58% to 78% over the last four quarters; the line
# carries it to 82% next quarter. A key result of "from 68% to 78%" would look ambitious next to
# the all-time 68% and still be met by doing nothing; "from 68% to 83%" only just beats the
# line, which a good quarter could give by luck.
# %% [markdown] lang="ko"
# 스타터 갱신율은 최근 네 분기 동안 58%에서 78%로 올랐고, 직선은 다음 분기 82%까지 이어집니다. "68%에서
# 78%로"라는 핵심 결과는 전체 기간 평균 68% 옆에서는 야심 차 보이지만 아무것도 하지 않아도 달성됩니다.
# "68%에서 83%로"는 직선을 겨우 넘을 뿐이라, 운 좋은 분기 하나면 달성할 수 있습니다.

# %% [markdown]
# ## Unit economics: cohort LTV and CAC payback
#
# Growth is healthy only if a new customer earns back what it cost to win.
#
# * **CAC (고객 획득 비용)** - what it cost to acquire an account (marketing and sales).
# * **LTV (고객 생애 가치)** - what an account brings over its life. A simple, honest version
#   is the **cohort LTV**: for accounts that started in the same month, the cumulative gross
#   margin per starting account after 0, 1, 2 ... months, churned accounts included.
# * **CAC payback (회수 기간)** - months of gross margin needed to earn back the CAC.
#
# The trap from notebook 07 returns: accounts that signed up before July 2023 enter the data
# in the middle of their life. Keep only accounts that started inside the data.
# %% [markdown] lang="ko"
# ## 단위 경제성: 코호트 LTV와 CAC 회수 기간
#
# 성장은 새 고객이 자신을 얻는 데 든 비용을 되벌어 줄 때만 건강합니다.
#
# * **CAC(고객 획득 비용)** - 고객사 하나를 얻는 데 든 비용(마케팅과 영업)입니다.
# * **LTV(고객 생애 가치)** - 고객사가 생애 동안 가져오는 가치입니다. 간단하고 정직한 버전은
#   **코호트 LTV**입니다. 같은 달에 시작한 고객사들에 대해, 시작 후 0, 1, 2 ... 개월이 지났을 때 시작
#   고객사당 누적 매출 총이익을 구합니다. 이탈한 고객사도 포함합니다.
# * **CAC 회수 기간** - 매출에 매출 총이익률을 곱한 이익으로 CAC를 되버는 데 걸리는 개월 수입니다.
#
# 07 노트북의 함정이 다시 나옵니다. 2023년 7월 이전에 가입한 고객사는 생애 중간에 데이터에 들어옵니다.
# 데이터 안에서 시작한 고객사만 남기세요.
# %%
signup = accounts[["account_id", "signup_month"]]
young = months.merge(signup, on="account_id")
young = young[young["signup_month"] >= "2023-07-01"]
ltv = kpi.cohort_ltv(young)  # KRW per starting account
(ltv / 1e6).round(1).iloc[:4, :13]  # first four cohorts, months 0-12, million KRW

# %% [markdown]
# Each row is a cohort; each column the months since it started. The values grow because
# the margin adds up month after month; young cohorts have empty cells on the right
# (right-censoring, as in notebook 07: they have not lived that long yet).
# %% [markdown] lang="ko"
# 각 행은 코호트이고 각 열은 시작 후 지난 개월 수입니다. 이익이 달마다 쌓이므로 값이 커집니다. 젊은
# 코호트는 오른쪽 칸이 비어 있습니다(07 노트북의 우측 중도절단: 아직 그만큼 오래 살지 않았습니다).
# %%
new = months[months["status"] == "new"].merge(accounts, on="account_id")
avg_cac = new["acquisition_cost_krw"].mean()
avg_ltv = ltv.mean()  # the average over the cohorts observed at each age

fig, ax = plt.subplots()
for _, row in ltv.iloc[:, :18].iterrows():
    ax.plot(row.index, row / 1e6, color=style.PALETTE["sky"], lw=0.8, alpha=0.6)
ax.plot(
    avg_ltv.index[:18],
    avg_ltv.iloc[:18] / 1e6,
    color=style.PALETTE["blue"],
    lw=3,
    label="average over cohorts",
)
ax.axhline(
    avg_cac / 1e6,
    color=style.PALETTE["vermillion"],
    ls="--",
    lw=2,
    label=f"average CAC ({avg_cac / 1e6:.1f}M KRW)",
)
ax.set_xticks(range(0, 18, 3))
ax.legend(loc="upper left")
style.takeaway(
    ax,
    "After a year, the average new account has not yet earned back its CAC",
    xlabel="Months since the account started",
    ylabel="Cumulative gross margin per account (M KRW)",
)
plt.show()

# %%
print(
    f"after 12 months (month 11): {avg_ltv.loc[11] / 1e6:.1f}M KRW of gross margin per account; "
    f"average CAC {avg_cac / 1e6:.1f}M KRW"
)

# %% [markdown]
# After 12 months (month 11 in the table, counted from 0) the average account has brought
# 5.7M KRW of gross margin, against an average CAC of 7.3M KRW. Cohorts differ a lot (a few
# big enterprise deals lift a cohort), so read the thick average, not one line.
#
# The CAC payback asks the same question in one number:
#
# > CAC payback (months) = total CAC of the new accounts / (their total first-month MRR ×
# > gross margin)
#
# that is, the months of gross margin it takes to earn the CAC back. The margin is an
# **assumption to state**: here every
# new account is assumed to earn Dalbit's average gross margin (80.8%). Leaving it out
# would pay CAC back from revenue and look shorter than it is.
# %% [markdown] lang="ko"
# 12개월 뒤(표에서는 0부터 세므로 11번째 달) 평균 고객사는 매출 총이익 5.7M KRW를 가져왔고, 평균 CAC는
# 7.3M KRW입니다. 코호트마다 차이가 큽니다(큰 엔터프라이즈 계약 몇 건이 코호트 하나를 끌어올립니다).
# 그러니 선 하나가 아니라 굵은 평균선을 읽으세요.
#
# CAC 회수 기간은 같은 질문을 숫자 하나로 묻습니다.
#
# > CAC 회수 기간(개월) = 신규 고객사의 총 CAC / (그들의 첫 달 MRR 합계 ×
# > 매출 총이익률)
#
# 즉 CAC를 되버는 데 걸리는 매출 총이익의 개월 수입니다. 이익률은 **밝혀 두어야 할 가정**입니다. 여기서는
# 모든 신규 고객사가 달빛의 평균 매출 총이익률(80.8%)을 번다고 가정합니다. 이익률을 빼면 CAC를 매출로
# 회수하는 셈이 되어 실제보다 짧아 보입니다.
# %%
payback = kpi.cac_payback_months(new, gross_margin=gross)  # assumes the average margin
round(payback, 1)

# %% [markdown]
# 15.8 months, longer than the 12-month contract: an account that leaves at its first
# renewal has not paid for itself. That makes renewal, and so the detractors, even more
# important.
#
# Is the average margin fair to the new accounts? They lean to the starter plan (65% margin),
# which would make 15.8 months too short. Check it: give each plan's own margin, weighted by
# the new accounts' first-month MRR on that plan.
# %% [markdown] lang="ko"
# 15.8개월로, 12개월 계약보다 깁니다. 첫 갱신에서 떠나는 고객사는 자기 비용을 다 갚지 못합니다. 그래서
# 갱신이, 따라서 비추천 고객이 더욱 중요해집니다.
#
# 평균 이익률이 신규 고객사에 공정할까요? 신규 고객사는 스타터 플랜(이익률 65%) 쪽으로 기울어 있으니,
# 15.8개월은 너무 짧은 값일 수 있습니다. 확인해 봅시다. 플랜마다 그 플랜의 이익률을 주고, 그 플랜의 신규
# 고객사 첫 달 MRR로 가중합니다.
# %%
new_plan_mrr = new.groupby("plan")["mrr_krw"].sum()
new_margin = (new_plan_mrr * by_plan).sum() / new_plan_mrr.sum()
print(
    f"new accounts on starter: {(new['plan'] == 'starter').mean():.0%} of accounts, "
    f"{new_plan_mrr['starter'] / new_plan_mrr.sum():.0%} of first-month MRR; their margin "
    f"{new_margin:.1%}, payback {kpi.cac_payback_months(new, gross_margin=new_margin):.1f} months"
)

# %% [markdown]
# 47% of new accounts start on starter, but only 6% of their first-month MRR, and payback
# weighs by MRR. With their own plan mix the margin is 80.3%, and so the
# payback 15.9 months, not 15.8: the average margin understates it only a little here (it
# would understate it a lot for a company whose new revenue came mostly from a low-margin
# plan).
# %% [markdown] lang="ko"
# 신규 고객사의 47%가 스타터로 시작하지만 첫 달 MRR로는 6%에 불과하고, 회수 기간은 MRR로 가중됩니다.
# 실제 플랜 구성으로 계산한 이익률은 80.3%이고, 회수 기간은 15.8개월이 아니라 15.9개월입니다. 여기서는
# 평균 이익률이 회수 기간을 조금만 짧게 잡지만, 신규 매출 대부분이 이익률 낮은 플랜에서 나오는 회사라면
# 크게 짧게 잡을 것입니다.
# %% [markdown]
# ## Exercise 5 (stretch): should marketing double paid search?
#
# Marketing wants to double the budget of the `paid_search` channel. How many months does a
# paid-search account take to pay back its CAC? Channels bring different customers, so use
# **each channel's own gross margin** (over all its accounts' months), and give months.
#
# <details><summary>Hint</summary>
#
# Add the channel to `months` (`months.merge(accounts[["account_id",
# "acquisition_channel"]], on="account_id")`), then `kpi.gross_margin(..., by=
# "acquisition_channel")` gives each channel's margin; pass that Series as `gross_margin=` to
# `kpi.cac_payback_months(new, ..., by="acquisition_channel")`.
# </details>
# %% [markdown] lang="ko"
# ## 연습 5 (도전): 마케팅은 검색 광고를 두 배로 늘려야 할까?
#
# 마케팅팀은 `paid_search` 채널 예산을 두 배로 늘리고 싶어 합니다. 검색 광고로 들어온 고객사가 CAC를
# 회수하는 데 몇 개월이 걸릴까요? 채널마다 들어오는 고객이 다르므로 **채널마다 그 채널의 매출 총이익률**
# (그 채널 고객사의 모든 월 데이터 기준)을 쓰고, 개월 수로 답하세요.
#
# <details><summary>힌트</summary>
#
# `months`에 채널을 붙이고(`months.merge(accounts[["account_id",
# "acquisition_channel"]], on="account_id")`), `kpi.gross_margin(..., by=
# "acquisition_channel")`로 채널별 이익률을 구합니다. 그 Series를 `gross_margin=`으로
# `kpi.cac_payback_months(new, ..., by="acquisition_channel")`에 넘기세요.
# </details>
# %%
ex5 = checks.channel_payback()

# %% tags=["exercise"]
paid_search_payback = ...  # months

# %% tags=["solution"]
with_channel = months.merge(accounts[["account_id", "acquisition_channel"]], on="account_id")
own_margin = kpi.gross_margin(with_channel, by="acquisition_channel")
by_channel = kpi.cac_payback_months(new, gross_margin=own_margin, by="acquisition_channel")
paid_search_payback = by_channel["paid_search"]
by_channel.round(1)

# %%
ex5.check(paid_search_payback)

# %% [markdown]
# All channels side by side, each with its own margin (from 74.5% on content to 84.4% on
# outbound sales):
# %% [markdown] lang="ko"
# 모든 채널을 나란히, 각자 자기 이익률로 봅니다(콘텐츠 74.5%부터 아웃바운드 영업 84.4%까지).
# %%
margins = checks.channel_margins()  # each channel's own gross margin (Exercise 5's hint)
channel_payback = kpi.cac_payback_months(new, gross_margin=margins, by="acquisition_channel")
channel_payback = channel_payback.sort_values()
fig, ax = plt.subplots(figsize=(8, 3.6))
bar_colours = [
    style.PALETTE["green"] if m <= 12 else style.PALETTE["orange"] for m in channel_payback
]
ax.barh(channel_payback.index.astype(str).str.replace("_", " "), channel_payback, color=bar_colours)
ax.axvline(12, color=style.PALETTE["black"], ls="--", lw=1, label="one contract term (12 months)")
ax.legend(loc="lower right")
style.takeaway(
    ax,
    "Three channels pay back within a year; two do not",
    xlabel="CAC payback (months of gross margin)",
    ylabel="Acquisition channel",
)
fig.tight_layout()
plt.show()

# %% [markdown]
# Referral pays back in 5.5 months and content in 8.2; paid search takes 17.1 and outbound
# sales 20.5. Doubling paid search buys growth that pays back only after the first renewal,
# which is exactly where the detractors leave. Outbound sales brings the big accounts (it
# is slow to pay back, but those accounts renew most).
#
# One last number for the summary: how big is the starter plan among paying customers, and
# in MRR, in the last month?
# %% [markdown] lang="ko"
# 소개(referral)는 5.5개월, 콘텐츠는 8.2개월이면 회수되지만 검색 광고는 17.1개월, 아웃바운드 영업은
# 20.5개월이 걸립니다. 검색 광고를 두 배로 늘리면 첫 갱신이 지나서야 회수되는 성장을 사는 셈인데, 바로
# 그 갱신에서 비추천 고객이 떠납니다. 아웃바운드 영업은 큰 고객사를 데려옵니다(회수는 느리지만 그
# 고객사들이 가장 많이 갱신합니다).
#
# 요약을 위한 마지막 숫자입니다. 마지막 달에 스타터 플랜은 돈을 내는 고객 수와 MRR에서 각각 얼마나 될까요?
# %%
june = months[(months["month"] == months["month"].max()) & (months["status"] != "churned")]
starter = june["plan"] == "starter"
print(
    f"June 2025, starter plan: {starter.mean():.0%} of paying customers, "
    f"{june.loc[starter, 'mrr_krw'].sum() / june['mrr_krw'].sum():.0%} of MRR"
)
# %% [markdown]
# ## So what
#
# A PM at Dalbit reads this as one story:
#
# * The business grows about 6% a month, compounded, and the growth is real: MRR, not
#   bookings or sign-ups.
# * The weak spot is the **small starter customer**: negative NPS, the lowest margin, the
#   lowest renewal. In June 2025, starter accounts were 42% of paying customers but only 4%
#   of MRR.
# * NPS earns its place as an early warning of renewal, read by segment: build on what
#   promoters love, move passives up, follow up every detractor before the term ends.
# * Because CAC takes about 16 months to earn back, every renewal saved is worth more than a
#   new sign-up from an expensive channel.
#
# The OKR you wrote is the bridge from these KPIs to action: one objective, outcomes to
# prove it, and initiatives to test. (An initiative such as the guided set-up is exactly
# what notebook 08's A/B test method is for.)
#
# **The trap to avoid:** a number without a question. An NPS reported as "+13.7" with no
# link to renewal and no segments is a vanity metric. An OKR whose key results are
# "launch X" and "hire Y" measures being busy, not getting better. A growth story told with
# bookings, all-time sign-ups or the best month flatters the business. Ask of every KPI:
# *which question does it answer, and what would we do if it moved?*
# %% [markdown] lang="ko"
# ## 그래서 무엇을
#
# 달빛의 PM은 이것을 하나의 이야기로 읽습니다.
#
# * 비즈니스는 복리로 한 달에 약 6%씩 성장하고, 그 성장은 진짜입니다. 계약액이나 가입 수가 아니라 MRR이
#   보여 주는 성장입니다.
# * 약점은 **작은 스타터 고객**입니다. NPS는 마이너스이고, 이익률도 갱신율도 가장 낮습니다. 2025년
#   6월에 스타터 고객사는 돈을 내는 고객의 42%였지만 MRR에서는 4%에 불과했습니다.
# * NPS는 세그먼트별로 읽을 때 갱신의 조기 경보로 제 몫을 합니다. 추천 고객이 좋아하는 것을 키우고,
#   중립 고객을 끌어올리고, 계약이 끝나기 전에 비추천 고객을 모두 챙기세요.
# * CAC를 되버는 데 약 16개월이 걸리므로, 지켜 낸 갱신 하나는 비싼 채널에서 온 신규 가입 하나보다
#   값집니다.
#
# 여러분이 쓴 OKR은 이 KPI들을 행동으로 잇는 다리입니다. 목표 하나, 그것을 증명할 성과, 그리고 시험해 볼
# 이니셔티브입니다. (가이드 설정 같은 이니셔티브가 바로 08 노트북의 A/B 테스트 방법이 필요한 곳입니다.)
#
# **피해야 할 함정:** 질문 없는 숫자입니다. 갱신과의 연결도 세그먼트도 없이 "+13.7"로 보고한 NPS는 허영
# 지표입니다. 핵심 결과가 "X 출시", "Y 채용"인 OKR은 나아지는 것이 아니라 바쁜 것을 잽니다. 계약액, 누적
# 가입 수, 가장 좋았던 달로 말하는 성장 이야기는 비즈니스를 부풀립니다. 모든 KPI에 물어보세요.
# *이 지표는 어떤 질문에 답하고, 이것이 움직이면 우리는 무엇을 할 것인가?*
# %% [markdown]
# ## Recap
#
# - KPI = Key (few), Performance (a result someone owns), Indicator (a signal, leading or
#   lagging). Vanity metrics only go up or never lead to a decision.
# - SaaS KPIs each answer one question: MRR (earning now), CMGR (how fast, on average),
#   bookings (signed future value), customers, gross margin, repeat purchases, relative
#   market share (needs market data).
# - NPS = % promoters - % detractors. Use it by segment and tied to behaviour: here,
#   detractors renew 56.8% of the time and promoters 93.6%.
# - OKRs: an inspiring objective without numbers, 2-5 measurable outcome key results, and
#   initiatives that hold the activities.
# - Cohort LTV and CAC payback tell you whether growth pays for itself.
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 정리
#
# - KPI = Key(몇 개뿐), Performance(누군가 책임지는 결과), Indicator(선행 또는 후행 신호). 허영 지표는
#   오르기만 하거나 어떤 결정으로도 이어지지 않습니다.
# - SaaS KPI는 각각 질문 하나에 답합니다. MRR(지금 버는 돈), CMGR(평균적으로 얼마나 빨리), 계약액(체결한
#   미래 가치), 고객 수, 매출 총이익률, 재구매, 상대적 시장 점유율(시장 데이터가 필요함).
# - NPS = 추천 고객 % - 비추천 고객 %. 세그먼트별로, 행동과 연결해 쓰세요. 여기서는 비추천 고객의 갱신율이
#   56.8%, 추천 고객은 93.6%입니다.
# - OKR: 숫자 없이 의욕을 불러일으키는 목표, 측정 가능한 성과로 된 핵심 결과 2-5개, 그리고 활동을 담는
#   이니셔티브.
# - 코호트 LTV와 CAC 회수 기간은 성장이 스스로 비용을 감당하는지 알려 줍니다.
#
# {{nav}}
