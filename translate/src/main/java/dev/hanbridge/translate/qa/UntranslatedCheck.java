package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.translate.qa.QaFinding.Severity;
import dev.hanbridge.translate.qa.QaFinding.Span;

/**
 * An empty target, a target identical to a source that has Hangul in it, and Hangul or Hanja left in the
 * target ({@code 美·中}). Romanised Korean ({@code Kim Min-jun}, {@code gapjil}) is English text and passes;
 * so does Hangul in parentheses right after its romanisation ({@code Ttareungyi (따릉이)}), a gloss some
 * newsrooms keep on purpose.
 */
final class UntranslatedCheck {

    private static final Pattern HANGUL_OR_HANJA = Pattern.compile(
            "[\\p{IsHangul}\\p{IsHan}]+(?:[\\s·・-]*[\\p{IsHangul}\\p{IsHan}]+)*");
    private static final Pattern GLOSS = Pattern.compile("[A-Za-z][A-Za-z'’.-]*\\s?\\(\\s?$");

    private UntranslatedCheck() {
    }

    /** True when the target is empty or a copy of the source: no other check has anything to compare then. */
    static boolean nothingTranslated(String source, String target) {
        return target.isBlank() || hasHangul(source) && KoreanText.normalize(source).equals(KoreanText.normalize(target));
    }

    static List<QaFinding> check(String source, String target) {
        List<QaFinding> findings = new ArrayList<>();
        if (target.isBlank()) {
            findings.add(new QaFinding(QaCheck.UNTRANSLATED, Severity.ERROR, new Span(0, source.length()), null,
                    "the translation is empty"));
            return findings;
        }
        if (nothingTranslated(source, target)) {
            findings.add(new QaFinding(QaCheck.UNTRANSLATED, Severity.ERROR, new Span(0, source.length()),
                    new Span(0, target.length()), "the translation is the Korean source, unchanged"));
            return findings;
        }
        Matcher m = HANGUL_OR_HANJA.matcher(target);
        while (m.find()) {
            if (GLOSS.matcher(target.substring(0, m.start())).find() && Scan.at(target, m.end()) == ')') {
                continue;
            }
            int at = source.indexOf(m.group());
            boolean hanja = m.group().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            findings.add(new QaFinding(QaCheck.UNTRANSLATED, Severity.ERROR, at < 0 ? null : new Span(at, at + m.group().length()),
                    new Span(m.start(), m.end()), "'" + m.group() + "' is left in " + (hanja ? "Hanja" : "Korean")
                            + " in the translation"));
        }
        return findings;
    }

    static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
