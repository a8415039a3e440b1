package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hanbridge.translate.qa.QaFinding.Severity;
import dev.hanbridge.translate.qa.QaFinding.Span;

/**
 * Latin-script tokens of the source that must survive exactly: product names and versions
 * ({@code o3-mini}, {@code GPT-4o}, {@code R1}, {@code iPhone}), acronyms and tickers ({@code AIME},
 * {@code TSLA}), e-mail addresses, URLs, hashtags and handles ({@code @hanbit_news}). Case-sensitive,
 * except that the first letter may change case at the start of a sentence. A token counts if it has a
 * capital or a digit (plain lower-case words like {@code app} are ordinary vocabulary) and more than one
 * character ({@code A씨}, {@code D램}, {@code K-팝} are not names).
 *
 * <p>Accepted instead of the token: its plural or possessive ({@code GPUs}, {@code AI's}); a token glued
 * to Hangul ({@code 오픈AI}, {@code 갤럭시S25}) anywhere inside a word of the target ({@code OpenAI}); an
 * acronym spelled out, either by the initials of capitalised words ({@code IMF}: International Monetary
 * Fund) or, for the handful of acronyms translators routinely expand, by its expansion ({@code CEO}:
 * chief executive).
 */
final class LatinCheck {

    private static final Pattern TOKEN = Pattern.compile(
            Scan.URL_OR_EMAIL.pattern() + "|[#@][A-Za-z][A-Za-z0-9_]*|[A-Za-z0-9](?:[A-Za-z0-9+&_]|[-./](?=[A-Za-z0-9]))*");
    private static final Map<String, String> EXPANSIONS = Map.ofEntries(Map.entry("AI", "artificial intelligence"),
            Map.entry("CEO", "chief executive"), Map.entry("CFO", "chief financial officer"),
            Map.entry("CTO", "chief technology officer"), Map.entry("COO", "chief operating officer"),
            Map.entry("GDP", "gross domestic product"), Map.entry("IPO", "initial public offering"),
            Map.entry("EV", "electric vehicle"), Map.entry("IT", "information technology"),
            Map.entry("LLM", "large language model"), Map.entry("R&D", "research and development"),
            Map.entry("M&A", "merger"), Map.entry("CPI", "consumer price"), Map.entry("EU", "European Union"),
            Map.entry("UN", "United Nations"), Map.entry("US", "U.S."), Map.entry("USA", "U.S."),
            Map.entry("ESG", "environmental, social and governance"), Map.entry("SNS", "social media"),
            Map.entry("TV", "television"), Map.entry("PC", "computer"), Map.entry("FTA", "free trade agreement"));
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "the", "on", "in", "&");

    private LatinCheck() {
    }

    static List<QaFinding> check(String source, String target) {
        List<QaFinding> findings = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            String token = m.group();
            boolean special = token.contains("@") || token.contains("://") || token.startsWith("#")
                    || token.startsWith("www.");
            if (!special && (token.length() < 2 || !Scan.hasLatin(token)
                    || token.chars().noneMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                    || Scan.MEASURED.matcher(token).matches())) {
                continue;
            }
            boolean glued = Scan.isHangul(Scan.at(source, m.start() - 1));
            if (reported.contains(token) || survives(token, target, glued)) {
                continue;
            }
            reported.add(token);
            findings.add(new QaFinding(QaCheck.LATIN, Severity.ERROR, new Span(m.start(), m.end()), near(token, target),
                    "'" + token + "' is not in the translation exactly as written (names, versions, tickers and "
                            + "addresses are copied letter for letter)"));
        }
        return findings;
    }

    static boolean survives(String token, String target, boolean glued) {
        if (glued && target.contains(token)) {
            return true;
        }
        Matcher m = Pattern.compile("(?<![A-Za-z0-9])(" + Pattern.quote(token) + ")(?:s|'s|’s|es)?(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE).matcher(target);
        while (m.find()) {
            String found = m.group(1);
            if (found.equals(token) || found.substring(1).equals(token.substring(1)) && atSentenceStart(target, m.start())) {
                return true;
            }
        }
        String expansion = EXPANSIONS.get(token);
        if (expansion != null && target.toLowerCase().contains(expansion.toLowerCase())) {
            return true;
        }
        return token.matches("[A-Z]{2,6}") && spelledOut(token, target);
    }

    private static boolean atSentenceStart(String target, int at) {
        String before = target.substring(0, at).stripTrailing();
        return before.isEmpty() || before.matches("(?s).*[.!?]['\"”’]?") || before.matches("['\"“‘(]");
    }

    /** IMF written as International Monetary Fund: capitalised words whose initials spell it, small words skipped. */
    private static boolean spelledOut(String acronym, String target) {
        String[] words = target.split("[\\s-]+");
        for (int i = 0; i < words.length; i++) {
            int letter = 0;
            for (int j = i; j < words.length && letter < acronym.length(); j++) {
                String word = words[j].replaceAll("[^A-Za-z&]", "");
                if (word.isEmpty() || j > i && SMALL_WORDS.contains(word)) {
                    continue;
                }
                if (!Character.isUpperCase(word.charAt(0)) || word.charAt(0) != acronym.charAt(letter)) {
                    break;
                }
                letter++;
            }
            if (letter == acronym.length()) {
                return true;
            }
        }
        return false;
    }

    /** A likely altered copy in the target (same letters, another case or hyphenation), to point at; else null. */
    private static Span near(String token, String target) {
        String key = token.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        if (key.length() < 2) {
            return null;
        }
        Matcher m = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.@/:#-]*(?:\\s[A-Za-z0-9]+)?").matcher(target);
        while (m.find()) {
            String word = m.group();
            String wordKey = word.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
            if (wordKey.equals(key)) {
                return new Span(m.start(), m.end());
            }
            String first = word.split("\\s")[0];
            if (first.replaceAll("[^A-Za-z0-9]", "").toLowerCase().equals(key)) {
                return new Span(m.start(), m.start() + first.length());
            }
        }
        return null;
    }
}
