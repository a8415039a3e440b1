package dev.hanbridge.ingest.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Publication times as news pages and document metadata write them. */
public final class Dates {

    /** A time without an offset on a Korean news page is Korean time. */
    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy.MM.dd. HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"));

    /** {@code 2025-03-12T11:20:31+0900}: ISO-8601 with the offset's colon left out, as some feeds write it. */
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]xx");

    private Dates() {
    }

    /** The instant, or null when the text is not a date we know. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            // RSS: RFC 822 ("Sun, 23 May 2004 19:57:35 +0900"); Korean feeds also write KST
            return ZonedDateTime.parse(t.replaceAll("\\s+", " ").replaceFirst(" KST$", " +0900"),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return OffsetDateTime.parse(t, OFFSET_WITHOUT_COLON).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return LocalDateTime.parse(t, format).atZone(KOREA).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10).replace('.', '-') : t).atStartOfDay(KOREA)
                    .toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
