package dev.hanbridge.translate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntranslatedCheckTest {

    private final QaChecker checker = new QaChecker();

    @Test
    void anEmptyTargetIsTheOnlyFinding() {
        assertThat(checker.check("정부는 예산안을 제출했다.", "  ")).singleElement()
                .satisfies(f -> {
                    assertThat(f.check()).isEqualTo(QaCheck.UNTRANSLATED);
                    assertThat(f.message()).contains("empty");
                });
    }

    @Test
    void anUnchangedKoreanSourceIsTheOnlyFinding() {
        assertThat(checker.check("정부는 3조원 예산안을 제출했다.", "정부는 3조원 예산안을 제출했다."))
                .singleElement().extracting(QaFinding::check).isEqualTo(QaCheck.UNTRANSLATED);
    }

    @Test
    void aSegmentWithoutHangulMayStayAsItIs() {
        assertThat(checker.check("GPT-4o", "GPT-4o")).isEmpty();
        assertThat(checker.check("2,645.30", "2,645.30")).isEmpty();
    }

    @Test
    void hangulLeftInTheTargetIsPointedAt() {
        String target = "The 한빛전자 union went on strike.";

        assertThat(checker.check("한빛전자 노조가 파업했다.", target)).filteredOn(f -> f.check() == QaCheck.UNTRANSLATED)
                .singleElement().satisfies(f -> {
                    assertThat(f.target().of(target)).isEqualTo("한빛전자");
                    assertThat(f.source().start()).isZero();
                });
    }

    @Test
    void hanjaLeftInTheTargetIsReported() {
        assertThat(checker.check("美·中 갈등이 커졌다.", "美-中 tensions grew.")).filteredOn(f -> f.check() == QaCheck.UNTRANSLATED)
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Hanja"));
    }

    @Test
    void aHangulGlossAfterItsRomanisationPasses() {
        assertThat(checker.check("따릉이 요금을 동결했다.", "Seoul froze fees for Ttareungyi (따릉이) bikes."))
                .noneMatch(f -> f.check() == QaCheck.UNTRANSLATED);
    }
}
