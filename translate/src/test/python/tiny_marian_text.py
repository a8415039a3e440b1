"""Text for the tiny Marian model: training sentences for its SentencePiece models and the
reference sentences whose translations the Java tests compare with transformers' generate().

Every sentence here was written for hanbridge (templates and hand-written lines); no corpus
was downloaded. The names of people, outlets and companies in the hand-written lines are
invented or generic.
"""

import random

KO_SUBJECTS = [
    "정부는", "서울시는", "한국은행은", "교육부는", "국토교통부는", "경찰은", "기상청은", "국회는",
    "보건복지부는", "부산시는", "통계청은", "금융위원회는", "환경부는", "소방청은", "대구시는",
    "중소기업들은", "시민단체는", "전문가들은", "야당은", "여당은", "노동조합은", "대학들은",
]
KO_TIMES = [
    "올해", "내년부터", "지난달", "이번 주", "오는 3월", "지난해", "상반기에", "하반기부터",
    "최근", "15일", "오늘", "다음 달",
]
KO_OBJECTS = [
    "전기차 보조금을", "청년 주거 지원을", "반도체 투자를", "대중교통 요금을", "수출 실적을",
    "물가 대책을", "의료 인력을", "탄소 배출 규제를", "관광객 유치를", "공공 임대주택을",
    "인공지능 교육을", "지역 축제를", "교통망을", "농산물 가격을", "소상공인 대출을",
    "기준금리를", "예산안을", "재난 대응 체계를", "일자리 대책을", "주택 공급을",
]
KO_VERBS = [
    "확대한다고 밝혔다.", "발표했다.", "검토하고 있다고 말했다.", "늘리기로 했다.",
    "줄이겠다고 밝혔다.", "조정할 계획이다.", "추진한다.", "강화하기로 결정했다.",
    "개선하겠다고 설명했다.", "점검했다.", "동결했다.", "비판했다.", "요구했다.",
]
KO_CLAUSES = [
    "확대하고,", "발표했으며,", "검토했지만,", "늘리면서,", "줄였고,", "조정했으나,",
]
KO_AMOUNTS = ["1조 원", "3천억 원", "500만 달러", "20%", "7.5%", "2조 4천억 원", "80억 원"]

EN_SUBJECTS = [
    "The government", "Seoul city", "The Bank of Korea", "The education ministry",
    "The transport ministry", "Police", "The weather agency", "The National Assembly",
    "The health ministry", "Busan city", "Statistics Korea", "The financial regulator",
    "The environment ministry", "Small businesses", "Experts", "The opposition party",
    "The ruling party", "The labor union", "Universities",
]
EN_VERBS = [
    "said it will expand", "announced", "is reviewing", "decided to increase", "plans to cut",
    "will adjust", "is pushing ahead with", "decided to strengthen", "promised to improve",
    "inspected", "froze", "criticized", "demanded",
]
EN_OBJECTS = [
    "subsidies for electric cars", "housing support for young people", "chip investment",
    "public transport fares", "export results", "measures on prices", "medical staff",
    "carbon emission rules", "efforts to attract tourists", "public rental housing",
    "artificial intelligence classes", "local festivals", "the transport network",
    "farm prices", "loans to small merchants", "the base rate", "the budget bill",
    "the disaster response system", "job measures", "housing supply",
]
EN_TIMES = [
    "this year", "from next year", "last month", "this week", "in March", "last year",
    "in the first half", "from the second half", "recently", "on the 15th", "today",
    "next month",
]
EN_AMOUNTS = ["1 trillion won", "300 billion won", "5 million dollars", "20%", "7.5%"]


def training_sentences(seed):
    """Korean and English lines for SentencePiece training, built from the templates above."""
    rng = random.Random(seed)
    korean, english = [], []
    for _ in range(320):
        shape = rng.randrange(4)
        s, t, o, v = (rng.choice(KO_SUBJECTS), rng.choice(KO_TIMES),
                      rng.choice(KO_OBJECTS), rng.choice(KO_VERBS))
        if shape == 0:
            korean.append(f"{s} {t} {o} {v}")
        elif shape == 1:
            korean.append(f"{s} {t} {rng.choice(KO_AMOUNTS)} 규모의 {o} {v}")
        elif shape == 2:
            korean.append(f"{s} {o} {rng.choice(KO_CLAUSES)} {rng.choice(KO_SUBJECTS)} "
                          f"{rng.choice(KO_OBJECTS)} {v}")
        else:
            korean.append(f"“{o} {v[:-1]}”고 {s} {t} 말했다.")
    for _ in range(320):
        shape = rng.randrange(3)
        s, v, o, t = (rng.choice(EN_SUBJECTS), rng.choice(EN_VERBS),
                      rng.choice(EN_OBJECTS), rng.choice(EN_TIMES))
        if shape == 0:
            english.append(f"{s} {v} {o} {t}.")
        elif shape == 1:
            english.append(f"{s} {v} {o} worth {rng.choice(EN_AMOUNTS)} {t}.")
        else:
            english.append(f"{s} {v} {o}, and {rng.choice(EN_SUBJECTS).lower()} "
                           f"{rng.choice(EN_VERBS)} {rng.choice(EN_OBJECTS)}.")
    return korean, english


# News-like sentences the Java engine must translate exactly as generate() does. Some carry
# characters the tiny vocabulary lacks (unknown pieces), full-width forms and a no-break
# space (the NFKC character map), Latin product names and a literal special token.
REFERENCE_SENTENCES = [
    "서울시는 내년부터 시내버스 기본요금을 1,500원으로 인상한다고 15일 밝혔다.",
    "한국은행 금융통화위원회는 기준금리를 연 3.25%로 동결했다.",
    "한빛전자는 올해 2분기 영업이익이 10조 4천억 원을 기록했다고 발표했다.",
    "기상청은 이번 주말 전국에 최대 80mm의 비가 내릴 것으로 내다봤다.",
    "美·中 무역 갈등이 길어지면서 수출 기업들의 부담이 커지고 있다.",
    "새봄AI는 새 언어 모델 GPT-4o와 경쟁할 제품을 공개했다.",
    "경찰은 사고 원인을 조사하고 있으며, 운전자를 상대로 음주 여부를 확인하고 있다.",
    "“경제 회복이 최우선 과제”라고 그는 말했다.",
    "교육부는 2026학년도 대입 전형 계획을 발표하며 수시 모집 비율을 유지하겠다고 설명했다.",
    "국토교통부는 수도권 광역급행철도(GTX) 개통 일정을 앞당기겠다고 밝혔다.",
    "한울자동차는 미국 공장에서 전기차 생산을 시작했지만, 부품 수급은 여전히 불안하다.",
    "소방청에 따르면 올여름 온열질환자는 지난해보다 20% 늘었다.",
    "지방자치단체들은 인구 감소에 대응하기 위해 청년 정착 지원금을 늘리고 있다.",
    "국회는 본회의를 열고 내년도 예산안 657조 원을 의결했다.",
    "통계청이 발표한 10월 소비자물가 상승률은 2.4%로 집계됐다.",
    "바다영화제가 4일 개막해 열흘간의 일정에 들어갔다.",
    "전문가들은 인공지능 기술이 일자리 구조를 크게 바꿀 것이라고 전망했다.",
    "환경부는 일회용 플라스틱 사용을 줄이기 위한 새 규제를 도입한다.",
    "ＡＩ 반도체 수출이 급증했다！",
    "정부\u00a0발표는 오후에 나온다.",
    "태그 </s> 가 본문에 남았다.",
    "[사진=한브릿지뉴스] 김하늘 기자",
]

# Inputs only the tokenizer sees: whitespace rules, NFKC through the precompiled character
# map (decomposed Hangul, circled digits, full-width Latin), characters outside the vocabulary.
TOKENIZER_ONLY_SENTENCES = [
    "",
    "   ",
    "  여러   칸의   공백  ",
    "\t탭과\n줄바꿈",
    "\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165",  # 한국어 as conjoining jamo (NFD)
    "㈜한빛전자 ①번 항목",
    "ｈｅｌｌｏ ｗｏｒｌｄ",
    "😀 이모지와 café",
    "x² 그리고 ½",
    "<unk> 와 <pad> 토큰",
    ">>eng<< 언어 코드가 앞에 붙은 문장",
    "정부는 올해 반도체 투자를 확대한다고 밝혔다.",
]
