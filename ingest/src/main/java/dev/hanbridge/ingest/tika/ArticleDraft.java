package dev.hanbridge.ingest.tika;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.text.BlockRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects blocks in reading order and settles the article's title and byline: what the body
 * says wins, the document's metadata fills the gaps.
 */
final class ArticleDraft {

    /** A headline deck has at most this many lines. */
    private static final int MAX_DECK_LINES = 3;

    private final List<Block> blocks = new ArrayList<>();

    /**
     * Adds a block of the given kind. The text is normalised (NFC; NBSP, full-width and other
     * spaces as one ASCII space) so that web pages and documents give the same segments; an empty
     * text adds nothing.
     */
    void add(BlockKind kind, String text) {
        String normalized = KoreanText.normalize(text);
        if (!normalized.isEmpty()) {
            blocks.add(new Block(kind, normalized));
        }
    }

    /** Adds a paragraph of running text, typed by {@link BlockRules#classify(String)}. */
    void addParagraph(String text) {
        blocks.addAll(BlockRules.classify(KoreanText.normalize(text)));
    }

    /** Adds a photo caption: a credit or byline in it keeps its kind, the rest is the CAPTION. */
    void addCaption(String text) {
        for (Block block : BlockRules.classify(KoreanText.normalize(text))) {
            blocks.add(block.kind() == BlockKind.PARAGRAPH ? new Block(BlockKind.CAPTION, block.text()) : block);
        }
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    boolean hasTitle() {
        return blocks.stream().anyMatch(b -> b.kind() == BlockKind.TITLE);
    }

    /**
     * Builds the article. Without a TITLE block from the body's markup, a first block that looks
     * like a headline becomes the title, unless the metadata title is a shorter form of it
     * ("Apache Tika" over "Apache Tika - 컨텐츠 분석 툴킷"), in which case the metadata title is
     * put before it; a usable metadata title also stands in when the body opens with running
     * text. Short unpunctuated paragraphs right after the title become the headline deck (SUBTITLE).
     */
    ExtractedArticle finish(String metadataTitle, String metadataAuthor, Instant publishedAt, String mediaType,
            String charset, String sourceName) {
        if (!hasTitle() && !blocks.isEmpty()) {
            String usable = usableTitle(metadataTitle, sourceName);
            Block first = blocks.get(0);
            boolean firstIsHeadline = (first.kind() == BlockKind.PARAGRAPH || first.kind() == BlockKind.HEADING)
                    && BlockRules.looksLikeHeadline(first.text())
                    && first.text().codePoints().filter(Character::isLetter).count() >= 2;
            if (usable != null && first.text().equals(usable)) {
                blocks.set(0, new Block(BlockKind.TITLE, usable));
            } else if (firstIsHeadline && (usable == null || !first.text().contains(usable))) {
                // A metadata title the first line does not even mention is usually the template's
                // (measured: an HWP notice whose document title is a leftover "무궁화동산등").
                blocks.set(0, new Block(BlockKind.TITLE, first.text()));
            } else if (usable != null) {
                blocks.add(0, new Block(BlockKind.TITLE, usable));
            }
        }
        markDeck();
        String title = blocks.stream().filter(b -> b.kind() == BlockKind.TITLE).map(Block::text).findFirst()
                .orElse(null);
        String byline = blocks.stream().filter(b -> b.kind() == BlockKind.BYLINE).map(Block::text).findFirst()
                .orElseGet(() -> blankToNull(metadataAuthor));
        return new ExtractedArticle(title, byline, publishedAt, mediaType, charset, blocks);
    }

    /**
     * A deck is one to three short unpunctuated lines between the title and running text: each
     * has words (at least four characters, one of them a letter), and a paragraph that ends a
     * sentence must follow, otherwise the "deck" is a list of labels (a form, a table).
     */
    private void markDeck() {
        int title = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.TITLE) {
                title = i;
                break;
            }
        }
        if (title < 0) {
            return;
        }
        int end = title + 1;
        while (end < blocks.size() && end - title - 1 < MAX_DECK_LINES && isDeckLine(blocks.get(end))) {
            end++;
        }
        if (end == title + 1 || end >= blocks.size()) {
            return;
        }
        Block after = blocks.get(end);
        boolean runningTextFollows = after.kind() == BlockKind.BYLINE || after.kind() == BlockKind.CREDIT
                || after.kind() == BlockKind.PARAGRAPH && BlockRules.endsSentence(after.text());
        if (!runningTextFollows) {
            return;
        }
        for (int i = title + 1; i < end; i++) {
            blocks.set(i, new Block(BlockKind.SUBTITLE, blocks.get(i).text()));
        }
    }

    private static boolean isDeckLine(Block b) {
        String text = b.text();
        return (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING) && text.length() >= 4
                && text.length() <= 80 && text.codePoints().anyMatch(Character::isLetter)
                && BlockRules.looksLikeHeadline(text);
    }

    /** Metadata titles that are no title: empty, "제목 없음", Word's "Microsoft Word - x.doc", the file name. */
    static String usableTitle(String title, String sourceName) {
        if (title == null) {
            return null;
        }
        String t = KoreanText.normalize(title);
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 300 || lower.equals("untitled") || t.equals("제목 없음") || t.equals("제목없음")
                || lower.startsWith("microsoft word - ")) {
            return null;
        }
        if (sourceName != null) {
            String base = sourceName.contains(".") ? sourceName.substring(0, sourceName.lastIndexOf('.')) : sourceName;
            if (t.equalsIgnoreCase(sourceName) || t.equalsIgnoreCase(base)) {
                return null;
            }
        }
        return t;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = KoreanText.normalize(s);
        return t.isEmpty() ? null : t;
    }
}
