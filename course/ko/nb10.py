"""Korean for notebook 10's checkers (capstone: the whole method on your own event log)."""

MESSAGES: dict[str, str] = {
    # exercise 1: map the columns
    "the member number (who)": "회원 번호(누가)",
    "the date and time (when)": "날짜와 시각(언제)",
    "the action's name (what)": "행동의 이름(무엇을)",
    "the app version: a property of the event, not who, when or what": (
        "앱 버전: 누가, 언제, 무엇을이 아니라 이벤트의 속성"
    ),
    "user_col should be the column that says who did it; {value} is {what}.": (
        "user_col에는 누가 했는지 말하는 열이 들어가야 합니다. {value}는 {what}입니다."
    ),
    "time_col should be the column that says when; {value} is {what}.": (
        "time_col에는 언제인지 말하는 열이 들어가야 합니다. {value}는 {what}입니다."
    ),
    "event_col should be the column that says what they did; {value} is {what}.": (
        "event_col에는 무엇을 했는지 말하는 열이 들어가야 합니다. {value}는 {what}입니다."
    ),
    "Give a dict with three keys, e.g. {example}.": (
        "키가 세 개인 dict로 답하세요. 예: {example}."
    ),
    "The dict needs the keys {keys} too.": "dict에 {keys} 키도 있어야 합니다.",
    "{key} is still empty: put a column name in quotes.": (
        "{key}가 아직 비어 있습니다: 열 이름을 따옴표 안에 넣으세요."
    ),
    "{value} is not a column of the export. Did you mean {close}? Its columns: {columns}.": (
        "{value}는 추출본의 열이 아닙니다. {close}를 말한 건가요? 열 목록: {columns}."
    ),
    "{value} is not a column of the export. Its columns: {columns}.": (
        "{value}는 추출본의 열이 아닙니다. 열 목록: {columns}."
    ),
    "Look at the export's first rows, shown above (pd.read_csv(export_path).head()): "
    "which column names a person, which a moment, which an action?": (
        "위에 나온 추출본의 첫 행들(pd.read_csv(export_path).head())을 보세요: 어느 열이 사람을, "
        "어느 열이 시점을, 어느 열이 행동을 가리키나요?"
    ),
    "Who = a member number; when = a date and time; what = the name of a screen "
    "action. The fourth column is a property.": (
        "누가 = 회원 번호, 언제 = 날짜와 시각, 무엇을 = 화면 행동의 이름입니다. 네 번째 열은 "
        "속성입니다."
    ),
    "user_col='member_no'; now find the date-and-time column and the action column.": (
        "user_col='member_no'입니다. 이제 날짜와 시각 열, 그리고 행동 열을 찾으세요."
    ),
    "With the mapping right, load_event_log can check every row.": (
        "열을 제대로 연결했으니 load_event_log가 모든 행을 확인할 수 있습니다."
    ),
    # exercise 2: read the funnel
    "That is a table; pick one number from it (a share between 0 and 1): "
    "f.loc[row, column].item(), both the row and the column.": (
        "그것은 표입니다. 표에서 숫자 하나(0과 1 사이의 비율)를 꺼내세요: "
        "f.loc[행, 열].item()처럼 행과 열을 모두 지정합니다."
    ),
    "Give one number, a share between 0 and 1 (you gave {kind}).": (
        "0과 1 사이의 비율, 숫자 하나로 답하세요(입력한 값의 종류: {kind})."
    ),
    "That is the share of *all* first-time buyers who made a third purchase. The "
    "question asks: of those who made a *second* purchase.": (
        "그것은 첫 구매 고객 *전체* 중 세 번째 구매를 한 비율입니다. 질문은 *두 번째* 구매를 "
        "한 고객 중의 비율입니다."
    ),
    "That is the share of first-time buyers who came back a second time.": (
        "그것은 첫 구매 고객 중 두 번째로 돌아온 고객의 비율입니다."
    ),
    "The funnel table has two shares per step: pct_of_start and pct_of_previous.": (
        "퍼널 표에는 단계마다 비율이 두 개 있습니다: pct_of_start와 pct_of_previous입니다."
    ),
    "'Of those who made a second purchase' is the step before: pct_of_previous.": (
        "'두 번째 구매를 한 고객 중'은 바로 앞 단계 대비라는 뜻입니다: pct_of_previous입니다."
    ),
    "Read pct_of_previous in the third_purchase row: f = found.funnel; "
    "f.loc[f['step'] == 'third_purchase', 'pct_of_previous'].item()": (
        "third_purchase 행의 pct_of_previous를 읽으세요: f = found.funnel; "
        "f.loc[f['step'] == 'third_purchase', 'pct_of_previous'].item()"
    ),
    "Once customers come back a second time, most of them come back again: the "
    "hard step is the first return.": (
        "두 번째로 돌아온 고객은 대부분 다시 돌아옵니다: 어려운 단계는 첫 재방문입니다."
    ),
    # exercise 3: the CTA and the conversion
    "The order is swapped: the CTA comes first.": "순서가 바뀌었습니다: CTA가 먼저입니다.",
    "return is the completed ride (the quadrant's y axis). The CTA's own conversion is "
    "the step right after it: did the attempt become a booking?": (
        "return은 운행 완료입니다(사분면의 y축). CTA의 전환은 바로 다음 단계입니다: 시도가 "
        "예약이 되었나요?"
    ),
    "reservation is already the conversion; the CTA is the button pressed before it.": (
        "reservation은 이미 전환입니다. CTA는 그 전에 누르는 버튼입니다."
    ),
    "ride_start comes later; the step right after the attempt is the booking itself.": (
        "ride_start는 더 나중입니다. 시도 바로 다음 단계는 예약 자체입니다."
    ),
    "Give two event names in quotes, e.g. {example}: the CTA first.": (
        "이벤트 이름 두 개를 따옴표 안에 넣어 답하세요. 예: {example}. CTA가 먼저입니다."
    ),
    "{name} is not one of Bomcar's events. Did you mean {close}?": (
        "{name}은 봄카의 이벤트가 아닙니다. {close}를 말한 건가요?"
    ),
    "{name} is not one of Bomcar's events.": "{name}은 봄카의 이벤트가 아닙니다.",
    "{event} is browsing, not a call to action: a CTA is the button that asks the "
    "customer to commit (e.g. 'reserve this car').": (
        "{event}는 둘러보기이지 행동 유도 버튼(CTA)이 아닙니다: CTA는 고객에게 결정을 요청하는 "
        "버튼입니다(예: '이 차 예약하기')."
    ),
    "{cta} -> {conversion} is not the CTA and its direct conversion.": (
        "{cta} -> {conversion}은 CTA와 그 바로 다음 전환이 아닙니다."
    ),
    "Look at the stage suggestions: which event is the 'commit' button, and which "
    "one says the commitment worked?": (
        "단계 제안을 보세요: 어느 이벤트가 '결정' 버튼이고, 어느 이벤트가 그 결정이 "
        "이루어졌다는 뜻인가요?"
    ),
    "The CTA is an attempt; the conversion is what a successful attempt becomes.": (
        "CTA는 시도입니다. 전환은 성공한 시도가 되는 것입니다."
    ),
    "The CTA is 'reservation_attempt'. What does a successful attempt turn into?": (
        "CTA는 'reservation_attempt'입니다. 성공한 시도는 무엇이 되나요?"
    ),
    "Attempts that do not become reservations are where customers hesitate.": (
        "예약으로 이어지지 않는 시도가 바로 고객이 망설이는 곳입니다."
    ),
    # exercise 4: the quadrant on Bomcar
    "Answer with one quadrant name in quotes, e.g. {example}.": (
        "사분면 이름 하나를 따옴표 안에 넣어 답하세요. 예: {example}."
    ),
    "{answer} is not a quadrant name. Did you mean {close}? Names: {names}.": (
        "{answer}는 사분면 이름이 아닙니다. {close}를 말한 건가요? 이름: {names}."
    ),
    "{answer} is not a quadrant name. Names: {names}.": (
        "{answer}는 사분면 이름이 아닙니다. 이름: {names}."
    ),
    "'{name}' holds {share:.0%} of users; another quadrant holds more. Read "
    "bomcar.quadrant_summary (your Bomcar result; largest first).": (
        "'{name}'에는 사용자의 {share:.0%}가 있습니다. 사용자가 더 많은 사분면이 따로 있습니다. "
        "bomcar.quadrant_summary(봄카 결과, 큰 것부터 정렬)를 읽으세요."
    ),
    "Run bomcar = report.run_capstone(bomcar_log, bomcar_plan) with "
    "quadrant_by=['age_band', 'region'] in the plan, then look at "
    "bomcar.quadrant_summary (not found: that is CDNOW's, with no quadrant).": (
        "플랜에 quadrant_by=['age_band', 'region']을 넣고 bomcar = "
        "report.run_capstone(bomcar_log, bomcar_plan)을 돌린 다음 bomcar.quadrant_summary를 "
        "보세요(found가 아닙니다: 그것은 사분면이 없는 CDNOW의 결과입니다)."
    ),
    "bomcar.quadrant_summary is sorted largest first: its first row is the answer.": (
        "bomcar.quadrant_summary는 큰 것부터 정렬되어 있습니다: 첫 행이 답입니다."
    ),
    "largest = bomcar.quadrant_summary.index[0]": "largest = bomcar.quadrant_summary.index[0] 입니다.",
    "The same answer as notebook 04: most users try to reserve but rarely ride. "
    "What makes them hesitate?": (
        "04 노트북과 같은 답입니다: 대부분의 사용자가 예약을 시도하지만 운행은 드뭅니다. 무엇이 "
        "그들을 망설이게 할까요?"
    ),
    "Right: by age band x region, '{name}' holds the most users ({share:.0%}). "
    "That is not notebook 04's answer ('action needed'): 04 placed Mass x element "
    "combinations, with experience measured in the first 60 days and attempts and "
    "rides counted after it. A demographic cut over the whole log does not find "
    "the customers who hesitate.": (
        "맞습니다: 연령대 x 지역으로 나누면 '{name}'에 사용자가 가장 많습니다({share:.0%}). "
        "04 노트북의 답('action needed', 뭘 망설일까 유형)과 다릅니다: 04 노트북은 Mass x 요소 "
        "조합을 배치했고, 경험은 첫 60일로 재고 예약 시도와 운행은 그 뒤에 셌습니다. 로그 "
        "전체를 인구통계로 나누면 망설이는 고객을 찾지 못합니다."
    ),
}
