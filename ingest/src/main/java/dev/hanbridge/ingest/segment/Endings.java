package dev.hanbridge.ingest.segment;

import java.util.Set;

/**
 * Korean sentence-final endings (종결어미) recognised from the spelling of a word alone, for text
 * that ends sentences without punctuation (blogs, comments, captions: {@code 정말 맛있었다 다음에는…}).
 *
 * <p>Korean is head-final: a sentence ends with the predicate and its final ending, so the last
 * syllable of an eojeol (the space-separated word) before a space is the best cheap signal. The
 * same syllables also end nouns ({@code 바다}, {@code 필요}, {@code 마음}) and connective forms
 * ({@code 그러니까}, {@code 하다 보면}), so each ending is accepted only after the syllables that
 * build it, checked on the preceding syllable and its final consonant (받침). The rules prefer
 * missing a boundary to inventing one: a missed boundary gives a long but correct segment, a
 * wrong one cuts a sentence in two and the translation of both halves suffers.
 */
final class Endings {

    private static final int HANGUL_BASE = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;

    // 받침 (final consonant) indices in the Unicode syllable composition.
    private static final int J_G = 1;      // ㄱ: 먹음
    private static final int J_LG = 9;     // ㄺ: 맑음, 읽음
    private static final int J_N = 4;      // ㄴ: 한다, 간다, 는다
    private static final int J_NJ = 5;     // ㄵ: 앉음
    private static final int J_NH = 6;     // ㄶ: 많음, 않음
    private static final int J_L = 8;      // ㄹ: 할까, 일까
    private static final int J_B = 17;     // ㅂ: 합니다, 합니까
    private static final int J_BS = 18;    // ㅄ: 없음
    private static final int J_S = 19;     // ㅅ: 주젯다 (a name)
    private static final int J_SS = 20;    // ㅆ: 했다, 있음, 겠다
    private static final int J_T = 25;     // ㅌ: 같음
    private static final int J_P = 26;     // ㅍ: 싶음
    private static final int J_H = 27;     // ㅎ: 좋음

    /**
     * Words that end in 다 but are nouns or particles, never a predicate: the comparative particle
     * 보다 ({@code 예상보다}, {@code 무엇보다}), 마다 ({@code 날마다}), adverbs that lead into a
     * clause, and place and person names that news text carries ({@code 캐나다 정부는},
     * {@code 기시다 총리는}).
     */
    private static final Set<String> NOT_FINAL_DA = Set.of(
            "다", "바다", "그러다", "이러다", "저러다", "어쩌다", "캐나다", "플로리다", "네바다",
            "우간다", "르완다", "그라나다", "기시다", "요시다", "야마다", "오카다", "하마다", "혼다", "마쓰다",
            "와다", "노다", "아다", "판다");

    /**
     * Syllables before 요 that make it the polite ending (해요, 있어요, 했구요, 하지만요); the
     * Sino-Korean nouns 필요, 중요, 주요, 수요 have other syllables there and stay.
     */
    private static final String POLITE_YO_BEFORE = "어아여해에예세네게지까래데걸군나가대봐줘돼되워와거고니서든면야죠요구던런래렴만";

    /** Syllables before 용/염, the cute spellings of 요 ({@code 좋아용}, {@code 했어염}), excluding 내용, 사용, 비용. */
    private static final String CUTE_YO_BEFORE = "어아여해에예세네게지봐줘돼워와죠까";

    /** Syllables before 네 that make it the exclamative ending ({@code 좋네}, {@code 했네}), not the numeral 네. */
    private static final String NE_BEFORE = "하있없좋되했겠었았였같많싶않이";

    /** Syllables before 군 that make it the exclamative ending ({@code 하는군}, {@code 했군}), not 군 (army, county). */
    private static final String GUN_BEFORE = "는겠었았였했이로";

    private Endings() {
    }

    static boolean isHangulSyllable(char c) {
        return c >= HANGUL_BASE && c <= HANGUL_LAST;
    }

    /**
     * True when the word {@code text[start, end)} (Hangul syllables only, the last at
     * {@code end - 1}) ends with a sentence-final ending.
     *
     * @param strict accept only the endings of carefully punctuated prose (했다, 한다, 합니다, 이다,
     *     해요, 하죠, 할까): in a block whose writer ends sentences with a full stop, a bare
     *     {@code 상큼함} or {@code 가져다} before a space is a noun or a connective, not an end
     */
    static boolean isFinal(CharSequence text, int start, int end, boolean strict) {
        int len = end - start;
        if (len <= 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        char prev = len >= 2 ? text.charAt(end - 2) : 0;
        switch (last) {
            case '다':
                return isFinalDa(text, start, end, strict);
            case '요':
                return len >= 2 && POLITE_YO_BEFORE.indexOf(prev) >= 0;
            case '죠':
                // 하죠, 있죠, 그렇죠: always the ending after a stem.
                return len >= 2;
            case '까':
                // In punctuated prose a bare -ㄹ까 is embedded (죽게 될까 두려웠고); a question gets its "?".
                return isFinalKka(text, start, end) && (!strict || text.charAt(end - 2) == '니');
            default:
                return !strict && isInformalFinal(text, start, end);
        }
    }

    /**
     * Plain-style 다. Verbs end in -ㄴ다/-는다 (한다, 먹는다), past and future in -었다/-겠다,
     * adjectives and the copula in a bare -다 after the stem (좋다, 없다, 힘들다, 중요하다, 것이다,
     * 아니다, 기쁘다, and the copula after a vowel: 최고다). In punctuated prose a 다 after other open
     * syllables is a name or noun (기시다, 아사다, 최다 우승) or the connective -다 (끌려 내려가다
     * 반대로), so it is not final there.
     */
    private static boolean isFinalDa(CharSequence text, int start, int end, boolean strict) {
        int len = end - start;
        if (text.charAt(end - 1) == '당' && len < 3) {
            return false; // 정당, 식당, 당 (party)
        }
        if (len < 2) {
            return false; // 다 (all)
        }
        char prev = text.charAt(end - 2);
        if (!isHangulSyllable(prev) || prev == '보' || prev == '마') {
            return false; // 예상보다, 무엇보다, 날마다
        }
        if (len <= 4 && NOT_FINAL_DA.contains(text.subSequence(start, end).toString())) {
            return false;
        }
        int j = jong(prev);
        if (j == 0) {
            // Unpunctuated informal text drops the copula's 이 after a vowel (김치찌개다, 최고다), so
            // there any open syllable counts; careful prose keeps only the stems listed.
            return !strict || STRICT_OPEN_DA_BEFORE.indexOf(prev) >= 0;
        }
        if (strict) {
            return j == J_SS || j == J_N || j == J_BS || j == J_NH || j == J_T || j == J_P || j == J_H;
        }
        return j != J_S; // 주젯다, 맷다: ㅅ-final syllables before 다 are mostly transcribed names
    }

    /** Open syllables before a final 다 in careful prose: 중요하다, 것이다, 아니다, 합니다. */
    private static final String STRICT_OPEN_DA_BEFORE = "하이니";

    /**
     * The informal and terse endings of blogs, comments and notes, trusted only where the writer
     * does not punctuate.
     */
    private static boolean isInformalFinal(CharSequence text, int start, int end) {
        int len = end - start;
        if (len == 1 && start >= 2 && Character.isWhitespace(text.charAt(start - 1))) {
            char word = text.charAt(start);
            char before = text.charAt(start - 2);
            if (word == '함' && "게야록".indexOf(before) >= 0) {
                return true; // 맛나 보이게 함, 꼭 가봐야 함: 함 as a word of its own after -게/-야/-록
            }
            if (word == '옴' && before == '다') {
                return true; // 운동 갔다 옴
            }
        }
        if (len < 2) {
            return false;
        }
        char last = text.charAt(end - 1);
        char prev = text.charAt(end - 2);
        if (!isHangulSyllable(prev)) {
            return false;
        }
        switch (last) {
            case '용':
            case '염':
                return CUTE_YO_BEFORE.indexOf(prev) >= 0;
            case '쥬':
            case '죵':
                return true;
            case '당':
                // 했답니당, 좋당: the cute spelling of 다, built like it.
                return isFinalDa(text, start, end, false);
            case '욧':
                return prev == '세' || prev == '어' || prev == '아'; // 참고하세욧
            case '네':
                return NE_BEFORE.indexOf(prev) >= 0;
            case '군':
                return GUN_BEFORE.indexOf(prev) >= 0;
            case '나':
                return len >= 3 && prev == '구'; // 하는구나, 했구나
            case '음': {
                // Nominal ending used as a terse sentence end (개조식): 했음, 있음, 없음, 않음, 좋음,
                // 같음, 싶음, 앉음. Nouns in 음 (마음, 처음, 다음, 웃음, 믿음) have a stem without
                // these final consonants before it, so they are left alone.
                int j = jong(prev);
                return j == J_SS || j == J_BS || j == J_NH || j == J_H || j == J_T || j == J_P || j == J_NJ
                        || j == J_LG || (j == J_G && prev != '죽') || prev == '맞'; // 먹음, 맑음; not 죽음
            }
            case '함':
                // 추천함, 해줘야함 — but 포함 (inclusion) is a noun used everywhere in news.
                return prev != '포' && prev != '가' && prev != '필';
            case '됨':
                return true;
            case '줌':
            case '짐':
                // 보여줌, 반겨줌, 산만해짐, 없어짐: the nominal ending after the -어/-아 form.
                return isAeoForm(prev);
            case '옴':
                // 나옴, 돌아옴, and 옴 alone after -다 (운동 갔다 옴): the nominal of 오다.
                return "나아어와".indexOf(prev) >= 0;
            case '감':
                return prev == '져' || prev == '어' || prev == '와' || prev == '워'; // 가져감, 들어감
            case '임':
                // 맛집임, 것임, 중임: 임 after a noun is the terse copula; 게임, 모임, 책임, 취임 are
                // nouns in 임 and stay.
                return !NOUNS_IN_IM.contains(text.subSequence(end - 2, end).toString());
            default:
                return false;
        }
    }

    /** Two-syllable nouns ending in 임 (움직임 is caught by 직임). */
    private static final Set<String> NOUNS_IN_IM = Set.of(
            "게임", "모임", "책임", "직임", "취임", "사임", "퇴임", "선임", "신임", "후임", "전임", "주임", "담임",
            "연임", "재임", "부임", "위임", "방임", "일임", "이임", "유임", "해임", "임임", "새임", "조임", "죄임");

    private static boolean isAeoForm(char syllable) {
        if (jong(syllable) != 0) {
            return false;
        }
        int jung = (syllable - HANGUL_BASE) / 28 % 21;
        return jung == 0 || jung == 1 || jung == 4 || jung == 6 || jung == 9 || jung == 14; // ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ
    }

    /**
     * 까 ends a question after 합니까/입니까 (-ㅂ니까, -습니까) and after -ㄹ까 (할까, 일까), but 니까
     * after anything else is the connective "because" ({@code 그러니까}, {@code 했으니까}).
     */
    private static boolean isFinalKka(CharSequence text, int start, int end) {
        int len = end - start;
        if (len < 2) {
            return false;
        }
        char prev = text.charAt(end - 2);
        if (prev == '니') {
            if (len < 3) {
                return false;
            }
            char before = text.charAt(end - 3);
            return before == '습' || (isHangulSyllable(before) && jong(before) == J_B);
        }
        return isHangulSyllable(prev) && jong(prev) == J_L;
    }

    /** Final consonant index of a Hangul syllable, 0 when it has none. */
    static int jong(char syllable) {
        return (syllable - HANGUL_BASE) % 28;
    }
}
