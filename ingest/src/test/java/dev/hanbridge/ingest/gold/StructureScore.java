package dev.hanbridge.ingest.gold;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How well one extracted article matches its gold one, added up over many.
 *
 * <ul>
 * <li><b>block-kind accuracy</b>: share of gold blocks whose characters came out mostly (more than
 * half, characters aligned by the longest common subsequence without white space) in blocks of
 * the gold kind; text that went missing counts against its block;</li>
 * <li><b>paragraph-boundary precision, recall, F1</b>: the places between two blocks, in the
 * aligned text, that extraction put where the gold has them;</li>
 * <li><b>metadata accuracy</b>: share of title, byline, published time and section that are exactly
 * the gold ones (none where the gold has none counts as right);</li>
 * <li><b>exact blocks</b>: share of gold blocks that came out with exactly their kind and text.</li>
 * </ul>
 */
final class StructureScore {

    int blocks;
    int kindRight;
    int exactBlocks;
    int goldBoundaries;
    int foundBoundaries;
    int rightBoundaries;
    int fields;
    int fieldsRight;
    int documents;

    void add(StructureScore o) {
        blocks += o.blocks;
        kindRight += o.kindRight;
        exactBlocks += o.exactBlocks;
        goldBoundaries += o.goldBoundaries;
        foundBoundaries += o.foundBoundaries;
        rightBoundaries += o.rightBoundaries;
        fields += o.fields;
        fieldsRight += o.fieldsRight;
        documents += o.documents;
    }

    double kindAccuracy() {
        return ratio(kindRight, blocks);
    }

    double precision() {
        return ratio(rightBoundaries, foundBoundaries);
    }

    double recall() {
        return ratio(rightBoundaries, goldBoundaries);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double metadataAccuracy() {
        return ratio(fieldsRight, fields);
    }

    double exactShare() {
        return ratio(exactBlocks, blocks);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }

    /** Scores one article. */
    static StructureScore of(Expected gold, String title, String byline, Instant published, String section,
            List<Block> actual) {
        StructureScore s = new StructureScore();
        s.documents = 1;
        s.scoreMetadata(gold, title, byline, published, section);
        Text expected = Text.of(gold.blocks());
        Text found = Text.of(actual);
        Alignment alignment = Alignment.of(expected.chars, found.chars);

        s.blocks = gold.blocks().size();
        Map<Block, Integer> remaining = new HashMap<>();
        actual.forEach(b -> remaining.merge(b, 1, Integer::sum));
        for (int b = 0; b < gold.blocks().size(); b++) {
            Block block = gold.blocks().get(b);
            if (remaining.getOrDefault(block, 0) > 0) {
                remaining.merge(block, -1, Integer::sum);
                s.exactBlocks++;
            }
            int same = 0;
            int length = expected.end[b] - expected.start[b];
            for (int c = expected.start[b]; c < expected.end[b]; c++) {
                int a = alignment.actual(c);
                if (a >= 0 && found.kind[a] == block.kind()) {
                    same++;
                }
            }
            if (same * 2 > length) {
                s.kindRight++;
            }
        }

        // boundaries as positions in the expected text: "before expected character k"
        Set<Integer> goldBoundaries = new HashSet<>();
        for (int b = 1; b < gold.blocks().size(); b++) {
            goldBoundaries.add(expected.start[b]);
        }
        int[] actualToExpected = new int[found.chars.length + 1];
        java.util.Arrays.fill(actualToExpected, -1);
        for (int c = 0; c < expected.chars.length; c++) {
            if (alignment.actual(c) >= 0) {
                actualToExpected[alignment.actual(c)] = c;
            }
        }
        Set<Integer> foundBoundaries = new HashSet<>();
        for (int b = 1; b < actual.size(); b++) {
            int position = -1;
            for (int a = found.start[b]; a < found.chars.length && position < 0; a++) {
                position = actualToExpected[a];
            }
            // a boundary inside text the gold does not have maps to the next shared character, or the end
            foundBoundaries.add(position < 0 ? expected.chars.length : position);
        }
        foundBoundaries.remove(0);
        foundBoundaries.remove(expected.chars.length);
        s.goldBoundaries = goldBoundaries.size();
        s.foundBoundaries = foundBoundaries.size();
        for (int position : foundBoundaries) {
            if (goldBoundaries.contains(position)) {
                s.rightBoundaries++;
            }
        }
        return s;
    }

    private void scoreMetadata(Expected gold, String title, String byline, Instant published, String section) {
        fields = 4;
        fieldsRight += Objects.equals(gold.title(), title) ? 1 : 0;
        fieldsRight += Objects.equals(gold.byline(), byline) ? 1 : 0;
        fieldsRight += Objects.equals(gold.published(), published) ? 1 : 0;
        fieldsRight += Objects.equals(gold.section(), section) ? 1 : 0;
    }

    /** The blocks' characters without white space, where each block starts and ends, and each character's kind. */
    private record Text(int[] chars, BlockKind[] kind, int[] start, int[] end) {

        static Text of(List<Block> blocks) {
            List<Integer> chars = new ArrayList<>();
            List<BlockKind> kinds = new ArrayList<>();
            int[] start = new int[blocks.size()];
            int[] end = new int[blocks.size()];
            for (int b = 0; b < blocks.size(); b++) {
                start[b] = chars.size();
                String text = KoreanText.normalize(blocks.get(b).text());
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (!KoreanText.isSpace(c)) {
                        chars.add((int) c);
                        kinds.add(blocks.get(b).kind());
                    }
                }
                end[b] = chars.size();
            }
            return new Text(chars.stream().mapToInt(Integer::intValue).toArray(), kinds.toArray(BlockKind[]::new),
                    start, end);
        }
    }
}
