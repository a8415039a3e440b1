package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.List;

import dev.hanbridge.translate.qa.DatePart.Field;
import dev.hanbridge.translate.qa.QaFinding.Severity;
import dev.hanbridge.translate.qa.QaFinding.Span;

/**
 * Every year, month, day, weekday and clock time of the source must be in the translation, in any of the
 * English spellings ({@code Feb. 1}, {@code February 1}, {@code 1 February}, {@code the 1st}; {@code 3:30 p.m.},
 * {@code 15:30}). A Korean day without its month ({@code 31일(현지시간)}) may also be rendered as a weekday, as
 * wire English does for dates within a week: that cannot be verified without a calendar, so it is accepted.
 * A part left over on both sides is an error (the date changed); a lone one is a warning.
 */
final class DateCheck {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    private DateCheck() {
    }

    static List<QaFinding> check(Scan ko, Scan en) {
        List<QaFinding> findings = new ArrayList<>();
        List<DatePart> unmatchedTarget = new ArrayList<>(en.dates.stream()
                .filter(t -> ko.dates.stream().noneMatch(s -> s.matches(t))).toList());
        boolean targetHasWeekday = en.dates.stream().anyMatch(t -> t.field() == Field.WEEKDAY);
        List<DatePart> seen = new ArrayList<>();
        for (DatePart s : ko.dates) {
            if (seen.stream().anyMatch(s::matches) || en.dates.stream().anyMatch(s::matches)
                    || s.field() == Field.DAY && s.bare() && targetHasWeekday) {
                seen.add(s);
                continue;
            }
            seen.add(s);
            DatePart t = unmatchedTarget.stream().filter(other -> other.field() == s.field()).findFirst().orElse(null);
            if (t != null) {
                unmatchedTarget.remove(t);
                findings.add(new QaFinding(QaCheck.DATES, Severity.ERROR, new Span(s.start(), s.end()),
                        new Span(t.start(), t.end()), "'" + s.text() + "' is " + describe(s) + " but the translation has '"
                                + t.text() + "' (" + describe(t) + ")"));
            } else {
                findings.add(new QaFinding(QaCheck.DATES, Severity.WARNING, new Span(s.start(), s.end()), null,
                        "'" + s.text() + "' (" + describe(s) + ") is not in the translation"));
            }
        }
        return findings;
    }

    static String describe(DatePart part) {
        int v = part.value();
        return switch (part.field()) {
            case YEAR -> "the year " + v;
            case MONTH -> MONTHS[v - 1];
            case DAY -> "day " + v;
            case WEEKDAY -> WEEKDAYS[v - 1];
            case TIME -> String.format("%d:%02d", v / 60 % 24, v % 60)
                    + (part.alternative() >= 0 && part.alternative() < 1440
                            ? String.format(" or %d:%02d", part.alternative() / 60, part.alternative() % 60) : "");
        };
    }
}
