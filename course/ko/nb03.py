"""Korean for notebook 03 (segmentation): the checkers' verdicts and hints, and the figures."""

MESSAGES: dict[str, str] = {
    # ---- exercise 1: Mass or Specific ----------------------------------------------------
    "Answer with a dict: situation -> 'Mass' or 'Specific'.": (
        "dict로 답하세요: 상황 -> 'Mass' 또는 'Specific'."
    ),
    "The dict needs all five situations; missing: {missing}.": (
        "dict에 다섯 가지 상황이 모두 있어야 합니다. 빠진 상황: {missing}."
    ),
    "Fill in {name!r} with 'Mass' or 'Specific'.": (
        "{name!r}의 값을 'Mass' 또는 'Specific'으로 채우세요."
    ),
    "{name!r}: answer 'Mass' or 'Specific', not {value!r}.": (
        "{name!r}: {value!r}가 아니라 'Mass' 또는 'Specific'으로 답하세요."
    ),
    "{name}: a card or licence still pending is an ordinary step every new customer passes "
    "through: Mass, even though the group is small ({share:.1%} of users). Sort by the "
    "situation, not by a share cut-off.": (
        "{name}: 카드나 면허 등록이 아직 대기 중인 것은 새 고객이라면 누구나 거치는 평범한 "
        "단계입니다. 그룹이 작아도(사용자의 {share:.1%}) Mass입니다. 비율 기준선이 아니라 "
        "상황으로 나누세요."
    ),
    "{name}: riding on a company account is an ordinary situation: Mass.": (
        "{name}: 회사 계정으로 이용하는 것은 평범한 상황입니다. Mass입니다."
    ),
    "{name}: a card that failed its check is an unusual situation: Specific.": (
        "{name}: 카드 확인에 실패한 것은 흔치 않은 상황입니다. Specific입니다."
    ),
    "{name}: a licence on hold is an unusual situation: Specific.": (
        "{name}: 면허 등록 보류는 흔치 않은 상황입니다. Specific입니다."
    ),
    "{name}: an accident is an unusual situation: Specific.": (
        "{name}: 사고는 흔치 않은 상황입니다. Specific입니다."
    ),
    "Ask 'ordinary or unusual?', never 'big or small?'.": (
        "'큰가 작은가?'가 아니라 '평범한가 흔치 않은가?'를 물으세요."
    ),
    "Mass = an ordinary situation many customers are in; Specific = an unusual one.": (
        "Mass = 많은 고객이 처한 평범한 상황, Specific = 흔치 않은 상황입니다."
    ),
    "A pending card or licence is a step in signing up, not an accident.": (
        "카드나 면허 등록 대기는 가입 과정의 한 단계이지 사고가 아닙니다."
    ),
    "Two are Mass (associate member, corporate member), three Specific.": (
        "둘은 Mass(associate member, corporate member)이고 셋은 Specific입니다."
    ),
    "Sorted by situation. Size comes next: the associate members are small but Mass; "
    "a Specific segment is small *because* its situation is unusual.": (
        "상황으로 잘 나눴습니다. 크기는 그다음입니다. 준회원은 작지만 Mass이고, Specific "
        "세그먼트는 상황이 흔치 않기 *때문에* 작습니다."
    ),
    # ---- exercise 2: the Specific segment that converts worst ----------------------------
    "Answer with one of the names in quotes: {names}.": (
        "다음 이름 중 하나를 따옴표에 넣어 답하세요: {names}."
    ),
    "{answer!r} is not one of {names}.": "{answer!r}는 {names} 중 하나가 아닙니다.",
    "{segment}: converts {rate:.0%} of attempts, *above* the {overall:.0%} average "
    "(over their whole life; see below).": (
        "`{segment}`: 시도의 {rate:.0%}가 예약으로 이어집니다. 평균 {overall:.0%}*보다 높습니다*"
        "(가입 후 전체 기간 기준입니다. 아래를 보세요)."
    ),
    "{segment}: converts {rate:.0%} of attempts; another Specific segment converts less.": (
        "`{segment}`: 시도의 {rate:.0%}가 예약으로 이어집니다. 이보다 전환율이 낮은 Specific "
        "세그먼트가 있습니다."
    ),
    "Read the `conversion` column of the `specific` table: reservations / attempts.": (
        "`specific` 표의 `conversion` 열을 읽으세요: 예약 / 시도입니다."
    ),
    "u[u['situation'] == 'licence on hold'] and u[u['accident_reporter']] give two of them.": (
        "u[u['situation'] == 'licence on hold']와 u[u['accident_reporter']]로 그중 둘을 "
        "구할 수 있습니다."
    ),
    "Compare the three numbers; one of them is exactly 0%.": (
        "세 숫자를 비교하세요. 그중 하나는 정확히 0%입니다."
    ),
    "Nobody with a licence on hold gets a reservation: the licence check blocks every "
    "attempt. That is not a product pain point but a rule - and a message to design.": (
        "면허 등록 보류 상태인 사용자는 아무도 예약하지 못합니다. 면허 확인이 모든 시도를 "
        "막기 때문입니다. 이것은 제품의 페인 포인트가 아니라 규칙이고, 설계할 것은 안내 "
        "메시지입니다."
    ),
    # ---- exercise 3: the combination with most of the north star -------------------------
    "Answer with a combination label in quotes, e.g. 'corporate member x below average'.": (
        "조합 레이블을 따옴표에 넣어 답하세요. 예: 'corporate member x below average'."
    ),
    "{answer!r}: Specific situations are not combined; pick a Mass one.": (
        "{answer!r}: Specific 상황은 조합하지 않습니다. Mass 조합을 고르세요."
    ),
    "{answer!r} is not a combination label; labels look like "
    "'corporate member x below average' (situation x experience).": (
        "{answer!r}는 조합 레이블이 아닙니다. 레이블은 'corporate member x below average'"
        "(상황 x 경험) 형태입니다."
    ),
    "{name!r} is the largest by *users*, but it holds {share:.0%} of the "
    "later rides: size is not impact.": (
        "{name!r}는 *사용자 수*로는 가장 크지만, 이후 운행 완료의 {share:.0%}만 차지합니다. "
        "크기가 곧 임팩트는 아닙니다."
    ),
    "Sum the rides per combination, not the users.": (
        "사용자 수가 아니라 조합별 운행 완료 수를 더하세요."
    ),
    "{name!r} holds {share:.0%} of the later rides; one combination holds more.": (
        "{name!r}는 이후 운행 완료의 {share:.0%}를 차지합니다. 이보다 더 많이 차지하는 조합이 "
        "있습니다."
    ),
    "Group the later `rides` of `mass` by `combination` and sum.": (
        "`mass`의 이후 `rides`를 `combination`별로 묶어 더하세요."
    ),
    "Divide by mass['rides'].sum() to get shares.": (
        "mass['rides'].sum()으로 나누면 비율이 됩니다."
    ),
    "share.idxmax() gives the label with the largest share.": (
        "share.idxmax()가 비율이 가장 큰 레이블을 알려 줍니다."
    ),
    "{combination} carries {share:.0%} of the later rides of the search stage.": (
        "`{combination}` 조합이 탐색 단계의 이후 운행 완료 중 {share:.0%}를 차지합니다."
    ),
    # ---- exercise 4: how often movers come back -------------------------------------------
    "Give a share between 0 and 1, e.g. 0.5 (no quotes).": (
        "0과 1 사이의 비율로 답하세요. 예: 0.5(따옴표 없이)."
    ),
    "That is a percentage; give the share between 0 and 1.": (
        "퍼센트 값입니다. 0과 1 사이의 비율로 답하세요."
    ),
    "That is the everyday riders' share; the question asks about the movers.": (
        "일상 이동 고객의 비율입니다. 문제는 이사 고객을 묻고 있습니다."
    ),
    "Keep the rows whose job is {job!r}.": "job이 {job!r}인 행만 남기세요.",
    "That is the number of movers; give the share of them who rode again.": (
        "이사 고객의 수입니다. 그중 다시 운행한 고객의 비율로 답하세요."
    ),
    "That is the share who did *not* come back.": "다시 돌아오지 *않은* 고객의 비율입니다.",
    "{answer:g} is too high.": "{answer:g}는 너무 큽니다.",
    "{answer:g} is too low.": "{answer:g}는 너무 작습니다.",
    "Step 1, one row per rider with its job: jobs = checks.first_ride_jobs(events, rides)": (
        "1단계, 운행 고객마다 한 행과 그 서비스 이용 이유: "
        "jobs = checks.first_ride_jobs(events, rides)"
    ),
    "Step 2, the movers only: movers = jobs[jobs['job'] == {job!r}]": (
        "2단계, 이사 고객만: movers = jobs[jobs['job'] == {job!r}]"
    ),
    "Step 3, the share of True in repeat_90d: move_repeat = movers['repeat_90d'].mean()": (
        "3단계, repeat_90d에서 True의 비율: move_repeat = movers['repeat_90d'].mean()"
    ),
    "{right:.0%} of movers ride again within 90 days, against {everyday:.0%} of "
    "everyday riders: the move is a job done in one visit. Retention work belongs with "
    "the everyday trip.": (
        "이사 고객은 {right:.0%}만 90일 안에 다시 운행하고, 일상 이동 고객은 {everyday:.0%}가 "
        "다시 운행합니다. 이사는 한 번 방문으로 끝나는 일입니다. 리텐션 작업은 일상 이동에 "
        "집중해야 합니다."
    ),
    # ---- the notebook's figures -----------------------------------------------------------
    "everyone: {share}": "전체: {share}",
    "Failed cards and licences on hold almost never get a reservation": (
        "카드 실패와 면허 등록 보류 사용자는 거의 예약하지 못합니다"
    ),
    "Attempts that became a reservation (%)": "예약으로 이어진 시도 (%)",
    "Specific segment": "Specific 세그먼트",
    "Movers rarely come back; everyday riders mostly do": (
        "이사 고객은 거의 돌아오지 않고, 일상 이동 고객은 대부분 돌아옵니다"
    ),
    "Riders who rode again within 90 days of their first ride (%)": (
        "첫 운행 후 90일 안에 다시 운행한 고객 (%)"
    ),
    "Job (first ride)": "서비스 이용 이유 (첫 운행)",
    "everyday trip": "일상 이동",
    "one-off move (van)": "한 번의 이사 (밴)",
    "share of fare revenue": "요금 매출 비율",
    "Recent, frequent, high-paying riders ({segment}) bring over a third of fares": (
        "최근에, 자주, 많이 낸 고객({segment})이 요금의 3분의 1 이상을 가져옵니다"
    ),
    "Share (%)": "비율 (%)",
    "RFM segment (R, F, M: 1 low - 3 high)": "RFM 세그먼트 (R, F, M: 1 낮음 - 3 높음)",
    # the exercises' names in their verdicts ("[top combination] ...")
    "Mass or Specific": "연습 1 · Mass인가 Specific인가",
    "worst Specific segment": "연습 2 · 전환율이 가장 낮은 스페시픽 세그먼트",
    "top combination": "연습 3 · 북극성 지표를 가장 많이 차지하는 조합",
    "movers come back": "연습 4 · 이사 고객의 재방문",
}
