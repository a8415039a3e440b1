package dev.hanbridge.translate.qa;

import java.util.List;

import dev.hanbridge.translate.qa.QaFinding.Severity;
import dev.hanbridge.translate.qa.QaFinding.Span;

/**
 * A translation far shorter or longer than Korean of that length usually becomes: a dropped clause or an
 * invented one. Lengths count characters other than spaces; a Hangul syllable is expected to become
 * {@value #PER_SYLLABLE} English characters and any other character (digits, Latin, punctuation) one.
 * On our own news pairs (466 that are not omissions or additions) correct translations came out
 * between 0.59 and 2.73 times that expectation, 1.2 in the middle (bench/QA.md), so the bounds are wide: below {@value #SHORT_LONG} times for an expectation of 50
 * characters or more ({@value #SHORT_MEDIUM} from 20), above 3 + 40/expected times. Under 20 expected
 * characters (headlines, credits, a one-word caption) nothing is too short.
 */
final class LengthCheck {

    static final double PER_SYLLABLE = 2.2;
    static final double SHORT_LONG = 0.5;
    static final double SHORT_MEDIUM = 0.35;

    private LengthCheck() {
    }

    static List<QaFinding> check(String source, String target) {
        double expected = expected(source);
        int actual = (int) target.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
        if (expected <= 0) {
            return List.of();
        }
        double ratio = actual / expected;
        double low = expected >= 50 ? SHORT_LONG : expected >= 20 ? SHORT_MEDIUM : 0;
        double high = 3 + 40 / expected;
        String measure = String.format("%d characters where about %.0f are usual", actual, expected * 1.2);
        if (ratio < low) {
            return List.of(new QaFinding(QaCheck.LENGTH, Severity.WARNING, new Span(0, source.length()),
                    new Span(0, target.length()), "the translation is much shorter than the source (" + measure
                            + "): check for a left-out clause"));
        }
        if (ratio > high) {
            return List.of(new QaFinding(QaCheck.LENGTH, Severity.WARNING, new Span(0, source.length()),
                    new Span(0, target.length()), "the translation is much longer than the source (" + measure
                            + "): check for added text"));
        }
        return List.of();
    }

    static double expected(String source) {
        double expected = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Scan.isHangul(c)) {
                expected += PER_SYLLABLE;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                expected += 1;
            }
        }
        return expected;
    }
}
