package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hanbridge.translate.qa.QaFinding.Severity;
import dev.hanbridge.translate.qa.QaFinding.Span;

/**
 * A glossary source term in the segment whose target term is not in the translation. Korean terms are
 * found inside words, since particles attach to them ({@code 오픈AI는}); longer terms win where terms overlap
 * ({@code 한국은행} hides {@code 한국}). The target term is matched ignoring case, with a plural or possessive
 * ending ({@code Nvidia's}), hyphens and spaces interchangeable ({@code high-bandwidth memory}), or as its
 * acronym ({@code BOK} for Bank of Korea, {@code HBM} for high-bandwidth memory).
 */
final class GlossaryCheck {

    private GlossaryCheck() {
    }

    static List<QaFinding> check(String source, String target, Map<String, String> glossary) {
        List<QaFinding> findings = new ArrayList<>();
        boolean[] covered = new boolean[source.length()];
        List<Map.Entry<String, String>> terms = glossary.entrySet().stream()
                .filter(e -> !e.getKey().isBlank() && !e.getValue().isBlank())
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList();
        String lowerSource = source.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> term : terms) {
            int at = lowerSource.indexOf(term.getKey().toLowerCase(Locale.ROOT));
            while (at >= 0 && covered[at]) {
                at = lowerSource.indexOf(term.getKey().toLowerCase(Locale.ROOT), at + 1);
            }
            if (at < 0) {
                continue;
            }
            for (int i = at; i < at + term.getKey().length(); i++) {
                covered[i] = true;
            }
            if (!present(term.getValue(), target)) {
                findings.add(new QaFinding(QaCheck.GLOSSARY, Severity.WARNING, new Span(at, at + term.getKey().length()),
                        null, "'" + term.getKey() + "' should be translated as '" + term.getValue() + "'"));
            }
        }
        return findings;
    }

    static boolean present(String term, String target) {
        String[] words = term.trim().split("[\\s-]+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            regex.append(i > 0 ? "[\\s-]+" : "").append(Pattern.quote(words[i]));
        }
        regex.append("(?:s|es|'s|’s|s'|s’)?(?![\\p{L}\\p{N}])");
        if (Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(target).find()) {
            return true;
        }
        if (words.length < 2) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder major = new StringBuilder();
        for (String word : words) {
            all.append(Character.toUpperCase(word.charAt(0)));
            if (!word.equalsIgnoreCase("of") && !word.equalsIgnoreCase("and") && !word.equalsIgnoreCase("for")
                    && !word.equalsIgnoreCase("the")) {
                major.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        Matcher acronym = Pattern.compile("(?<![A-Za-z])(" + all + "|" + major + ")(?:s|'s|’s)?(?![A-Za-z])").matcher(target);
        return acronym.find();
    }
}
