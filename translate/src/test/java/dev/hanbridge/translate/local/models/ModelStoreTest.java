package dev.hanbridge.translate.local.models;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

class ModelStoreTest {

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path cache;

    private Path pulled() {
        TinyHub.serve(hub, Map.of());
        return new ModelDownloader(ModelStore.at(cache), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .pull(TinyHub.source(hub), DownloadProgress.NONE);
    }

    @Test
    void isHanbridgeModelsWhenSetAndTheUsersCacheOtherwise() {
        assertThat(ModelStore.fromEnvironment(Map.of("HANBRIDGE_MODELS", cache.toString())).root()).isEqualTo(cache);
        assertThat(ModelStore.fromEnvironment(Map.of()).root())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "hanbridge", "models"));
    }

    @Test
    void listsPulledAndHandCopiedModelsWithTheirSize() throws IOException {
        Path folder = pulled();
        Files.createDirectories(cache.resolve("my-own-model"));
        Files.writeString(cache.resolve("my-own-model/config.json"), "{}");

        assertThat(ModelStore.at(cache).list()).satisfiesExactly(
                model -> {
                    assertThat(model.name()).isEqualTo("hanbridge--tiny-marian");
                    assertThat(model.folder()).isEqualTo(folder);
                    assertThat(model.repository()).isEqualTo("hanbridge/tiny-marian");
                    assertThat(model.revision()).isEqualTo("main");
                    assertThat(model.complete()).isTrue();
                    assertThat(model.sizeBytes()).isGreaterThan(TinyHub.totalBytes());
                    assertThat(model.fileCount()).isEqualTo(TinyHub.FILES.size());
                    assertThat(model.pulled()).isTrue();
                },
                model -> {
                    assertThat(model.name()).isEqualTo("my-own-model");
                    assertThat(model.repository()).isNull();
                    assertThat(model.complete()).isFalse();
                    assertThat(model.sizeBytes()).isEqualTo(2);
                    assertThat(model.fileCount()).isEqualTo(1);
                    assertThat(model.pulled()).isFalse();
                });
    }

    @Test
    void verifiesEveryFileAndNamesADamagedOne() throws IOException {
        Path folder = pulled();
        ModelStore store = ModelStore.at(cache);
        assertThat(store.verify("hanbridge--tiny-marian").valid()).isTrue();
        assertThat(store.verify("hanbridge--tiny-marian").checked()).hasSize(TinyHub.FILES.size());

        byte[] spm = Files.readAllBytes(folder.resolve("source.spm"));
        spm[100] ^= 1;
        Files.write(folder.resolve("source.spm"), spm);
        Files.delete(folder.resolve("vocab.json"));

        VerifyReport report = store.verify("hanbridge--tiny-marian");
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).hasSize(2);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).startsWith("source.spm has SHA-256"));
        assertThat(report.problems()).contains("vocab.json is missing");
        assertThat(store.list().get(0).complete()).isFalse();
    }

    @Test
    void removesAModelAndItsUnfinishedDownload() throws IOException {
        pulled();
        Files.createDirectories(cache.resolve(".partial/hanbridge--tiny-marian"));
        ModelStore store = ModelStore.at(cache);

        assertThat(store.remove("hanbridge--tiny-marian")).isTrue();

        assertThat(cache.resolve("hanbridge--tiny-marian")).doesNotExist();
        assertThat(cache.resolve(".partial/hanbridge--tiny-marian")).doesNotExist();
        assertThat(store.list()).isEmpty();
        assertThat(store.remove("hanbridge--tiny-marian")).isFalse();
    }
}
