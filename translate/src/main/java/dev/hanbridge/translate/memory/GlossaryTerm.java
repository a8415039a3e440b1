package dev.hanbridge.translate.memory;

import java.util.Objects;

/**
 * A glossary entry: the Korean term, the English the engines and the QA check must use, and a note
 * for people.
 *
 * @param note {@code null} when the file gives none
 */
public record GlossaryTerm(String source, String target, String note) {

    public GlossaryTerm {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
