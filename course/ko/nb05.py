"""Korean for notebook 05 (the business view): its checkers (``course/checks/nb05.py``), the
5-whys reader (``helpers/whys.py``), the strategy map and metric tree (``helpers/strategy.py``)
and the texts of the notebook's figures."""

MESSAGES: dict[str, str] = {
    # ---- exercise 1: the candidate that never moves ----------------------------------------
    "time_first varies: time-first sessions reserve less often ({with_:.0%} against "
    "{without:.0%} in the table above). It is the strongest candidate, not a dead one.": (
        "time_first는 값이 달라집니다. 시간을 먼저 설정한 세션은 예약률이 더 낮습니다(위 표에서 "
        "{with_:.0%} 대 {without:.0%}). 가장 유력한 후보이지, 죽은 지표가 아닙니다."
    ),
    "car_type_filter varies: sessions with the filter reserve more often ({with_:.0%} "
    "against {without:.0%} in the table above) - a usable candidate.": (
        "car_type_filter는 값이 달라집니다. 필터를 쓴 세션은 예약률이 더 높습니다(위 표에서 "
        "{with_:.0%} 대 {without:.0%}). 쓸 만한 후보입니다."
    ),
    "two_plus_zones is a weak candidate ({with_:.0%} against {without:.0%} in the table "
    "above), but it does vary, so it could still move with conversion. Look for one that "
    "(practically) never changes.": (
        "two_plus_zones는 약한 후보이지만(위 표에서 {with_:.0%} 대 {without:.0%}) 값이 "
        "달라지므로 전환율과 함께 움직일 수는 있습니다. (사실상) 전혀 변하지 않는 후보를 "
        "찾으세요."
    ),
    "Answer with a column name in quotes, e.g. 'time_first'.": (
        "컬럼 이름을 따옴표 안에 적어 답하세요. 예: 'time_first'."
    ),
    "{answer!r} is not one of the candidates: {candidates}.": (
        "{answer!r}은(는) 후보가 아닙니다. 후보: {candidates}."
    ),
    "An indicator can only lead something if it moves. Which column has the same value in "
    "practically every session?": (
        "지표는 움직여야 무언가를 선행할 수 있습니다. 사실상 모든 세션에서 값이 같은 컬럼은 "
        "무엇일까요?"
    ),
    "Try `sessions[col].value_counts()` or `.nunique()` on each candidate column.": (
        "후보 컬럼마다 `sessions[col].value_counts()`나 `.nunique()`를 실행해 보세요."
    ),
    "{n:,} of {total:,} search sessions show exactly {usual} car view.": (
        "탐색 세션 {total:,}개 중 {n:,}개에서 차량 조회가 정확히 {usual}번입니다."
    ),
    "{n:,} of {total:,} search sessions show exactly {usual} car view (the exception is a "
    "session cut off by the end of the data): a metric that never moves cannot tell you "
    "anything. (It may still be worth logging - a future app version could change it.)": (
        "탐색 세션 {total:,}개 중 {n:,}개에서 차량 조회가 정확히 {usual}번입니다(예외는 데이터 "
        "끝에서 잘린 세션 하나). 전혀 움직이지 않는 지표는 아무것도 알려 주지 못합니다. (그래도 "
        "로그는 남겨 둘 만합니다. 다음 앱 버전에서 바뀔 수 있으니까요.)"
    ),
    # ---- exercise 2: time first on app 3.0 -------------------------------------------------
    "That is time-first sessions on the *older* versions; keep only sessions whose version "
    "is '3.0'.": (
        "그건 *이전* 버전에서 시간을 먼저 설정한 세션입니다. 버전이 '3.0'인 세션만 남기세요."
    ),
    "That is the *other* sessions on 3.0 (time not set first); keep the time-first ones.": (
        "그건 3.0의 *나머지* 세션(시간을 먼저 설정하지 않은 세션)입니다. 시간을 먼저 설정한 "
        "세션만 남기세요."
    ),
    "That mixes all app versions; keep only sessions on version '3.0'.": (
        "모든 앱 버전이 섞여 있습니다. 버전 '3.0'의 세션만 남기세요."
    ),
    "That is all sessions on 3.0; keep only the time-first ones.": (
        "그건 3.0의 전체 세션입니다. 시간을 먼저 설정한 세션만 남기세요."
    ),
    "Give the conversion as a number between 0 and 1, e.g. 0.25.": (
        "전환율을 0과 1 사이의 숫자로 적으세요. 예: 0.25."
    ),
    "That looks like a percentage; give it as a share (0-1).": (
        "퍼센트 값으로 보입니다. 비율(0-1)로 적으세요."
    ),
    "{value:.3f} is too high.": "{value:.3f}은(는) 너무 높습니다.",
    "{value:.3f} is too low.": "{value:.3f}은(는) 너무 낮습니다.",
    "Keep the search sessions with `version == '3.0'` and `time_first` True, then take the "
    "mean of `reserved`.": (
        "`version == '3.0'`이고 `time_first`가 True인 탐색 세션만 남긴 다음 `reserved`의 "
        "평균을 구하세요."
    ),
    "`sessions.loc[(sessions['version'] == '3.0') & sessions['time_first'], 'reserved']` - "
    "then `.mean()`.": (
        "`sessions.loc[(sessions['version'] == '3.0') & sessions['time_first'], 'reserved']`"
        " 다음에 `.mean()`."
    ),
    "A mean of True/False values is the share of True: the conversion.": (
        "True/False 값의 평균은 True의 비율, 즉 전환율입니다."
    ),
    "{share:.1%} of time-first search sessions on app 3.0 end in a reservation. Compare it "
    "with the older versions (the next cell).": (
        "앱 3.0에서 시간을 먼저 설정한 탐색 세션의 {share:.1%}가 예약으로 끝납니다. 이전 "
        "버전과 비교해 보세요(다음 셀)."
    ),
    # ---- exercise 3: the behaviour goal ---------------------------------------------------
    "This is a business number ({words}): what *we* want to see in the metrics. A behaviour "
    "goal says what the *customer does* in the search stage - the number follows if they do "
    "it.": (
        "이것은 비즈니스 수치입니다({words}). *우리가* 지표에서 보고 싶은 것이죠. 행동 목표는 "
        "탐색 단계에서 *고객이 하는 일*을 적습니다. 고객이 그렇게 하면 수치는 따라옵니다."
    ),
    "Start with the customer: 'Find ...', 'Book ...', or in Korean '... 찾는다'. Leave the "
    "metric for the stage metric (the search-stage conversion).": (
        "고객으로 시작하세요: '... 찾는다', '... 예약한다' (영어로는 'Find ...', 'Book ...'). "
        "수치는 단계 지표(탐색 단계 전환율)에 맡기세요."
    ),
    "This is a feature ('{word}'): something *we* build. A behaviour goal says what the "
    "customer does; a feature is one of the actions that may get them there (Exercise 5).": (
        "이것은 기능입니다('{word}'). *우리가* 만드는 것이죠. 행동 목표는 고객이 하는 일을 "
        "적습니다. 기능은 고객을 그곳에 데려다줄 수 있는 액션 중 하나입니다(연습 5)."
    ),
    "Ask: what should the customer be able to do on the map? e.g. 'Find ... '.": (
        "이렇게 물어보세요: 고객이 지도에서 무엇을 할 수 있어야 할까? 예: '... 찾는다'."
    ),
    "This is about a later stage (the ride, the return, the payment). The goal is for the "
    "search stage: what should the customer do while looking for a car?": (
        "이것은 뒤 단계(운행, 반납, 결제)에 관한 목표입니다. 목표는 탐색 단계의 것입니다. "
        "고객이 차를 찾는 동안 무엇을 해야 할까요?"
    ),
    "Use a search-stage verb: find, choose, book (찾다, 고르다, 예약하다).": (
        "탐색 단계의 동사를 쓰세요: 찾다, 고르다, 예약하다 (find, choose, book)."
    ),
    "Say what the customer does in the search stage, with a verb: 'find', 'choose', 'book' "
    "(Korean: 찾다, 고르다, 예약하다).": (
        "탐색 단계에서 고객이 하는 일을 동사로 적으세요: 찾다, 고르다, 예약하다 (영어: 'find', "
        "'choose', 'book')."
    ),
    "Give a dict with two entries: {example}.": "항목이 두 개인 dict로 답하세요: {example}.",
    "The 'goal' is one sentence in quotes: what the customer does.": (
        "'goal'은 따옴표 안의 한 문장입니다. 고객이 하는 일을 적으세요."
    ),
    "Give the keywords as a list of words in quotes, e.g. ['quickly', 'the car I want'].": (
        "키워드는 따옴표로 감싼 단어의 리스트로 적으세요. 예: ['빠르게', '원하는 차'] 또는 "
        "['quickly', 'the car I want']."
    ),
    "Pick one to three keywords from your goal, as a list of words in quotes.": (
        "목표 문장에서 키워드를 1-3개 골라 따옴표로 감싼 단어의 리스트로 적으세요."
    ),
    "Every keyword is a word (or a few words) in quotes.": (
        "키워드는 모두 따옴표 안의 단어(또는 몇 단어)입니다."
    ),
    "{n} keywords is a sentence again: keep the one to three that carry it.": (
        "키워드 {n}개면 다시 문장이 됩니다. 핵심을 담은 1-3개만 남기세요."
    ),
    "{keyword!r} is not in your goal. Keywords are words *picked from the goal* - the ones "
    "that say what matters in it, so notebook 06 can match them to the customer's needs.": (
        "{keyword!r}은(는) 목표 문장에 없습니다. 키워드는 *목표에서 골라낸* 단어, 즉 목표에서 "
        "중요한 것을 말하는 단어입니다. 그래야 06 노트북에서 고객 니즈와 짝지을 수 있습니다."
    ),
    "Copy the words from your goal sentence exactly, e.g. 'quickly'.": (
        "목표 문장의 단어를 그대로 옮겨 적으세요. 예: '빠르게'."
    ),
    "That keyword is the whole goal: pick the few words that carry it.": (
        "그 키워드는 목표 전체입니다. 핵심을 담은 몇 단어만 고르세요."
    ),
    "{keyword!r} is a filler word: pick words that carry the goal ('quickly', '원하는').": (
        "{keyword!r}은(는) 의미 없는 단어입니다. 목표의 핵심을 담은 단어를 고르세요('빠르게', "
        "'원하는')."
    ),
    "Of the course's keywords ({course}), notebook 06 needs {keyword!r} for the important "
    "customer - the time, and your keywords leave it out: the failed time-first sessions are "
    "why it matters. Add the time to yours before 06.": (
        "코스의 키워드({course}) 가운데 06 노트북은 중요한 고객을 위해 {keyword!r}(필요한 "
        "시간에), 즉 시간이 필요합니다. 그런데 키워드에 시간이 빠져 있습니다. 시간을 먼저 "
        "설정하고 실패한 세션이 그 이유입니다. 06 전에 키워드에 시간을 넣으세요."
    ),
    "Of the course's keywords ({course}), notebook 06 needs {keyword!r} for the important "
    "customer - the time, and your goal leaves it out: the failed time-first sessions are why "
    "it matters. Add the time to yours before 06.": (
        "코스의 키워드({course}) 가운데 06 노트북은 중요한 고객을 위해 {keyword!r}(필요한 "
        "시간에), 즉 시간이 필요합니다. 그런데 목표에 시간이 빠져 있습니다. 시간을 먼저 "
        "설정하고 실패한 세션이 그 이유입니다. 06 전에 목표에 시간을 넣으세요."
    ),
    "A behaviour goal is what the customer *does* (find, choose, book), not a number we want "
    "to see and not a feature we build.": (
        "행동 목표는 고객이 *하는 일*(찾다, 고르다, 예약하다)입니다. 우리가 보고 싶은 수치도, "
        "우리가 만들 기능도 아닙니다."
    ),
    "Think of the search stage: what should a customer who opens the map manage to do? Then "
    "underline the words that say what matters: those are the keywords.": (
        "탐색 단계를 떠올리세요. 지도를 연 고객이 무엇을 해낼 수 있어야 할까요? 그다음 중요한 "
        "것을 말하는 단어에 밑줄을 그으세요. 그것이 키워드입니다."
    ),
    "e.g. goal {goal!r}; keywords {keywords!r}.": (
        "예: 목표 {goal!r}, 키워드 {keywords!r}. 한국어로는 목표 '원하는 차를, 필요한 시간에 "
        "비어 있는 것으로, 빠르게 찾는다', 키워드 ['원하는 차', '필요한 시간에', '빠르게']."
    ),
    "A behaviour of the customer, with the words that carry it. Notebook 06 matches the "
    "course's keywords - 'at the time I need', 'the car I want', 'quickly' - to what the "
    "customers say they need.": (
        "고객의 행동을, 그 핵심 단어와 함께 적었습니다. 06 노트북에서는 코스의 키워드 'at the "
        "time I need'(필요한 시간에), 'the car I want'(원하는 차), 'quickly'(빠르게)를 고객이 "
        "말하는 니즈와 짝짓습니다."
    ),
    # ---- exercise 4: the 5-whys tree -----------------------------------------------------
    "Read as: {rows}.": "읽은 결과: {rows}.",
    "The top row {id!r} reads as an action ({why}). The tree starts from the symptom seen in "
    "the data - what we observe, e.g. 'many reservation attempts, few completed rides'. "
    "{read}": (
        "맨 위 행 {id!r}은(는) 액션으로 읽힙니다({why}). 트리는 데이터에서 보이는 증상, 즉 "
        "우리가 관찰한 것에서 시작합니다. 예: '예약 시도는 많고 운행 완료는 적다'. {read}"
    ),
    "The top row {id!r} reads as a cause ({why}). The tree starts from the symptom seen in "
    "the data - what we observe, e.g. 'many reservation attempts, few completed rides'. "
    "{read}": (
        "맨 위 행 {id!r}은(는) 원인으로 읽힙니다({why}). 트리는 데이터에서 보이는 증상, 즉 "
        "우리가 관찰한 것에서 시작합니다. 예: '예약 시도는 많고 운행 완료는 적다'. {read}"
    ),
    "Put what the data shows at the top (with a number or a word like 'few', 'rate'); ask "
    "'why?' under it.": (
        "데이터가 보여 주는 것을 맨 위에 두세요(숫자나 '적다', '비율' 같은 단어와 함께). 그 "
        "아래에서 '왜?'라고 물으세요."
    ),
    "The top row is a symptom, but not the search stage's: the data shows many reservation "
    "attempts and few completed rides. {read}": (
        "맨 위 행은 증상이지만 탐색 단계의 증상이 아닙니다. 데이터는 예약 시도는 많고 운행 "
        "완료는 적다는 것을 보여 줍니다. {read}"
    ),
    "Start from the symptom in the table above: attempts per completed ride.": (
        "위 표의 증상에서 시작하세요: 운행 완료 1건당 예약 시도 수."
    ),
    "Row {id!r} is an action ({why}). The tree asks *why*; what we would do about a cause "
    "goes in the action list (Exercise 5). {read}": (
        "행 {id!r}은(는) 액션입니다({why}). 트리는 *왜*를 묻습니다. 원인에 대해 우리가 할 "
        "일은 액션 목록(연습 5)에 들어갑니다. {read}"
    ),
    "Rewrite {id!r} as the reason the row above happens, and keep the action for later.": (
        "{id!r}을(를) 위 행이 일어나는 이유로 다시 쓰고, 액션은 나중을 위해 남겨 두세요."
    ),
    "Row {id!r} is another symptom ({why}): it says what we see, side by side with its "
    "parent, not why the parent happens. {read}": (
        "행 {id!r}은(는) 또 하나의 증상입니다({why}). 부모 행이 왜 일어나는지가 아니라, 부모 "
        "행과 나란히 우리가 보는 것을 말합니다. {read}"
    ),
    "Read '{parent}, because {id}' aloud: a cause names something about the customer's "
    "experience or the product.": (
        "'{parent}, 왜냐하면 {id}'라고 소리 내어 읽어 보세요. 원인은 고객의 경험이나 제품에 "
        "관한 무언가를 말합니다."
    ),
    "The main branch stops after {deepest} why(s): ask 'why?' again, at least {min_depth} "
    "times, until you reach something the team can change. {read}": (
        "주 가지가 '왜' {deepest}번에서 멈춥니다. 팀이 바꿀 수 있는 것에 닿을 때까지 적어도 "
        "{min_depth}번은 '왜?'라고 다시 물으세요. {read}"
    ),
    "Take the deepest row and ask: why does *that* happen?": (
        "가장 깊은 행을 골라 물으세요: *그것은* 왜 일어날까?"
    ),
    "No branch ends at the root cause the data shows. The time-first sessions fail: what the "
    "customer sees as free is not free at the time they set. Every root cause you wrote "
    "({ends}) may be true, but none says it. {read}": (
        "데이터가 보여 주는 근본 원인에서 끝나는 가지가 없습니다. 시간을 먼저 설정한 세션이 "
        "실패하는 이유는, 고객이 비어 있다고 본 차가 설정한 시간에는 비어 있지 않기 "
        "때문입니다. 적은 근본 원인({ends})이 모두 사실일 수 있지만 어느 것도 이 점을 말하지 "
        "않습니다. {read}"
    ),
    "Follow the failed attempts down: which car did they pick, and what did the map show "
    "them about the time they set?": (
        "실패한 시도를 따라 내려가 보세요. 고객은 어떤 차를 골랐고, 지도는 그들이 설정한 "
        "시간에 대해 무엇을 보여 주었나요?"
    ),
    "{rows} rows, {branching} branching point(s), root cause(s) {ends}; the main branch is "
    "{depth} whys deep.": (
        "{rows}개 행, 갈라지는 지점 {branching}곳, 근본 원인 {ends}. 주 가지의 깊이는 '왜' "
        "{depth}번입니다."
    ),
    "Top row: the symptom the data shows (parent None). Each row below answers 'why?' to its "
    "parent. A cause says why - not a number, not an action.": (
        "맨 위 행: 데이터가 보여 주는 증상(parent는 None). 아래의 각 행은 부모 행에 대한 "
        "'왜?'에 답합니다. 원인은 이유를 말합니다. 숫자도 아니고 액션도 아닙니다."
    ),
    "Follow the failed attempts: why do they fail? Why did the customer pick that car? What "
    "did the map show? A cause may have two reasons: give both the same parent.": (
        "실패한 시도를 따라가 보세요. 왜 실패할까요? 고객은 왜 그 차를 골랐을까요? 지도는 "
        "무엇을 보여 주었나요? 한 원인에 이유가 둘일 수 있습니다. 그럴 땐 두 행에 같은 "
        "parent를 주세요."
    ),
    "Main branch, e.g.: few rides -> attempts fail -> the car is booked at their time -> it "
    "looked free on the map -> the map shows cars free now, not at the time set.": (
        "주 가지 예: 운행이 적다 -> 시도가 실패한다 -> 그 시간에 차가 이미 예약되어 있다 -> "
        "지도에서는 비어 있는 것처럼 보였다 -> 지도는 설정한 시간이 아니라 지금 비어 있는 차를 "
        "보여 준다."
    ),
    "A tree from the symptom to a root cause the data supports. Read each link aloud with "
    "'because'. Branches are allowed, not required: any other root cause you wrote is a "
    "hypothesis to check.": (
        "증상에서 데이터가 뒷받침하는 근본 원인까지 이어지는 트리입니다. 각 연결을 '왜냐하면'을 "
        "넣어 소리 내어 읽어 보세요. 가지는 있어도 되고 없어도 됩니다. 그 밖에 적은 근본 원인은 "
        "확인해야 할 가설입니다."
    ),
    # ---- exercise 5: actions, estimated and ranked -----------------------------------------
    "action {n}": "액션 {n}",
    "{name}: name the root cause it acts on (its id or text in the tree).": (
        "{name}: 이 액션이 겨냥하는 근본 원인(트리의 id 또는 문장)을 적으세요."
    ),
    "'cause' is the id of a row of your tree, in quotes, e.g. '4'.": (
        "'cause'는 트리에 있는 행의 id를 따옴표 안에 적은 것입니다. 예: '4'."
    ),
    "Action {n}: describe the action in a sentence in quotes.": (
        "액션 {n}: 액션을 따옴표 안의 한 문장으로 적으세요."
    ),
    "e.g. 'Show only cars free for the whole time set'.": (
        "예: '설정한 시간 내내 비어 있는 차만 보여 준다'."
    ),
    "Direct: after it ships, the map shows which cars are free at the time set. Indirect: the "
    "customer has to do or know something more.": (
        "직접: 출시되면 지도가 설정한 시간에 비어 있는 차를 보여 줍니다. 간접: 고객이 무언가를 "
        "더 하거나 더 알아야 합니다."
    ),
    "{name}: 'kind' is 'direct' or 'indirect', not {kind!r}.": (
        "{name}: 'kind'는 {kind!r}이(가) 아니라 'direct'(직접) 또는 'indirect'(간접)입니다."
    ),
    "{name} is direct, not indirect: it changes what the customer sees as free at the time "
    "they set - the root cause itself.": (
        "{name}은(는) 간접이 아니라 직접 액션입니다. 설정한 시간에 비어 있는 차로 고객에게 "
        "보이는 것, 즉 근본 원인 자체를 바꿉니다."
    ),
    "{name} is indirect, not direct: it works through a message, a reward or an explanation; "
    "the map still shows the same cars.": (
        "{name}은(는) 직접이 아니라 간접 액션입니다. 메시지, 보상, 설명을 거쳐 작동하고, "
        "지도는 여전히 같은 차를 보여 줍니다."
    ),
    "{name}: 'ratio_to' is a number - the time-first ratio you expect after it.": (
        "{name}: 'ratio_to'는 숫자입니다. 액션 뒤에 기대하는 시간 먼저 설정 비율을 적으세요."
    ),
    "Write it without quotes, e.g. 0.8.": "따옴표 없이 적으세요. 예: 0.8.",
    "{name}: a ratio_to of {ratio:.2f} is no lift: today's ratio is {today:.2f}. What do you "
    "expect after the action?": (
        "{name}: ratio_to {ratio:.2f}은(는) 개선이 아닙니다. 현재 비율이 {today:.2f}입니다. "
        "액션 뒤에 얼마를 기대하나요?"
    ),
    "Pick a ratio between today's {today:.2f} and 1.": (
        "현재 값 {today:.2f}과 1 사이의 비율을 고르세요."
    ),
    "{name}: a ratio_to of {ratio:.2f} means time-first sessions would convert *better* than "
    "the others. Nothing in the data supports that; 1 means the pain is gone.": (
        "{name}: ratio_to {ratio:.2f}은(는) 시간을 먼저 설정한 세션이 다른 세션보다 *더 잘* "
        "전환된다는 뜻입니다. 데이터에는 그런 근거가 없습니다. 1이면 페인 포인트가 사라진 "
        "것입니다."
    ),
    "Stay between today's ratio and 1.": "현재 비율과 1 사이로 적으세요.",
    "{name}: {ratio:.2f} is optimistic for an indirect action - it leaves the map as it is. "
    "Half the way to 1 ({half_way:.2f}) is already generous.": (
        "{name}: 간접 액션에 {ratio:.2f}은(는) 낙관적입니다. 지도는 그대로이니까요. 1까지 "
        "절반({half_way:.2f})만 가도 이미 후한 편입니다."
    ),
    "Give indirect actions a smaller lift (and a lower confidence).": (
        "간접 액션에는 더 작은 개선(과 더 낮은 확신도)을 주세요."
    ),
    "{name}: 'extra_rides' is a number: completed rides per month, from the chain.": (
        "{name}: 'extra_rides'는 숫자입니다. 연결 고리로 계산한 월 추가 운행 완료 수입니다."
    ),
    "extra_rides = impact(ratio_to)['extra_rides'] - compute it, do not type it.": (
        "extra_rides = impact(ratio_to)['extra_rides'] - 직접 타이핑하지 말고 계산하세요."
    ),
    "{name}: {rides:.1f} extra rides a month does not follow from ratio_to {ratio:.2f}; the "
    "chain on the data gives about {expected:.0f}.": (
        "{name}: 월 {rides:.1f}회의 추가 운행은 ratio_to {ratio:.2f}에서 나오지 않습니다. "
        "데이터로 연결 고리를 계산하면 약 {expected:.0f}회입니다."
    ),
    "Use the chain: time-first sessions x (ratio_to x other rate - time-first rate) x rides "
    "per reservation - or `impact(ratio_to)` from the cell above.": (
        "연결 고리를 쓰세요: 시간 먼저 설정 세션 수 x (ratio_to x 다른 세션의 예약률 - 시간 먼저 설정 "
        "세션의 예약률) x 예약당 운행 수. 또는 위 셀의 `impact(ratio_to)`를 쓰세요."
    ),
    "{name}: 'confidence' is a share above 0 and at most 1 (0.8 = fairly sure).": (
        "{name}: 'confidence'는 0보다 크고 1 이하인 비율입니다(0.8 = 꽤 확신)."
    ),
    "0.8 = fairly sure, 0.3 = a long shot.": "0.8 = 꽤 확신, 0.3 = 가능성이 낮은 도전.",
    "{name}: 'effort' is 1 (a day) to 5 (a quarter of the team's work).": (
        "{name}: 'effort'는 1(하루)부터 5(팀의 한 분기 작업)까지입니다."
    ),
    "A whole number from 1 (a day) to 5 (a quarter).": (
        "1(하루)부터 5(한 분기)까지의 정수로 적으세요."
    ),
    "Give a list of dicts, one per action: {example}.": (
        "액션마다 dict 하나씩, dict의 리스트로 적으세요: {example}."
    ),
    "Ideate at least two actions, so there is something to rank.": (
        "액션을 적어도 두 개 떠올리세요. 그래야 순위를 매길 수 있습니다."
    ),
    "Add a dict to the list: another action for the same root cause, or one for another root "
    "cause.": (
        "리스트에 dict를 하나 더 넣으세요. 같은 근본 원인에 대한 다른 액션이나 다른 근본 "
        "원인에 대한 액션을 적으세요."
    ),
    "Action {n} is missing {missing}: every action needs {keys}.": (
        "액션 {n}에 {missing}이(가) 빠졌습니다. 모든 액션에는 {keys}가 필요합니다."
    ),
    "Copy the template's dict for each action and fill in every key.": (
        "액션마다 템플릿의 dict를 복사해 모든 키를 채우세요."
    ),
    "These look like percents; write shares 0-1: {fields}.": (
        "퍼센트 값으로 보입니다. 0-1 사이의 비율로 적으세요: {fields}."
    ),
    "Write each as a share (90% -> 0.9, 70% -> 0.7).": (
        "각각 비율로 적으세요(90% -> 0.9, 70% -> 0.7)."
    ),
    "Write each as a share (90% -> 0.9, 70% -> 0.7). Then compute extra_rides again from the "
    "new ratio_to: impact(ratio_to)['extra_rides'].": (
        "각각 비율로 적으세요(90% -> 0.9, 70% -> 0.7). 그다음 새 ratio_to로 extra_rides를 다시 "
        "계산하세요: impact(ratio_to)['extra_rides']."
    ),
    "Every action is indirect: nothing changes the root cause itself. That is the warning "
    "sign of a strategy map.": (
        "모든 액션이 간접 액션입니다. 근본 원인 자체를 바꾸는 액션이 없습니다. 전략 맵의 경고 "
        "신호입니다."
    ),
    "Add one action that changes what the map shows at the time set.": (
        "설정한 시간에 지도가 보여 주는 것을 바꾸는 액션을 하나 넣으세요."
    ),
    "{n} problems, all at once:": "문제 {n}개를 한꺼번에 보여 드립니다:",
    "One dict per action: the cause it acts on, the action, 'direct' or 'indirect', the "
    "time-first ratio you expect after it, the extra rides from the chain, a confidence (0-1) "
    "and an effort (1-5).": (
        "액션마다 dict 하나: 겨냥하는 원인, 액션, 'direct'(직접) 또는 'indirect'(간접), 액션 "
        "뒤에 기대하는 시간 먼저 설정 비율, 연결 고리로 계산한 추가 운행 수, 확신도(0-1), "
        "노력(1-5)."
    ),
    "Check each field against its range: ratio_to between today's ratio and 1, confidence "
    "0-1 (a share, not a percent), effort 1-5.": (
        "각 항목의 범위를 확인하세요: ratio_to는 현재 비율과 1 사이, confidence는 0-1(퍼센트가 "
        "아닌 비율), effort는 1-5."
    ),
    "Each action is judged and estimated on the data. The score ranks them; the ranking is a "
    "bet to revisit after the first one ships.": (
        "모든 액션을 판단하고 데이터로 추정했습니다. 점수로 순위를 매기지만, 그 순위는 첫 "
        "액션을 출시한 뒤 다시 살펴볼 베팅입니다."
    ),
    "That is a list: make it a table first.": "그건 리스트입니다. 먼저 표로 만드세요.",
    "ranked = pd.DataFrame(my_actions), then add the score column and sort.": (
        "ranked = pd.DataFrame(my_actions)로 만든 다음 score 컬럼을 더하고 정렬하세요."
    ),
    "`ranked` is my_actions as a table: pd.DataFrame(my_actions), with a score column.": (
        "`ranked`는 my_actions를 표로 만든 것입니다: pd.DataFrame(my_actions)에 score 컬럼을 "
        "더하세요."
    ),
    "The table has no {missing} column: build it from your actions.": (
        "표에 {missing} 컬럼이 없습니다. 내 액션으로 표를 만드세요."
    ),
    "The table has no 'score' column.": "표에 'score' 컬럼이 없습니다.",
    "not in my_actions: {actions}": "my_actions에 없음: {actions}",
    "missing: {actions}": "빠짐: {actions}",
    "the same actions, but not each once": "같은 액션이지만 각각 한 번씩이 아님",
    "`ranked` does not hold the actions you checked in my_actions ({said}).": (
        "`ranked`에 my_actions에서 확인한 액션이 들어 있지 않습니다({said})."
    ),
    "Build it from your list: ranked = pd.DataFrame(my_actions), then run the check of "
    "my_actions again if you changed it.": (
        "내 리스트로 만드세요: ranked = pd.DataFrame(my_actions). my_actions를 바꿨다면 그 "
        "확인 셀도 다시 실행하세요."
    ),
    "extra_rides, confidence, effort and score are numbers on every row.": (
        "extra_rides, confidence, effort, score는 모든 행에서 숫자여야 합니다."
    ),
    "The score of {action!r} is not extra rides x confidence / effort ({expected:.2f}, not "
    "{score:.2f}).": (
        "{action!r}의 점수가 추가 운행 x 확신도 / 노력이 아닙니다({score:.2f}이 아니라 "
        "{expected:.2f})."
    ),
    "Sort it best first: the highest score on top.": (
        "가장 좋은 것부터 정렬하세요. 점수가 가장 높은 액션이 맨 위입니다."
    ),
    "ranked = pd.DataFrame(my_actions); add ranked['score']; sort by it, highest first.": (
        "ranked = pd.DataFrame(my_actions); ranked['score']를 더하고, 점수가 높은 순으로 "
        "정렬하세요."
    ),
    "Your actions, scored and ranked from your own estimates.": (
        "내 추정으로 점수를 매기고 순위를 정한 액션입니다."
    ),
    # ---- helpers/whys.py: how each row was read ----------------------------------------------
    # ---- helpers/strategy.py: chains, metric trees and the strategy map --------------------
    "Your strategy map: from each root cause up to the north star": (
        "나의 전략 맵: 각 근본 원인에서 북극성 지표까지"
    ),
    "Your strategy map: from each cause up to the north star": (
        "나의 전략 맵: 각 원인에서 북극성 지표까지"
    ),
    # ---- notebook 05's figures ------------------------------------------------------------
    "Completed rides per month": "월간 운행 완료 수",
    "Search sessions that reserve ({share})": "예약으로 이어진 탐색 세션({share})",
    "Time-first ratio of the important customer ({ratio})": (
        "중요한 고객의 시간 먼저 설정 비율({ratio})"
    ),
    "Search-stage conversion": "탐색 단계 전환율",
    "Used car-type filter": "차종 필터 사용",
    "Clicked 2+ zones": "구역 2개 이상 클릭",
    "Set the time first": "시간 먼저 설정",
    " promotion": " 프로모션",
    " price +12%": " 가격 +12%",
    " app 3.0": " 앱 3.0",
    "app 3.0": "앱 3.0",
    "% of search\nsessions": "탐색 세션 중\n비율(%)",
    "Week, 2024-2025 (sessions grouped by the week they started)": (
        "주, 2024-2025년 (세션이 시작된 주 기준)"
    ),
    "Same scale: conversion has a shape, the behaviours only wobble": (
        "같은 눈금: 전환율에는 흐름이 있고, 행동들은 흔들릴 뿐입니다"
    ),
    "Time-first sessions convert lower in {n} of {total} weeks, less so after app 3.0": (
        "시간 먼저 설정 세션은 {total}주 중 {n}주에서 전환율이 더 낮고, 앱 3.0 이후 격차가 줄어듭니다"
    ),
    "Week, 2024-2025": "주, 2024-2025년",
    "Conversion with minus without\n(percentage points)": (
        "행동이 있는 세션 - 없는 세션의\n전환율 차이(%p)"
    ),
    # ---- exercise titles and code-only hints --------------------------------------------
    "Exercise 1": "연습 1",
    "Exercise 2": "연습 2",
    "Exercise 3": "연습 3",
    "Exercise 4": "연습 4",
    "Exercise 5": "연습 5",
    "Exercise 5 (ranked)": "연습 5 (순위표)",
    "ranked = pd.DataFrame(my_actions)": (
        "내 액션으로 표를 만드세요: ranked = pd.DataFrame(my_actions)"
    ),
    "ranked['score'] = ranked['extra_rides'] * ranked['confidence'] / ranked['effort']": (
        "점수 컬럼을 더하세요: ranked['score'] = ranked['extra_rides'] * "
        "ranked['confidence'] / ranked['effort']"
    ),
    "ranked = ranked.sort_values('score', ascending=False)": (
        "점수로 정렬하세요: ranked = ranked.sort_values('score', ascending=False)"
    ),
    # ---- course/important_customer.py: who the important customer is ---------------------
    "pay-per-ride members who have not got going yet": "아직 자리를 잡지 못한 건별 결제 회원",
    "pay-per-ride members (individual, no subscription, card and licence registered) who "
    "searched in their first {days} days but stayed below the members' average experience "
    "then: never reserved, reserved but never rode, or one completed ride": (
        "처음 {days}일 동안 탐색은 했지만 그 기간의 경험이 회원 평균에 못 미친 건별 결제 "
        "회원(개인, 구독 없음, 카드와 면허 등록 완료): 예약한 적이 없거나, 예약했지만 운행한 "
        "적이 없거나, 운행 완료가 한 번인 회원"
    ),
    "to see which cars are free at the hour I set, so that a reservation does not fail": (
        "내가 설정한 시간에 어떤 차가 비어 있는지 보고 싶다. 그래야 예약이 실패하지 않는다"
    ),
    "If the map shows only the cars that are free at the time a user has set, then more "
    "{name} will make a reservation within 14 days, because today the cars they pick turn "
    "out to be taken at that hour, and they give up.": (
        "만약 지도가 사용자가 설정한 시간에 비어 있는 차만 보여 준다면, {name} 가운데 14일 "
        "안에 예약하는 사람이 늘어날 것이다. 왜냐하면 지금은 그들이 고른 차가 그 시간에 이미 "
        "예약되어 있어서 포기하기 때문이다."
    ),
}
