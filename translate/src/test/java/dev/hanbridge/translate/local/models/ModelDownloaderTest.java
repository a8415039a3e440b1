package dev.hanbridge.translate.local.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.local.MarianOptions;
import dev.hanbridge.translate.local.MarianTranslator;

class ModelDownloaderTest {

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path cache;

    private ModelStore store() {
        return ModelStore.at(cache);
    }

    private ModelDownloader downloader() {
        return new ModelDownloader(store(), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private record Update(String file, long bytes, long total, double speed) {
    }

    @Test
    void pullsEveryFileChecksItReportsProgressAndGivesAFolderTheRuntimeOpens() {
        TinyHub.serve(hub, Map.of());
        List<Update> updates = new ArrayList<>();

        Path folder = downloader().pull(TinyHub.source(hub), (f, b, t, s) -> updates.add(new Update(f, b, t, s)));

        assertThat(folder).isEqualTo(cache.resolve("hanbridge--tiny-marian"));
        for (String path : TinyHub.FILES.keySet()) {
            assertThat(folder.resolve(path)).hasBinaryContent(TinyHub.bytes(path));
        }
        assertThat(updates).allSatisfy(u -> assertThat(u.total()).isEqualTo(TinyHub.totalBytes()));
        assertThat(updates).extracting(Update::bytes).isSorted();
        assertThat(updates.get(updates.size() - 1).bytes()).isEqualTo(TinyHub.totalBytes());
        assertThat(updates.get(updates.size() - 1).speed()).isPositive();
        assertThat(updates).extracting(Update::file).contains("source.spm", "onnx/decoder_model_merged_quantized.onnx");
        assertThat(cache.resolve(".partial/hanbridge--tiny-marian")).doesNotExist();
        try (MarianTranslator marian = MarianTranslator.open(folder, MarianOptions.defaults().withThreads(1))) {
            assertThat(marian.description().quantized()).isTrue();
            assertThat(marian.translate(List.of("정부는 올해 반도체 투자를 확대한다고 밝혔다."))).singleElement()
                    .asString().isNotBlank();
        }
    }

    @Test
    void aSecondPullOfACompleteModelMakesNoRequest() {
        TinyHub.serve(hub, Map.of());
        downloader().pull(TinyHub.source(hub), DownloadProgress.NONE);
        hub.resetRequests();

        downloader().pull(TinyHub.source(hub), DownloadProgress.NONE);

        assertThat(hub.getAllServeEvents()).isEmpty();
    }

    @Test
    void resumesAnInterruptedDownloadWithARangeRequestAndKeepsFinishedFiles() throws IOException {
        TinyHub.serve(hub, Map.of());
        String interrupted = "source.spm";
        class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
        DownloadProgress stopInTheMiddle = (file, bytes, total, speed) -> {
            if (file.equals(interrupted) && Files.exists(cache.resolve(".partial/hanbridge--tiny-marian/"
                    + interrupted + ".part"))) {
                throw new Stop();
            }
        };
        assertThatThrownBy(() -> downloader().pull(TinyHub.source(hub), stopInTheMiddle)).isInstanceOf(Stop.class);
        Path part = cache.resolve(".partial/hanbridge--tiny-marian/" + interrupted + ".part");
        byte[] whole = TinyHub.bytes(interrupted);
        int have = (int) Files.size(part);
        assertThat(have).isPositive().isLessThan(whole.length);
        assertThat(cache.resolve("hanbridge--tiny-marian")).doesNotExist();
        hub.stubFor(get(urlEqualTo(TinyHub.cdnPath(interrupted))).atPriority(1)
                .withHeader("Range", equalTo("bytes=" + have + "-"))
                .willReturn(aResponse().withStatus(206)
                        .withHeader("Content-Range", "bytes " + have + "-" + (whole.length - 1) + "/" + whole.length)
                        .withBody(Arrays.copyOfRange(whole, have, whole.length))));
        hub.resetRequests();

        Path folder = downloader().pull(TinyHub.source(hub), DownloadProgress.NONE);

        assertThat(folder.resolve(interrupted)).hasBinaryContent(whole);
        hub.verify(getRequestedFor(urlEqualTo(TinyHub.cdnPath(interrupted)))
                .withHeader("Range", equalTo("bytes=" + have + "-")));
        hub.verify(0, getRequestedFor(urlEqualTo("/" + TinyHub.REPOSITORY + "/resolve/main/config.json")));
    }

    @Test
    void removesAFileWhoseSha256DiffersFromTheListingAndSaysWhich() {
        String wrong = "0".repeat(64);
        TinyHub.serve(hub, Map.of("onnx/encoder_model_quantized.onnx", wrong));

        assertThatThrownBy(() -> downloader().pull(TinyHub.source(hub), DownloadProgress.NONE))
                .isInstanceOf(ModelDownloadException.class)
                .hasMessageContaining("Checksum check failed: onnx/encoder_model_quantized.onnx has SHA-256 "
                        + TinyHub.sha256(TinyHub.bytes("onnx/encoder_model_quantized.onnx")) + ", expected " + wrong)
                .hasMessageContaining("The file was removed");
        Path partial = cache.resolve(".partial/hanbridge--tiny-marian/onnx");
        assertThat(partial.resolve("encoder_model_quantized.onnx.part")).doesNotExist();
        assertThat(partial.resolve("encoder_model_quantized.onnx")).doesNotExist();
        assertThat(cache.resolve("hanbridge--tiny-marian")).doesNotExist();
    }

    @Test
    void checksASmallFileByItsGitBlobId() {
        TinyHub.serve(hub, Map.of("vocab.json", "1".repeat(40)));

        assertThatThrownBy(() -> downloader().pull(TinyHub.source(hub), DownloadProgress.NONE))
                .isInstanceOf(ModelDownloadException.class)
                .hasMessageContaining("vocab.json has Git blob id " + TinyHub.gitBlob(TinyHub.bytes("vocab.json")));
    }

    @Test
    void usesConfiguredChecksumsWithoutAskingForTheFileList() {
        TinyHub.serve(hub, Map.of());
        Map<String, String> sha256 = new LinkedHashMap<>();
        TinyHub.FILES.keySet().forEach(p -> sha256.put(p, TinyHub.sha256(TinyHub.bytes(p))));

        Path folder = downloader().pull(TinyHub.source(hub).withSha256(sha256), DownloadProgress.NONE);

        assertThat(folder.resolve("source.spm")).hasBinaryContent(TinyHub.bytes("source.spm"));
        hub.verify(0, getRequestedFor(urlPathMatching("/api/.*")));
    }

    @Test
    void namesAFileTheRepositoryDoesNotHave() {
        TinyHub.serve(hub, Map.of());
        ModelSource source = TinyHub.source(hub).withFiles(List.of("config.json", "onnx/decoder_model_merged_q4.onnx"));

        assertThatThrownBy(() -> downloader().pull(source, DownloadProgress.NONE))
                .isInstanceOf(ModelDownloadException.class)
                .hasMessageContaining("hanbridge/tiny-marian at revision main has no onnx/decoder_model_merged_q4.onnx")
                .hasMessageContaining("onnx/encoder_model_quantized.onnx");
    }

    @Test
    void saysTheHostIsDownWhenItAnswers503() {
        hub.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> downloader().pull(TinyHub.source(hub), DownloadProgress.NONE))
                .isInstanceOf(ModelDownloadException.class)
                .hasMessage("localhost answered HTTP 503 for the file list of hanbridge/tiny-marian: the host is "
                        + "busy or down. Try again later; the pull resumes where it stopped.");
    }

    @Test
    void failsWithinSecondsWithOneLineWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ModelSource offline = ModelSource.defaultKoreanEnglish().withBaseUrl(URI.create("http://127.0.0.1:" + closedPort));
        long start = System.nanoTime();

        assertThatThrownBy(() -> downloader().pull(offline, DownloadProgress.NONE))
                .isInstanceOf(ModelDownloadException.class)
                .hasMessageStartingWith("Cannot reach http://127.0.0.1:" + closedPort)
                .hasMessageContaining("this machine looks offline")
                .hasMessageContaining(cache.resolve("Xenova--opus-mt-ko-en").toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void failsWithinTheConnectTimeoutWithOneLineWhenTheHostHasNoAddress() {
        // .invalid never resolves (RFC 2606): a resolver answers at once, and one that does not
        // answer at all is given the connect timeout (2 s here).
        ModelSource unknown = ModelSource.defaultKoreanEnglish().withBaseUrl(URI.create("https://models.invalid"));
        long start = System.nanoTime();

        assertThatThrownBy(() -> downloader().pull(unknown, DownloadProgress.NONE))
                .isInstanceOf(ModelDownloadException.class)
                .hasMessageStartingWith("Cannot reach https://models.invalid (")
                .hasMessageContaining("this machine looks offline")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void givesUpOnADownloadThatStalls() {
        TinyHub.serve(hub, Map.of());
        hub.stubFor(get(urlEqualTo("/" + TinyHub.REPOSITORY + "/resolve/main/config.json")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody(TinyHub.bytes("config.json"))
                        .withChunkedDribbleDelay(2, 4000)));
        ModelDownloader impatient = new ModelDownloader(store(), Duration.ofSeconds(2), Duration.ofMillis(500));

        assertThatThrownBy(() -> impatient.pull(TinyHub.source(hub), DownloadProgress.NONE))
                .isInstanceOf(ModelDownloadException.class)
                .hasMessageContaining("config.json of hanbridge/tiny-marian")
                .hasMessageContaining("broke off (no data for 500 ms)");
    }
}
