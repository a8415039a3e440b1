package dev.hanbridge.translate.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.hanbridge.common.text.KoreanText;

class FuzzyIndexTest {

    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private final FuzzyIndex index = new FuzzyIndex();

    @Test
    void scoresTheSameSentenceOneHundredPercent() {
        index.add(7, "삼성전자는 반도체 분야에 5000억원을 투자한다고 밝혔다.");

        assertThat(index.lookup("삼성전자는  반도체 분야에 5000억원을 투자한다고 밝혔다. ", 70, 5))
                .containsExactly(new FuzzyMatch(7, 100));
    }

    @Test
    void scoresASpacingOnlyDifferenceNinetyNinePercentSoItIsNeverTakenAsTheSame() {
        index.add(7, "정부는 규제를 완화할 수 있다고 밝혔다.");

        List<FuzzyMatch> matches = index.lookup("정부는 규제를 완화할수 있다고 밝혔다.", 70, 5);

        assertThat(matches).containsExactly(new FuzzyMatch(7, 99));
        assertThat(matches.get(0).exact()).isFalse();
    }

    @Test
    void scoresOneChangedSyllableInTwentyAsNinetyFivePercent() {
        // 20 characters once spaces are gone; one substitution: 100 × (1 − 1/20) = 95
        index.add(1, "한국은행은 기준금리를 연 3.5%로 동결했다");

        assertThat(index.lookup("한국은행은 기준금리를 연 3.2%로 동결했다", 50, 5)).containsExactly(new FuzzyMatch(1, 95));
    }

    @Test
    void roundsThePercentDownSoThatNoDifferenceReachesOneHundred() {
        String longer = "가".repeat(300);
        index.add(1, longer);

        assertThat(index.lookup(longer + "나", 90, 5)).containsExactly(new FuzzyMatch(1, 99));
    }

    @Test
    void ranksBestFirstAndKeepsAtMostMax() {
        index.add(1, "현대자동차의 2분기 영업이익은 4조원으로 전년보다 12.5% 늘었다.");
        index.add(2, "현대자동차의 2분기 영업이익은 4조원으로 전년보다 12.5% 줄었다.");
        index.add(3, "현대자동차의 3분기 영업이익은 3조원으로 전년보다 2.5% 줄었다.");
        index.add(4, "기아는 전기차 신규 공장 착공식을 열었다.");

        List<FuzzyMatch> matches = index.lookup("현대자동차의 2분기 영업이익은 4조원으로 전년보다 12.5% 줄었다.", 60, 2);

        assertThat(matches).extracting(FuzzyMatch::id).containsExactly(2L, 1L);
        assertThat(matches.get(0).percent()).isEqualTo(100);
        assertThat(matches.get(1).percent()).isBetween(90, 99);
    }

    @Test
    void putsTheUnitAddedLastFirstAmongEqualPercentages() {
        index.add(10, "원·달러 환율은 1350원에 마감했다.");
        index.add(11, "원·달러 환율은 1350원에 마감했다.");

        assertThat(index.lookup("원·달러 환율은 1350원에 마감했다.", 70, 5)).extracting(FuzzyMatch::id).containsExactly(11L, 10L);
    }

    @Test
    void leavesOutUnitsBelowTheMinimum() {
        index.add(1, "코스피는 전날보다 1.2% 오른 2650.31로 장을 마쳤다.");

        assertThat(index.lookup("코스닥은 전날보다 3.4% 내린 850.12로 장을 마쳤다.", 90, 5)).isEmpty();
        assertThat(index.lookup("전혀 다른 문장이다.", 50, 5)).isEmpty();
    }

    @Test
    void findsShortHeadlinesAndSingleCharacters() {
        index.add(1, "속보");
        index.add(2, "가");

        assertThat(index.lookup("속보", 100, 5)).containsExactly(new FuzzyMatch(1, 100));
        assertThat(index.lookup("가", 100, 5)).containsExactly(new FuzzyMatch(2, 100));
        assertThat(index.lookup("속도", 50, 5)).containsExactly(new FuzzyMatch(1, 50));
    }

    @Test
    void doesNotIndexEmptyOrOverlongTexts() {
        assertThat(index.add(1, " \u3000 ")).isFalse();
        assertThat(index.add(2, "가".repeat(FuzzyIndex.MAX_LENGTH + 1))).isFalse();
        assertThat(index.add(3, "가".repeat(FuzzyIndex.MAX_LENGTH))).isTrue();

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.lookup("  ", 70, 5)).isEmpty();
    }

    @Test
    void rejectsAMinimumBelowFiftyPercentOrNoRoomForMatches() {
        assertThatThrownBy(() -> index.lookup("문장", 40, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 50 and 100");
        assertThatThrownBy(() -> index.lookup("문장", 70, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersExactlyWhatComparingWithEveryUnitAnswersOnNewsLikeSentences() {
        SyntheticMemory memory = new SyntheticMemory(3);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            units.add(memory.sentence(i));
            index.add(i, units.get(i));
        }
        SplittableRandom random = new SplittableRandom(5);
        for (int q = 0; q < 200; q++) {
            String query = q % 3 == 0 ? new SyntheticMemory(99).sentence(q)
                    : edit(units.get(random.nextInt(units.size())), memory, random, 1 + random.nextInt(3));
            int minPercent = 50 + random.nextInt(51);
            int max = 1 + random.nextInt(20);
            assertThat(index.lookup(query, minPercent, max)).as("%s at %d%%, max %d", query, minPercent, max)
                    .isEqualTo(bruteForce(units, query, minPercent, max));
        }
    }

    @Test
    void answersExactlyOnRepetitiveTextsWhereTheBigramBoundIsWeak() {
        SplittableRandom random = new SplittableRandom(8);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            units.add(randomText(random, "ㅋ하 .", 1 + random.nextInt(15)));
            index.add(i, units.get(i));
        }
        for (int q = 0; q < 300; q++) {
            String query = randomText(random, "ㅋ하 .", 1 + random.nextInt(15));
            int minPercent = 50 + random.nextInt(51);
            assertThat(index.lookup(query, minPercent, 10)).as("%s at %d%%", query, minPercent)
                    .isEqualTo(bruteForce(units, query, minPercent, 10));
        }
    }

    @Test
    void answersTheSameFromManyThreadsAtOnce() throws Exception {
        SyntheticMemory memory = new SyntheticMemory(4);
        for (int i = 0; i < 2000; i++) {
            index.add(i, memory.sentence(i));
        }
        List<String> queries = new ArrayList<>();
        List<List<FuzzyMatch>> expected = new ArrayList<>();
        for (int q = 0; q < 200; q++) {
            queries.add(new SyntheticMemory(40).sentence(q));
            expected.add(index.lookup(queries.get(q), 70, 5));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<FuzzyMatch>>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(threads.submit(() -> queries.stream().map(query -> index.lookup(query, 70, 5)).toList()));
            }
            for (Future<List<List<FuzzyMatch>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Replaces, deletes or inserts {@code edits} words of the sentence. */
    static String edit(String sentence, SyntheticMemory memory, SplittableRandom random, int edits) {
        List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, memory.word(random));
                case 1 -> {
                    if (words.size() > 1) {
                        words.remove(at);
                    }
                }
                default -> words.add(at, memory.word(random));
            }
        }
        return String.join(" ", words);
    }

    /** What a lookup must answer, by comparing the query with every unit. */
    static List<FuzzyMatch> bruteForce(List<String> units, String query, int minPercent, int max) {
        String queryKey = FuzzyKey.of(query);
        if (queryKey.isEmpty()) {
            return List.of();
        }
        record Scored(int unit, int percent) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int unit = 0; unit < units.size(); unit++) {
            String key = KEYS.computeIfAbsent(units.get(unit), FuzzyKey::of);
            if (key.isEmpty()) {
                continue;
            }
            int longer = Math.max(key.length(), queryKey.length());
            if (Math.abs(key.length() - queryKey.length()) * 100 > longer * (100 - minPercent)) {
                continue; // the length difference alone is too many edits: saves the table
            }
            int distance = EditDistanceTest.full(queryKey, key);
            int percent = (longer - distance) * 100 / longer;
            if (distance == 0 && !KoreanText.normalize(query).equals(KoreanText.normalize(units.get(unit)))) {
                percent = 99;
            }
            if (percent >= minPercent) {
                scored.add(new Scored(unit, percent));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::percent).thenComparingInt(Scored::unit).reversed())
                .limit(max)
                .map(s -> new FuzzyMatch(s.unit(), s.percent()))
                .toList();
    }

    private static String randomText(SplittableRandom random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
