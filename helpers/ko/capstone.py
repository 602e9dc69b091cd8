"""Korean for the capstone (notebook 10): the load report a learner reads after loading their
own export (helpers/eventlog.py, helpers/validate.py), the event-schema checklist, and the
one-page summary (helpers/report.py) with its figures."""

#: A dropped row's reason key (English, read by code) -> its name in the report's list.
REASONS: dict[str, str] = {
    "empty user id": "사용자 id 없음",
    "empty event name": "이벤트 이름 없음",
    "missing timestamp": "타임스탬프 없음",
    "unparseable timestamp": "읽을 수 없는 타임스탬프",
    "duplicate row": "중복 행",
}

#: The reason as it qualifies rows: '{rows} with {reason}' -> '{reason} {rows}'.
REASON_CLAUSES: dict[str, str] = {
    "empty user id": "사용자 id가 비어 있는",
    "empty event name": "이벤트 이름이 비어 있는",
    "missing timestamp": "타임스탬프가 없는",
    "unparseable timestamp": "타임스탬프를 읽을 수 없는",
}

#: Short words of the report, kept out of MESSAGES (a key this short could clash).
FRAGMENTS: dict[str, str] = {
    "DROPPED": "버림",
    "WARNING": "경고",
    "NOTE": "참고",
    " or ": " 또는 ",
    " Did you mean {names}?": " {names}를 말한 건가요?",
    "seconds": "초",
    "milliseconds": "밀리초",
    "microseconds": "마이크로초",
    "{n:,} row": "{n:,}행",
    "{n:,} rows": "{n:,}행",
    "{n:,} line": "{n:,}줄",
    "{n:,} lines": "{n:,}줄",
}

#: Fixed texts of the summary page and its figures (short words, the names and notes that
#: notebook 10's code gives its plans, the axis labels the course's plot helpers write),
#: read by ``report._text`` and ``report._translate``; templates with {fields} match figure
#: texts built from them.
TEXTS: dict[str, str] = {
    # the summary page
    "Users": "사용자",
    "Events": "이벤트",
    "Period": "기간",
    "{first} to {last}": "{first}부터 {last}까지",
    "Funnel": "퍼널",
    "Funnel: biggest drop": "퍼널: 가장 큰 이탈",
    "Largest behaviour segment": "가장 큰 행동 세그먼트",
    "Behaviour segments": "행동 세그먼트",
    "Quadrant": "사분면",
    "Largest quadrant": "가장 큰 사분면",
    "Users without the sign-up event": "가입 이벤트가 없는 사용자",
    "Cohort table ends": "코호트 표의 마지막 기간",
    "Cohort retention": "코호트 리텐션",
    "Aha moment": "아하 모먼트",
    "Key numbers": "핵심 숫자",
    "Not in this report": "이 리포트에 없는 것",
    "{n} cohort": "코호트 {n}개",
    "{n} cohorts": "코호트 {n}개",
    "users": "사용자",
    # the checklist's methods, as a skipped step is named (the keys stay English in tables)
    "every method": "모든 방법",
    "journey stages": "여정 단계",
    "funnel": "퍼널",
    "behaviour segments": "행동 세그먼트",
    "quadrant": "사분면",
    "cohort table": "코호트 표",
    "aha moment": "아하 모먼트",
    "behavioural cohorts / segments by property": "행동 코호트 / 속성별 세그먼트",
    # the quadrants' names as the figure and the summary show them (the keys stay English)
    "natural growth": "자연 증분 유형",
    "action needed": "뭘 망설일까 유형",
    "retention strategy needed": "사용자 유지 전략이 필요한 유형",
    "low impact": "임팩트가 적은 유형",
    # notebook 10's plans: names, data notes, aha labels
    "Demo: CDNOW (real data, 1997-98)": "데모: CDNOW (실제 데이터, 1997-98)",
    "Real data: CDNOW purchases 1997-98 (public)": "실제 데이터: CDNOW 구매 기록 1997-98 (공개)",
    "repeat purchases": "재구매",
    "rides": "운행 완료",
    "Bomcar": "봄카",
    "Your product": "내 제품",
    "Your own data": "내 데이터",
    # what the course's plot helpers write on the capstone's figures
    "Number of users": "사용자 수",
    "Retained users (%)": "유지된 사용자 (%)",
    "{action} >= threshold": "{action} ≥ 기준값",
    "{action} < threshold": "{action} < 기준값",
    "fewer than {n} users: not trusted": "사용자 {n}명 미만: 믿기 어려움",
    "Threshold: {action} in the first {days} days": "기준값: 첫 {days}일 안의 {action}",
    "  {users}  ({start} of start; {previous} of previous)": (
        "  {users}  (시작 대비 {start}, 직전 대비 {previous})"
    ),
    "{k}+: {n} users": "{k}회 이상: 사용자 {n}명",
    "{label}  (hatched: not yet observable)": "{label}  (빗금: 아직 볼 수 없음)",
    "below {k}: {n} users": "{k}회 미만: 사용자 {n}명",
    "colour scale: ages 1+ (age 0 is 100%)": "색 척도: 경과 1 이상 (경과 0은 100%)",
}

#: The event-schema checklist's prose: what each method needs, roles, stand-ins.
CHECKLIST: dict[str, str] = {
    "user id, timestamp, event name": "사용자 id, 타임스탬프, 이벤트 이름",
    "two or more event types": "이벤트 종류 두 개 이상",
    "two or more steps in order": "순서가 있는 단계 두 개 이상",
    "a call-to-action (CTA) event and a conversion event": "행동 유도 버튼(CTA) 이벤트와 전환 이벤트",
    "browse events, a CTA and a conversion event": "탐색 이벤트, CTA, 전환 이벤트",
    "a CTA (attempt) and a completion event": "CTA(시도)와 완료 이벤트",
    "a sign-up event and weeks of data": "가입 이벤트와 몇 주 치 데이터",
    "a sign-up, a repeated action, 90+ days": "가입, 반복되는 행동, 90일 이상",
    "properties (plan, device, category...)": "속성(요금제, 기기, 카테고리...)",
    "only one event type": "이벤트 종류가 하나뿐",
    "a second funnel step (a funnel needs at least two)": "두 번째 퍼널 단계(퍼널에는 단계가 두 개 이상 필요)",
    "browse events": "탐색 이벤트",
    "no property columns loaded": "불러온 속성 열이 없음",
    "no sign-up event: first event used as start": "가입 이벤트 없음: 첫 이벤트를 시작으로 사용",
    "funnel step": "퍼널 단계",
    "CTA": "CTA(행동 유도 버튼)",
    "conversion event": "전환 이벤트",
    "browse event": "탐색 이벤트",
    "completion event": "완료 이벤트",
    "sign-up event": "가입 이벤트",
}

MESSAGES: dict[str, str] = {
    # ---- the load report (helpers/eventlog.py) ----
    "Event log from {source}": "이벤트 로그: {source}",
    "a DataFrame ({n} rows)": "DataFrame({n}행)",
    "  columns: {mapped}": "  열: {mapped}",
    "; kept as properties: {properties}": "; 속성으로 남긴 열: {properties}",
    "  rows read: {read:,}   kept: {kept:,}   dropped: {dropped:,}": (
        "  읽은 행: {read:,}   남긴 행: {kept:,}   버린 행: {dropped:,}"
    ),
    "  {users:,} users, {types} event types, from {first} to {last}": (
        "  사용자 {users:,}명, 이벤트 종류 {types}개, 기간 {first} ~ {last}"
    ),
    "  {users:,} user, {types} event type, from {first} to {last}": (
        "  사용자 {users:,}명, 이벤트 종류 {types}개, 기간 {first} ~ {last}"
    ),
    "  {users:,} user, {types} event types, from {first} to {last}": (
        "  사용자 {users:,}명, 이벤트 종류 {types}개, 기간 {first} ~ {last}"
    ),
    "  {users:,} users, {types} event type, from {first} to {last}": (
        "  사용자 {users:,}명, 이벤트 종류 {types}개, 기간 {first} ~ {last}"
    ),
    "  No problems found.": "  문제가 없습니다.",
    "file line {rows} (the header is line {header})": "파일의 {rows}번째 줄(헤더는 {header}번째 줄)",
    "file lines {rows} (the header is line {header})": "파일의 {rows}번째 줄(헤더는 {header}번째 줄)",
    "index label {rows}": "인덱스 레이블 {rows}",
    "index labels {rows}": "인덱스 레이블 {rows}",
    "{rows} with {reason}{values}, at {where}. ": "{reason} {rows}{values}, 위치: {where}. ",
    " (values such as {values})": "(값 예: {values})",
    "Events without a user cannot be counted for anyone (anonymous views, placeholders such as "
    "'NULL'): fix the export, or leave them out.": (
        "사용자가 없는 이벤트는 누구의 것으로도 셀 수 없습니다(익명 조회, 'NULL' 같은 자리 "
        "표시자): 추출본을 고치거나, 그 행을 빼세요."
    ),
    "Every row needs an event name: check the export's event column.": (
        "모든 행에는 이벤트 이름이 있어야 합니다: 추출본의 이벤트 열을 확인하세요."
    ),
    "Without a time the event cannot be placed in a funnel or cohort.": (
        "시각이 없으면 그 이벤트를 퍼널이나 코호트에 놓을 수 없습니다."
    ),
    "Fix them in the source, or pass time_format= (e.g. '%d/%m/%Y %H:%M') if pandas cannot "
    "guess your format.": (
        "원본에서 고치거나, pandas가 형식을 짐작하지 못한다면 time_format=을 넘기세요"
        "(예: '%d/%m/%Y %H:%M')."
    ),
    "Fix them in the source, or pass time_format= (e.g. '%m/%d/%Y %I:%M %p': %I and %p read a "
    "12-hour clock with AM/PM) if pandas cannot guess your format.": (
        "원본에서 고치거나, pandas가 형식을 짐작하지 못한다면 time_format=을 넘기세요"
        "(예: '%m/%d/%Y %I:%M %p': %I와 %p는 AM/PM이 붙은 12시간제를 읽습니다)."
    ),
    "{rows} repeats an earlier row exactly (same user, time, event and properties), at "
    "{where}. Kept: it may be a real repeated action. Counts of users (funnel, segments, "
    "cohorts) do not change; counts of events do (events per user, the quadrant, the aha "
    "moment). Pass duplicates='drop' if your tracker sends events twice.": (
        "{rows}이 앞의 어떤 행과 완전히 같습니다(같은 사용자, 시각, 이벤트, 속성). 위치: {where}. "
        "남겼습니다: 실제로 반복된 행동일 수 있습니다. 사용자 수(퍼널, 세그먼트, 코호트)는 "
        "달라지지 않지만, 이벤트 수(사용자당 이벤트, 사분면, 아하 모먼트)는 달라집니다. 트래커가 "
        "이벤트를 두 번 보낸다면 duplicates='drop'을 넘기세요."
    ),
    "{rows} that repeats an earlier row exactly (same user, time, event and properties), at "
    "{where}. You chose duplicates='drop'.": (
        "앞의 어떤 행과 완전히 같은 {rows}(같은 사용자, 시각, 이벤트, 속성). 위치: {where}. "
        "duplicates='drop'을 골랐습니다."
    ),
    "{rows} repeat an earlier row exactly (same user, time, event and properties), at "
    "{where}. Kept: they may be real repeated actions. Counts of users (funnel, segments, "
    "cohorts) do not change; counts of events do (events per user, the quadrant, the aha "
    "moment). Pass duplicates='drop' if your tracker sends events twice.": (
        "{rows}이 앞의 어떤 행과 완전히 같습니다(같은 사용자, 시각, 이벤트, 속성). 위치: {where}. "
        "남겼습니다: 실제로 반복된 행동일 수 있습니다. 사용자 수(퍼널, 세그먼트, 코호트)는 "
        "달라지지 않지만, 이벤트 수(사용자당 이벤트, 사분면, 아하 모먼트)는 달라집니다. 트래커가 "
        "이벤트를 두 번 보낸다면 duplicates='drop'을 넘기세요."
    ),
    "{rows} that repeat an earlier row exactly (same user, time, event and properties), at "
    "{where}. You chose duplicates='drop'.": (
        "앞의 어떤 행과 완전히 같은 {rows}(같은 사용자, 시각, 이벤트, 속성). 위치: {where}. "
        "duplicates='drop'을 골랐습니다."
    ),
    "{rows} fell in a repeated hour (clocks set back, e.g. at the end of daylight saving "
    "time): their clock time reads earlier than the same user's previous event, which really "
    "happened before them. To keep each user's real order, they are placed after that event "
    "by the real time between them ({value} is {time}), at {where}. Pass tz='UTC' to use "
    "world time for every event.": (
        "{rows}이 반복된 한 시간(예: 서머타임이 끝나 시계를 되돌린 때)에 들어갑니다: 시계 시각은 "
        "같은 사용자의 앞 이벤트보다 이르게 읽히지만, 실제로는 앞 이벤트가 먼저 일어났습니다. "
        "사용자마다 실제 순서를 지키도록 그 이벤트 뒤에 실제 시간 간격만큼 두었습니다({value}는 "
        "{time}). 위치: {where}. 모든 이벤트에 세계 시간을 쓰려면 tz='UTC'를 넘기세요."
    ),
    "Event names that differ only in case or spaces: {sample}. They are counted as different "
    "events; rename them to one name first if they are the same action.": (
        "대소문자나 공백만 다른 이벤트 이름: {sample}. 서로 다른 이벤트로 셉니다. 같은 행동이라면 "
        "먼저 이름을 하나로 바꾸세요."
    ),
    "Every row has the same event ({event}). Funnels, behaviour segments and the quadrant "
    "need at least a call-to-action and a conversion event: see the event-schema checklist.": (
        "모든 행이 같은 이벤트({event})입니다. 퍼널, 행동 세그먼트, 사분면에는 적어도 행동 유도 "
        "버튼(CTA)과 전환 이벤트가 필요합니다: 이벤트 스키마 체크리스트를 보세요."
    ),
    "User ids that often mean 'no user': {shown}. They are kept and counted as one user each. "
    "If they stand for anonymous events, leave them out first, e.g. log = "
    "log[log['user_id'] != {first}].": (
        "흔히 '사용자 없음'을 뜻하는 사용자 id: {shown}. 남겨 두고 각각 사용자 한 명으로 셉니다. "
        "익명 이벤트를 뜻한다면 먼저 빼세요. 예: log = log[log['user_id'] != {first}]."
    ),
    "All events are on one day ({day}). Cohorts, retention and the aha moment need weeks or "
    "months of data.": (
        "모든 이벤트가 하루({day})에 있습니다. 코호트, 리텐션, 아하 모먼트에는 몇 주나 몇 달 치 "
        "데이터가 필요합니다."
    ),
    "Timestamps have no time of day (all at 00:00). Events on the same day keep the order of "
    "your file.": (
        "타임스탬프에 시각이 없습니다(모두 00:00). 같은 날의 이벤트는 파일의 순서를 그대로 씁니다."
    ),
    "{func}(): no row is left after the checks. {details} Also check that the column mapping "
    "is right (print the first rows of your file).": (
        "{func}(): 확인을 거친 뒤 남은 행이 없습니다. {details} 열 연결이 맞는지도 확인하세요"
        "(파일의 첫 행들을 출력해 보세요)."
    ),
    # reading the source
    "{func}(): {file} is a spreadsheet workbook, not a CSV file. Save it as CSV (File > Save "
    "As > CSV UTF-8), or read it with pd.read_excel(path) and pass the DataFrame.": (
        "{func}(): {file}은 CSV 파일이 아니라 스프레드시트 통합 문서입니다. CSV로 저장하거나"
        "(파일 > 다른 이름으로 저장 > CSV UTF-8), pd.read_excel(path)로 읽어 그 DataFrame을 "
        "넘기세요."
    ),
    "{func}(): {file} is a Parquet file. Read it with pd.read_parquet(path) and pass the "
    "DataFrame.": (
        "{func}(): {file}은 Parquet 파일입니다. pd.read_parquet(path)로 읽어 그 DataFrame을 "
        "넘기세요."
    ),
    "{func}(): {file} is JSON, not CSV. Read it with pd.read_json(path, lines=True) (one event "
    "per line) or pd.json_normalize(...), and pass the DataFrame.": (
        "{func}(): {file}은 CSV가 아니라 JSON입니다. pd.read_json(path, lines=True)(한 줄에 "
        "이벤트 하나)나 pd.json_normalize(...)로 읽어 그 DataFrame을 넘기세요."
    ),
    "{func}(): {file} could not be split into columns with sep={sep}: its values seem to be "
    "separated by {other}. Pass sep={other}.": (
        "{func}(): {file}을 sep={sep}로 열에 나눌 수 없습니다: 값이 {other}로 구분된 것 "
        "같습니다. sep={other}를 넘기세요."
    ),
    "{func}(): the DataFrame has no rows: there is nothing to load.": (
        "{func}(): DataFrame에 행이 없습니다: 불러올 것이 없습니다."
    ),
    "{func}(): source is None: there is no export to read yet. Give the path of your CSV in "
    'quotes (e.g. "my_events.csv"), or keep the demo log (eventlog.load_cdnow()) until you '
    "have one; the method canvas needs no data.": (
        "{func}(): source가 None입니다: 아직 읽을 추출본이 없습니다. CSV 경로를 따옴표 안에 "
        '넣거나(예: "my_events.csv"), 추출본이 생길 때까지 데모 로그(eventlog.load_cdnow())를 '
        "쓰세요. 방법론 캔버스에는 데이터가 필요 없습니다."
    ),
    "{func}(): source must be a CSV path (str or Path) or a pandas DataFrame, got {kind}.": (
        "{func}(): source는 CSV 경로(str 또는 Path)나 pandas DataFrame이어야 합니다. 받은 것: "
        "{kind}."
    ),
    "{func}(): sep must be a separator in quotes, e.g. ',' or ';'.": (
        "{func}(): sep은 따옴표 안의 구분자여야 합니다. 예: ',' 또는 ';'."
    ),
    "{func}(): decimal must be '.' or ',', got {decimal}.": (
        "{func}(): decimal은 '.' 또는 ','여야 합니다. 받은 값: {decimal}."
    ),
    "{func}(): decimal={decimal} and sep={sep} are the same character. Files with decimal "
    "commas separate their values with ';' (pass sep=';') or tabs (sep='\\t').": (
        "{func}(): decimal={decimal}과 sep={sep}이 같은 문자입니다. 소수점에 쉼표를 쓰는 "
        "파일은 값을 ';'(sep=';')나 탭(sep='\\t')으로 구분합니다."
    ),
    "{func}(): no file at {path}. Check the path (it is relative to the folder this notebook "
    "runs in: {cwd}).": (
        "{func}(): {path}에 파일이 없습니다. 경로를 확인하세요(이 노트북이 실행되는 폴더 "
        "기준입니다: {cwd})."
    ),
    "{func}(): {path} is a folder; give the CSV file in it.": (
        "{func}(): {path}은 폴더입니다. 그 안의 CSV 파일을 주세요."
    ),
    "{func}(): {file} is UTF-16 text, not {encoding}. Pass encoding='utf-16' (or leave "
    "encoding out: the loader detects UTF-16).": (
        "{func}(): {file}은 {encoding}이 아니라 UTF-16 텍스트입니다. encoding='utf-16'을 "
        "넘기세요(또는 encoding을 빼세요: 불러오기가 UTF-16을 알아봅니다)."
    ),
    "{file} is UTF-16 text (as Excel's 'Unicode text' export writes); read it as such.": (
        "{file}은 UTF-16 텍스트입니다(Excel의 '유니코드 텍스트' 내보내기 형식). UTF-16으로 "
        "읽었습니다."
    ),
    "The first {lines} of {file} are a title block (e.g. {title}), not data: skipped them; "
    "the header is line {header}.": (
        "{file}의 처음 {lines}은 데이터가 아니라 제목 부분입니다(예: {title}): 건너뛰었고, 헤더는 "
        "{header}번째 줄입니다."
    ),
    "{func}(): {file} is not {encoding} text ({reason} at byte {byte}). Save it as UTF-8, or "
    "try encoding='cp949' (Korean Excel) or encoding='latin-1' (Western Excel).": (
        "{func}(): {file}은 {encoding} 텍스트가 아닙니다({byte}번째 바이트에서 {reason}). "
        "UTF-8로 저장하거나, encoding='cp949'(한국어 Excel) 또는 encoding='latin-1'(서양 "
        "Excel)을 써 보세요."
    ),
    "{func}(): {file} is empty.": "{func}(): {file}이 비어 있습니다.",
    'Its values seem aligned with several spaces: pass sep=r"\\s+" (one or more spaces or tabs).': (
        '값이 여러 개의 공백으로 줄 맞춰진 것 같습니다: sep=r"\\s+"(공백이나 탭 하나 이상)를 '
        "넘기세요."
    ),
    "Check the separator (sep=',', ';', '\\t' or r\"\\s+\" for spaces) and that text "
    "containing the separator is in quotes.": (
        "구분자(sep=',', ';', '\\t', 공백이면 r\"\\s+\")를 확인하고, 구분자가 들어 있는 "
        "텍스트가 따옴표 안에 있는지 확인하세요."
    ),
    "{func}(): {file} could not be split into columns with sep={sep} ({reason}). {hint}": (
        "{func}(): {file}을 sep={sep}로 열에 나눌 수 없습니다({reason}). {hint}"
    ),
    "{func}(): lines of {file} have more values than its header has column names when split "
    "with sep={sep}. ": (
        "{func}(): sep={sep}로 나누면 {file}의 줄에 헤더의 열 이름보다 값이 더 많습니다. "
    ),
    'Its values seem aligned with several spaces: pass sep=r"\\s+".': (
        '값이 여러 개의 공백으로 줄 맞춰진 것 같습니다: sep=r"\\s+"를 넘기세요.'
    ),
    "Check the separator, and that text containing it is in quotes.": (
        "구분자를 확인하고, 구분자가 들어 있는 텍스트가 따옴표 안에 있는지 확인하세요."
    ),
    "{func}(): {file} was read as a single column {first}. Its values seem to be separated by "
    "{name}: pass sep={name}.": (
        "{func}(): {file}이 열 하나({first})로 읽혔습니다. 값이 {name}로 구분된 것 같습니다: "
        "sep={name}를 넘기세요."
    ),
    "{func}(): {file} was read as a single column {first}. Its values seem aligned with "
    'spaces: pass sep=r"\\s+".': (
        "{func}(): {file}이 열 하나({first})로 읽혔습니다. 값이 공백으로 줄 맞춰진 것 같습니다: "
        'sep=r"\\s+"를 넘기세요.'
    ),
    "{func}(): {file} has a header but no rows.": "{func}(): {file}에 헤더만 있고 행이 없습니다.",
    " Its times contain a space (e.g. '2024-06-01 08:00'), so single spaces cannot separate "
    "the columns: pass sep={sep} (two or more spaces).": (
        " 시각에 공백이 들어 있어서(예: '2024-06-01 08:00') 공백 하나로는 열을 나눌 수 없습니다: "
        "sep={sep}(공백 두 개 이상)를 넘기세요."
    ),
    " The first line of {file} looks like data, not column names: read it with "
    "pd.read_csv(path, sep=..., header=None, names=['user', 'date', ...], dtype=str) and pass "
    "that DataFrame.": (
        " {file}의 첫 줄은 열 이름이 아니라 데이터처럼 보입니다: pd.read_csv(path, sep=..., "
        "header=None, names=['user', 'date', ...], dtype=str)로 읽어 그 DataFrame을 넘기세요."
    ),
    # mapping the columns
    "{func}(): column not found in {where}: {parts} Your columns are: {cols}.": (
        "{func}(): {where}에 없는 열: {parts} 내 열 목록: {cols}."
    ),
    "{func}(): columns not found in {where}: {parts} Your columns are: {cols}.": (
        "{func}(): {where}에 없는 열: {parts} 내 열 목록: {cols}."
    ),
    ' The data has one column: its values seem aligned with spaces (sep=r"\\s+").': (
        ' 데이터에 열이 하나뿐입니다: 값이 공백으로 줄 맞춰진 것 같습니다(sep=r"\\s+").'
    ),
    "{func}(): {where} has two columns called {name}; rename one first.": (
        "{func}(): {where}에 {name}라는 열이 두 개 있습니다. 먼저 하나의 이름을 바꾸세요."
    ),
    "Property {name} had {sep} between thousands; read it as numbers.": (
        "속성 {name}의 천 단위 사이에 {sep}가 있었습니다. 숫자로 읽었습니다."
    ),
    "Property {name} holds numbers with commas between thousands (e.g. {example} = "
    "{number}); kept as text. Pass thousands=',' to read them as numbers.": (
        "속성 {name}에 천 단위마다 쉼표가 있는 숫자가 들어 있습니다(예: {example} = {number}). "
        "텍스트로 남겼습니다. 숫자로 읽으려면 thousands=','를 넘기세요."
    ),
    "Property {name} had decimal commas; read it as numbers.": (
        "속성 {name}의 소수점이 쉼표였습니다. 숫자로 읽었습니다."
    ),
    "Property {name} holds numbers with decimal commas (e.g. {example}); kept as text. Pass "
    "decimal=',' (with sep=';' for such files) to read them as numbers.": (
        "속성 {name}에 소수점이 쉼표인 숫자가 들어 있습니다(예: {example}). 텍스트로 "
        "남겼습니다. 숫자로 읽으려면 decimal=','를 넘기세요(그런 파일은 sep=';'와 함께)."
    ),
    # reading the times
    "load_event_log(): the {name} column has dates in both orders: {d} is day first, {m} is "
    "month first. One column must use one order: fix the export, or pass time_format= (e.g. "
    "{fmt}); rows in the other order are then dropped.": (
        "load_event_log(): {name} 열에 두 가지 순서의 날짜가 섞여 있습니다: {d}는 일이 먼저, "
        "{m}은 월이 먼저입니다. 한 열은 한 가지 순서를 써야 합니다: 추출본을 고치거나 "
        "time_format=을 넘기세요(예: {fmt}). 그러면 다른 순서의 행은 버립니다."
    ),
    "load_event_log(): dates such as {example} in the {name} column can be read day first or "
    "month first, and no day in the column is above 12 to settle it. Pass time_format={day} "
    "(day first) or {month} (month first).": (
        "load_event_log(): {name} 열의 {example} 같은 날짜는 일이 먼저로도, 월이 먼저로도 읽을 "
        "수 있고, 열에 12보다 큰 일이 없어 정할 수 없습니다. time_format={day}(일이 먼저) 또는 "
        "{month}(월이 먼저)를 넘기세요."
    ),
    "load_event_log(): time_format={fmt} is not a date format ({error}). Use codes like "
    "'%d/%m/%Y %H:%M'.": (
        "load_event_log(): time_format={fmt}은 날짜 형식이 아닙니다({error}). '%d/%m/%Y %H:%M' "
        "같은 코드를 쓰세요."
    ),
    "{func}(): tz={tz} is not a time-zone name. Use a name such as 'UTC', 'Asia/Seoul', "
    "'Europe/Berlin' or 'America/New_York'.": (
        "{func}(): tz={tz}은 시간대 이름이 아닙니다. 'UTC', 'Asia/Seoul', 'Europe/Berlin', "
        "'America/New_York' 같은 이름을 쓰세요."
    ),
    "Timestamps carried the time zone {zone}; kept their local clock time in {zone} (pass tz= "
    "to convert them to another zone).": (
        "타임스탬프에 시간대 {zone}가 붙어 있었습니다. {zone}의 현지 시각을 그대로 "
        "썼습니다(다른 시간대로 바꾸려면 tz=를 넘기세요)."
    ),
    "Timestamps carried the time zone {zone}; converted them to {tz} clock time.": (
        "타임스탬프에 시간대 {zone}가 붙어 있었습니다. {tz} 시각으로 바꿨습니다."
    ),
    "Timestamps had no time zone; took them as {tz} clock time as they are.": (
        "타임스탬프에 시간대가 없었습니다. 그대로 {tz} 시각으로 보았습니다."
    ),
    "Dates written with numbers only were read day first (day.month.year): a first number "
    "above 12 settled it, and the whole column is read in that one order.": (
        "숫자로만 쓴 날짜를 일이 먼저인 순서(일.월.년)로 읽었습니다: 12보다 큰 첫 번째 숫자가 "
        "있어 정해졌고, 열 전체를 그 한 가지 순서로 읽습니다."
    ),
    "Dates written with numbers only were read month first (month/day/year): a second number "
    "above 12 settled it, and the whole column is read in that one order.": (
        "숫자로만 쓴 날짜를 월이 먼저인 순서(월/일/년)로 읽었습니다: 12보다 큰 두 번째 숫자가 "
        "있어 정해졌고, 열 전체를 그 한 가지 순서로 읽습니다."
    ),
    " {rows} without an offset were read as written.": (
        " 오프셋이 없는 {rows}은 쓰인 그대로 읽었습니다."
    ),
    " {rows} without an offset were read as {tz} clock time.": (
        " 오프셋이 없는 {rows}은 {tz} 시각으로 읽었습니다."
    ),
    " ({value} is {time})": "({value}는 {time})",
    "Timestamps end in Z or +00:00: they are UTC (world time), not your users' local clock "
    "time{example}, and were kept as UTC. Pass tz= with your users' zone (e.g. "
    "tz='Asia/Seoul' or tz='America/New_York') so that days and hours are theirs.{tail}": (
        "타임스탬프가 Z나 +00:00으로 끝납니다: 사용자의 현지 시각이 아니라 UTC(세계 "
        "시간)이고{example}, UTC 그대로 두었습니다. 날짜와 시간을 사용자 기준으로 보려면 사용자의 "
        "시간대로 tz=를 넘기세요(예: tz='Asia/Seoul' 또는 tz='America/New_York').{tail}"
    ),
    "Timestamps carried UTC offsets ({shown}); kept each event's own local clock "
    "time{example}, so days and hours are the user's own. Pass tz='UTC' or a zone such as "
    "'America/New_York' to convert them all to one zone instead.{tail}": (
        "타임스탬프에 UTC 오프셋({shown})이 붙어 있었습니다. 이벤트마다 현지 시각을 그대로 "
        "두었으므로{example} 날짜와 시간은 사용자 자신의 것입니다. 모두 한 시간대로 바꾸려면 "
        "tz='UTC'나 'America/New_York' 같은 시간대를 넘기세요.{tail}"
    ),
    "Timestamps carried UTC offsets ({shown}); converted every one to {tz} clock time.{tail}": (
        "타임스탬프에 UTC 오프셋({shown})이 붙어 있었습니다. 모두 {tz} 시각으로 바꿨습니다.{tail}"
    ),
    "Timestamps were numbers like 19970101; read them as year-month-day.": (
        "타임스탬프가 19970101 같은 숫자였습니다. 연-월-일로 읽었습니다."
    ),
    "Timestamps were numbers; read them as Unix time in {unit} since 1970-01-01, in UTC clock "
    "time (pass tz= for another zone's clock). If that is wrong, convert the column yourself "
    "first.": (
        "타임스탬프가 숫자였습니다. 1970-01-01부터의 Unix 시간({unit} 단위)으로, UTC 시각으로 "
        "읽었습니다(다른 시간대 시각으로 보려면 tz=를 넘기세요). 이것이 틀렸다면 먼저 열을 직접 "
        "변환하세요."
    ),
    "Timestamps were numbers; read them as Unix time in {unit} and converted them to {tz} "
    "clock time.": (
        "타임스탬프가 숫자였습니다. Unix 시간({unit} 단위)으로 읽어 {tz} 시각으로 바꿨습니다."
    ),
    # the arguments of load_event_log
    "{func}(): {name} must be a column name in quotes, got {value}.": (
        "{func}(): {name}에는 따옴표 안의 열 이름이 들어가야 합니다. 받은 값: {value}."
    ),
    "{func}(): give event_col= (the column with the event name) or event= (one name for every "
    "row, e.g. event='purchase' for a log of purchases), not both.": (
        "{func}(): event_col=(이벤트 이름이 든 열)이나 event=(모든 행에 쓸 이름 하나, 예: 구매 "
        "로그라면 event='purchase') 중 하나만 주세요."
    ),
    "{func}(): event_col= is missing: the column with the event name. If every row is the "
    "same kind of event, pass event='purchase' (its name) instead.": (
        "{func}(): event_col=(이벤트 이름이 든 열)이 없습니다. 모든 행이 같은 종류의 "
        "이벤트라면 대신 event='purchase'(그 이름)를 넘기세요."
    ),
    "{func}(): {name} must be a name in quotes, got {value}.": (
        "{func}(): {name}에는 따옴표 안의 이름이 들어가야 합니다. 받은 값: {value}."
    ),
    "{func}(): properties must be a list of column names, e.g. ['plan'].": (
        "{func}(): properties는 열 이름의 목록이어야 합니다. 예: ['plan']."
    ),
    "{func}(): column {name} is named more than once: who, when and what (and each property) "
    "must be different columns.": (
        "{func}(): 열 {name}을 두 번 이상 적었습니다: 누가, 언제, 무엇을(그리고 각 속성)은 "
        "서로 다른 열이어야 합니다."
    ),
    "{func}(): a property cannot be called {name}, the name the log gives to the who column. "
    "Rename it in your data first.": (
        "{func}(): 속성 이름으로 {name}은 쓸 수 없습니다. 로그가 '누가' 열에 붙이는 이름입니다. "
        "먼저 데이터에서 이름을 바꾸세요."
    ),
    "{func}(): a property cannot be called {name}, the name the log gives to the when column. "
    "Rename it in your data first.": (
        "{func}(): 속성 이름으로 {name}은 쓸 수 없습니다. 로그가 '언제' 열에 붙이는 이름입니다. "
        "먼저 데이터에서 이름을 바꾸세요."
    ),
    "{func}(): a property cannot be called {name}, the name the log gives to the what column. "
    "Rename it in your data first.": (
        "{func}(): 속성 이름으로 {name}은 쓸 수 없습니다. 로그가 '무엇을' 열에 붙이는 "
        "이름입니다. 먼저 데이터에서 이름을 바꾸세요."
    ),
    "{func}(): thousands must be ',', ' ' or \"'\" (the character between groups of three "
    "digits, as in '29,900'), got {value}. For 1.234,5 pass decimal=','.": (
        "{func}(): thousands는 ',', ' ', \"'\" 중 하나여야 합니다('29,900'처럼 세 자리마다 "
        "들어가는 문자). 받은 값: {value}. 1.234,5 같은 숫자라면 decimal=','를 넘기세요."
    ),
    # the checklist
    "{role} {name} is not in the log": "{role} {name}이(가) 로그에 없습니다",
    "{role} {name} is not in the log (did you mean {close}?)": (
        "{role} {name}이(가) 로그에 없습니다({close}를 말한 건가요?)"
    ),
    "property {name} is not in the log": "속성 {name}이(가) 로그에 없습니다",
    "only {days:.0f} days of data (needs {needed})": "데이터가 {days:.0f}일 치뿐입니다({needed}일 필요)",
    "not chosen: {items}": "선택 안 함: {items}",
    # ---- input checks every helper shares (helpers/validate.py) ----
    "{func}() needs a pandas DataFrame, got {kind}.": (
        "{func}()에는 pandas DataFrame이 필요합니다. 받은 것: {kind}."
    ),
    "{func}() got an empty DataFrame (0 rows): there is nothing to compute. If you filtered "
    "it first, the filter matched no rows: check the value's spelling and capitals against "
    "the column's values (e.g. 'starter', not 'Starter').": (
        "{func}()가 빈 DataFrame(0행)을 받았습니다: 계산할 것이 없습니다. 먼저 필터를 "
        "걸었다면 필터에 맞는 행이 없었던 것입니다: 값의 철자와 대소문자를 열의 값과 "
        "비교하세요(예: 'Starter'가 아니라 'starter')."
    ),
    "{func}(): column {col} is not in the DataFrame. Did you mean {close}? Columns are: "
    "{cols}.": "{func}(): 열 {col}이 DataFrame에 없습니다. {close}를 말한 건가요? 열 목록: {cols}.",
    "{func}(): column {col} is not in the DataFrame. Columns are: {cols}.": (
        "{func}(): 열 {col}이 DataFrame에 없습니다. 열 목록: {cols}."
    ),
    "{func}(): column {col} must hold datetimes, but its dtype is {dtype}. Convert it first: "
    "df[{col}] = pd.to_datetime(df[{col}]).": (
        "{func}(): 열 {col}에는 날짜시간이 들어 있어야 하는데 dtype이 {dtype}입니다. 먼저 "
        "변환하세요: df[{col}] = pd.to_datetime(df[{col}])."
    ),
    "{func}(): column {col} has {n} missing timestamps (NaT). Drop or fix those rows first.": (
        "{func}(): 열 {col}에 빠진 타임스탬프(NaT)가 {n}개 있습니다. 먼저 그 행을 빼거나 고치세요."
    ),
    "{func}(): column {col} must be numeric, but its dtype is {dtype}.": (
        "{func}(): 열 {col}은 숫자여야 하는데 dtype이 {dtype}입니다."
    ),
    "{func}(): column {col} has {n} missing values (NaN) where a number is needed. Fill or "
    "drop them first.": (
        "{func}(): 열 {col}에 숫자가 필요한 자리에 빠진 값(NaN)이 {n}개 있습니다. 먼저 "
        "채우거나 빼세요."
    ),
    "{func}(): unknown {what} {value}. Did you mean {close}? Known {what}s: {shown}.": (
        "{func}(): 알 수 없는 {what} {value}입니다. {close}를 말한 건가요? 알려진 {what}: {shown}."
    ),
    "{func}(): unknown {what} {value}. Known {what}s: {shown}.": (
        "{func}(): 알 수 없는 {what} {value}입니다. 알려진 {what}: {shown}."
    ),
    "{func}(): {name}={value} is not valid; use one of {options}.": (
        "{func}(): {name}={value}은 쓸 수 없습니다. 다음 중 하나를 쓰세요: {options}."
    ),
    "{func}(): pass event_col= together with names=.": (
        "{func}(): names=를 줄 때는 event_col=도 함께 주세요."
    ),
}

MESSAGES.update(
    {
        # ---- the capstone's steps and the one-page summary (helpers/report.py) ----
        "{step}: skipped - {why}": "{step}: 건너뜀 - {why}",
        "{figure} figure: skipped - {why}": "{figure} 그림: 건너뜀 - {why}",
        "Only {n:,} {who}: too few to conclude (needs {min}+)": (
            "{who} {n:,}명뿐: 결론을 내기에 너무 적습니다({min}명 이상 필요)"
        ),
        "Biggest drop: before '{step}' (only {share:.0%} continue)": (
            "가장 큰 이탈: '{step}' 앞 (이어 가는 비율 {share:.0%}뿐)"
        ),
        "'{quadrant}' holds the most users ({share:.0%}); one dot per segment": (
            "'{quadrant}'에 사용자가 가장 많습니다({share:.0%}). 점 하나가 세그먼트 하나"
        ),
        "'{quadrant}' holds the most users ({share:.0%}); one dot per user": (
            "'{quadrant}'에 사용자가 가장 많습니다({share:.0%}). 점 하나가 사용자 한 명"
        ),
        "'{event}' events per user": "사용자당 '{event}' 이벤트 수",
        "{k}+ {label} in the first {days} days: {at_least:.0%} stay vs {below:.0%}": (
            "첫 {days}일 안에 {label} {k}회 이상: {at_least:.0%} 유지 vs {below:.0%}"
        ),
        "On average {share:.0%} of a cohort is active one day after starting": (
            "평균적으로 코호트의 {share:.0%}가 시작 하루 뒤에 활동합니다"
        ),
        "On average {share:.0%} of a cohort is active one week after starting": (
            "평균적으로 코호트의 {share:.0%}가 시작 한 주 뒤에 활동합니다"
        ),
        "On average {share:.0%} of a cohort is active one month after starting": (
            "평균적으로 코호트의 {share:.0%}가 시작 한 달 뒤에 활동합니다"
        ),
        "On average {share:.0%} of a cohort is active one quarter after starting": (
            "평균적으로 코호트의 {share:.0%}가 시작 한 분기 뒤에 활동합니다"
        ),
        "users with a whole day 1 in the data": "데이터에 1일째가 온전히 있는 사용자",
        "users with a whole week 1 in the data": "데이터에 1주째가 온전히 있는 사용자",
        "users with a whole month 1 in the data": "데이터에 1개월째가 온전히 있는 사용자",
        "users with a whole quarter 1 in the data": "데이터에 1분기째가 온전히 있는 사용자",
        "Days since sign-up": "가입 후 경과 일수",
        "Weeks since sign-up": "가입 후 경과 주수",
        "Months since sign-up": "가입 후 경과 개월 수",
        "Quarters since sign-up": "가입 후 경과 분기 수",
        "Days since first event": "첫 이벤트 후 경과 일수",
        "Weeks since first event": "첫 이벤트 후 경과 주수",
        "Months since first event": "첫 이벤트 후 경과 개월 수",
        "Quarters since first event": "첫 이벤트 후 경과 분기 수",
        "Start day (cohort)": "시작 일(코호트)",
        "Start week (cohort)": "시작 주(코호트)",
        "Start month (cohort)": "시작 월(코호트)",
        "Start quarter (cohort)": "시작 분기(코호트)",
        "only {n:,} users: too few to conclude (needs {min}+)": (
            "사용자 {n:,}명뿐: 결론을 내기에 너무 적습니다({min}명 이상 필요)"
        ),
        "only {n:,} users: a share is known to about +-{margin:.0%}": (
            "사용자 {n:,}명뿐: 비율의 오차가 약 +-{margin:.0%}입니다"
        ),
        "too few users to conclude: {n:,} users, needs {min}+ ({groups})": (
            "결론을 내기에 사용자가 너무 적습니다: {n:,}명, {min}명 이상 필요 ({groups})"
        ),
        "{events:,} ({types} event types)": "{events:,}건 (이벤트 종류 {types}개)",
        "Funnel: reach '{step}'": "퍼널: '{step}'까지 도달",
        "{share:.0%} of {users:,} users": "사용자 {users:,}명 중 {share:.0%}",
        "'{before}' -> '{step}': {share:.0%} continue ({users:,} of {of:,} users)": (
            "'{before}' -> '{step}': {share:.0%}가 이어 감 (사용자 {of:,}명 중 {users:,}명)"
        ),
        "{name} ({share:.0%}: {users:,} of {total:,} users)": (
            "{name} ({share:.0%}: 사용자 {total:,}명 중 {users:,}명)"
        ),
        "{n:,} (left out of cohorts and the aha moment)": "{n:,}명 (코호트와 아하 모먼트에서 제외)",
        "Active one day after start (average cohort)": "시작 하루 뒤 활동 (평균 코호트)",
        "Active one week after start (average cohort)": "시작 한 주 뒤 활동 (평균 코호트)",
        "Active one month after start (average cohort)": "시작 한 달 뒤 활동 (평균 코호트)",
        "Active one quarter after start (average cohort)": "시작 한 분기 뒤 활동 (평균 코호트)",
        "{cohorts}; {n:,} of them active one day after start": (
            "{cohorts}; 그중 {n:,}명이 시작 하루 뒤 활동"
        ),
        "{cohorts}; {n:,} of them active one week after start": (
            "{cohorts}; 그중 {n:,}명이 시작 한 주 뒤 활동"
        ),
        "{cohorts}; {n:,} of them active one month after start": (
            "{cohorts}; 그중 {n:,}명이 시작 한 달 뒤 활동"
        ),
        "{cohorts}; {n:,} of them active one quarter after start": (
            "{cohorts}; 그중 {n:,}명이 시작 한 분기 뒤 활동"
        ),
        "no cohort has a fully observed day after its start": (
            "시작 다음 날이 온전히 관찰된 코호트가 없음"
        ),
        "no cohort has a fully observed week after its start": (
            "시작 다음 주가 온전히 관찰된 코호트가 없음"
        ),
        "no cohort has a fully observed month after its start": (
            "시작 다음 달이 온전히 관찰된 코호트가 없음"
        ),
        "no cohort has a fully observed quarter after its start": (
            "시작 다음 분기가 온전히 관찰된 코호트가 없음"
        ),
        "Partial last day": "일부만 있는 마지막 날",
        "Partial last week": "일부만 있는 마지막 주",
        "Partial last month": "일부만 있는 마지막 달",
        "Partial last quarter": "일부만 있는 마지막 분기",
        "{share:.0%} ({cohorts}, {users:,} users)": "{share:.0%} ({cohorts}, 사용자 {users:,}명)",
        "{period} (data ends {last}): marked * in the cohort heatmap, left out of the average": (
            "{period} (데이터는 {last}에 끝남): 코호트 히트맵에 *로 표시하고 평균에서 뺐습니다"
        ),
        "no aha action chosen (aha_events)": "아하 행동을 고르지 않음(aha_events)",
        "aha action {name} is not in the log": "아하 행동 {name}이(가) 로그에 없습니다",
        "{k}+ {label} in the first {days} days: {at_least:.0%} still active "
        "({users_at_least:,} users) vs {below:.0%} ({users_below:,} users)": (
            "첫 {days}일 안에 {label} {k}회 이상: {at_least:.0%}가 계속 활동 "
            "(사용자 {users_at_least:,}명) vs {below:.0%} (사용자 {users_below:,}명)"
        ),
        "Not in this report: {note}": "이 리포트에 없는 것: {note}",
        "  not in this report: {note}": "  이 리포트에 없는 것: {note}",
        "  figures: {names}": "  그림: {names}",
        "  figures: none": "  그림: 없음",
        "{name}: who matters most - one-page summary": "{name}: 가장 중요한 고객은 누구인가 - 한 페이지 요약",
    }
)

MESSAGES.update(
    {
        # ---- a plan or a call the capstone cannot use ----
        "CapstonePlan: {name} must be a list of names in quotes, got {value}.": (
            "CapstonePlan: {name}에는 따옴표 안의 이름 목록이 들어가야 합니다. 받은 값: {value}."
        ),
        "CapstonePlan: {name} must be an event name in quotes or None, got {value}.": (
            "CapstonePlan: {name}에는 따옴표 안의 이벤트 이름이나 None이 들어가야 합니다. "
            "받은 값: {value}."
        ),
        "CapstonePlan: {name} must be text in quotes, got {value}.": (
            "CapstonePlan: {name}에는 따옴표 안의 텍스트가 들어가야 합니다. 받은 값: {value}."
        ),
        "CapstonePlan: {name} must be text in quotes or None, got {value}.": (
            "CapstonePlan: {name}에는 따옴표 안의 텍스트나 None이 들어가야 합니다. 받은 값: {value}."
        ),
        "CapstonePlan: {name} must be an event name in quotes, got {value}.": (
            "CapstonePlan: {name}에는 따옴표 안의 이벤트 이름이 들어가야 합니다. 받은 값: {value}."
        ),
        "CapstonePlan: {name} must be a whole number, got {value}.": (
            "CapstonePlan: {name}에는 정수가 들어가야 합니다. 받은 값: {value}."
        ),
        "CapstonePlan: {name} must be {n} whole numbers like {example}, got {value}.": (
            "CapstonePlan: {name}에는 {example}처럼 정수 {n}개가 들어가야 합니다. 받은 값: {value}."
        ),
        "CapstonePlan: {name} must be {kinds}, got {value}.": (
            "CapstonePlan: {name}에는 {kinds} 값이 들어가야 합니다. 받은 값: {value}."
        ),
        "CapstonePlan: need 0 < aha_window_days <= retention_days[0] <= retention_days[1], "
        "got aha_window_days={window}, retention_days={days}.": (
            "CapstonePlan: 0 < aha_window_days <= retention_days[0] <= retention_days[1]이어야 "
            "합니다. 받은 값: aha_window_days={window}, retention_days={days}."
        ),
        "CapstonePlan: last_period={value} is not a period; give one like '1998-05' "
        "(period={period}).": (
            "CapstonePlan: last_period={value}는 기간이 아닙니다. '1998-05'처럼 적으세요"
            "(period={period})."
        ),
        "{func}(): plan must be a CapstonePlan, got {kind}.": (
            "{func}(): plan은 CapstonePlan이어야 합니다. 받은 것: {kind}."
        ),
        "summary_report() needs the result of run_capstone(), got {kind}.": (
            "summary_report()에는 run_capstone()의 결과가 필요합니다. 받은 것: {kind}."
        ),
    }
)
