package dev.hanbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EngineRegistryTest {

    private final EngineRegistry registry = EngineRegistry.discover(getClass().getClassLoader());

    @Test
    void discoversEveryEngineOfTheModule() {
        assertThat(registry.providers()).extracting(TranslationEngineProvider::id)
                .contains("azure", "deepl", "google", "libretranslate", "none", "openai", "papago");
    }

    @Test
    void aCommaListMakesAFallbackChainInOrder() {
        List<TranslationEngine> chain = registry.create("deepl, google", TestResources.settings(Map.of(
                "DEEPL_API_KEY", "k:fx", "GOOGLE_ACCESS_TOKEN", "t", "GOOGLE_PROJECT", "p")));

        assertThat(chain).extracting(e -> e.info().id()).containsExactly("deepl", "google");
        assertThat(chain.get(0).info().limits().maxSegments()).isEqualTo(50);
    }

    @Test
    void noneIsTheEmptyChainAndCannotJoinAnother() {
        assertThat(registry.create("none", EngineSettings.NONE)).isEmpty();
        assertThat(registry.describe(EngineSettings.NONE)).filteredOn(r -> r.id().equals("none")).singleElement()
                .satisfies(r -> assertThat(r.configured()).isTrue());
    }

    @Test
    void aChainFailsAtCreationWhenAnyOfItsEnginesIsNotConfigured() {
        assertThatThrownBy(() -> registry.create("deepl,google", TestResources.settings(Map.of("DEEPL_API_KEY", "k"))))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("GOOGLE_");
        assertThatThrownBy(() -> registry.create("deepl,nope", TestResources.settings(Map.of("DEEPL_API_KEY", "k"))))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("Unknown translation engine 'nope'");
        assertThatThrownBy(() -> registry.create("none,deepl", TestResources.settings(Map.of("DEEPL_API_KEY", "k"))))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("fallback");
    }

    @Test
    void describesEveryEngineConfiguredOrNotWithoutShowingSecrets() {
        List<EngineDescription> rows = registry.describe(TestResources.settings(Map.of(
                "DEEPL_API_KEY", "very-secret:fx", "hanbridge.engines.deepl.max-segments", "20")));

        EngineDescription deepl = rows.stream().filter(r -> r.id().equals("deepl")).findFirst().orElseThrow();
        assertThat(deepl.configured()).isTrue();
        assertThat(deepl.limits().maxSegments()).isEqualTo(20);
        assertThat(deepl.render()).contains("DEEPL_API_KEY").contains("(set)").doesNotContain("very-secret");
        EngineDescription google = rows.stream().filter(r -> r.id().equals("google")).findFirst().orElseThrow();
        assertThat(google.configured()).isFalse();
        assertThat(google.problem()).contains("GOOGLE_APPLICATION_CREDENTIALS");
        assertThat(google.limits().maxSegments()).isEqualTo(1024);
        assertThat(rows).extracting(EngineDescription::id).contains("azure", "libretranslate", "none", "openai", "papago");
        assertThat(rows.stream().map(EngineDescription::render).reduce("", String::concat)).doesNotContain("very-secret");
    }

    @Test
    void wrongSettingValuesAreCaughtAtCreation() {
        assertThatThrownBy(() -> registry.create("deepl", TestResources.settings(Map.of("DEEPL_API_KEY", "k",
                "DEEPL_BASE_URL", "not a url")))).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("DEEPL_BASE_URL");
        assertThatThrownBy(() -> registry.create("deepl", TestResources.settings(Map.of("DEEPL_API_KEY", "k",
                "hanbridge.engines.deepl.request-timeout", "soon")))).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("request-timeout");
        assertThatThrownBy(() -> registry.create("deepl", TestResources.settings(Map.of("DEEPL_API_KEY", "k",
                "hanbridge.engines.deepl.max-segments", "0")))).isInstanceOf(EngineConfigurationException.class);
    }
}
