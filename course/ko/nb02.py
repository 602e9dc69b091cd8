"""Korean for notebook 02 (journey map and funnel): the checkers' verdicts and hints
(``course/checks/nb02.py``), the journey map's and the themes' prose (``helpers/funnel.py``,
``course/voc.py``), and every text notebook 02's figures show."""

MESSAGES: dict[str, str] = {
    # ---- the exercises' names (shown in every verdict) ------------------------------------
    "stage needs": "연습 1 · 단계의 니즈",
    "journey stage": "연습 2 · 가입 단계",
    "biggest drop-off": "연습 3 · 가장 큰 이탈",
    "event-level conversion": "연습 4 · 이벤트 기준 전환율",
    "worst channel": "연습 5 · 전환율이 가장 낮은 채널",
    "session window": "연습 6 · 30분 세션 퍼널",
    # ---- exercise 2: a sign-up stage (course/checks/nb02.py) ----------------------------------
    "Give the new stage as a dict with the keys "
    "'stage', 'aarrr', 'customer_can_do' and 'customer_needs'.": (
        "새 단계를 'stage', 'aarrr', 'customer_can_do', 'customer_needs' 네 키를 가진 "
        "dict로 써 주세요."
    ),
    "The dict is missing the key(s) {keys}.": "dict에 {keys} 키가 없습니다.",
    "{key!r} should be a short text in quotes, not {value!r}.": (
        "{key!r}에는 {value!r} 말고 따옴표로 감싼 짧은 문장을 넣어 주세요."
    ),
    "'aarrr' should be one of {steps}; got {value!r}.": (
        "'aarrr'는 {steps} 중 하나여야 합니다. 지금 값은 {value!r}입니다."
    ),
    "Read the journey map's aarrr column: which step gets a new customer in, before any value?": (
        "고객 여정 지도의 aarrr 열을 읽어 보세요. 고객이 아직 가치를 얻기 전, 새 고객을 "
        "들어오게 하는 단계는 무엇입니까?"
    ),
    "Activation is the first time a customer gets the product's value: at Bomcar the "
    "first completed ride (the journey map's return row). Signing up delivers no ride "
    "yet; it is how Bomcar gets the customer in: Acquisition.": (
        "활성화(Activation)는 고객이 제품의 가치를 처음 얻는 순간입니다. 봄카에서는 첫 운행 "
        "완료(고객 여정 지도의 return 행)입니다. 가입만으로는 아직 운행이 없습니다. 가입은 "
        "봄카가 고객을 들어오게 하는 단계, 즉 획득(Acquisition)입니다."
    ),
    "Retention is about coming back after a first success; a brand-new customer "
    "signing up has not had one yet.": (
        "유지(Retention)는 첫 성공 뒤에 다시 돌아오는 것입니다. 이제 막 가입하는 새 고객은 "
        "아직 첫 성공이 없습니다."
    ),
    "No money changes hands at sign-up: Revenue comes at the return, when a card "
    "payer's ride is charged.": (
        "가입할 때는 돈이 오가지 않습니다. 수익(Revenue)은 반납 때, 카드 결제 회원의 운행 "
        "요금이 결제될 때 생깁니다."
    ),
    "Referral is a happy customer inviting others; at sign-up they are not one yet.": (
        "추천(Referral)은 만족한 고객이 다른 사람을 초대하는 것입니다. 가입하는 시점에는 아직 "
        "그런 고객이 아닙니다."
    ),
    "'customer_needs' reads as what Bomcar wants ({phrase!r} is a business "
    "goal), not what the customer needs. Write it from the customer's side: what must "
    "be true for *them*, e.g. 'to know ...', 'a check that ...'.": (
        "'customer_needs'가 고객의 니즈가 아니라 봄카가 원하는 것으로 읽힙니다({phrase!r}: "
        "비즈니스 목표). 고객 쪽에서 써 주세요. *고객에게* 무엇이 갖춰져야 합니까? "
        "예: '... 알고 싶다', '... 확인이 빨랐으면'."
    ),
    "Say what the customer can *do* at this stage in a few words (3 or more).": (
        "이 단계에서 고객이 무엇을 *할 수 있는지* 몇 단어로 써 주세요(영어는 3단어 이상, "
        "한국어는 2어절 이상)."
    ),
    "Say what the customer *needs* at this stage in a few words (3 or more).": (
        "이 단계에서 고객에게 무엇이 *필요한지* 몇 단어로 써 주세요(영어는 3단어 이상, "
        "한국어는 2어절 이상)."
    ),
    "A need is not the same as an action: what must be true for the customer?": (
        "니즈는 행동과 다릅니다. 고객에게 무엇이 갖춰져야 합니까?"
    ),
    "That need is already in the table for another stage: what is special here?": (
        "그 니즈는 이미 다른 단계의 것으로 표에 있습니다. 이 단계만의 니즈는 무엇입니까?"
    ),
    "That stage is already in the journey; name the new stage (sign-up).": (
        "그 단계는 이미 여정에 있습니다. 새 단계(가입)의 이름을 써 주세요."
    ),
    "A sign-up stage sits between 'visit' and 'search/browse'. Which AARRR step gets "
    "a new user in?": (
        "가입 단계는 'visit'과 'search/browse' 사이에 있습니다. AARRR 중 새 사용자를 "
        "들어오게 하는 단계는 무엇입니까?"
    ),
    "Acquisition: Activation is the first completed ride, later in the journey. For "
    "the need, by_stage['sign up'] counts what the sign-up texts ask for.": (
        "획득(Acquisition)입니다. 활성화(Activation)는 여정 뒤쪽의 첫 운행 완료입니다. "
        "니즈는 by_stage['sign up']이 가입 단계 텍스트가 무엇을 요구하는지 세어 줍니다."
    ),
    "For example: {example}.": "예시: {example}",
    "Sign-up is Acquisition (the customer is in, with no ride yet), and its need is the "
    "one the sign-up texts name most, in the customer's words.": (
        "가입은 획득(Acquisition)입니다(고객이 들어왔지만 아직 운행은 없습니다). 니즈도 가입 "
        "단계 텍스트가 가장 많이 말하는 것을 고객의 말로 썼습니다."
    ),
    "(not logged)": "(로그 없음)",
    # ---- exercise 1: the stage needs -------------------------------------------------------
    "The need for {stage!r} should be a short text in quotes, not {need!r}.": (
        "{stage!r}의 니즈에는 {need!r} 말고 따옴표로 감싼 짧은 문장을 넣어 주세요."
    ),
    "{need!r} is what Bomcar wants, not a customer need. A need is the "
    "customer's, in the customer's words: what they try to get done, e.g. 'see ...', "
    "'... 하고 싶다'. No customer in the texts asks for {phrase!r}.": (
        "{need!r}: 봄카가 원하는 것이지 고객의 니즈가 아닙니다. 니즈는 고객의 것이고, 고객의 "
        "말로 씁니다. 고객이 이루려는 것, 예를 들어 '... 하고 싶다', 'see ...'처럼 씁니다. "
        "텍스트 어디에도 {phrase!r} 같은 것을 바라는 고객은 없습니다."
    ),
    "{need!r} reads as a business goal ({phrase!r}): what Bomcar wants, not a "
    "customer need. A need is the customer's, in the customer's words: what they try "
    "to get done, e.g. 'see ...', '... 하고 싶다'. No customer in the texts asks for "
    "{phrase!r}.": (
        "{need!r}: 비즈니스 목표({phrase!r})로 읽힙니다. 봄카가 원하는 것이지 고객의 니즈가 "
        "아닙니다. 니즈는 고객의 것이고, 고객의 말로 씁니다. 고객이 이루려는 것, 예를 들어 "
        "'... 하고 싶다', 'see ...'처럼 씁니다. 텍스트 어디에도 {phrase!r} 같은 것을 바라는 "
        "고객은 없습니다."
    ),
    "Read what the {stage!r} texts ask for: voc_texts[voc_texts['stage'] == "
    "{stage!r}]['text_en'], and say that in their words.": (
        "{stage!r} 텍스트가 무엇을 요구하는지 읽고(voc_texts[voc_texts['stage'] == "
        "{stage!r}]['text_ko']), 그것을 고객의 말로 써 보세요."
    ),
    "{need!r} is a feature (a {feature} is a solution Bomcar could build), "
    "not a need. The need behind it is what the customer tries to get done: the "
    "{stage!r} texts say {said!r} ({n} texts).": (
        "{need!r}: 니즈가 아니라 기능입니다({feature} 같은 것은 봄카가 만들 수 있는 "
        "해결책입니다). 그 뒤에 있는 니즈는 고객이 이루려는 것입니다. {stage!r} 텍스트가 말하는 "
        "니즈는 {said!r}입니다(텍스트 {n}건)."
    ),
    "Ask 'why would they want that?': the answer, in the customer's words, is "
    "the need ('see ...', 'know ...').": (
        "'고객은 왜 그걸 원할까?'라고 물어보세요. 그 답을 고객의 말로 쓴 것이 니즈입니다"
        "('... 보고 싶다', '... 알고 싶다')."
    ),
    "Say in a few words what the customer tries to get done at {stage!r}.": (
        "{stage!r}에서 고객이 무엇을 이루려 하는지 몇 단어로 써 주세요."
    ),
    "That is a {stage!r} need, but a smaller one ({n} texts). Which need do most "
    "of the {stage!r} texts ({top}) name?": (
        "{stage!r}의 니즈는 맞지만 더 작은 니즈입니다(텍스트 {n}건). {stage!r} 텍스트 "
        "대부분({top}건)이 말하는 니즈는 무엇입니까?"
    ),
    "by_stage[{stage!r}] counts the stage's themes: read a few texts of the largest one.": (
        "by_stage[{stage!r}]가 그 단계의 테마를 세어 줍니다. 가장 큰 테마의 텍스트를 몇 개 "
        "읽어 보세요."
    ),
    "That reads like the {other!r} stage's need ({need!r}), not the {stage!r} stage's. "
    "What do the {stage!r} texts say?": (
        "{stage!r} 단계가 아니라 {other!r} 단계의 니즈({need!r})로 읽힙니다. {stage!r} "
        "텍스트는 무엇을 말합니까?"
    ),
    "The {stage!r} texts do not say that. Read them (voc_texts[voc_texts['stage'] == "
    "{stage!r}]) and the counts of their themes: what do most try to get done?": (
        "{stage!r} 텍스트는 그렇게 말하지 않습니다. 텍스트(voc_texts[voc_texts['stage'] == "
        "{stage!r}])와 테마별 건수를 읽어 보세요. 고객 대부분이 이루려는 것은 무엇입니까?"
    ),
    "Give a dict from stage to need, e.g. {example}, with at least the search stage.": (
        "단계에서 니즈로 가는 dict로 써 주세요. 예: {example}. 탐색 단계는 꼭 넣어 주세요."
    ),
    "{stage!r} is not a stage of the corpus; the stages are {stages}.": (
        "{stage!r}: 코퍼스에 없는 단계입니다. 단계는 {stages}입니다."
    ),
    "Write at least the search stage's need: the key 'search/browse'.": (
        "적어도 탐색 단계의 니즈는 써 주세요. 키는 'search/browse'입니다."
    ),
    "Look at the counts: in the search stage, which theme do most texts have? Then "
    "read a few of its texts and say what those customers try to get done.": (
        "건수를 보세요. 탐색 단계에서 가장 많은 텍스트가 가진 테마는 무엇입니까? 그 테마의 "
        "텍스트를 몇 개 읽고, 그 고객들이 무엇을 이루려 하는지 써 보세요."
    ),
    "Write it as the customer would: 'see ...', 'know ...', '... 하고 싶다'. Not what "
    "Bomcar wants (more sign-ups, more bookings, 매출 증가).": (
        "고객이 말하듯 쓰세요. '... 보고 싶다', '... 알고 싶다', '... 하고 싶다'처럼 "
        "한국어로 써도 됩니다. 봄카가 원하는 것(가입자 증가, 예약 증가, 매출 증가)은 니즈가 "
        "아닙니다."
    ),
    "A need in the customer's words, read from what they said, not guessed at a desk. "
    "Notebook 03 starts from the search stage's need to find who holds it.": (
        "책상에서 짐작한 것이 아니라 고객이 한 말에서 읽어 낸, 고객의 말로 쓴 니즈입니다. "
        "03 노트북은 탐색 단계의 니즈에서 출발해 그 니즈를 가진 고객이 누구인지 찾습니다."
    ),
    # ---- exercise 3: the biggest drop-off --------------------------------------------------
    "Answer with a step name in quotes, e.g. 'map_view'.": (
        "따옴표로 감싼 단계 이름으로 답해 주세요. 예: 'map_view'."
    ),
    "{answer!r} is not a funnel step; the steps are {steps}.": (
        "{answer!r}: 퍼널 단계가 아닙니다. 단계는 {steps}입니다."
    ),
    "Nobody can be lost before the first step: every user starts there.": (
        "첫 단계 전에는 아무도 이탈할 수 없습니다. 모든 사용자가 거기서 시작합니다."
    ),
    "Close: drop_off is written on the row of the step users failed to reach. "
    "The {step!r} row counts users lost *before* {step!r} ({lost:,}).": (
        "거의 맞았습니다. drop_off는 사용자가 도달하지 못한 단계의 행에 적힙니다. {step!r} "
        "행은 {step!r} *이전에* 이탈한 사용자 수({lost:,}명)입니다."
    ),
    "{step!r} loses {lost:,} users; another step loses more.": (
        "{step!r}에서는 {lost:,}명이 이탈합니다. 더 많이 이탈하는 단계가 있습니다."
    ),
    "Look at the drop_off column of the funnel table: which row has the largest "
    "number?": "퍼널 표의 drop_off 열을 보세요. 가장 큰 숫자는 어느 행에 있습니까?",
    "table.loc[table['drop_off'].idxmax(), 'step'] gives the step name.": (
        "table.loc[table['drop_off'].idxmax(), 'step']로 단계 이름을 얻습니다."
    ),
    "It is the step right after the call to action (reservation_attempt).": (
        "행동 유도 버튼(CTA)을 누른 단계(reservation_attempt) 바로 다음 단계입니다."
    ),
    "That is where the most users stop: the attempt did not become a reservation.": (
        "가장 많은 사용자가 멈추는 곳입니다. 예약 시도가 예약으로 이어지지 않았습니다."
    ),
    # ---- exercise 4: event-level conversion ------------------------------------------------
    "conversion": "전환율",
    "That is the user-level rate from the funnel table (users who ever got from an "
    "attempt to a reservation). Here, count events instead.": (
        "그것은 퍼널 표의 사용자 기준 전환율입니다(예약 시도에서 한 번이라도 예약까지 간 "
        "사용자). 여기서는 이벤트 수로 세어 주세요."
    ),
    "That count includes the internal test accounts: use data.load_events().": (
        "그 수에는 내부 테스트 계정이 들어 있습니다. data.load_events()를 쓰세요."
    ),
    "You divided attempts by reservations: put reservations on top.": (
        "예약 시도를 예약으로 나눴습니다. 예약을 분자에 두세요."
    ),
    "Count how many rows of events have event == 'reservation', and how many have "
    "event == 'reservation_attempt'.": (
        "events에서 event == 'reservation'인 행과 event == 'reservation_attempt'인 행이 각각 "
        "몇 개인지 세어 보세요."
    ),
    "events['event'].value_counts() gives both counts at once.": (
        "events['event'].value_counts()가 두 수를 한 번에 알려 줍니다."
    ),
    "counts = events['event'].value_counts(); "
    "counts['reservation'] / counts['reservation_attempt']": (
        "코드로 쓰면 이렇습니다: counts = events['event'].value_counts(); "
        "counts['reservation'] / counts['reservation_attempt']"
    ),
    "Counted per attempt, only about a third of attempts become a reservation.": (
        "예약 시도 단위로 세면, 예약 시도 중 약 3분의 1만 예약이 됩니다."
    ),
    # ---- exercise 5: the worst channel -----------------------------------------------------
    "Answer with a channel name in quotes, e.g. {example!r}.": (
        "따옴표로 감싼 채널 이름으로 답해 주세요. 예: {example!r}."
    ),
    "{answer!r} is not a channel here; the channels are {channels}.": (
        "{answer!r}: 여기 있는 채널이 아닙니다. 채널은 {channels}입니다."
    ),
    "{channel!r} is the *highest* ({rate:.0%}): look for the lowest.": (
        "{channel!r} 채널이 *가장 높습니다*({rate:.0%}). 가장 낮은 채널을 찾으세요."
    ),
    "{channel!r} converts {rate:.0%} of attempting users; one channel is lower.": (
        "{channel!r} 채널은 예약을 시도한 사용자의 {rate:.0%}가 전환됩니다. 더 낮은 채널이 하나 "
        "있습니다."
    ),
    "Merge the channel onto the events, then call funnel.funnel(..., by='channel').": (
        "events에 channel을 합친(merge) 다음 funnel.funnel(..., by='channel')을 호출하세요."
    ),
    "Keep the rows where step == 'reservation' and compare pct_of_previous.": (
        "step == 'reservation'인 행만 남기고 pct_of_previous를 비교하세요."
    ),
    "Sort those rows by pct_of_previous: the first one is your answer. Which channel "
    "brought in many users in one month?": (
        "그 행들을 pct_of_previous로 정렬하면 첫 행이 답입니다. 한 달에 사용자를 많이 "
        "데려온 채널은 무엇이었습니까?"
    ),
    "Users who came for a promotion try to book, but far fewer get a reservation.": (
        "프로모션으로 들어온 사용자도 예약을 시도하지만, 예약까지 가는 사람은 훨씬 적습니다."
    ),
    # ---- exercise 6: a session funnel with a 30-minute window --------------------------------
    "Give a number of sessions, got {kind}.": "세션 수(숫자)로 답해 주세요. 지금 답은 {kind}입니다.",
    "That is NaN: did a filter leave nothing?": ("NaN입니다. 필터 때문에 남은 행이 없지 않습니까?"),
    "Give the number of sessions, not a share.": "비율 말고 세션 수로 답해 주세요.",
    "That is without the window: add within='30min'.": (
        "전환 기간 없이 센 값입니다. within='30min'을 추가하세요."
    ),
    "That is the reservation step: read the ride_start row.": (
        "그것은 reservation 단계입니다. ride_start 행을 읽으세요."
    ),
    "That counts users: pass user_col='session_id' to count sessions.": (
        "그것은 사용자 수입니다. 세션을 세려면 user_col='session_id'를 넘기세요."
    ),
    "{value:,} is too high.": "세션 {value:,}개는 너무 많습니다.",
    "{value:,} is too low.": "세션 {value:,}개는 너무 적습니다.",
    "funnel.funnel takes user_col= and within= at the same time.": (
        "funnel.funnel에는 user_col=와 within=을 함께 넘길 수 있습니다."
    ),
    "funnel.funnel(events, STEPS, user_col='session_id', within='30min')": (
        "코드로 쓰면 이렇습니다: "
        "funnel.funnel(events, STEPS, user_col='session_id', within='30min')"
    ),
    "Read the users column of the ride_start row (here it counts sessions): "
    "t.loc[t['step'] == 'ride_start', 'users'].item()": (
        "ride_start 행의 users 열을 읽으세요(여기서는 세션 수입니다): "
        "t.loc[t['step'] == 'ride_start', 'users'].item()"
    ),
    "Almost no session reaches the ride within 30 minutes: people book ahead. A window "
    "must fit the step it measures.": (
        "30분 안에 운행까지 가는 세션은 거의 없습니다. 사람들은 미리 예약합니다. 전환 기간은 "
        "측정하는 단계에 맞춰야 합니다."
    ),
    # ---- helpers/funnel.py: the funnel plot and the journey map --------------------------------
    "open the app, see the map": "앱을 열고 지도를 본다",
    "move the map, set a time, filter, click zones, look at cars": (
        "지도를 움직이고, 시간을 정하고, 필터를 쓰고, 존을 누르고, 차를 살펴본다"
    ),
    "pick a car and a time, confirm": "차와 시간을 골라 확정한다",
    "register a card (charged at the return) or a corporate account (invoiced monthly)": (
        "카드(반납 때 결제) 또는 법인 계정(매월 청구)을 등록한다"
    ),
    "unlock the car, drive": "차 문을 열고 운전한다",
    "park in the zone, end the ride (card payers pay now)": (
        "반납 구역에 주차하고 운행을 끝낸다(카드 결제 회원은 이때 결제)"
    ),
    "book and ride again after a first ride": "첫 운행 뒤 다시 예약하고 탄다",
    "invite a friend": "친구를 초대한다",
    # ---- course/voc.py: each theme's need, in the customer's words ----------------------------
    "(not a need: what the company should get)": "(니즈 아님: 회사가 얻고 싶은 것)",
    "see which cars are free at the hour I set": "내가 정한 시간에 어떤 차가 비어 있는지 보고 싶다",
    "find the kind of car I need quickly": "필요한 차종을 빨리 찾고 싶다",
    "a final price with no surprise charges": "예상 못 한 추가 요금 없는 최종 금액",
    "a car close to where I am": "내가 있는 곳 가까이에 있는 차",
    "find the return zone and end the ride without trouble": (
        "반납 구역을 찾아 문제없이 운행을 끝내고 싶다"
    ),
    "get my licence checked without waiting for days": "며칠씩 기다리지 않고 면허 확인을 받고 싶다",
    "get the reward when I invite a friend": "친구를 초대하면 보상을 제대로 받고 싶다",
    "one correct invoice and receipts for my company": "회사에 낼 정확한 청구서 한 장과 영수증",
    "a booking that goes through once I press reserve": "예약 버튼을 누르면 확실히 잡히는 예약",
    "pay with my card without errors": "오류 없이 카드로 결제하고 싶다",
    "join in a few steps": "몇 단계만으로 가입하고 싶다",
    "know the full price before I book": "예약하기 전에 전체 요금을 알고 싶다",
    "an app that opens fast": "빨리 열리는 앱",
    "a clean car": "깨끗한 차",
    "know what the insurance covers if something happens": (
        "무슨 일이 생겼을 때 보험이 어디까지 보장하는지 알고 싶다"
    ),
    "a subscription that pays off for how often I ride": "내가 타는 만큼 본전을 뽑는 구독",
    # ---- notebook 02's figures ---------------------------------------------------------------
    "The most-cited need is in the search stage: free cars at the time set": (
        "가장 많이 언급된 니즈는 탐색 단계에 있습니다: 정한 시간에 비어 있는 차"
    ),
    "Journey stage": "여정 단계",
    "Theme (need)": "테마(니즈)",
    "Pay-per-ride members write most of the 'free at the time I set' texts": (
        "'정한 시간에 빈 차' 텍스트는 대부분 건별 결제 회원이 씁니다"
    ),
    "Texts (reviews and tickets)": "텍스트 수(리뷰와 문의)",
    "Customer situation": "고객 상황",
    "Most users are lost between trying to reserve and a reservation": (
        "가장 많은 사용자가 예약 시도와 예약 사이에서 이탈합니다"
    ),
    "Per user, 78% of those who try get a reservation; per visit, 36%": (
        "사용자 기준으로는 시도한 사람의 78%가 예약하지만, 방문 기준으로는 36%입니다"
    ),
    "Conversion from the previous step (%)": "이전 단계 대비 전환율(%)",
    "Funnel step": "퍼널 단계",
    "per user": "사용자 기준",
    "per visit (session)": "방문(세션) 기준",
    "calendar: first reservations / sign-ups in the month": (
        "달력 월 기준: 그달의 첫 예약 / 그달의 가입"
    ),
    "cohort: sign-ups who reserved within 30 days": "코호트 기준: 30일 안에 예약한 가입자",
    "promotion (Sept)": "프로모션(9월)",
    "The calendar view credits September's sign-ups to October": (
        "달력 월 기준으로 보면 9월 가입자의 성과가 10월 것으로 잡힙니다"
    ),
    "Month (sign-up month for the cohort line)": "월(코호트 선은 가입 월)",
    "New users who reserved (%)": "예약한 신규 사용자(%)",
    "Subscribers try to reserve as often as others, but far more get a reservation": (
        "구독 회원은 다른 회원만큼 예약을 시도하지만, 예약에 성공하는 비율은 훨씬 높습니다"
    ),
    "set the time first": "시간부터 설정",
    "zone or car first": "존이나 차부터",
    "used the car-type filter": "차종 필터 사용",
    "no filter": "필터 없음",
    "Visits that set the time first end in a reservation less often": (
        "시간부터 설정한 방문은 예약으로 끝나는 경우가 더 적습니다"
    ),
    "Attempts that became a reservation (%)": "예약으로 이어진 시도 (%)",
    "Browse path": "탐색 경로",
}
