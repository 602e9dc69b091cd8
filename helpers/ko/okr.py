"""Korean for the OKR review (helpers/okr.py): each problem's label and hint, the review's
summary lines, and the errors for an OKR of the wrong shape."""

MESSAGES: dict[str, str] = {
    # ---- units and summary lines ----
    " pp": "퍼센트포인트",
    " NPS points": "포인트",
    "{hint} (From {base:g} to {target:g}{unit} is a change of {change:g}.)": (
        "{hint} ({base:g}에서 {target:g}{unit}로는 {change:g}만큼의 변화입니다.)"
    ),
    "{hint} (The trend reaches {trend:g}{unit} by itself; clearly past it is at least "
    "{margin:g} points beyond: {aim:g}{unit} or more.)": (
        "{hint} (추세만으로도 {trend:g}{unit}에 이릅니다. 분명히 넘으려면 적어도 {margin:g}포인트 "
        "더, 즉 {aim:g}{unit} 이상이어야 합니다.)"
    ),
    "{hint} (The trend reaches {trend:g}{unit} by itself; clearly past it is at least "
    "{margin:g} points beyond: {aim:g}{unit} or less.)": (
        "{hint} (추세만으로도 {trend:g}{unit}에 이릅니다. 분명히 넘으려면 적어도 {margin:g}포인트 "
        "더, 즉 {aim:g}{unit} 이하여야 합니다.)"
    ),
    "No problems found: 1 objective, {krs} key results, {plans} initiatives.": (
        "문제를 찾지 못했습니다: 목표 1개, 핵심 결과 {krs}개, 이니셔티브 {plans}개."
    ),
    "No problems found: 1 objective, {krs} key results, {plans} initiatives, "
    "{watched} health metrics.": (
        "문제를 찾지 못했습니다: 목표 1개, 핵심 결과 {krs}개, 이니셔티브 {plans}개, "
        "건강 지표 {watched}개."
    ),
    "{n} problem(s) found:": "문제 {n}개를 찾았습니다:",
    "{n} KRs": "핵심 결과 {n}개",
    # ---- labels ----
    "there is no objective": "목표가 없습니다",
    "the objective is only a metric": "목표가 지표일 뿐입니다",
    "there are no key results": "핵심 결과가 없습니다",
    "too many key results": "핵심 결과가 너무 많습니다",
    "empty": "비어 있습니다",
    "an activity, not an outcome": "성과가 아니라 활동입니다",
    "has no number": "숫자가 없습니다",
    "there are no initiatives": "이니셔티브가 없습니다",
    "an outcome, not an initiative": "이니셔티브가 아니라 성과입니다",
    "the objective is business as usual, not a stretch": ("목표가 도전이 아니라 평소 업무입니다"),
    "the target is not better than the baseline": "목표값이 기준값보다 낫지 않습니다",
    "the target does not beat the current trend": "목표값이 현재 추세를 넘지 못합니다",
    "the target is barely past the current trend": "목표값이 현재 추세를 겨우 넘습니다",
    "has no baseline (no 'from X to Y')": "기준값이 없습니다('X에서 Y로'가 없음)",
    "not a measurable outcome (improve what, measured how?)": (
        "측정 가능한 성과가 아닙니다(무엇을 개선하고, 어떻게 재나요?)"
    ),
    "a count of work done, not an outcome": "성과가 아니라 작업량을 셉니다",
    "a token target, not a real lift": "실제 변화가 아니라 시늉뿐인 목표값입니다",
    "a health metric (guardrail), not a stretch key result": (
        "도전적인 핵심 결과가 아니라 건강 지표(가드레일)입니다"
    ),
    "the objective names no customer change (improve what, for whom?)": (
        "목표가 고객에게 생길 변화를 말하지 않습니다(무엇을, 누구를 위해 개선하나요?)"
    ),
    # ---- hints ----
    "Write the objective as one sentence: where you want to be and why it matters, e.g. "
    "'Small teams trust Dalbit enough to stay'.": (
        "목표를 한 문장으로 쓰세요. 어디에 도달하고 싶은지, 그것이 왜 중요한지를 씁니다. 예: "
        "'작은 팀이 달빛을 믿고 계속 함께한다'."
    ),
    "An objective is qualitative and inspiring: say what will be true for customers or "
    "the business. Move the metric and its number into a key result.": (
        "목표는 정성적이고 의욕을 불러일으켜야 합니다. 고객이나 비즈니스에 무엇이 사실이 될지 "
        "말하세요. 지표와 숫자는 핵심 결과로 옮기세요."
    ),
    "Add 2-5 key results: the measurable outcomes that prove the objective.": (
        "핵심 결과를 2-5개 쓰세요. 목표를 증명하는 측정 가능한 성과입니다."
    ),
    "Keep {most} key results at most: pick the ones that prove the objective; the rest "
    "are health metrics to watch.": (
        "핵심 결과는 많아야 {most}개로 줄이세요. 목표를 증명하는 것만 고르고, 나머지는 지켜볼 "
        "건강 지표로 두세요."
    ),
    "This entry is empty: write it out or remove it.": (
        "이 항목은 비어 있습니다. 내용을 쓰거나 지우세요."
    ),
    "This is work you do, not a result you cause. Move it to the initiatives and ask: "
    "what changes for the customer if it works? Measure that (e.g. 'Raise ... from X to "
    "Y').": (
        "이것은 여러분이 하는 일이지, 여러분이 만드는 결과가 아닙니다. 이니셔티브로 옮기고 "
        "물어보세요. 이 일이 잘되면 고객에게 무엇이 바뀌나요? 그것을 재세요(예: '...을 X에서 "
        "Y로 높인다')."
    ),
    "Add a number, so anyone can tell at the end of the quarter whether it was met: "
    "a baseline and a target, e.g. 'from 62% to 75%'.": (
        "분기 말에 누구든 달성 여부를 알 수 있도록 숫자를 넣으세요. 기준값과 목표값입니다. 예: "
        "'62%에서 75%로'."
    ),
    "Add at least one initiative: the plan (a project, an experiment, a feature) you "
    "expect to move the key results.": (
        "이니셔티브를 하나 이상 쓰세요. 핵심 결과를 움직이리라고 기대하는 계획(프로젝트, 실험, "
        "기능)입니다."
    ),
    "This reads like an outcome: put it in the key results, and write here the work you "
    "will do to get there.": (
        "성과처럼 읽힙니다. 핵심 결과로 옮기고, 여기에는 그 성과에 이르기 위해 할 일을 쓰세요."
    ),
    "An objective is a change you commit to, not keeping things as they are: say what "
    "will be better at the end of the quarter (a steady level you only watch is a health "
    "metric, not an OKR).": (
        "목표는 지금 상태를 지키는 것이 아니라 약속하는 변화입니다. 분기 말에 무엇이 나아질지 "
        "말하세요(지켜보기만 하는 일정한 수준은 OKR이 아니라 건강 지표입니다)."
    ),
    "The target asks for no change: it is at or behind the baseline. Set a target that "
    "is clearly better than today.": (
        "목표값이 아무 변화도 요구하지 않습니다. 기준값과 같거나 그보다 못합니다. 오늘보다 "
        "분명히 나은 목표값을 정하세요."
    ),
    "The target is at or behind where the current trend gets anyway: it would be met "
    "with no effort. Aim clearly past the trend.": (
        "목표값이 현재 추세로 어차피 도달할 수준이거나 그보다 낮습니다. 아무 노력 없이 "
        "달성됩니다. 추세를 분명히 넘는 목표를 잡으세요."
    ),
    "The target is barely past where the current trend gets anyway: the trend alone "
    "could reach it. Aim clearly past the trend.": (
        "목표값이 현재 추세로 어차피 도달할 수준을 겨우 넘습니다. 추세만으로도 도달할 수 "
        "있습니다. 추세를 분명히 넘는 목표를 잡으세요."
    ),
    "Say where the number is today and where it must be at the end of the quarter: "
    "'Raise <metric> from X to Y' ('X에서 Y로'). '10%' alone does not say of what, from "
    "where, or whether it means points or percent.": (
        "숫자가 지금 어디에 있고 분기 말에 어디에 있어야 하는지 쓰세요: '<지표>를 X에서 Y로 "
        "높인다'(영어라면 'Raise <metric> from X to Y'). '10%'만으로는 무엇의 10%인지, 어디서부터인지, "
        "퍼센트포인트인지 퍼센트인지 알 수 없습니다."
    ),
    "'Improve <something>' is not a measurable outcome: name the metric that shows it "
    "improved (a rate, a share, a time, a score), e.g. 'Raise the share of new starter "
    "accounts that connect a channel in week 1 from 40% to 60%'.": (
        "'<무언가>를 개선한다'는 측정 가능한 성과가 아닙니다. 개선되었음을 보여 주는 지표(비율, "
        "몫, 시간, 점수)를 쓰세요. 예: '첫 주에 채널을 연결한 신규 스타터 고객사 비율을 40%에서 "
        "60%로 높인다'."
    ),
    "The target barely moves the number: a change this small is within the noise of a "
    "quarter and proves nothing. Ask for a real lift: at least {points:g} points (a rate "
    "in %, an NPS) or {share:.0%} of the baseline.": (
        "목표값이 숫자를 거의 움직이지 않습니다. 이만큼 작은 변화는 한 분기의 잡음 안에 있어서 "
        "아무것도 증명하지 못합니다. 실제 변화를 요구하세요. 적어도 {points:g}포인트(%로 된 비율, "
        "NPS) 또는 기준값의 {share:.0%}입니다."
    ),
    "Keeping a level ('keep ... above 65%') is a health metric (a guardrail), not a "
    "stretch key result: nothing has to change to meet it. Move it to "
    "okr['health_metrics'] to watch it next to the OKR, or write the change you want "
    "('Raise ... from X to Y').": (
        "수준을 지키는 것('... 65% 이상 유지')은 도전적인 핵심 결과가 아니라 건강 "
        "지표(가드레일)입니다. 달성하는 데 아무것도 바뀔 필요가 없습니다. OKR 옆에서 지켜보도록 "
        "okr['health_metrics']로 옮기거나, 원하는 변화를 쓰세요('...을 X에서 Y로 높인다')."
    ),
    "'Improve <something>' says that something should be better, not what will change for "
    "whom. Name the customer and the change you want, in words that make the team want "
    "it: e.g. 'Small teams get value from Dalbit in their first month and stay with us'.": (
        "'<무언가>를 개선한다'는 무언가가 나아져야 한다는 말일 뿐, 누구에게 무엇이 바뀌는지는 "
        "말하지 않습니다. 고객과 원하는 변화를, 팀이 이루고 싶어지는 말로 쓰세요. 예: '작은 팀이 "
        "첫 달에 달빛의 가치를 얻고 계속 함께한다'."
    ),
    "This counts work done (tickets closed, calls made, emails sent), not a change for "
    "the customer: the team can hit it while customers get nothing better. Measure what "
    "the work should change, e.g. 'Cut the median time to first reply from 6 hours to 1' "
    "or 'Raise the share of tickets solved at the first answer from 55% to 70%'.": (
        "고객에게 생긴 변화가 아니라 해낸 작업량(처리한 티켓, 건 통화, 보낸 이메일)을 셉니다. "
        "고객에게 나아진 것이 없어도 팀은 이 숫자를 달성할 수 있습니다. 그 일이 바꿔야 할 것을 "
        "재세요. 예: '첫 응답까지의 중앙값 시간을 6시간에서 1시간으로 줄인다', '첫 답변에 해결된 "
        "티켓 비율을 55%에서 70%로 높인다'."
    ),
    # ---- an OKR of the wrong shape ----
    "review_okr(): trend must be a dict, e.g. {example} (a phrase of the key result, or "
    "its position 0, 1, ...) -> the value it reaches with no change.": (
        "review_okr(): trend는 dict여야 합니다. 예: {example}(핵심 결과 안의 말 또는 위치 0, "
        "1, ...) -> 아무것도 바꾸지 않았을 때 도달하는 값."
    ),
    'review_okr(): {key!r} must be a list of strings, e.g. ["...", "..."], got {kind}.': (
        'review_okr(): {key!r}는 문자열의 리스트여야 합니다. 예: ["...", "..."]. 받은 것은 '
        "{kind}입니다."
    ),
    "review_okr() needs a dict with the keys 'objective', 'key_results' and "
    "'initiatives', got {kind}.": (
        "review_okr()에는 'objective', 'key_results', 'initiatives' 키가 있는 dict가 "
        "필요합니다. 받은 것은 {kind}입니다."
    ),
    "review_okr(): the OKR has no {missing}. It needs exactly these keys: 'objective' (a "
    "sentence), 'key_results' (a list) and 'initiatives' (a list).": (
        "review_okr(): OKR에 {missing} 키가 없습니다. 꼭 이 키들이 있어야 합니다: "
        "'objective'(문장), 'key_results'(리스트), 'initiatives'(리스트)."
    ),
    "review_okr(): 'objective' must be a sentence in quotes, got {kind}.": (
        "review_okr(): 'objective'는 따옴표로 감싼 문장이어야 합니다. 받은 것은 {kind}입니다."
    ),
    "review_okr(): trend[{key!r}] must be a number in the key result's unit (82 for "
    "82%), got {kind}.": (
        "review_okr(): trend[{key!r}]는 핵심 결과와 같은 단위의 숫자여야 합니다(82%라면 82). "
        "받은 것은 {kind}입니다."
    ),
    "review_okr(): {key}[{i}] must be a string (text in quotes), got {kind}: {item!r}.": (
        "review_okr(): {key}[{i}]는 문자열(따옴표로 감싼 글)이어야 합니다. 받은 것은 "
        "{kind}: {item!r}입니다."
    ),
    "review_okr(): trend key {key} is not a key result position (0 to {last}).": (
        "review_okr(): trend 키 {key}는 핵심 결과의 위치가 아닙니다(0에서 {last})."
    ),
    "review_okr(): trend key {key!r} must be a phrase or a position.": (
        "review_okr(): trend 키 {key!r}는 핵심 결과 안의 말이나 위치여야 합니다."
    ),
    "{key!r} (you wrote {close!r}?)": "{key!r}({close!r}라고 쓰셨나요?)",
    "review_okr(): trend key {key!r} is in no key result: use a phrase of the key result "
    "it belongs to, or its position (0, 1, ...).": (
        "review_okr(): trend 키 {key!r}가 어떤 핵심 결과에도 없습니다. 그 키가 가리키는 핵심 "
        "결과 안의 말이나 위치(0, 1, ...)를 쓰세요. 핵심 결과를 한국어로 썼다면 {{'갱신': ...}}처럼 "
        "한국어 말을 쓰세요."
    ),
    "The OKR could not be reviewed yet: {error}": "아직 OKR을 검토할 수 없습니다: {error}",
}
