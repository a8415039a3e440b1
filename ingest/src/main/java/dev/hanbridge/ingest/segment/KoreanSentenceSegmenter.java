package dev.hanbridge.ingest.segment;

import java.util.List;

/**
 * Splits the text of one block into sentences (or headlines, captions, credits), the units that
 * are translated, stored in translation memory and aligned one to one in every export.
 *
 * <p>Rules in order of strength (the details and the reasons are in {@link Boundaries}):
 * <ul>
 *   <li>{@code . ! ? … ~} end a sentence unless the dot belongs to a number ({@code 87.3%},
 *       {@code v2.1}), an initial or abbreviation ({@code U.S.}, {@code J.P. 모건}), an address
 *       ({@code ksy@example.com}), or the sentence goes on as quoted speech
 *       ({@code 뭐지? 하고}, {@code …했다.”며});</li>
 *   <li>without punctuation, a Korean final ending ({@code 다 요 죠 까 네 군}, the terse
 *       {@code 음 함 됨 임}) before a space ends a sentence, as blogs and captions write;</li>
 *   <li>nothing ends inside paired quotes or brackets; a quote or parenthesis whose content
 *       ends a sentence ends it after the closing mark ({@code …했다.” 그는});</li>
 *   <li>citation marks, laughter and emoticons ({@code [8]}, {@code ㅋㅋ}, {@code ^^}) stay with
 *       the sentence they follow; a photo credit ({@code [사진=한빛뉴스]}) is a segment of its own;
 *       an outlet tag at the start of a lead ({@code [한빛일보]}, {@code (서울=한빛뉴스)}) stays
 *       with its sentence;</li>
 *   <li>headline decks: a line break or a tab always separates; in a block with no sentence
 *       punctuation at all (a deck), two or more spaces separate too. A deck written on one line
 *       with single spaces ({@code 반도체 수출 석 달 연속 증가 美·中 갈등에도 선방}) stays one
 *       segment: headlines are noun phrases without endings, and a guessed split inside a
 *       headline would break its meaning, while one segment only costs a longer translation unit.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe: share one instance. Works in one pass over the text plus one
 * pass to pair brackets.
 */
public final class KoreanSentenceSegmenter {

    public KoreanSentenceSegmenter() {
    }

    /**
     * Splits one block's text into sentences (or headlines, captions, credits). Segments, joined
     * with the whitespace between them, reassemble the input exactly: no character lost,
     * reordered or invented; each segment is trimmed and non-empty. Empty/blank input -> empty
     * list. NBSP, full-width and zero-width spaces count as whitespace.
     */
    public List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new Boundaries(text).segments();
    }
}
