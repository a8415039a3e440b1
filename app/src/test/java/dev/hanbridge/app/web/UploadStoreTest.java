package dev.hanbridge.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import dev.hanbridge.ingest.archive.ArchiveLimits;
import dev.hanbridge.ingest.archive.Zips;

class UploadStoreTest {

    @TempDir
    Path tmp;

    private UploadStore store(int maxFiles, int maxEntries) {
        return new UploadStore(tmp.resolve("uploads"), maxFiles,
                ArchiveLimits.DEFAULT.withMaxArchiveBytes(50L << 20).withMaxEntries(maxEntries));
    }

    private static MultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    private static byte[] zip(Charset names, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void storesAZipWhoseKoreanNamesWindowsWroteInCp949() throws IOException {
        // Without the UTF-8 flag, as Windows' built-in zip writes them: the JDK refuses them as UTF-8.
        byte[] archive = zip(Charset.forName("x-windows-949"), Map.of("경제/속보.txt",
                "정부는 새 예산안을 발표했다.".getBytes(StandardCharsets.UTF_8)));
        Path dir = store(10, 100).store(List.of(file("기사묶음.zip", archive)));
        assertThat(dir.resolve("기사묶음.zip")).exists();
    }

    @Test
    void refusesABombNestedInsideAnArchive() throws IOException {
        ByteArrayOutputStream zeros = new ByteArrayOutputStream();
        try (ZipOutputStream inner = new ZipOutputStream(zeros)) {
            inner.putNextEntry(new ZipEntry("big.txt"));
            inner.write(new byte[30 << 20]);
            inner.closeEntry();
        }
        byte[] outer = zip(StandardCharsets.UTF_8, Map.of("inner.zip", zeros.toByteArray()));
        assertThatThrownBy(() -> store(10, 100).store(List.of(file("outer.zip", outer))))
                .isInstanceOf(UploadStore.RejectedUpload.class).hasMessageContaining("zip bomb");
        assertThat(tmp.resolve("uploads")).doesNotExist();
    }

    @Test
    void refusesEntryNamesThatAreAbsoluteOrClimbOut() throws IOException {
        for (String name : List.of("/etc/passwd", "C:\\Windows\\evil.txt", "a/../../b.txt", "..\\..\\c.txt")) {
            byte[] archive = zip(StandardCharsets.UTF_8, Map.of(name, new byte[] {1}));
            assertThatThrownBy(() -> store(10, 100).store(List.of(file("x.zip", archive))))
                    .as(name).isInstanceOf(UploadStore.RejectedUpload.class)
                    .hasMessageContaining("points outside the archive");
        }
    }

    @Test
    void refusesTooManyFilesOrEntries() throws IOException {
        byte[] text = "서울에 비가 내렸다.".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> store(2, 100).store(List.of(file("a.txt", text), file("b.txt", text),
                file("c.txt", text)))).hasMessageContaining("at most 2 per upload");
        byte[] many = zip(StandardCharsets.UTF_8, Map.of("1.txt", text, "2.txt", text, "3.txt", text));
        assertThatThrownBy(() -> store(10, 2).store(List.of(file("many.zip", many))))
                .hasMessageContaining("more than 2 archive entries");
    }

    @Test
    void refusesTheCraftedArchiveOfIssue9ThatTheOldCheckAccepted() throws IOException {
        // Walking its local headers finds one harmless readme; its directory lists 20 more
        // entries, all one 1 GiB stream of zeros that declares 1,000 bytes. The old check walked
        // the local headers only and stored it; ingest then spent 42 CPU-seconds on it.
        byte[] crafted = Zips.craftedBomb(20, 1024);

        assertThatThrownBy(() -> store(10, 100).store(List.of(file("articles.zip", crafted))))
                .isInstanceOf(UploadStore.RejectedUpload.class)
                .hasMessageStartingWith("articles.zip: the archive's directory and its entries disagree")
                .satisfies(e -> assertThat(((UploadStore.RejectedUpload) e).tooLarge).isFalse());
        assertThat(tmp.resolve("uploads")).doesNotExist();
    }

    @Test
    void refusesLocalEntriesThatTheDirectoryHides() throws IOException {
        Zips zip = new Zips();
        byte[] hidden = "숨은 파일".getBytes(StandardCharsets.UTF_8);
        zip.local("hidden.txt", Zips.STORED, hidden, Zips.crc(hidden), hidden.length);
        zip.entry("listed.txt", "보이는 파일".getBytes(StandardCharsets.UTF_8));
        byte[] archive = zip.build();

        assertThatThrownBy(() -> store(10, 100).store(List.of(file("two.zip", archive))))
                .hasMessageContaining("belong to no entry of the directory");
    }

    @Test
    void refusesAnEntryThatInflatesPastWhatItDeclares() throws IOException {
        byte[] zeros = Zips.deflatedZeros(64);
        Zips zip = new Zips();
        long offset = zip.local("article.txt", Zips.DEFLATED, zeros, 0, 1_000);
        zip.listed("article.txt", offset, Zips.DEFLATED, 0, zeros.length, 1_000);
        byte[] archive = zip.build();

        assertThatThrownBy(() -> store(10, 100).store(List.of(file("lies.zip", archive))))
                .hasMessage("lies.zip!/article.txt: the entry inflates beyond the 1000 bytes its archive declares;"
                        + " this looks like a zip bomb, so it was not read");
    }

    @Test
    void refusesArchivesNestedDeeperThanThreeLevels() throws IOException {
        byte[] deepest = zip(StandardCharsets.UTF_8, Map.of("d.txt", "넷".getBytes(StandardCharsets.UTF_8)));
        byte[] third = zip(StandardCharsets.UTF_8, Map.of("deepest.zip", deepest));
        byte[] second = zip(StandardCharsets.UTF_8, Map.of("third.zip", third));
        byte[] first = zip(StandardCharsets.UTF_8, Map.of("second.zip", second));

        assertThatThrownBy(() -> store(10, 100).store(List.of(file("first.zip", first))))
                .hasMessageContaining("nested archives deeper than 3 levels are not opened");
    }

    @Test
    void keepsOnlyThePlainNameTheClientSent() throws IOException {
        assertThat(UploadStore.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadStore.safeName("C:\\Users\\kim\\기사.hwp")).isEqualTo("기사.hwp");
        assertThat(UploadStore.safeName("..")).isEqualTo("upload");
        assertThat(UploadStore.safeName(".hidden")).isEqualTo("hidden");
        // 100 syllables are 300 bytes: cut to what a file system takes, the extension kept.
        String cut = UploadStore.safeName("기".repeat(100) + ".hwpx");
        assertThat(cut).startsWith("기기기").endsWith(".hwpx");
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(UploadStore.MAX_NAME_BYTES);
        assertThat(UploadStore.safeName("😀".repeat(100))).matches("(😀)+").hasSizeLessThanOrEqualTo(100);
        byte[] text = "부산에 눈이 왔다.".getBytes(StandardCharsets.UTF_8);
        Path dir = store(10, 100).store(List.of(file("../a.txt", text), file("a.txt", text)));
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("a.txt",
                    "a-2.txt");
        }
    }
}
