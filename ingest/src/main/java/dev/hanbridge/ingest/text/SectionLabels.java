package dev.hanbridge.ingest.text;

import dev.hanbridge.common.text.KoreanText;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The section a news site files an article under, as a saved page or copied text prints it above
 * the headline: {@code IT}, {@code 경제}, {@code IT/과학}, or a breadcrumb such as
 * {@code 홈 > 경제 > 금융}. Known section words only, so that a short headline is never taken for one.
 */
public final class SectionLabels {

    /** Section names of Korean news sites and portals (the parts of {@code IT/과학}, {@code 산업·재계} count one by one). */
    private static final Set<String> SECTIONS = Set.of(
            "it", "ai", "정치", "경제", "사회", "국제", "세계", "문화", "스포츠", "연예", "과학", "산업", "금융", "증권",
            "부동산", "오피니언", "사설", "칼럼", "생활", "라이프", "건강", "의료", "헬스", "교육", "환경", "날씨", "북한",
            "외교", "국방", "전국", "지역", "유통", "자동차", "모바일", "게임", "인터넷", "통신", "방송", "보안", "반도체",
            "테크", "기업", "재계", "글로벌", "월드", "엔터", "여행", "피플", "인물", "부고", "정책", "바이오", "에너지",
            "건설", "노동", "법원", "검찰", "사건사고", "사건", "사고", "여성", "종합", "뉴스", "전체", "전체기사", "속보",
            "기술", "it과학", "과학기술", "인공지능", "블록체인", "컴퓨팅", "소프트웨어", "콘텐츠", "미디어", "중기", "중소기업",
            "벤처", "스타트업", "창업", "경영", "마켓", "시장", "투자", "가상자산", "재테크", "보험", "은행", "카드",
            "야구", "축구", "농구", "배구", "골프", "해외축구", "해외야구", "e스포츠", "올림픽",
            "economy", "business", "tech", "technology", "politics", "society", "world", "culture", "sports",
            "opinion", "science", "life", "national", "international", "finance", "industry", "entertainment");
    /** Words a breadcrumb starts with that are not sections. */
    private static final Set<String> ROOTS = Set.of("홈", "home", "뉴스홈", "메인", "main");
    private static final Set<String> SUFFIXES = Set.of("일반", "종합", "정책", "뉴스", "면");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:>|›|»|\\||/|·|ㆍ|,|-)\\s*");

    private SectionLabels() {
    }

    /** The label as printed (normalised spaces), or null when the line is not a section label. */
    public static String label(String line) {
        String text = KoreanText.normalize(line);
        if (text.isEmpty() || text.length() > 30) {
            return null;
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1).trim() : text;
        String[] parts = PARTS.split(bare);
        int sections = 0;
        for (String part : parts) {
            String word = part.toLowerCase(Locale.ROOT).replace(" ", "");
            if (word.isEmpty() || ROOTS.contains(word)) {
                continue;
            }
            if (!isSection(word)) {
                return null;
            }
            sections++;
        }
        return sections == 0 ? null : bare;
    }

    private static boolean isSection(String word) {
        if (SECTIONS.contains(word)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() && word.endsWith(suffix)
                    && SECTIONS.contains(word.substring(0, word.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }
}
