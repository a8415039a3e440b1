package dev.hanbridge.ingest.tika;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.text.BlockRules;
import dev.hanbridge.ingest.text.PrintedTime;
import dev.hanbridge.ingest.text.SectionLabels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects blocks in reading order and settles the article's title, section, byline and published
 * time: what the body says wins, the document's metadata fills the gaps (except for an explicit
 * published time, which a page states more precisely than its printed one).
 */
final class ArticleDraft {

    private final List<Block> blocks = new ArrayList<>();
    /** The section printed beside a time stamp ({@code IT | 입력 2025.02.02 16:33}). */
    private String printedSection;
    /** The first published time printed in a time stamp line or beside a byline. */
    private Instant printedTime;

    /**
     * Adds a block of the given kind. The text is normalised (NFC; NBSP, full-width and other
     * spaces as one ASCII space) so that web pages and documents give the same segments; an empty
     * text adds nothing. A byline loses the time printed beside it, which becomes the published time.
     */
    void add(BlockKind kind, String text) {
        String normalized = KoreanText.normalize(text);
        if (normalized.isEmpty()) {
            return;
        }
        if (kind == BlockKind.BYLINE) {
            normalized = withoutTime(normalized);
            if (normalized.isEmpty()) {
                return;
            }
        }
        blocks.add(new Block(kind, normalized));
    }

    /**
     * Adds a paragraph of running text, typed by {@link BlockRules#classify(String)}. A line of
     * labelled time stamps ({@code 입력 2025.02.02 16:33 수정 …}) is not article text: it gives the
     * published time (a bare date line does so only above the body: see {@link ArticleHeader#takeDateLines()}).
     * A byline with a time beside it ({@code 홍길동 기자 2025-02-02 16:33:07}) gives both.
     */
    void addParagraph(String text) {
        blocks.addAll(header(KoreanText.normalize(text), BlockKind.PARAGRAPH));
    }

    /** Adds a photo caption: a credit or byline in it keeps its kind, the rest is the CAPTION. */
    void addCaption(String text) {
        for (Block block : header(KoreanText.normalize(text), BlockKind.CAPTION)) {
            blocks.add(block.kind() == BlockKind.PARAGRAPH ? new Block(BlockKind.CAPTION, block.text()) : block);
        }
    }

    private List<Block> header(String text, BlockKind kind) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (PrintedTime.isTimeStamp(text) && PrintedTime.hasLabel(text)) {
            notePrinted(PrintedTime.published(text));
            return List.of();
        }
        String rest = PrintedTime.strip(text);
        if (!rest.equals(text)) {
            if (BlockRules.isByline(rest)) {
                notePrinted(PrintedTime.published(text));
                return List.of(new Block(BlockKind.BYLINE, rest));
            }
            String label = SectionLabels.label(rest);
            if (label != null && kind == BlockKind.PARAGRAPH) {
                notePrinted(PrintedTime.published(text));
                if (printedSection == null) {
                    printedSection = label;
                }
                return List.of();
            }
        }
        return BlockRules.classify(text);
    }

    private String withoutTime(String byline) {
        String rest = PrintedTime.strip(byline);
        if (!rest.equals(byline)) {
            notePrinted(PrintedTime.published(byline));
        }
        return rest;
    }

    private void notePrinted(Instant time) {
        if (printedTime == null) {
            printedTime = time;
        }
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    boolean hasTitle() {
        return blocks.stream().anyMatch(b -> b.kind() == BlockKind.TITLE);
    }

    /**
     * Builds the article: section labels above the headline are taken out ({@link ArticleHeader}),
     * the title chosen, the deck marked; the section is the document's own when it names one, else
     * the printed label; the published time is the document's explicit one, else the printed one,
     * else the file's creation date.
     */
    ExtractedArticle finish(DocumentFacts facts) {
        ArticleHeader header = new ArticleHeader(blocks);
        header.takeSectionLabels();
        notePrinted(header.takeDateLines());
        header.chooseTitle(facts.title(), facts.sourceName());
        header.markDeck();
        UnmarkedBlocks.mark(blocks);
        String title = blocks.stream().filter(b -> b.kind() == BlockKind.TITLE).map(Block::text).findFirst()
                .orElse(null);
        String byline = blocks.stream().filter(b -> b.kind() == BlockKind.BYLINE).map(Block::text).findFirst()
                .orElseGet(() -> blankToNull(facts.author() == null ? null : PrintedTime.strip(facts.author())));
        String section = firstNonNull(blankToNull(facts.section()), header.section(), printedSection);
        Instant published = firstNonNull(facts.statedPublished(), printedTime, facts.fileDate());
        return new ExtractedArticle(title, byline, section, published, facts.mediaType(), facts.charset(), blocks);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = KoreanText.normalize(s);
        return t.isEmpty() ? null : t;
    }
}
