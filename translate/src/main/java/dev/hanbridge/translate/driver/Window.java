package dev.hanbridge.translate.driver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.TranslationRequest.Reference;
import dev.hanbridge.translate.TranslationRequest.TranslationContext;

/**
 * What a request's context is drawn from: the title of the unit of work and its pending segments
 * in reading order, so that a batch carries the two segments before and after it.
 */
final class Window {

    private static final int CONTEXT_SEGMENTS = 2;

    private final String title;
    private final List<String> texts;
    private final Map<Long, Integer> indexOf = new HashMap<>();
    private final Map<Long, List<MemoryMatch>> references;

    /** @param title the article's title, or {@code null} when articles share requests */
    Window(String title, List<PendingSegment> pending) {
        this(title, pending, Map.of());
    }

    /** @param references fuzzy memory matches by segment id, passed on with the batches that hold the segment */
    Window(String title, List<PendingSegment> pending, Map<Long, List<MemoryMatch>> references) {
        this.title = title;
        this.references = references;
        this.texts = pending.stream().map(PendingSegment::sourceText).toList();
        for (int i = 0; i < pending.size(); i++) {
            indexOf.put(pending.get(i).segmentId(), i);
        }
    }

    /**
     * The context of a batch: the title, its neighbours, the glossary entries its segments contain
     * and their memory matches.
     */
    TranslationContext around(List<PendingSegment> batch, Map<String, String> glossary) {
        int first = indexOf.get(batch.get(0).segmentId());
        int last = indexOf.get(batch.get(batch.size() - 1).segmentId());
        return new TranslationContext(title, texts.subList(Math.max(0, first - CONTEXT_SEGMENTS), first),
                texts.subList(last + 1, Math.min(texts.size(), last + 1 + CONTEXT_SEGMENTS)), termsIn(batch, glossary),
                referencesOf(batch));
    }

    private List<Reference> referencesOf(List<PendingSegment> batch) {
        if (references.isEmpty()) {
            return List.of();
        }
        List<Reference> of = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            for (MemoryMatch m : references.getOrDefault(batch.get(i).segmentId(), List.of())) {
                of.add(new Reference(i, m.percent(), m.source(), m.target(), m.origin() == TranslationOrigin.HUMAN));
            }
        }
        return of;
    }

    private static Map<String, String> termsIn(List<PendingSegment> batch, Map<String, String> glossary) {
        if (glossary.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        glossary.forEach((term, target) -> {
            if (batch.stream().anyMatch(s -> s.sourceText().contains(term))) {
                found.put(term, target);
            }
        });
        return found;
    }
}
