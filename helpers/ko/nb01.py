"""Korean for notebook 01 (north star): its checkers' messages, the figure texts of its
cells, and the figure texts of ``helpers.leadlag`` and ``helpers.aha`` it shows."""

MESSAGES: dict[str, str] = {
    # ---- Exercise 1: the scoring table ----------------------------------------------------
    "Exercise 1: score the candidates": "연습 1: 후보 지표 채점",
    "signing up is not success, nobody has ridden yet": (
        "가입은 성공이 아닙니다. 아직 아무도 타지 않았습니다"
    ),
    "Opening the app is not success: many opens end without a car": (
        "앱을 여는 것은 성공이 아닙니다: 많은 방문이 차 없이 끝납니다"
    ),
    "not yet success, {cancelled:.0%} of reservations are cancelled; success is the finished "
    "ride": ("아직 성공이 아닙니다. 예약의 {cancelled:.0%}가 취소됩니다. 성공은 끝난 운행입니다"),
    "when a car is returned, the customer has had the ride they came for": (
        "차를 반납했다면 고객은 원하던 운행을 마친 것입니다"
    ),
    "a sign-up gives no value yet, {never:.0%} of users never ride": (
        "가입만으로는 아직 가치가 없습니다. 사용자의 {never:.0%}는 한 번도 타지 않습니다"
    ),
    "every completed ride is a customer who got the value Bomcar sells": (
        "운행 완료 한 건은 봄카가 파는 가치를 받은 고객 한 명입니다"
    ),
    "no money comes at sign-up: money comes only at the return": (
        "가입할 때는 돈이 들어오지 않습니다: 돈은 반납할 때만 들어옵니다"
    ),
    "no money comes when the app opens: money comes only at the return": (
        "앱을 열 때는 돈이 들어오지 않습니다: 돈은 반납할 때만 들어옵니다"
    ),
    "{cancelled:.0%} of reservations are cancelled, and the money comes only at the return": (
        "예약의 {cancelled:.0%}가 취소되고, 돈은 반납할 때만 들어옵니다"
    ),
    "more completed rides is more business: returns reflect growth": (
        "운행 완료가 늘면 사업이 커집니다: 반납은 성장을 반영합니다"
    ),
    "Fill in the table from the exercise cell (a DataFrame of 0s and 1s).": (
        "연습 셀의 표(0과 1로 된 DataFrame)를 채우세요."
    ),
    "The table needs one column per candidate; missing: {missing}.": (
        "표에는 후보마다 열이 하나씩 있어야 합니다. 빠진 열: {missing}."
    ),
    "Keep the rows as given: one row per criterion, in the same order.": (
        "행은 주어진 그대로 두세요: 기준마다 한 행, 같은 순서로."
    ),
    "{n} cell(s) still hold ...: put 1 (meets it) or 0 (does not) in each.": (
        "아직 ...가 남은 칸이 {n}개 있습니다: 칸마다 1(충족) 또는 0(미충족)을 넣으세요."
    ),
    "Use only 1 (meets the criterion) or 0 (does not) in the table.": (
        "표에는 1(기준 충족)과 0(미충족)만 쓰세요."
    ),
    "{metric} / measurable -> 1: it is counted in the data every month, so it is measurable too": (
        "{metric} / measurable -> 1: 매달 데이터로 세어지므로 측정 가능합니다"
    ),
    "1 cell to change (metric / criterion -> right value):": (
        "바꿀 칸 1개(지표 / 기준 -> 맞는 값):"
    ),
    "{n} cells to change (metric / criterion -> right value):": (
        "바꿀 칸 {n}개(지표 / 기준 -> 맞는 값):"
    ),
    "Change just these cells; the others are right or open to debate.": (
        "이 칸들만 바꾸세요. 나머지는 맞거나 논의의 여지가 있습니다."
    ),
    "'{rival}' scores {top} and 'return' {score}: check the criteria '{rival}' misses (is it "
    "quick to judge? controllable? the customer's success?).": (
        "'{rival}'이(가) {top}점, 'return'이 {score}점입니다: '{rival}'이(가) 놓치는 기준을 "
        "확인하세요(빨리 판단할 수 있나요? 통제할 수 있나요? 고객의 성공인가요?)."
    ),
    "For each cell ask: does THIS metric meet THIS criterion for Bomcar's customer?": (
        "칸마다 물어보세요: 봄카 고객에게 '이' 지표가 '이' 기준을 충족하나요?"
    ),
    "The customer's moment of success is finishing a ride, not signing up or reserving.": (
        "고객의 성공 순간은 가입이나 예약이 아니라 운행을 마치는 것입니다."
    ),
    "Returns meet all six; sign-ups, app opens and reservations miss 'moment of success' and "
    "'reflects growth' (money comes only at the return).": (
        "반납은 6개 기준을 모두 충족합니다. 가입, 앱 열기, 예약은 'moment of success'와 "
        "'reflects growth'를 충족하지 못합니다(돈은 반납할 때만 들어옵니다)."
    ),
    "Completed rides (returns) meet every criterion: the best north-star candidate.": (
        "운행 완료(반납)는 모든 기준을 충족합니다: 가장 좋은 북극성 지표 후보입니다."
    ),
    # ---- Exercise 2: the leading metric -------------------------------------------------
    "Exercise 2: the leading metric": "연습 2: 선행 지표",
    "a reservation can still be cancelled": "예약은 아직 취소될 수 있습니다",
    "opening the app is not riding, and a promotion inflates it": (
        "앱을 여는 것은 타는 것이 아니고, 프로모션으로 부풀려집니다"
    ),
    "a sign-up is not a ride": "가입은 운행이 아닙니다",
    "best lag {lag}; correlation at lag 1: {corr}": (
        "가장 잘 맞는 시차 {lag}, 시차 1의 상관계수 {corr}"
    ),
    "Answer with a metric name in quotes, e.g. 'app_open'.": (
        "지표 이름을 따옴표 안에 쓰세요. 예: 'app_open'."
    ),
    "Revenue is what we compare against. Which *other* metric moves first?": (
        "매출은 비교 대상입니다. 매출보다 먼저 움직이는 *다른* 지표는 무엇인가요?"
    ),
    "{answer} is not a candidate: pick one of {names}.": (
        "{answer}은(는) 후보가 아닙니다: {names} 중에서 고르세요."
    ),
    "{name} moves in the same month as revenue ({why}): no early warning.": (
        "{name}은(는) 매출과 같은 달에 움직입니다({why}): 미리 알려 주지 못합니다."
    ),
    "{name} does not lead revenue: {why}.": "{name}은(는) 매출에 앞서지 않습니다: {why}.",
    "Run leadlag.lead_lag(monthly, name, 'revenue') for each candidate and look at the row "
    "with lag 1.": (
        "후보마다 leadlag.lead_lag(monthly, name, 'revenue')를 실행하고 lag가 1인 행을 보세요."
    ),
    "A leader has its best lag above 0. {n} candidates lead; any of them is a right answer.": (
        "선행 지표는 가장 잘 맞는 시차가 0보다 큽니다. 후보 {n}개가 앞서며, 그중 어느 것이든 "
        "정답입니다."
    ),
    "{n} candidates lead revenue by one month (correlation at lag 1: {shown}). With 17 "
    "monthly changes that is a tie, not a ranking. The criteria pick the north star among "
    "them: only a return is the customer's success ({not_return}).": (
        "후보 {n}개가 매출보다 한 달 앞섭니다(시차 1의 상관계수: {shown}). 월간 변화 17개로는 "
        "순위가 아니라 동점입니다. 그중 북극성 지표는 기준이 고릅니다: 고객의 성공은 반납뿐입니다"
        "({not_return})."
    ),
    # ---- Exercise 3: vanity metrics -----------------------------------------------------
    "Exercise 3: vanity metrics": "연습 3: 허영 지표",
    "metrics": "지표",
    "Give a list of metric names, e.g. ['app_open'].": (
        "지표 이름의 리스트로 답하세요. 예: ['app_open']."
    ),
    "Give a list of metric names in quotes, e.g. ['app_open'].": (
        "따옴표 안에 쓴 지표 이름의 리스트로 답하세요. 예: ['app_open']."
    ),
    "Not a candidate: {unknown}. Use {names}.": "후보가 아닙니다: {unknown}. {names} 중에서 쓰세요.",
    "Leave revenue out here: compare the four behaviour metrics.": (
        "여기서는 매출을 빼세요: 행동 지표 4개를 비교합니다."
    ),
    "{metric} changed by {change:+.0%} in the promotion month: it did not jump.": (
        "{metric}은(는) 프로모션 달에 {change:+.0%} 변했습니다: 급증하지 않았습니다."
    ),
    "One more rose by more than {threshold:.0%}: {metric} changed by {change:+.0%}.": (
        "{threshold:.0%}보다 많이 오른 지표가 하나 더 있습니다: {metric}은(는) {change:+.0%} "
        "변했습니다."
    ),
    "Find the promotion month in `calendar`, then compare each metric with the month before: "
    "monthly[...].pct_change().": (
        "`calendar`에서 프로모션 달을 찾고, 지표마다 전달과 비교하세요: monthly[...].pct_change()."
    ),
    "monthly[['signups', 'app_open', 'reservation', 'return']].pct_change().loc[promo] gives "
    "each metric's change; keep those above {threshold:.2f}.": (
        "monthly[['signups', 'app_open', 'reservation', 'return']].pct_change().loc[promo]가 "
        "지표별 변화입니다. {threshold:.2f}보다 큰 것만 남기세요."
    ),
    "In the promotion month: {shown}. The promotion moved the vanity metrics only.": (
        "프로모션 달: {shown}. 프로모션은 허영 지표만 움직였습니다."
    ),
    # ---- Exercise 4: the input-metric tree ----------------------------------------------
    "Exercise 4: input-metric tree": "연습 4: 투입 지표 트리",
    "revenue is the lagging result of rides, not an input a team can move this week": (
        "매출은 운행의 후행 결과이지, 팀이 이번 주에 움직일 수 있는 투입 지표가 아닙니다"
    ),
    "sign-ups tripled in the promotion month while rides did not move: a vanity metric": (
        "프로모션 달에 가입은 3배가 됐지만 운행은 움직이지 않았습니다: 허영 지표입니다"
    ),
    "app downloads can climb while nobody rides: a vanity metric": (
        "아무도 타지 않아도 앱 다운로드는 오를 수 있습니다: 허영 지표입니다"
    ),
    "page views count activity, not value: a vanity metric": (
        "페이지 조회수는 가치가 아니라 활동을 셉니다: 허영 지표입니다"
    ),
    "breadth": "너비",
    "depth": "깊이",
    "frequency": "빈도",
    "efficiency": "효율",
    "how many customers ride": "얼마나 많은 고객이 타는가",
    "how much of the service each rider uses": "라이더 한 명이 서비스를 얼마나 다양하게 쓰는가",
    "how often each rider rides": "라이더 한 명이 얼마나 자주 타는가",
    "how quickly a new customer gets to the core value, a first completed ride": (
        "신규 고객이 핵심 가치, 즉 첫 운행 완료에 얼마나 빨리 닿는가"
    ),
    "A tree is a dict: {tree}.": "트리는 dict입니다: {tree}.",
    "A tree has exactly one top (the north star); found {count}: {tops}.": (
        "트리의 꼭대기(북극성 지표)는 정확히 하나여야 합니다. 찾은 꼭대기 {count}개: {tops}."
    ),
    "The top of the tree should be {want}, not {got}.": (
        "트리의 꼭대기는 {got}이(가) 아니라 {want}여야 합니다."
    ),
    "Every metric name is text in quotes.": "지표 이름은 모두 따옴표 안의 텍스트입니다.",
    "The inputs of {parent} must be a list, e.g. {parent}: ['a', 'b'].": (
        "{parent}의 투입 지표는 리스트여야 합니다. 예: {parent}: ['a', 'b']."
    ),
    "Start from {start}: the top key is the north star, each value a list of the names of "
    "its inputs.": (
        "{start}에서 시작하세요: 맨 위 키가 북극성 지표이고, 각 값은 그 투입 지표 이름의 "
        "리스트입니다."
    ),
    "Take out {node}: {why}.": "{node}을(를) 빼세요: {why}.",
    "An input is a number a team can move in weeks and that adds up to completed rides; "
    "results and vanity counts stay out.": (
        "투입 지표는 팀이 몇 주 안에 움직일 수 있고 운행 완료로 이어지는 숫자입니다. 결과 지표와 "
        "허영 지표는 넣지 않습니다."
    ),
    "{node} is a conversion rate, a funnel metric (notebook 02). The efficiency lever is time "
    "to core value: how many days a new customer takes to a first completed ride, e.g. 'days "
    "from sign-up to first ride'.": (
        "{node}은(는) 전환율, 즉 퍼널 지표입니다(02 노트북). 효율 레버는 핵심 가치에 닿는 "
        "시간입니다: 신규 고객이 첫 운행 완료까지 걸리는 일수. 예: 'days from sign-up to "
        "first ride'."
    ),
    "Efficiency counts days (time to value), not a share of users.": (
        "효율은 사용자 비율이 아니라 일수(가치 도달 시간)를 셉니다."
    ),
    "{node} is not on the menu. Did you mean {close}?": (
        "{node}은(는) 메뉴에 없습니다. {close}을(를) 쓰려던 것인가요?"
    ),
    "{node} is not on the menu. Use names from MENU.": (
        "{node}은(는) 메뉴에 없습니다. MENU에 있는 이름을 쓰세요."
    ),
    "print(menu) lists the names; copy each one exactly, in quotes.": (
        "print(menu)가 이름 목록을 보여 줍니다. 각 이름을 따옴표 안에 그대로 옮기세요."
    ),
    " or ": " 또는 ",
    "Nothing in your tree measures {lever} ({question}).": (
        "트리에 {lever}({question})을(를) 재는 지표가 없습니다."
    ),
    "Add a {lever} metric to the north star's list: {names}.": (
        "북극성 지표의 리스트에 {lever} 지표를 넣으세요: {names}."
    ),
    "{kid} ({kid_lever}) sits under {parent} ({parent_lever}): an input should explain its "
    "parent, so keep each lever's metrics together.": (
        "{kid}({kid_lever})이(가) {parent}({parent_lever}) 아래에 있습니다: 투입 지표는 "
        "부모를 설명해야 하므로, 같은 레버의 지표끼리 묶으세요."
    ),
    "Move {kid} under a metric of the {lever} lever (or up to the north star's list).": (
        "{kid}을(를) {lever} 레버의 지표 아래로(또는 북극성 지표의 리스트로) 옮기세요."
    ),
    "Go one level deeper: give at least one input its own inputs.": (
        "한 단계 더 내려가세요: 투입 지표 하나 이상에 그 아래 투입 지표를 붙이세요."
    ),
    "Add one more key, e.g. 'monthly riders': ['new riders', 'returning riders'].": (
        "키를 하나 더 넣으세요. 예: 'monthly riders': ['new riders', 'returning riders']."
    ),
    "The tree: {{'{root}': [a breadth, a depth, a frequency and an efficiency metric]}}, plus "
    "one more key that breaks one of them into its own inputs.": (
        "트리: {{'{root}': [너비, 깊이, 빈도, 효율 지표 하나씩]}}, 그리고 그중 하나를 그 "
        "아래 투입 지표로 나누는 키 하나."
    ),
    "From the menu: breadth 'monthly riders', depth 'car types tried per rider', frequency "
    "'rides per rider', efficiency 'days from sign-up to first ride'; and one broken down, "
    "e.g. 'monthly riders': ['new riders', 'returning riders'].": (
        "메뉴에서: 너비 'monthly riders', 깊이 'car types tried per rider', 빈도 'rides per "
        "rider', 효율 'days from sign-up to first ride'. 그리고 하나를 나눈 키, 예: "
        "'monthly riders': ['new riders', 'returning riders']."
    ),
    "{{'{root}': ['monthly riders', 'car types tried per rider', 'rides per rider', 'days from "
    "sign-up to first ride'], 'monthly riders': ['new riders', 'returning riders']}}": (
        "정답 예: {{'{root}': ['monthly riders', 'car types tried per rider', 'rides per "
        "rider', 'days from sign-up to first ride'], 'monthly riders': ['new riders', "
        "'returning riders']}}"
    ),
    "Each lever is something a team can move, and each rolls up to the north star.": (
        "레버 하나하나가 팀이 움직일 수 있는 지표이고, 모두 북극성 지표로 이어집니다."
    ),
    # ---- Exercise 5: the aha threshold ----------------------------------------------------
    "Exercise 5: the aha threshold": "연습 5: 아하 모먼트 기준",
    "at {k}+ rides retention is {at_least:.0%} vs {below:.0%} below (gap {gap:.0%}), and "
    "{share} of users get there": (
        "{k}회 이상 탄 사용자의 리텐션은 {at_least:.0%}, 그보다 적게 탄 사용자는 {below:.0%}"
        "(차이 {gap:.0%})이고, 사용자의 {share}가 그 기준에 닿습니다"
    ),
    "Give a whole number of rides, e.g. 4.": "운행 횟수를 정수로 답하세요. 예: 4.",
    "Every user has at least 0 rides: the bar must be 1 or more.": (
        "모든 사용자는 운행이 0회 이상입니다: 기준은 1 이상이어야 합니다."
    ),
    "Look at thresholds 1 to {top}.": "기준 1부터 {top}까지를 보세요.",
    "{described}. The next step up nearly doubles the gap: go higher.": (
        "{described}. 한 단계 위에서는 차이가 거의 2배가 됩니다: 더 높이세요."
    ),
    "{described}. A higher bar always looks better for the few who reach it; compare its gap "
    "with the gap at {right} and pick the lowest bar that gets nearly all the gain.": (
        "{described}. 기준이 높을수록 거기 닿는 소수에게는 늘 더 좋아 보입니다. {right}에서의 "
        "차이와 비교해, 효과를 거의 다 얻는 가장 낮은 기준을 고르세요."
    ),
    "aha.retention_by_threshold(per_user, 'early', 'retained') gives one row per bar.": (
        "aha.retention_by_threshold(per_user, 'early', 'retained')는 기준마다 한 행을 줍니다."
    ),
    "Look at the 'difference' column: where does it stop growing much?": (
        "'difference' 열을 보세요: 어디서부터 크게 늘지 않나요?"
    ),
    "The gap jumps from 1 to 2 rides and barely grows after: the lowest such bar wins.": (
        "차이는 1회에서 2회로 갈 때 크게 뛰고, 그 뒤로는 거의 늘지 않습니다: 그런 기준 중 "
        "가장 낮은 것을 고릅니다."
    ),
    "Bomcar's aha moment is {right} rides in the first 30 days: {described}.": (
        "봄카의 아하 모먼트는 가입 후 30일 안에 {right}회 운행입니다: {described}."
    ),
    # ---- figures of notebook 01 -------------------------------------------------------------
    "Card payments (this month's rides)": "카드 결제(이번 달 운행)",
    "Invoices (last month's rides)": "청구서(지난달 운행)",
    "Prices +12%": "가격 +12%",
    "Rides fell 17% in November 2024; revenue barely moved": (
        "2024년 11월 운행은 17% 줄었지만, 매출은 거의 그대로였습니다"
    ),
    "Completed rides": "운행 완료",
    "Revenue (million KRW)": "매출(백만 원)",
    "{metric} vs revenue: best lag {k} month(s)": "{metric}와 매출: 가장 잘 맞는 시차 {k}개월",
    "Completed rides lead revenue by one month": "운행 완료가 매출보다 한 달 앞섭니다",
    "Sign-ups": "가입",
    "App opens": "앱 열기",
    "metric": "지표",
    "Promotion": "프로모션",
    "The promotion more than tripled sign-ups for a month; completed rides fell": (
        "프로모션으로 한 달간 가입은 3배 넘게 늘었지만, 운행 완료는 줄었습니다"
    ),
    "Index (August 2024 = 100)": "지수(2024년 8월 = 100)",
    "median": "중앙값",
    "Not in the bars: the {share} of users": "막대에 없는 사용자: 전체의 {share}",
    "who never completed a ride": "(운행을 한 번도 완료하지 않음)",
    "Half the riders needed 12+ days to a first ride": (
        "운행한 사용자의 절반은 첫 운행까지 12일 이상 걸렸습니다"
    ),
    "Days from sign-up to first completed ride (120+ shown at 120)": (
        "가입부터 첫 운행 완료까지 일수(120일 이상은 120으로 표시)"
    ),
    "Users who rode": "운행한 사용자 수",
    "Four levers roll up to completed rides": "네 가지 레버가 운행 완료로 이어집니다",
    "North star": "북극성 지표",
    "Levers": "레버",
    "Inputs": "투입 지표",
    # the tree's boxes, as tree_figure wraps them (22 letters a line)
    "completed rides per\nmonth": "월간\n운행 완료 수",
    "monthly riders": "월간 라이더 수",
    "car types tried per\nrider": "라이더당\n이용한 차종 수",
    "rides per rider": "라이더당 운행 수",
    "days from sign-up to\nfirst ride": "가입부터\n첫 운행까지 일수",
    "new riders": "신규 라이더",
    "returning riders": "재방문 라이더",
    "days from sign-up to\nlicence approved": "가입부터\n면허 승인까지 일수",
    "days from licence\napproved to first ride": "면허 승인부터\n첫 운행까지 일수",
    "Two rides in the first 30 days: most of these users stay": (
        "첫 30일 안에 2회 운행: 이 사용자들은 대부분 남습니다"
    ),
    "Bar: completed rides in the first 30 days after sign-up": (
        "기준: 가입 후 첫 30일 동안의 운행 완료 횟수"
    ),
    "About {d} of a month's users show up on a given day, {w} in a week": (
        "한 달 사용자 중 하루에 오는 비율은 약 {d}, 한 주에는 {w}입니다"
    ),
    "Share of the month's active users": "그달 활성 사용자 중 비율",
    # ---- helpers.leadlag.lead_lag_plot and helpers.aha.aha_plot ------------------------------
    "Lag in months (positive: the first metric moves first)": (
        "시차(개월, 양수: 첫 번째 지표가 먼저 움직임)"
    ),
    "Correlation of changes": "변화율의 상관계수",
    "rides >= threshold": "운행 ≥ 기준",
    "rides < threshold": "운행 < 기준",
    "{action} >= threshold": "{action} ≥ 기준",
    "{action} < threshold": "{action} < 기준",
    "fewer than {n} users: not trusted": "사용자 {n}명 미만: 믿기 어려움",
    "{k}+: {n} users": "{k}회 이상: {n}명",
    "below {k}: {n} users": "{k}회 미만: {n}명",
    "Threshold: rides in the first 30 days": "기준: 첫 30일 동안의 운행 횟수",
    "Retained users (%)": "유지된 사용자(%)",
}
