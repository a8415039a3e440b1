package dev.hanbridge.translate.local;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.driver.ArticleRef;
import dev.hanbridge.translate.driver.Outcome;
import dev.hanbridge.translate.driver.TranslationDriver;
import dev.hanbridge.translate.local.models.DownloadProgress;
import dev.hanbridge.translate.local.models.ModelDownloader;
import dev.hanbridge.translate.local.models.ModelStore;
import dev.hanbridge.translate.local.models.TinyHub;
import dev.hanbridge.translate.none.NoneEngineProvider;

/** The {@code local} engine over the tiny model: settings, the model it records, loading, failures. */
class LocalEngineTest {

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path models;

    private final Map<String, String> values = new HashMap<>();
    private final EngineSettings settings = key -> Optional.ofNullable(values.get(key));
    private final LocalEngineProvider provider = new LocalEngineProvider();

    @BeforeEach
    void setUp() {
        values.put("HANBRIDGE_MODELS", models.toString());
        values.put("hanbridge.engines.local.threads", "1");
    }

    /** The tiny model pulled into the store, and the settings that name its repository. */
    private void pullTinyModel() {
        TinyHub.serve(hub, Map.of());
        new ModelDownloader(ModelStore.at(models)).pull(TinyHub.source(hub), DownloadProgress.NONE);
        values.put("hanbridge.engines.local.repository", TinyHub.REPOSITORY);
        values.put("hanbridge.engines.local.base-url", hub.baseUrl());
        values.put("hanbridge.engines.local.files", TinyHub.fileList());
        hub.resetRequests();
    }

    private TranslationEngine engine() {
        return provider.create(settings).orElseThrow();
    }

    @Test
    void saysWhereTheModelBelongsAndHowToGetItWhenItIsAbsent() {
        assertThatThrownBy(this::engine)
                .isInstanceOf(EngineConfigurationException.class)
                .hasMessage("No local model in " + models.resolve("Xenova--opus-mt-ko-en") + ". Fetch it with "
                        + "'hanbridge models pull' (it is also fetched on the first 'hanbridge run'), or copy a model "
                        + "folder to " + models.resolve("Xenova--opus-mt-ko-en") + ".");
    }

    @Test
    void recordsTheRepositoryAndRevisionOfAPulledModelAndTakesOneModelBatchPerRequest() {
        pullTinyModel();
        values.put("hanbridge.engines.local.batch-size", "5");

        EngineInfo info = engine().info();

        assertThat(info.id()).isEqualTo("local");
        assertThat(info.model()).isEqualTo("hanbridge/tiny-marian@main int8");
        assertThat(info.usesContext()).isFalse();
        // The tiny model takes 128 input tokens (max_position_embeddings).
        assertThat(info.limits().maxSegments()).isEqualTo(5);
        assertThat(info.limits().maxChars()).isEqualTo(5 * 128);
        assertThat(hub.getAllServeEvents()).isEmpty();
    }

    @Test
    void loadsTheModelOnTheFirstRequestAndTranslatesAsTheRuntimeDoes() {
        pullTinyModel();
        List<String> sources = List.of("정부는 올해 반도체 투자를 확대한다고 밝혔다.", "서울시는 버스 요금을 올린다.", "");
        LocalEngine engine = (LocalEngine) engine();
        assertThat(engine.loaded()).isFalse();

        List<String> targets = engine.translate(new TranslationRequest("ko", "en-US", sources, null)).targets();

        assertThat(engine.loaded()).isTrue();
        try (MarianTranslator marian = MarianTranslator.open(models.resolve(TinyHub.FOLDER_NAME),
                MarianOptions.defaults().withThreads(1))) {
            assertThat(targets).isEqualTo(marian.translate(sources));
        }
        assertThat(targets.get(0)).isNotBlank();
        assertThat(targets.get(2)).isEmpty();
    }

    @Test
    void keepsOneEnginePerModelAndOptionsSoAProcessLoadsTheModelOnce() {
        pullTinyModel();
        TranslationEngine first = engine();

        assertThat(engine()).isSameAs(first);
        values.put("hanbridge.engines.local.beams", "1");
        assertThat(engine()).isNotSameAs(first);
    }

    @Test
    void namesAFolderCopiedInByHandByItsFolderName() {
        TinyHub.copyTo(models.resolve("my-model"));
        values.put("hanbridge.engines.local.model", "my-model");

        assertThat(engine().info().model()).isEqualTo("my-model int8");

        values.put("hanbridge.engines.local.model", TinyMarian.folder().toString());
        values.put("hanbridge.engines.local.precision", "full");
        assertThat(engine().info().model()).isEqualTo("tiny-marian");
    }

    @Test
    void aFolderCopiedInByHandIsNeverFetched() {
        values.put("hanbridge.engines.local.model", "my-model");

        LocalSettings local = LocalSettings.read(settings);

        assertThat(local.fetchable()).isFalse();
        assertThat(local.folder()).isEqualTo(models.resolve("my-model"));
        assertThatThrownBy(this::engine).hasMessageContaining("Copy a Marian model folder to "
                + models.resolve("my-model") + ", or change hanbridge.engines.local.model.");
    }

    @Test
    void anIncompleteFolderIsAConfigurationErrorThatSaysWhatIsMissing() throws IOException {
        Path folder = Files.createDirectories(models.resolve("Xenova--opus-mt-ko-en"));
        Files.writeString(folder.resolve("config.json"), "{}");

        assertThatThrownBy(this::engine)
                .isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("The model folder " + folder + " is incomplete: missing vocab.json, source.spm");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "batch-size | 0       | hanbridge.engines.local.batch-size must be a whole number of 1 or more, not '0'.",
        "threads    | many    | hanbridge.engines.local.threads must be a whole number of 1 or more, not 'many'.",
        "beams      | -1      | hanbridge.engines.local.beams must be a whole number of 0 or more, not '-1'.",
        "precision  | half    | hanbridge.engines.local.precision must be auto, quantized or full, not 'half'.",
        "sha256     | a.onnx  | hanbridge.engines.local.sha256 takes path=sha256 pairs",
        "repository | opus-mt | A model repository is owner/name, got \"opus-mt\". Check hanbridge.engines.local.repository",
        "base-url   | ftp://x | hanbridge.engines.local.base-url is not an http(s) URL: 'ftp://x'."})
    void aWrongSettingStopsWithTheKeyToFix(String name, String value, String message) {
        values.put("hanbridge.engines.local." + name, value);

        assertThatThrownBy(this::engine).isInstanceOf(EngineConfigurationException.class).hasMessageContaining(message);
    }

    @Test
    void autoIsTheLocalEngineWhenItsModelIsPresentAndNoneOtherwise() {
        EngineRegistry registry = new EngineRegistry(List.of(provider, new NoneEngineProvider()));
        assertThat(registry.resolve("auto", settings)).isEqualTo("none");
        assertThat(registry.create("auto", settings)).isEmpty();

        pullTinyModel();

        assertThat(registry.resolve("auto", settings)).isEqualTo("local");
        assertThat(registry.create("auto", settings)).extracting(e -> e.info().id()).containsExactly("local");
        assertThat(registry.resolve("deepl", settings)).isEqualTo("deepl");
    }

    @Test
    void theDriverLeavesOnlyASegmentTooLongForTheModelUntranslated() {
        pullTinyModel();
        InMemoryLedger ledger = new InMemoryLedger();
        long run = ledger.run();
        String noBoundary = "가나다라 마바사아 자차카타 파하 ".repeat(12).strip();
        long article = ledger.article("반도체 투자", List.of(List.of("정부는 투자를 늘린다.", noBoundary,
                "기준금리를 동결했다.")));
        List<TranslationEngine> chain = new EngineRegistry(List.of(provider)).create("local", settings);

        Outcome outcome = TranslationDriver.builder(ledger, chain, "en-US").usage(ledger).build()
                .translate(run, List.of(new ArticleRef(article, "반도체 투자")));

        assertThat(outcome.machineTranslated()).isEqualTo(3);
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(ledger.translationsBy("local")).extracting(InMemoryLedger.Stored::source)
                .containsExactlyInAnyOrder("반도체 투자", "정부는 투자를 늘린다.", "기준금리를 동결했다.");
        assertThat(ledger.translationsBy("local")).allSatisfy(t -> assertThat(t.translation().model())
                .isEqualTo("hanbridge/tiny-marian@main int8"));
        assertThat(ledger.failures()).singleElement().satisfies(f -> {
            assertThat(f.engine()).isEqualTo("local");
            assertThat(f.reason()).startsWith("The segment is ").contains("tokens long where the model takes 128")
                    .contains("Split the segment in the source.");
        });
    }
}
