"""Korean for the method canvas (course/canvas.py): its field prompts, every piece of
``check_canvas`` feedback and the text of the page ``save_canvas`` writes."""

from course.checks.nb01 import CRITERIA

#: Notebook 01's north-star criteria, in CRITERIA's order.
_CRITERIA_KO = [
    "고객의 성공 순간",
    "모든 고객이 가치를 얻음",
    "측정 가능",
    "입력 지표로 움직일 수 있음",
    "성장을 반영",
    "빨리 판단 가능",
]

#: Fixed texts of the canvas that are not messages (field prompts, criteria, table labels),
#: read by ``canvas._say``; kept out of MESSAGES so that short words like 'problem' never
#: clash with another module's translation of the same word.
FIXED: dict[str, str] = {
    **dict(zip(CRITERIA, _CRITERIA_KO, strict=True)),
    "Product": "제품",
    "what it is and for whom, in one line": "무엇이고 누구를 위한 것인지, 한 줄로",
    "North-star candidates (북극성 지표 후보), scored": "북극성 지표 후보와 점수",
    "each candidate metric: 1 or 0 for each criterion of notebook 01, in this order: "
    + "; ".join(CRITERIA): "후보 지표마다 01 노트북의 기준별로 1 또는 0, 이 순서대로: "
    + "; ".join(_CRITERIA_KO),
    "North star (북극성 지표)": "북극성 지표",
    "the candidate you choose": "고른 후보",
    "Journey stages and needs (고객 여정 지도)": "여정 단계와 니즈 (고객 여정 지도)",
    "each stage -> what the customer needs there, in the customer's words": (
        "단계마다 -> 그 단계에서 고객에게 필요한 것, 고객의 말로"
    ),
    "Stage to zoom into": "깊이 들여다볼 단계",
    "the stage where customers get stuck most": "고객이 가장 많이 막히는 단계",
    "Mass segments (매스 세그먼트)": "매스 세그먼트",
    "ordinary situations many customers are in": "많은 고객이 처한 평범한 상황",
    "Specific segments (스페시픽 세그먼트)": "스페시픽 세그먼트",
    "unusual situations: small, and they convert very differently": (
        "특이한 상황: 작고, 전환이 매우 다르게 일어남"
    ),
    "Customer elements (고객 요소)": "고객 요소",
    "traits across segments, e.g. experience frequency": "세그먼트를 가로지르는 특성, 예: 경험 빈도",
    "The quadrant you expect (사분면)": "예상하는 사분면",
    "each quadrant -> the Mass x element combination(s) you expect there": (
        "사분면마다 -> 그곳에 있을 것으로 예상하는 Mass x 요소 조합"
    ),
    "Behaviour goal": "행동 목표",
    "the behaviour you want from customers at that stage, with its keywords": (
        "그 단계에서 고객에게 바라는 행동, 키워드와 함께"
    ),
    "5 whys (5 Whys 기법)": "5 Whys 기법",
    "the problem first, then each 'why?', the root cause last": (
        "문제를 먼저, 그다음 '왜?'마다 한 줄, 마지막에 근본 원인"
    ),
    "Experiment (A/B 테스트)": "실험 (A/B 테스트)",
    "hypothesis (if ... then ... because), metric, target segment": (
        "가설(~하면 ~할 것이다, ~ 때문이다), 지표, 타깃 세그먼트"
    ),
    "Data": "데이터",
    "where your event log is (a file or a table), or None if there is no export yet": (
        "이벤트 로그가 있는 곳(파일이나 테이블), 아직 추출본이 없으면 None"
    ),
    # table labels and short words of the page and the feedback table
    "problem": "문제",
    "why": "왜",
    "root cause": "근본 원인",
    "field": "필드",
    "feedback": "피드백",
    "Done.": "완료했습니다.",
    "my product": "내 제품",
    "✗ fix": "✗ 고칠 것",
    "… to fill": "… 채울 것",
}

MESSAGES: dict[str, str] = {
    "{key} and {other} both name the quadrant '{name}': name each quadrant once.": (
        "{key}와(과) {other}이(가) 둘 다 '{name}' 사분면을 가리킵니다: 사분면마다 한 번씩만 쓰세요."
    ),
    # product
    "Write your product in quotes: what it is and for whom.": (
        "제품을 따옴표 안에 적으세요: 무엇이고 누구를 위한 것인지."
    ),
    "Say what it is and for whom, e.g. 'a car-sharing app for city drivers'.": (
        "무엇이고 누구를 위한 것인지 적으세요. 예: '도시에서 운전하는 사람을 위한 카셰어링 앱'."
    ),
    # vanity metrics and north-star candidates
    "{word} is a vanity/acquisition metric (허영 지표): it rises with any promotion or "
    "traffic spike (notebook 01's promotion month) and says nothing about whether a "
    "customer got what they came for": (
        "{word}는 허영 지표(획득 지표)입니다: 프로모션이나 트래픽이 몰릴 때마다 오르고(01 노트북의 "
        "프로모션 달), 고객이 원하던 것을 얻었는지는 전혀 말해 주지 않습니다"
    ),
    "Write the candidates as a dict: {example}, one 1 or 0 per criterion in CRITERIA's order.": (
        "후보를 dict로 적으세요: {example}처럼, CRITERIA 순서대로 기준마다 1 또는 0을 하나씩 "
        "적습니다."
    ),
    "{name}: {key} is not a criterion; they are: {criteria}.": (
        "{name}: {key}는 기준이 아닙니다. 기준은 다음과 같습니다: {criteria}."
    ),
    "{name} needs {n} scores, one per criterion in this order: {criteria}.": (
        "{name}에는 점수가 {n}개 필요합니다. 기준마다 하나씩, 이 순서대로: {criteria}."
    ),
    "{name}: each score is 1 (meets the criterion) or 0 (does not).": (
        "{name}: 점수는 1(기준을 충족) 또는 0(충족하지 못함)입니다."
    ),
    "Score at least two candidates: a north star is chosen against its rivals.": (
        "후보를 두 개 이상 채점하세요: 북극성 지표는 경쟁 후보와 비교해서 고릅니다."
    ),
    "{name} is still a placeholder: name the metric (what is counted).": (
        "{name}는 아직 자리 표시자입니다: 지표의 이름(무엇을 세는지)을 적으세요."
    ),
    "{name} scores 1 on '{criterion}', but {why}: score it 0.": (
        "{name}는 '{criterion}'에 1점을 받았지만, {why}: 0점을 주세요."
    ),
    "Write the chosen candidate's name in quotes.": "고른 후보의 이름을 따옴표 안에 적으세요.",
    "Score the candidates first (north_star_candidates), then choose one of them.": (
        "먼저 후보를 채점하고(north_star_candidates), 그중 하나를 고르세요."
    ),
    "{value} is not one of your scored candidates: {names}.": (
        "{value}는 채점한 후보가 아닙니다: {names}."
    ),
    "{name}: {why}. A north star counts the moment customers get value (e.g. "
    "lessons completed, rides completed), not how many arrive.": (
        "{name}: {why}. 북극성 지표는 얼마나 많이 들어오는지가 아니라 고객이 가치를 얻는 순간을 "
        "셉니다(예: 완료한 수업, 운행 완료)."
    ),
    "{name} does not reflect the customer's moment of success (your first score "
    "is 0): a north star counts the moment customers get what they came for.": (
        "{name}는 고객의 성공 순간을 반영하지 않습니다(첫 번째 점수가 0): 북극성 지표는 고객이 "
        "원하던 것을 얻는 순간을 셉니다."
    ),
    "{name} scores {score} of {n} but {best} scores {best_score}: choose the top "
    "one, or fix the score you doubt.": (
        "{name}는 {n}점 중 {score}점이지만 {best}는 {best_score}점입니다: 가장 높은 후보를 "
        "고르거나, 의심스러운 점수를 고치세요."
    ),
    # journey and focus stage
    "Write the journey as a dict: {example}.": "여정을 dict로 적으세요: {example}.",
    "List at least three stages, from first contact to the moment of value.": (
        "처음 만나는 순간부터 가치를 얻는 순간까지, 단계를 세 개 이상 적으세요."
    ),
    "Write the need at {stage} in quotes.": "{stage} 단계의 니즈를 따옴표 안에 적으세요.",
    "{need} at {stage}{said}": "{stage} 단계의 {need}{said}",
    "Features, not needs: {items}. A feature is something we would build; a need is "
    "the customer's, what they try to get done there, in their words, e.g. 'to "
    "know which level to start at' (Korean: '... 하고 싶다').": (
        "니즈가 아니라 기능입니다: {items}. 기능은 우리가 만들 무언가이고, 니즈는 고객의 것, "
        "그 단계에서 고객이 이루려는 것을 고객의 말로 적은 것입니다. 예: '어느 레벨부터 시작할지 "
        "알고 싶다'('... 하고 싶다')."
    ),
    "What the business wants, not needs: {items}. A need is what the customer is "
    "trying to get done there, e.g. 'to see which cars are free at the hour I set'.": (
        "니즈가 아니라 비즈니스가 원하는 것입니다: {items}. 니즈는 그 단계에서 고객이 이루려는 "
        "것입니다. 예: '내가 정한 시간에 빈 차를 보고 싶다'."
    ),
    "Too short to act on: {items}. What is the customer trying to do there?": (
        "실행에 옮기기에는 너무 짧습니다: {items}. 그 단계에서 고객은 무엇을 하려고 하나요?"
    ),
    "Name one of your journey stages, in quotes.": "여정 단계 중 하나를 따옴표 안에 적으세요.",
    "{value} is not one of your journey stages: {stages}.": (
        "{value}는 내 여정 단계가 아닙니다: {stages}."
    ),
    # segments and elements
    "Write {what} as a list of names in quotes, e.g. ['a', 'b'].": (
        "{what}을 따옴표 안의 이름 목록으로 적으세요. 예: ['a', 'b']."
    ),
    "the Mass segments": "매스 세그먼트",
    "the Specific segments": "스페시픽 세그먼트",
    "the customer elements": "고객 요소",
    "the whys": "5 Whys 기법의 줄",
    "{items}: a demographic cut, not a situation. Mass segments are ordinary "
    "situations many customers are in: membership or not, individual or corporate, "
    "card and licence registered or still pending. Ask 'ordinary or unusual?', "
    "never 'who are they?'.": (
        "{items}: 상황이 아니라 인구통계로 나눈 것입니다. 매스 세그먼트는 많은 고객이 처한 평범한 "
        "상황입니다: 구독 여부, 개인 또는 법인, 카드와 면허 등록 완료 또는 보류. '누구인가?'가 "
        "아니라 '평범한가, 특이한가?'를 물으세요."
    ),
    "{items}: a demographic cut, not a situation. Specific segments are unusual "
    "situations: an accident, a failed payment, a licence on hold. Ask 'ordinary "
    "or unusual?', never 'who are they?'.": (
        "{items}: 상황이 아니라 인구통계로 나눈 것입니다. 스페시픽 세그먼트는 특이한 상황입니다: "
        "사고, 결제 실패, 면허 등록 보류. '누구인가?'가 아니라 '평범한가, 특이한가?'를 물으세요."
    ),
    "{items}: a share cut-off. Mass is about the situation (ordinary or unusual), "
    "not about being big or small.": (
        "{items}: 비율로 자른 것입니다. 매스는 크기가 아니라 상황(평범한가, 특이한가)의 문제입니다."
    ),
    "{items}: a share cut-off. Specific is about the situation (ordinary or "
    "unusual), not about being big or small.": (
        "{items}: 비율로 자른 것입니다. 스페시픽은 크기가 아니라 상황(평범한가, 특이한가)의 "
        "문제입니다."
    ),
    "Name at least two Mass segments: the ordinary situations customers are in.": (
        "매스 세그먼트를 두 개 이상 적으세요: 고객이 처한 평범한 상황입니다."
    ),
    "Name at least one Specific segment: an unusual situation.": (
        "스페시픽 세그먼트를 하나 이상 적으세요: 특이한 상황입니다."
    ),
    "{items}: both Mass and Specific; a situation is one or the other.": (
        "{items}: 매스와 스페시픽 양쪽에 있습니다. 한 상황은 둘 중 하나입니다."
    ),
    "Name at least one customer element, e.g. experience frequency.": (
        "고객 요소를 하나 이상 적으세요. 예: 경험 빈도."
    ),
    "{items}: a demographic, not a customer element. An element is a trait of use "
    "that cuts across segments, e.g. 'never reserved', 'below the average'.": (
        "{items}: 고객 요소가 아니라 인구통계입니다. 요소는 세그먼트를 가로지르는 이용 특성입니다. "
        "예: '예약한 적 없음', '평균 이하'."
    ),
    # quadrant
    "Write the quadrant as a dict: {example}.": "사분면을 dict로 적으세요: {example}.",
    "{key} is not a quadrant; the four are: {names}.": (
        "{key}는 사분면이 아닙니다. 네 사분면은 다음과 같습니다: {names}."
    ),
    "Say what you expect in every quadrant; missing: {names}.": (
        "모든 사분면에 무엇이 있을지 적으세요. 빠진 사분면: {names}."
    ),
    "The quadrant places your own Mass x element combinations: first fill "
    "mass_segments and customer_elements (each right), then combine them here.": (
        "사분면에는 내가 적은 Mass x 요소 조합을 배치합니다: 먼저 mass_segments와 "
        "customer_elements를 (각각 맞게) 채운 다음, 여기서 조합하세요."
    ),
    "the combinations in {name}": "{name}의 조합",
    "Write the combination(s) you expect in {name}.": "{name}에 있을 것으로 예상하는 조합을 적으세요.",
    "{combo} is in both {first} and {second}: one place each.": (
        "{combo}가 {first}와 {second} 양쪽에 있습니다: 조합마다 한 곳에만 두세요."
    ),
    "Demographic cuts: {items}. They do not find the customers who hesitate "
    "(notebook 10's Bomcar plan). Place Mass x element combinations from your "
    "lists, e.g. {example}.": (
        "인구통계로 나눈 것입니다: {items}. 이렇게 나누면 망설이는 고객을 찾지 못합니다(10 "
        "노트북의 봄카 플랜). 내 목록의 Mass x 요소 조합을 배치하세요. 예: {example}."
    ),
    "Not a Mass x element combination from your lists (mass_segments x "
    "customer_elements): {items}. Write e.g. {example}.": (
        "내 목록(mass_segments x customer_elements)의 Mass x 요소 조합이 아닙니다: {items}. "
        "예를 들어 {example}처럼 적으세요."
    ),
    # behaviour goal
    "Write the behaviour goal in quotes, as a sentence.": "행동 목표를 따옴표 안에 문장으로 적으세요.",
    "Say who does what, and how: e.g. 'members find a car free at the time they "
    "need and reserve it quickly'.": (
        "누가 무엇을 어떻게 하는지 적으세요. 예: '회원이 필요한 시간에 빈 차를 찾아 빠르게 "
        "예약한다'."
    ),
    "{goal} is a business result. Write the behaviour you want from customers at "
    "your stage, with its keywords ('quickly', 'the car I want'): the result "
    "follows from it.": (
        "{goal}는 비즈니스 결과입니다. 그 단계에서 고객에게 바라는 행동을 키워드('빠르게', "
        "'내가 원하는 차')와 함께 적으세요: 결과는 그 행동에서 따라옵니다."
    ),
    "{goal} is a feature ('{word}'): something we build. A behaviour goal says "
    "what the customer does at your stage; the feature is one of the actions that "
    "may get them there.": (
        "{goal}는 기능('{word}')입니다: 우리가 만드는 것입니다. 행동 목표는 그 단계에서 고객이 "
        "무엇을 하는지 말합니다. 기능은 고객을 그곳에 데려다줄 수 있는 액션 중 하나입니다."
    ),
    # 5 whys
    "Start from the problem and ask 'why?' at least {n} times: {lines} lines or "
    "more (you have {have}).": (
        "문제에서 시작해 '왜?'를 {n}번 이상 물으세요: {lines}줄 이상이어야 합니다(지금 {have}줄)."
    ),
    "Stop at the root cause: {n} lines is more than 7.": (
        "근본 원인에서 멈추세요: {n}줄은 7줄보다 많습니다."
    ),
    "A line repeats an earlier one: each 'why?' should go one level deeper.": (
        "앞의 줄을 되풀이한 줄이 있습니다: '왜?'마다 한 단계 더 깊이 내려가야 합니다."
    ),
    "Not a statement yet: {items}. Each line is a sentence: the problem you see, "
    "then why it happens.": (
        "아직 문장이 아닙니다: {items}. 줄마다 문장으로 적으세요: 보이는 문제, 그다음 그것이 "
        "일어나는 이유."
    ),
    "line {n} {item}": "{n}번째 줄 {item}",
    "These are actions (what we would do), not reasons: {items}. Each line says "
    "*why* the line above happens, down to a root cause; put the action in the "
    "experiment.": (
        "이유가 아니라 액션(우리가 할 일)입니다: {items}. 줄마다 윗줄이 *왜* 일어나는지 "
        "근본 원인까지 적습니다. 액션은 실험에 넣으세요."
    ),
    # experiment
    "Write the experiment as a dict with {keys}.": "실험을 {keys} 키가 있는 dict로 적으세요.",
    "The experiment still needs: {keys}.": "실험에 아직 필요한 것: {keys}.",
    "the change (If <change>, then ... / <변경>하면 ...)": (
        "변경(<변경>하면 ... / If <change>, then ...)"
    ),
    "the metric ({metric})": "지표({metric})",
    "a countable metric": "셀 수 있는 지표",
    "the segment ({segment})": "세그먼트({segment})",
    "the why (because <root cause> / ... 때문이다)": "이유(... 때문이다 / because <root cause>)",
    " ('{word}' names no metric)": " ('{word}'는 지표가 아닙니다)",
    "The hypothesis does not name {lacks}{said}. Write 'If <change>, then <metric> "
    "will <move> for <segment>, because <root cause>' (Korean: '<변경>하면 "
    "<세그먼트>의 <지표>가 늘 것이다. <근본 원인> 때문이다').": (
        "가설에 다음이 빠져 있습니다: {lacks}{said}. '<변경>하면 <세그먼트>의 <지표>가 늘 것이다. "
        "<근본 원인> 때문이다'처럼 적으세요(영어: 'If <change>, then <metric> will <move> for "
        "<segment>, because <root cause>')."
    ),
    "{metric} is a vanity metric (허영 지표): it rises easily and shows no value. "
    "Test on the behaviour you want (e.g. reservations within 14 days).": (
        "{metric}는 허영 지표입니다: 쉽게 오르고 가치를 보여 주지 않습니다. 바라는 행동으로 "
        "테스트하세요(예: 14일 안의 예약)."
    ),
    "{metric} is not countable: which behaviour, counted per user over which days? "
    "e.g. 'completed a lesson within 7 days (per user)'.": (
        "{metric}는 셀 수 없습니다: 어떤 행동을, 사용자마다, 며칠 동안 세나요? 예: '7일 안에 "
        "수업 하나 완료(사용자별)'."
    ),
    "Target the customers your quadrant marks 'action needed' ({first}, ...): "
    "{target} is not among them.": (
        "사분면에서 'action needed'(뭘 망설일까 유형)로 표시한 고객({first}, ...)을 타깃으로 "
        "하세요: {target}는 그중에 없습니다."
    ),
    "Write where your events are (a file path in quotes), or None if there is no export.": (
        "이벤트가 있는 곳(따옴표 안의 파일 경로)을 적거나, 추출본이 없으면 None을 적으세요."
    ),
    # the verdicts and the feedback table
    "{n} things to fix: {problems}": "고칠 것 {n}가지: {problems}",
    "Canvas: {done} of {n} fields done.": "캔버스: 필드 {n}개 중 {done}개 완료.",
    "The canvas is a dict with the keys {keys}; got a {kind}. Start from canvas.blank().": (
        "캔버스는 {keys} 키가 있는 dict입니다. 받은 것은 {kind}입니다. canvas.blank()에서 "
        "시작하세요."
    ),
    "{key} is not a canvas field; they are {keys}.": (
        "{key}는 캔버스 필드가 아닙니다. 필드는 {keys}입니다."
    ),
    "No export yet: fine. The canvas stands alone; the page lists what to log.": (
        "아직 추출본이 없어도 괜찮습니다. 캔버스는 그 자체로 완결되고, 페이지에 무엇을 로깅할지 "
        "적힙니다."
    ),
    "Not filled yet: {what}.": "아직 채우지 않았습니다: {what}.",
    "Not filled yet (some of it still holds ...): {what}.": (
        "아직 채우지 않았습니다(일부에 아직 ...가 있습니다): {what}."
    ),
    "This could not be read ({error}): {what}.": "이 값을 읽을 수 없습니다({error}): {what}.",
    # the page
    "(not filled yet)": "(아직 채우지 않음)",
    "No event export yet.": "아직 이벤트 추출본이 없습니다.",
    "{score} of {n}: {each}": "{n}점 중 {score}점: {each}",
    "a user id, a timestamp and an event name on every row": (
        "모든 행에 사용자 id, 타임스탬프, 이벤트 이름"
    ),
    "a sign-up (or first purchase) event": "가입(또는 첫 구매) 이벤트",
    "the browse events of your focus stage, the call-to-action (CTA, 행동 유도 버튼) "
    "and its conversion": "집중할 단계의 탐색 이벤트, 행동 유도 버튼(CTA)과 그 전환",
    "the completion event your north star counts": "북극성 지표가 세는 완료 이벤트",
    "the situation of each user (your Mass and Specific segments) as a property": (
        "속성으로 기록한 각 사용자의 상황(내 매스 세그먼트와 스페시픽 세그먼트)"
    ),
    "Method canvas: {name}": "방법론 캔버스: {name}",
    "What to log before the data steps can run": "데이터 단계를 돌리기 전에 로깅할 것",
    "Still to do": "아직 남은 일",
    # notebook 10's data steps
    "the demo log (CDNOW)": "데모 로그(CDNOW)",
    "No event export yet: the steps below run on {demo} so you can see what you will "
    "get; your canvas lists what to log first.": (
        "아직 이벤트 추출본이 없습니다: 무엇을 얻게 될지 볼 수 있도록 아래 단계는 {demo}로 "
        "돌아갑니다. 먼저 무엇을 로깅할지는 캔버스에 적혀 있습니다."
    ),
    "data_export is not filled yet: a file path in quotes, or None if there is no export.": (
        "data_export를 아직 채우지 않았습니다: 따옴표 안의 파일 경로, 또는 추출본이 없으면 "
        "None을 적으세요."
    ),
    "Your export: {export}. The steps below run on {demo} while SOURCE is None; put your "
    "file's path in SOURCE and its column names in the cell under 'Your data and your "
    "choices' to run them on yours.": (
        "내 추출본: {export}. SOURCE가 None인 동안 아래 단계는 {demo}로 돌아갑니다. 내 데이터로 "
        "돌리려면 '내 데이터와 나의 선택' 아래 셀의 SOURCE에 파일 경로를, 그리고 열 이름을 "
        "적으세요."
    ),
    "Score each candidate 1 or 0 on these {n} criteria, in this order:": (
        "후보마다 다음 {n}가지 기준에 1 또는 0으로, 이 순서대로 점수를 매기세요:"
    ),
    "No export yet (SOURCE = None): the steps below run on {demo} so you can see "
    "what you will get. Its summary is saved as {file}, apart from your canvas.": (
        "아직 추출본이 없습니다(SOURCE = None): 무엇을 얻게 될지 볼 수 있도록 아래 단계는 "
        "{demo}로 돌아갑니다. 그 요약은 캔버스와 따로 {file}로 저장됩니다."
    ),
}
