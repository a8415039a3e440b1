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
    void readsStringsAtAnOffsetInsideLargerArrays() {
        char[] a = "xx반도체yy".toCharArray();
        char[] b = "zz반도채".toCharArray();
        assertThat(distance.bounded(a, 2, 3, b, 2, 3, 3)).isEqualTo(1);
    }

    private int bounded(String a, String b, int bound) {
        return distance.bounded(a.toCharArray(), 0, a.length(), b.toCharArray(), 0, b.length(), bound);
    }

    private static String random(SplittableRandom random, char[] alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    /** The textbook table, for reference. */
    static int full(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                } else {
                    d[i][j] = Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                            Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
