package dev.hanbridge.translate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.qa.QaFinding.Severity;

class NumberCheckTest {

    private final QaChecker checker = new QaChecker();

    private List<QaFinding> numbers(String source, String target) {
        return checker.check(source, target).stream().filter(f -> f.check() == QaCheck.NUMBERS).toList();
    }

    @Test
    void fiveHundredFiftySevenManDollarsIsFivePointFiveSevenMillion() {
        String source = "회사는 557만 달러를 유치했다.";

        assertThat(numbers(source, "The company raised $5.57 million.")).isEmpty();
        assertThat(numbers(source, "The company raised US$5.57m.")).isEmpty();
        assertThat(numbers(source, "The company raised 5,570,000 dollars.")).isEmpty();
    }

    @Test
    void fiveHundredFiftySevenManDollarsIsNotFiveHundredFiftySevenMillion() {
        String source = "회사는 557만 달러를 유치했다.";
        String target = "The company raised $557 million.";

        List<QaFinding> findings = numbers(source, target);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.source().of(source)).isEqualTo("557만 달러");
            assertThat(f.target().of(target)).isEqualTo("$557 million");
            assertThat(f.message()).contains("5.57 million dollars").contains("557 million dollars");
        });
    }

    @Test
    void compoundJoAndEokAddUp() {
        String source = "내년 예산안은 656조 6000억원 규모다.";

        assertThat(numbers(source, "Next year's budget is 656.6 trillion won.")).isEmpty();
        assertThat(numbers(source, "Next year's budget is 656.6tn won.")).isEmpty();
        assertThat(numbers(source, "Next year's budget is 656 trillion won.")).singleElement()
                .extracting(QaFinding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void eokIsAHundredMillion() {
        assertThat(numbers("7300억원을 투자한다.", "It will invest 730 billion won.")).isEmpty();
        assertThat(numbers("7300억원을 투자한다.", "It will invest 730bn won.")).isEmpty();
        assertThat(numbers("영업이익은 81억원이다.", "Operating profit was 8.1 billion won.")).isEmpty();
        assertThat(numbers("7300억원을 투자한다.", "It will invest 7.3 trillion won.")).hasSize(1);
    }

    @Test
    void manFollowedByDigitsContinuesTheNumber() {
        assertThat(numbers("직원은 2만5000명이다.", "It has 25,000 employees.")).isEmpty();
        assertThat(numbers("가격은 129만9000원이다.", "It costs 1,299,000 won.")).isEmpty();
        assertThat(numbers("당첨금은 23억4천만원이다.", "The prize is 2.34 billion won.")).isEmpty();
        assertThat(numbers("관객 천만 명을 넘었다.", "It drew more than 10 million viewers.")).isEmpty();
    }

    @Test
    void manBeforeAnAgeMeansFullAgeNotTenThousand() {
        assertThat(numbers("만 65세 이상이 대상이다.", "People aged 65 and older are eligible.")).isEmpty();
    }

    @Test
    void anotherCurrencyIsAnError() {
        assertThat(numbers("1조 엔어치 국채를 샀다.", "It bought 1 trillion won of bonds.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1 trillion yen").contains("1 trillion won"));
        assertThat(numbers("1조 엔어치 국채를 샀다.", "It bought ¥1 trillion of bonds.")).isEmpty();
    }

    @Test
    void roundingToTheTargetsLastDigitIsAcceptedForScaledAmountsOnly() {
        assertThat(numbers("557만 달러를 유치했다.", "It raised $5.6 million.")).isEmpty();
        assertThat(numbers("557만 달러를 유치했다.", "It raised $5.5 million.")).hasSize(1);
        assertThat(numbers("금리는 2.75%다.", "The rate is 2.8 percent.")).hasSize(1);
    }

    @Test
    void percentagePointsAreNotPercent() {
        String source = "실업률은 0.4%p 올랐다.";

        assertThat(numbers(source, "The jobless rate rose 0.4 percentage point.")).isEmpty();
        assertThat(numbers(source, "The jobless rate rose 0.4 pp.")).isEmpty();
        assertThat(numbers(source, "The jobless rate rose 0.4 percent.")).hasSize(1);
        assertThat(numbers("금리를 0.25%포인트 내렸다.", "It cut rates by 25 basis points.")).isEmpty();
        assertThat(numbers("금리를 0.25%포인트 내렸다.", "It cut rates by a quarter percentage point.")).isEmpty();
    }

    @Test
    void aRangeSharesItsUnit() {
        String source = "응답자의 3~5%가 매일 쓴다.";

        assertThat(numbers(source, "Some 3-5% of respondents use it daily.")).isEmpty();
        assertThat(numbers(source, "Between 3 and 5 percent of respondents use it daily.")).isEmpty();
        assertThat(numbers(source, "Some 3 to 15 percent of respondents use it daily.")).isNotEmpty();
    }

    @Test
    void countsMayBeWrittenInWordsAndAOneMayBeLeftOut() {
        assertThat(numbers("3명이 숨지고 12명이 다쳤다.", "Three died and twelve were injured.")).isEmpty();
        assertThat(numbers("세 차례 협상 끝에 합의했다.", "They agreed after three rounds of talks.")).isEmpty();
        assertThat(numbers("세계 1위를 지켰다.", "It remained the world's largest.")).isEmpty();
        assertThat(numbers("수출이 2배 늘었다.", "Exports doubled.")).isEmpty();
        assertThat(numbers("2차전지 주가가 올랐다.", "Secondary battery shares rose.")).isEmpty();
        assertThat(numbers("세 차례 협상 끝에 합의했다.", "They agreed after four rounds of talks.")).singleElement()
                .extracting(QaFinding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void anApproximateKoreanNumberNeedsAnEnglishHedge() {
        assertThat(numbers("약 3만 명이 모였다.", "Some 30,000 people gathered.")).isEmpty();
        assertThat(numbers("1,500여 명이 참가한다.", "More than 1,500 people will take part.")).isEmpty();
        assertThat(numbers("약 3만 명이 모였다.", "Exactly 30,000 people gathered.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("approximate"));
    }

    @Test
    void aConversionAddedInParenthesesIsNotAnAddition() {
        assertThat(numbers("7300억원을 들여 공장을 짓는다.", "It will spend 730 billion won ($530 million) on a plant."))
                .isEmpty();
    }

    @Test
    void aNumberTheSourceDoesNotHaveIsReported() {
        String target = "Shares rose 5 percent.";

        assertThat(numbers("주가가 올랐다.", target)).singleElement().satisfies(f -> {
            assertThat(f.source()).isNull();
            assertThat(f.target().of(target)).isEqualTo("5 percent");
        });
    }

    @Test
    void digitsInsideNamesAreNotNumbers() {
        assertThat(numbers("RE100에 가입했다.", "It joined RE 100.")).isEmpty();
        assertThat(numbers("GPT-4o 기반이다.", "It is built on GPT-4o.")).isEmpty();
        assertThat(numbers("4분기 실적이 나온다.", "Q4 results are due.")).isEmpty();
    }

    @Test
    void theSecondHalfMinuteMayBeCountedFromKickOff() {
        assertThat(numbers("후반 23분 결승골을 넣었다.", "He scored the winner in the 68th minute.")).isEmpty();
    }

    @Test
    void datesAreNotComparedAsNumbers() {
        assertThat(numbers("2025년 2월 1일 시행된다.", "It takes effect on Feb. 1, 2025.")).isEmpty();
        assertThat(numbers("회의는 오후 3시에 열린다.", "The meeting is at 3 p.m.")).isEmpty();
    }
}
