package dev.hanbridge.ingest.segment;

import dev.hanbridge.common.text.KoreanText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One left-to-right pass over a block's text that records where sentences end. Each rule below
 * says which Korean (or news) convention it follows. A boundary is an index in the text; the
 * segments are the trimmed spans between boundaries, so the text is never rewritten.
 *
 * <p>Why one class of this length: the rules are not steps that could run one after another but
 * decisions inside a single scan, all reading the same state (the text, which quotes and brackets
 * pair up, the cuts so far) and asking each other (a closing quote asks the ending rules, an
 * ellipsis the words that carry a sentence on); as separate classes they would hand that state
 * around on every call. What stands on its own lives apart: the endings ({@link Endings}),
 * bracket pairing ({@link Brackets}) and decomposed Hangul ({@link Jamo}).
 */
final class Boundaries {

    /** Abbreviations whose dot does not end a sentence ({@code Mr. Kim}, {@code Apple Inc. 는}). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "etc",
            "no", "vol", "fig", "gen", "gov", "sen", "rep", "dept", "univ", "approx", "est", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /**
     * Words that carry on a sentence after {@code ? ! .} or a closing quote: the quotative
     * particles and the verb of saying ({@code “…했다.”라고}, {@code 뭐지? 하고 검색했다},
     * {@code …일까? 라는 생각}). Matched as the start of the next word.
     */
    private static final String[] QUOTE_CONTINUATIONS = {
        "라고", "라며", "라면서", "라는", "라니", "이라고", "이라며", "이라는", "하고", "하며", "하면서", "하는",
        "하니", "하던", "하더", "한다", "했다", "하자", "싶", "란"
    };

    /** Single-syllable particles that continue a sentence only as a whole word ({@code …했다.” 며}). */
    private static final Set<String> PARTICLE_WORDS = Set.of("고", "며", "는", "란", "라", "면서", "하고");

    /** Case particles that follow a quoted title or phrase, sometimes typed with a space. */
    private static final Set<String> PARTICLES_AFTER_QUOTE = Set.of(
            "을", "를", "은", "는", "도", "와", "과", "의", "에", "로", "으로", "에서", "라는", "이라는", "란", "이란");

    /**
     * Words that show a bare 다 before them was not final: {@code 하다 보면}, {@code 재밌겠다 싶어},
     * {@code 매력이 있다 생각했다} (quotative with 고 dropped), {@code 그렇다 하더라도}.
     */
    private static final String[] DA_CONTINUATIONS = {
        "보니", "보면", "보니까", "보면서", "보는", "싶", "생각", "해도", "하더라도", "하여", "해서", "한다", "했다",
        "하는", "하고", "하며", "하니", "하겠", "하였", "해야", "치고", "못해", "못하", "라고", "하면",
        // auxiliaries after the connective -다: 가져다 주었다, 갖다 놓았다, 갖다 드렸다, 갔다 옴
        "주었", "줬", "줘", "주고", "주는", "준다", "드렸", "드리", "놓았", "놨", "놓고", "놓은", "버렸", "버리",
        "왔", "옴", "와서", "와야", "와도", "오고", "오는", "오면", "올게", "올까"
    };

    /** 할까 봐, 할까 싶다, 갈까 말까, 할까 고민: -ㄹ까 embedded as a worry or a hesitation. */
    private static final String[] KKA_CONTINUATIONS = {"봐", "싶", "하", "해", "말까", "생각", "고민", "걱정", "한"};

    /** A photo or graphic credit: {@code [사진=한빛뉴스]}, {@code [그래픽=김서연 기자]}, {@code [자료: 통계청]}. */
    private static final Pattern CREDIT = Pattern.compile(
            "\\s*(사진|그래픽|자료|출처|영상|제공|촬영|이미지|일러스트|캡처|사진제공|자료사진|photo|Photo)\\s*[=:/].*");

    /**
     * Particles and connectives after which an ellipsis trails off mid-sentence
     * ({@code 그런데..... 양이....}, {@code 라면을 사면... 항상}). Not -고: {@code 뻔한 거 같고.. 원래}
     * is the writer leaving the clause unfinished, the informal way to end a sentence.
     */
    private static final String MID_SENTENCE_LAST_SYLLABLE = "이가은는을를도만의에와과랑로서데면며게";

    /** Conjunctions and interjections that an ellipsis trails after: 그러나... 라면을, 아우.. 주말인데. */
    private static final Set<String> TRAILING_WORDS = Set.of(
            "그러나", "그런데", "근데", "그리고", "그래서", "하지만", "그러니까", "그럼", "그러면", "아우", "아", "어", "음",
            "흠", "글쎄", "그냥", "아니", "저기", "있잖아", "뭐");

    /** Longest word the ending rules look at; only its last syllables matter. */
    private static final int MAX_WORD = 12;

    private final String text;
    private final int n;
    private final int[] close;
    /** True at each closer that some opener pairs with. */
    private final boolean[] pairedCloser;
    /** Boundaries found so far, ascending. */
    private final List<Integer> cuts = new ArrayList<>();
    /** A block without any sentence punctuation is treated as a headline deck. */
    private final boolean deck;
    /**
     * The writer ends sentences with punctuation more often than without: then only the endings
     * of careful prose count without punctuation (see {@link Endings#isFinal}).
     */
    private final boolean strict;

    Boundaries(String text) {
        this.text = text;
        this.n = text.length();
        this.close = Brackets.match(text);
        this.pairedCloser = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (close[i] > i) {
                pairedCloser[close[i]] = true;
            }
        }
        this.deck = !hasSentencePunctuation(text);
        this.strict = isPunctuatedStyle();
    }

    /**
     * Counts final endings followed by punctuation against those followed by a bare space (or
     * ending the block). One bare ending alone is no evidence of an unpunctuated style: in a
     * headline such as {@code 아사다 마오 은퇴} it is a name.
     */
    private boolean isPunctuatedStyle() {
        int punctuated = 0;
        int bare = 0;
        int i = 0;
        while (i < n) {
            if (!Endings.isHangulSyllable(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Endings.isHangulSyllable(text.charAt(j))) {
                j++;
            }
            if (Endings.isFinal(text, Math.max(i, j - MAX_WORD), j, false)) {
                char next = j < n ? text.charAt(j) : ' ';
                if (next == '.' || next == '?' || next == '!' || next == '…') {
                    punctuated++;
                } else if (isSpace(next)) {
                    bare++;
                }
            }
            i = j;
        }
        return punctuated > bare || bare < 2;
    }

    /** The boundaries of the text, ascending, each strictly inside it. */
    List<Integer> cuts() {
        scan();
        return cuts;
    }

    /** The trimmed, non-empty spans of {@code text} between the boundaries {@code cuts}. */
    static List<String> segments(String text, List<Integer> cuts) {
        List<String> out = new ArrayList<>(cuts.size() + 1);
        int from = 0;
        for (int cut : cuts) {
            addTrimmed(text, out, from, cut);
            from = cut;
        }
        addTrimmed(text, out, from, text.length());
        return out;
    }

    private static void addTrimmed(String text, List<String> out, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(text.substring(from, to));
        }
    }

    private void scan() {
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (close[i] > i) {
                int end = close[i] + 1;
                span(i, end);
                i = end;
            } else if (isTerminal(c)) {
                int j = i;
                while (j < n && isTerminal(text.charAt(j))) {
                    j++;
                }
                punctuation(i, j);
                i = j;
            } else if (Endings.isHangulSyllable(c)) {
                int j = i;
                while (j < n && Endings.isHangulSyllable(text.charAt(j))) {
                    j++;
                }
                wordEnd(Math.max(i, j - MAX_WORD), j);
                i = j;
            } else if (isSpace(c)) {
                int j = i;
                while (j < n && isSpace(text.charAt(j))) {
                    j++;
                }
                space(i, j);
                i = j;
            } else if (isEmoticon(text, i)) {
                int j = skipEmoticons(i);
                // Laughter or an emoji before a space closes the sentence it ends: 가오리살ㅎㅎ 항정살처럼…
                if ((j - i >= 2 || !isJamo(c)) && j < n && isSpace(text.charAt(j))) {
                    int after = absorbTrailer(j);
                    if (!continuesAfterPunctuation(after, false, true)) {
                        cut(after);
                    }
                }
                i = Math.max(j, i + 1);
            } else {
                i++;
            }
        }
    }

    // ---------------------------------------------------------------- rules

    /** A run of sentence punctuation {@code [i, j)}. */
    private void punctuation(int i, int j) {
        if (!punctuationEnds(i, j)) {
            return;
        }
        int end = absorbTrailer(j);
        // Only a question, an exclamation or a trailing-off is quoted by a following 하고/라는
        // (뭐지? 하고); after a plain full stop, 하는 수 없이 … starts the next sentence.
        boolean quotable = j - i > 1 || text.charAt(i) != '.';
        if (!continuesAfterPunctuation(end, false, quotable)) {
            cut(absorbRemark(end));
        }
    }

    private boolean punctuationEnds(int i, int j) {
        boolean dotsOnly = true;
        boolean strong = false;
        boolean ellipsis = false;
        boolean tildeOnly = true;
        for (int k = i; k < j; k++) {
            char c = text.charAt(k);
            if (c == '!' || c == '?' || c == '！' || c == '？') {
                strong = true;
            }
            if (c == '…' || c == '‥' || c == '⋯') {
                ellipsis = true;
            }
            if (c != '.' && c != '．' && c != '。') {
                dotsOnly = false;
            }
            if (c != '~' && c != '～') {
                tildeOnly = false;
            }
        }
        if (dotsOnly && j - i >= 2) {
            ellipsis = true;
        }
        char next = j < n ? text.charAt(j) : ' ';
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        if (strong) {
            // "?" inside a URL query (…/search?q=) is not a sentence end.
            return !(isLatinOrDigit(next) && isLatinOrDigit(prev));
        }
        if (tildeOnly) {
            // 10~20, 서울~부산: a range. After a final ending or before a space it is the
            // friendly sentence end of blogs: 좋아해요~
            if (Character.isDigit(prev) && Character.isDigit(next)) {
                return false;
            }
            // After a noun or a connective it is a drawl inside the sentence: 며칠 전~ 아버님,
            // 거기서 거기고~~~ 다 맛있겠지
            return endsWithFinal(i) || emoticonBefore(i);
        }
        if (ellipsis) {
            // An ellipsis after a predicate ends the sentence (길었다... 다음은); after a word,
            // a conjunction or an interjection the writer trails off and goes on
            // (그런데..... 양이...., 아우.. 주말인데).
            if (endsWithFinal(i) || emoticonBefore(i)) {
                return true;
            }
            if (j < n && Endings.isHangulSyllable(next)) {
                return false; // 갈릭치즈...누가, 보검..이가: glued to the next word, it trails on
            }
            return Endings.isHangulSyllable(prev) && MID_SENTENCE_LAST_SYLLABLE.indexOf(prev) < 0
                    && !isWordBefore(i, TRAILING_WORDS);
        }
        if (dotsOnly) {
            return dotEnds(i);
        }
        return true;
    }

    /** A single full stop at {@code i}. */
    private boolean dotEnds(int i) {
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < n ? text.charAt(i + 1) : ' ';
        if (Endings.isHangulSyllable(prev) && endsWithFinal(i)) {
            return true; // 넣었다.2월 10일: after a final ending even a glued digit starts a new sentence
        }
        if (isLatinOrDigit(next) || next == '_' || next == '@' || next == '/' || next == '-' || next == ',') {
            return false; // 87.3%, v2.1, example.com, a.m.
        }
        if (Endings.isHangulSyllable(prev) && Endings.isHangulSyllable(next) && i + 2 < n && text.charAt(i + 2) == '.'
                && (i < 2 || !Endings.isHangulSyllable(text.charAt(i - 2)))) {
            return false; // 반.전.매.력: a word spelled out syllable by syllable for emphasis
        }
        if (Endings.isHangulSyllable(prev) && i >= 3 && text.charAt(i - 2) == '.' && Endings.isHangulSyllable(text.charAt(i - 3))
                && (i < 4 || text.charAt(i - 4) == '.')) {
            return false; // the last dot of 반.전.매.력
        }
        if (isLatinLetter(prev)) {
            int s = i;
            while (s > 0 && isLatinLetter(text.charAt(s - 1))) {
                s--;
            }
            String word = text.substring(s, i);
            boolean afterBoundary = s == 0 || !isLatinLetter(text.charAt(s - 1));
            if (word.length() == 1 && afterBoundary) {
                return false; // an initial: U.S., J.P. 모건, e.g.
            }
            if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (Character.isDigit(prev)) {
            // 2024. 3. 5. (a date) and "1. 개요" (a numbered heading) are not sentences.
            int s = i;
            while (s > 0 && Character.isDigit(text.charAt(s - 1))) {
                s--;
            }
            int k = i + 1;
            while (k < n && isSpace(text.charAt(k))) {
                k++;
            }
            if (k < n && Character.isDigit(text.charAt(k)) && i - s <= 4) {
                return false;
            }
            if (i - s <= 2 && (isSegmentStart(s) || (s > 0 && isSpace(text.charAt(s - 1)) && isSpace(next)))) {
                return false; // "1. 개요 2. 역사": numbered items, not sentences ending in a bare number
            }
            int b = s;
            while (b > 0 && isSpace(text.charAt(b - 1))) {
                b--;
            }
            if (i - s <= 2 && b >= 2 && text.charAt(b - 1) == '.' && Character.isDigit(text.charAt(b - 2))) {
                return false; // the day of 2025. 3. 1.
            }
        }
        return true;
    }

    /** A Hangul word {@code [start, end)} that may end with a final ending. */
    private void wordEnd(int start, int end) {
        if (end >= n) {
            return; // the end of the text is a boundary anyway
        }
        char next = text.charAt(end);
        boolean gluedRemark = next == '(' && absorbRemark(end) > end; // 카운터였음(테라스 옆) 들을라고
        if (!isSpace(next) && !isEmoticon(text, end) && !isTerminalTilde(end) && !gluedRemark) {
            return; // punctuation, closers and particles are handled where they stand
        }
        if (isTerminal(next)) {
            return; // 좋아해요~ : the punctuation rule decides
        }
        if (!Endings.isFinal(text, start, end, strict)) {
            return;
        }
        int after = absorbRemark(absorbTrailer(end));
        if (after < n && !isSpace(text.charAt(after)) && after == end) {
            return;
        }
        if (!continuesAfterEnding(after, text.charAt(end - 1))) {
            cut(after);
        }
    }

    /** A matched quote or bracket pair {@code [open, end)}. */
    private void span(int open, int end) {
        char opener = text.charAt(open);
        int contentEnd = end - 1;
        if ((opener == '[' || opener == '【' || opener == '(') && end - open < 60
                && CREDIT.matcher(text.substring(open + 1, contentEnd)).matches()) {
            // A photo credit is a segment of its own, wherever it stands.
            cut(open);
            int after = end;
            if (after < n && !continuesAfterPunctuation(after, true, false)) {
                cut(after);
            }
            return;
        }
        // The content's last visible character decides whether the quote or bracket closes a sentence.
        int last = contentEnd - 1;
        while (last > open && (isSpace(text.charAt(last)) || isEmoticon(text, last))) {
            last--;
        }
        while (last > open && Brackets.isCloser(text.charAt(last)) && close[open] != last) {
            last--; // nested closers: “…‘좋다.’”
        }
        if (last <= open) {
            return;
        }
        char c = text.charAt(last);
        boolean ends;
        if (isTerminal(c)) {
            int s = last;
            while (s > open + 1 && isTerminal(text.charAt(s - 1))) {
                s--;
            }
            ends = punctuationEnds(s, last + 1); // as outside: "(Apple Inc.)" is no sentence end
        } else if (Endings.isHangulSyllable(c)) {
            int s = last;
            while (s > open + 1 && last + 1 - s < MAX_WORD && Endings.isHangulSyllable(text.charAt(s - 1))) {
                s--;
            }
            // “…했다” 그는: a quoted sentence without its full stop, followed by a space. Only when the
            // quote opens the segment: 영화 ‘살아있다’ 개봉 이후 is a title inside a sentence.
            ends = Endings.isFinal(text, s, last + 1, strict) && end < n && isSpace(text.charAt(end))
                    && isSegmentStart(open);
            if (ends) {
                int after = absorbTrailer(end);
                if (!continuesAfterEnding(after, c)) {
                    cut(after);
                }
                return;
            }
        } else {
            ends = false;
        }
        if (!ends) {
            return;
        }
        // Parentheses in mid-sentence ({@code 21일(현지시간)}) never end one; a parenthesised
        // sentence of its own ({@code (다음을 무시하는 건 아닙니다..)}) does.
        if ((opener == '(' || opener == '（') && !isSegmentStart(open) && !isSentenceBefore(open)) {
            return;
        }
        int after = absorbTrailer(end);
        if (!continuesAfterPunctuation(after, true, true)) {
            cut(after);
        }
    }

    /** Hard breaks: a line break or a tab; in a deck also two or more spaces. */
    private void space(int i, int j) {
        int spaces = 0;
        for (int k = i; k < j; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                cut(j);
                return;
            }
            spaces++;
        }
        if (deck && spaces >= 2 && i > 0) {
            cut(j);
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Extends a sentence end over what belongs to it: stray closing quotes, citation marks
     * {@code [8]}, laughter {@code ㅋㅋ ㅎㅎ ㅠㅠ} and emoticons {@code ^^ 😊}, also after a space
     * ({@code 맛있었다 ㅋㅋ}).
     */
    private int absorbTrailer(int pos) {
        int p = pos;
        boolean progress = true;
        while (progress && p < n) {
            progress = false;
            char c = text.charAt(p);
            if (close[p] > p && c == '[' && isCitation(p + 1, close[p])) {
                p = close[p] + 1;
                progress = true;
            } else if (Brackets.isCloser(c) && !isMatchedOpener(p) && !isPairedCloser(p)) {
                p++;
                progress = true;
            } else if (isEmoticon(text, p)) {
                p = skipEmoticons(p);
                progress = true;
            } else if (isTerminal(c)) {
                p++;
                progress = true;
            } else if (isSpace(c)) {
                int k = p;
                while (k < n && isSpace(text.charAt(k))) {
                    k++;
                }
                if (k < n && !isLineBreak(p, k)) {
                    int e = isEmoticon(text, k) ? skipEmoticons(k) : skipLaughWord(k);
                    char first = text.charAt(k);
                    // One emoji is enough; laughter and ^^ need two characters (a lone ㅇ is a word).
                    boolean emoji = e > k && !isJamo(first) && first != '^' && !Endings.isHangulSyllable(first);
                    boolean closed = e == n || isSpace(text.charAt(e)) || isTerminal(text.charAt(e));
                    if (e - k >= 2 && closed || emoji) {
                        p = e;
                        progress = true;
                    }
                }
            }
        }
        return p;
    }

    /** After punctuation (and closers): does the next word carry the same sentence on? */
    private boolean continuesAfterPunctuation(int end, boolean afterCloser, boolean quotable) {
        if (end >= n) {
            return true; // nothing follows: no cut needed
        }
        char c = text.charAt(end);
        if (!isSpace(c)) {
            if (Endings.isHangulSyllable(c)) {
                // “…했다.”며 / ‘바카라’라는: a particle glued to a closing quote.
                // 했다.그런데: a new sentence glued to the full stop.
                return afterCloser || startsWithAny(end, QUOTE_CONTINUATIONS);
            }
            return c == ',' || c == ';' || c == ':' || c == '%' || Character.isLowerCase(c);
        }
        int k = nextWord(end);
        if (k < 0) {
            return false;
        }
        if (k >= n) {
            return true;
        }
        if (afterCloser && isWord(k, PARTICLES_AFTER_QUOTE)) {
            return true; // 책 ‘어떻게 살 것인가?’ 를 읽었다: a particle typed apart from its quote
        }
        return quotable && (startsWithAny(k, QUOTE_CONTINUATIONS) || isWord(k, PARTICLE_WORDS));
    }

    /** After a final ending with no punctuation: does the next word show the ending was not final? */
    private boolean continuesAfterEnding(int end, char ending) {
        if (end >= n) {
            return true;
        }
        int k = nextWord(end);
        if (k < 0) {
            return false;
        }
        if (k >= n) {
            return true;
        }
        char c = text.charAt(k);
        if (c == ',' || c == '.' || c == '(' || isTerminal(c)) {
            return true;
        }
        if (ending == '다' && startsWithAny(k, DA_CONTINUATIONS)) {
            return true;
        }
        if (ending == '까' && startsWithAny(k, KKA_CONTINUATIONS)) {
            return true;
        }
        return startsWithAny(k, QUOTE_CONTINUATIONS) || isWord(k, PARTICLE_WORDS);
    }

    /** Where the next word starts after the spaces from {@code end} ({@code n} at the end); -1 past a line break. */
    private int nextWord(int end) {
        int k = end;
        while (k < n && isSpace(text.charAt(k))) {
            k++;
        }
        return isLineBreak(end, k) ? -1 : k;
    }

    private boolean endsWithFinal(int punctAt) {
        int e = punctAt;
        int s = e;
        while (s > 0 && e - s < MAX_WORD && Endings.isHangulSyllable(text.charAt(s - 1))) {
            s--;
        }
        return s < e && Endings.isFinal(text, s, e, false);
    }

    /** True when only whitespace lies between the last boundary and {@code pos}. */
    private boolean isSegmentStart(int pos) {
        int from = cuts.isEmpty() ? 0 : cuts.get(cuts.size() - 1);
        int k = pos;
        while (k > from && isSpace(text.charAt(k - 1))) {
            k--; // backwards, so that a long text without boundaries stays linear
        }
        return k <= from;
    }

    /** True when the text before {@code pos} (skipping spaces) ends a sentence by punctuation. */
    private boolean isSentenceBefore(int pos) {
        int k = pos;
        while (k > 0 && isSpace(text.charAt(k - 1))) {
            k--;
        }
        return k > 0 && isTerminal(text.charAt(k - 1)) && k < pos;
    }

    private boolean isWordBefore(int pos, Set<String> words) {
        int s = pos;
        while (s > 0 && pos - s < MAX_WORD && Endings.isHangulSyllable(text.charAt(s - 1))) {
            s--;
        }
        return s < pos && words.contains(text.substring(s, pos));
    }

    private boolean isCitation(int from, int to) {
        // [8], [12], [주 3], [참고 2], [편집], [*], [a]: reference marks of encyclopaedias and reports.
        if (to - from < 1 || to - from > 8) {
            return false;
        }
        String s = text.substring(from, to);
        if (s.equals("*") || s.equals("편집") || s.equals("출처 필요")
                || (s.length() == 1 && Character.isLetter(s.charAt(0)) && s.charAt(0) < 0x80)) {
            return true;
        }
        return s.indexOf('=') < 0 && s.chars().anyMatch(Character::isDigit);
    }

    private boolean isMatchedOpener(int p) {
        return close[p] > p;
    }

    /** A closer at {@code p} that some opener pairs with (then it is not stray). */
    private boolean isPairedCloser(int p) {
        return pairedCloser[p];
    }

    private boolean isTerminalTilde(int p) {
        return p < n && (text.charAt(p) == '~' || text.charAt(p) == '～');
    }

    private boolean isLineBreak(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithAny(int k, String[] prefixes) {
        for (String p : prefixes) {
            if (text.startsWith(p, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWord(int k, Set<String> words) {
        int e = k;
        while (e < n && Endings.isHangulSyllable(text.charAt(e))) {
            e++;
        }
        return e > k && (e == n || !Endings.isHangulSyllable(text.charAt(e))) && words.contains(text.substring(k, e));
    }

    private void cut(int pos) {
        if (pos <= 0 || pos >= n) {
            return;
        }
        if (!cuts.isEmpty() && cuts.get(cuts.size() - 1) >= pos) {
            return;
        }
        cuts.add(pos);
    }

    /** 하하하, 히히, 호호, 헤헤, 크크: laughter written in syllables, two or more of the same. */
    private int skipLaughWord(int p) {
        char c = text.charAt(p);
        if ("하히호헤크키흐후".indexOf(c) < 0) {
            return p;
        }
        int k = p;
        while (k < n && text.charAt(k) == c) {
            k++;
        }
        if (k - p < 2 || (k < n && Endings.isHangulSyllable(text.charAt(k)))) {
            return p;
        }
        return k;
    }

    /**
     * Moves a boundary over a parenthetical remark that closes the sentence before it:
     * {@code 주세요. (2021년 3월)}, {@code 버렸음 (출근시간 19시)}. Not over an outlet tag
     * {@code (서울=한빛뉴스)}, which opens the next sentence, nor over a sentence in brackets.
     */
    private int absorbRemark(int pos) {
        int k = pos;
        while (k < n && isSpace(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
        }
        if (k >= n || (text.charAt(k) != '(' && text.charAt(k) != '（') || close[k] < 0) {
            return pos;
        }
        int end = close[k] + 1;
        if (end < n && !isSpace(text.charAt(end))) {
            return pos; // (주)한빛: part of a name
        }
        if (end - k > 42 || text.substring(k + 1, end - 1).indexOf('=') >= 0) {
            return pos;
        }
        int last = end - 2;
        while (last > k && (isSpace(text.charAt(last)) || isEmoticon(text, last))) {
            last--;
        }
        char c = text.charAt(last);
        if (last <= k || isTerminal(c) || Endings.isHangulSyllable(c) && endsWithFinal(last + 1)) {
            return pos; // (다음을 무시하는 건 아닙니다..): a sentence of its own
        }
        return end;
    }

    private int skipEmoticons(int p) {
        int k = p;
        while (k < n && isEmoticon(text, k)) {
            k += Character.charCount(text.codePointAt(k));
        }
        return k;
    }

    static boolean isSpace(char c) {
        return KoreanText.isSpace(c);
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '‥' || c == '⋯' || c == '~' || c == '～'
                || c == '。' || c == '．' || c == '！' || c == '？';
    }

    /** Hangul consonant/vowel letters used as laughter and crying: ㅋㅋ ㅎㅎ ㅠㅠ ㅜㅜ ㄷㄷ. */
    static boolean isJamo(char c) {
        return c >= 0x3131 && c <= 0x318E;
    }

    private boolean emoticonBefore(int i) {
        if (i <= 0) {
            return false;
        }
        int cp = text.codePointBefore(i);
        return isEmoticon(text, i - Character.charCount(cp));
    }

    /** Laughter jamo, emoji and the characters of text emoticons ({@code ^^}, {@code ;;}, {@code ♡}). */
    static boolean isEmoticon(String s, int i) {
        char c = s.charAt(i);
        if (isJamo(c) || c == '^' || c == ';' || c == '♡' || c == '♥' || c == '☆' || c == '★' || c == '\u200D'
                || c == '\uFE0F') {
            return c != ';' || (i > 0 && s.charAt(i - 1) == ';') || (i + 1 < s.length() && s.charAt(i + 1) == ';');
        }
        int cp = s.codePointAt(i);
        if (cp >= 0x1F000 && cp <= 0x1FAFF) {
            return true; // emoji and their skin-tone modifiers
        }
        return cp >= 0x2600 && cp <= 0x27BF; // miscellaneous symbols and dingbats
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLatinOrDigit(char c) {
        return isLatinLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean hasSentencePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }
}
