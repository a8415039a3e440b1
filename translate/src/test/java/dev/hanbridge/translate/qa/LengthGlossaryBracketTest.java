package dev.hanbridge.translate.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LengthGlossaryBracketTest {

    private static final Map<String, String> GLOSSARY = Map.of("한빛전자", "Hanbit Electronics", "엔비디아", "Nvidia",
            "한국은행", "Bank of Korea", "한국", "South Korea", "누리항공", "Nuri Air");

    private final QaChecker checker = new QaChecker();

    private List<QaFinding> only(QaCheck check, String source, String target) {
        return checker.check(source, target, GLOSSARY).stream().filter(f -> f.check() == check).toList();
    }

    @Test
    void aTranslationThatDropsMostOfTheSentenceIsTooShort() {
        assertThat(only(QaCheck.LENGTH, "정부는 부동산 시장 안정을 위해 대출 규제를 강화하고 공급 물량을 늘리는 한편, 투기 수요를 "
                + "차단하기 위한 세제 개편안도 함께 내놓기로 했다.", "The government tightened loan rules."))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("shorter"));
    }

    @Test
    void aTranslationThatInventsAParagraphIsTooLong() {
        assertThat(only(QaCheck.LENGTH, "주가가 급락했다.", "Shares plunged sharply on Tuesday after the company warned "
                + "that its quarterly profit would miss forecasts by a wide margin because of weak demand in China."))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("longer"));
    }

    @Test
    void shortHeadlinesAndCreditsHaveWideBounds() {
        assertThat(only(QaCheck.LENGTH, "속보", "Breaking news")).isEmpty();
        assertThat(only(QaCheck.LENGTH, "주가가 급락했다.", "Shares plunged.")).isEmpty();
        assertThat(only(QaCheck.LENGTH, "[사진=한빛전자 제공]", "[Photo courtesy of Hanbit Electronics]")).isEmpty();
    }

    @Test
    void aGlossaryTermMissingFromTheTranslationIsReportedAtTheSourceTerm() {
        String source = "누리항공은 주 5회 운항한다.";

        assertThat(only(QaCheck.GLOSSARY, source, "Nuri Airlines flies five times a week.")).singleElement()
                .satisfies(f -> {
                    assertThat(f.source().of(source)).isEqualTo("누리항공");
                    assertThat(f.message()).contains("'Nuri Air'");
                });
    }

    @Test
    void glossaryTermsMatchIgnoringCaseWithPluralsPossessivesAndAcronyms() {
        assertThat(only(QaCheck.GLOSSARY, "엔비디아 주가가 올랐다.", "NVIDIA's shares rose.")).isEmpty();
        assertThat(only(QaCheck.GLOSSARY, "한국은행은 금리를 동결했다.", "The BOK held rates.")).isEmpty();
    }

    @Test
    void theLongestGlossaryTermWins() {
        assertThat(only(QaCheck.GLOSSARY, "한국은행은 금리를 동결했다.", "The Bank of Korea held rates.")).isEmpty();
    }

    @Test
    void bracketsLeftOpenInTheTranslationAreErrors() {
        assertThat(only(QaCheck.BRACKETS, "지역(서울·경기)에 한정된다.", "It is limited to (Seoul and Gyeonggi.")).hasSize(1);
        assertThat(only(QaCheck.BRACKETS, "김 장관은 \"물가가 우선\"이라고 말했다.", "\"Prices come first, Kim said."))
                .hasSize(1);
    }

    @Test
    void quotedSpeechNeedsQuotationMarks() {
        String source = "김 장관은 “물가가 우선”이라고 말했다.";

        assertThat(only(QaCheck.BRACKETS, source, "Kim said prices came first.")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("quotes someone"));
        assertThat(only(QaCheck.BRACKETS, source, "“Prices come first,” Kim said.")).isEmpty();
        assertThat(only(QaCheck.BRACKETS, source, "'Prices come first,' Kim said.")).isEmpty();
    }

    @Test
    void aQuoteOpenForTheNextSentenceMayStayOpen() {
        assertThat(only(QaCheck.BRACKETS, "그는 “다음 달 결론을 내겠다.", "\"We will decide next month.")).isEmpty();
    }

    @Test
    void titleMarksNeedNoQuotes() {
        assertThat(only(QaCheck.BRACKETS, "『채식주의자』가 주목받는다.", "The Vegetarian draws attention.")).isEmpty();
    }
}
