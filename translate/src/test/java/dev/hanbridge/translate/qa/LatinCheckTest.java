package dev.hanbridge.translate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LatinCheckTest {

    private final QaChecker checker = new QaChecker();

    private List<QaFinding> latin(String source, String target) {
        return checker.check(source, target).stream().filter(f -> f.check() == QaCheck.LATIN).toList();
    }

    @Test
    void productNamesMustBeCopiedLetterForLetter() {
        assertThat(latin("o3-mini를 공개했다.", "It released o3-mini.")).isEmpty();
        assertThat(latin("o3-mini를 공개했다.", "It released O3-Mini.")).hasSize(1);
        assertThat(latin("o3-mini를 공개했다.", "It released o3 mini.")).hasSize(1);
        assertThat(latin("GPT-4o 기반이다.", "It is built on GPT-4.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'GPT-4o'"));
    }

    @Test
    void theFirstLetterMayBeCapitalisedAtTheStartOfASentence() {
        assertThat(latin("추론 모델 o3-mini가 공개됐다.", "O3-mini, a reasoning model, is out.")).isEmpty();
    }

    @Test
    void pluralsPossessivesAndTokensGluedToHangulPass() {
        assertThat(latin("GPU를 공개했다.", "It unveiled new GPUs.")).isEmpty();
        assertThat(latin("오픈AI가 발표했다.", "OpenAI announced it.")).isEmpty();
    }

    @Test
    void acronymsMayBeSpelledOut() {
        assertThat(latin("국제통화기금(IMF)이 전망을 낮췄다.", "The International Monetary Fund cut its forecast.")).isEmpty();
        assertThat(latin("최고경영자(CEO)가 사과했다.", "The chief executive apologized.")).isEmpty();
    }

    @Test
    void addressesUrlsHashtagsAndHandlesMustSurvive() {
        assertThat(latin("press@hanbit.example 로 문의.", "Contact press@hanbit.example.")).isEmpty();
        assertThat(latin("press@hanbit.example 로 문의.", "Contact pr@hanbit.example.")).hasSize(1);
        assertThat(latin("https://apply.example.kr/2025 에서 신청.", "Apply at https://apply.example.kr.")).hasSize(1);
        assertThat(latin("#SaveTheBees 가 퍼졌다.", "#savethebees spread.")).hasSize(1);
        assertThat(latin("공식 계정(@hanbit_news)", "the official account (@hanbitnews)")).hasSize(1);
    }

    @Test
    void singleLettersAndMeasuresAreNotNames() {
        assertThat(latin("용의자 A(34)씨를 체포했다.", "Police arrested a 34-year-old suspect.")).isEmpty();
        assertThat(latin("배터리는 5000mAh다.", "The battery holds 5,000mAh.")).isEmpty();
    }
}
