package dev.hanbridge.ingest.text;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedTimeTest {

    @Test
    void readsTheTimesNewsPrintsAsKoreanTime() {
        assertThat(PrintedTime.published("홍길동 기자 2025-02-02 16:33:07")).isEqualTo(Instant.parse("2025-02-02T07:33:07Z"));
        assertThat(PrintedTime.published("입력 2025.02.02 16:33")).isEqualTo(Instant.parse("2025-02-02T07:33:00Z"));
        assertThat(PrintedTime.published("입력 2025.02.02. 오후 4:33")).isEqualTo(Instant.parse("2025-02-02T07:33:00Z"));
        assertThat(PrintedTime.published("입력 2025.02.02. 오전 12:05")).isEqualTo(Instant.parse("2025-02-01T15:05:00Z"));
        assertThat(PrintedTime.published("입력 2025. 2. 2. 16:33")).isEqualTo(Instant.parse("2025-02-02T07:33:00Z"));
        assertThat(PrintedTime.published("2025년 2월 2일 16시 33분")).isEqualTo(Instant.parse("2025-02-02T07:33:00Z"));
        assertThat(PrintedTime.published("송고2025-02-03 09:12")).isEqualTo(Instant.parse("2025-02-03T00:12:00Z"));
        assertThat(PrintedTime.published("등록 2025.02.02(일) 16:33")).isEqualTo(Instant.parse("2025-02-02T07:33:00Z"));
        assertThat(PrintedTime.published("2025-02-02T16:33:07+09:00")).isEqualTo(Instant.parse("2025-02-02T07:33:07Z"));
    }

    @Test
    void aTimeOfChangeIsNotThePublishedTime() {
        assertThat(PrintedTime.published("수정 2025.02.02 17:10 입력 2025.02.02 16:33"))
                .isEqualTo(Instant.parse("2025-02-02T07:33:00Z"));
        assertThat(PrintedTime.published("최종수정 2025.02.02 17:10")).isNull();
    }

    @Test
    void tellsStampLinesFromTextWithDates() {
        assertThat(PrintedTime.isTimeStamp("입력 2025.02.02 16:33 수정 2025.02.02 17:10")).isTrue();
        assertThat(PrintedTime.isTimeStamp("[입력 2025.02.02 16:33] | [수정 2025.02.02 17:10]")).isTrue();
        assertThat(PrintedTime.isTimeStamp("2025.02.02")).isTrue();
        assertThat(PrintedTime.isTimeStamp("2025년 2월 2일 정부가 발표했다.")).isFalse();
        assertThat(PrintedTime.isTimeStamp("버전 2025.13.40 배포")).isFalse();
    }

    @Test
    void stripsStampsAndTheirSeparatorsFromABylineLine() {
        assertThat(PrintedTime.strip("홍길동 기자 | 입력 2025.02.02 16:33 | 수정 2025.02.02 17:10")).isEqualTo("홍길동 기자");
        assertThat(PrintedTime.strip("입력 2025.02.02 16:33 / 홍길동 기자 hong@example.com"))
                .isEqualTo("홍길동 기자 hong@example.com");
        assertThat(PrintedTime.strip("홍길동 기자")).isEqualTo("홍길동 기자");
    }
}
