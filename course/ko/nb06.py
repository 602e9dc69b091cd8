"""Korean for notebook 06 (sync the two views): its checkers' messages and its figures' texts."""

MESSAGES: dict[str, str] = {
    # ---- Exercise 1: which view? ----
    "Exercise 1 · which view?": "연습 1 · 어느 관점인가?",
    "{key}: answer with one of {views}, got {value}.": (
        "{key}: {views} 중 하나로 답하세요. 입력한 값: {value}."
    ),
    "A sign-up promotion moves a business number; in Sept 2024 returns barely moved and the "
    "promotion cohort left fast. Whose need did it meet?": (
        "가입 프로모션은 비즈니스 숫자를 움직입니다. 2024년 9월 반납은 거의 움직이지 않았고, "
        "프로모션 코호트는 금방 떠났습니다. 누구의 니즈를 충족했을까요?"
    ),
    "Nobody asked for more sign-ups: that is the business's wish, not a customer's need.": (
        "가입을 더 늘려 달라고 한 고객은 없습니다. 그것은 비즈니스의 바람이지 고객의 니즈가 "
        "아닙니다."
    ),
    "Working through complaints in arrival order treats every pain as equal, however few users "
    "it touches and whether it moves returns at all.": (
        "불만을 들어온 순서대로 처리하면 모든 불편을 똑같이 다루게 됩니다. 몇 명에게 닿는지, "
        "반납을 움직이기는 하는지와 상관없이요."
    ),
    "Complaints are the customers' voice: a team that only works the inbox is customer-only, "
    "not business-only.": (
        "불만은 고객의 목소리입니다. 불만 접수함만 처리하는 팀은 비즈니스 관점만이 아니라 "
        "고객 관점만 보는 팀입니다."
    ),
    "A blanket price rise helps revenue per ride, but after Nov 2024 conversion fell for "
    "everyone: no customer need is met.": (
        "일괄 가격 인상은 운행당 매출에는 도움이 되지만, 2024년 11월 이후 모든 사용자의 "
        "전환율이 떨어졌습니다. 충족되는 고객 니즈가 없습니다."
    ),
    "No customer asks to pay more: this is a business-only move.": (
        "돈을 더 내겠다는 고객은 없습니다. 비즈니스 관점만 본 조치입니다."
    ),
    "It meets a need, and it also moves the north star: the action-needed combinations are the "
    "largest quadrant, and their failed attempts are lost rides.": (
        "니즈를 충족하면서 북극성 지표도 움직입니다. 뭘 망설일까 유형 조합은 가장 큰 "
        "사분면이고, 이들의 실패한 시도는 놓친 운행입니다."
    ),
    "It starts from what these customers need - a free car at the hour they set - so it is "
    "not business-only.": (
        "이 고객에게 필요한 것(정한 시간에 비어 있는 차)에서 출발하므로 비즈니스 관점만 본 "
        "조치가 아닙니다."
    ),
    "Ask of each action: does it start from a need a customer has, and does it move completed "
    "rides (the north star)? Both: 'both'. A need met but rides unmoved: 'customer-only'. No "
    "customer need - it serves a company number (sign-ups, a slide) - : 'business-only'.": (
        "조치마다 물어보세요. 고객이 가진 니즈에서 출발하는가, 그리고 운행 완료(북극성 "
        "지표)를 움직이는가? 둘 다라면 'both'. 니즈는 충족하지만 운행은 그대로라면 "
        "'customer-only'. 고객 니즈 없이 회사의 숫자(가입 수, 슬라이드)만 위한다면 "
        "'business-only'입니다."
    ),
    "Only one of the four actions both meets a customer's need and moves the north star.": (
        "네 가지 조치 중 고객의 니즈를 충족하면서 북극성 지표도 움직이는 것은 하나뿐입니다."
    ),
    "Two actions are business-only (they move a number on a slide), one is customer-only (it "
    "works the inbox), and the map fix for pay-per-ride members is 'both'.": (
        "두 조치는 'business-only'(슬라이드의 숫자를 움직임), 하나는 'customer-only'(불만 "
        "접수함 처리)이고, 건별 결제 회원을 위한 지도 개선은 'both'입니다."
    ),
    "Two business-only moves, one customer-only move, and one action in the intersection: that "
    "is where the important customer sits.": (
        "비즈니스 관점만 본 조치 둘, 고객 관점만 본 조치 하나, 그리고 교집합에 있는 조치 "
        "하나. 중요한 고객은 바로 그 교집합에 있습니다."
    ),
    # ---- Exercise 2: keywords to needs ----
    "Exercise 2 · keywords to needs": "연습 2 · 키워드를 니즈에 맞추기",
    "give a letter 'A'-'D', a list of letters like ['A', 'C'], or 'none'": (
        "글자 하나('A'-'D'), ['A', 'C'] 같은 글자 목록, 또는 'none'으로 답하세요"
    ),
    "{part} is not one of 'A', 'B', 'C', 'D' or 'none'": (
        "{part}은(는) 'A', 'B', 'C', 'D', 'none' 중 하나가 아닙니다"
    ),
    "give at least one letter, or 'none'": "글자를 하나 이상 쓰거나 'none'으로 답하세요",
    "{key}: {problem}, got {value}.": "{key}: {problem}. 입력한 값: {value}.",
    "{key}: 'none' and a need at once - pick one.": (
        "{key}: 'none'과 니즈를 함께 쓸 수는 없습니다. 하나만 고르세요."
    ),
    "'more sign-ups' is a business goal with no matching customer need: no review or support "
    "ticket of this customer asks to be signed up. Matching it to a need is how the "
    "business-only view sneaks back in - give it 'none'.": (
        "'more sign-ups'는 맞는 고객 니즈가 없는 비즈니스 목표입니다. 이 고객의 리뷰나 고객 "
        "문의 어디에도 가입시켜 달라는 말은 없습니다. 여기에 니즈를 짝지으면 비즈니스 관점만 "
        "보는 시각이 슬그머니 돌아옵니다. 'none'으로 답하세요."
    ),
    "{key} is a business goal that a customer's need does answer - read it as 'I want a car "
    "{plain}' - so it stands for at least one need.": (
        "{key}는 고객의 니즈가 답해 주는 비즈니스 목표입니다('I want a car {plain}', 즉 "
        '"나는 차를 이렇게 원한다"로 읽어 보세요). 그러니 니즈가 하나 이상 있어야 합니다.'
    ),
    "{key}: you missed the need it names most directly.": (
        "{key}: 이 키워드가 가장 직접 가리키는 니즈가 빠졌습니다."
    ),
    "'at the time I need' is about the hour, not the car type (B).": (
        "'at the time I need'(필요한 시간에)는 차종(B)이 아니라 시간에 관한 것입니다."
    ),
    "'at the time I need' is about the hour, not the place (D).": (
        "'at the time I need'(필요한 시간에)는 장소(D)가 아니라 시간에 관한 것입니다."
    ),
    "'the car I want' names which car, not how many tries it takes (C); add B.": (
        "'the car I want'(원하는 차)는 어떤 차인지를 말하지, 몇 번 시도하는지(C)를 말하지 "
        "않습니다. B를 넣으세요."
    ),
    "'the car I want' names the car, not where it stands (D): that is 'near me'.": (
        "'the car I want'(원하는 차)는 차를 말하지, 차가 있는 곳(D)을 말하지 않습니다. 그것은 "
        "'near me'입니다."
    ),
    "A filter saves a scroll, but these customers lose their time to failed tries, not to "
    "scrolling: 'quickly' is a booking in one go (C).": (
        "필터는 스크롤을 줄여 주지만, 이 고객은 스크롤이 아니라 실패한 시도에 시간을 "
        "잃습니다. 'quickly'(빠르게)는 한 번에 끝나는 예약(C)입니다."
    ),
    "'near me' is about the place (D); the hour is 'at the time I need'.": (
        "'near me'(가까운 곳에서)는 장소(D)에 관한 것입니다. 시간은 'at the time I need'입니다."
    ),
    "'near me' is about the place (D), not the car type.": (
        "'near me'(가까운 곳에서)는 차종이 아니라 장소(D)에 관한 것입니다."
    ),
    "'near me' is about the place (D); C is how many tries a booking takes.": (
        "'near me'(가까운 곳에서)는 장소(D)에 관한 것입니다. C는 예약에 몇 번 시도하는지입니다."
    ),
    "The keywords are the business goal's words; the needs are the customer's (from reviews "
    "and support tickets). For each keyword, which need answers it - read it as 'I want a car "
    "...'? One business goal has no matching customer need.": (
        "키워드는 비즈니스 목표의 말이고, 니즈는 고객의 말(리뷰와 고객 문의)입니다. 키워드마다 "
        '"나는 차를 ... 원한다"로 읽고, 어느 니즈가 답하는지 찾으세요. 비즈니스 목표 하나는 '
        "맞는 고객 니즈가 없습니다."
    ),
    "A keyword may point at more than one need (give a list, like ['A', 'C']), and a need may "
    "serve more than one keyword. Every keyword needs its most direct need.": (
        "키워드 하나가 여러 니즈를 가리킬 수 있고(['A', 'C']처럼 목록으로), 니즈 하나가 여러 "
        "키워드에 답할 수도 있습니다. 다만 키워드마다 가장 직접적인 니즈는 꼭 들어가야 합니다."
    ),
    "'at the time I need' -> the hour (A); 'the car I want' -> the type (B); 'quickly' -> one go "
    "(C); 'near me' -> the zone (D); 'more sign-ups' -> 'none'.": (
        "'at the time I need' -> 시간(A), 'the car I want' -> 차종(B), 'quickly' -> 한 번에(C), "
        "'near me' -> 구역(D), 'more sign-ups' -> 'none'."
    ),
    "Four of the business's keywords match this customer's needs; 'more sign-ups' matches none. "
    "The keyword whose need the data shows - 'at the time I need' (A) - is the one to build "
    "on.": (
        "비즈니스 키워드 넷이 이 고객의 니즈와 맞고, 'more sign-ups'는 어떤 니즈와도 맞지 "
        "않습니다. 데이터가 니즈를 보여 주는 키워드, 'at the time I need'(A)를 토대로 "
        "삼으세요."
    ),
    # ---- Exercise 3: the prize in the north star ----
    "Exercise 3 · the prize of need A in rides per month": "연습 3 · 한 달 운행 수로 본 니즈 A의 보상",
    "number of extra rides per month": "한 달 추가 운행 수",
    "That is the prize over the whole {days}-day window: divide by {months:.0f} months to get "
    "rides per month.": (
        "그것은 {days}일 기간 전체의 보상입니다. {months:.0f}개월로 나누어 한 달 운행 수로 "
        "바꾸세요."
    ),
    "The sign is off: their other sessions convert better, so the gap is other - time-first.": (
        "부호가 반대입니다. 이들의 다른 세션이 더 잘 전환되므로, 차이는 다른 세션 - 시간 먼저 "
        "설정 세션입니다."
    ),
    "Those are extra *reservations* a month; the north star is completed rides: multiply by "
    "rides per reservation.": (
        "그것은 한 달에 늘어나는 *예약* 수입니다. 북극성 지표는 운행 완료이므로 예약당 운행 "
        "수를 곱하세요."
    ),
    "That is the whole-segment ceiling (their rides per attempt rising to the quadrant's "
    "average); the question is what need A alone is worth: the gap between their time-first "
    "and their other sessions.": (
        "그것은 세그먼트 전체의 상한(시도당 운행 수가 사분면 평균까지 오를 때)입니다. 문제는 "
        "니즈 A 하나만의 가치, 즉 시간 먼저 설정 세션과 다른 세션 사이의 차이입니다."
    ),
    "The prize is a gain, so it is positive.": "보상은 이득이므로 양수입니다.",
    "Four numbers: their time-first sessions, the gap in conversion (other sessions' rate minus "
    "time-first rate), rides per reservation, and the months in the window.": (
        "숫자 네 개가 필요합니다. 시간 먼저 설정 세션 수, 전환율 차이(다른 세션 전환율 빼기 "
        "시간 먼저 설정 세션 전환율), 예약당 운행 수, 그리고 기간의 개월 수입니다."
    ),
    "extra reservations = sessions x gap; extra rides = that x rides per reservation; the window "
    "is {days} days = {months:.0f} months.": (
        "추가 예약 = 세션 수 x 차이, 추가 운행 = 그 값 x 예약당 운행 수. 기간은 {days}일 = "
        "{months:.0f}개월입니다."
    ),
    "prize = tf_sessions * (other_rate - tf_rate) * rides_per_reservation / window_months": (
        "코드로 쓰면: prize = tf_sessions * (other_rate - tf_rate) * rides_per_reservation / "
        "window_months"
    ),
    "The prize of need A: that many more completed rides every month if the map fix made their "
    "time-first sessions work like their others. 08 tests the change and turns its lift into "
    "rides a month.": (
        "니즈 A의 보상입니다. 지도 개선으로 시간 먼저 설정 세션이 다른 세션처럼 된다면 매달 "
        "그만큼 운행 완료가 늘어납니다. 08 노트북에서 이 변경을 테스트하고 상승폭을 한 달 운행 "
        "수로 환산합니다."
    ),
    # ---- Exercise 4: the important-customer statement ----
    "Exercise 4 · the important customer": "연습 4 · 중요한 고객",
    "Write the statement as one string in quotes.": "문장을 따옴표로 감싼 문자열 하나로 쓰세요.",
    "That is too short to defend a choice: fill in the whole template.": (
        "선택을 설명하기에는 너무 짧습니다. 템플릿 전체를 채우세요."
    ),
    "Replace every [...] gap of the template with your own words.": (
        "템플릿의 [...] 빈칸을 모두 자신의 말로 바꾸세요."
    ),
    "That names another quadrant. The important customer is in the intersection: many "
    "attempts, few rides - the largest quadrant.": (
        "다른 사분면을 말하고 있습니다. 중요한 고객은 교집합에 있습니다. 시도는 많고 운행은 "
        "적은, 가장 큰 사분면입니다."
    ),
    "An age band is a demographic cut, not the customer the method finds: name the Mass "
    "situation and the element (pay-per-ride members who have not got going yet), the users "
    "who actually have the pain.": (
        "연령대는 인구통계로 자른 것이지 방법론이 찾는 고객이 아닙니다. 매스 세그먼트의 상황과 "
        "고객 요소(아직 자리를 잡지 못한 건별 결제 회원), 즉 실제로 불편을 겪는 사용자를 "
        "쓰세요."
    ),
    "Name the segment, so a colleague can find these users: the Mass situation and the "
    "element, e.g. pay-per-ride members who have not got going yet.": (
        "동료가 이 사용자들을 찾을 수 있게 세그먼트를 쓰세요. 매스 세그먼트의 상황과 고객 "
        "요소, 예를 들어 아직 자리를 잡지 못한 건별 결제 회원."
    ),
    "Name the need this customer has (what they are trying to do and cannot).": (
        "이 고객의 니즈(하려고 하지만 하지 못하는 것)를 쓰세요."
    ),
    "Name the metric you would watch: which number moves when the need is met?": (
        "지켜볼 지표를 쓰세요. 니즈가 충족되면 어떤 숫자가 움직일까요?"
    ),
    "Put at least one number from this notebook in it: size, ratio or prize.": (
        "이 노트북의 숫자를 하나 이상 넣으세요. 규모, 비율, 보상 중 무엇이든 됩니다."
    ),
    "Use the template in the markdown above and fill every [...] gap.": (
        "위 마크다운의 템플릿을 쓰고 [...] 빈칸을 모두 채우세요. 한국어로 써도 됩니다."
    ),
    "Four things must be in it: who (segment), what they need, which metric, and a number.": (
        "네 가지가 들어가야 합니다. 누구(세그먼트), 무엇이 필요한지(니즈), 어떤 지표, 그리고 숫자."
    ),
    "For example: who = pay-per-ride members who have not got going yet (the action-needed "
    "combinations); need = see which cars are free at the hour they set; metric = the "
    "time-first ratio, or completed rides per month; number = from the candidates table.": (
        "예: 누구 = 아직 자리를 잡지 못한 건별 결제 회원(뭘 망설일까 유형 조합), 니즈 = 정한 "
        "시간에 어떤 차가 비어 있는지 보기, 지표 = 시간 먼저 설정 비율 또는 월간 운행 완료 수, "
        "숫자 = 후보 비교 표에서."
    ),
    "A colleague can now find these users, see the pain, and check the number next month.": (
        "이제 동료가 이 사용자들을 찾고, 불편을 확인하고, 다음 달에 숫자를 점검할 수 있습니다."
    ),
    # ---- figures of notebook 06 ----
    "sign-ups": "가입",
    "app opens": "앱 실행",
    "returns (north star)": "반납(북극성 지표)",
    "Promotion (Sept): sign-ups x3, returns {change}": (
        "프로모션(9월): 가입은 3배, 반납은 {change}"
    ),
    "Month": "월",
    "Index (Aug 2024 = 100)": "지수(2024년 8월 = 100)",
    " price +12% (1 Nov)": " 가격 +12%(11월 1일)",
    "Conversion slid from Aug to Dec, with no step in Nov": (
        "전환율은 8~12월에 서서히 하락, 11월에 급락 없음"
    ),
    "Attempt -> reservation (%)": "시도 -> 예약 전환율(%)",
    "set the time first, attempt failed": "시간 먼저 설정, 시도 실패",
    "cancelled a reservation": "예약 취소",
    "card pending": "카드 등록 대기",
    "card failed": "카드 등록 실패",
    "payment failure at booking": "예약 시 결제 실패",
    "licence on hold": "면허 등록 보류",
    "reported an accident": "사고 신고",
    "One pain touches {ratio}x more users than payment failures": (
        "불편 하나가 결제 실패보다 {ratio}배 많은 사용자에게 닿는다"
    ),
    "Users who hit it (whole log)": "겪은 사용자 수(로그 전체)",
    "everyone else": "나머지 사용자",
    "app version": "앱 버전",
    "before 3.0": "3.0 이전",
    "app 3.0": "앱 3.0",
    "Before app 3.0, time-first sessions lost over half their chance in action needed only": (
        "앱 3.0 이전, 시간 먼저 설정 세션은 뭘 망설일까 유형에서만 가능성의 절반 넘게 잃었다"
    ),
    "Search sessions of": "탐색 세션의 그룹",
    "Time-first / other sessions' conversion": "전환율: 시간 먼저 설정 / 다른 세션",
}
