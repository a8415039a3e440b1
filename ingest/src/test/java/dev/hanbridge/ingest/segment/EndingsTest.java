package dev.hanbridge.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The final-ending rules word by word, in both trust levels. */
class EndingsTest {

    private static boolean isFinal(String word, boolean strict) {
        return Endings.isFinal(word, 0, word.length(), strict);
    }

    @Test
    void acceptsPlainPoliteAndQuestionEndingsEverywhere() {
        for (String word : new String[] {"했다", "한다", "먹는다", "있다", "없다", "좋다", "같다", "중요하다", "것이다",
            "합니다", "있어요", "했구요", "하죠", "합니까"}) {
            assertThat(isFinal(word, true)).as(word).isTrue();
            assertThat(isFinal(word, false)).as(word).isTrue();
        }
    }

    @Test
    void rejectsNounsParticlesAndNamesThatEndInTheSameSyllables() {
        for (String word : new String[] {"다", "바다", "캐나다", "예상보다", "날마다", "필요", "중요", "주요", "마음", "처음",
            "다음", "포함", "게임", "책임", "그러니까", "했으니까", "내용", "사용"}) {
            assertThat(isFinal(word, true)).as(word).isFalse();
            assertThat(isFinal(word, false)).as(word).isFalse();
        }
    }

    @Test
    void trustsTerseAndInformalEndingsOnlyInUnpunctuatedText() {
        for (String word : new String[] {"했음", "없음", "먹음", "완료함", "변경됨", "맛집임", "보여줌", "산만해짐", "좋네",
            "하는군", "하는구나", "좋아용", "했답니당", "하쥬", "김치찌개다", "힘들다", "할까"}) {
            assertThat(isFinal(word, false)).as(word).isTrue();
            assertThat(isFinal(word, true)).as(word).isFalse();
        }
    }

    @Test
    void rejectsNamesAndConnectivesInPunctuatedProse() {
        for (String word : new String[] {"기시다", "아사다", "최다", "내려가다", "가져다", "주젯다"}) {
            assertThat(isFinal(word, true)).as(word).isFalse();
        }
    }
}
