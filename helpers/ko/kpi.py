"""Korean for the errors a learner meets in helpers/kpi.py and helpers/experiment.py
(notebooks 08 and 09): a wrong column, an empty filter, a percentage for a share."""

MESSAGES: dict[str, str] = {
    # ---- helpers/kpi.py ----
    "column {column!r}": "{column!r} 열",
    "the scores": "점수",
    "{func}(): {name} must hold numbers from 0 to 10, but its dtype is {dtype}. If the "
    "scores were read as text, convert them: pd.to_numeric(...).": (
        "{func}(): {name}에는 0에서 10 사이의 숫자가 있어야 하는데, dtype이 {dtype}입니다. 점수를 "
        "글자로 읽었다면 pd.to_numeric(...)으로 바꾸세요."
    ),
    "{func}(): {name} has {n} missing scores (NaN). Drop the blank responses first: they "
    "are not detractors.": (
        "{func}(): {name}에 빠진 점수(NaN)가 {n}개 있습니다. 빈 응답을 먼저 빼세요. 빈 응답은 "
        "비추천 고객이 아닙니다."
    ),
    "{func}(): {name} must be between 0 and 10, but {n} values are outside, e.g. "
    "{example:g}. Is this a different scale (1-5, 0-100)?": (
        "{func}(): {name}는 0에서 10 사이여야 하는데, 범위를 벗어난 값이 {n}개 있습니다(예: "
        "{example:g}). 다른 척도(1-5, 0-100)인가요?"
    ),
    "{func}(): {name} must be whole numbers 0-10 (the NPS question has 11 answers), but "
    "some have decimals, e.g. {example:g}.": (
        "{func}(): {name}는 0-10의 정수여야 하는데(NPS 질문의 답은 11가지입니다), 소수가 있습니다. "
        "예: {example:g}."
    ),
    "{func}(): name at least one revenue column.": "{func}(): 매출 열을 하나 이상 지정하세요.",
    "{func}() needs one column of scores, e.g. df['score'], not a DataFrame.": (
        "{func}()에는 DataFrame이 아니라 점수 열 하나가 필요합니다. 예: df['score']."
    ),
    "{func}() got no scores (empty).": "{func}()가 받은 점수가 없습니다(비어 있음).",
    "{func}() got no scores (an empty Series).": (
        "{func}()가 받은 점수가 없습니다(빈 Series). 필터가 아무 행도 남기지 않았는지 확인하세요."
    ),
    "{func}(): column {column!r} must be True/False (is a renewal due this month?), but "
    "its dtype is {dtype}.": (
        "{func}(): {column!r} 열은 True/False(이번 달 갱신 시점인가?)여야 하는데, dtype이 "
        "{dtype}입니다."
    ),
    "{func}(): within_months must be a whole number >= 1.": (
        "{func}(): within_months는 1 이상의 정수여야 합니다."
    ),
    "{func}(): {n} rows with a renewal due have no {column!r} value; every due renewal "
    "needs a True/False outcome.": (
        "{func}(): 갱신 시점인 행 {n}개에 {column!r} 값이 없습니다. 갱신 시점마다 True/False "
        "결과가 있어야 합니다."
    ),
    "{func}(): column {column!r} has {n} missing values. Keep only the rows where a renewal "
    "was due (e.g. df[df['renewal_due']]) before computing a rate.": (
        "{func}(): {column!r} 열에 빠진 값이 {n}개 있습니다. 비율을 구하기 전에 갱신 시점인 "
        "행만 남기세요(예: df[df['renewal_due']])."
    ),
    "{func}(): column {column!r} must be True/False (or 0/1), but its dtype is {dtype}.": (
        "{func}(): {column!r} 열은 True/False(또는 0/1)여야 하는데, dtype이 {dtype}입니다."
    ),
    "{func}() needs one Series (e.g. mrr_by_month(df)), not a DataFrame; pick a column first.": (
        "{func}()에는 DataFrame이 아니라 Series 하나가 필요합니다(예: mrr_by_month(df)). 먼저 "
        "열 하나를 고르세요."
    ),
    "{func}() needs a pandas Series, got {kind}.": (
        "{func}()에는 pandas Series가 필요합니다. 받은 것은 {kind}입니다."
    ),
    "{func}() got an empty Series: there is nothing to compute.": (
        "{func}()가 빈 Series를 받았습니다. 계산할 것이 없습니다."
    ),
    "{func}() needs a Series or a DataFrame, got {kind}.": (
        "{func}()에는 Series나 DataFrame이 필요합니다. 받은 것은 {kind}입니다."
    ),
    "{func}() needs at least two different months to measure growth.": (
        "{func}()로 성장률을 재려면 서로 다른 달이 적어도 두 개 있어야 합니다."
    ),
    "{func}(): the first month's value is {first:g}; growth from zero or a negative value "
    "is not defined. Start from a later month.": (
        "{func}(): 첫 달의 값이 {first:g}입니다. 0이나 음수에서 출발한 성장률은 정의되지 "
        "않습니다. 더 뒤의 달부터 시작하세요."
    ),
    "{func}(): the last month's value is negative ({last:g}).": (
        "{func}(): 마지막 달의 값이 음수입니다({last:g})."
    ),
    "{func}(): column {column!r} has negative order counts.": (
        "{func}(): {column!r} 열에 음수 주문 수가 있습니다."
    ),
    "{func}(): nobody bought anything here, so there is no rate to compute.": (
        "{func}(): 여기서는 아무도 구매하지 않아서 구할 비율이 없습니다."
    ),
    "{func}(): total revenue is 0, so the margin is not defined.": (
        "{func}(): 총매출이 0이라 이익률이 정의되지 않습니다."
    ),
    "{func}(): some rows are earlier than their cohort month in {column!r}.": (
        "{func}(): 일부 행이 {column!r}의 코호트 월보다 앞섭니다."
    ),
    "{func}(): state the gross margin you assume, e.g. gross_margin=kpi.gross_margin(months) "
    "(one margin for all accounts) or, with by=, a Series of each group's own margin. MRR is "
    "not profit: a payback on revenue alone looks shorter than it is (write "
    "gross_margin=1.0 if you mean that).": (
        "{func}(): 가정하는 매출 총이익률을 밝히세요. 예: gross_margin=kpi.gross_margin(months)"
        "(모든 고객사에 이익률 하나), 또는 by=와 함께 그룹마다 자기 이익률을 담은 Series. MRR은 "
        "이익이 아닙니다. 매출만으로 구한 회수 기간은 실제보다 짧아 보입니다(정말 그 뜻이라면 "
        "gross_margin=1.0이라고 쓰세요)."
    ),
    "{func}(): a Series of margins is one margin per group: give one column in by= (e.g. "
    "by='acquisition_channel'), or pass one number as gross_margin.": (
        "{func}(): 이익률 Series는 그룹마다 이익률 하나입니다. by=에 열 하나를 주거나(예: "
        "by='acquisition_channel'), gross_margin에 숫자 하나를 넘기세요."
    ),
    "{func}(): gross_margin must be a number such as 0.8.": (
        "{func}(): gross_margin은 0.8 같은 숫자여야 합니다."
    ),
    "{func}(): gross_margin={bad!r} must be a share between 0 and 1 (e.g. 0.8 for 80%).": (
        "{func}(): gross_margin={bad!r}는 0에서 1 사이의 비율이어야 합니다(예: 80%는 0.8)."
    ),
    "{func}(): gross_margin has no margin for {missing}: give one per group of {column!r}.": (
        "{func}(): gross_margin에 {missing}의 이익률이 없습니다. {column!r}의 그룹마다 하나씩 "
        "주세요."
    ),
    "{func}(): the accounts' MRR adds up to 0, so CAC is never paid back.": (
        "{func}(): 고객사 MRR 합계가 0이라 CAC가 절대 회수되지 않습니다."
    ),
    # ---- helpers/experiment.py ----
    "{func}(): control and treatment are the same group ({control!r}).": (
        "{func}(): 대조군과 실험군이 같은 그룹입니다({control!r})."
    ),
    "{func}(): {column!r} has only one group ({group!r}): an A/B test compares two groups. "
    "Check the filter before this call.": (
        "{func}(): {column!r}에 그룹이 하나뿐입니다({group!r}). A/B 테스트는 두 그룹을 "
        "비교합니다. 이 호출 전의 필터를 확인하세요."
    ),
    "{func}(): {column!r} must be 0/1 (or True/False); found {bad}.": (
        "{func}(): {column!r}는 0/1(또는 True/False)이어야 하는데 {bad} 값이 있습니다."
    ),
    "{func}(): {name} must be between 0 and 1, got {value}.": (
        "{func}(): {name}는 0과 1 사이여야 합니다. 받은 값은 {value}입니다."
    ),
    "{func}(): baseline must be a rate between 0 and 1, got {baseline}.": (
        "{func}(): baseline은 0과 1 사이의 비율이어야 합니다. 받은 값은 {baseline}입니다"
        "(16%라면 0.16)."
    ),
    "{func}(): mde={mde} must be non-zero and keep the rate within 0-1.": (
        "{func}(): mde={mde}는 0이 아니어야 하고, 비율을 0-1 안에 두어야 합니다(5퍼센트포인트라면 "
        "0.05)."
    ),
    "{func}(): only one group ({group!r}): a sample-ratio check compares the sizes of two "
    "or more groups. Check the filter before this call, or pass expected= with every "
    "planned group.": (
        "{func}(): 그룹이 하나뿐입니다({group!r}). 표본 비율 점검은 두 개 이상의 그룹 크기를 "
        "비교합니다. 이 호출 전의 필터를 확인하거나, 계획한 모든 그룹을 expected=로 넘기세요."
    ),
    "{func}(): every expected share must be a positive number: {expected}.": (
        "{func}(): 기대 비율은 모두 양수여야 합니다: {expected}."
    ),
}
