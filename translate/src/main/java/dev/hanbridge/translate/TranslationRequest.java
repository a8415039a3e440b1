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
     * The article's title, the segments just before and after the batch, and the glossary entries
     * whose source term occurs in the batch.
     */
    public record TranslationContext(String title, List<String> before, List<String> after,
            Map<String, String> glossary) {

        public static final TranslationContext NONE = new TranslationContext(null, List.of(), List.of(), Map.of());

        public TranslationContext {
            before = List.copyOf(before);
            after = List.copyOf(after);
            glossary = Map.copyOf(glossary);
        }
    }
}
