package dev.hanbridge.ingest.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionLabelsTest {

    @Test
    void knownSectionsAndBreadcrumbsAreLabels() {
        assertThat(SectionLabels.label("IT")).isEqualTo("IT");
        assertThat(SectionLabels.label("IT/과학")).isEqualTo("IT/과학");
        assertThat(SectionLabels.label("홈 > 경제 > 금융")).isEqualTo("홈 > 경제 > 금융");
        assertThat(SectionLabels.label("산업·재계")).isEqualTo("산업·재계");
        assertThat(SectionLabels.label("사회일반")).isEqualTo("사회일반");
        assertThat(SectionLabels.label(" 오피니언 ")).isEqualTo("오피니언");
    }

    @Test
    void shortHeadlinesAreNotLabels() {
        assertThat(SectionLabels.label("경제 위기")).isNull();
        assertThat(SectionLabels.label("반도체 수출 증가")).isNull();
        assertThat(SectionLabels.label("홈")).isNull();
        assertThat(SectionLabels.label("")).isNull();
    }
}
