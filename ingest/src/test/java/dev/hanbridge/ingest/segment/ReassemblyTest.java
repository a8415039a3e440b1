package dev.hanbridge.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The segmenter never loses, reorders or invents a character: segments joined with the input's
 * own whitespace give the input back. Checked on our own gold sets, on thousands of texts assembled
 * at random from the traps the rules know (unbalanced quotes, emoji surrogate pairs and lone
 * surrogates, NBSP, dots in numbers, decomposed and stray jamo), and, opt-in, on the kss gold sets.
 */
class ReassemblyTest {

    private static final String[] PIECES = {
        "정부는 예산을 늘렸다", ".", "!", "?", "…", "...", "~", " ", "  ", "\u00A0", "\u3000", "\n", "\t", "“", "”", "‘",
        "’", "\"", "'", "(", ")", "[", "]", "「", "」", "《", "》", "<", ">", "87.3%", "v2.1", "U.S.", "J.P. 모건",
        "ksy@example.com", "[사진=한빛뉴스]", "[한빛일보]", "(서울=한빛뉴스)", "(현지시간)", "ㅋㅋ", "ㅎㅎ", "ㅠㅠ", "^^",
        "😊", "👍🏻", "했다", "했어요", "할까", "하죠", "했음", "완료함", "변경됨", "것임", "라며", "라고", "고", "며",
        "그런데", "[12]", "1.", "2025. 3. 1.", "하하하", "美·中", "\u200B", "a", "Z", "0",
        "\u1112\u1162\u11BB\u1103\u1161", "\u1100", "\u1161", "\u11A8", "\uD83D", "\uDE0A"
    };

    private final KoreanSentenceSegmenter segmenter = new KoreanSentenceSegmenter();

    @Test
    void reassemblesEveryParagraphOfTheOwnGoldSets() throws Exception {
        for (String set : SegmentationBenchmark.OWN_SETS) {
            List<SegmentationMetrics.Paragraph> own = SegmentationBenchmark.readOwnSet(set);
            assertThat(own).as(set).hasSizeGreaterThan(5);
            for (SegmentationMetrics.Paragraph p : own) {
                assertReassembles(p.input());
            }
        }
    }

    @Test
    void reassemblesRandomTextsBuiltFromTheTraps() {
        Random random = new Random(20260528L);
        for (int t = 0; t < 5000; t++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertReassembles(b.toString());
        }
    }

    @Test
    void reassemblesEveryKssGoldParagraphWhenOptedInWithHanbridgeKssDir() throws Exception {
        String dir = System.getProperty("hanbridge.kss.dir");
        if (dir == null) {
            return; // opt-in: -Dhanbridge.kss.dir=/path/to/kss/gold; the benchmark checks it too
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            list.filter(f -> f.toString().endsWith(".txt")).forEach(files::add);
        }
        assertThat(files).as("kss gold files in %s", dir).isNotEmpty();
        for (Path f : files) {
            for (SegmentationMetrics.Paragraph p : SegmentationMetrics.read(f)) {
                assertReassembles(p.input());
            }
        }
    }

    private void assertReassembles(String input) {
        List<String> segments = segmenter.split(input);
        assertThat(Reassembly.problem(input, segments)).as("segments of [%s]: %s", input, segments).isNull();
    }
}
