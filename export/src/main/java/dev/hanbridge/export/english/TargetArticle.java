package dev.hanbridge.export.english;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.export.HeaderText;
import dev.hanbridge.export.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The English article as the target-only writers read it: its blocks in reading order, each a
 * list of pieces, the English of each sentence or, for a sentence nobody translated, its Korean
 * to be shown inside a visible {@code [untranslated: …]} marker. Korean never passes for English.
 */
final class TargetArticle {

    /** What an untranslated sentence opens with; the Korean follows, then {@link #MARKER_END}. */
    static final String MARKER_START = "[untranslated: ";
    static final String MARKER_END = "]";

    /** One sentence: English, or the Korean of an untranslated one. */
    record Piece(String text, boolean untranslated) {
    }

    /** One block of the article. */
    record Part(BlockKind kind, List<Piece> pieces) {

        /** The block's text with untranslated sentences in their markers, sentences joined by a space. */
        String plain() {
            return pieces.stream().map(p -> p.untranslated() ? MARKER_START + p.text() + MARKER_END : p.text())
                    .collect(Collectors.joining(" "));
        }
    }

    private TargetArticle() {
    }

    static List<Part> parts(BilingualArticle article) {
        List<Part> parts = new ArrayList<>();
        for (BilingualBlock block : article.blocks()) {
            if (block.segments().isEmpty()) {
                continue;
            }
            List<Piece> pieces = new ArrayList<>();
            for (SegmentPair segment : block.segments()) {
                pieces.add(segment.translated() ? new Piece(segment.target().strip(), false)
                        : new Piece(segment.source().strip(), true));
            }
            parts.add(new Part(block.kind(), pieces));
        }
        return parts;
    }

    /** The English headline, for the document's title: the first title block, else the export name. */
    static String headline(BilingualArticle article, List<Part> parts) {
        return parts.stream().filter(p -> p.kind() == BlockKind.TITLE).findFirst().map(Part::plain)
                .orElse(article.name());
    }

    /** The line that opens a document with untranslated sentences; {@code null} when there are none. */
    static String notice(BilingualArticle article) {
        String untranslated = HeaderText.untranslated(article);
        return untranslated == null ? null : "Not ready to publish: " + untranslated + ", marked "
                + MARKER_START + "Korean text" + MARKER_END + " below.";
    }

    /** The closing line: where the article came from and who translated it. */
    static String provenance(BilingualArticle article, Provenance provenance, String sourceLang) {
        StringBuilder s = new StringBuilder("Translated from Korean (").append(sourceLang).append(") by ")
                .append(HeaderText.translatedBy(article, provenance)).append('.');
        if (article.sourceUri() != null) {
            s.append(" Source: ").append(article.sourceUri()).append('.');
        }
        s.append(" Written by hanbridge ").append(provenance.toolVersion());
        if (provenance.runId() != null) {
            s.append(", run ").append(provenance.runId());
        }
        if (provenance.runDate() != null) {
            s.append(", started ").append(HeaderText.utc(provenance.runDate()));
        }
        return s.append('.').toString();
    }
}
