package dev.hanbridge.translate.memory;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Korean news-style sentences from templates of our own writing, with slots for companies, people,
 * places, topics, dates and amounts. Sentence {@code i} of a seed is always the same text, so a
 * benchmark can regenerate a unit instead of keeping a million strings. Templates share their
 * frames and the slots repeat, so the memory holds real near-duplicates: the same frame with another
 * company or amount, as in a year of market reports.
 */
public final class SyntheticMemory {

    private static final String[] ORGS = {"삼성전자", "현대자동차", "LG에너지솔루션", "네이버", "카카오", "SK하이닉스",
        "포스코홀딩스", "한국전력", "기아", "셀트리온", "오픈AI", "구글", "엔비디아", "애플", "마이크로소프트", "쿠팡",
        "한화에어로스페이스", "롯데쇼핑", "대한항공", "KT", "CJ제일제당", "두산에너빌리티", "HD현대중공업", "아모레퍼시픽",
        "신한은행", "국민은행", "하나금융지주", "우리은행", "한국은행", "기획재정부", "산업통상자원부", "국토교통부"};
    private static final String[] PEOPLE = {"김민준", "이서연", "박지호", "최수아", "정우진", "강하은", "조현우", "윤지민",
        "장도윤", "임서준", "한예린", "오승민", "서지훈", "신유나", "권태양", "황보라", "문채원", "배성호", "노지환", "송다인"};
    private static final String[] TITLES = {"대표", "장관", "의원", "교수", "연구위원", "대변인", "사장", "본부장", "총재", "위원장"};
    private static final String[] PLACES = {"서울", "부산", "인천", "대구", "광주", "대전", "울산", "세종", "수원", "창원",
        "제주", "워싱턴", "베이징", "도쿄", "뉴욕", "런던", "싱가포르", "프랑크푸르트"};
    private static final String[] TOPICS = {"반도체", "인공지능", "전기차", "배터리", "부동산", "금리", "수출", "물가",
        "고용", "관광", "원전", "바이오", "게임", "조선", "철강", "로봇", "우주항공", "디스플레이", "통신", "식품"};
    private static final String[] SAID = {"밝혔다", "말했다", "전했다", "설명했다", "강조했다", "덧붙였다"};
    private static final String[] UPDOWN = {"늘었다", "줄었다", "증가했다", "감소했다", "올랐다", "내렸다"};
    private static final String[] WHEN = {"이날", "지난주", "올해 상반기", "지난해", "최근", "다음 달", "연말까지", "내년 초"};
    private static final String[] EVENTS = {"기자간담회", "정책 토론회", "투자자 설명회", "국정감사", "업무 협약식",
        "신제품 발표회", "주주총회", "기술 세미나"};
    private static final String[] TEMPLATES = {
        "{org}{은} {month}월 {day}일 {topic} 분야에 {money}{을} 투자한다고 {said}.",
        "{person} {title}{은} {when} {place}에서 열린 {event}에서 \"{topic} 경쟁력을 높이겠다\"고 {said}.",
        "{adjunct} {org}의 {q}분기 영업이익은 {money}{으로} 전년 같은 기간보다 {pct}% {updown}.",
        "{place} 지역의 {topic} 관련 일자리는 지난해보다 {n}개 {updown}.",
        "{when} {org} 주가는 전 거래일보다 {pct}% 오른 {price}원에 거래를 마쳤다.",
        "{person} {title}{은} \"{topic} 산업의 불확실성이 커지고 있다\"며 대응책 마련을 주문했다.",
        "정부는 {month}월부터 {topic} 기업에 최대 {money}의 정책 자금을 지원하기로 했다.",
        "{org}{과} {org2}{은} {place}에서 {topic} 공동 연구를 위한 업무 협약을 맺었다.",
        "{adjunct} {month}월 {topic} 수출액은 {usd} 달러로 집계돼 {n2}개월 연속 {updown}.",
        "{place}시는 {when} {topic} 클러스터 조성에 {money}{을} 들이겠다고 {said}.",
        "업계에 따르면 {org}{은} {when} {topic} 신규 설비에 {money}{을} 추가로 투입할 계획이다.",
        "{person} {title}{은} {event} 직후 기자들과 만나 \"{org}{과}의 협력을 이어가겠다\"고 {said}.",
        "{org}{은} {topic} 부문 매출이 {money}에 달해 역대 최대 실적을 기록했다고 {said}.",
        "한국은행은 기준금리를 연 {rate}%로 동결했다고 {month}월 {day}일 발표했다.",
        "{place}에서는 {when} {topic} 박람회가 열려 {n}명이 넘는 관람객이 찾았다.",
        "{org} 관계자는 \"{product}{을} 앞세워 {topic} 시장 점유율을 {pct}%까지 끌어올리는 것이 목표\"라고 {said}.",
        "{when} 원·달러 환율은 전날보다 {cents}원 내린 {fx}원에 마감했다.",
        "{person} {title}{은} {place} 방문 중 {org} 공장을 둘러보고 현장 의견을 들었다.",
        "{org}{은} {month}월 {day}일부터 {product} 기반의 {topic} 서비스를 {place}에서 시범 운영한다.",
        "{adjunct} {topic} 업황 회복이 늦어지면서 {org}의 {q}분기 순이익이 {money}에 그쳤다.",
        "{org}{은} {when} 이사회를 열고 {money} 규모의 자사주 매입을 결의했다.",
        "전문가들은 {adjunct} {topic} 수요가 {when} 이후 본격적으로 회복될 것으로 내다봤다.",
        "{place} 소재 {org} 연구소는 {topic} 핵심 기술을 적용한 {product}{을} 세계 최초로 개발했다고 {said}.",
        "{person} {title}{은} \"{when} 안에 {topic} 규제를 대폭 완화하겠다\"고 약속했다.",
        "{org}의 {topic} 사업부 인력은 {n}명으로 1년 새 {pct}% {updown}.",
        "{month}월 소비자물가는 1년 전보다 {rate}% 올라 {n2}개월 만에 가장 큰 폭으로 상승했다.",
        "{org}{은} {place} 법인을 통해 {usd} 달러 규모의 {topic} 수주 계약을 따냈다.",
        "{person} {title}{은} {org} 경영진과 {topic} 공급망 안정 방안을 논의했다.",
        "{adjunct} {when} 코스피는 전날보다 {pct}% 오른 {index}{으로} 장을 마쳤다.",
        "{org}{은} {topic} 인재 {n}명을 {month}월까지 채용한다고 {said}.",
        "{place}의 {topic} 관련 민원은 {when} {n}건 접수돼 전년보다 {pct}% {updown}.",
        "{org}{과} {org2}의 {topic} 합작법인은 {month}월 {day}일 공식 출범했다.",
        "{person} {title}{은} {event}에서 {adjunct} {topic} 투자 확대가 필요하다고 {said}.",
        "{org}{은} {product} 가격을 {month}월부터 평균 {pct}% 인상하기로 했다.",
        "{org}의 {topic} 관련 특허 출원 건수는 {n}건으로 업계 최다를 기록했다.",
        "{when} {place} 아파트 매매가격은 {rate}% 올라 상승세를 이어갔다.",
        "{org}{은} {q}분기 실적 발표에서 {topic} 부문이 흑자로 돌아섰다고 {said}.",
        "{person} {title}{은} \"{org}의 {topic} 전략에는 변함이 없다\"고 거듭 {said}.",
        "{month}월 {day}일 {place}에서 열린 {event}에는 {n}명이 참석했다.",
        "{org}{은} {when} {topic} 스타트업 {n2}곳에 모두 {money}{을} 투자했다.",
    };
    /** Syllables that generated company and person names are made of, so the vocabulary keeps growing. */
    private static final String[] SYLLABLES = ("가 강 건 경 고 광 구 국 금 기 나 남 노 다 대 도 동 두 라 래 로 류 리 마 명 모 목 "
            + "무 문 미 민 바 박 배 백 범 보 봉 부 빛 사 산 상 새 서 석 선 성 세 소 솔 송 수 순 슬 승 시 신 아 안 양 "
            + "여 연 영 예 오 온 용 우 운 원 유 윤 은 의 이 인 일 자 재 전 정 제 조 주 준 지 진 찬 창 채 천 철 청 초 "
            + "춘 충 태 택 하 한 해 현 형 혜 호 홍 화 환 효 훈 휘 희").split(" ");
    private static final String[] COMPANY_KINDS = {"전자", "바이오", "제약", "건설", "화학", "증권", "에너지", "테크",
        "모빌리티", "소프트", "물산", "식품", "로보틱스", "반도체", "헬스케어", "중공업", "네트웍스", "머티리얼즈"};
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
        "신", "권", "황", "안", "송", "전", "홍"};
    private static final String[] ADJUNCTS = {"글로벌 경기 둔화 우려 속에서도", "미국의 관세 정책 변화에 따라",
        "고환율이 이어지는 가운데", "시장의 예상과 달리", "수요 회복에 힘입어", "원자재 가격이 급등하면서",
        "중국 시장의 부진으로", "정부의 지원 정책에 힘입어", "업계의 우려와 달리", "금리 인하 기대감이 커지면서",
        "공급망 재편이 본격화하면서", "계절적 비수기에도", "주요 고객사의 주문이 늘면서", "인건비 부담이 커지면서",
        "해외 투자자들의 매수세에", "내수 침체가 길어지면서", "새 회계 기준이 적용되면서", "경쟁사의 공세 속에",
        "수출 호조가 이어지면서", "연말 특수를 앞두고"};

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("은", "이", "을", "과", "으로");

    private final long seed;

    public SyntheticMemory(long seed) {
        this.seed = seed;
    }

    /** Sentence {@code i}: the same text for the same seed and index. */
    public String sentence(long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String template = pick(random, TEMPLATES);
        if (random.nextInt(3) > 0) {
            template = template.replace("{adjunct} ", "");
        }
        StringBuilder out = new StringBuilder(template.length() + 40);
        for (int at = 0; at < template.length(); ) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open);
            int close = template.indexOf('}', open);
            String slot = template.substring(open + 1, close);
            out.append(PARTICLES.contains(slot) ? particle(slot, out.charAt(out.length() - 1)) : fill(slot, random));
            at = close + 1;
        }
        return out.toString();
    }

    /** A word (a space-separated token) such as the templates produce, for edits. */
    String word(SplittableRandom random) {
        String[] words = sentence(random.nextLong(1L << 40)).split(" ");
        return words[random.nextInt(words.length)];
    }

    private static String fill(String slot, SplittableRandom random) {
        return switch (slot) {
            case "org", "org2" -> random.nextBoolean() ? pick(random, ORGS)
                    : pick(random, SYLLABLES) + pick(random, SYLLABLES) + pick(random, COMPANY_KINDS);
            case "person" -> random.nextInt(4) == 0 ? pick(random, PEOPLE)
                    : pick(random, SURNAMES) + pick(random, SYLLABLES) + pick(random, SYLLABLES);
            case "product" -> product(random);
            case "adjunct" -> pick(random, ADJUNCTS);
            case "title" -> pick(random, TITLES);
            case "place" -> pick(random, PLACES);
            case "topic" -> pick(random, TOPICS);
            case "said" -> pick(random, SAID);
            case "updown" -> pick(random, UPDOWN);
            case "when" -> pick(random, WHEN);
            case "event" -> pick(random, EVENTS);
            case "month" -> Integer.toString(1 + random.nextInt(12));
            case "day" -> Integer.toString(1 + random.nextInt(28));
            case "q" -> Integer.toString(1 + random.nextInt(4));
            case "n" -> Integer.toString(10 + random.nextInt(9990));
            case "n2" -> Integer.toString(2 + random.nextInt(20));
            case "pct", "rate" -> (random.nextInt(40)) + "." + random.nextInt(10);
            case "price" -> String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(999000));
            case "index" -> String.format(Locale.ROOT, "%,d.%02d", 2000 + random.nextInt(1500), random.nextInt(100));
            case "fx" -> String.format(Locale.ROOT, "%,d.%d", 1100 + random.nextInt(400), random.nextInt(10));
            case "cents" -> (1 + random.nextInt(20)) + "." + random.nextInt(10);
            case "usd" -> (1 + random.nextInt(999)) + "억" + (random.nextBoolean() ? "" : " " + (1 + random.nextInt(9)) + "000만");
            case "money" -> money(random);
            default -> throw new IllegalStateException("template slot {" + slot + "} has no filler");
        };
    }

    /** A model name such as reporters copy from press releases: {@code HX-7}, {@code Nova 3 Pro}. */
    private static String product(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            name.append((char) ('A' + random.nextInt(26)));
        }
        name.append(random.nextBoolean() ? "-" : " ").append(1 + random.nextInt(20));
        if (random.nextInt(3) == 0) {
            name.append(random.nextBoolean() ? " Pro" : "e");
        }
        return name.toString();
    }

    /** The form of a particle that fits the last syllable: 은 after a final consonant, 는 after a vowel. */
    private static String particle(String withConsonant, char last) {
        boolean consonant = last >= '\uAC00' && last <= '\uD7A3' && (last - 0xAC00) % 28 != 0;
        if (withConsonant.equals("으로")) {
            boolean rieul = last >= '\uAC00' && last <= '\uD7A3' && (last - 0xAC00) % 28 == 8; // ㄹ takes 로
            return consonant && !rieul ? "으로" : "로";
        }
        return consonant ? withConsonant : switch (withConsonant) {
            case "은" -> "는";
            case "이" -> "가";
            case "을" -> "를";
            default -> "와";
        };
    }

    private static String money(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> (1 + random.nextInt(999)) + "억원";
            case 1 -> (1 + random.nextInt(99)) + "조 " + (1 + random.nextInt(9)) + "000억원";
            default -> (1 + random.nextInt(9999)) + "만 달러";
        };
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
