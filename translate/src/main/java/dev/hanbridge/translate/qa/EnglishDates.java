package dev.hanbridge.translate.qa;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hanbridge.translate.qa.DatePart.Field;

/**
 * Finds the dates and times of an English segment in news spellings: {@code Feb. 1}, {@code February 1},
 * {@code 1 February}, {@code Feb. 1, 2025}, {@code March 14 to 16}, {@code the 31st}, {@code July 2025},
 * {@code 3:30 p.m.}, {@code 6pm}, {@code 15:30}, {@code noon}, {@code Monday}. The month "May" counts only
 * with a day or year, or after "in", "of", "since" and the like: otherwise it is the verb.
 */
final class EnglishDates {

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b(" + MONTH_NAMES + ")\\b\\.?"
            + "(?:\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s?(?:-|–|to|through|and)\\s?(\\d{1,2})\\b(?![.,]\\d))?)?"
            + "(?:,?\\s(\\d{4})\\b)?");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(" + MONTH_NAMES
            + ")\\b\\.?(?:,?\\s(\\d{4})\\b)?");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,3})(st|nd|rd|th)\\b");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d$€£¥₩.,])\\b(1[89]\\d\\d|20\\d\\d|21\\d\\d)(s)?\\b(?![.,]\\d)"
                    + "(?!\\s?(?:%|percent|per cent|won|dollars|yen|yuan|euros|pounds|million|billion|trillion|people))");
    private static final Pattern TIME_12 = Pattern.compile("(?i)\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s?([ap])\\.?\\s?m\\b\\.?");
    private static final Pattern TIME_24 = Pattern.compile("\\b([01]?\\d|2[0-4]):([0-5]\\d)\\b");
    private static final Pattern NOON_MIDNIGHT = Pattern.compile("(?i)\\b(noon|midday|midnight)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\\b");

    private static final Pattern MAY_MONTH_BEFORE = Pattern.compile(
            "\\b(?:in|of|since|until|by|early|late|mid|last|next|this)[\\s-]$");

    private EnglishDates() {
    }

    /** Records the date parts of the segment and takes their characters; ordinals and years are also soft numbers. */
    static void find(Scan scan) {
        String text = scan.text;
        Matcher m = TIME_12.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12 || !scan.free(m.start(), m.end())) {
                continue;
            }
            boolean pm = m.group(3).equalsIgnoreCase("p");
            int h24 = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            scan.date(Field.TIME, h24 * 60 + minute, -1, false, m.start(), m.end());
            scan.take(m.start(), m.end());
        }
        m = TIME_24.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end())) {
                int hour = Integer.parseInt(m.group(1));
                int minute = Integer.parseInt(m.group(2));
                scan.date(Field.TIME, hour * 60 + minute, hour < 12 ? (hour + 12) * 60 + minute : -1, false, m.start(),
                        m.end());
                scan.take(m.start(), m.end());
            }
        }
        m = NOON_MIDNIGHT.matcher(text);
        while (m.find()) {
            boolean midnight = m.group(1).equalsIgnoreCase("midnight");
            scan.date(Field.TIME, midnight ? 0 : 720, midnight ? 1440 : -1, false, m.start(), m.end());
        }
        m = DAY_FIRST.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end()) && Integer.parseInt(m.group(1)) <= 31) {
                scan.date(Field.DAY, Integer.parseInt(m.group(1)), -1, false, m.start(), m.end());
                scan.date(Field.MONTH, month(m.group(2)), -1, false, m.start(), m.end());
                if (m.group(3) != null) {
                    scan.date(Field.YEAR, Integer.parseInt(m.group(3)), -1, false, m.start(), m.end());
                }
                scan.take(m.start(), m.end());
            }
        }
        m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            if (!scan.free(m.start(), m.end())) {
                continue;
            }
            if (m.group(1).equals("May") && m.group(2) == null && m.group(4) == null
                    && !MAY_MONTH_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue; // the verb "may" at the start of a sentence
            }
            scan.date(Field.MONTH, month(m.group(1)), -1, false, m.start(), m.end());
            if (m.group(2) != null && Integer.parseInt(m.group(2)) <= 31) {
                scan.date(Field.DAY, Integer.parseInt(m.group(2)), -1, false, m.start(), m.end());
            }
            if (m.group(3) != null && Integer.parseInt(m.group(3)) <= 31) {
                scan.date(Field.DAY, Integer.parseInt(m.group(3)), -1, false, m.start(), m.end());
            }
            if (m.group(4) != null) {
                scan.date(Field.YEAR, Integer.parseInt(m.group(4)), -1, false, m.start(), m.end());
            }
            scan.take(m.start(), m.end());
        }
        m = ORDINAL.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end())) {
                int value = Integer.parseInt(m.group(1));
                if (value >= 1 && value <= 31) {
                    scan.date(Field.DAY, value, -1, true, m.start(), m.end());
                }
                EnglishNumbers.soft(scan, value, m.start(), m.end());
                scan.take(m.start(), m.end());
            }
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end())) {
                scan.date(Field.YEAR, Integer.parseInt(m.group(1)), -1, false, m.start(), m.end());
                EnglishNumbers.soft(scan, Integer.parseInt(m.group(1)), m.start(), m.end());
                scan.take(m.start(), m.end());
            }
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
            scan.date(Field.WEEKDAY, Arrays.asList(days).indexOf(m.group(1)) + 1, -1, false, m.start(), m.end());
        }
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3);
        return "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(prefix) / 3 + 1;
    }
}
