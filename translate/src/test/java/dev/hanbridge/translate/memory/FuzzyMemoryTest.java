package dev.hanbridge.translate.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.memory.FuzzyMemory.Policy;

class FuzzyMemoryTest {

    private final InMemoryLedger units = new InMemoryLedger();

    @Test
    void putsAPersonsTranslationBeforeAMachinesAtTheSamePercentage() {
        units.remember("시장은 금리 동결을 예상했다.", "Markets expected a rate hold.", TranslationOrigin.HUMAN, null, "en");
        units.remember("시장은 금리 인상을 예상했다.", "Markets expected a rate rise.", TranslationOrigin.MT, "deepl", "en");
        FuzzyMemory memory = new FuzzyMemory(units, "en", Policy.DEFAULT);

        Map<String, List<MemoryMatch>> found = memory.lookup(List.of("시장은 금리 조정을 예상했다."), Function.identity());

        assertThat(found.get("시장은 금리 조정을 예상했다.")).extracting(MemoryMatch::percent, MemoryMatch::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(84, TranslationOrigin.HUMAN),
                        org.assertj.core.groups.Tuple.tuple(84, TranslationOrigin.MT));
    }

    @Test
    void offersAUnitAsItIsStoredNowAndOnlyInItsLanguage() {
        units.remember("시장은 금리 동결을 예상했다.", "Markets expected a rate hold.", TranslationOrigin.MT, "deepl", "en");
        units.remember("시장은 금리 동결을 예상했다.", "Les marchés attendaient un statu quo.", TranslationOrigin.MT, "deepl", "fr");
        FuzzyMemory memory = new FuzzyMemory(units, "en", Policy.DEFAULT);
        memory.lookup(List.of("시장은 금리 동결을 예상한다."), Function.identity());

        units.remember("시장은 금리 동결을 예상했다.", "Markets had expected the hold.", TranslationOrigin.HUMAN, null, "en");

        assertThat(memory.lookup(List.of("시장은 금리 동결을 예상한다."), Function.identity()).get("시장은 금리 동결을 예상한다."))
                .singleElement().satisfies(m -> {
                    assertThat(m.target()).isEqualTo("Markets had expected the hold.");
                    assertThat(m.origin()).isEqualTo(TranslationOrigin.HUMAN);
                });
    }

    @Test
    void aPolicyOutsideItsRangeSaysWhichSettingToFix() {
        assertThatThrownBy(() -> new Policy(40, 3, 0)).hasMessageContaining("hanbridge.memory.fuzzy-min")
                .hasMessageContaining("40");
        assertThatThrownBy(() -> new Policy(75, 3, 100)).hasMessageContaining("hanbridge.memory.fuzzy-apply-above");
        assertThatThrownBy(() -> new Policy(80, 3, 70)).hasMessageContaining("hanbridge.memory.fuzzy-apply-above");
        assertThat(new Policy(75, 3, 95).applies(new MemoryMatch(95, "가", "a", TranslationOrigin.MT))).isTrue();
        assertThat(Policy.DEFAULT.applies(new MemoryMatch(99, "가", "a", TranslationOrigin.MT))).isFalse();
    }
}
