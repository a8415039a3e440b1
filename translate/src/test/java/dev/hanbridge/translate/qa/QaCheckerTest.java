package dev.hanbridge.translate.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QaCheckerTest {

    private final QaChecker checker = new QaChecker();

    @Test
    void aCorrectTranslationHasNoFindings() {
        assertThat(checker.check("한빛전자는 2월 1일 557만 달러를 유치했다고 밝혔다.",
                "Hanbit Electronics said it raised $5.57 million on Feb. 1.",
                Map.of("한빛전자", "Hanbit Electronics"))).isEmpty();
    }

    @Test
    void findingsComeInCheckOrderAndPrintAsCheckColonMessage() {
        List<QaFinding> findings = checker.check("한빛전자는 2월 1일 557만 달러를 유치했다.",
                "The 한빛전자 raised $557 million on Feb. 11.");

        assertThat(findings).extracting(QaFinding::check)
                .containsExactly(QaCheck.NUMBERS, QaCheck.DATES, QaCheck.UNTRANSLATED);
        assertThat(findings.get(0).toString()).startsWith("numbers: '557만 달러' is 5.57 million dollars");
    }

    @Test
    void spansLieInsideTheirSegmentForEveryCutOfEveryTestPair() {
        // Cutting pairs anywhere makes half numbers, lone brackets and broken dates: none may throw or
        // point outside the text.
        for (QaTestSet.Pair pair : QaTestSet.pairs("qa-pairs.tsv")) {
            String source = pair.source();
            String target = pair.target();
            for (int cut = 0; cut <= 4; cut++) {
                String s = source.substring(0, source.length() * cut / 4);
                String t = target.substring(target.length() * (4 - cut) / 8);
                for (QaFinding f : checker.check(s, t, QaTestSet.glossary())) {
                    if (f.source() != null) {
                        assertThat(f.source().end()).as("%s | %s: %s", s, t, f).isLessThanOrEqualTo(s.length());
                    }
                    if (f.target() != null) {
                        assertThat(f.target().end()).as("%s | %s: %s", s, t, f).isLessThanOrEqualTo(t.length());
                    }
                }
            }
        }
    }

    @Test
    void checkIdsRoundTrip() {
        for (QaCheck check : QaCheck.values()) {
            assertThat(QaCheck.fromId(check.id())).isEqualTo(check);
        }
        assertThatThrownBy(() -> QaCheck.fromId("spelling")).hasMessageContaining("known: numbers");
    }
}
