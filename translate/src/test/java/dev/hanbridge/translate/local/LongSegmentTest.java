package dev.hanbridge.translate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tiny model takes 128 input tokens, so news sentences of four or five clauses run over its limit. */
class LongSegmentTest {

    private static MarianTranslator marian;

    @BeforeAll
    static void open() {
        marian = MarianTranslator.open(TinyMarian.folder(), MarianOptions.defaults().withThreads(1).withBeams(1)
                .withPrecision(MarianOptions.Precision.FULL));
    }

    @AfterAll
    static void close() {
        marian.close();
    }

    @Test
    void splitsASegmentOverTheInputLimitAtClauseBoundariesAndJoinsTheTranslations() {
        String overLong = "서울시는 내년부터 시내버스 기본요금을 1,500원으로 인상한다고 밝혔고, "
                + "한국은행 금융통화위원회는 기준금리를 연 3.25%로 동결했으며, "
                + "교육부는 2026학년도 대입 전형 계획을 발표하며 수시 모집 비중을 줄이기로 했고, "
                + "통계청은 10월 소비자물가 상승률이 2.1%로 집계됐다고 밝혔으며, "
                + "기상청은 이번 주말 전국에 최대 80mm의 비가 내릴 것으로 내다봤다.";
        int limit = marian.description().maxInputTokens();
        assertThat(marian.tokenizer().encode(overLong).length).isGreaterThan(limit);

        List<String> parts = new ClauseSplitter(t -> marian.tokenizer().encode(t).length, limit).split(overLong);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(String.join(" ", parts)).isEqualTo(overLong);
        assertThat(parts).allSatisfy(p -> assertThat(marian.tokenizer().encode(p).length).isLessThanOrEqualTo(limit));
        assertThat(parts.get(0)).endsWith(",");
        assertThat(marian.translate(List.of(overLong)))
                .containsExactly(String.join(" ", marian.translate(parts)));
    }

    @Test
    void reportsASegmentOverTheLimitWithoutAClauseBoundaryInsteadOfCuttingIt() {
        String noBoundary = "가나다라 마바사아 자차카타 파하 ".repeat(12).strip();

        assertThatThrownBy(() -> marian.translate(List.of("짧은 문장이다.", noBoundary)))
                .isInstanceOf(SegmentTooLongException.class)
                .hasMessageContaining("Segment 1 is")
                .hasMessageContaining("the model takes 128")
                .satisfies(e -> assertThat(((SegmentTooLongException) e).segmentIndex()).isEqualTo(1));
    }
}
