package dev.hanbridge.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Small JDBC helpers shared by the stores. */
final class Db {

    private Db() {
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static KeyHolder keyHolder() {
        return new GeneratedKeyHolder();
    }

    /** The generated id; H2 and PostgreSQL both return it under the column name "id" (any case). */
    static long id(KeyHolder keys) {
        var map = keys.getKeys();
        if (map != null) {
            for (var e : map.entrySet()) {
                if (e.getKey().equalsIgnoreCase("id")) {
                    return ((Number) e.getValue()).longValue();
                }
            }
        }
        return keys.getKey().longValue();
    }

    /** Cuts a message to a column's width, so a long reason never fails an insert. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
