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
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Settles the top of an article, whatever its format: the section label printed above the
 * headline ({@code IT}, {@code 경제 > 금융}) is taken out of the text, the headline becomes the
 * TITLE, and the short unpunctuated lines around the byline that lead into the body become the
 * deck (SUBTITLE).
 */
final class ArticleHeader {

    /** A headline deck has at most this many lines. */
    private static final int MAX_DECK_LINES = 4;
    /** A deck line a scraper ran together with the next ones can be this long. */
    private static final int MAX_DECK_LENGTH = 160;
    /** {@code - 정부, 지원책 발표 - 업계 "속도가 관건"}: deck lines marked with dashes, run into one line. */
    private static final Pattern DASHED_DECK = Pattern.compile("\\s+[-–ㅡ]\\s+(?=\\S)");

    private final List<Block> blocks;
    private String section;

    ArticleHeader(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** The section label found above the headline, or null. */
    String section() {
        return section;
    }

    /**
     * Removes section labels that stand before the headline (a TITLE block, or the first block
     * when there is none yet) and remembers the first; a lone label with nothing after it stays.
     */
    void takeSectionLabels() {
        int i = 0;
        while (i < blocks.size() - 1) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.TITLE) {
                return;
            }
            String label = b.kind() == BlockKind.SUBTITLE || b.kind() == BlockKind.BYLINE ? null
                    : SectionLabels.label(b.text());
            if (label != null) {
                if (section == null) {
                    section = label;
                }
                blocks.remove(i);
            } else if (hasTitle() || b.kind() == BlockKind.BYLINE || BlockRules.isCredit(b.text())) {
                // a byline or outlet line above the headline: labels may still follow it
                i++;
            } else {
                return;
            }
        }
    }

    /**
     * Removes bare date lines ({@code 2025.03.16 14:20}) that stand above the body's running text, a
     * news page's time stamp without its label, and returns the first one's time; a date line further
     * down is the document's own text (a notice's date above its signature) and stays.
     */
    Instant takeDateLines() {
        Instant first = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.PARAGRAPH && (BlockRules.endsSentence(b.text()) || BlockRules.opensWithLead(b.text()))
                    || b.kind() == BlockKind.QUOTE || b.kind() == BlockKind.LIST_ITEM || b.kind() == BlockKind.TABLE_CELL) {
                return first;
            }
            if (b.kind() == BlockKind.PARAGRAPH && PrintedTime.isTimeStamp(b.text())) {
                if (first == null) {
                    first = PrintedTime.published(b.text());
                }
                blocks.remove(i--);
            }
        }
        return first;
    }

    /**
     * Without a TITLE block from the body's markup, a first block that looks like a headline
     * becomes the title, unless the metadata title is a shorter form of it ("Apache Tika" over
     * "Apache Tika - 컨텐츠 분석 툴킷"), in which case the metadata title is put before it; a usable
     * metadata title also stands in when the body opens with running text.
     */
    void chooseTitle(String metadataTitle, String sourceName) {
        if (hasTitle() || blocks.isEmpty()) {
            return;
        }
        String usable = usableTitle(metadataTitle, sourceName);
        // a byline or outlet line may stand above the headline
        int at = 0;
        while (at + 1 < blocks.size() && at < 2 && (blocks.get(at).kind() == BlockKind.BYLINE
                || blocks.get(at).kind() == BlockKind.CREDIT)) {
            at++;
        }
        Block first = blocks.get(at);
        boolean firstIsHeadline = (first.kind() == BlockKind.PARAGRAPH || first.kind() == BlockKind.HEADING)
                && BlockRules.looksLikeHeadline(first.text())
                && first.text().codePoints().filter(Character::isLetter).count() >= 2;
        if (usable != null && first.text().equals(usable)) {
            blocks.set(at, new Block(BlockKind.TITLE, usable));
        } else if (firstIsHeadline && (usable == null || !first.text().contains(usable))) {
            // A metadata title the first line does not even mention is usually the template's
            // (measured: an HWP notice whose document title is a leftover "무궁화동산등").
            blocks.set(at, new Block(BlockKind.TITLE, first.text()));
        } else if (usable != null) {
            blocks.add(0, new Block(BlockKind.TITLE, usable));
        }
    }

    /**
     * The deck: up to four short unpunctuated lines after the title, before, between or after the
     * byline and dateline lines, when running text (a sentence, a caption, a byline or credit)
     * follows them; otherwise the "deck" is a list of labels (a form, a table) and stays as it is.
     * Dashed deck lines a scraper ran into one line are split again.
     */
    void markDeck() {
        int title = titleIndex();
        if (title < 0) {
            return;
        }
        splitDashedSubtitles(title);
        List<Integer> deck = new ArrayList<>();
        int end = title + 1;
        for (; end < blocks.size(); end++) {
            Block b = blocks.get(end);
            if (b.kind() == BlockKind.BYLINE || b.kind() == BlockKind.SUBTITLE
                    || b.kind() == BlockKind.CREDIT && deck.isEmpty()) {
                continue;
            }
            if (deck.size() < MAX_DECK_LINES && isDeckLine(b)) {
                deck.add(end);
                continue;
            }
            break;
        }
        if (deck.isEmpty() || end >= blocks.size() || !runningTextAt(end)) {
            return;
        }
        // from the last, so that splitting a line does not move the ones before it
        for (int k = deck.size() - 1; k >= 0; k--) {
            int index = deck.get(k);
            List<String> lines = deckLines(blocks.remove(index).text());
            for (int j = lines.size() - 1; j >= 0; j--) {
                blocks.add(index, new Block(BlockKind.SUBTITLE, lines.get(j)));
            }
        }
    }

    /** A deck the document marks as such (a Subtitle style, h2.subtitle) may still be dashed lines run into one. */
    private void splitDashedSubtitles(int title) {
        for (int i = title + 1; i < blocks.size() && blocks.get(i).kind() == BlockKind.SUBTITLE; i++) {
            List<String> lines = deckLines(blocks.get(i).text());
            if (lines.size() > 1) {
                blocks.remove(i);
                for (int j = lines.size() - 1; j >= 0; j--) {
                    blocks.add(i, new Block(BlockKind.SUBTITLE, lines.get(j)));
                }
                i += lines.size() - 1;
            }
        }
    }

    private boolean runningTextAt(int index) {
        Block after = blocks.get(index);
        return switch (after.kind()) {
            case BYLINE, CREDIT, CAPTION, QUOTE -> true;
            case PARAGRAPH -> BlockRules.endsSentence(after.text()) || BlockRules.opensWithLead(after.text());
            default -> false;
        };
    }

    private static List<String> deckLines(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("- ") || trimmed.startsWith("ㅡ ")) {
            List<String> lines = new ArrayList<>();
            for (String part : DASHED_DECK.split(trimmed.substring(2))) {
                lines.add(trimmed.substring(0, 2) + part.trim());
            }
            return lines;
        }
        return List.of(trimmed);
    }

    private static boolean isDeckLine(Block b) {
        String text = b.text();
        boolean dashed = b.kind() == BlockKind.LIST_ITEM && (text.startsWith("- ") || text.startsWith("ㅡ "));
        return (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING || dashed) && text.length() >= 4
                && text.length() <= MAX_DECK_LENGTH && text.codePoints().anyMatch(Character::isLetter)
                && !BlockRules.endsSentence(text) && !BlockRules.isByline(text) && !BlockRules.isCredit(text)
                && !BlockRules.opensWithLead(text);
    }

    private boolean hasTitle() {
        return titleIndex() >= 0;
    }

    private int titleIndex() {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.TITLE) {
                return i;
            }
        }
        return -1;
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
}
