"""Korean for notebook 08 (the A/B test): its checkers' verdicts and hints, and its figures."""

MESSAGES: dict[str, str] = {
    # ---- exercise titles ----
    "Exercise 1 · sample size": "연습 1 · 표본 크기",
    "Exercise 2 · sample-ratio check": "연습 2 · 표본 비율 점검",
    "Exercise 3 · lift in the target segment": "연습 3 · 타깃 세그먼트의 리프트",
    "Exercise 4 · outside the target segment": "연습 4 · 타깃 세그먼트 밖",
    "Exercise 5 · peeking every day": "연습 5 · 매일 들여다보기",
    # ---- exercise 1 ----
    "Give the number of users per group, e.g. the result of "
    "experiment.sample_size(...), not a {kind}.": (
        "그룹당 사용자 수를 숫자로 답하세요. 예를 들어 experiment.sample_size(...)의 결과입니다. "
        "{kind}가 아닙니다."
    ),
    "That is both groups together. sample_size() already gives the number "
    "*per group*: the answer is half of yours.": (
        "두 그룹을 합친 값입니다. sample_size()는 이미 *그룹당* 사용자 수를 돌려줍니다. 정답은 "
        "여러분 답의 절반입니다."
    ),
    "That detects a 5% *relative* lift ({baseline:.1%} -> {lifted:.1%}). The MDE "
    "here is 5 percentage points, absolute: mde=0.05.": (
        "그건 5% *상대* 리프트({baseline:.1%} -> {lifted:.1%})를 잡는 크기입니다. 여기서 MDE는 "
        "절대값 5퍼센트포인트입니다: mde=0.05."
    ),
    "That is far too few users for +5 points: a bigger MDE needs fewer users. "
    "Five percentage points is written 0.05 (0.5 would be fifty points).": (
        "+5포인트를 잡기에는 사용자가 너무 적습니다. MDE가 클수록 필요한 사용자는 줄어듭니다. "
        "5퍼센트포인트는 0.05로 씁니다(0.5는 50포인트입니다)."
    ),
    "experiment.sample_size(0.16, 0.05): both are shares.": (
        "experiment.sample_size(0.16, 0.05): 두 인자 모두 비율입니다."
    ),
    "{value:,.0f} is too high for a baseline of the control's rate and an MDE of "
    "+5 points.": "{value:,.0f}명은 대조군 비율을 기준값으로, MDE를 +5포인트로 잡았을 때보다 많습니다.",
    "{value:,.0f} is too low for a baseline of the control's rate and an MDE of "
    "+5 points.": "{value:,.0f}명은 대조군 비율을 기준값으로, MDE를 +5포인트로 잡았을 때보다 적습니다.",
    "experiment.sample_size(baseline, mde) takes two shares: the control's rate "
    "and the absolute lift you want to detect.": (
        "experiment.sample_size(baseline, mde)는 비율 두 개를 받습니다. 대조군의 비율과, 잡아내고 "
        "싶은 절대 리프트입니다."
    ),
    "baseline = 0.16 (the segment's usual rate, as the exercise says); "
    "mde = 0.05 (five percentage points).": (
        "baseline = 0.16(연습 문제가 말하는 세그먼트의 평소 비율), mde = 0.05(5퍼센트포인트)입니다."
    ),
    "n_next = experiment.sample_size(0.16, 0.05)": (
        "이렇게 쓰면 됩니다: n_next = experiment.sample_size(0.16, 0.05)"
    ),
    "About {right:,} users per group (sample_size(0.16, 0.05); the control's exact "
    "rate, {rate:.3f}, gives nearly the same). This test had about {per_group:,.0f} "
    "per group in the segment: a smaller effect needs a much longer test.": (
        "그룹당 약 {right:,}명입니다(sample_size(0.16, 0.05). 대조군의 정확한 비율({rate:.3f})로 "
        "계산해도 거의 같습니다). 이번 테스트는 세그먼트에서 그룹당 약 {per_group:,.0f}명이었습니다. "
        "효과가 작을수록 테스트는 훨씬 길어져야 합니다."
    ),
    # ---- exercise 2 ----
    "Answer True or False, without quotes.": "따옴표 없이 True 또는 False로 답하세요.",
    "Write split_ok = True or split_ok = False - no quotes.": (
        "split_ok = True 또는 split_ok = False로 쓰세요. 따옴표는 붙이지 않습니다."
    ),
    "That looks like the p-value. Now decide: is it below 0.001 (broken split) "
    "or not? Answer True (the split is fine) or False.": (
        "p값으로 보입니다. 이제 판단하세요. 0.001보다 작습니까(분할이 고장 남), 아닙니까? "
        "True(분할 문제없음) 또는 False로 답하세요."
    ),
    "p = {p:.2f}. Is it below 0.001? If not, the split is fine: True.": (
        "p = {p:.2f}입니다. 0.001보다 작나요? 아니라면 분할은 문제없습니다: True."
    ),
    "Answer True or False, not a {kind}.": "{kind}가 아니라 True 또는 False로 답하세요.",
    "The groups differ ({c:,} vs {t:,}), but p = {p:.2f} is far above 0.001: a "
    "gap this size happens by chance in a fair 50/50 split.": (
        "두 그룹의 크기는 다르지만({c:,} 대 {t:,}), p = {p:.2f}는 0.001보다 훨씬 큽니다. 공정한 "
        "50/50 분할에서도 이 정도 차이는 우연히 생깁니다."
    ),
    "Only p below 0.001 means a broken split; here p is far above, so the split is fine: True.": (
        "p가 0.001보다 작을 때만 분할이 고장 난 것입니다. 여기서는 p가 훨씬 크므로 분할은 "
        "문제없습니다: True."
    ),
    "p = {p:.2g} is below 0.001: the assignment is broken; do not read the result.": (
        "p = {p:.2g}는 0.001보다 작습니다. 배정이 고장 났으니 결과를 읽지 마세요."
    ),
    "Run experiment.srm_check(target, 'variant') and look at its p_value.": (
        "experiment.srm_check(target, 'variant')를 실행하고 p_value를 보세요."
    ),
    "The rule: only a p-value below 0.001 signals a sample-ratio mismatch.": (
        "규칙: p값이 0.001보다 작을 때만 표본 비율 불일치의 신호입니다."
    ),
    "p = {p:.2f}: the split is consistent with 50/50, so the assignment can be trusted.": (
        "p = {p:.2f}: 분할이 50/50과 들어맞으므로 배정을 믿을 수 있습니다."
    ),
    # ---- exercise 3 ----
    "Give one number in percentage points, e.g. 4.2, not a {kind}.": (
        "{kind}가 아니라 퍼센트포인트로 된 숫자 하나로 답하세요. 예: 4.2."
    ),
    "Right size, wrong sign: the lift is treatment minus control.": (
        "크기는 맞지만 부호가 반대입니다. 리프트는 실험군 빼기 대조군입니다."
    ),
    "(rates['treatment'] - rates['control']) * 100": (
        "계산식: (rates['treatment'] - rates['control']) * 100"
    ),
    "That is a share (0-1). Give it in percentage points: multiply by 100.": (
        "비율(0-1)로 보입니다. 퍼센트포인트로 답하세요. 100을 곱하면 됩니다."
    ),
    "Multiply your difference by 100.": "구한 차이에 100을 곱하세요.",
    "That is the *relative* lift (treatment / control - 1). Give the absolute "
    "difference of the two rates, in percentage points.": (
        "그건 *상대* 리프트(실험군 / 대조군 - 1)입니다. 두 비율의 절대 차이를 퍼센트포인트로 "
        "답하세요."
    ),
    "Subtract, do not divide: (rates['treatment'] - rates['control']) * 100.": (
        "나누지 말고 빼세요: (rates['treatment'] - rates['control']) * 100."
    ),
    "That is the lift across all users. Keep only the target segment first.": (
        "전체 사용자의 리프트입니다. 먼저 타깃 세그먼트만 남기세요."
    ),
    "target = ab[ab['in_target_segment']], then the same calculation on target.": (
        "target = ab[ab['in_target_segment']]로 거른 뒤 target에 같은 계산을 하세요."
    ),
    "That is the lift *outside* the target segment. Keep in_target_segment == True.": (
        "타깃 세그먼트 *밖*의 리프트입니다. in_target_segment == True인 행을 남기세요."
    ),
    "target = ab[ab['in_target_segment']] (without the ~).": (
        "target = ab[ab['in_target_segment']]입니다(~ 없이)."
    ),
    "{value:g} pp is too high.": "{value:g} pp는 너무 큽니다.",
    "{value:g} pp is too low.": "{value:g} pp는 너무 작습니다.",
    "Keep the target segment, then compare the mean of reserved_14d by variant.": (
        "타깃 세그먼트만 남긴 뒤 variant별 reserved_14d 평균을 비교하세요."
    ),
    "rates = target.groupby('variant')['reserved_14d'].mean(); the lift "
    "is rates['treatment'] - rates['control'].": (
        "rates = target.groupby('variant')['reserved_14d'].mean()으로 구하면, 리프트는 "
        "rates['treatment'] - rates['control']입니다."
    ),
    "Multiply that difference by 100 to get percentage points.": (
        "그 차이에 100을 곱하면 퍼센트포인트가 됩니다."
    ),
    "+{lift:.1f} pp, from {control:.0%} to {treatment:.0%}, with a 95% interval of "
    "+{low:.1f} to +{high:.1f} pp.": (
        "+{lift:.1f} pp입니다. {control:.0%}에서 {treatment:.0%}로 올랐고, 95% 구간은 "
        "+{low:.1f} ~ +{high:.1f} pp입니다."
    ),
    # ---- exercise 4 ----
    "An interval that includes 0 does not prove 'no effect': it allows anything from "
    "{low:+.1f} to {high:+.1f} pp. Absence of evidence is not evidence of absence.": (
        "0을 포함하는 구간이 '효과 없음'을 증명하지는 않습니다. {low:+.1f}에서 {high:+.1f} pp까지 "
        "무엇이든 가능하다는 뜻입니다. 증거가 없다는 것이 없다는 증거는 아닙니다."
    ),
    "Look again at where the interval lies relative to 0.": (
        "구간이 0을 기준으로 어디에 있는지 다시 보세요."
    ),
    "The point estimate is {lift:+.1f} pp, but the interval runs from {low:+.1f} to "
    "{high:+.1f} pp: it includes 0, so there is no clear harm - only a small one that "
    "cannot be ruled out.": (
        "점 추정값은 {lift:+.1f} pp이지만 구간은 {low:+.1f}에서 {high:+.1f} pp까지입니다. 0을 "
        "포함하므로 뚜렷한 해는 없습니다. 다만 작은 해를 배제할 수 없을 뿐입니다."
    ),
    "The interval still spans {width:.1f} pp ({low:+.1f} to {high:+.1f}): many users "
    "make it narrower, never exact. It includes 0, and small effects either way.": (
        "구간의 폭은 여전히 {width:.1f} pp입니다({low:+.1f} ~ {high:+.1f}). 사용자가 많으면 "
        "구간이 좁아질 뿐 정확해지지는 않습니다. 구간은 0을 포함하고, 양쪽 방향의 작은 효과도 "
        "포함합니다."
    ),
    "Run two_proportion_test on ~ab['in_target_segment'] and look at ci_low and ci_high.": (
        "~ab['in_target_segment']로 거른 행에 two_proportion_test를 실행하고 ci_low와 "
        "ci_high를 보세요."
    ),
    "Does the interval include 0? What is the largest lift it still allows?": (
        "구간이 0을 포함하나요? 구간이 허용하는 가장 큰 리프트는 얼마인가요?"
    ),
    "No clear effect outside the segment, and a small one cannot be ruled out. The "
    "change was built for users who set the time first and fail to reserve: that is "
    "where it works.": (
        "세그먼트 밖에서는 뚜렷한 효과가 없고, 작은 효과도 배제할 수 없습니다. 이 변경은 시간을 "
        "먼저 설정하고 예약에 실패하는 사용자를 위해 만들었고, 효과가 나는 곳도 바로 그곳입니다."
    ),
    # ---- exercise 5 ----
    "Give one share between 0 and 1, e.g. 0.12, not a {kind}.": (
        "{kind}가 아니라 0에서 1 사이의 비율 하나로 답하세요. 예: 0.12."
    ),
    "That is the false-positive rate of looking *once*, at the end (about 5%, as "
    "planned). The question is about stopping at the first of 30 daily looks: "
    "use 'any_look'.": (
        "그건 끝에서 *한 번만* 볼 때의 거짓 양성 비율입니다(계획대로 약 5%). 질문은 30일 동안 매일 "
        "들여다보다 처음 유의해진 날 멈추는 경우입니다: 'any_look'을 쓰세요."
    ),
    "{value:g} is too high. Did you use rate={rate}, n_per_look={n} and looks={looks}?": (
        "{value:g}는 너무 큽니다. rate={rate}, n_per_look={n}, looks={looks}로 실행했나요?"
    ),
    "{value:g} is too low. Did you use rate={rate}, n_per_look={n} and looks={looks}?": (
        "{value:g}는 너무 작습니다. rate={rate}, n_per_look={n}, looks={looks}로 실행했나요?"
    ),
    "experiment.peeking_simulation(...) runs many A/A tests (no real effect) and "
    "reports how often they would be called a winner.": (
        "experiment.peeking_simulation(...)은 A/A 테스트(실제 효과 없음)를 여러 번 돌리고, "
        "그중 몇 번이 승자로 선언되는지 알려 줍니다."
    ),
    "Call it with rate={rate}, n_per_look={n}, looks={looks}.": (
        "rate={rate}, n_per_look={n}, looks={looks}로 호출하세요."
    ),
    "The answer is the 'any_look' value of the dict it returns.": (
        "정답은 돌려받은 dict의 'any_look' 값입니다."
    ),
    "About {share:.0%} of tests with no real effect would be stopped as 'winners', "
    "against 5% if you look once at the planned end.": (
        "실제 효과가 없는 테스트의 약 {share:.0%}가 '승자'로 멈춰집니다. 계획한 끝에서 한 번만 "
        "보면 5%입니다."
    ),
    # ---- figures ----
    "this test's segment: ~{n} users per group": "이번 테스트의 세그먼트: 그룹당 ~{n}명",
    "smallest lift it could reliably": "안정적으로 잡을 수 있는",
    "catch: about {pp} pp": "가장 작은 리프트: 약 {pp} pp",
    "Halve the lift you want to see, and you need about 4x the users": (
        "보고 싶은 리프트를 절반으로 줄이면 사용자는 약 4배 필요합니다"
    ),
    "Minimum detectable effect (percentage points, from a 16% baseline)": (
        "최소 검출 효과(퍼센트포인트, 기준값 16%)"
    ),
    "Users needed per group": "그룹당 필요한 사용자 수(명)",
    "The lift comes from the target segment": "리프트는 타깃 세그먼트에서 나옵니다",
    "(lines: 95% intervals; orange-red = clear of zero)": "(선: 95% 구간, 주황빨강 = 0에서 떨어짐)",
    "Lift in 14-day reservation rate, treatment - control (pp)": (
        "14일 예약률의 리프트, 실험군 - 대조군(pp)"
    ),
    "All users": "전체 사용자",
    "Target segment": "타깃 세그먼트",
    "Outside target": "타깃 밖",
    "Existing users": "기존 사용자",
    "New users": "신규 사용자",
    "planned false-alarm rate: 5%": "계획한 잘못된 경보 비율: 5%",
    "Stopping at the first 'significant' look multiplies false winners": (
        "처음 '유의'해진 순간 멈추면 가짜 승자가 몇 배로 늘어납니다"
    ),
    "Number of looks at the data during the test": "테스트 중 데이터를 들여다본 횟수",
    "A/A tests declared a winner (%)": "승자로 선언된 A/A 테스트(%)",
}
