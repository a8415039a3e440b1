package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.export.BundleManifest.BundleEntry;
import dev.hanbridge.export.BundleManifest.BundleSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunBundleTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T06:00:00Z");

    @TempDir
    Path root;

    private BundleManifest exportSample(Path runDir) throws IOException {
        List<ExportedFile> files = new ArticleExporter(ExportFormat.parseList("tmx,html"))
                .export(SampleArticles.busStops(), runDir.resolve("articles"));
        List<BundleEntry> entries = new ArrayList<>();
        for (ExportedFile file : files) {
            entries.add(BundleEntry.of(runDir, file, SampleArticles.ARTICLE_ID));
        }
        return new BundleManifest(7, "0.1.0", "deepl", "ko-KR", "en-US", CREATED, BundleManifest.counts(1, 0, 6, 5, 1),
                List.of(new BundleSource("2026/버스정류장.docx", "ab".repeat(32), SampleArticles.ARTICLE_ID, "EXPORTED", null),
                        new BundleSource("broken.hwp", "cd".repeat(32), 43, "FAILED", "broken.hwp: the HWP file is damaged")),
                entries);
    }

    @Test
    void writesAPrettyManifestWithFieldsInAFixedOrder() throws IOException {
        Path runDir = root.resolve("run-7");
        BundleManifest manifest = exportSample(runDir);

        RunBundle.write(runDir, root.resolve("run-7.zip"), manifest);

        String json = Files.readString(runDir.resolve("manifest.json"));
        assertThat(json).contains("\n  \"runId\" : 7,");
        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertThat(node.propertyNames()).containsExactly("runId", "hanbridgeVersion", "engine", "sourceLang",
                "targetLang", "createdAt", "counts", "sources", "files");
        assertThat(node.get("createdAt").asString()).isEqualTo("2026-11-28T06:00:00Z");
        assertThat(node.get("sourceLang").asString()).isEqualTo("ko-KR");
        assertThat(node.get("targetLang").asString()).isEqualTo("en-US");
        JsonNode exported = node.get("sources").get(0);
        assertThat(exported.propertyNames()).containsExactly("name", "sha256", "articleId", "status");
        assertThat(exported.get("name").asString()).isEqualTo("2026/버스정류장.docx");
        JsonNode failed = node.get("sources").get(1);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asString()).isEqualTo("broken.hwp: the HWP file is damaged");
        assertThat(node.get("counts").propertyNames())
                .containsExactly("articles", "failed", "segments", "translated", "untranslated");
        JsonNode first = node.get("files").get(0);
        assertThat(first.propertyNames()).containsExactly("path", "format", "articleId", "size", "sha256");
        assertThat(first.get("path").asString()).isEqualTo("articles/bus-stops-42.tmx");
        assertThat(first.get("format").asString()).isEqualTo("tmx");
        assertThat(RunBundle.readManifest(runDir.resolve("manifest.json"))).isEqualTo(manifest);
    }

    @Test
    void zipsTheManifestAndEveryListedFileUnderItsRelativePath() throws IOException {
        Path runDir = root.resolve("run-7");
        BundleManifest manifest = exportSample(runDir);
        Path zipPath = root.resolve("out/run-7.zip");

        ExportedFile zip = RunBundle.write(runDir, zipPath, manifest);

        assertThat(zip.format()).isNull();
        assertThat(zip.sha256()).isEqualTo(KoreanText.sha256Hex(Files.readAllBytes(zipPath)));
        assertThat(zip.size()).isEqualTo(Files.size(zipPath));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zipPath.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly(
                "manifest.json", "articles/bus-stops-42.tmx", "articles/bus-stops-42.html");
        assertThat(entries.get("manifest.json")).isEqualTo(Files.readAllBytes(runDir.resolve("manifest.json")));
        for (BundleEntry entry : manifest.files()) {
            assertThat(KoreanText.sha256Hex(entries.get(entry.path()))).isEqualTo(entry.sha256());
        }
    }

    @Test
    void zipsTheSameRunToTheSameBytes() throws IOException {
        Path runDir = root.resolve("run-7");
        BundleManifest manifest = exportSample(runDir);

        String first = RunBundle.write(runDir, root.resolve("a.zip"), manifest).sha256();
        String second = RunBundle.write(runDir, root.resolve("b.zip"), manifest).sha256();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void refusesToBundleAFileThatChangedSinceItWasExported() throws IOException {
        Path runDir = root.resolve("run-7");
        BundleManifest manifest = exportSample(runDir);
        Files.writeString(runDir.resolve("articles/bus-stops-42.html"), "edited by hand", StandardCharsets.UTF_8);
        Path zipPath = root.resolve("run-7.zip");

        assertThatIOException().isThrownBy(() -> RunBundle.write(runDir, zipPath, manifest))
                .withMessageContaining("articles/bus-stops-42.html").withMessageContaining("changed since");
        assertThat(zipPath).doesNotExist();
    }

    @Test
    void failsOnAMissingFileWithoutLeavingAHalfZip() throws IOException {
        Path runDir = root.resolve("run-7");
        BundleManifest manifest = exportSample(runDir);
        Files.delete(runDir.resolve("articles/bus-stops-42.tmx"));

        assertThatIOException().isThrownBy(() -> RunBundle.write(runDir, root.resolve("run-7.zip"), manifest))
                .isInstanceOf(NoSuchFileException.class);
        try (var listing = Files.list(root)) {
            assertThat(listing).containsExactly(runDir);
        }
    }

    @Test
    void refusesEntryPathsThatLeaveTheRunDirectory() {
        for (String path : List.of("../other/file.tmx", "/etc/passwd", "a/./b.tmx", "a\\b.tmx", "")) {
            assertThatIllegalArgumentException().as(path)
                    .isThrownBy(() -> new BundleEntry(path, "tmx", 1, 0, "00"));
        }
    }

    @Test
    void zipsManyFilesInManifestOrderReadableAsAStream() throws IOException {
        Path runDir = root.resolve("run-8");
        List<BundleEntry> listed = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Path file = runDir.resolve("articles/article-" + i + ".tsv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, ("버스 노선 " + i + "개를 새로 만든다\tline " + i + "\n").repeat(1 + i % 7),
                    StandardCharsets.UTF_8);
            byte[] bytes = Files.readAllBytes(file);
            listed.add(new BundleEntry(runDir.relativize(file).toString(), "tsv", i, bytes.length,
                    KoreanText.sha256Hex(bytes)));
        }
        BundleManifest manifest = new BundleManifest(8, "0.1.0", "none", "ko-KR", "en-US", CREATED,
                BundleManifest.counts(150, 0, 150, 0, 150), List.of(), listed);

        RunBundle.write(runDir, root.resolve("run-8.zip"), manifest);

        // Read as a stream, local headers only, the way a pipe to unzip reads it.
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(root.resolve("run-8.zip")))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                if (!names.isEmpty()) {
                    assertThat(KoreanText.sha256Hex(bytes)).as(entry.getName())
                            .isEqualTo(listed.get(names.size() - 1).sha256());
                }
                names.add(entry.getName());
            }
        }
        List<String> expected = new ArrayList<>(List.of("manifest.json"));
        listed.forEach(entry -> expected.add(entry.path()));
        assertThat(names).isEqualTo(expected);
    }

    /** A run of many small files with one larger than what is deflated ahead, listed in the middle. */
    private BundleManifest mixedRun(Path runDir) throws IOException {
        List<BundleEntry> listed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Path file = runDir.resolve("articles/article-" + i + (i == 30 ? ".html" : ".tmx"));
            Files.createDirectories(file.getParent());
            String line = i == 30 ? "<p>시내버스 노선 " + i + "번이 바뀐다. Bus route " + i + " changes.</p>\n"
                    : "<tu><tuv xml:lang=\"ko-KR\"><seg>정류장 " + i + "곳이 새로 생겼다.</seg></tuv></tu>\n";
            byte[] bytes = line.repeat(i == 30 ? 30_000 : 1 + i % 9).getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            listed.add(new BundleEntry(runDir.relativize(file).toString(), i == 30 ? "html" : "tmx", i, bytes.length,
                    KoreanText.sha256Hex(bytes)));
        }
        assertThat(listed.get(30).size()).isGreaterThan(DeflateAhead.INLINE_ABOVE);
        return new BundleManifest(9, "0.1.0", "none", "ko-KR", "en-US", CREATED,
                BundleManifest.counts(60, 0, 60, 0, 60), List.of(), listed);
    }

    @Test
    void zipsFilesDeflatedAheadOnOtherThreadsToTheSameBytesAsTheJdkWriter() throws IOException {
        Path runDir = root.resolve("run-9");
        BundleManifest manifest = mixedRun(runDir);
        Path zipPath = root.resolve("run-9.zip");

        RunBundle.write(runDir, zipPath, manifest);

        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jdk)) {
            zip.setLevel(Deflater.BEST_SPEED);
            List<String> names = new ArrayList<>(List.of(RunBundle.MANIFEST_NAME));
            manifest.files().forEach(entry -> names.add(entry.path()));
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setLastModifiedTime(FileTime.from(CREATED));
                zip.putNextEntry(entry);
                zip.write(Files.readAllBytes(runDir.resolve(name)));
                zip.closeEntry();
            }
        }
        assertThat(Files.readAllBytes(zipPath)).isEqualTo(jdk.toByteArray());
        assertThat(bundleThreads()).isEmpty();
    }

    @Test
    void refusesAFileThatGrewSinceItWasExportedWithoutReadingItWhole() throws IOException {
        Path runDir = root.resolve("run-9");
        BundleManifest manifest = mixedRun(runDir);
        Path grown = runDir.resolve(manifest.files().get(12).path());
        Files.write(grown, new byte[3 * (int) DeflateAhead.INLINE_ABOVE]); // listed as a few hundred bytes
        Path zipPath = root.resolve("run-9.zip");

        assertThatIOException().isThrownBy(() -> RunBundle.write(runDir, zipPath, manifest))
                .withMessageContaining(manifest.files().get(12).path()).withMessageContaining("changed since")
                .withMessageContaining("longer than listed");
        assertThat(zipPath).doesNotExist();
        assertThat(bundleThreads()).isEmpty();
    }

    private static List<String> bundleThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("bundle-")).toList();
    }
}
