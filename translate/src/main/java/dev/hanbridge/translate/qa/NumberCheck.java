package dev.hanbridge.translate.qa;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.hanbridge.translate.qa.QaFinding.Severity;
import dev.hanbridge.translate.qa.QaFinding.Span;
import dev.hanbridge.translate.qa.Quantity.Kind;
import dev.hanbridge.translate.qa.Quantity.Role;

/**
 * Every Korean number must be in the translation with the same magnitude and kind, and every English number
 * in digits must come from the source. Compared as sets: a number written twice in Korean and once in English
 * is fine. A source number and a target number that are both left over are reported together as one error
 * (the translation changed it); a lone one is a warning (left out, or added).
 *
 * <p>Accepted without a finding: a currency amount in parentheses right after one in another currency
 * ({@code 730 billion won ($530 million)}, Yonhap's style): a conversion the translator added; a 1 with
 * a counter left unwritten ({@code 1위} as "the top"). A Korean approximation (약, 여, 가량, 정도, 안팎)
 * needs an English one (about, some, more than, nearly ...) or it is a warning.
 */
final class NumberCheck {

    private static final String CONVERSION_OPENING = "\\s?\\(\\s?(?:about|around|approximately|roughly|some|nearly|약)?\\s?";

    private NumberCheck() {
    }

    static List<QaFinding> check(Scan ko, Scan en) {
        List<Quantity> source = conversions(ko, Role.OPTIONAL);
        List<Quantity> target = conversions(en, Role.SOFT);
        Set<Quantity> used = new LinkedHashSet<>();
        List<Quantity> missing = new ArrayList<>();
        List<QaFinding> findings = new ArrayList<>();
        for (Quantity s : source) {
            List<Quantity> matches = target.stream().filter(t -> s.sameKindAs(t) && s.sameValueAs(t)).toList();
            if (matches.isEmpty()) {
                if (s.role() == Role.REQUIRED) {
                    missing.add(s);
                }
                continue;
            }
            used.addAll(matches);
            if (s.hedged() && s.role() == Role.REQUIRED && matches.stream().noneMatch(Quantity::hedged)) {
                Quantity t = matches.get(0);
                findings.add(new QaFinding(QaCheck.NUMBERS, Severity.WARNING, span(s), span(t),
                        "'" + s.text() + "' is approximate in the source (약, 여, 가량, 정도 ...) but '" + t.text()
                                + "' reads as exact: add about, some, more than or nearly"));
            }
        }
        List<Quantity> added = new ArrayList<>(target.stream()
                .filter(t -> t.role() == Role.REQUIRED && !used.contains(t))
                .filter(t -> ko.embedded.stream().noneMatch(v -> v == t.value()))
                .toList());
        for (Quantity s : missing) {
            Quantity t = added.stream().filter(s::sameKindAs).findFirst().orElse(added.isEmpty() ? null : added.get(0));
            if (t != null) {
                added.remove(t);
                findings.add(new QaFinding(QaCheck.NUMBERS, Severity.ERROR, span(s), span(t),
                        "'" + s.text() + "' is " + describe(s) + " but the translation has '" + t.text() + "' ("
                                + describe(t) + ")"));
            } else {
                findings.add(new QaFinding(QaCheck.NUMBERS, Severity.WARNING, span(s), null,
                        "'" + s.text() + "' (" + describe(s) + ") is not in the translation"));
            }
        }
        for (Quantity t : added) {
            findings.add(new QaFinding(QaCheck.NUMBERS, Severity.WARNING, null, span(t),
                    "'" + t.text() + "' (" + describe(t) + ") is not in the source"));
        }
        return findings;
    }

    /** Marks an amount in another currency in parentheses right after an amount as a conversion: never required. */
    private static List<Quantity> conversions(Scan scan, Role conversionRole) {
        List<Quantity> list = new ArrayList<>(scan.quantities);
        for (int i = 1; i < list.size(); i++) {
            Quantity before = list.get(i - 1);
            Quantity q = list.get(i);
            if (before.kind() == Kind.MONEY && q.kind() == Kind.MONEY && q.start() >= before.end()
                    && before.currency() != null && q.currency() != null && !before.currency().equals(q.currency())
                    && scan.text.substring(before.end(), q.start()).matches(CONVERSION_OPENING)
                    && q.role() == Role.REQUIRED) {
                list.set(i, q.withRole(conversionRole));
            }
        }
        return list;
    }

    private static Span span(Quantity q) {
        return new Span(q.start(), q.end());
    }

    /** The magnitude as a translator reads it: 5.57 million dollars, 3.2 percent, 0.25 percentage points. */
    static String describe(Quantity q) {
        String number = magnitude(q.value());
        return switch (q.kind()) {
            case PERCENT -> number + " percent";
            case PERCENT_POINT -> number + " percentage points";
            case POINTS -> number + " points";
            case MONEY -> number + " " + currencyName(q.currency());
            case NUMBER -> number;
        };
    }

    static String magnitude(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        double abs = Math.abs(value);
        if (abs >= 1e12) {
            return format.format(value / 1e12) + " trillion";
        } else if (abs >= 1e9) {
            return format.format(value / 1e9) + " billion";
        } else if (abs >= 1e6) {
            return format.format(value / 1e6) + " million";
        }
        return format.format(value);
    }

    private static String currencyName(String code) {
        if (code == null) {
            return "(money)";
        }
        return switch (code) {
            case "KRW" -> "won";
            case "USD" -> "dollars";
            case "JPY" -> "yen";
            case "CNY" -> "yuan";
            case "EUR" -> "euros";
            case "GBP" -> "pounds";
            default -> "yen or yuan";
        };
    }
}
