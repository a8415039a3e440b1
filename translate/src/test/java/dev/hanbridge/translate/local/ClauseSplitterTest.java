package dev.hanbridge.translate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    /** One token per character: limits in the tests read as lengths. */
    private static ClauseSplitter splitter(int limit) {
        return new ClauseSplitter(String::length, limit);
    }

    @Test
    void leavesATextThatFitsWhole() {
        assertThat(splitter(100).split("정부는 예산을 늘렸고, 야당은 반대했다.")).containsExactly("정부는 예산을 늘렸고, 야당은 반대했다.");
    }

    @Test
    void prefersASentenceEndToAClauseEnd() {
        String text = "정부는 예산을 늘렸고, 야당은 반대했다. 국회는 표결을 미뤘다.";
        assertThat(splitter(25).split(text)).containsExactly("정부는 예산을 늘렸고, 야당은 반대했다.", "국회는 표결을 미뤘다.");
    }

    @Test
    void splitsAfterAKoreanConnectiveBeforeAPlainComma() {
        String text = "시는 서울, 부산, 대구에서 요금을 올리지만, 인천과 광주에서는 내린다";
        assertThat(splitter(30).split(text)).containsExactly("시는 서울, 부산, 대구에서 요금을 올리지만,", "인천과 광주에서는 내린다");
    }

    @Test
    void takesTheBoundaryNearestTheMiddleAndSplitsAgainWhileAPartIsTooLong() {
        String text = "가가가고, 나나나며, 다다다지만, 라라라고, 마마마";
        assertThat(splitter(12).split(text)).containsExactly("가가가고, 나나나며,", "다다다지만,", "라라라고, 마마마");
    }

    @Test
    void fallsBackToAnyCommaOrSemicolon() {
        assertThat(splitter(12).split("서울; 부산, 대구와 광주의 날씨")).containsExactly("서울; 부산,", "대구와 광주의 날씨");
    }

    @Test
    void reportsAPartWithoutABoundary() {
        assertThatThrownBy(() -> splitter(10).split("짧은 절이고, 쉼표도 마침표도 없이 길게 이어지는 절"))
                .isInstanceOf(ClauseSplitter.TooLong.class)
                .satisfies(e -> assertThat(((ClauseSplitter.TooLong) e).part).isEqualTo("쉼표도 마침표도 없이 길게 이어지는 절"));
    }
}
