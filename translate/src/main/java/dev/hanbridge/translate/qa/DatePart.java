package dev.hanbridge.translate.qa;

/**
 * One part of a date or time found in one side of a pair.
 *
 * @param value       the year, month (1-12), day of month, weekday (1 = Monday) or minute of the day
 * @param alternative a second reading of a clock time without a.m./p.m. (3시 may be 3:00 or 15:00), or -1
 * @param bare        a day written without its month ({@code 31일}): news English may name the weekday instead
 */
record DatePart(Field field, int value, int alternative, boolean bare, int start, int end, String text) {

    enum Field {
        YEAR, MONTH, DAY, WEEKDAY, TIME
    }

    boolean matches(DatePart other) {
        return field == other.field && (value == other.value || value == other.alternative
                || alternative >= 0 && (alternative == other.value || alternative == other.alternative));
    }
}
