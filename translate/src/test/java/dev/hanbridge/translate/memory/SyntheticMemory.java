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
final class SyntheticMemory {

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
        "{org}는 {month}월 {day}일 {topic} 분야에 {money}을 투자한다고 {said}.",
        "{person} {title}은 {when} {place}에서 열린 {event}에서 \"{topic} 경쟁력을 높이겠다\"고 {said}.",
        "{org}의 {q}분기 영업이익은 {money}으로 전년 같은 기간보다 {pct}% {updown}.",
        "{place} 지역의 {topic} 관련 일자리는 지난해보다 {n}개 {updown}.",
        "{when} {org} 주가는 전 거래일보다 {pct}% 오른 {price}원에 거래를 마쳤다.",
        "{person} {title}은 \"{topic} 산업의 불확실성이 커지고 있다\"며 대응책 마련을 주문했다.",
        "정부는 {month}월부터 {topic} 기업에 최대 {money}의 정책 자금을 지원하기로 했다.",
        "{org}와 {org2}는 {place}에서 {topic} 공동 연구를 위한 업무 협약을 맺었다.",
        "{month}월 {topic} 수출액은 {usd} 달러로 집계돼 {n2}개월 연속 {updown}.",
        "{place}시는 {when} {topic} 클러스터 조성에 {money}을 들이겠다고 {said}.",
        "업계에 따르면 {org}는 {when} {topic} 신규 설비에 {money}을 추가로 투입할 계획이다.",
        "{person} {title}은 {event} 직후 기자들과 만나 \"{org}와의 협력을 이어가겠다\"고 {said}.",
        "{org}는 {topic} 부문 매출이 {money}에 달해 역대 최대 실적을 기록했다고 {said}.",
        "한국은행은 기준금리를 연 {rate}%로 동결했다고 {month}월 {day}일 발표했다.",
        "{place}에서는 {when} {topic} 박람회가 열려 {n}명이 넘는 관람객이 찾았다.",
        "{org} 관계자는 \"{topic} 시장 점유율을 {pct}%까지 끌어올리는 것이 목표\"라고 {said}.",
        "{when} 원·달러 환율은 전날보다 {cents}원 내린 {fx}원에 마감했다.",
        "{person} {title}은 {place} 방문 중 {org} 공장을 둘러보고 현장 의견을 들었다.",
        "{org}는 {month}월 {day}일부터 {topic} 관련 신규 서비스를 {place}에서 시범 운영한다.",
        "{topic} 업황 회복이 늦어지면서 {org}의 {q}분기 순이익이 {money}에 그쳤다.",
        "{org}는 {when} 이사회를 열고 {money} 규모의 자사주 매입을 결의했다.",
        "전문가들은 {topic} 수요가 {when} 이후 본격적으로 회복될 것으로 내다봤다.",
        "{place} 소재 {org} 연구소는 {topic} 핵심 기술을 세계 최초로 개발했다고 {said}.",
        "{person} {title}은 \"{when} 안에 {topic} 규제를 대폭 완화하겠다\"고 약속했다.",
        "{org}의 {topic} 사업부 인력은 {n}명으로 1년 새 {pct}% {updown}.",
        "{month}월 소비자물가는 1년 전보다 {rate}% 올라 {n2}개월 만에 가장 큰 폭으로 상승했다.",
        "{org}는 {place} 법인을 통해 {usd} 달러 규모의 {topic} 수주 계약을 따냈다.",
        "{person} {title}은 {org} 경영진과 {topic} 공급망 안정 방안을 논의했다.",
        "{when} 코스피는 전날보다 {pct}% 오른 {index}로 장을 마쳤다.",
        "{org}는 {topic} 인재 {n}명을 {month}월까지 채용한다고 {said}.",
        "{place}의 {topic} 관련 민원은 {when} {n}건 접수돼 전년보다 {pct}% {updown}.",
        "{org}와 {org2}의 {topic} 합작법인은 {month}월 {day}일 공식 출범했다.",
        "{person} {title}은 {event}에서 {topic} 투자 확대가 필요하다고 {said}.",
        "{org}는 {topic} 제품 가격을 {month}월부터 평균 {pct}% 인상하기로 했다.",
        "{org}의 {topic} 관련 특허 출원 건수는 {n}건으로 업계 최다를 기록했다.",
        "{when} {place} 아파트 매매가격은 {rate}% 올라 상승세를 이어갔다.",
        "{org}는 {q}분기 실적 발표에서 {topic} 부문이 흑자로 돌아섰다고 {said}.",
        "{person} {title}은 \"{org}의 {topic} 전략에는 변함이 없다\"고 거듭 {said}.",
        "{month}월 {day}일 {place}에서 열린 {event}에는 {n}명이 참석했다.",
        "{org}는 {when} {topic} 스타트업 {n2}곳에 모두 {money}을 투자했다.",
    };

    private final long seed;

    SyntheticMemory(long seed) {
        this.seed = seed;
    }

    /** Sentence {@code i}: the same text for the same seed and index. */
    String sentence(long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String template = pick(random, TEMPLATES);
        StringBuilder out = new StringBuilder(template.length() + 40);
        for (int at = 0; at < template.length(); ) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open);
            int close = template.indexOf('}', open);
            out.append(fill(template.substring(open + 1, close), random));
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
            case "org", "org2" -> pick(random, ORGS);
            case "person" -> pick(random, PEOPLE);
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
