package dev.hanbridge.translate.memory;

import java.util.List;

/**
 * The terms read from a glossary file, and what was passed over and why.
 *
 * @param format what the file was read as, for a summary: {@code CSV (UTF-8)}, {@code TSV (UTF-16LE)},
 *     {@code TBX}
 * @param problems one line per row or entry left out, with its line number, e.g.
 *     {@code line 7: no target term; row skipped}
 */
public record GlossaryFile(String format, List<GlossaryTerm> terms, List<String> problems) {

    public GlossaryFile {
        terms = List.copyOf(terms);
        problems = List.copyOf(problems);
    }
}
