package dev.hanbridge.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates distinct Korean news-like sentences from a few hand-written parts, so tests and the
 * benchmark have as many different segments as they need without any external text.
 */
public final class Sentences {

    private static final String[] WHO = {"시의회는", "교육청은", "기상청은", "경찰은", "연구팀은", "조합원들은", "시장은",
        "주민들은"};
    private static final String[] WHEN = {"지난 3일", "오는 12일", "이날 오전", "전날 밤", "올해 상반기", "다음 달 초"};
    private static final String[] WHAT = {"예산안을 의결했다.", "새 노선을 발표했다.", "폭우 특보를 내렸다.",
        "조사 결과를 공개했다.", "임금 협상을 마무리했다.", "공청회를 열겠다고 밝혔다.", "보고서를 제출했다."};

    private Sentences() {
    }

    /** {@code n} different sentences; the same seed gives the same ones. */
    public static List<String> distinct(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(WHO[r.nextInt(WHO.length)] + " " + WHEN[r.nextInt(WHEN.length)] + " " + (seed * 100_000 + i)
                    + "번 안건에 대해 " + WHAT[r.nextInt(WHAT.length)]);
        }
        return out;
    }
}
