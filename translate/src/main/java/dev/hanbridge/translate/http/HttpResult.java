package dev.hanbridge.translate.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A provider's answer, any status: the caller decides what a non-2xx status means. */
public record HttpResult(int status, HttpHeaders headers, String body) {

    public boolean ok() {
        return status / 100 == 2;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /**
     * The wait the provider asked for: {@code Retry-After} as seconds or as an HTTP date
     * (RFC 9110 allows both). An unreadable value counts as not given.
     */
    public Optional<Duration> retryAfter() {
        return header("Retry-After").flatMap(HttpResult::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
