"""Korean for the course modules ``course/exercises.py`` and ``course/answers.py`` (the
exercise machinery and the shared answer readers): every text they say through
:func:`helpers.i18n.tr`."""

MESSAGES = {
    "a {kind}": "{kind} 값",
    "Your list of {what} is empty: your filter kept nothing. If you compared with a percent "
    "({pct}), note that pct_change() and shares are fractions: {pct}% is {threshold:g}, not "
    "{pct}.": (
        "{what} 리스트가 비어 있습니다: 필터가 아무것도 남기지 않았습니다. 퍼센트({pct})와 "
        "비교했다면, pct_change()와 비율은 소수라는 점을 기억하세요: {pct}%를 소수로 쓰면 "
        "{threshold:g}입니다({pct}로 쓰지 않습니다)."
    ),
    "Not answered yet: the answer cell that sets `{name}` stopped with an error ({error}) "
    "before setting it. Fix that cell - the last line of its red error says what is wrong - "
    "run it again, then run this check again.": (
        "아직 답하지 않았습니다: `{name}`을(를) 정하는 답 셀이 값을 정하기 전에 오류로 "
        "멈췄습니다({error}). 빨간 오류의 마지막 줄에 무엇이 잘못됐는지 나옵니다. 그 셀을 고쳐 "
        "다시 실행한 뒤, 이 확인 셀을 다시 실행하세요."
    ),
    "Not answered yet: `{name}` does not exist yet - the answer cell above has not run, or it "
    "stopped with an error before setting it. Run the answer cell (Shift+Enter); if it shows a "
    "red error, fix it first (its last line says what is wrong). Then run this check again.": (
        "아직 답하지 않았습니다: `{name}`이(가) 아직 없습니다. 위의 답 셀을 실행하지 않았거나, "
        "값을 정하기 전에 오류로 멈췄습니다. 답 셀을 실행하세요(Shift+Enter). 빨간 오류가 "
        "나오면 먼저 고치세요(마지막 줄에 무엇이 잘못됐는지 나옵니다). 그다음 이 확인 셀을 "
        "다시 실행하세요."
    ),
    "Not checked: the answer cell that sets `{name}` stopped with an error ({error}) before "
    "the line that sets `{name}` ran, so `{name}` still holds an older value. Fix that cell "
    "(read the last line of its red error), run it again, then run this check again.": (
        "확인하지 않았습니다: `{name}`을(를) 정하는 답 셀이 그 줄에 닿기 전에 오류로 "
        "멈췄습니다({error}). 그래서 `{name}`에는 아직 예전 값이 들어 있습니다. 그 셀을 "
        "고치고(빨간 오류의 마지막 줄을 읽어 보세요) 다시 실행한 뒤, 이 확인 셀을 다시 "
        "실행하세요."
    ),
    "Not finished yet: 1 of {places} blanks still holds ...{where}. Fill it in and run the cell "
    "again.": (
        "아직 다 채우지 않았습니다: 빈칸 {places}개 중 1개에 아직 ...가 있습니다{where}. 그 빈칸을 "
        "채우고 셀을 다시 실행하세요."
    ),
    "Not finished yet: {blanks} of {places} blanks still hold ...{where}. Fill in each one and "
    "run the cell again.": (
        "아직 다 채우지 않았습니다: 빈칸 {places}개 중 {blanks}개에 아직 ...가 "
        "있습니다{where}. 빈칸을 모두 채우고 셀을 다시 실행하세요."
    ),
    "a table (DataFrame) with {rows} and {columns}": "{rows} {columns}짜리 표(DataFrame)",
    "a column of values (Series) with {rows}": "{rows}짜리 값의 열(Series)",
    "the text {text}": "텍스트 {text}",
    "a {kind} of {n} values": "값 {n}개가 든 {kind}",
    "{answer} (a yes/no value)": "{answer}(참/거짓 값)",
    "Give one number, e.g. 0.25 (you gave {what}).": (
        "숫자 하나를 답하세요. 예: 0.25(입력한 답: {what})."
    ),
    "your answer was a one-value {kind}; it was read as {value}. To take one value out of a "
    "table yourself, add `.item()` at the end.": (
        "답이 값 하나만 든 {kind} 형태라서 {value}(으)로 읽었습니다. 표에서 값 하나를 직접 "
        "꺼내려면 끝에 `.item()`을 붙이세요."
    ),
    "{keys} held a one-value table; it was read as its value. To take one value out of a "
    "table yourself, add `.item()` at the end.": (
        "{keys}에 값 하나짜리 표가 들어 있어 그 값으로 읽었습니다. 표에서 값 하나를 직접 "
        "꺼내려면 끝에 `.item()`을 붙이세요."
    ),
    'Your answer is NaN ("not a number": an empty result). No rows matched your filter, so '
    "there was nothing to count or average. Check the value you filter on and its type: the "
    'text "3.0" (in quotes) is not the number 3.0.': (
        '답이 NaN("숫자가 아님": 빈 결과)입니다. 필터에 맞는 행이 없어서 세거나 평균 낼 것이 '
        "없었습니다. 필터에 쓴 값과 그 타입을 확인하세요: 따옴표 안의 텍스트 "
        '"3.0"은 숫자 3.0이 아닙니다.'
    ),
    "'the column with the names'": "'이름이 든 열'",
    "[{name}] Not yet: {problem}": "[{name}] 아직 아닙니다: {problem}",
    "[{name}] Correct! {success}": "[{name}] 정답입니다! {success}",
    "{answer} is not the best answer.": "{answer}은(는) 가장 좋은 답이 아닙니다.",
    "{value:g} is too low.": "{value:g}은(는) 너무 작습니다.",
    "Your list of {what} is empty: your filter kept nothing. If you compared with a percent "
    "(20), note that pct_change() and shares are fractions: 20% is 0.20.": (
        "{what} 리스트가 비어 있습니다: 필터가 아무것도 남기지 않았습니다. 퍼센트(20)와 "
        "비교했다면, pct_change()와 비율은 소수라는 점을 기억하세요: 20%는 0.20입니다."
    ),
    "{missing} {what} are missing.": "{what} {missing}개가 빠졌습니다.",
    " (still open: {keys})": "(남은 빈칸: {keys})",
    "{n} row": "{n}행",
    "{n} rows": "{n}행",
    "{n} column": "{n}열",
    "{n} columns": "{n}열",
    "Give a number, not {answer} (a yes/no value).": (
        "{answer}(참/거짓 값)가 아니라 숫자를 답하세요."
    ),
    "your answer was text in quotes; it was read as the number {value:g}. Write numbers "
    "without quotes.": (
        "답이 따옴표 안의 텍스트여서 숫자 {value:g}(으)로 읽었습니다. 숫자는 따옴표 없이 쓰세요."
    ),
    "You gave a {kind} with one value in it; the answer is the value itself: write it "
    "without the brackets (or take it out with [0]).": (
        "값 하나가 든 {kind}을(를) 답했습니다. 답은 그 값 자체입니다: 괄호 없이 쓰세요"
        "(또는 [0]으로 꺼내세요)."
    ),
    "{value:g} looks like a percentage; give it as a share between 0 and 1: {value:g}% is "
    "{share:g}.": (
        "{value:g}은(는) 퍼센트로 보입니다. 0과 1 사이의 비율로 답하세요: {value:g}%는 "
        "{share:g}입니다."
    ),
    "{value:g} looks like a share; give it as a percentage: {value:g} is {percent:g}%.": (
        "{value:g}은(는) 비율로 보입니다. 퍼센트로 답하세요: {value:g}은(는) {percent:g}%입니다."
    ),
    "Look at the values the column really holds, e.g. table['column'].unique(), and copy one "
    "exactly into your filter - with quotes if they are shown in quotes.": (
        "열에 실제로 든 값을 보세요. 예: table['column'].unique(). 그중 하나를 그대로 "
        "필터에 옮기세요. 따옴표 안에 보이는 값이면 따옴표도 함께 씁니다."
    ),
    "{answer} is a number, but the answer is a name in quotes. If {answer} came from "
    ".idxmax() or .idxmin() on a table whose rows are numbered 0, 1, 2 ..., it is a row "
    "number: read the name in that row with table.loc[{answer}, {col}].": (
        "{answer}은(는) 숫자지만, 답은 따옴표 안의 이름입니다. 행 번호가 0, 1, 2 ...인 표에서 "
        ".idxmax()나 .idxmin()으로 {answer}을(를) 얻었다면 그것은 행 번호입니다: "
        "table.loc[{answer}, {col}]로 그 행의 이름을 읽으세요."
    ),
    "Your answer is one row of a table ({columns}); the answer is the name in one of its "
    "columns. Take that column and the one value in it: table.loc[your_condition, {col}].item().": (
        "답이 표의 한 행({columns})입니다. 답은 그중 한 열에 든 이름입니다. 그 열과 그 안의 "
        "값 하나를 꺼내세요: table.loc[your_condition, {col}].item()."
    ),
    "Your answer is {what}; the answer is one name. To get the name of the row with the "
    "largest value of a column, use .idxmax() on that column (.idxmin() for the smallest): "
    "rates.idxmin() if the names are the index, or table.loc[table['your column'].idxmin(), "
    "{col}] if they are in a column.": (
        "답이 {what}입니다. 답은 이름 하나입니다. 어떤 열의 값이 가장 큰 행의 이름은 그 열에 "
        ".idxmax()를 쓰면 됩니다(가장 작으면 .idxmin()): 이름이 인덱스에 있으면 "
        "rates.idxmin(), 열에 있으면 table.loc[table['your column'].idxmin(), {col}]."
    ),
    "your answer cell set `{name}`, then a later line of it stopped with an error ({error}); "
    "the `{name}` it set was checked. Fix that line too (the last line of its red error says "
    "what is wrong).": (
        "답 셀이 `{name}`을(를) 정한 뒤, 그 아래 줄에서 오류로 멈췄습니다({error}). 정해진 "
        "`{name}` 값으로 확인했습니다. 그 줄도 고치세요(빨간 오류의 마지막 줄에 무엇이 "
        "잘못됐는지 나옵니다)."
    ),
    "{error} - this table's labels are numbers (0, 1, 2 ...), not text: write {key} without "
    "quotes": (
        "{error} - 이 표의 레이블은 텍스트가 아니라 숫자(0, 1, 2 ...)입니다: {key}을(를) "
        "따옴표 없이 쓰세요"
    ),
    "{error} - {value} is a value in the {col} column of `{table}`, not a column: "
    "`{table}[{value}]` looks for a column of that name. Count it with "
    "{table}[{col}].value_counts()[{value}], or keep its rows with "
    "{table}[{table}[{col}] == {value}]": (
        "{error} - {value}은(는) `{table}`의 {col} 열에 든 값이지 열이 아닙니다: "
        "`{table}[{value}]`는 그 이름의 열을 찾습니다. "
        "{table}[{col}].value_counts()[{value}]로 세거나, "
        "{table}[{table}[{col}] == {value}]로 그 행만 남기세요"
    ),
    "{answer} is not one of the options: {options}.": "{answer}은(는) 보기에 없습니다: {options}.",
    "The {what} should be a number: {said}": "{what}은(는) 숫자여야 합니다: {said}",
    "The {what} is NaN - did a division or a filter leave nothing?": (
        "{what}이(가) NaN입니다. 나눗셈이나 필터가 아무것도 남기지 않았나요?"
    ),
    "{value:g} is too high.": "{value:g}은(는) 너무 큽니다.",
    "Give a list of {what}, e.g. ['a', 'b'].": "{what}을(를) 리스트로 답하세요. 예: ['a', 'b'].",
    "{extra} of your {what} should not be there and {missing} {what} are missing.": (
        "답한 {what} 중 {extra}개는 빼야 하고, {what} {missing}개가 빠졌습니다."
    ),
    "{extra} of your {what} should not be there.": "답한 {what} 중 {extra}개는 빼야 합니다.",
    " (in the column(s) {columns})": "({columns} 열)",
    "your answer was a one-value {kind}; it was read as the number {value:g}. To take one "
    "number out of a table yourself, add `.item()` at the end.": (
        "답이 값 하나만 든 {kind} 형태라서 숫자 {value:g}(으)로 읽었습니다. 표에서 숫자 하나를 "
        "직접 꺼내려면 끝에 `.item()`을 붙이세요."
    ),
    "Your answer is an empty column of values: the filter kept no rows. Check the condition "
    "(the spelling of a value, the format of a month, a share vs a percent).": (
        "답이 빈 열입니다: 필터에 걸린 행이 하나도 없습니다. 조건을 확인하세요(값의 철자, "
        "월 형식, 비율인지 퍼센트인지)."
    ),
    "Your answer is {what} (a whole row or column, or a filtered table); give one number. "
    "Pick one cell with table.loc[row, column] - both the row and the column - and add "
    "`.item()` if it is still a one-value table; or add a column up with .sum(), or count "
    "rows with len(...).": (
        "답이 {what}입니다(행이나 열 전체, 또는 필터한 표). 숫자 하나를 답하세요. "
        "table.loc[행, 열]로 행과 열을 모두 지정해 한 칸을 고르고, 그래도 값 하나짜리 표면 "
        "`.item()`을 붙이세요. 또는 .sum()으로 열을 더하거나 len(...)으로 행을 세세요."
    ),
    "Shares run from 0 to 1: divide your percentage by 100 (or leave out the * 100 in your "
    "code).": ("비율은 0에서 1 사이입니다: 퍼센트를 100으로 나누세요(또는 코드의 * 100을 빼세요)."),
    "Multiply your share by 100 to get the percentage.": "비율에 100을 곱하면 퍼센트가 됩니다.",
    "table.loc[table['your column'].idxmax(), {col}] gives the name of the row with the "
    "largest value (.idxmin() for the smallest).": (
        "table.loc[table['your column'].idxmax(), {col}]는 값이 가장 큰 행의 이름입니다"
        "(가장 작은 행은 .idxmin())."
    ),
    "Add the column to your filter: table.loc[your_condition, {col}] gives a one-value "
    "column; .item() takes the name out of it.": (
        "필터에 열을 더하세요: table.loc[your_condition, {col}]는 값 하나짜리 열이고, "
        ".item()이 거기서 이름을 꺼냅니다."
    ),
    "Pick the one column you compare (e.g. table['drop_off']), then call .idxmax() or "
    ".idxmin() on it.": (
        "비교할 열 하나를 고르고(예: table['drop_off']), 거기에 .idxmax()나 .idxmin()을 쓰세요."
    ),
    "{error} - did you mean {name}?": "{error} - {name}을(를) 쓰려던 것인가요?",
    "{error} - it takes: {names}": "{error} - 받는 인자: {names}",
    "Answer with one of the names in quotes, e.g. {example}.": (
        "따옴표 안에 보기 중 하나의 이름을 쓰세요. 예: {example}."
    ),
    "Answer with a string in quotes.": "따옴표 안의 텍스트로 답하세요.",
    "Hint: {hint}": "힌트: {hint}",
    "Note: {note}": "참고: {note}",
    "Your answer is a one-value column of values, but its value is not a number.": (
        "답이 값 하나짜리 열인데, 그 값이 숫자가 아닙니다."
    ),
    "Your answer is an empty table: the filter kept no rows. Check the condition (the "
    "spelling of a value, the format of a month, a share vs a percent).": (
        "답이 빈 표입니다: 필터에 걸린 행이 하나도 없습니다. 조건을 확인하세요(값의 철자, "
        "월 형식, 비율인지 퍼센트인지)."
    ),
    "Your answer is {what}; give one number. A Series has one label per row: pick one with "
    'series.loc["label"] (the labels are shown on the left when you print it; add `.item()` '
    "if you still get a one-value Series), or add it up with .sum(), or count rows with "
    "len(...).": (
        "답이 {what}입니다. 숫자 하나를 답하세요. Series는 행마다 레이블이 하나 있습니다: "
        'series.loc["레이블"]로 하나를 고르세요(출력하면 왼쪽에 레이블이 보입니다. 그래도 '
        "값 하나짜리 Series가 나오면 `.item()`을 붙이세요). 또는 .sum()으로 더하거나 "
        "len(...)으로 행을 세세요."
    ),
    "Your answer is {what}: your filter kept one row, but the answer is one number, one cell "
    "of it. Add the column to the .loc: table.loc[your_condition, 'column'], then `.item()` "
    "to take the number out.": (
        "답이 {what}입니다: 필터가 행 하나를 남겼지만, 답은 그중 한 칸의 숫자 하나입니다. "
        ".loc에 열을 더하세요: table.loc[your_condition, 'column']. 그다음 `.item()`으로 "
        "숫자를 꺼내세요."
    ),
    "Print the table, find the row and the column of the number you want, and take that one "
    "cell: table.loc[row, column] (add .item() if a filter picks the row).": (
        "표를 출력해 원하는 숫자의 행과 열을 찾고, 그 한 칸을 꺼내세요: table.loc[행, 열] "
        "(필터로 행을 고르면 .item()을 붙이세요)."
    ),
    "Give a number without quotes, e.g. 0.25 (you gave {what}).": (
        "따옴표 없이 숫자를 답하세요. 예: 0.25(입력한 답: {what})."
    ),
    "This answer could not be checked ({kind}: {error}).": (
        "이 답은 확인할 수 없었습니다({kind}: {error})."
    ),
    "Your answer is a one-value table, but its value is not a number.": (
        "답이 값 하나짜리 표인데, 그 값이 숫자가 아닙니다."
    ),
    'Print your Series, find the label of the row you want on the left, and take that one value: series.loc["label"].': (
        "Series를 출력해 왼쪽에서 원하는 행의 레이블을 찾고, 그 값 하나를 꺼내세요: "
        'series.loc["레이블"].'
    ),
    "Keep your filter and name the column that holds the number (this table has "
    "{columns}): table.loc[your_condition, 'column'].item().": (
        "필터는 그대로 두고 숫자가 든 열 이름을 쓰세요(이 표의 열: {columns}): "
        "table.loc[your_condition, 'column'].item()."
    ),
    "Give a dict, like the template: {example}.": "템플릿처럼 딕셔너리로 답하세요: {example}.",
    "The dict is missing {missing}: keep every key of the template.": (
        "딕셔너리에 {missing} 키가 없습니다. 템플릿의 키를 모두 그대로 두세요."
    ),
    "Fill in every ... (still open: {unfilled}).": (
        "... 자리를 모두 채우세요(아직 비어 있는 키: {unfilled})."
    ),
}
