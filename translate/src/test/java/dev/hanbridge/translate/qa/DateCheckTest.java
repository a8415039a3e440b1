package dev.hanbridge.translate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.qa.QaFinding.Severity;

class DateCheckTest {

    private final QaChecker checker = new QaChecker();

    private List<QaFinding> dates(String source, String target) {
        return checker.check(source, target).stream().filter(f -> f.check() == QaCheck.DATES).toList();
    }

    @Test
    void monthAndDayInAnyNewsSpelling() {
        String source = "정부는 2월 1일부터 시행한다.";

        assertThat(dates(source, "It takes effect on Feb. 1.")).isEmpty();
        assertThat(dates(source, "It takes effect on February 1.")).isEmpty();
        assertThat(dates(source, "It takes effect from 1 February.")).isEmpty();
        assertThat(dates(source, "It takes effect on Feb 1st.")).isEmpty();
    }

    @Test
    void aDifferentMonthAndDayAreErrors() {
        String source = "정부는 2월 1일부터 시행한다.";
        String target = "It takes effect on Jan. 2.";

        List<QaFinding> findings = dates(source, target);

        assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(findings.get(0).message()).contains("February").contains("January");
    }

    @Test
    void aDayWithoutItsMonthMayBeTheOrdinalOrAWeekday() {
        String source = "연준은 31일(현지시간) 금리를 동결했다.";

        assertThat(dates(source, "The Fed held rates on the 31st, local time.")).isEmpty();
        assertThat(dates(source, "The Fed held rates on Jan. 31 (local time).")).isEmpty();
        assertThat(dates(source, "The Fed held rates on Wednesday (local time).")).isEmpty();
        assertThat(dates(source, "The Fed held rates on Jan. 13 (local time).")).hasSize(1);
    }

    @Test
    void clockTimesCompareAsTimesOfDay() {
        String source = "회의는 오후 3시 30분에 시작됐다.";

        assertThat(dates(source, "The meeting began at 3:30 p.m.")).isEmpty();
        assertThat(dates(source, "The meeting began at 15:30.")).isEmpty();
        assertThat(dates(source, "The meeting began at 3:30 a.m.")).hasSize(1);
        assertThat(dates("마감은 오후 6시다.", "The deadline is 6pm.")).isEmpty();
        assertThat(dates("새해는 자정에 시작된다.", "The new year starts at midnight.")).isEmpty();
    }

    @Test
    void weekdaysAndYears() {
        assertThat(dates("월요일 발표한다.", "It will be announced on Tuesday.")).hasSize(1);
        assertThat(dates("2024년 매출이 늘었다.", "Sales rose in 2023.")).hasSize(1);
        assertThat(dates("공연은 2025.3.14 열린다.", "The concert is on March 14, 2025.")).isEmpty();
        assertThat(dates("1980년 5월 일어났다.", "It broke out in May 1980.")).isEmpty();
    }

    @Test
    void aDateMissingFromTheTranslationIsAWarning() {
        assertThat(dates("2월 국내 증시가 올랐다.", "Domestic stocks rose.")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.target()).isNull();
                });
    }

    @Test
    void aDayFollowedByAVerbStartingWithChiIsStillADay() {
        // 11월 14일 치러진다 ("will be held"): 치 was read as 3일치 ("three days' worth"), a count
        assertThat(dates("수능은 11월 14일 치러진다.", "The exam will be held on Nov. 4.")).hasSize(1);
    }

    @Test
    void eventsNamedByTheirDateNeedNeitherDateNorNumber() {
        assertThat(checker.check("6·25 전쟁 74주년 기념식이 열렸다.", "A ceremony marked the 74th anniversary of the Korean War."))
                .isEmpty();
        assertThat(checker.check("5·18 민주화운동 기념식이 열렸다.", "The May 18 Democratic Uprising was commemorated."))
                .isEmpty();
    }
}
