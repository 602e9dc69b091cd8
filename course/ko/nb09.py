"""Korean for notebook 09 (KPIs, OKRs and NPS on Dalbit): its checkers' verdicts and hints,
the exercise-1 metric descriptions, and its figures."""

MESSAGES: dict[str, str] = {
    # ---- exercise titles ----
    "Ex 1 · vanity or actionable": "연습 1 · 허영 지표일까, 실행 가능한 지표일까",
    "Ex 2 · revenue CMGR": "연습 2 · 매출 CMGR",
    "Ex 3 · NPS of the starter plan": "연습 3 · 스타터 플랜의 NPS",
    "Ex 4 · write an OKR": "연습 4 · OKR 쓰기",
    "Ex 5 · CAC payback of paid search": "연습 5 · 검색 광고의 CAC 회수 기간",
    # ---- shared verdicts ----
    # ---- exercise 1: the metrics (checks.METRICS), why vanity, what kind of actionable ----
    "Views of the pricing page this month (all visitors)": (
        "이번 달 가격 페이지 조회 수(모든 방문자)"
    ),
    "Downloads of the Dalbit mobile app, all time": "달빛 모바일 앱의 누적 다운로드 수",
    "Followers of Dalbit's LinkedIn page": "달빛 LinkedIn 페이지의 팔로워 수",
    "Accounts that ever signed up, all time": "지금까지 가입한 적이 있는 누적 고객사 수",
    "Share of new accounts that connect a chat channel in their first week": (
        "첫 주에 채팅 채널을 연결한 신규 고객사의 비율"
    ),
    "Renewal rate of the accounts whose term ended this month": (
        "이번 달 계약 기간이 끝난 고객사의 갱신율"
    ),
    "Share of paid seats that were used this week": "이번 주에 실제로 쓰인 유료 시트의 비율",
    "Net new MRR this month: new accounts' MRR + expansion MRR (existing accounts adding "
    "seats or upgrading) - churned MRR": (
        "이번 달 순증 MRR: 신규 고객사의 MRR + 확장 MRR(기존 고객사의 시트 추가나 플랜 "
        "업그레이드) - 이탈한 MRR"
    ),
    "CAC payback in months, by acquisition channel": "획득 채널별 CAC 회수 기간(개월)",
    "pricing-page views are a raw count: they jump with any traffic spike and say nothing "
    "about whether anyone bought (as the denominator of a views -> trial rate they "
    "become useful)": (
        "가격 페이지 조회 수는 날것의 횟수라서 트래픽이 튀기만 해도 뛰고, 누가 샀는지는 아무것도 "
        "말해 주지 않습니다(조회 -> 체험 전환율의 분모로 쓸 때 쓸모가 생깁니다)"
    ),
    "all-time downloads can only go up, so they never tell you a month went badly": (
        "누적 다운로드는 오르기만 하므로 어느 달이 나빴는지 절대 알려 주지 않습니다"
    ),
    "followers say how many could hear you, not whether anyone acts or pays": (
        "팔로워 수는 몇 명이 우리 말을 들을 수 있는지 말할 뿐, 누가 행동하거나 돈을 내는지는 "
        "말해 주지 않습니다"
    ),
    "an all-time total only goes up; churned accounts still count in it": (
        "누적 합계는 오르기만 하고, 이탈한 고객사도 여전히 그 안에 세어집니다"
    ),
    "a share of new accounts reaching a first step of value": (
        "가치의 첫 단계에 도달한 신규 고객사의 비율"
    ),
    "a rate of the customers whose decision came up this month": (
        "이번 달에 결정 시점이 온 고객의 비율"
    ),
    "a share of what customers pay for that they actually use": (
        "고객이 돈을 낸 것 중 실제로 쓰는 몫"
    ),
    "a change in money over one month": "한 달 동안의 금액 변화",
    "a cost-versus-return number, split by where customers come from": (
        "고객이 어디서 왔는지로 나눈, 비용 대비 회수를 나타내는 숫자"
    ),
    # ---- exercise 1 ----
    "Give a list of metric names in quotes, e.g. ['renewal_rate', '...'].": (
        "지표 이름을 따옴표로 감싼 리스트로 답하세요. 예: ['renewal_rate', '...']."
    ),
    "{name!r} is not one of the metric names; copy them from METRICS.": (
        "{name!r}는 지표 이름이 아닙니다. METRICS에서 이름을 복사해 쓰세요."
    ),
    "{n} of your picks is a vanity metric. For example, {reason}.": (
        "고른 것 중 {n}개가 허영 지표입니다. 예를 들어 {reason}."
    ),
    "{n} of your picks are vanity metrics. For example, {reason}.": (
        "고른 것 중 {n}개가 허영 지표입니다. 예를 들어 {reason}."
    ),
    "You left out {n} actionable metric(s). Look again for {kinds}: "
    "a rate or a change over a period that a team can move.": (
        "실행 가능한 지표 {n}개를 빠뜨렸습니다. 다음을 다시 찾아보세요: {kinds}. 팀이 움직일 수 "
        "있는, 기간 동안의 비율이나 변화입니다."
    ),
    "Ask of each metric: if it went down next month, would anyone know what to do?": (
        "지표마다 물어보세요. 다음 달 이 값이 떨어지면 누군가 무엇을 해야 할지 알까요?"
    ),
    "Totals 'of all time' can only grow; raw counts of views or followers do not "
    "say whether anyone paid. Rates and changes per period can be acted on.": (
        "'전체 기간' 누적값은 커지기만 하고, 조회 수나 팔로워 수 같은 날것의 횟수는 누가 돈을 "
        "냈는지 말해 주지 않습니다. 기간별 비율과 변화는 행동으로 이어질 수 있습니다."
    ),
    "Five of the nine are actionable: the two shares, the renewal rate, net new MRR "
    "and the payback by channel.": (
        "아홉 개 중 다섯 개가 실행 가능한 지표입니다. 비율 두 개, 갱신율, 순증 MRR, 채널별 회수 "
        "기간입니다."
    ),
    "Actionable metrics are rates or changes over a period, tied to a decision. The "
    "four others are vanity metrics: nice to report, useless to steer by.": (
        "실행 가능한 지표는 기간 동안의 비율이나 변화이고, 의사결정과 연결됩니다. 나머지 네 개는 "
        "허영 지표입니다. 보고하기에는 좋지만 방향을 잡는 데는 쓸모가 없습니다."
    ),
    # ---- exercise 2 ----
    "Give one number, a share such as 0.04 for 4% a month, not a {kind}.": (
        "{kind}가 아니라 숫자 하나를 비율로 답하세요. 예: 한 달에 4%면 0.04."
    ),
    "That is the CMGR of MRR alone ({mrr_only:.4f}). The question is total "
    "revenue: add the add-on revenue to the MRR before growing it.": (
        "MRR만의 CMGR입니다({mrr_only:.4f}). 질문은 총매출입니다. 성장률을 구하기 전에 MRR에 "
        "애드온 매출을 더하세요."
    ),
    "rev = (months['mrr_krw'] + months['addon_revenue_krw'])"
    ".groupby(months['month']).sum(); kpi.cmgr(rev)": (
        "이렇게 구합니다: rev = (months['mrr_krw'] + months['addon_revenue_krw'])"
        ".groupby(months['month']).sum(); kpi.cmgr(rev)"
    ),
    "That looks like a percentage; give it as a share (0.05, not 5).": (
        "퍼센트로 보입니다. 비율로 답하세요(5가 아니라 0.05)."
    ),
    "You took the {months}th root, one per month. Between the first and the "
    "last of {months} months there are only {steps} steps of growth.": (
        "달마다 하나씩 세어 {months}제곱근을 구했습니다. {months}개월의 첫 달과 마지막 달 사이에는 "
        "성장 단계가 {steps}번뿐입니다."
    ),
    "(last / first) ** (1 / {steps}) - 1, or kpi.cmgr(rev) which counts the steps for you.": (
        "(last / first) ** (1 / {steps}) - 1로 구하거나, 단계 수를 대신 세어 주는 "
        "kpi.cmgr(rev)를 쓰세요."
    ),
    "That is the growth over the whole period (last / first - 1). CMGR is the "
    "constant *monthly* rate that compounds to it.": (
        "전체 기간의 성장률입니다(last / first - 1). CMGR은 복리로 그 값에 이르는 일정한 *월* "
        "성장률입니다."
    ),
    "Take the {steps}th root: (last / first) ** (1 / {steps}) - 1, or kpi.cmgr(rev).": (
        "{steps}제곱근을 구하세요: (last / first) ** (1 / {steps}) - 1, 또는 kpi.cmgr(rev)."
    ),
    "That is the best single month. CMGR smooths over all months, good and bad.": (
        "가장 좋았던 한 달의 값입니다. CMGR은 좋은 달과 나쁜 달을 모두 고르게 반영합니다."
    ),
    "kpi.cmgr(rev) uses only the first and the last month.": (
        "kpi.cmgr(rev)는 첫 달과 마지막 달만 씁니다."
    ),
    "CMGR = (last month / first month) ** (1 / number of months between them) - 1.": (
        "CMGR = (마지막 달 / 첫 달) ** (1 / 두 달 사이의 개월 수) - 1입니다."
    ),
    "Build the monthly revenue with (months['mrr_krw'] + months['addon_revenue_krw'])"
    ".groupby(months['month']).sum(), then pass it to kpi.cmgr().": (
        "(months['mrr_krw'] + months['addon_revenue_krw']).groupby(months['month']).sum()"
        "으로 월 매출을 만든 뒤 kpi.cmgr()에 넘기세요."
    ),
    "July 2023 to June 2025 is {steps} months apart, not {months}.": (
        "2023년 칠월부터 2025년 유월까지는 {months}개월이 아니라 {steps}개월 떨어져 있습니다."
    ),
    "{right:.1%} a month: revenue grew {times:.1f}x in {steps} months. Add-ons are "
    "small: MRR alone grew at {mrr_only:.2%} a month, total revenue at {right:.2%}.": (
        "한 달에 {right:.1%}입니다. 매출은 {steps}개월 동안 {times:.1f}배가 되었습니다. 애드온은 "
        "작습니다. MRR만으로는 한 달에 {mrr_only:.2%}, 총매출은 {right:.2%} 성장했습니다."
    ),
    # ---- exercise 3 ----
    "with_plan = responses.assign(month=answered).merge(months[['account_id', 'month', "
    "'plan']], on=['account_id', 'month'], how='left') - both keys, so each response "
    "gets the plan of the month it was given.": (
        "with_plan = responses.assign(month=answered).merge(months[['account_id', 'month', "
        "'plan']], on=['account_id', 'month'], how='left') - 두 키를 모두 써야 응답마다 응답한 "
        "달의 플랜이 붙습니다."
    ),
    "Give one number from -100 to 100, not a {kind}.": (
        "{kind}가 아니라 -100에서 100 사이의 숫자 하나로 답하세요."
    ),
    "NPS is written from -100 to 100, not as a share: multiply by 100.": (
        "NPS는 비율이 아니라 -100에서 100 사이로 씁니다. 100을 곱하세요."
    ),
    "Right size, wrong sign: NPS is % promoters minus % detractors.": (
        "크기는 맞지만 부호가 반대입니다. NPS는 추천 고객 % 빼기 비추천 고객 %입니다."
    ),
    "That is the NPS of all responses. Keep the starter plan only.": (
        "전체 응답의 NPS입니다. 스타터 플랜만 남기세요."
    ),
    "Close, but you used each account's *latest* plan. Plans change at "
    "renewal: join the plan of the month the account answered (account_id "
    "and month).": (
        "거의 다 왔지만, 고객사마다 *가장 최근* 플랜을 썼습니다. 플랜은 갱신 때 바뀝니다. "
        "고객사가 응답한 달의 플랜을 조인하세요(account_id와 month)."
    ),
    "Close, but you used each account's *first* plan. Plans change at "
    "renewal: join the plan of the month the account answered (account_id "
    "and month).": (
        "거의 다 왔지만, 고객사마다 *처음* 플랜을 썼습니다. 플랜은 갱신 때 바뀝니다. 고객사가 "
        "응답한 달의 플랜을 조인하세요(account_id와 month)."
    ),
    "You joined on account_id only: each response was repeated once per month "
    "of its account (check len() before and after the merge - it grew). Join "
    "on account_id *and* month.": (
        "account_id만으로 조인했습니다. 응답마다 그 고객사의 월 수만큼 반복되었습니다(merge 전후의 "
        "len()을 확인해 보세요. 늘어났습니다). account_id*와* month로 조인하세요."
    ),
    "That is one share only. NPS = % promoters (9-10) - % detractors (0-6).": (
        "비율 하나만 구했습니다. NPS = 추천 고객 %(9-10점) - 비추천 고객 %(0-6점)입니다."
    ),
    "Step 1, the month each response was given, as a column like the months "
    "table's: answered = responses['responded_at'].dt.to_period('M').dt.to_timestamp()": (
        "1단계, 응답마다 응답한 달을 months 표의 열과 같은 형태로 구합니다: "
        "answered = responses['responded_at'].dt.to_period('M').dt.to_timestamp()"
    ),
    "Step 2, attach each account's plan in that month (match on both columns): "
    "with_plan = responses.assign(month=answered).merge(months[['account_id', "
    "'month', 'plan']], on=['account_id', 'month'], how='left')": (
        "2단계, 그달에 고객사가 쓰던 플랜을 붙입니다(두 열 모두로 맞춥니다): "
        "with_plan = responses.assign(month=answered).merge(months[['account_id', "
        "'month', 'plan']], on=['account_id', 'month'], how='left')"
    ),
    "Step 3, keep the starter rows and score them: "
    "kpi.nps(with_plan[with_plan['plan'] == 'starter'])": (
        "3단계, 스타터 행만 남기고 점수를 계산합니다: "
        "kpi.nps(with_plan[with_plan['plan'] == 'starter'])"
    ),
    "{right:+.1f}: more starter accounts are detractors than promoters, while the "
    "overall NPS is {overall:+.1f}. One company-wide number hides the segment at risk.": (
        "{right:+.1f}입니다. 스타터 고객사는 비추천 고객이 추천 고객보다 많은데, 전체 NPS는 "
        "{overall:+.1f}입니다. 회사 전체 숫자 하나가 위험한 세그먼트를 가립니다."
    ),
    # ---- exercise 4 ----
    "Write the OKR as a dict: {example}.": "OKR을 dict로 쓰세요: {example}.",
    "{n} problems:\n{listed}": "문제 {n}개:\n{listed}",
    "First, {where}: {hint} okr.report(my_okr, trend={{'renewal': trend_pct}}) "
    "shows every problem with its hint.": (
        "먼저 {where}: {hint} okr.report(my_okr, trend={{'renewal': trend_pct}})는 모든 문제를 "
        "힌트와 함께 보여 줍니다(핵심 결과를 한국어로 썼다면 trend={{'갱신': trend_pct}})."
    ),
    "Write at least {n} key results: one number rarely proves an objective (and a "
    "single one invites gaming it).": (
        "핵심 결과를 {n}개 이상 쓰세요. 숫자 하나로는 목표를 증명하기 어렵고, 하나뿐이면 그 숫자를 "
        "꼼수로 맞추고 싶어집니다."
    ),
    "Objective: a sentence about what will change for which customers, no number "
    "('Improve X' names no change). Key results: outcomes with a number. "
    "Initiatives: the work.": (
        "목표: 어떤 고객에게 무엇이 바뀌는지를 말하는 문장이고, 숫자는 없습니다('X 개선'은 "
        "변화를 말하지 않습니다). 핵심 결과: 숫자가 있는 성과입니다. 이니셔티브: 할 일입니다."
    ),
    "A key result starts with an outcome verb (raise, cut, lift) and names a metric "
    "with a baseline and a target: 'Raise <metric> from X% to Y%' (in Korean it "
    "ends with one: '...을 X%에서 Y%로 높인다'), a real lift of at least {points:g} "
    "points or {share:.0%} of X. 'Improve X by 50%' has neither; 'calls made' counts "
    "work. A level you only keep ('above 65%') is a health metric: put it in "
    "my_okr['health_metrics'].": (
        "핵심 결과는 지표 이름과 기준값, 목표값을 쓰고 성과 동사로 맺습니다: '<지표>를 X%에서 "
        "Y%로 높인다'(영어라면 'Raise <metric> from X% to Y%'처럼 동사로 시작합니다). 적어도 "
        "{points:g}포인트 또는 X의 {share:.0%}만큼 실제로 움직여야 합니다. '온보딩을 50% "
        "개선한다'에는 둘 다 없고, '통화 횟수'는 작업량을 셉니다. 지키기만 하는 수준('65% 이상')은 "
        "건강 지표입니다. my_okr['health_metrics']에 넣으세요."
    ),
    "Verbs like launch, hire, build and run (출시, 채용, 구축, 진행) belong in the "
    "initiatives list.": (
        "출시, 채용, 구축, 진행(launch, hire, build, run) 같은 동사는 이니셔티브 목록에 들어갑니다."
    ),
    "Stretch: the starter renewal trend reaches {trend:.1f}% next quarter by "
    "itself, so a renewal target must be clearly past it: at least {margin:g} "
    "points more ({aim:.1f}% or more); and the objective is a change, not 'keep' "
    "or 'maintain'.": (
        "도전: 스타터 갱신율은 추세만으로도 다음 분기 {trend:.1f}%에 이르므로, 갱신 목표값은 "
        "그보다 분명히 높아야 합니다. 적어도 {margin:g}포인트 더({aim:.1f}% 이상)입니다. 그리고 "
        "목표는 '유지'가 아니라 변화여야 합니다."
    ),
    "The OKR has an objective in words, measurable outcomes, and plans. Now ask a "
    "colleague: if every initiative ships and no key result moves, what did we learn?": (
        "OKR에 말로 된 목표, 측정 가능한 성과, 계획이 모두 있습니다. 이제 동료에게 물어보세요. "
        "이니셔티브를 모두 해냈는데 핵심 결과가 하나도 움직이지 않는다면, 우리는 무엇을 배운 "
        "걸까요?"
    ),
    # ---- exercise 5 ----
    "Give one number of months, e.g. 9.5, not a {kind}.": (
        "{kind}가 아니라 개월 수를 숫자 하나로 답하세요. 예: 9.5."
    ),
    "You left out the gross margin. MRR is not profit: only about {own:.0%} of "
    "paid search's MRR is left after the cost to serve. Pass the channels' own "
    "margins as gross_margin=.": (
        "매출 총이익률을 빠뜨렸습니다. MRR은 이익이 아닙니다. 검색 광고 MRR 중 서비스 제공 비용을 "
        "빼고 남는 것은 약 {own:.0%}뿐입니다. 채널마다 자기 이익률을 gross_margin=으로 넘기세요."
    ),
    "That uses Dalbit's average margin ({margin:.1%}) for every channel. Paid "
    "search earns its own {own:.1%}: pass each channel's margin "
    "(kpi.gross_margin(..., by='acquisition_channel')) as gross_margin=.": (
        "모든 채널에 달빛의 평균 이익률({margin:.1%})을 썼습니다. 검색 광고의 이익률은 "
        "{own:.1%}입니다. 채널마다 자기 이익률(kpi.gross_margin(..., by='acquisition_channel'))을 "
        "gross_margin=으로 넘기세요."
    ),
    "That is all channels together. Use by='acquisition_channel'.": (
        "모든 채널을 합친 값입니다. by='acquisition_channel'을 쓰세요."
    ),
    "That is the {channel} channel; the question is about {asked}.": (
        "{channel} 채널의 값입니다. 질문은 {asked} 채널에 대한 것입니다."
    ),
    "That looks like years; give months.": "연 단위로 보입니다. 개월 수로 답하세요.",
    "{value:g} months is too many.": "{value:g}개월은 너무 깁니다.",
    "{value:g} months is too few.": "{value:g}개월은 너무 짧습니다.",
    "One row per new account: months[months['status'] == 'new'] merged with the "
    "accounts table (for CAC and channel).": (
        "신규 고객사마다 한 행: months[months['status'] == 'new']에 고객사 표를 merge합니다"
        "(CAC와 채널을 얻기 위해)."
    ),
    "Each channel's margin: kpi.gross_margin(months merged with the accounts' "
    "acquisition_channel, by='acquisition_channel').": (
        "채널별 이익률: kpi.gross_margin(고객사의 acquisition_channel을 merge한 months, "
        "by='acquisition_channel')."
    ),
    "kpi.cac_payback_months(new, gross_margin=<that Series>, by='acquisition_channel').": (
        "다음처럼 호출합니다: kpi.cac_payback_months(new, gross_margin=<그 Series>, "
        "by='acquisition_channel')."
    ),
    "Read the '{channel}' row of the result.": "결과에서 '{channel}' 행을 읽으세요.",
    "{right:.1f} months. Referral pays back in {referral:.1f}: before doubling paid "
    "search, ask what it would take to get more referrals.": (
        "{right:.1f}개월입니다. 소개(referral)는 {referral:.1f}개월이면 회수됩니다. 검색 광고를 "
        "두 배로 늘리기 전에, 소개를 더 받으려면 무엇이 필요한지 물어보세요."
    ),
    # ---- figures ----
    "month over month": "전월 대비",
    "Monthly growth is bumpy; the CMGR is the steady rate behind it": (
        "월 성장률은 들쭉날쭉하고, CMGR은 그 뒤의 일정한 성장률입니다"
    ),
    "Month": "월",
    "MRR growth vs previous month (%)": "전월 대비 MRR 성장률(%)",
    "bookings (contract value signed)": "계약액(체결한 계약 가치)",
    "Bookings jump with big contracts and renewals; MRR climbs steadily": (
        "계약액은 큰 계약과 갱신이 있을 때 뛰고, MRR은 꾸준히 오릅니다"
    ),
    "Million KRW per month": "월 금액(백만 KRW)",
    "detractors": "비추천 고객",
    "passives": "중립 고객",
    "promoters": "추천 고객",
    "detractor": "비추천 고객",
    "passive": "중립 고객",
    "promoter": "추천 고객",
    "Starter accounts are net detractors; enterprise ones are fans": (
        "스타터 고객사는 비추천 고객이 더 많고, 엔터프라이즈 고객사는 팬입니다"
    ),
    "Share of responses (%)": "응답 비율(%)",
    "Plan when answering": "응답 당시 플랜",
    "NPS by {segment}: lowest is {lowest} ({value})": (
        "{segment}별 NPS: 가장 낮은 그룹은 {lowest}({value})"
    ),
    "NPS (-100 to +100)": "NPS(-100에서 +100까지)",
    "Detractors renew far less often: a low score is a renewal at risk": (
        "비추천 고객은 갱신이 훨씬 적습니다. 낮은 점수는 위험한 갱신입니다"
    ),
    "NPS answer before the renewal": "갱신 전 NPS 응답",
    "Renewed at the next term end (%)": "다음 계약 만료 때 갱신한 비율(%)",
    "average over cohorts": "코호트 평균",
    "average CAC ({cac}M KRW)": "평균 CAC({cac}M KRW)",
    "After a year, the average new account has not yet earned back its CAC": (
        "1년이 지나도 평균 신규 고객사는 아직 CAC를 회수하지 못합니다"
    ),
    "Months since the account started": "고객사 시작 후 개월 수",
    "Cumulative gross margin per account (M KRW)": "고객사당 누적 매출 총이익(M KRW)",
    "one contract term (12 months)": "계약 기간 1회(12개월)",
    "Three channels pay back within a year; two do not": (
        "세 채널은 1년 안에 회수되고, 두 채널은 그렇지 않습니다"
    ),
    "CAC payback (months of gross margin)": "CAC 회수 기간(매출 총이익 기준 개월 수)",
    "Acquisition channel": "획득 채널",
}
