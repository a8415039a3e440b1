package dev.hanbridge.ingest.tika;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.ingest.text.BlockRules;

import java.util.List;

/**
 * Body blocks whose markup was lost. Subheads nothing marks: text copied from a page, a pasted Word document or a bold paragraph of a
 * web page loses the heading's markup, leaving a short line without a sentence end between two
 * paragraphs of running text ({@code 유지보수 시간 줄어 안전 우려도}). Such a paragraph becomes a HEADING.
 */
final class UnmarkedBlocks {

    /** Subheads are short; a longer unpunctuated line is more likely running text that lost its period. */
    private static final int MAX_LENGTH = 40;

    private UnmarkedBlocks() {
    }

    /**
     * Marks subheads, and captions that nothing but their photo credit marks: a short paragraph
     * right before a credit line ({@code 여의도 증권가 모습.} then {@code [사진=한빛일보]}) is its caption.
     */
    static void mark(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.PARAGRAPH && looksLikeCaption(b.text()) && blocks.get(i + 1).kind() == BlockKind.CREDIT
                    && BlockRules.isPhotoCredit(blocks.get(i + 1).text())) {
                blocks.set(i, new Block(BlockKind.CAPTION, b.text()));
            }
        }
        for (int i = 1; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.PARAGRAPH && isSubhead(b.text()) && isRunningText(blocks.get(i - 1))
                    && isRunningText(blocks.get(i + 1))) {
                blocks.set(i, new Block(BlockKind.HEADING, b.text()));
            }
        }
    }

    /** Short, and nobody speaks in it: a paragraph of quoted speech before a credit is the story, not the photo. */
    private static boolean looksLikeCaption(String text) {
        return text.length() <= 150 && text.chars().noneMatch(c -> c == '"' || c == '“' || c == '”');
    }

    private static boolean isSubhead(String text) {
        return text.length() <= MAX_LENGTH && text.codePoints().filter(Character::isLetter).count() >= 4
                && !BlockRules.endsSentenceLoosely(text) && !BlockRules.standsAlone(text)
                && !text.endsWith(":") && !text.endsWith("：");
    }

    private static boolean isRunningText(Block b) {
        return b.kind() == BlockKind.PARAGRAPH && BlockRules.endsSentence(b.text());
    }
}
