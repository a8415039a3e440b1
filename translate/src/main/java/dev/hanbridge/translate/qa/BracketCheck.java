package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.hanbridge.translate.qa.QaFinding.Severity;
import dev.hanbridge.translate.qa.QaFinding.Span;

/**
 * Quotes and brackets balanced as in the source, and quoted speech kept as quotation.
 *
 * <p>Round and square brackets and double quotes are compared by their imbalance: a segment may open a
 * quote that the next closes (speech running over two sentences), and then the translation may too; but
 * one balanced in Korean must be balanced in English. Korean marks map to English ones: {@code （）} to
 * {@code ()}, {@code 〔〕【】} to {@code []}, curly and straight double quotes to double quotes. Title marks
 * ({@code 『』 「」 《》 〈〉 <>}: books, laws, films) and single quotes are not compared: English sets titles in
 * italics, and its apostrophe is the single closing quote. A source with double quotes (speech in Korean news) needs quotes
 * of some kind in the translation, or the speech became reported speech: a warning.
 */
final class BracketCheck {

    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?:^|[\\s(—-])['‘][^'‘’]+['’](?=$|[\\s,.;:!?)—-])");

    private BracketCheck() {
    }

    static List<QaFinding> check(String source, String target) {
        List<QaFinding> findings = new ArrayList<>();
        compare(findings, source, target, "()（）", "()", "round brackets");
        compare(findings, source, target, "[]〔〕【】", "[]", "square brackets");
        int sourceQuotes = imbalance(source, "“", "”", true);
        int targetQuotes = imbalance(target, "“", "”", true);
        if (sourceQuotes != targetQuotes && (sourceQuotes == 0 || targetQuotes != 0 || count(target, "\"“”") > 0)) {
            findings.add(new QaFinding(QaCheck.BRACKETS, Severity.ERROR, null, unpaired(target, "\"“”"),
                    "quotation marks are " + (targetQuotes == 0 ? "closed" : "left open") + " in the translation but "
                            + (sourceQuotes == 0 ? "paired" : "left open for the next sentence") + " in the source"));
        } else if (count(source, "\"“”") > 0 && count(target, "\"“”") == 0 && !SINGLE_QUOTED.matcher(target).find()) {
            findings.add(new QaFinding(QaCheck.BRACKETS, Severity.WARNING, unpaired(source, "\"“”"), null,
                    "the source quotes someone but the translation has no quotation marks"));
        }
        return findings;
    }

    private static void compare(List<QaFinding> findings, String source, String target, String sourcePairs,
            String targetPairs, String name) {
        int s = imbalance(source, even(sourcePairs), odd(sourcePairs), false);
        int t = imbalance(target, even(targetPairs), odd(targetPairs), false);
        if (s != t) {
            findings.add(new QaFinding(QaCheck.BRACKETS, Severity.ERROR, null, unpaired(target, targetPairs),
                    name + " are " + (t > s ? "left open" : "closed more often than opened") + " in the translation"));
        }
    }

    private static String even(String pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length(); i += 2) {
            out.append(pairs.charAt(i));
        }
        return out.toString();
    }

    private static String odd(String pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < pairs.length(); i += 2) {
            out.append(pairs.charAt(i));
        }
        return out.toString();
    }

    /** Opening minus closing marks; a straight double quote counts as opening when the count so far is even. */
    private static int imbalance(String text, String open, String close, boolean straight) {
        int balance = 0;
        int straightCount = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open.indexOf(c) >= 0) {
                balance++;
            } else if (close.indexOf(c) >= 0) {
                balance--;
            } else if (straight && c == '"') {
                straightCount++;
            }
        }
        return balance + straightCount % 2;
    }

    private static int count(String text, String marks) {
        return (int) text.chars().filter(c -> marks.indexOf(c) >= 0).count();
    }

    /** The last mark of those kinds in the text, to point at; null when there is none. */
    private static Span unpaired(String text, String marks) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return new Span(i, i + 1);
            }
        }
        return null;
    }
}
