package dev.hanbridge.app;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.local.models.TinyHub;

/** {@code hanbridge models} and the local engine in {@code hanbridge engines}, against a fake Hugging Face. */
class ModelsCommandTest {

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path models;

    private final Map<String, String> properties = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        TinyHub.serve(hub, Map.of());
        properties.put("hanbridge.models", models.toString());
        properties.put("hanbridge.engines.local.base-url", hub.baseUrl());
        properties.put("hanbridge.engines.local.repository", TinyHub.REPOSITORY);
        properties.put("hanbridge.engines.local.files", TinyHub.fileList());
        properties.forEach(System::setProperty);
    }

    @AfterEach
    void tearDown() {
        properties.keySet().forEach(System::clearProperty);
    }

    private Path folder() {
        return models.resolve(TinyHub.FOLDER_NAME);
    }

    @Test
    void pullShowsWhatItFetchesHowBigAndWhereThenListShowsTheModel() {
        CliRunner.Result pull = CliRunner.run("models", "pull");

        assertThat(pull.exitCode()).as(pull.all()).isZero();
        assertThat(pull.out()).contains("Fetching the model hanbridge/tiny-marian (main), " + megabytes(
                TinyHub.totalBytes()) + ", into " + folder()).contains("every file's checksum checked");
        assertThat(folder().resolve("onnx/decoder_model_merged_quantized.onnx")).exists();

        CliRunner.Result list = CliRunner.run("models", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("Models in " + models + " (HANBRIDGE_MODELS):")
                .containsPattern("\\* hanbridge--tiny-marian +0\\.\\d MB +8  at pull +hanbridge/tiny-marian@main")
                .contains("* the local engine's model: " + folder());
    }

    @Test
    void listSaysHowToGetTheModelWhenThereIsNone() {
        CliRunner.Result list = CliRunner.run("models", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("  none").contains("The local engine's model is not present: " + folder()
                + ". Fetch it with 'hanbridge models pull'");
    }

    @Test
    void verifyRechecksEveryChecksumAndNamesTheFileThatChanged() throws Exception {
        assertThat(CliRunner.run("models", "pull").exitCode()).isZero();

        CliRunner.Result good = CliRunner.run("models", "verify");

        assertThat(good.exitCode()).isZero();
        assertThat(good.out()).contains("hanbridge--tiny-marian: verified, 8 files match");

        byte[] vocab = Files.readAllBytes(folder().resolve("vocab.json"));
        vocab[10] ^= 1;
        Files.write(folder().resolve("vocab.json"), vocab);
        CliRunner.Result bad = CliRunner.run("models", "verify", TinyHub.REPOSITORY);

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("hanbridge--tiny-marian: NOT verified").contains("vocab.json has Git blob id");
    }

    @Test
    void removeDeletesTheFolderAndSaysWhenThereIsNothingToRemove() {
        assertThat(CliRunner.run("models", "pull").exitCode()).isZero();

        CliRunner.Result removed = CliRunner.run("models", "remove", TinyHub.FOLDER_NAME);

        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("Removed " + folder());
        assertThat(folder()).doesNotExist();
        CliRunner.Result again = CliRunner.run("models", "remove", TinyHub.FOLDER_NAME);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("no model hanbridge--tiny-marian in " + models);
    }

    @Test
    void pullOfAnotherRepositoryFetchesItBesideAndSaysHowToUseIt() {
        System.clearProperty("hanbridge.engines.local.repository");

        CliRunner.Result pull = CliRunner.run("models", "pull", TinyHub.REPOSITORY);

        assertThat(pull.exitCode()).as(pull.all()).isZero();
        assertThat(folder()).isDirectory();
        assertThat(pull.out()).contains("to run this model, set hanbridge.engines.local.repository=hanbridge/tiny-marian");
    }

    @Test
    void aFailedPullSaysWhyInOneLine() {
        System.setProperty("hanbridge.engines.local.base-url", "http://127.0.0.1:9");

        CliRunner.Result pull = CliRunner.run("models", "pull");

        assertThat(pull.exitCode()).isEqualTo(1);
        assertThat(pull.err().strip()).startsWith("hanbridge: Cannot reach http://127.0.0.1:9").doesNotContain("\n");
        assertThat(folder()).doesNotExist();
    }

    @Test
    void enginesShowsTheLocalEngineItsModelItsSizeAndWhetherItIsPresent() {
        CliRunner.Result absent = CliRunner.run("engines");

        assertThat(absent.out()).contains("local  [not configured]")
                .contains("No local model in " + folder() + ". Fetch it with 'hanbridge models pull'")
                .contains("Selected: auto (HANBRIDGE_ENGINE is not set): local once 'hanbridge run'");

        assertThat(CliRunner.run("models", "pull").exitCode()).isZero();
        CliRunner.Result present = CliRunner.run("engines");

        assertThat(present.out()).contains("local  [ready]").contains("model: hanbridge/tiny-marian@main int8")
                .containsPattern("model folder: " + java.util.regex.Pattern.quote(folder().toString())
                        + "  \\(present, 0\\.\\d MB, 8 files\\)")
                .contains("Selected: auto (HANBRIDGE_ENGINE is not set): local, its model is present");
    }

    @Test
    void enginesCheckTranslatesItsSentenceWithThePulledModelAndNamesIt() {
        CliRunner.Result absent = CliRunner.run("engines", "--check", "local");

        assertThat(absent.exitCode()).isEqualTo(1);
        assertThat(absent.out()).contains("FAIL  local").contains("hanbridge models pull");

        assertThat(CliRunner.run("models", "pull").exitCode()).isZero();
        CliRunner.Result present = CliRunner.run("engines", "--check", "local");

        assertThat(present.exitCode()).as(present.all()).isZero();
        assertThat(present.out()).contains("OK    local (hanbridge/tiny-marian@main int8)");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
