"""Korean for notebook 04 (the quadrant): the quadrant table and chart of helpers/quadrant.py,
the checkers' verdicts and hints, and the notebook's figures and controls."""

MESSAGES: dict[str, str] = {
    # ---- helpers/quadrant.py: the quadrants' names as the learner reads them ---------------
    "action needed": "뭘 망설일까 유형",
    "Many attempts, many rides.": "자연 증분 유형: 시도도 많고 운행 완료도 많습니다.",
    "Reward loyalty; learn from them what works.": (
        "충성도에 보상하고, 무엇이 잘 통하는지 이들에게서 배우세요."
    ),
    "Many attempts, few rides: what makes them hesitate? (뭘 망설일까 유형)": (
        "뭘 망설일까 유형: 시도는 많은데 운행 완료는 적습니다. 무엇이 이들을 망설이게 할까요?"
    ),
    "An unmet pain point: fix it in the product.": (
        "채워지지 않은 페인 포인트가 있습니다. 제품에서 고치세요."
    ),
    "Few attempts, but they ride, at a longer rhythm.": (
        "사용자 유지 전략이 필요한 유형: 시도는 적지만 시도하면 운행합니다. 주기가 길 뿐입니다."
    ),
    "A marketing question: remind them at the right moment.": (
        "마케팅의 문제입니다. 알맞은 때에 다시 떠올리게 하세요."
    ),
    "Few attempts, few rides.": "임팩트가 적은 유형: 시도도 적고 운행 완료도 적습니다.",
    "Fixes will not move them; they need new value.": (
        "개선으로는 움직이지 않습니다. 새로운 가치가 필요합니다."
    ),
    "Reservation attempts per user": "사용자당 예약 시도 수",
    "Completed rides per user": "사용자당 운행 완료 수",
    # ---- exercise 1: which quadrant ------------------------------------------------------
    "Answer with a quadrant name in quotes, e.g. 'low impact'.": (
        "사분면 이름을 따옴표에 넣어 답하세요. 예: 'low impact' 또는 '임팩트가 적은 유형'."
    ),
    "{answer!r} is not a quadrant. The four are: {names}.": (
        "{answer!r}는 사분면 이름이 아닙니다. 네 사분면은 {names}입니다."
    ),
    "{segment} makes {attempts:.2f} reservation attempts per user, above the cut-off "
    "of {cut:.2f}, so it sits on the right (many attempts)": (
        "이 조합(`{segment}`)의 사용자당 예약 시도는 {attempts:.2f}회로 기준선 {cut:.2f}보다 많습니다. "
        "그래서 오른쪽(시도 많음)에 있습니다"
    ),
    "{segment} makes {attempts:.2f} reservation attempts per user, below the cut-off "
    "of {cut:.2f}, so it sits on the left (few attempts)": (
        "이 조합(`{segment}`)의 사용자당 예약 시도는 {attempts:.2f}회로 기준선 {cut:.2f}보다 적습니다. "
        "그래서 왼쪽(시도 적음)에 있습니다"
    ),
    "it completes {rides:.2f} rides per user, above the cut-off of {cut:.2f}, so it "
    "sits in the top (many rides)": (
        "사용자당 운행 완료는 {rides:.2f}회로 기준선 {cut:.2f}보다 많습니다. 그래서 "
        "위쪽(운행 많음)에 있습니다"
    ),
    "it completes {rides:.2f} rides per user, below the cut-off of {cut:.2f}, so it "
    "sits in the bottom (few rides)": (
        "사용자당 운행 완료는 {rides:.2f}회로 기준선 {cut:.2f}보다 적습니다. 그래서 "
        "아래쪽(운행 적음)에 있습니다"
    ),
    "{first}; {second}": "{first}. 또한 {second}",
    "{segment} makes few attempts but rides when it tries: "
    "a marketing question (remind them), not a product fix.": (
        "`{segment}` 조합은 시도는 적지만 시도하면 운행합니다. 제품 개선이 아니라 마케팅(다시 "
        "떠올리게 하기)의 문제입니다."
    ),
    "{segment} is in '{quadrant}'.": "`{segment}` 조합은 '{quadrant}'에 있습니다.",
    "Find the row of {segment!r} in `placed` (or its labelled bubble).": (
        "`placed`에서 {segment!r} 행을 찾으세요(또는 그 이름이 붙은 버블을 찾으세요)."
    ),
    "Compare its attempts with the x cut-off and its rides with the y cut-off "
    "(`placed.attrs['thresholds']`).": (
        "시도 수는 x 기준선과, 운행 완료 수는 y 기준선과 비교하세요(`placed.attrs['thresholds']`)."
    ),
    "`placed.set_index('segment').loc[{segment!r}, 'quadrant']` reads it for you.": (
        "`placed.set_index('segment').loc[{segment!r}, 'quadrant']`로 바로 읽을 수 있습니다."
    ),
    # ---- exercise 2: users in action needed ------------------------------------------------
    "Give a number of users, e.g. 1234 (no quotes).": (
        "사용자 수를 숫자로 답하세요. 예: 1234(따옴표 없이)."
    ),
    "{n} is the number of combinations in 'action needed'; the question "
    "asks for users (each combination holds hundreds).": (
        "{n}은 'action needed'에 있는 조합의 수입니다. 문제는 사용자 수를 묻습니다(조합 "
        "하나에 사용자가 수백 명씩 있습니다)."
    ),
    "Sum the `users` column, do not count rows.": "행을 세지 말고 `users` 열을 더하세요.",
    "That is the share of users; give the number of users.": (
        "사용자 비율입니다. 사용자 수로 답하세요."
    ),
    "That is every placed user; count only the combinations in 'action needed'.": (
        "배치된 모든 사용자의 수입니다. 'action needed'에 있는 조합만 세세요."
    ),
    "That is every user in the search stage; count only 'action needed'.": (
        "탐색 단계의 모든 사용자 수입니다. 'action needed'만 세세요."
    ),
    "Sum the `users` column over the combinations whose quadrant is 'action needed'.": (
        "quadrant가 'action needed'인 조합들의 `users` 열을 더하세요."
    ),
    "`placed.loc[placed['quadrant'] == 'action needed', 'users'].sum()`": (
        "이렇게 구합니다: `placed.loc[placed['quadrant'] == 'action needed', 'users'].sum()`"
    ),
    "Or read the 'users' column of `quadrant.quadrant_summary(placed, 'users')`.": (
        "또는 `quadrant.quadrant_summary(placed, 'users')`의 'users' 열을 읽으세요."
    ),
    "{right:,} users, {share:.0%} of the placed users: the largest quadrant.": (
        "{right:,}명, 배치된 사용자의 {share:.0%}입니다. 가장 큰 사분면입니다."
    ),
    # ---- exercise 3: the margin under the users-weighted mean ------------------------------
    "Give a number of users (no quotes).": "사용자 수를 숫자로 답하세요(따옴표 없이).",
    "The sign is flipped: take the largest minus the second largest.": (
        "부호가 반대입니다. 가장 큰 값에서 두 번째로 큰 값을 빼세요."
    ),
    "{first:,} is the size of the largest quadrant; subtract the next one.": (
        "{first:,}는 가장 큰 사분면의 크기입니다. 다음 사분면의 크기를 빼세요."
    ),
    "{second:,} is the size of the runner-up ({runner_up}); the question asks for "
    "the difference.": (
        "{second:,}는 두 번째로 큰 사분면({runner_up})의 크기입니다. 문제는 그 차이를 묻습니다."
    ),
    "ranked.iloc[0] - ranked.iloc[1]": "두 값의 차이: ranked.iloc[0] - ranked.iloc[1]",
    "{margin} is the margin under the weighted *median*; use the column "
    "'mean, weighted by users'.": (
        "{margin}은 가중 *중앙값* 기준의 차이입니다. 'mean, weighted by users' 열을 쓰세요."
    ),
    "by_rule['mean, weighted by users']": "이 열을 쓰세요: by_rule['mean, weighted by users']",
    "Take the column 'mean, weighted by users' of `by_rule`.": (
        "`by_rule`의 'mean, weighted by users' 열을 가져오세요."
    ),
    "Sort it from largest to smallest: `.sort_values(ascending=False)`.": (
        "큰 값부터 정렬하세요: `.sort_values(ascending=False)`."
    ),
    "Subtract the second value from the first: `ranked.iloc[0] - ranked.iloc[1]`.": (
        "첫 번째 값에서 두 번째 값을 빼세요: `ranked.iloc[0] - ranked.iloc[1]`."
    ),
    "{right:,} users ahead of {runner_up} ({second:,}), against only {median_margin} "
    "under the weighted median. 'Largest' depends on the rule; that the same people are "
    "in action needed under every rule, with a large gap, does not.": (
        "{runner_up}({second:,}명)보다 {right:,}명 많습니다. 가중 중앙값 기준으로는 "
        "{median_margin}명 차이뿐입니다. '가장 크다'는 규칙에 따라 달라지지만, 어느 규칙에서나 "
        "같은 사람들이 뭘 망설일까 유형에 있고 그 격차가 크다는 사실은 달라지지 않습니다."
    ),
    # ---- exercise 4 (stretch): a demographic cut -------------------------------------------
    "Step 1, the Mass users with their age band and region: "
    "demo = per_user.join(users.set_index('user_id')[['age_band', 'region']]); "
    "demo = demo[demo['situation'].astype(str).isin(combinations.MASS)].copy(); "
    "demo['segment'] = segments.combine(demo, ['age_band', 'region'])": (
        "1단계, 연령대와 지역을 붙인 Mass 사용자: "
        "demo = per_user.join(users.set_index('user_id')[['age_band', 'region']]); "
        "demo = demo[demo['situation'].astype(str).isin(combinations.MASS)].copy(); "
        "demo['segment'] = segments.combine(demo, ['age_band', 'region'])"
    ),
    "Step 2, one row per cell: my_segs = demo.groupby('segment').agg(users=('rides', "
    "'size'), attempts=('attempts', 'mean'), rides=('rides', 'mean')).reset_index()": (
        "2단계, 칸마다 한 행: my_segs = demo.groupby('segment').agg(users=('rides', "
        "'size'), attempts=('attempts', 'mean'), rides=('rides', 'mean')).reset_index()"
    ),
    "Step 3, the quadrant of each: my_placed = quadrant.place(my_segs, 'attempts', 'rides')": (
        "3단계, 칸마다 사분면: my_placed = quadrant.place(my_segs, 'attempts', 'rides')"
    ),
    "Give the placed table (a DataFrame from `quadrant.place(...)`), not {kind}.": (
        "{kind}가 아니라 배치된 표(`quadrant.place(...)`가 돌려주는 DataFrame)로 답하세요."
    ),
    "The table needs the columns segment, users, attempts, rides and quadrant; "
    "missing: {missing}.": (
        "표에는 segment, users, attempts, rides, quadrant 열이 있어야 합니다. 빠진 열: {missing}."
    ),
    "Expected the {n} age band x region cells (labels like {example!r}); got "
    "{rows} rows with other labels.": (
        "연령대 x 지역 칸 {n}개(레이블 예: {example!r})가 있어야 하는데, 다른 레이블의 행 "
        "{rows}개가 있습니다."
    ),
    "Your cells hold {got:,} users; the Mass users of the search stage are "
    "{want:,}. Start from `per_user` and keep the Mass situations only.": (
        "칸들의 사용자는 {got:,}명인데, 탐색 단계의 Mass 사용자는 {want:,}명입니다. "
        "`per_user`에서 시작해 Mass 상황만 남기세요."
    ),
    "The users of {seg!r} is {got:g}, but the data gives {want:g}. Use the days 60-240 "
    "counts of `per_user` and the mean per cell.": (
        "{seg!r}의 사용자 수가 {got:g}인데, 데이터로는 {want:g}입니다. `per_user`의 "
        "60-240일 집계와 칸별 평균을 쓰세요."
    ),
    "The attempts per user of {seg!r} is {got:g}, but the data gives {want:g}. Use the "
    "days 60-240 counts of `per_user` and the mean per cell.": (
        "{seg!r}의 사용자당 시도 수가 {got:g}인데, 데이터로는 {want:g}입니다. `per_user`의 "
        "60-240일 집계와 칸별 평균을 쓰세요."
    ),
    "The rides per user of {seg!r} is {got:g}, but the data gives {want:g}. Use the "
    "days 60-240 counts of `per_user` and the mean per cell.": (
        "{seg!r}의 사용자당 운행 완료 수가 {got:g}인데, 데이터로는 {want:g}입니다. "
        "`per_user`의 60-240일 집계와 칸별 평균을 쓰세요."
    ),
    "The quadrant column does not match the median rule.": (
        "quadrant 열이 중앙값 규칙과 맞지 않습니다."
    ),
    "Placed. Now compare: how far do its bubbles sit from the cut-offs, and does "
    "the largest quadrant survive the four rules? (The cells below show it.)": (
        "배치했습니다. 이제 비교해 보세요. 버블이 기준선에서 얼마나 떨어져 있나요? 가장 큰 "
        "사분면이 네 가지 규칙에서 모두 그대로인가요? (아래 셀에서 보여 줍니다.)"
    ),
    # ---- the notebook's figures and controls ------------------------------------------------
    "Three pay-per-ride combinations try often and ride little: action needed": (
        "건별 결제 조합 세 개가 자주 시도하지만 거의 운행하지 않습니다: 뭘 망설일까 유형"
    ),
    "(on a cut-off line: counts as many)": "(기준선 위: 많음으로 셈)",
    "median of combinations": "조합의 중앙값",
    "mean of combinations": "조합의 평균",
    "median, weighted by users": "사용자 가중 중앙값",
    "mean, weighted by users": "사용자 가중 평균",
    "median of\ncombinations": "조합의\n중앙값",
    "mean of\ncombinations": "조합의\n평균",
    "median,\nweighted by\nusers": "사용자 가중\n중앙값",
    "mean, weighted\nby users": "사용자 가중\n평균",
    "Quadrant": "사분면",
    "Action needed is the largest under every rule, by {lead} users at the weighted median": (
        "어느 규칙에서나 뭘 망설일까 유형이 가장 큽니다. 가중 중앙값에서는 {lead}명 차이입니다"
    ),
    "How the cut-offs are set": "기준선을 정하는 규칙",
    "Users": "사용자 수",
    "Cut-offs: {x} attempts, {y} rides per user": "기준선: 사용자당 시도 {x}회, 운행 완료 {y}회",
    "Largest: natural growth": "가장 큰 사분면: 자연 증분 유형",
    "Largest: action needed": "가장 큰 사분면: 뭘 망설일까 유형",
    "Largest: retention strategy needed": "가장 큰 사분면: 사용자 유지 전략이 필요한 유형",
    "Largest: low impact": "가장 큰 사분면: 임팩트가 적은 유형",
    "my own (use the sliders)": "직접 정하기(슬라이더 사용)",
    "Cut-off rule": "기준선 규칙",
    "x cut-off": "x 기준선",
    "y cut-off": "y 기준선",
    "Age band x region: one loose cloud": "연령대 x 지역: 느슨하게 퍼진 구름 하나",
}
