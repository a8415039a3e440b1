package dev.hanbridge.translate;

import java.util.List;
import java.util.Map;

/**
 * One ordered batch of source segments and the context an engine may use.
 *
 * @param sourceLang BCP 47, {@code ko}
 * @param targetLang BCP 47, e.g. {@code en-US}
 * @param texts the sources, in order
 * @param context what surrounds them; engines that take no context ignore it
 */
public record TranslationRequest(String sourceLang, String targetLang, List<String> texts,
        TranslationContext context) {

    public TranslationRequest {
        texts = List.copyOf(texts);
        if (context == null) {
            context = TranslationContext.NONE;
        }
    }

    public int chars() {
        return texts.stream().mapToInt(String::length).sum();
    }

    /**
     * The article's title, the segments just before and after the batch, the glossary entries whose
     * source term occurs in the batch, and translations of similar sentences from translation memory.
     *
     * @param references fuzzy memory matches of the batch's segments, best first for each: what an LLM
     *     may follow for wording, never a translation to copy
     */
    public record TranslationContext(String title, List<String> before, List<String> after,
            Map<String, String> glossary, List<Reference> references) {

        public static final TranslationContext NONE = new TranslationContext(null, List.of(), List.of(), Map.of());

        public TranslationContext {
            before = List.copyOf(before);
            after = List.copyOf(after);
            glossary = Map.copyOf(glossary);
            references = references == null ? List.of() : List.copyOf(references);
        }

        /** A context without memory references. */
        public TranslationContext(String title, List<String> before, List<String> after, Map<String, String> glossary) {
            this(title, before, after, glossary, List.of());
        }
    }

    /**
     * A similar sentence from translation memory and its translation, for one text of the request.
     *
     * @param text the index in {@link TranslationRequest#texts()} of the text it resembles, from 0
     * @param percent how similar its source is, 50–99
     * @param human whether a person made the translation
     */
    public record Reference(int text, int percent, String source, String target, boolean human) {
    }
}
