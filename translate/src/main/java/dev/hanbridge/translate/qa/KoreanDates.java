package dev.hanbridge.translate.qa;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hanbridge.translate.qa.DatePart.Field;

/**
 * Finds the dates and times of a Korean segment: {@code 2025년}, {@code 2월 1일}, {@code 3월 14~16일},
 * {@code 31일(현지시간)}, {@code 2025.3.14}, {@code 월요일}, {@code 2월 3일(월)}, {@code 오후 3시 30분},
 * {@code 정오}. A day is a date unless a duration follows ({@code 3일간}, {@code 12일 만에}); an hour is a
 * time unless it is a duration ({@code 3시간}).
 */
final class KoreanDates {

    private static final Pattern DOTTED_DATE = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s?([.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{1,2})\\.?(?![\\d%])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(\\d{2,4})년(대)?");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:\\s?[~∼〜-]\\s?(\\d{1,2}))?월");
    private static final Pattern DAY = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})(?:\\s?[~∼〜-]\\s?(\\d{1,2}))?일(?!\\s?(?:간|째|동안|치(?![가-힣])|만(?:에|의|이)))");
    /** 6·25 (the Korean War), 5·18, 3·1절: events named by their date, translated by name ("the Korean War"). */
    private static final Pattern NAMED_DATE = Pattern.compile(
            "(?<![\\d.,])(1[0-2]|[1-9])\\s?[·ㆍ]\\s?([12]\\d|3[01]|[1-9])(?=\\s|[가-힣]|$)");
    private static final Pattern WEEKDAY = Pattern.compile("([월화수목금토일])요일|(?<=일)\\s?\\(([월화수목금토일])\\)");
    private static final Pattern TIME = Pattern.compile(
            "(?:(오전|오후|새벽|아침|낮|저녁|밤)\\s?)?(?<![\\d.,])(\\d{1,2})시(?!간|즌|장|대|청|민|의회|내|각|점|세|기)"
                    + "(?:\\s?(\\d{1,2})분|\\s?(반))?");
    private static final Pattern NOON_MIDNIGHT = Pattern.compile("정오|자정");

    private KoreanDates() {
    }

    /** Records the date parts of the segment and takes their characters. */
    static void find(Scan scan) {
        String text = scan.text;
        Matcher m = DOTTED_DATE.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            if (scan.free(m.start(), m.end()) && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                scan.date(Field.YEAR, Integer.parseInt(m.group(1)), -1, false, m.start(), m.end());
                scan.date(Field.MONTH, month, -1, false, m.start(), m.end());
                scan.date(Field.DAY, day, -1, false, m.start(), m.end());
                scan.take(m.start(), m.end());
            }
        }
        m = NAMED_DATE.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end())) {
                scan.take(m.start(), m.end()); // neither a number nor a date to find in the translation
            }
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (!scan.free(m.start(), m.end())) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            if (m.group(1).length() == 4 && year >= 1000) {
                scan.date(Field.YEAR, year, -1, false, m.start(), m.end());
                scan.take(m.start(), m.end());
            } else if (m.group(2) != null) {
                scan.take(m.start(), m.end()); // 90년대: the '90s or the 1990s; too loose to compare
            }
        }
        m = MONTH.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end()) && inRange(m.group(1), 12) && (m.group(2) == null || inRange(m.group(2), 12))) {
                scan.date(Field.MONTH, Integer.parseInt(m.group(1)), -1, false, m.start(), m.end());
                if (m.group(2) != null) {
                    scan.date(Field.MONTH, Integer.parseInt(m.group(2)), -1, false, m.start(), m.end());
                }
                scan.take(m.start(), m.end());
            }
        }
        m = DAY.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end()) && inRange(m.group(1), 31) && (m.group(2) == null || inRange(m.group(2), 31))) {
                boolean bare = !text.substring(Math.max(0, m.start() - 3), m.start()).contains("월");
                scan.date(Field.DAY, Integer.parseInt(m.group(1)), -1, bare, m.start(), m.end());
                if (m.group(2) != null) {
                    scan.date(Field.DAY, Integer.parseInt(m.group(2)), -1, bare, m.start(), m.end());
                }
                scan.take(m.start(), m.end());
            }
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            String day = m.group(1) != null ? m.group(1) : m.group(2);
            scan.date(Field.WEEKDAY, "월화수목금토일".indexOf(day) + 1, -1, false, m.start(), m.end());
            scan.take(m.start(), m.end());
        }
        m = TIME.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(2));
            if (!scan.free(m.start(), m.end()) || hour > 24) {
                continue;
            }
            int minute = m.group(3) != null ? Integer.parseInt(m.group(3)) : m.group(4) != null ? 30 : 0;
            String part = m.group(1);
            int alternative = -1;
            if (part == null) {
                alternative = hour < 12 ? (hour + 12) * 60 + minute : -1;
            } else if ((part.equals("오후") || part.equals("저녁") || part.equals("밤")) && hour < 12
                    || part.equals("낮") && hour < 6) {
                hour += 12;
            } else if ((part.equals("오전") || part.equals("새벽")) && hour == 12) {
                hour = 0;
            }
            scan.date(Field.TIME, hour * 60 + minute, alternative, false, m.start(), m.end());
            scan.take(m.start(), m.end());
        }
        m = NOON_MIDNIGHT.matcher(text);
        while (m.find()) {
            boolean noon = m.group().equals("정오");
            scan.date(Field.TIME, noon ? 720 : 0, noon ? -1 : 1440, false, m.start(), m.end());
        }
    }

    private static boolean inRange(String digits, int max) {
        int value = Integer.parseInt(digits);
        return value >= 1 && value <= max;
    }
}
