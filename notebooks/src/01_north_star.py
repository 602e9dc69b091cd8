# %% [markdown]
# # 01 · The north star: one number for the value customers get
#
# {{nav}}
#
# > **What you will learn**
# > - why revenue is a *lagging* indicator (후행 지표), and what a *leading* one (선행 지표) is
# > - how to score candidate metrics against the criteria for a north star (북극성 지표)
# > - how to check on data which metric moves first, and how to spot a vanity metric
# > - how to break a north star into input metrics (투입 지표), and find the "aha moment"
# > - why DAU is the wrong yardstick for a car-sharing app, and what HEART is for
# >
# > **Time:** {{time}} · **You need:** [00 Welcome](00_welcome.ipynb) ·
# > **Data:** Bomcar (봄카), a fictional company; all data is synthetic.
# %% [markdown] lang="ko"
# # 01 · 북극성 지표: 고객이 얻는 가치를 보여 주는 숫자 하나
#
# {{nav}}
#
# > **배울 내용**
# > - 매출은 왜 *후행* 지표이고, *선행* 지표란 무엇인가
# > - 북극성 지표의 기준으로 후보 지표를 채점하는 법
# > - 어느 지표가 먼저 움직이는지 데이터로 확인하는 법, 허영 지표를 알아보는 법
# > - 북극성 지표를 투입 지표로 나누는 법, "아하 모먼트"를 찾는 법
# > - 카셰어링 앱에 DAU가 왜 맞지 않는 잣대인지, HEART는 어디에 쓰는지
# >
# > **소요 시간:** {{time}} · **먼저 볼 노트북:** [00 환영합니다](00_welcome.ipynb) ·
# > **데이터:** 봄카(Bomcar), 가상의 회사입니다. 모든 데이터는 합성 데이터입니다.
# %%
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from ipywidgets import interact

from course import data
from course.checks import nb01 as checks
from helpers import aha, i18n, leadlag, metrics, strategy, style

i18n.set_language("en")
style.use_course_style()
users = data.load_users()
events = data.load_events()
payments = data.load_payments()
calendar = data.load_calendar()

# %% [markdown]
# ## Why: revenue tells you too late
#
# Bomcar's board looks at revenue every month. Revenue matters, but it is a poor compass for a
# product team:
#
# - it is a **lagging indicator (후행 지표)**: it moves *after* the thing that caused it;
# - it has many outside causes (prices, invoicing dates, one big corporate client);
# - it does not say whether customers got what they came for.
#
# A **leading indicator (선행 지표)** moves first, early enough to act on. The **north star
# metric (북극성 지표)** is the one leading number a whole company steers by: it counts the
# value customers get, and revenue follows it.
#
# One product team's criteria for a north star. It should:
#
# 1. **reflect the customer's moment of success** (the moment they got what they came for);
# 2. be something **every customer gets value from**, not only a few;
# 3. be **measurable**, daily, weekly or monthly;
# 4. be **controllable through input metrics (투입 지표)** that teams can move;
# 5. **reflect business growth** directly: when it rises, money comes in;
# 6. be **quick to judge**: you see within days or weeks whether it moved.
#
# An analytics vendor's shorter list asks three things: does it express **value to people**,
# does it **fit the strategy**, and is it a **leading indicator of revenue**?
# %% [markdown] lang="ko"
# ## 왜: 매출은 너무 늦게 알려 준다
#
# 봄카 이사회는 매달 매출을 봅니다. 매출은 중요하지만, 프로덕트 팀의 나침반으로는 부족합니다:
#
# - 매출은 **후행 지표**입니다: 원인이 된 일이 일어난 *뒤에* 움직입니다;
# - 바깥 원인이 많습니다(가격, 청구 날짜, 큰 법인 고객 하나);
# - 고객이 원하던 것을 얻었는지 말해 주지 않습니다.
#
# **선행 지표**는 먼저 움직여서 손쓸 시간을 줍니다. **북극성 지표**는 회사 전체가 방향을 잡는
# 선행 지표 하나입니다: 고객이 얻는 가치를 세고, 매출은 그 뒤를 따릅니다.
#
# 한 프로덕트 팀이 쓰는 북극성 지표의 기준입니다. 북극성 지표는:
#
# 1. **고객의 성공 순간을 반영**해야 합니다(고객이 원하던 것을 얻은 순간);
# 2. 일부가 아니라 **모든 고객이 가치를 얻는** 것이어야 합니다;
# 3. 일, 주, 월 단위로 **측정할 수 있어야** 합니다;
# 4. 팀이 움직일 수 있는 **투입 지표로 통제할 수 있어야** 합니다;
# 5. **비즈니스 성장을 바로 반영**해야 합니다: 오르면 돈이 들어옵니다;
# 6. **빨리 판단할 수 있어야** 합니다: 움직였는지 며칠이나 몇 주 안에 보입니다.
#
# 한 분석 솔루션 회사의 더 짧은 목록은 세 가지를 묻습니다: **사람들에게 주는 가치**를 나타내는가,
# **전략에 맞는가**, **매출의 선행 지표**인가?
# %% [markdown]
# ## The candidates, month by month
#
# Five metrics a Bomcar team might propose: monthly **sign-ups**, **app opens**,
# **reservations**, **returns** (반납: a car brought back, so a *completed ride*) and
# **revenue**. The event log gives the first four; revenue is money received, counted in the
# month it was paid (`paid_at`).
# %% [markdown] lang="ko"
# ## 후보 지표, 월별로
#
# 봄카 팀이 제안할 만한 지표 다섯 개: 월간 **가입**, **앱 열기**, **예약**, **반납**(차를
# 돌려놓은 것, 즉 *운행 완료*), **매출**. 앞의 넷은 이벤트 로그에서 나오고, 매출은 받은 돈을
# 결제된 달(`paid_at`) 기준으로 셉니다.
# %%
monthly = metrics.monthly_counts(events, ["app_open", "reservation", "return"])
monthly["signups"] = users["signup_at"].dt.to_period("M").value_counts()
paid_month = payments["paid_at"].dt.to_period("M")
monthly["revenue"] = payments.groupby(paid_month)["amount_krw"].sum()
monthly = monthly[["signups", "app_open", "reservation", "return", "revenue"]]
monthly.tail(4)

# %% [markdown]
# One row per month (the index is the month), one column per candidate; revenue is in Korean
# won (KRW). Over the 18 months all five rose (June 2025 against January 2024), not every
# month (sign-ups fell from **737** in May 2025 to **727** in June), so growth cannot pick
# the winner. The criteria can.
# %% [markdown] lang="ko"
# 달마다 한 행(인덱스가 달), 후보마다 한 열입니다. 매출 단위는 원(KRW)입니다. 18개월 동안
# 다섯 지표가 모두 올랐지만(2024년 1월 대비 2025년 6월), 매달 오른 것은 아닙니다(가입은
# 2025년 5월 **737**명에서 6월 **727**명으로 줄었습니다). 그러니 성장으로는 승자를 고를 수
# 없습니다. 기준으로는 고를 수 있습니다.
# %% [markdown]
# ## Exercise 1 (easy): score the candidates
#
# Fill the table: `1` if the metric meets the criterion *for Bomcar's customers*, `0` if not.
# The revenue column is done for you: it is measurable and reflects growth, but it is not the
# customer's success, not value every customer gets, not directly controllable and a month
# late. There is room for debate on some cells; the checker only insists on the clear ones.
#
# <details><summary>Hint</summary>
#
# Ask of each metric: *when this number goes up by one, did a customer get what they came
# for?* A sign-up, an app open and a reservation can all happen without anyone riding.
#
# </details>
# %% [markdown] lang="ko"
# ## 연습 1 (쉬움): 후보 지표 채점하기
#
# 표를 채우세요: 지표가 *봄카 고객에게* 그 기준을 충족하면 `1`, 아니면 `0`. 매출 열은 채워
# 두었습니다: 측정할 수 있고 성장을 반영하지만, 고객의 성공이 아니고, 모든 고객이 얻는 가치가
# 아니며, 바로 통제할 수 없고, 한 달 늦습니다. 몇몇 칸은 논의의 여지가 있습니다. 확인 셀은
# 분명한 칸만 따집니다.
#
# <details><summary>힌트</summary>
#
# 지표마다 물어보세요: *이 숫자가 하나 오르면, 고객 한 명이 원하던 것을 얻었나?* 가입, 앱 열기,
# 예약은 모두 아무도 타지 않아도 일어날 수 있습니다.
#
# </details>
# %% tags=["exercise"]
# The six rows, in this order (checks.CRITERIA): moment of success, every customer gets
# value, measurable, controllable by inputs, reflects growth, quick to judge.
scores = pd.DataFrame(
    {  # 1 = meets the criterion, 0 = does not
        "signups": [..., ..., ..., ..., ..., ...],
        "app_open": [..., ..., ..., ..., ..., ...],
        "reservation": [..., ..., ..., ..., ..., ...],
        "return": [..., ..., ..., ..., ..., ...],
        "revenue": [0, 0, 1, 0, 1, 0],  # done for you
    },
    index=checks.CRITERIA,
)

# %% tags=["solution"]
scores = pd.DataFrame(
    {  # 1 = meets the criterion, 0 = does not
        "signups": [0, 0, 1, 1, 0, 1],  # a promotion moves it, but nobody has ridden yet
        "app_open": [0, 0, 1, 1, 0, 1],  # opening is not riding
        "reservation": [0, 0, 1, 1, 0, 1],  # can be cancelled; money comes at the return
        "return": [1, 1, 1, 1, 1, 1],  # a finished ride: the customer got what they came for
        "revenue": [0, 0, 1, 0, 1, 0],  # done for you
    },
    index=checks.CRITERIA,
)
scores.loc["total"] = scores.sum()
scores

# %%
ex_scores = checks.scoring_table()
ex_scores.check(scores)

# %% [markdown]
# **Completed rides (returns) meet every criterion.** Sign-ups and app opens count
# *activity*, not success, and no money comes with them. Reservations come close, but a
# reservation is a promise, not a ride, and not yet business: the money comes only at the
# return (card or invoice). How many promises are broken?
# %% [markdown] lang="ko"
# **운행 완료(반납)는 모든 기준을 충족합니다.** 가입과 앱 열기는 성공이 아니라 *활동*을 세고,
# 돈도 들어오지 않습니다. 예약은 가깝지만, 예약은 약속이지 운행이 아니고 아직 매출도 아닙니다:
# 돈은 반납할 때(카드 또는 청구서)만 들어옵니다. 깨지는 약속은 얼마나 될까요?
# %%
counts = events["event"].value_counts()
print(f"cancelled reservations: {counts['cancellation'] / counts['reservation']:.0%}")

# %% [markdown]
# **14%** of reservations are cancelled: a reservation-based north star would celebrate
# rides that never happened. Returns also pass the vendor's three questions: a ride is the
# value to people, Bomcar sells rides, and (next section) returns lead revenue.
# %% [markdown] lang="ko"
# 예약의 **14%**가 취소됩니다: 예약을 북극성 지표로 삼으면 일어나지도 않은 운행을 축하하게
# 됩니다. 반납은 분석 솔루션 회사의 세 질문도 통과합니다: 운행이 곧 사람들에게 주는 가치이고,
# 봄카는 운행을 팔고, (다음 절에서 보듯) 반납은 매출에 앞섭니다.
# %% [markdown]
# ## See it: returns move first, revenue follows
#
# **Guess first.** In November 2024 Bomcar raised hourly prices by 12% (it is in `calendar`).
# Which do you expect to fall first, completed rides or revenue? Why might they not fall in
# the same month?
#
# A clue is in how Bomcar is paid. Individual customers pay by card when they return the car.
# Corporate accounts and subscribers get **one invoice a month, for the previous month's
# rides**. The `kind` column of `payments` tells them apart:
# %% [markdown] lang="ko"
# ## 살펴보기: 반납이 먼저 움직이고 매출이 따라간다
#
# **먼저 짐작해 보세요.** 2024년 11월 봄카는 시간당 요금을 12% 올렸습니다(`calendar`에
# 있습니다). 운행 완료와 매출 중 무엇이 먼저 떨어질까요? 왜 같은 달에 떨어지지 않을 수
# 있을까요?
#
# 실마리는 봄카가 돈을 받는 방식에 있습니다. 개인 고객은 차를 반납할 때 카드로 결제합니다. 법인
# 회원과 구독 회원은 **한 달에 한 번, 지난달 운행분 청구서**를 받습니다. `payments`의 `kind`
# 열로 둘을 구분합니다:
# %%
by_kind = payments.groupby([paid_month, "kind"])["amount_krw"].sum()
by_kind = by_kind.unstack(fill_value=0) / 1e6  # million KRW
share = by_kind["monthly_invoice"].sum() / by_kind.to_numpy().sum()
print(f"share of revenue paid by monthly invoice: {share:.0%}")

# %% [markdown]
# **65%** of Bomcar's revenue arrives as invoices, a month after the rides. Now the two
# series side by side, with the price rise marked:
# %% [markdown] lang="ko"
# 봄카 매출의 **65%**는 운행 한 달 뒤에 청구서로 들어옵니다. 이제 두 시계열을 나란히, 가격 인상
# 시점을 표시해서 봅니다:
# %%
price_rise = calendar.loc[calendar["kind"] == "price_change", "date"].iloc[0]
months = monthly.index.to_timestamp()
fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6.2), sharex=True)
top.plot(months, monthly["return"], "o-", color=style.PALETTE["blue"])
bottom.bar(months, by_kind["per_ride"], width=20, label="Card payments (this month's rides)")
bottom.bar(
    months,
    by_kind["monthly_invoice"],
    width=20,
    bottom=by_kind["per_ride"],
    label="Invoices (last month's rides)",
)
for ax in (top, bottom):
    ax.axvline(price_rise, color=style.PALETTE["grey"], ls="--")
top.annotate(
    "Prices +12%",
    (price_rise, monthly["return"].max()),
    xytext=(5, 0),
    textcoords="offset points",
    color=style.PALETTE["grey"],
)
style.takeaway(
    top, "Rides fell 17% in November 2024; revenue barely moved", ylabel="Completed rides"
)
style.takeaway(bottom, "", xlabel="Month", ylabel="Revenue (million KRW)", note=False)
bottom.legend(loc="upper left")
fig.tight_layout()
plt.show()

# %% [markdown]
# After the price rise, completed rides fell **17%** in November 2024. Revenue hardly
# moved: **-4%** that month and **+1%** in December. November's invoices were for October's
# rides; and the customers who pay by invoice (corporate accounts and subscribers) rode only
# a little less, now at higher prices, while card customers cut their rides by about a
# third. A team steering by revenue would not have seen the fall in rides at all.
#
# To test "moves first" on all candidates at once, `leadlag.lead_lag` correlates one
# metric's month-on-month *changes* with another's, shifted by 0, 1, 2 ... months (changes,
# not levels: any two growing series correlate). **Lag 1** means "this month's change in the
# first metric lines up with *next* month's change in revenue". Here it is for app opens:
# %% [markdown] lang="ko"
# 가격 인상 뒤 2024년 11월 운행 완료는 **17%** 줄었습니다. 매출은 거의 그대로였습니다: 그달
# **-4%**, 12월 **+1%**. 11월 청구서는 10월 운행분이었고, 청구서로 결제하는 고객(법인 회원과
# 구독 회원)은 오른 가격에도 운행을 조금만 줄였습니다. 반면 카드 고객은 운행을 셋 중 하나꼴로
# 줄였습니다. 매출만 보고 가는 팀은 운행 감소를 전혀 보지 못했을 것입니다.
#
# "먼저 움직인다"를 모든 후보에 한꺼번에 시험하려면, `leadlag.lead_lag`로 한 지표의 전월 대비
# *변화*와 다른 지표의 변화를 0, 1, 2 ... 개월씩 밀어 가며 상관관계를 구합니다(수준이 아니라
# 변화입니다: 함께 커지는 두 시계열은 무엇이든 상관관계가 높게 나옵니다). **시차 1**은 "첫 번째
# 지표의 이번 달 변화가 매출의 *다음* 달 변화와 맞는다"는 뜻입니다. 앱 열기로 해 보면:
# %%
table = leadlag.lead_lag(monthly, "app_open", "revenue")
print(table.round(2).to_string(index=False))
print("best lag:", leadlag.best_lag(table))

# %% [markdown]
# App opens line up best with revenue at lag **1**: on Bomcar most visits come from people
# about to ride, so app opens move with rides. Leading revenue is necessary, not
# enough: app opens still fail the criteria above (opening the app is not riding), and the
# promotion below shows how easily they are inflated.
# %% [markdown] lang="ko"
# 앱 열기는 시차 **1**에서 매출과 가장 잘 맞습니다: 봄카에서는 방문 대부분이 곧 탈 사람에게서
# 나오므로, 앱 열기는 운행과 함께 움직입니다. 매출에 앞서는 것은 필요조건이지 충분조건이
# 아닙니다: 앱 열기는 여전히 위의 기준을 통과하지 못하고(앱을 여는 것은 타는 것이 아닙니다),
# 아래의 프로모션은 이 숫자가 얼마나 쉽게 부풀려지는지 보여 줍니다.
# %% [markdown]
# ## Exercise 2 (easy): which metric leads revenue?
#
# Guess first: sign-ups, reservations or returns? Then run `leadlag.lead_lag` for each and
# set `leading` to a metric whose changes come a month *before* revenue's (any, if several
# do).
#
# <details><summary>Hint</summary>
#
# A leader has its best lag above 0: `leadlag.best_lag(table)` gives it.
#
# </details>
# %% [markdown] lang="ko"
# ## 연습 2 (쉬움): 매출에 앞서는 지표는?
#
# 먼저 짐작해 보세요: 가입, 예약, 반납 중 무엇일까요? 그다음 후보마다 `leadlag.lead_lag`를
# 실행하고, 변화가 매출보다 한 달 *먼저* 오는 지표를 `leading`에 넣으세요(여럿이면 아무거나).
#
# <details><summary>힌트</summary>
#
# 선행 지표는 가장 잘 맞는 시차가 0보다 큽니다: `leadlag.best_lag(table)`가 그 시차를 줍니다.
#
# </details>
# %% tags=["exercise"]
table = leadlag.lead_lag(monthly, "signups", "revenue")  # then try "reservation" and "return"
print(table.round(2).to_string(index=False))
leading = ...  # "signups", "app_open", "reservation" or "return"

# %% tags=["solution"]
rows = {}
for name in ["signups", "app_open", "reservation", "return"]:
    corr = leadlag.lead_lag(monthly, name, "revenue").set_index("lag")["corr"]
    rows[name] = {"best lag": corr.idxmax(), "corr lag 0": corr[0], "corr lag 1": corr[1]}
summary = pd.DataFrame.from_dict(rows, orient="index")
print(summary.round(2))
leaders = summary[summary["best lag"] > 0]
leading = leaders["corr lag 1"].idxmax()

# %%
ex_leading = checks.leading_metric()
ex_leading.check(leading)


# %% [markdown]
# Returns lead revenue by one month: correlation **0.96** at lag 1 against **0.91** in the
# same month. Reservations lead almost exactly as well (**0.959** against returns'
# **0.961**), and app opens nearly as well (**0.94**): all three move with the rides. Sign-ups
# do not lead at all (**-0.12** at lag 1). Pick a candidate below to see its
# whole profile; the static chart after it shows returns.
# %% [markdown] lang="ko"
# 반납은 매출보다 한 달 앞섭니다: 시차 1의 상관관계는 **0.96**, 같은 달은 **0.91**입니다.
# 예약도 거의 똑같이 앞서고(**0.959**, 반납은 **0.961**), 앱 열기도 비슷합니다(**0.94**): 셋 다
# 운행과 함께 움직입니다. 가입은 전혀 앞서지 않습니다(시차 1에서 **-0.12**). 아래에서 후보를
# 골라 전체 모습을 보세요. 그 아래의 고정 차트는 반납입니다.
# %% tags=["nbval-ignore-output"]
def show_lead_lag(metric="return"):
    table = leadlag.lead_lag(monthly, metric, "revenue")
    k = leadlag.best_lag(table)
    leadlag.lead_lag_plot(table, f"{metric} vs revenue: best lag {k} month(s)")
    plt.show()


_ = interact(show_lead_lag, metric=["signups", "app_open", "reservation", "return"])

# %%
table = leadlag.lead_lag(monthly, "return", "revenue")
leadlag.lead_lag_plot(table, "Completed rides lead revenue by one month")
plt.show()

# %% [markdown]
# The highlighted bar is the best lag. Bars at negative lags would mean revenue moves first.
#
# Eighteen months give only 17 month-on-month changes, so treat 0.96 vs 0.96 vs 0.94 as
# "all three lead", not as a ranking. The mechanism (invoices a month later) is the stronger
# evidence, and the criteria decide between them: only a return is the customer's success.
# %% [markdown] lang="ko"
# 강조된 막대가 가장 잘 맞는 시차입니다. 음수 시차에 막대가 있다면 매출이 먼저 움직인다는
# 뜻입니다.
#
# 열여덟 달로는 전월 대비 변화가 17개뿐입니다. 그러니 0.96 대 0.96 대 0.94는 순위가 아니라 "셋
# 다 앞선다"로 읽으세요. 더 강한 증거는 메커니즘(청구서가 한 달 뒤에 나옴)이고, 셋 중에서는
# 기준이 결정합니다: 고객의 성공은 반납뿐입니다.
# %% [markdown]
# ## The vanity-metric trap: the promotion month
#
# In [00 Welcome](00_welcome.ipynb) one month had far more sign-ups than any other. The
# calendar says why:
# %% [markdown] lang="ko"
# ## 허영 지표의 함정: 프로모션 달
#
# [00 환영합니다](00_welcome.ipynb)에서 한 달의 가입이 다른 어느 달보다 훨씬 많았습니다. 캘린더가
# 이유를 알려 줍니다:
# %%
calendar[["date", "kind", "description"]]

# %% [markdown] tags=["deck-question"]
# **Guess first:** in September 2024 Bomcar gave new users their first hour free. Which
# candidates do you expect to jump? Below, each metric is shown relative to August 2024
# (= 100), the month before the promotion.
# %% [markdown] lang="ko"
# **먼저 짐작해 보세요:** 2024년 9월 봄카는 신규 사용자에게 첫 한 시간을 무료로 줬습니다. 어느
# 후보가 급증할까요? 아래에서 각 지표는 프로모션 전달인 2024년 8월(= 100)을 기준으로 보여
# 줍니다.
# %% tags=["deck-figure"]
promo = calendar.loc[calendar["kind"] == "promotion", "date"].iloc[0]
cols = ["signups", "app_open", "return"]
indexed = monthly[cols] / monthly.loc[promo.to_period("M") - 1, cols] * 100
names = {"signups": "Sign-ups", "app_open": "App opens", "return": "Completed rides"}
lines = indexed.set_axis(months).rename(columns=names).rename_axis(index="month", columns="metric")
lines = lines.stack().rename("index").reset_index()  # one row per month and metric
fig, ax = plt.subplots(figsize=(9, 4.5))
sns.lineplot(data=lines, x="month", y="index", hue="metric", marker="o", ax=ax)
ax.axvspan(promo, promo + pd.offsets.MonthEnd(1), color=style.PALETTE["yellow"], alpha=0.3)
ax.annotate("Promotion", (promo, indexed.max().max()), xytext=(4, -12), textcoords="offset points")
style.takeaway(
    ax,
    "The promotion more than tripled sign-ups for a month; completed rides fell",
    xlabel="Month",
    ylabel="Index (August 2024 = 100)",
)
ax.legend(loc="center left")
plt.show()

# %% [markdown]
# ## Exercise 3 (medium): spot the vanity metrics
#
# Compute each behaviour metric's change from August to September 2024, and list the ones
# that rose **more than 10%** in the promotion month. They are the numbers a promotion can
# inflate without more customers getting a ride.
#
# <details><summary>Hint</summary>
#
# `monthly[[...]].pct_change()` gives the change from the month before; pick the row of the
# promotion month with `.loc[promo.to_period("M")]`.
#
# </details>
# %% [markdown] lang="ko"
# ## 연습 3 (보통): 허영 지표 찾기
#
# 행동 지표마다 2024년 8월에서 9월로의 변화를 구하고, 프로모션 달에 **10%보다 많이** 오른
# 지표를 리스트로 만드세요. 더 많은 고객이 운행하지 않아도 프로모션이 부풀릴 수 있는 숫자들입니다.
#
# <details><summary>힌트</summary>
#
# `monthly[[...]].pct_change()`는 전달 대비 변화입니다. 프로모션 달의 행은
# `.loc[promo.to_period("M")]`로 고르세요.
#
# </details>
# %% tags=["exercise"]
growth = ...  # change from August to September 2024, for each behaviour metric
vanity = ...  # a list of names, e.g. ["reservation"]

# %% tags=["solution"]
behaviour = ["signups", "app_open", "reservation", "return"]
growth = monthly[behaviour].pct_change().loc[promo.to_period("M")]
print(growth.round(2))
vanity = list(growth[growth > 0.10].index)

# %%
ex_vanity = checks.vanity_metrics()
ex_vanity.check(vanity)

# %% [markdown]
# In September 2024 sign-ups rose **+234%** and app opens **+15%**, while completed rides
# went **-11%**. The promotion bought accounts and curiosity, not rides (notebook 07 follows
# these users: they stay far less).
#
# A **vanity metric** looks good and rises easily, but does not tell you whether customers
# got value or what to do next (page views, cumulative downloads, sign-ups). An
# **actionable metric** changes when the customer's experience changes, so you can act on
# it. Revenue even *rose* in September, but that was August's summer rides being invoiced.
# %% [markdown] lang="ko"
# 2024년 9월 가입은 **+234%**, 앱 열기는 **+15%** 늘었지만, 운행 완료는 **-11%**였습니다.
# 프로모션이 산 것은 계정과 호기심이지 운행이 아니었습니다(07 노트북에서 이 사용자들을 따라가
# 보면 훨씬 적게 남습니다).
#
# **허영 지표**는 보기 좋고 쉽게 오르지만, 고객이 가치를 얻었는지, 다음에 무엇을 해야 하는지 알려
# 주지 않습니다(페이지 조회수, 누적 다운로드, 가입). **실행 가능한 지표**는 고객 경험이 바뀔 때
# 함께 바뀌므로, 그에 맞춰 행동할 수 있습니다. 매출은 9월에 오히려 *올랐지만*, 그것은 8월
# 여름 운행분의 청구서였습니다.
# %% [markdown]
# ## Three families of north stars
#
# Most north stars fall into one of three families, by what the product sells:
#
# | family | the customer values ... | example north star |
# |---|---|---|
# | **time** | the time they spend with it | music or video streaming: *time spent listening / watching* |
# | **transactions** | getting something done, again | commerce: *repeat purchases*; car sharing: *completed rides* |
# | **productivity** | their work getting done | B2B SaaS: *weekly active teams* |
#
# Bomcar is a transactions product: its north star is **completed rides (returns) per month**.
# %% [markdown] lang="ko"
# ## 북극성 지표의 세 가지 유형
#
# 대부분의 북극성 지표는 제품이 파는 것에 따라 세 유형 중 하나에 속합니다:
#
# | 유형 | 고객이 가치 있게 여기는 것 ... | 북극성 지표 예 |
# |---|---|---|
# | **시간** | 제품과 함께 보내는 시간 | 음악이나 동영상 스트리밍: *듣거나 본 시간* |
# | **거래** | 무언가를 반복해서 해내는 것 | 커머스: *재구매*; 카셰어링: *운행 완료* |
# | **생산성** | 일이 끝나는 것 | B2B SaaS: *주간 활성 팀* |
#
# 봄카는 거래형 제품입니다: 북극성 지표는 **월간 운행 완료(반납) 수**입니다.
# %% [markdown]
# ## Input metrics: what a team can actually move
#
# Nobody can "increase the north star" on a Monday morning. Teams move **input metrics
# (투입 지표)** that multiply up to it. A common breakdown has four levers:
#
# - **breadth**: how many customers use it;
# - **depth**: how much of the product each one uses;
# - **frequency**: how often they come back;
# - **efficiency**: how quickly a new customer gets to the core value, the **time to value
#   (가치 도달 시간)**. Not a conversion rate: those belong to the funnel (notebook 02).
#
# A music service, for example:
#
# ```text
# time spent listening               <- north star
# ├── visit frequency                <- how often
# └── session length                 <- how long each time
# ```
#
# For Bomcar, two of the levers multiply exactly to the north star: completed rides =
# monthly riders (breadth) × rides per rider (frequency).
# %% [markdown] lang="ko"
# ## 투입 지표: 팀이 실제로 움직일 수 있는 것
#
# 월요일 아침에 "북극성 지표를 올리자"고 할 수는 없습니다. 팀은 곱해져서 북극성 지표가 되는
# **투입 지표**를 움직입니다. 흔히 쓰는 분해는 레버 네 개입니다:
#
# - **너비**: 얼마나 많은 고객이 쓰는가;
# - **깊이**: 고객 한 명이 제품을 얼마나 많이 쓰는가;
# - **빈도**: 얼마나 자주 돌아오는가;
# - **효율**: 신규 고객이 핵심 가치에 얼마나 빨리 닿는가, 즉 **가치 도달 시간**. 전환율이
#   아닙니다: 전환율은 퍼널에 속합니다(02 노트북).
#
# 예를 들어 음악 서비스라면:
#
# ```text
# 듣는 시간                          <- 북극성 지표
# ├── 방문 빈도                      <- 얼마나 자주
# └── 세션 길이                      <- 한 번에 얼마나 오래
# ```
#
# 봄카에서는 레버 두 개가 곱해져 북극성 지표와 정확히 같아집니다: 운행 완료 = 월간 라이더
# 수(너비) × 라이더당 운행 수(빈도).
# %%
riders = metrics.active_users(events, freq="M", event_col="event", names=["return"])
levers = pd.DataFrame({"monthly riders": riders, "rides per rider": monthly["return"] / riders})
levers["completed rides"] = monthly["return"]
levers.loc["2024-09":"2024-12"].round(2)

# %% [markdown]
# With the price rise (October to November 2024) monthly riders fell from **1,257** to
# **1,092**, while rides per rider fell much less (**1.51** to **1.44**). Most of the lost
# rides came from fewer people riding, not from riders riding less: that points the team
# at breadth.
#
# Efficiency on the data: for Bomcar the core value is a completed ride, so time to value is
# the days from sign-up to a user's first completed ride.
# %% [markdown] lang="ko"
# 가격 인상과 함께(2024년 10월에서 11월로) 월간 라이더 수는 **1,257**명에서 **1,092**명으로
# 줄었지만, 라이더당 운행 수는 훨씬 덜 줄었습니다(**1.51**에서 **1.44**로). 줄어든 운행 대부분은
# 라이더가 덜 타서가 아니라 타는 사람이 줄어서였습니다: 팀이 봐야 할 곳은 너비입니다.
#
# 데이터로 보는 효율: 봄카의 핵심 가치는 운행 완료이므로, 가치 도달 시간은 가입부터 사용자의 첫
# 운행 완료까지의 일수입니다.
# %%
first_ride = events[events["event"] == "return"].groupby("user_id")["timestamp"].min()
ttv = users.set_index("user_id")["signup_at"].to_frame().join(first_ride.rename("first_ride"))
ttv["days"] = (ttv["first_ride"] - ttv["signup_at"]).dt.days  # NaN: no ride yet
print(f"median {ttv['days'].median():.0f} days; never rode: {ttv['days'].isna().mean():.0%}")
ttv["days"].quantile([0.25, 0.5, 0.75, 0.9])

# %%
fig, ax = plt.subplots(figsize=(9, 4))
sns.histplot(ttv["days"].clip(upper=120), binwidth=5, ax=ax, color=style.PALETTE["blue"])
ax.axvline(ttv["days"].median(), color=style.PALETTE["vermillion"], ls="--", label="median")
ax.legend(loc="upper right")
never = ttv["days"].isna().mean()
ax.text(  # the users with no ride have no bar: say so where the eye looks for them
    0.98,
    0.75,
    f"Not in the bars: the {never:.0%} of users\nwho never completed a ride",
    transform=ax.transAxes,
    ha="right",
    va="top",
    color=style.PALETTE["grey"],
)
style.takeaway(
    ax,
    "Half the riders needed 12+ days to a first ride",
    xlabel="Days from sign-up to first completed ride (120+ shown at 120)",
    ylabel="Users who rode",
)
plt.show()

# %% [markdown]
# Of the users who rode, a quarter did so on the day they signed up (**0** days), half within
# **12** days and 90% within **70**. **42%** of users never completed a ride at all (the ones
# who signed up last had less time).
#
# The tall 30-35 bar is how this *synthetic* data was made, not the licence review: a user
# who stays past the first month gets a visit on day 30 (**565** first rides that day, about
# **56** a day on days 25-29). Find the rule behind a spike before you read it as behaviour. Cutting those days, and that share, is the efficiency
# lever: the licence check and the first search stand between sign-up and value.
#
# Your tree will use names from this menu (careful: a few do not belong in an input tree at
# all).
# %% [markdown] lang="ko"
# 운행한 사용자 중 넷에 한 명은 가입한 날 바로 탔고(**0**일), 절반은 **12**일 안에, 90%는
# **70**일 안에 탔습니다. 사용자의 **42%**는 운행을 한 번도 완료하지 않았습니다(가장 늦게
# 가입한 사용자들은 시간이 짧았습니다).
#
# 30-35 구간의 높은 막대는 면허 심사 때문이 아니라 이 *합성* 데이터를 만든 방식 때문입니다: 첫
# 달을 넘겨 남은 사용자는 30일째에 방문하게 되어 있습니다(그날 첫 운행 **565**건, 25-29일째는
# 하루 약 **56**건). 튀는 값을 행동으로 읽기 전에 그 뒤의 규칙부터 찾으세요. 그 일수와 그 비율을
# 줄이는 것이 효율 레버입니다: 가입과 가치 사이에는 면허 확인과 첫 검색이 있습니다.
#
# 여러분의 트리에는 이 메뉴의 이름을 씁니다(조심하세요: 몇 개는 투입 지표 트리에 아예 들어갈 수
# 없습니다).
# %%
menu = sorted([*checks.MENU, *checks.TRAPS])
print("\n".join(menu))

# %% [markdown]
# ## Exercise 4 (medium): build Bomcar's input-metric tree
#
# Write the tree as a dict: each metric maps to the list of its inputs. The top is
# `"completed rides per month"`. Cover all four levers (breadth, depth, frequency,
# efficiency), and go at least one level deeper somewhere. Leave out anything that is not an
# input a team can move.
#
# <details><summary>Hint</summary>
#
# Start with `{"completed rides per month": [a breadth metric, a depth metric, a frequency
# metric, an efficiency metric]}`, then add a key for one of them with its own inputs, e.g.
# what makes up the monthly riders?
#
# </details>
# %% [markdown] lang="ko"
# ## 연습 4 (보통): 봄카의 투입 지표 트리 만들기
#
# 트리를 dict로 쓰세요: 지표마다 그 투입 지표의 리스트를 대응시킵니다. 꼭대기는
# `"completed rides per month"`입니다. 레버 네 개(너비, 깊이, 빈도, 효율)를 모두 담고, 어딘가에서
# 적어도 한 단계 더 내려가세요. 팀이 움직일 수 있는 투입 지표가 아닌 것은 빼세요. 이름은 메뉴에
# 있는 영어 이름을 따옴표 안에 그대로 씁니다.
#
# <details><summary>힌트</summary>
#
# `{"completed rides per month": [너비 지표, 깊이 지표, 빈도 지표, 효율 지표]}`로 시작한 다음,
# 그중 하나를 키로 더하고 그 아래 투입 지표를 적으세요. 예: 월간 라이더 수는 무엇으로
# 이루어질까요?
#
# </details>
# %% tags=["exercise"]
my_tree = ...
# for example:
# my_tree = {
#     "completed rides per month": ["...", "...", "...", "..."],
#     "...": ["...", "..."],
# }

# %% tags=["solution"]
my_tree = {
    "completed rides per month": [
        "monthly riders",  # breadth
        "car types tried per rider",  # depth
        "rides per rider",  # frequency
        "days from sign-up to first ride",  # efficiency: time to value
    ],
    "monthly riders": ["new riders", "returning riders"],
    "days from sign-up to first ride": [
        "days from sign-up to licence approved",
        "days from licence approved to first ride",
    ],
}

# %%
ex_tree = checks.input_tree()
ex_tree.check(my_tree)

# %% [markdown]
# Here is one good tree, drawn with `strategy.tree_figure` (you can draw yours the same way:
# `strategy.tree_figure(my_tree, title="...")`):
# %% [markdown] lang="ko"
# 좋은 트리 하나를 `strategy.tree_figure`로 그렸습니다(여러분의 트리도 같은 방법으로 그릴 수
# 있습니다: `strategy.tree_figure(my_tree, title="...")`):
# %%
strategy.tree_figure(
    checks.reference_tree(),
    title="Four levers roll up to completed rides",
    level_names=["North star", "Levers", "Inputs"],
)
plt.show()

# %% [markdown]
# Each box is a number a team can own and move in weeks: the growth team owns new riders,
# the onboarding team owns the days from sign-up to first ride. Revenue, sign-ups and downloads are not
# in it: the first is the lagging result, the others are vanity.
# %% [markdown] lang="ko"
# 상자 하나하나가 팀이 맡아서 몇 주 안에 움직일 수 있는 숫자입니다: 그로스 팀은 신규 라이더를,
# 온보딩 팀은 가입부터 첫 운행까지의 일수를 맡습니다. 매출, 가입, 다운로드는 들어 있지 않습니다:
# 매출은 후행 결과이고, 나머지는 허영 지표입니다.
# %% [markdown]
# ## The aha moment
#
# An **aha moment** is an early action that predicts who stays: the point where a new user
# "gets it". (A well-known social network found "7 friends in 10 days".) It gives onboarding
# a concrete goal, and it often sits right next to the north star.
#
# For each Bomcar user who signed up at least 90 days before the data ends, count the
# completed rides in their first 30 days (`early`), and whether they still opened the app on
# days 31-89 after signing up (`retained`):
# %% [markdown] lang="ko"
# ## 아하 모먼트
#
# **아하 모먼트**는 누가 남을지 예측하는 초기 행동입니다: 신규 사용자가 "이거구나" 하고 깨닫는
# 지점입니다. (잘 알려진 한 소셜 네트워크는 "10일 안에 친구 7명"을 찾았습니다.) 아하 모먼트는
# 온보딩에 구체적인 목표를 주고, 북극성 지표 바로 옆에 있는 경우가 많습니다.
#
# 데이터가 끝나기 최소 90일 전에 가입한 봄카 사용자마다, 가입 후 첫 30일 동안의 운행 완료
# 수(`early`)와, 가입 후 31-89일째에 여전히 앱을 열었는지(`retained`)를 셉니다:
# %%
log = events.merge(users[["user_id", "signup_at"]], on="user_id")
per_user = aha.early_actions(log, "return", start_col="signup_at", active_events=["app_open"])
per_user.head()

# %% tags=["deck-number"]
per_user.groupby(per_user["early"] >= 1)["retained"].mean()

# %% [markdown]
# Users with at least one ride in their first 30 days are retained **65%** of the time,
# against **40%** for those with none. Is one ride the aha moment, or is there a bar that
# separates stayers from leavers more sharply?
# %% [markdown] lang="ko"
# 첫 30일 안에 한 번 이상 탄 사용자는 **65%**가 남고, 한 번도 타지 않은 사용자는 **40%**가
# 남습니다. 한 번의 운행이 아하 모먼트일까요, 아니면 남는 사람과 떠나는 사람을 더 뚜렷이 가르는
# 기준이 있을까요?
# %% [markdown]
# ## Exercise 5 (stretch): find the aha threshold
#
# For bars of 1 to 5 early rides, compare the retention of users at or above the bar with
# those below it. Set `aha_rides` to the **lowest** bar that gets nearly all of the
# retention gap: a higher bar may look a bit better, but few new users reach it, so it makes
# a poor goal.
#
# <details><summary>Hint</summary>
#
# `aha.retention_by_threshold(per_user, "early", "retained")` returns one row per bar, with
# the `difference` in retention and the `share_at_least` (share of users who reach it).
#
# </details>
# %% [markdown] lang="ko"
# ## 연습 5 (심화): 아하 모먼트 기준 찾기
#
# 초기 운행 1회부터 5회까지의 기준마다, 기준 이상인 사용자와 미만인 사용자의 리텐션을
# 비교하세요. 리텐션 차이를 거의 다 얻는 **가장 낮은** 기준을 `aha_rides`에 넣으세요: 더 높은
# 기준이 조금 더 좋아 보일 수 있지만, 거기 닿는 신규 사용자가 적어서 좋은 목표가 되지 못합니다.
#
# <details><summary>힌트</summary>
#
# `aha.retention_by_threshold(per_user, "early", "retained")`는 기준마다 한 행을 돌려줍니다.
# 리텐션의 `difference`(차이)와 `share_at_least`(기준에 닿은 사용자 비율)가 들어 있습니다.
#
# </details>
# %% tags=["exercise"]
aha_rides = ...  # a whole number of completed rides in the first 30 days

# %% tags=["solution"]
by_bar = aha.retention_by_threshold(per_user, "early", "retained")
print(
    by_bar[["threshold", "retention_at_least", "retention_below", "difference", "share_at_least"]]
    .round(3)
    .to_string(index=False)
)
aha_rides = aha.aha_threshold(by_bar)  # lowest bar within 10% of the largest gap

# %%
ex_aha = checks.aha_moment()
ex_aha.check(aha_rides)

# %%
by_bar = aha.retention_by_threshold(per_user, "early", "retained")
fig = aha.aha_plot(
    by_bar, "Two rides in the first 30 days: most of these users stay", action="rides"
)
fig.axes[0].set_xlabel("Bar: completed rides in the first 30 days after sign-up")
plt.show()

# %% [markdown]
# Users with **2 or more** completed rides in their first 30 days are retained **84%** of
# the time, against **43%** for the rest: about twice as often. Only **18%** of new users
# get there, so "a second ride within 30 days" is a clear onboarding goal, and it is the
# north star itself at the level of one new user. This is a correlation, not yet proof: keen users both ride more and
# stay longer. An experiment (notebook 08) would show whether *pushing* a second ride helps.
# %% [markdown] lang="ko"
# 첫 30일 안에 운행을 **2회 이상** 완료한 사용자는 **84%**가 남고, 나머지는 **43%**입니다: 약
# 두 배입니다. 신규 사용자의 **18%**만 여기에 닿으므로, "30일 안에 두 번째 운행"은 분명한 온보딩
# 목표이고, 신규 사용자 한 명 수준에서 본 북극성 지표 그 자체입니다. 다만 이것은 상관관계일 뿐 아직
# 증거가 아닙니다: 열성적인 사용자는 더 많이 타기도 하고 더 오래 남기도 합니다. 두 번째 운행을
# *유도하는 것*이 도움이 되는지는 실험(08 노트북)이 보여 줄 것입니다.
# %% [markdown]
# ## DAU, WAU, MAU and stickiness
#
# **DAU / WAU / MAU** are the unique users active on a day, in a week, in a month.
# **Stickiness** divides them: DAU/MAU is the share of a month's users who show up on an
# average day.
# %% [markdown] lang="ko"
# ## DAU, WAU, MAU와 스티키니스
#
# **DAU / WAU / MAU**는 하루, 한 주, 한 달 동안 활동한 순 사용자 수입니다. **스티키니스**는 이
# 둘을 나눈 값입니다: DAU/MAU는 한 달 사용자 중 평균적인 하루에 나타나는 사람의 비율입니다.
# %%
mau = metrics.active_users(events, freq="M")
sticky = pd.DataFrame(
    {
        "DAU/MAU": metrics.stickiness(events, short="D"),
        "WAU/MAU": metrics.stickiness(events, short="W"),
    }
)
sticky.mean().round(3)

# %%
fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(months, sticky["WAU/MAU"], "o-", label="WAU/MAU")
ax.plot(months, sticky["DAU/MAU"], "s-", label="DAU/MAU")
ax.set_ylim(0, 0.6)
ax.yaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
d, w = sticky.mean()
style.takeaway(
    ax,
    f"About {d:.0%} of a month's users show up on a given day, {w:.0%} in a week",
    xlabel="Month",
    ylabel="Share of the month's active users",
)
ax.legend(loc="upper right")
plt.show()

# %% [markdown]
# A DAU/MAU of **11%** would alarm a messaging app, where people are meant to come every day.
# For car sharing it is healthy: nobody needs a car every day. A rider completes about
# **1.5** rides in a month in which they ride. The right level for an activity metric is
# the product's **intended use frequency**. For Bomcar that is monthly (with weekly for
# browsing), so *monthly riders* and *completed rides per month* fit, and a push to raise
# DAU (daily notifications, daily check-in coupons) would chase the wrong thing.
#
# "Active" also needs a definition. Counting any app open makes MAU look big; counting riders
# shows the value:
# %% [markdown] lang="ko"
# DAU/MAU **11%**는 사람들이 매일 오는 것이 당연한 메신저 앱이라면 경보 수준입니다. 카셰어링에는
# 건강한 수치입니다: 매일 차가 필요한 사람은 없습니다. 라이더는 탄 달에 평균 약 **1.5**회 운행을
# 완료합니다. 활동 지표의 알맞은 단위는 제품의 **의도된 사용 빈도**입니다. 봄카에게 그것은 월
# 단위이므로(탐색은 주 단위), *월간 라이더 수*와 *월간 운행 완료 수*가 맞습니다. DAU를 올리려는
# 시도(매일 보내는 알림, 매일 출석 쿠폰)는 엉뚱한 것을 좇는 셈입니다.
#
# "활성"에도 정의가 필요합니다. 앱을 한 번이라도 열면 센다면 MAU가 커 보이고, 라이더를 세면
# 가치가 보입니다:
# %%
share_riding = riders.iloc[-1] / mau.iloc[-1]
print(f"June 2025: {mau.iloc[-1]:,} active users, {riders.iloc[-1]:,} riders ({share_riding:.0%})")

# %% [markdown]
# Only **48%** of June's active users completed a ride. An "active users" north star would
# count the other 52% as a success.
# %% [markdown] lang="ko"
# 6월 활성 사용자 중 **48%**만 운행을 완료했습니다. "활성 사용자"를 북극성 지표로 삼으면 나머지
# 52%도 성공으로 세게 됩니다.
# %% [markdown]
# ## HEART: metrics for one feature
#
# A north star is for the whole company. To judge **one feature**, Google's **HEART**
# framework asks five questions. For Bomcar's new "cars free at the time you set" map
# (app 3.0, March 2025):
#
# | HEART | question | a Bomcar metric for the new map |
# |---|---|---|
# | **Happiness** | do users like it? | rating of the search screen in an in-app survey |
# | **Engagement** | do they use it, and how much? | time-set searches per active user per week |
# | **Adoption** | do new people start using it? | share of searching users who set a time first |
# | **Retention** | do they keep using it? | share of adopters still using it 4 weeks later |
# | **Task success** | does it get the job done? | share of time-first searches that end in a reservation; minutes to reserve |
#
# Pick the two or three that matter for the feature's goal. Task
# success is the one that ties back to the north star: a search that ends in a ride.
# %% [markdown] lang="ko"
# ## HEART: 기능 하나를 위한 지표
#
# 북극성 지표는 회사 전체를 위한 것입니다. **기능 하나**를 평가할 때는 구글의 **HEART**
# 프레임워크가 다섯 가지를 묻습니다. 봄카의 새 "설정한 시간에 비어 있는 차" 지도(앱 3.0, 2025년
# 3월)라면:
#
# | HEART | 질문 | 새 지도를 위한 봄카 지표 |
# |---|---|---|
# | **Happiness** | 사용자가 좋아하나? | 인앱 설문의 검색 화면 평점 |
# | **Engagement** | 쓰는가, 얼마나 쓰는가? | 활성 사용자 한 명당 주간 시간 설정 검색 수 |
# | **Adoption** | 새로 쓰기 시작하는 사람이 있나? | 검색하는 사용자 중 시간을 먼저 설정하는 비율 |
# | **Retention** | 계속 쓰는가? | 채택한 사용자 중 4주 뒤에도 쓰는 비율 |
# | **Task success** | 할 일을 해내는가? | 시간을 먼저 설정한 검색 중 예약으로 끝나는 비율; 예약까지 걸린 분 |
#
# 기능의 목표에 중요한 두세 개를 고르세요. 과업 성공(Task success)은 북극성 지표로 이어지는
# 지표입니다: 운행으로 끝나는 검색.
# %% [markdown]
# ## Why "long-term": the product life cycle
#
# This course looks for the **long-term** most important customer. Long-term means the
# **product life cycle (제품 수명 주기)**: a product passes through **introduction** (few
# users, finding what they value), **growth** (many new users, the north star climbing
# fast) and **maturity** (growth slows; keeping and deepening users matters most). A team
# has scarce people and months, so it cannot serve everyone. The important customer is the
# one whose progress moves the north star for years, through growth into maturity, not simply
# the biggest group today. A promotion's sign-ups are big for a month; a member who rides
# every month is the north star for years.
# %% [markdown] lang="ko"
# ## 왜 "장기적"인가: 제품 수명 주기
#
# 이 코스는 **장기적으로** 가장 중요한 고객을 찾습니다. 장기적이란 **제품 수명 주기**를 말합니다:
# 제품은 **도입기**(사용자가 적고, 사용자가 무엇을 가치 있게 여기는지 찾는 시기), **성장기**(신규
# 사용자가 많고 북극성 지표가 빠르게 오르는 시기), **성숙기**(성장이 느려지고, 사용자를 지키고 더
# 깊이 쓰게 하는 것이 가장 중요한 시기)를 거칩니다. 팀의 사람과 시간은 한정되어 있어서 모두를
# 만족시킬 수 없습니다. 중요한 고객은 단순히 오늘 가장 큰 그룹이 아니라, 성장기에서 성숙기까지
# 여러 해 동안 그 고객의 성장이 북극성 지표를 움직이는 고객입니다. 프로모션으로 들어온 가입자는
# 한 달 동안 크고, 매달 타는 회원은 여러 해 동안 북극성 지표 그 자체입니다.
# %% [markdown]
# ## So what
#
# - **Bomcar's north star is completed rides (returns) per month.** It meets every criterion,
#   and it leads revenue by a month because most revenue is invoiced later.
# - Report it with its input levers (riders, rides per rider, depth, days to a first ride),
#   so each team knows which number it moves.
# - Use the aha moment (a second ride within 30 days) as the onboarding goal.
#
# **The trap to avoid:** celebrating a metric that a promotion can inflate. In September 2024
# sign-ups more than tripled and the app was busier than ever, while fewer rides were completed. Ask of
# every metric: *if this goes up, did more customers get what they came for?*
# %% [markdown] lang="ko"
# ## 그래서 무엇을
#
# - **봄카의 북극성 지표는 월간 운행 완료(반납) 수입니다.** 모든 기준을 충족하고, 매출 대부분이
#   나중에 청구되기 때문에 매출보다 한 달 앞섭니다.
# - 북극성 지표는 투입 레버(라이더 수, 라이더당 운행 수, 깊이, 첫 운행까지의 일수)와 함께
#   보고해서, 팀마다 자기가 움직이는 숫자를 알게 하세요.
# - 아하 모먼트(30일 안에 두 번째 운행)를 온보딩 목표로 쓰세요.
#
# **피해야 할 함정:** 프로모션이 부풀릴 수 있는 지표를 축하하는 것. 2024년 9월 가입은 세 배 넘게
# 늘었고 앱은 그 어느 때보다 붐볐지만, 운행 완료는 줄었습니다. 모든 지표에 물어보세요: *이
# 숫자가 오르면, 원하던 것을 얻은 고객이 늘었나?*
# %% [markdown]
# ## Recap
#
# - Revenue is a lagging indicator; a north star is a leading one that counts customer value.
# - Score candidates against the criteria; check on data which metric moves first (lead-lag of
#   changes, not levels).
# - Vanity metrics (sign-ups, app opens, page views) rise without value; actionable ones don't.
# - Break the north star into breadth × depth × frequency × efficiency (time to value)
#   inputs; find the aha
#   moment; match DAU/WAU/MAU to how often the product is meant to be used; use HEART for
#   features.
#
# {{nav}}
# %% [markdown] lang="ko"
# ## 요약
#
# - 매출은 후행 지표입니다. 북극성 지표는 고객 가치를 세는 선행 지표입니다.
# - 후보를 기준으로 채점하고, 어느 지표가 먼저 움직이는지 데이터로 확인하세요(수준이 아니라
#   변화의 선행-후행 관계).
# - 허영 지표(가입, 앱 열기, 페이지 조회수)는 가치 없이도 오릅니다. 실행 가능한 지표는 그렇지
#   않습니다.
# - 북극성 지표를 너비 × 깊이 × 빈도 × 효율(가치 도달 시간) 투입 지표로 나누고, 아하 모먼트를
#   찾고, DAU/WAU/MAU는 제품의 의도된 사용 빈도에 맞추고, 기능에는 HEART를 쓰세요.
#
# {{nav}}
