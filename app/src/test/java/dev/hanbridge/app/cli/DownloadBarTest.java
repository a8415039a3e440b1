package dev.hanbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.local.models.ModelSource;

class DownloadBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final ModelSource source = ModelSource.defaultKoreanEnglish();
    private final Path folder = Path.of("/models/Xenova--opus-mt-ko-en");

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalTheFirstUpdateSaysWhatWhereAndHowBigThenDrawsTheBarInPlace() {
        DownloadBar bar = new DownloadBar(out, true, source, folder);

        bar.update("onnx/encoder_model_quantized.onnx", 75_000_000, 150_000_000, 2_500_000);

        assertThat(printed()).isEqualTo("Fetching the model Xenova/opus-mt-ko-en (main), 150.0 MB, into "
                + folder + System.lineSeparator() + "\r\033[K[############............]  50%  75.0 MB of 150.0 MB"
                + "  2.5 MB/s  onnx/encoder_model_quantized.onnx");
    }

    @Test
    void withoutATerminalOnlyTheFirstAndTheLastLineArePrinted() {
        DownloadBar bar = new DownloadBar(out, false, source, folder);

        bar.update("config.json", 1_000, 150_000_000, 1e6);
        bar.update("onnx/decoder_model_merged_quantized.onnx", 150_000_000, 150_000_000, 1e6);
        bar.finished();

        assertThat(printed().lines()).hasSize(2).last().asString()
                .startsWith("Model Xenova/opus-mt-ko-en: 150.0 MB in ").endsWith("every file's checksum checked");
        assertThat(printed()).doesNotContain("\r").doesNotContain("[#");
    }

    @Test
    void aPullThatNeverReachedTheHostPrintsNothing() {
        DownloadBar bar = new DownloadBar(out, true, source, folder);

        bar.abandoned();

        assertThat(printed()).isEmpty();
    }

    @Test
    void aModelAlreadyCompleteSaysNothingWasFetched() {
        DownloadBar bar = new DownloadBar(out, true, source, folder);

        bar.finished();

        assertThat(printed()).isEqualTo("Model Xenova/opus-mt-ko-en: already complete, nothing fetched"
                + System.lineSeparator());
    }
}
