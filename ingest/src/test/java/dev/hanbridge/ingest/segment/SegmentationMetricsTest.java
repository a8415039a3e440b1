package dev.hanbridge.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The kss benchmark metrics on hand-computed cases. */
class SegmentationMetricsTest {

    private static final List<SegmentationMetrics.Paragraph> SET = List.of(new SegmentationMetrics.Paragraph(
            "비가 온다. 바람이 분다. 춥다.", List.of("비가 온다. ", "바람이 분다. ", "춥다.")));

    @Test
    void scoresAPerfectSplitAsOne() {
        SegmentationMetrics.Score s = SegmentationMetrics.evaluate(SET, text -> List.of("비가 온다.", "바람이 분다.", "춥다."));
        assertThat(s.em()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.nf1()).isEqualTo(1.0);
    }

    @Test
    void givesPartialCreditForAMergedSentenceWithoutLengthPenalty() {
        // Gold spans without spaces: "비가온다." (5), "바람이분다." (6), "춥다." (3).
        // Predicted "비가온다.바람이분다." (11) overlaps the first two: 2*5/16 and 2*6/17; kss credits
        // a predicted sentence only to the gold sentence it overlaps best, so only the second scores.
        SegmentationMetrics.Score s = SegmentationMetrics.evaluate(SET, text -> List.of("비가 온다. 바람이 분다.", "춥다."));
        assertThat(s.em()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.f1()).isCloseTo((2 * 6 / 17.0 + 1) / 3, within(1e-9));
        assertThat(s.nf1()).isCloseTo(s.f1(), within(1e-9)); // fewer predictions than gold: no penalty
    }

    @Test
    void penalisesOverSplittingInNormalisedF1() {
        SegmentationMetrics.Score s = SegmentationMetrics.evaluate(SET,
                text -> List.of("비가", "온다.", "바람이 분다.", "춥다."));
        assertThat(s.em()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.nf1()).isCloseTo(s.f1() * 3 / 4, within(1e-9));
    }
}
