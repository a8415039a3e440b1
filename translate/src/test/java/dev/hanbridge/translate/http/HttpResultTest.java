package dev.hanbridge.translate.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

class HttpResultTest {

    @Test
    void readsRetryAfterAsSecondsOrAsAnHttpDate() {
        assertThat(HttpResult.parseRetryAfter("12")).contains(Duration.ofSeconds(12));
        String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
        assertThat(HttpResult.parseRetryAfter(in30s)).hasValueSatisfying(
                d -> assertThat(d).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(31)));
        assertThat(HttpResult.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(HttpResult.parseRetryAfter("soon")).isEmpty();
        assertThat(HttpResult.parseRetryAfter("-1")).isEmpty();
    }

    @Test
    void scrubsSecretsAndCutsLongProviderMessages() {
        ProviderHttp http = new ProviderHttp("x", "X", Duration.ofSeconds(1), Duration.ofSeconds(1),
                java.util.List.of("s3cr3t", ""));
        assertThat(http.scrub("key s3cr3t is bad")).isEqualTo("key *** is bad");
        assertThat(http.scrub("a".repeat(1000))).hasSizeLessThanOrEqualTo(300);
    }
}
