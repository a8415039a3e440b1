package dev.hanbridge.translate.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyKeyTest {

    @Test
    void dropsEverySpaceBecauseKoreanSpacingVariesWithoutChangingTheMeaning() {
        assertThat(FuzzyKey.of("투자를 늘릴 수 있다")).isEqualTo(FuzzyKey.of("투자를 늘릴수 있다"));
        assertThat(FuzzyKey.of(" 인공 지능\u00A0산업\u3000 ")).isEqualTo("인공지능산업");
    }

    @Test
    void foldsFullWidthFormsOfWebPagesToWhatReportersType() {
        assertThat(FuzzyKey.of("ＧＰＴ－４ｏ 출시")).isEqualTo("GPT-4o출시");
    }

    @Test
    void foldsQuoteDashAndMiddleDotVariants() {
        assertThat(FuzzyKey.of("“좋다”고 말했다")).isEqualTo(FuzzyKey.of("\"좋다\"고 말했다"));
        assertThat(FuzzyKey.of("한ㆍ미 정상회담")).isEqualTo(FuzzyKey.of("한·미 정상회담"));
        assertThat(FuzzyKey.of("2024–2025년")).isEqualTo("2024-2025년");
    }

    @Test
    void keepsDigitsCaseAndPunctuationBecauseTheyChangeTheEnglish() {
        assertThat(FuzzyKey.of("7300억원")).isNotEqualTo(FuzzyKey.of("7200억원"));
        assertThat(FuzzyKey.of("GPT-4o")).isNotEqualTo(FuzzyKey.of("gpt-4o"));
        assertThat(FuzzyKey.of("올랐다.")).isNotEqualTo(FuzzyKey.of("올랐다?"));
    }

    @Test
    void composesHangulTypedAsJamo() {
        assertThat(FuzzyKey.of("\u1112\u1161\u11AB\u1100\u1173\u11AF")).isEqualTo("한글");
    }

    @Test
    void removesControlCharactersSoTheyNeverCollideWithTheIndexPadding() {
        assertThat(FuzzyKey.of("가\u0002나\u0003다\u200B")).isEqualTo("가나다");
    }
}
