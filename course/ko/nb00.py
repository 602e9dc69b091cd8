"""Korean for notebook 00 (welcome): its checkers' messages and its figure texts."""

MESSAGES: dict[str, str] = {
    # ---- Exercise 1: users ---------------------------------------------------------------
    "Exercise 1: users": "연습 1: 사용자 수",
    "That is a whole table. Give one number: the count of rows, e.g. len(users).": (
        "표 전체를 답했습니다. 숫자 하나, 즉 행의 개수를 답하세요. 예: len(users)."
    ),
    "Give one number, e.g. 1234 (you gave a {kind}).": (
        "숫자 하나를 답하세요. 예: 1234(입력한 답: {kind} 값)."
    ),
    "{with_test:,} includes Bomcar's {test} internal test accounts. data.load_users() leaves "
    "them out: use that table.": (
        "{with_test:,}명에는 봄카의 내부 테스트 계정 {test}개가 들어 있습니다. "
        "data.load_users()는 테스트 계정을 뺀 표입니다: 그 표를 쓰세요."
    ),
    "That is the number of rows in `events`: one user has many events.": (
        "`events`의 행 수입니다: 사용자 한 명에게 이벤트가 여러 개 있습니다."
    ),
    "That is the number of completed rides, not of users.": (
        "사용자 수가 아니라 운행 완료 건수입니다."
    ),
    "That counts only users who completed a ride. The question is all users.": (
        "운행을 완료한 사용자만 센 숫자입니다. 질문은 전체 사용자 수입니다."
    ),
    "{value:,.0f} is too high.": "{value:,.0f}은(는) 너무 많습니다.",
    "{value:,.0f} is too low.": "{value:,.0f}은(는) 너무 적습니다.",
    "Each row of the `users` table is one user.": "`users` 표의 행 하나가 사용자 한 명입니다.",
    "len(users) counts the rows of the users table.": "len(users)는 users 표의 행을 셉니다.",
    "Bomcar has {users:,} users (internal test accounts left out).": (
        "봄카의 사용자는 {users:,}명입니다(내부 테스트 계정 제외)."
    ),
    # ---- Exercise 2: peak sign-up month --------------------------------------------------
    "Exercise 2: peak sign-up month": "연습 2: 가입이 가장 많은 달",
    "That is the whole table of counts. Give just the month, e.g. '2024-03'.": (
        "월별 가입 수 표 전체를 답했습니다. 달만 답하세요. 예: '2024-03'."
    ),
    "{count:,} is the largest *count* of sign-ups. The question asks for the month it belongs "
    "to: add .idxmax() instead of .max().": (
        "{count:,}은(는) 가장 큰 가입 *수*입니다. 질문은 그 수가 나온 달입니다: .max() 대신 "
        ".idxmax()를 쓰세요."
    ),
    "Give the month as text in quotes, e.g. '2024-03'.": (
        "달을 따옴표 안의 텍스트로 답하세요. 예: '2024-03'."
    ),
    "{month} is outside the data (January 2024 to June 2025).": (
        "{month}은(는) 데이터 기간(2024년 1월~2025년 6월) 밖입니다."
    ),
    "{n:,} users signed up in {month}. One month has far more: look for the largest count.": (
        "{month}에는 {n:,}명이 가입했습니다. 훨씬 많이 가입한 달이 있습니다: 가장 큰 수를 찾으세요."
    ),
    "{n:,} users signed up in {month}. One month has far more: look for the largest count, "
    "not the latest month.": (
        "{month}에는 {n:,}명이 가입했습니다. 훨씬 많이 가입한 달이 있습니다: 가장 최근 달이 "
        "아니라 가장 큰 수를 찾으세요."
    ),
    "Count sign-ups per month: users['signup_at'].dt.to_period('M').value_counts()": (
        "월별 가입 수를 세세요: users['signup_at'].dt.to_period('M').value_counts()"
    ),
    "Add .idxmax() to that count to get the month with the largest value.": (
        "그 결과에 .idxmax()를 붙이면 값이 가장 큰 달이 나옵니다."
    ),
    "{n:,} users signed up in {peak}; a usual month has about {ordinary:,}. Why? Notebook 01 "
    "finds out.": (
        "{peak}에 {n:,}명이 가입했습니다. 보통 달은 {ordinary:,}명 정도입니다. 왜일까요? "
        "01 노트북에서 알아봅니다."
    ),
    # ---- Exercise 3: share of riders -----------------------------------------------------
    "Exercise 3: share of riders": "연습 3: 운행 완료 사용자 비율",
    "share of riders": "운행 완료 사용자 비율",
    "Give one number between 0 and 1, not a table.": (
        "표가 아니라 0과 1 사이의 숫자 하나를 답하세요."
    ),
    "Give one number between 0 and 1 (you gave a {kind}).": (
        "0과 1 사이의 숫자 하나를 답하세요(입력한 답: {kind} 값)."
    ),
    "That is the number of riders. Divide it by the number of users.": (
        "운행한 사용자의 수입니다. 전체 사용자 수로 나누세요."
    ),
    "That is completed rides per user: users who ride twice count twice. Count each rider "
    "once (nunique).": (
        "사용자당 운행 완료 건수입니다: 두 번 탄 사용자가 두 번 세어집니다. 한 사람은 한 번만 "
        "세세요(nunique)."
    ),
    "Divide by the users without test accounts (the `users` table).": (
        "테스트 계정을 뺀 사용자 수(`users` 표)로 나누세요."
    ),
    "A completed ride is a 'return' event. Which users have one?": (
        "운행 완료는 'return'(반납) 이벤트입니다. 어떤 사용자에게 그 이벤트가 있나요?"
    ),
    "events.loc[events['event'] == 'return', 'user_id'].nunique() counts the riders; divide "
    "by len(users).": (
        "events.loc[events['event'] == 'return', 'user_id'].nunique()가 운행한 사용자를 "
        "셉니다. 그 수를 len(users)로 나누세요."
    ),
    "{share:.0%} of users have completed a ride: {never:.0%} never got the thing Bomcar sells. "
    "Keep that in mind for notebook 01.": (
        "사용자의 {share:.0%}가 운행을 완료했습니다: {never:.0%}는 봄카가 파는 것을 한 번도 "
        "받지 못했습니다. 01 노트북에서 이 점을 기억하세요."
    ),
    # ---- figures ---------------------------------------------------------------------------
    "Sign-ups grew over the 18 months, and one month stands out": (
        "가입은 18개월 동안 늘었고, 유독 튀는 달이 하나 있습니다"
    ),
    "Month of sign-up": "가입 월",
    "Users who signed up": "가입한 사용자 수",
}
