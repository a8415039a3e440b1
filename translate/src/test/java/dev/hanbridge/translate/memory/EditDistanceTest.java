package dev.hanbridge.translate.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    private final EditDistance distance = new EditDistance();

    @Test
    void countsSyllableEditsOfKoreanText() {
        assertThat(bounded("삼성전자가투자했다", "삼성전자는투자했다", 5)).isEqualTo(1); // substitution
        assertThat(bounded("투자했다", "투자를했다", 5)).isEqualTo(1); // insertion
        assertThat(bounded("", "반도체", 5)).isEqualTo(3);
        assertThat(bounded("같은문장", "같은문장", 0)).isZero();
    }

    @Test
    void answersBoundPlusOneWhenTheDistanceExceedsTheBound() {
        assertThat(bounded("가나다라마바사", "하파타카차자아", 3)).isEqualTo(4);
        assertThat(bounded("짧다", "훨씬더긴문장이다", 2)).isEqualTo(3); // length difference alone
    }

    @Test
    void agreesWithTheFullTableOnRandomStringsForEveryBound() {
        SplittableRandom random = new SplittableRandom(12);
        char[] alphabet = "가나다라마1 .".toCharArray();
        for (int trial = 0; trial < 20_000; trial++) {
            String a = random(random, alphabet, random.nextInt(12));
            String b = random(random, alphabet, random.nextInt(12));
            int exact = full(a, b);
            int bound = random.nextInt(14);
            assertThat(bounded(a, b, bound)).as("%s / %s bound %d", a, b, bound)
                    .isEqualTo(Math.min(exact, bound + 1));
        }
    }

    @Test
    void agreesWithTheFullTableOnPatternsLongerThanOneMachineWord() {
        SplittableRandom random = new SplittableRandom(13);
        char[] alphabet = "가나다라마바사".toCharArray();
        for (int trial = 0; trial < 2_000; trial++) {
            String a = random(random, alphabet, random.nextInt(300));
            String b = random.nextBoolean() ? mutate(a, random, alphabet) : random(random, alphabet, random.nextInt(300));
            int exact = full(a, b);
            assertThat(bounded(a, b, 400)).as("%d / %d characters", a.length(), b.length()).isEqualTo(exact);
            assertThat(bounded(a, b, exact)).isEqualTo(exact);
            if (exact > 0) {
                assertThat(bounded(a, b, exact - 1)).isEqualTo(exact);
            }
        }
    }

    @Test
    void reusesOnePatternForManyTextsAndForgetsThePreviousPattern() {
        prepare("반도체수출");
        assertThat(distance.bounded("xx반도체수출".toCharArray(), 2, 5, 5)).isZero();
        assertThat(distance.bounded("반도체수입".toCharArray(), 0, 5, 5)).isEqualTo(1);
        prepare("수입");
        assertThat(distance.bounded("반도".toCharArray(), 0, 2, 5)).isEqualTo(2);
    }

    private void prepare(String pattern) {
        distance.prepare(pattern.toCharArray(), pattern.length());
    }

    private int bounded(String a, String b, int bound) {
        prepare(a);
        return distance.bounded(b.toCharArray(), 0, b.length(), bound);
    }

    private static String mutate(String text, SplittableRandom random, char[] alphabet) {
        StringBuilder out = new StringBuilder(text);
        for (int e = random.nextInt(20); e > 0 && out.length() > 0; e--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.setCharAt(at, alphabet[random.nextInt(alphabet.length)]);
                case 1 -> out.deleteCharAt(at);
                default -> out.insert(at, alphabet[random.nextInt(alphabet.length)]);
            }
        }
        return out.toString();
    }

    private static String random(SplittableRandom random, char[] alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    /** The textbook table, row by row, for reference. */
    static int full(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
