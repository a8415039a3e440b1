package dev.hanbridge.translate.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Expected figures are sacreBLEU 2.6.0's own, with its defaults
 * ({@code src/test/python/score_sacrebleu.py} prints those of the file pair; the small cases
 * were computed the same way with {@code CHRF().corpus_score} and {@code BLEU().corpus_score}).
 */
class QualityScoresTest {

    private static final double EXACT = 1e-9;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(QualityScoresTest.class.getResource("/dev/hanbridge/translate/quality/" + name).toURI());
    }

    @Test
    void scoresTheFixturePairAsTheSacrebleuCommandDoes() throws Exception {
        // The hypothesis file has an escaped &amp; (13a unescapes it), quotes, a dash, numbers
        // with separators and a line ending in spaces (the command strips them).
        List<String> hypotheses = Quality.readLines(fixture("hypothesis.en"));
        List<String> references = Quality.readLines(fixture("reference.en"));

        assertThat(ChrF.corpusScore(hypotheses, references)).isCloseTo(52.33064208302771, within(EXACT));
        Bleu.Result bleu = Bleu.corpusScore(hypotheses, references);
        assertThat(bleu.score()).isCloseTo(17.819533837339755, within(EXACT));
        assertThat(bleu.precisions()).containsExactly(new double[] {56.63716814159292, 25.943396226415093,
                12.626262626262626, 5.434782608695652}, within(EXACT));
        assertThat(bleu.hypothesisLength()).isEqualTo(226);
        assertThat(bleu.referenceLength()).isEqualTo(218);
        assertThat(bleu).hasToString("BLEU = 17.82 56.6/25.9/12.6/5.4 (BP = 1.000 ratio = 1.037 hyp_len = 226 "
                + "ref_len = 218)");
    }

    @Test
    void appliesTheBrevityPenaltyToShortTranslations() {
        List<String> hypotheses = List.of("the cat sat", "a dog barked loudly");
        List<String> references = List.of("the cat sat on the mat", "the dog barked loudly at night");

        assertThat(ChrF.corpusScore(hypotheses, references)).isCloseTo(56.56050346149557, within(EXACT));
        Bleu.Result bleu = Bleu.corpusScore(hypotheses, references);
        assertThat(bleu.score()).isCloseTo(33.84894533138955, within(EXACT));
        assertThat(bleu.brevityPenalty()).isCloseTo(0.48954165955695317, within(EXACT));
    }

    @Test
    void smoothsAnOrderWithoutMatchesAsMtevalDoes() {
        List<String> hypotheses = List.of("The budget rises again next year.", "Rain is expected.");
        List<String> references = List.of("Next year the budget rises again.", "Heavy rain is expected on Sunday.");

        Bleu.Result bleu = Bleu.corpusScore(hypotheses, references);
        assertThat(bleu.precisions()).containsExactly(new double[] {72.72727272727273, 33.333333333333336,
                14.285714285714286, 10.0}, within(EXACT));
        assertThat(bleu.score()).isCloseTo(18.46824180600787, within(EXACT));
        assertThat(ChrF.corpusScore(hypotheses, references)).isCloseTo(63.20819154521647, within(EXACT));
    }

    @Test
    void countsKoreanByCharacterAndSkipsABlankReferenceLine() {
        List<String> hypotheses = List.of("서울시는 버스 요금을 올린다.", "", "Prices rose 2.4% in October.");
        List<String> references = List.of("서울시는 시내버스 요금을 인상한다.", "   ", "Consumer prices rose 2.4% in October.");

        assertThat(ChrF.corpusScore(hypotheses, references)).isCloseTo(60.990807600983175, within(EXACT));
        assertThat(Bleu.corpusScore(hypotheses, references).score()).isCloseTo(50.90982594957692, within(EXACT));
    }

    @Test
    void givesZeroBleuButSomeChrFWhenNoWordMatches() {
        List<String> hypotheses = List.of("Totally unrelated words here.");
        List<String> references = List.of("Nothing matches at all?");

        assertThat(Bleu.corpusScore(hypotheses, references).score()).isZero();
        assertThat(ChrF.corpusScore(hypotheses, references)).isCloseTo(16.250543053645764, within(EXACT));
    }

    @Test
    void printsBothScoresForTwoFiles() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Quality.main(new String[] {fixture("hypothesis.en").toString(), fixture("reference.en").toString()});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("chrF2 = 52.33\nBLEU = 17.82 56.6/25.9/12.6/5.4");
    }

    @Test
    void readsLinesAsTheSacrebleuCommandDoes(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path file = temp.resolve("lines.txt");
        java.nio.file.Files.writeString(file, "one  \r\ntwo\u3000\n\nthree", StandardCharsets.UTF_8);

        assertThat(Quality.readLines(file)).containsExactly("one", "two", "", "three");
    }
}
