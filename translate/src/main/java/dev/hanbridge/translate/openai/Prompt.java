package dev.hanbridge.translate.openai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.http.Json;

/**
 * What the model is told. Segments go in as a JSON object of ids {@code "1".."n"}, so the answer's
 * shape can be checked key by key; the context is marked as not to be translated.
 */
final class Prompt {

    static final String SYSTEM = """
            You translate Korean news into English for an international news wire.
            Write natural, accurate English in news style. Keep names, numbers, dates, quotations and \
            product names (such as GPT-4o or o3-mini) exact. Convert Korean number units correctly: \
            만 is ten thousand, 억 is a hundred million, 조 is a trillion (7300억원 is 730 billion won). \
            Use the glossary's English for its terms. Add nothing that is not in the source: no notes, \
            no explanations.
            Translate every segment on its own: one translation per id, never merging segments, never \
            splitting one, never leaving one out, never adding one.
            Answer with one JSON object and nothing else: its keys are the segment ids as given, in the \
            same order, and each value is that segment's English translation.""";

    private Prompt() {
    }

    static String user(TranslationRequest request) {
        StringBuilder u = new StringBuilder();
        var ctx = request.context();
        if (ctx.title() != null && !ctx.title().isBlank()) {
            u.append("Article title: ").append(ctx.title()).append("\n\n");
        }
        if (!ctx.before().isEmpty()) {
            u.append("Text just before these segments (context only, do not translate):\n");
            ctx.before().forEach(s -> u.append(s).append('\n'));
            u.append('\n');
        }
        if (!ctx.after().isEmpty()) {
            u.append("Text just after these segments (context only, do not translate):\n");
            ctx.after().forEach(s -> u.append(s).append('\n'));
            u.append('\n');
        }
        Map<String, String> terms = termsIn(request.texts(), ctx.glossary());
        if (!terms.isEmpty()) {
            u.append("Glossary (Korean => English):\n");
            terms.forEach((k, v) -> u.append(k).append(" => ").append(v).append('\n'));
            u.append('\n');
        }
        if (!ctx.references().isEmpty()) {
            u.append("Earlier translations of similar sentences (reference for wording only; translate each segment as"
                    + " it is written):\n");
            ctx.references().forEach(r -> u.append(r.text() + 1).append(" (").append(r.percent()).append("% similar): ")
                    .append(r.source()).append(" => ").append(r.target()).append('\n'));
            u.append('\n');
        }
        u.append("Translate these ").append(request.texts().size())
                .append(" segments into English. Answer with a JSON object with the same ")
                .append(request.texts().size()).append(" ids:\n").append(Json.write(numbered(request.texts())));
        return u.toString();
    }

    /** {@code {"1": first, "2": second, ...}}. */
    static Map<String, String> numbered(List<String> texts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            m.put(Integer.toString(i + 1), texts.get(i));
        }
        return m;
    }

    /** Only the glossary entries whose Korean term occurs in the batch: the rest would be noise and tokens. */
    static Map<String, String> termsIn(List<String> texts, Map<String, String> glossary) {
        Map<String, String> found = new LinkedHashMap<>();
        glossary.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (texts.stream().anyMatch(t -> t.contains(e.getKey()))) {
                found.put(e.getKey(), e.getValue());
            }
        });
        return found;
    }
}
