package dev.hanbridge.ingest.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of one block into sentences (or headlines, captions, credits), the units that
 * are translated, stored in translation memory and aligned one to one in every export.
 *
 * <p>Rule-based, in plain Java, without a morphological analyser (see {@code bench/SEGMENTATION.md}
 * for the scores against kss and why Nori was not needed). In order of strength:
 * <ul>
 *   <li>{@code . ! ? … ~} end a sentence unless the dot belongs to a number, a date or a version
 *       ({@code 87.3%}, {@code 2025. 3. 1.}, {@code v2.1}), an initial or abbreviation
 *       ({@code U.S.}, {@code J.P. 모건}), an address ({@code ksy@example.com}), or the sentence
 *       goes on as quoted speech ({@code 뭐지? 하고}, {@code …했다.”며}). An ellipsis or a tilde
 *       ends a sentence only after a final ending: after {@code 그런데...} the writer goes on;</li>
 *   <li>without punctuation, a Korean final ending before a space ends a sentence, as blogs and
 *       captions write ({@code 다 요 죠 까}, and the terse {@code 음 함 됨 임} of notes). How far
 *       bare endings are trusted depends on the block: where the writer punctuates most sentences,
 *       only the endings of careful prose count, so names and connectives ({@code 기시다 총리},
 *       {@code 가져다 주다}) are not taken for ends;</li>
 *   <li>nothing ends inside paired quotes or brackets; a quote or parenthesis whose content ends
 *       a sentence ends it after the closing mark ({@code …했다.” 그는});</li>
 *   <li>citation marks, laughter and emoticons ({@code [8]}, {@code ㅋㅋ}, {@code ^^}, emoji) and
 *       a short remark in parentheses stay with the sentence they follow; laughter or an emoji
 *       before a space closes an informal sentence; a photo credit ({@code [사진=한빛뉴스]}) is a
 *       segment of its own; an outlet tag at the start of a lead ({@code [한빛일보]},
 *       {@code (서울=한빛뉴스)}) stays with its sentence; a byline with its e-mail address is one
 *       segment;</li>
 *   <li>headline decks: a line break or a tab always separates; in a block with no sentence
 *       punctuation at all (a deck), two or more spaces separate too. A deck written on one line
 *       with single spaces ({@code 반도체 수출 석 달 연속 증가 美·中 갈등에도 선방}) stays one
 *       segment: headlines are noun phrases without endings, a guessed split inside a headline
 *       would break its meaning, and one segment only costs a longer translation unit;</li>
 *   <li>NBSP, full-width (U+3000) and zero-width spaces are whitespace; Hangul stored as
 *       conjoining jamo (NFD) is read as its syllables, and returned as it came.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe: share one instance. Linear in the length of the text: one pass
 * to pair brackets, one to gauge the writer's punctuation, one to find the boundaries.
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
        if (Jamo.hasConjoiningJamo(text)) {
            // Decomposed Hangul: find the boundaries on a composed copy, cut the original.
            Jamo.Composed composed = Jamo.compose(text);
            List<Integer> cuts = new ArrayList<>();
            for (int cut : new Boundaries(composed.text()).cuts()) {
                cuts.add(composed.origin()[cut]);
            }
            return Boundaries.segments(text, cuts);
        }
        return Boundaries.segments(text, new Boundaries(text).cuts());
    }
}
