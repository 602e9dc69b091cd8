"""Korean for notebook 07 (cohort analysis): its checkers' messages, the figure texts of
helpers/cohort.py, and the texts of the notebook's own figures."""

MESSAGES: dict[str, str] = {
    # ---- Exercise 1: read a cell ----
    "Exercise 1 · read a cell": "연습 1 · 칸 하나 읽기",
    "share": "비율",
    "That looks like a percentage; give it as a share (0-1), e.g. 0.25.": (
        "퍼센트로 보입니다. 0에서 1 사이의 비율로 답하세요(예: 0.25)."
    ),
    "That is month {age}. Columns count whole months since sign-up, and the sign-up month "
    "itself is month 0.": (
        "그것은 {age}개월 차입니다. 열은 가입 후 온전한 개월 수를 세고, 가입한 달 자체가 "
        "0개월 차입니다."
    ),
    "That is the {cohort} cohort; the row you want is 2024-06.": (
        "그것은 {cohort} 코호트입니다. 찾는 행은 2024-06입니다."
    ),
    "Rows are sign-up months (cohorts), columns are months since sign-up.": (
        "행은 가입 월(코호트), 열은 가입 후 경과 개월 수입니다."
    ),
    "With pandas: retention.loc[row, column]; the row label is a month like '2024-06'.": (
        "pandas로는 retention.loc[row, column]입니다. 행 이름은 '2024-06' 같은 월입니다."
    ),
    "retention.loc['2024-06', 3]": "코드로 쓰면: retention.loc['2024-06', 3]",
    "Reading one cell is the base of every reading: a row (a cohort), a column (an age), old vs "
    "new users, and the diagonal (a calendar month).": (
        "칸 하나를 읽는 것이 모든 읽기의 바탕입니다. 행(코호트), 열(나이), 기존 대 신규 사용자, "
        "그리고 대각선(달력 월)."
    ),
    # ---- Exercise 2: the worst cohort ----
    "Exercise 2 · the worst cohort": "연습 2 · 가장 덜 남는 코호트",
    "{answer} is not a cohort: use a sign-up month like '2024-05'.": (
        "{answer}은(는) 코호트가 아닙니다. '2024-05' 같은 가입 월을 쓰세요."
    ),
    "The {youngest} cohort has no month 1 yet: its blank cell is 'not yet', not 0. A young "
    "cohort is not a bad cohort.": (
        "{youngest} 코호트에는 아직 1개월 차가 없습니다. 빈 칸은 0이 아니라 '아직'입니다. 어린 "
        "코호트가 나쁜 코호트는 아닙니다."
    ),
    "Look down column 1 again: the {cohort} cohort is not the lowest.": (
        "1열을 다시 내려가며 보세요. {cohort} 코호트가 가장 낮지는 않습니다."
    ),
    "'why': answer with one of {reasons}.": "'why': {reasons} 중 하나로 답하세요.",
    "The price change (Nov 2024) hits every cohort in the same calendar month; this cohort is "
    "low already in its own month 1. Check calendar.csv.": (
        "가격 변경(2024년 11월)은 같은 달력 월에 모든 코호트에 영향을 줍니다. 이 코호트는 자기 "
        "1개월 차에 이미 낮습니다. calendar.csv를 확인하세요."
    ),
    "Summer (July-August) lifts activity; it does not explain a low cohort.": (
        "여름(7-8월)은 활동을 끌어올립니다. 낮은 코호트를 설명하지 못합니다."
    ),
    "No release changed retention then; check calendar.csv for that month.": (
        "그때 리텐션을 바꾼 출시는 없습니다. calendar.csv에서 그 달을 확인하세요."
    ),
    "Reading a column: compare cohorts at the same age. Which is lowest in column 1?": (
        "열 읽기: 같은 나이에서 코호트들을 비교합니다. 1열에서 가장 낮은 것은?"
    ),
    "retention[1].idxmin() finds it. Then look that month up in calendar.csv.": (
        "retention[1].idxmin()으로 찾을 수 있습니다. 그다음 calendar.csv에서 그 달을 찾으세요."
    ),
    "It is the {cohort} cohort. What did Bomcar do in that month?": (
        "{cohort} 코호트입니다. 그 달에 봄카는 무엇을 했나요?"
    ),
    "The promotion month brought many users who never meant to ride: its cohort retains worst. "
    "A cohort effect, seen down a column.": (
        "프로모션 달에는 운행할 생각이 없던 사용자가 많이 들어왔습니다. 그래서 그 코호트가 "
        "가장 덜 남습니다. 열을 따라 읽어 찾은 코호트 효과입니다."
    ),
    # ---- Exercise 3: the ratio before and after 3.0 ----
    "Exercise 3 · the ratio before and after 3.0": "연습 3 · 3.0 전후의 비율",
    "Both ratios should be numbers (e.g. 0.5: time-first converts half as often).": (
        "두 비율 모두 숫자여야 합니다(예: 0.5는 시간 먼저 설정 세션이 절반만큼 전환된다는 뜻)."
    ),
    "Before and after are swapped: 'before' is app versions older than 3.0.": (
        "before와 after가 뒤바뀌었습니다. 'before'는 3.0보다 오래된 앱 버전입니다."
    ),
    "The ratio is upside down: divide the time-first sessions' conversion by the other "
    "sessions' conversion, so a pain shows as a ratio below 1.": (
        "비율이 뒤집혔습니다. 시간 먼저 설정 세션의 전환율을 다른 세션의 전환율로 나누세요. "
        "그래야 불편이 1보다 작은 비율로 나타납니다."
    ),
    "Give the ratios as plain numbers (0.4), not percentages (40).": (
        "비율은 퍼센트(40)가 아니라 일반 숫자(0.4)로 답하세요."
    ),
    "That is the gap (other minus time-first), a difference in points. The exercise asks for "
    "the ratio: time-first conversion / other conversion.": (
        "그것은 차이(다른 세션 빼기 시간 먼저 설정 세션), 즉 %p 차이입니다. 연습은 비율을 "
        "묻습니다. 시간 먼저 설정 세션 전환율 / 다른 세션 전환율."
    ),
    "That is everyone else's ratio. Keep only the important customer's sessions first "
    "(ic_sessions).": (
        "그것은 나머지 사용자의 비율입니다. 먼저 중요한 고객의 세션(ic_sessions)만 남기세요."
    ),
    "'before' is right; check 'after' (app version 3.0 only).": (
        "'before'는 맞습니다. 'after'(앱 버전 3.0만)를 확인하세요."
    ),
    "'after' is right; check 'before' (app versions 2.7, 2.8 and 2.9).": (
        "'after'는 맞습니다. 'before'(앱 버전 2.7, 2.8, 2.9)를 확인하세요."
    ),
    "Neither ratio matches. Recompute from the important customer's sessions.": (
        "두 비율 모두 맞지 않습니다. 중요한 고객의 세션으로 다시 계산하세요."
    ),
    "Split the important customer's sessions by app version: 3.0 vs older. In each part, "
    "divide the conversion of time-first sessions by that of the other sessions.": (
        "중요한 고객의 세션을 앱 버전으로 나누세요. 3.0 대 이전 버전. 각 부분에서 시간 먼저 "
        "설정 세션의 전환율을 다른 세션의 전환율로 나눕니다."
    ),
    "rate = part.groupby('time_first')['reserved'].mean(); ratio = rate[True] / rate[False]": (
        "코드로 쓰면: rate = part.groupby('time_first')['reserved'].mean(); "
        "ratio = rate[True] / rate[False]"
    ),
    "fixed = ic_sessions['app_version'] == '3.0'; compute the ratio on ic_sessions[~fixed] "
    "(before) and ic_sessions[fixed] (after).": (
        "fixed = ic_sessions['app_version'] == '3.0'으로 나누고, ic_sessions[~fixed](before)와 "
        "ic_sessions[fixed](after)에서 각각 비율을 계산하세요."
    ),
    "App 3.0 lifted the ratio a long way towards 1, but not to 1: the release fixed part of the "
    "pain. What is left is what the A/B test in notebook 08 goes after.": (
        "앱 3.0은 비율을 1 쪽으로 크게 끌어올렸지만 1까지는 아닙니다. 출시가 불편의 일부를 "
        "고쳤습니다. 남은 부분이 08 노트북의 A/B 테스트가 겨냥하는 것입니다."
    ),
    # ---- Exercise 4: where the release left its fingerprint ----
    "Exercise 4 · where the release left its fingerprint": "연습 4 · 출시가 지문을 남긴 곳",
    "'important' and 'everyone_else' should be numbers (a change in the ratio).": (
        "'important'와 'everyone_else'는 숫자(비율의 변화)여야 합니다."
    ),
    "The two groups are swapped.": "두 그룹이 뒤바뀌었습니다.",
    "The sign is flipped: take the ratio on 3.0 minus the ratio before 3.0.": (
        "부호가 뒤집혔습니다. 3.0에서의 비율 빼기 3.0 이전의 비율입니다."
    ),
    "That is the change in the gap (a difference in points). Use the ratio: the base rates of "
    "the two groups are far apart, so gaps mislead here.": (
        "그것은 차이(%p)의 변화입니다. 비율을 쓰세요. 두 그룹의 기본 전환율이 크게 달라서 "
        "여기서는 %p 차이가 오해를 부릅니다."
    ),
    "That compares March with February: two calendar months, so spring and anything else that "
    "changed then is mixed in. Compare by app version.": (
        "그것은 3월과 2월을 비교한 것입니다. 서로 다른 두 달력 월이라 봄, 그리고 그때 바뀐 "
        "다른 모든 것이 섞여 있습니다. 앱 버전으로 비교하세요."
    ),
    "'important' is right; check 'everyone_else' (the users outside it).": (
        "'important'는 맞습니다. 'everyone_else'(그 밖의 사용자)를 확인하세요."
    ),
    "'everyone_else' is right; check 'important'.": (
        "'everyone_else'는 맞습니다. 'important'를 확인하세요."
    ),
    "Neither change matches yet. Ratio on 3.0 minus ratio before, per group.": (
        "두 변화 모두 아직 맞지 않습니다. 그룹마다 3.0에서의 비율 빼기 이전 비율입니다."
    ),
    "'where': answer with one of {places}.": "'where': {places} 중 하나로 답하세요.",
    "Compare the two changes: {ic:+.2f} inside the important customer, {other:+.2f} for "
    "everyone else. Where did the ratio move?": (
        "두 변화를 비교하세요. 중요한 고객 안에서는 {ic:+.2f}, 나머지 사용자는 {other:+.2f}. "
        "비율은 어디에서 움직였나요?"
    ),
    "A release leaves its fingerprint where the pain was: the ratio moves there, on the new "
    "version, and not elsewhere. Compute the change for both groups.": (
        "출시는 불편이 있던 곳에 지문을 남깁니다. 비율이 그곳에서, 새 버전에서 움직이고 다른 "
        "곳에서는 움직이지 않습니다. 두 그룹 모두 변화를 계산하세요."
    ),
    "For each group: ratio on app 3.0 minus ratio on older versions, with ratio = rate[True] / "
    "rate[False] from groupby('time_first')['reserved'].mean().": (
        "그룹마다: 앱 3.0에서의 비율 빼기 이전 버전의 비율. 비율은 "
        "groupby('time_first')['reserved'].mean()에서 얻은 rate로 rate[True] / rate[False]입니다."
    ),
    "Write a function ratio(part) and use it on sessions[sessions['group'] == 'important "
    "customer'] and sessions[sessions['group'] == 'everyone else'], each split by app_version "
    "== '3.0'.": (
        "함수 ratio(part)를 쓰고 sessions[sessions['group'] == 'important customer']와 "
        "sessions[sessions['group'] == 'everyone else']에 쓰세요. 각각 app_version == '3.0'으로 "
        "나눕니다."
    ),
    "The ratio moved where the pain was and nowhere else: the release's fingerprint. A price "
    "change or a season would have moved both groups.": (
        "비율은 불편이 있던 곳에서만 움직였습니다. 출시의 지문입니다. 가격 변경이나 계절이었다면 "
        "두 그룹이 모두 움직였을 것입니다."
    ),
    # ---- helpers/cohort.py: the heatmap and the breakdown figure ----
    "Sign-up month (cohort)": "가입 월(코호트)",
    # ---- figures of notebook 07 ----
    "share of the cohort (month 0 off the scale)": "코호트 중 비율(0개월 차는 척도에서 제외)",
    "Retention (app opens): the big drop comes by month 2, then a slow slide": (
        "리텐션(앱 실행): 2개월 차까지 크게 떨어지고, 그 뒤로 천천히 내려간다"
    ),
    "Months since sign-up (0 = the sign-up month; hatched: not yet)": (
        "가입 후 경과 개월(0 = 가입한 달, 빗금: 아직)"
    ),
    "Cohort (month of sign-up)": "코호트(가입 월)",
    "Conversion by cohort and age is noisy - the Sept 2024 cohort is lowest": (
        "코호트와 나이별 전환율은 들쭉날쭉하다 - 2024년 9월 코호트가 가장 낮다"
    ),
    "By calendar month: summer lifts most cohorts, from Nov 2024 most drop": (
        "달력 월 기준: 여름에는 대부분의 코호트가 오르고, 2024년 11월부터 대부분 떨어진다"
    ),
    "Calendar month  (hatched: before the cohort signed up)": (
        "달력 월  (빗금: 코호트가 가입하기 전)"
    ),
    "Retention: share of the cohort opening the app, by age": (
        "리텐션: 앱을 연 코호트 비율, 나이 기준"
    ),
    "Retention: share of the cohort opening the app, by calendar month": (
        "리텐션: 앱을 연 코호트 비율, 달력 월 기준"
    ),
    "Conversion: attempt -> reservation, per user and month, by age": (
        "전환율: 시도 -> 예약, 사용자와 월 기준, 나이 기준"
    ),
    "Conversion: attempt -> reservation, per user and month, by calendar month": (
        "전환율: 시도 -> 예약, 사용자와 월 기준, 달력 월 기준"
    ),
    "Count: completed rides (returns) of the cohort, by age": (
        "건수: 코호트의 운행 완료(반납), 나이 기준"
    ),
    "Count: completed rides (returns) of the cohort, by calendar month": (
        "건수: 코호트의 운행 완료(반납), 달력 월 기준"
    ),
    # the behaviour labels of course.search_behaviour.BEHAVIOURS (tick labels; the values
    # stay English in the tables, where code uses them as keys)
    "set the time first on the map": "지도에서 시간 먼저 설정",
    "used the car-type filter": "차종 필터 사용",
    "clicked two or more zones": "구역 두 개 이상 클릭",
    "kept a previously rented car type": "전에 빌린 차종 유지",
    "sessions without it": "그 행동이 없는 세션",
    "sessions with it": "그 행동이 있는 세션",
    "Setting the time first is the pain: those sessions convert at less than half the rate": (
        "시간 먼저 설정이 불편이다: 그런 세션의 전환율은 절반도 안 된다"
    ),
    "Search sessions ending in a reservation (%), the important customer": (
        "예약으로 끝난 탐색 세션(%), 중요한 고객"
    ),
    "other sessions": "다른 세션",
    "time-first sessions": "시간 먼저 설정 세션",
    "important customer": "중요한 고객",
    " summer": " 여름",
    " price +12%": " 가격 +12%",
    " app 3.0": " 앱 3.0",
    "In the important customer, time-first sessions lag - until app 3.0": (
        "중요한 고객에서는 시간 먼저 설정 세션이 뒤처진다 - 앱 3.0 전까지"
    ),
    "Ending in a reservation (%)": "예약으로 끝난 비율(%)",
    "The ratio: near 1 for everyone else; app 3.0 lifts it only in the important customer": (
        "비율: 나머지 사용자는 1 근처, 앱 3.0은 중요한 고객에서만 비율을 올린다"
    ),
    "Month of the session": "세션이 있었던 달",
    "Ratio: time-first / other": "비율: 시간 먼저 설정 / 다른 세션",
    "The promotion's new users of Sept 2024 went dormant in October": (
        "2024년 9월 프로모션의 신규 사용자는 10월에 휴면으로 돌아섰다"
    ),
}
