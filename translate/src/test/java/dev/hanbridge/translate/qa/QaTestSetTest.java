package dev.hanbridge.translate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Guards the figures in bench/QA.md: each check keeps its precision and recall on the committed pairs, so a
 * change that trades a check's accuracy away fails here (bench/qa.sh prints the full table).
 */
class QaTestSetTest {

    @Test
    void theTestSetCoversEveryCheckWithEnoughPairs() {
        List<QaTestSet.Pair> pairs = QaTestSet.pairs("qa-pairs.tsv");

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(300);
        assertThat(pairs.stream().filter(p -> p.expected().isEmpty()).count()).isGreaterThan(150);
        for (QaCheck check : QaCheck.values()) {
            assertThat(pairs.stream().filter(p -> p.expected().contains(check)).count()).as(check.id())
                    .isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void everyCheckKeepsItsPrecisionAndRecallOnTheDevelopmentSet() {
        assertFloors("qa-pairs.tsv", 0.95, 0.95, 0.01);
    }

    @Test
    void everyCheckKeepsItsPrecisionAndRecallOnTheHeldOutSet() {
        assertFloors("qa-heldout.tsv", 0.9, 0.9, 0.02);
    }

    @Test
    void everyCheckKeepsItsPrecisionAndRecallOnTheBlindSet() {
        assertFloors("qa-blind.tsv", 0.9, 0.9, 0.02);
    }

    private static void assertFloors(String set, double precision, double recall, double falseAlarms) {
        List<QaTestSet.Miss> misses = new ArrayList<>();
        Map<QaCheck, QaTestSet.Score> scores = QaTestSet.score(QaTestSet.pairs(set), misses);
        scores.forEach((check, score) -> {
            String context = set + " " + check.id() + " (misses: " + misses.stream()
                    .map(m -> "line " + m.pair().line() + " " + m.findings()).toList() + ")";
            assertThat(score.precision()).as("precision of " + context).isGreaterThanOrEqualTo(precision);
            assertThat(score.recall()).as("recall of " + context).isGreaterThanOrEqualTo(recall);
            assertThat(score.falseAlarmRate()).as("false alarms of " + context).isLessThanOrEqualTo(falseAlarms);
        });
    }
}
