"""World 1's voice of the customer (고객의 소리, VoC): app-store reviews and CS tickets.

A small synthetic corpus for notebook 02: short texts in Korean, each with an English line,
spread over Bomcar's journey stages and customer situations. Each text was *planted* from one
theme (a customer need, or noise, or a business-side remark that is not a need); the theme is
not written to the file - the learner finds it by tagging (:mod:`course.voc`). Tests get the
planted themes back with :func:`corpus`.

The story it carries is world 1's: in the search stage, pay-per-ride members say that once
they set the time first, they cannot see which cars are free then (the important customer's
need, :data:`course.important_customer.NEED`). Other stages have their own needs: a licence
review that takes days (sign-up), a card that fails (pay), finding the return zone (return)...

>>> df = corpus(with_theme=True)
>>> int((df["theme"] == "free_at_time").sum()) > int((df["theme"] == "car_type").sum())
True
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from course.generate._io import write_table

SEED = 20250702
FILE = "voc.csv"
START, END = pd.Timestamp("2024-01-01"), pd.Timestamp("2025-06-30")

PPR, SUB, CORP, ASSOC = "pay-per-ride member", "subscriber", "corporate member", "associate member"
CARD, LIC = "card failed", "licence on hold"

# theme -> (stage, {situation: how many texts}, share of reviews, [(text_ko, text_en), ...])
# Each text is one customer's words; none is a template with blanks.
PLANTED: dict[str, tuple[str, dict[str, int], float, list[tuple[str, str]]]] = {
    "car_near": (
        "visit",
        {PPR: 6, SUB: 4, ASSOC: 2, CORP: 2},
        0.8,
        [
            ("우리 동네에는 차가 한 대도 없네요.", "There isn't a single car in my neighbourhood."),
            ("가까운 존이 걸어서 20분이에요.", "The closest zone is a 20-minute walk."),
            ("근처에 차가 더 있으면 좋겠어요.", "I wish there were more cars nearby."),
            (
                "지도를 열면 제일 가까운 차가 너무 멀어요.",
                "When I open the map, the nearest car is too far.",
            ),
            (
                "집 근처 주차장에도 차를 놔 주세요.",
                "Please put cars in the car park near my home too.",
            ),
            (
                "역 앞에 차가 있으면 매일 쓸 텐데요.",
                "If there were a car by the station I'd use it every day.",
            ),
            (
                "가까운 곳에 차가 없어서 결국 택시 탔어요.",
                "No car close by, so I took a taxi in the end.",
            ),
        ],
    ),
    "app_slow": (
        "visit",
        {PPR: 4, SUB: 3, ASSOC: 2, CORP: 1},
        0.9,
        [
            ("앱 켜는 데 로딩이 너무 길어요.", "The app takes ages loading when I open it."),
            ("업데이트 후에 앱이 느려졌어요.", "The app got slow after the update."),
            ("처음 화면 뜨는 데 10초 걸려요.", "The first screen takes 10 seconds to load."),
            (
                "앱이 자꾸 멈춰요. 로딩만 돌아가요.",
                "The app keeps freezing; the loading just spins.",
            ),
            ("급할 때 앱이 느려서 답답해요.", "The app is slow when I'm in a hurry; frustrating."),
        ],
    ),
    "licence_wait": (
        "sign up",
        {LIC: 12, ASSOC: 9, PPR: 1},
        0.4,
        [
            (
                "면허 심사가 사흘째 대기 중이에요.",
                "My licence review has been waiting for three days.",
            ),
            (
                "면허 등록 보류라고만 나오고 이유를 모르겠어요.",
                "It just says licence on hold and I don't know why.",
            ),
            (
                "면허 확인이 언제 끝나는지 알려 주세요.",
                "Please tell me when the licence check will be done.",
            ),
            (
                "면허증 사진을 세 번 올렸는데 또 보류예요.",
                "I uploaded my licence photo three times and it's on hold again.",
            ),
            (
                "면허 심사 기다리다가 주말 여행을 못 갔어요.",
                "Waiting for the licence review, I missed my weekend trip.",
            ),
            (
                "면허 승인이 안 나서 아직 한 번도 못 탔어요.",
                "My licence isn't approved so I haven't driven once.",
            ),
            (
                "면허 보류 해제하려면 뭘 해야 하나요?",
                "What do I need to do to get my licence off hold?",
            ),
            (
                "갱신한 면허인데 심사에서 계속 걸려요.",
                "It's a renewed licence but the review keeps stopping it.",
            ),
        ],
    ),
    "signup_steps": (
        "sign up",
        {ASSOC: 8, PPR: 3, CORP: 1},
        0.6,
        [
            (
                "가입 절차가 너무 길어요. 인증만 몇 번인지.",
                "Joining takes too many steps; verification again and again.",
            ),
            ("본인 인증 문자가 안 와요.", "The identity verification text never arrives."),
            (
                "가입하다가 중간에 앱이 처음으로 돌아가요.",
                "Halfway through joining, the app goes back to the start.",
            ),
            (
                "인증 단계가 많아서 가입하다 포기할 뻔했어요.",
                "So many verification steps I nearly gave up joining.",
            ),
            (
                "가입 중 인증 화면에서 넘어가지 않아요.",
                "While joining, I'm stuck on the verification screen.",
            ),
        ],
    ),
    "free_at_time": (
        "search/browse",
        {PPR: 31, SUB: 5, CORP: 4, ASSOC: 4},
        0.6,
        [
            (
                "시간을 먼저 정하면 그 시간에 빈 차가 뭔지 안 보여요.",
                "When I set the time first, I can't see which cars are free then.",
            ),
            (
                "내일 오후 3시로 시간 설정했는데 지도에 다 예약된 차만 떠요.",
                "I set the time to 3 pm tomorrow and the map only shows cars already booked then.",
            ),
            (
                "시간 정하고 차 고르면 그 시간엔 안 된대요. 처음부터 빈 차만 보여 주세요.",
                "I set a time, pick a car, and it says not then. Just show me the free ones.",
            ),
            (
                "이용 가능한 차만 보고 싶은데 시간 필터가 없어요.",
                "I only want to see the cars available at my time, but there's no such filter.",
            ),
            (
                "제가 고른 시간에 비어 있는 차를 한눈에 보고 싶어요.",
                "I want to see at a glance which cars are free at the time I chose.",
            ),
            (
                "주말 아침 시간으로 찾으면 빈 차를 하나하나 눌러 봐야 해요.",
                "Searching for a weekend morning, I have to tap each car to find a free one.",
            ),
            (
                "시간 설정을 먼저 하는데 지도가 그 시간을 반영 안 해요.",
                "I set the time first, but the map ignores it.",
            ),
            (
                "차 다섯 대 눌러 봤는데 그 시간엔 다 예약돼 있었어요.",
                "I tapped five cars and every one was booked at that time.",
            ),
            (
                "퇴근 시간에 쓸 차를 찾는데 그 시간에 이용 가능한 차가 안 보여요.",
                "Looking for a car for after work, I can't see which are available at that hour.",
            ),
            (
                "시간을 정해도 지도는 그대로라서 빈 차 찾다가 포기했어요.",
                "Even after I set the time the map doesn't change, so I gave up looking for a free car.",
            ),
            (
                "그 시간에 빈 차 있는지 미리 알려 주면 좋겠어요.",
                "I'd like to know up front whether a car is free at that time.",
            ),
            (
                "가끔 쓰는데 쓸 때마다 그 시간에 빈 차 찾느라 한참 걸려요.",
                "I only use it sometimes, and each time it takes ages to find a car free at that time.",
            ),
            (
                "원하는 시간에 예약 가능한 차만 지도에 표시해 주세요.",
                "Please show on the map only the cars I can book at my time.",
            ),
            (
                "시간 먼저 넣고 보면 빈 차가 있는 존인지 알 수가 없어요.",
                "With the time entered first, I can't tell which zones have a free car.",
            ),
        ],
    ),
    "car_type": (
        "search/browse",
        {SUB: 5, PPR: 4, CORP: 3, ASSOC: 1},
        0.7,
        [
            ("차종별로 보는 필터가 잘 안 돼요.", "The car type filter doesn't work well."),
            (
                "SUV만 보고 싶은데 필터가 초기화돼요.",
                "I only want SUVs but the filter keeps resetting.",
            ),
            (
                "전기차만 골라 보는 필터가 있었으면 해요.",
                "I'd like a filter to see only electric cars.",
            ),
            (
                "짐이 많아서 큰 차종을 찾는데 필터가 불편해요.",
                "I have a lot of luggage and need a big car; the filter is clumsy.",
            ),
            ("차종 필터를 켜면 지도가 멈춰요.", "Turning on the car type filter freezes the map."),
        ],
    ),
    "car_taken": (
        "reserve",
        {PPR: 7, SUB: 4, CORP: 3, ASSOC: 2},
        0.5,
        [
            (
                "예약 버튼 눌렀는데 예약 실패라고 떠요.",
                "I pressed reserve and it said the booking failed.",
            ),
            (
                "결제 직전에 이미 예약된 차라고 나와요.",
                "Right before paying it says the car is already booked.",
            ),
            (
                "예약 완료 화면까지 갔다가 오류가 났어요.",
                "I got as far as the confirmation screen and then an error.",
            ),
            (
                "예약이 됐는지 안 됐는지 확인 문자가 안 와요.",
                "I never got a text saying whether the booking went through.",
            ),
            (
                "두 번이나 예약 실패해서 그냥 닫았어요.",
                "The booking failed twice, so I just closed the app.",
            ),
            (
                "예약하려는 순간 다른 사람이 가져갔대요.",
                "Just as I booked, it said someone else had taken it.",
            ),
        ],
    ),
    "price_clear": (
        "reserve",
        {PPR: 6, SUB: 3, ASSOC: 2, CORP: 1},
        0.8,
        [
            (
                "예약 전에 총 요금이 얼마인지 알 수가 없어요.",
                "Before booking I can't tell what the total price will be.",
            ),
            (
                "대여 요금에 주행 요금이 따로 붙는 걸 몰랐어요.",
                "I didn't know a per-km charge comes on top of the rental price.",
            ),
            (
                "요금표가 너무 복잡해요. 얼마 나오는지 미리 보여 주세요.",
                "The price list is too complicated; show me what it will cost first.",
            ),
            (
                "11월부터 가격이 올랐는데 예약 화면에선 안 보여요.",
                "Prices went up in November but the booking screen doesn't say.",
            ),
            (
                "예약할 때 예상 금액을 보여 주면 좋겠어요.",
                "I'd like to see an estimated cost when I book.",
            ),
        ],
    ),
    "card_fails": (
        "pay",
        {CARD: 13, PPR: 5, ASSOC: 3},
        0.3,
        [
            ("카드 등록이 계속 실패해요.", "Adding my card keeps failing."),
            ("결제 카드가 인증이 안 된다고 나와요.", "It says my payment card can't be verified."),
            (
                "다른 앱에선 되는 카드인데 여기서만 결제 실패예요.",
                "The card works in other apps but payment fails only here.",
            ),
            (
                "카드 결제 오류 때문에 예약이 취소됐어요.",
                "My booking was cancelled because of a card payment error.",
            ),
            ("체크카드는 등록이 안 되나요?", "Can't I add a debit card?"),
            (
                "결제 실패 알림만 오고 이유는 안 알려 줘요.",
                "I only get a payment failed notice, never the reason.",
            ),
            (
                "카드를 바꿨는데 새 카드 등록이 안 돼요.",
                "I changed cards and can't add the new one.",
            ),
        ],
    ),
    "invoice": (
        "pay",
        {CORP: 9, SUB: 2},
        0.1,
        [
            (
                "법인 월 청구서에 이용 내역이 빠져 있어요.",
                "Our company's monthly invoice is missing some rides.",
            ),
            (
                "부서별로 청구서를 나눠 받을 수 있나요?",
                "Can we get the invoice split by department?",
            ),
            (
                "법인카드 정산용 영수증을 한 번에 받고 싶어요.",
                "I'd like all receipts at once for the company card expense report.",
            ),
            (
                "월말 청구 금액이 이용 내역과 안 맞아요.",
                "The month-end invoice doesn't match our ride history.",
            ),
            (
                "출장 비용 정산하려면 영수증이 필요해요.",
                "I need receipts to claim my business trip costs.",
            ),
        ],
    ),
    "clean_car": (
        "ride",
        {PPR: 6, SUB: 6, CORP: 2, ASSOC: 1},
        0.8,
        [
            ("차 안에 쓰레기가 그대로 있었어요.", "There was still rubbish in the car."),
            ("담배 냄새가 너무 심했어요.", "The car smelled strongly of cigarettes."),
            ("시트가 더러워서 앉기 싫었어요.", "The seats were too dirty to sit on."),
            (
                "세차를 언제 했는지 모를 정도로 더러워요.",
                "So dirty you can't tell when it was last washed.",
            ),
            (
                "앞 사람이 남긴 컵이 컵홀더에 있었어요.",
                "The last driver's cup was still in the holder.",
            ),
            ("차 내부 청소 좀 자주 해 주세요.", "Please clean the inside of the cars more often."),
        ],
    ),
    "insurance": (
        "ride",
        {SUB: 4, PPR: 4, CORP: 3, ASSOC: 1},
        0.3,
        [
            (
                "작은 사고가 났는데 보험 처리가 어떻게 되나요?",
                "I had a small accident; how does the insurance work?",
            ),
            (
                "자기부담금이 얼마인지 미리 알고 싶어요.",
                "I'd like to know my excess before I drive.",
            ),
            (
                "긁힌 자국이 원래 있던 건데 제 사고로 처리됐어요.",
                "The scratch was already there but it was put down as my accident.",
            ),
            (
                "사고 접수하고 일주일째 연락이 없어요.",
                "A week since I reported the accident and no word.",
            ),
            (
                "보험 적용 범위가 어디까지인지 설명이 없어요.",
                "Nothing explains what the insurance covers.",
            ),
        ],
    ),
    "return_zone": (
        "return",
        {PPR: 8, SUB: 7, CORP: 4, ASSOC: 2},
        0.6,
        [
            (
                "반납 구역을 못 찾아서 주차장을 세 바퀴 돌았어요.",
                "I couldn't find the return zone and circled the car park three times.",
            ),
            (
                "반납하려는데 주차 자리가 꽉 차 있었어요.",
                "When I went to return it, the parking spots were all full.",
            ),
            (
                "반납 버튼이 안 눌려서 요금이 계속 올라갔어요.",
                "The return button wouldn't work, so the charge kept going up.",
            ),
            (
                "지하 주차장이라 반납 위치가 인식이 안 돼요.",
                "It's an underground car park, so the return location isn't recognised.",
            ),
            (
                "반납 장소 안내 사진이 옛날 거예요.",
                "The photos showing where to return are out of date.",
            ),
            (
                "주차 구역 표시가 없어서 반납을 제대로 했는지 모르겠어요.",
                "No parking markings, so I don't know if I returned it properly.",
            ),
            (
                "반납 완료가 안 떠서 고객센터에 전화했어요.",
                "Return complete never showed up, so I called support.",
            ),
        ],
    ),
    "final_charge": (
        "return",
        {PPR: 7, SUB: 3, CORP: 2, ASSOC: 1},
        0.5,
        [
            (
                "반납 후에 추가 요금이 청구됐는데 이유를 모르겠어요.",
                "After the return I was charged extra and I don't know why.",
            ),
            (
                "5분 늦었는데 연장 요금이 한 시간치 나왔어요.",
                "I was 5 minutes late and got charged a full extra hour.",
            ),
            ("주유비 추가 청구는 처음 듣는 얘기예요.", "An extra fuel charge is news to me."),
            ("최종 금액이 예상보다 두 배 나왔어요.", "The final amount was twice what I expected."),
            (
                "반납 후 청구 내역에 모르는 항목이 있어요.",
                "There's an item I don't recognise on the bill after the return.",
            ),
        ],
    ),
    "subscription_value": (
        "come back",
        {SUB: 8, PPR: 3},
        0.7,
        [
            (
                "구독료만큼 타는지 잘 모르겠어요.",
                "I'm not sure I ride enough to cover the subscription.",
            ),
            (
                "멤버십 할인이 생각보다 작아요.",
                "The membership discount is smaller than I thought.",
            ),
            (
                "구독을 유지할 이유가 더 있었으면 해요.",
                "I wish there were more reasons to keep my subscription.",
            ),
            (
                "한 달에 두세 번 타는데 구독이 나을까요?",
                "I ride two or three times a month; would a subscription be better?",
            ),
            (
                "멤버십 혜택이 뭔지 한눈에 보고 싶어요.",
                "I want to see my membership benefits at a glance.",
            ),
        ],
    ),
    "invite_reward": (
        "recommend",
        {PPR: 4, SUB: 4, ASSOC: 2},
        0.8,
        [
            (
                "친구 초대했는데 쿠폰이 안 들어왔어요.",
                "I invited a friend but the coupon never arrived.",
            ),
            (
                "초대 코드 입력하는 곳을 못 찾겠어요.",
                "I can't find where to enter the invite code.",
            ),
            ("친구가 가입했는데 저한테는 혜택이 없어요.", "My friend joined but I got nothing."),
            ("추천 쿠폰 유효기간이 너무 짧아요.", "The referral coupon expires too soon."),
        ],
    ),
    # not needs: a remark about what the *company* should get, and plain noise
    "business_side": (
        "",
        {PPR: 6, SUB: 5, CORP: 3, ASSOC: 2},
        1.0,
        [
            (
                "광고를 더 하면 가입자가 확 늘 것 같아요.",
                "Advertise more and you'd get way more sign-ups.",
            ),
            (
                "이벤트를 자주 하면 매출이 오를 텐데요.",
                "Run more events and your revenue would go up.",
            ),
            (
                "경쟁사보다 회원 수를 늘리려면 할인부터 하세요.",
                "To get more members than the competition, start with discounts.",
            ),
            (
                "요즘 이용자가 많이 늘었네요. 회사가 잘되는 듯.",
                "Lots more users lately; the company must be doing well.",
            ),
            (
                "구독 전환율 높이려면 첫 달 무료가 답이에요.",
                "A free first month is the way to raise subscription conversion.",
            ),
            (
                "투자 받아서 차를 많이 늘렸으면 좋겠네요.",
                "Hope you raise money and grow the fleet a lot.",
            ),
        ],
    ),
    "noise": (
        "",
        {PPR: 9, SUB: 8, CORP: 2, ASSOC: 3, CARD: 1, LIC: 1},
        1.0,
        [
            ("잘 쓰고 있어요.", "Works fine for me."),
            ("좋아요!", "Nice!"),
            ("별 다섯 개 드립니다.", "Five stars from me."),
            ("리뷰 이벤트 참여합니다.", "Here for the review event."),
            ("처음 써 봤는데 괜찮네요.", "First time using it; not bad."),
            ("그냥 그래요.", "It's okay, I guess."),
            ("친구 추천으로 깔았어요.", "Installed on a friend's tip."),
            ("봄 신상 차량 예쁘네요.", "The new spring cars look nice."),
        ],
    ),
}

#: Stages a noise or business-side text is filed under (what the review happened to be about).
LOOSE_STAGES = ["visit", "search/browse", "ride", "return", "come back"]

REVIEW_TAILS = [
    ("", ""),
    ("", ""),
    (" 고쳐 주세요.", " Please fix it."),
    (" 별 하나 뺍니다.", " Minus one star."),
    (" 벌써 몇 번째인지.", " Not the first time, either."),
    (" 이것만 되면 계속 쓸게요.", " Fix this and I'll keep using it."),
    (" 아쉽네요.", " Disappointing."),
]
TICKET_TAILS = [
    ("", ""),
    (" 확인 부탁드립니다.", " Please look into it."),
    (" 답변 기다리겠습니다.", " Waiting for your answer."),
    (" 빠른 처리 부탁드려요.", " Please sort it out quickly."),
    (" 어떻게 해야 하나요?", " What should I do?"),
]


def corpus(seed: int = SEED, *, with_theme: bool = False) -> pd.DataFrame:
    """The VoC corpus, one row per text, sorted by date.

    Columns ``id, source, date, stage, situation, rating, text_ko, text_en`` (and ``theme``,
    the planted theme, if ``with_theme``; the committed file leaves it out). ``rating`` is
    1-5 for a review and missing for a ticket. Same rows for the same ``seed``.
    """
    rng = np.random.default_rng(seed)
    days = (END - START).days + 1
    rows = []
    for theme, (stage, by_situation, review_share, texts) in PLANTED.items():
        for situation, n in by_situation.items():
            for _ in range(n):
                ko, en = texts[int(rng.integers(len(texts)))]
                is_review = rng.random() < review_share
                tails = REVIEW_TAILS if is_review else TICKET_TAILS
                if theme in ("business_side", "noise"):
                    tail_ko, tail_en = "", ""
                    rating = int(rng.choice([3, 4, 5], p=[0.2, 0.3, 0.5]))
                else:
                    tail_ko, tail_en = tails[int(rng.integers(len(tails)))]
                    rating = int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))
                rows.append(
                    {
                        "source": "review" if is_review else "ticket",
                        "date": START + pd.Timedelta(days=int(rng.integers(days))),
                        "stage": stage or LOOSE_STAGES[int(rng.integers(len(LOOSE_STAGES)))],
                        "situation": situation,
                        "rating": rating if is_review else pd.NA,
                        "text_ko": ko + tail_ko,
                        "text_en": en + tail_en,
                        "theme": theme,
                    }
                )
    df = pd.DataFrame(rows)
    df = df.sample(frac=1, random_state=seed).sort_values("date", kind="stable")
    df.insert(0, "id", [f"V{i:04d}" for i in range(1, len(df) + 1)])
    df["rating"] = df["rating"].astype("Int64")
    df = df.reset_index(drop=True)
    return df if with_theme else df.drop(columns="theme")


def write(outdir: Path) -> list[Path]:
    """Write ``voc.csv`` to ``outdir``; returns the path written."""
    return [write_table(corpus(), Path(outdir) / FILE)]
