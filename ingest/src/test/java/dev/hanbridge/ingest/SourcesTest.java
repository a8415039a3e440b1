package dev.hanbridge.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.hanbridge.ingest.archive.Zips;
import dev.hanbridge.ingest.samples.SampleArticlesGenerator;
import java.util.ArrayList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourcesTest {

    @TempDir
    Path dir;

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void walksDirectoriesSortedAndSkipsHiddenFiles() throws Exception {
        write("b/2.txt", "둘");
        write("a/1.txt", "하나");
        write("a/.hidden.txt", "숨김");
        write(".git/config", "x");
        write("c.txt", "셋");

        List<String> names = Sources.scan(List.of(dir)).map(s -> dir.relativize(Path.of(s.uri())).toString()).toList();

        assertThat(names).containsExactly("a/1.txt", "b/2.txt", "c.txt");
    }

    @Test
    void listsADirectoryOnlyWhenTheWalkReachesIt() throws Exception {
        write("a/1.txt", "하나");
        write("b/2.txt", "둘");

        Iterator<Source> sources = Sources.scan(List.of(dir)).iterator();
        assertThat(sources.next().name()).isEqualTo("1.txt");
        // Created after the walk started: an eager walk would not see it.
        write("b/3.txt", "셋");

        assertThat(sources.next().name()).isEqualTo("2.txt");
        assertThat(sources.next().name()).isEqualTo("3.txt");
        assertThat(sources.hasNext()).isFalse();
    }

    @Test
    void aLinkToAFileOutsideTheInputIsReportedNotRead() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path secret = write("secret/passwd.txt", "비밀\n읽으면 안 된다.");
        Files.createSymbolicLink(inbox.resolve("link-outside.txt"), secret);
        Files.createSymbolicLink(inbox.resolve("archive-outside.zip"), secret);
        write("inbox/news.txt", "기사\n본문이다.");

        List<Source> sources = Sources.scan(List.of(inbox)).toList();

        assertThat(sources).extracting(Source::name).containsExactly("archive-outside.zip", "link-outside.txt",
                "news.txt");
        for (Source linked : sources.subList(0, 2)) {
            assertThat(linked.uri()).isEqualTo(inbox.resolve(linked.name()).toString());
            assertThatThrownBy(() -> extractor.extract(linked)).isInstanceOf(UnreadableSourceException.class)
                    .hasMessageContaining("a symbolic link to a file outside the input folder")
                    .hasMessageNotContaining(secret.toString());
            assertThatThrownBy(linked::open).isInstanceOf(IOException.class);
        }
        assertThat(extractor.extract(sources.get(2)).title()).isEqualTo("기사");
    }

    @Test
    void aLinkToAFolderOutsideTheInputIsReportedNotWalked() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        write("elsewhere/private.txt", "비밀\n본문이다.");
        Files.createSymbolicLink(inbox.resolve("shared"), dir.resolve("elsewhere"));

        List<Source> sources = Sources.scan(List.of(inbox)).toList();

        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).name()).isEqualTo("shared");
        assertThatThrownBy(() -> extractor.extract(sources.get(0))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("a symbolic link to a folder outside the input folder");
    }

    @Test
    void linksThatStayInsideTheInputAreFollowedForFilesAndLeftForFolders() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path article = write("inbox/2026/seoul.txt", "서울\n본문이다.");
        Files.createSymbolicLink(inbox.resolve("latest.txt"), article);
        // A folder link inside the input: its files are read where they are, not a second time.
        Files.createSymbolicLink(inbox.resolve("this-year"), inbox.resolve("2026"));
        // The input itself may be a link: the person named it.
        Path named = Files.createSymbolicLink(dir.resolve("inbox-link"), inbox);

        List<String> names = Sources.scan(List.of(named)).map(s -> named.relativize(Path.of(s.uri())).toString())
                .toList();

        assertThat(names).containsExactly("2026/seoul.txt", "latest.txt");
        assertThat(extractor.extract(Sources.scan(List.of(named)).toList().get(1)).title()).isEqualTo("서울");
    }

    @Test
    void rejectsAnInputThatDoesNotExist() {
        assertThatThrownBy(() -> Sources.scan(List.of(dir.resolve("missing"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void zipEntriesAndNestedZipsBecomeSourcesDownToDepthThree() throws Exception {
        byte[] deepest = zip(Map.of("d.txt", bytes("가장 깊은 곳")));
        byte[] deeper = zip(ordered("c.txt", bytes("세 번째 층\n본문이다."), "deepest.zip", deepest));
        byte[] inner = zip(ordered("b.txt", bytes("두 번째 층\n본문이다."), "deeper.zip", deeper));
        Path outer = dir.resolve("outer.zip");
        Files.write(outer, zip(ordered("news/a.txt", bytes("첫 번째 층\n본문이다."), "inner.zip", inner)));

        List<Source> sources = Sources.scan(List.of(outer)).toList();

        assertThat(sources).extracting(Source::uri).containsExactly(
                outer + "!/news/a.txt",
                outer + "!/inner.zip!/b.txt",
                outer + "!/inner.zip!/deeper.zip!/c.txt",
                outer + "!/inner.zip!/deeper.zip!/deepest.zip");
        assertThat(sources.get(0).name()).isEqualTo("a.txt");
        assertThat(extractor.extract(sources.get(2)).title()).isEqualTo("세 번째 층");
        assertThat(sources.get(2).size()).isEqualTo(bytes("세 번째 층\n본문이다.").length);
        assertThatThrownBy(() -> extractor.extract(sources.get(3))).isInstanceOf(UnreadableSourceException.class)
                .hasMessage("deepest.zip: nested archives deeper than 3 levels are not opened; unpack it first");
    }

    @Test
    void documentsInsideAZipAreExtractedFromTheirEntries() throws Exception {
        Path docx = dir.resolve("a.docx");
        SampleArticlesGenerator.writeDocx(
                SampleArticlesGenerator.Article.parse("워드 기사\n본문이다.\n"), docx);
        Path hwpx = dir.resolve("b.hwpx");
        SampleArticlesGenerator.writeHwpx(
                SampleArticlesGenerator.Article.parse("한글 기사\n본문이다.\n"), hwpx);
        Path hwp = dir.resolve("c.hwp");
        SampleArticlesGenerator.writeHwp(List.of("옛 한글 기사", "본문이다."), hwp);
        Path archive = dir.resolve("docs.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.docx", Files.readAllBytes(docx));
        entries.put("b.hwpx", Files.readAllBytes(hwpx));
        entries.put("c.hwp", Files.readAllBytes(hwp));
        Files.write(archive, zip(entries));

        List<String> titles = new ArrayList<>();
        for (Source source : Sources.scan(List.of(archive)).toList()) {
            titles.add(extractor.extract(source).title());
        }

        assertThat(titles).containsExactly("워드 기사", "한글 기사", "옛 한글 기사");
    }

    @Test
    void zipSlipEntryIsReportedNotRead() throws Exception {
        Path archive = dir.resolve("upload.zip");
        Files.write(archive, zip(ordered("../../evil.txt", bytes("나쁜 파일"), "ok.txt", bytes("좋은 파일\n본문."))));

        List<Source> sources = Sources.scan(List.of(archive)).toList();

        assertThat(sources).hasSize(2);
        assertThatThrownBy(() -> extractor.extract(sources.get(0))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("evil.txt: unsafe path \"../../evil.txt\"");
        assertThatThrownBy(() -> sources.get(0).open()).isInstanceOf(IOException.class);
        assertThat(extractor.extract(sources.get(1)).title()).isEqualTo("좋은 파일");
    }

    @Test
    void zipBombEntryIsReportedNotRead() throws Exception {
        Path archive = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive))) {
            out.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }

        Source bomb = Sources.scan(List.of(archive)).findFirst().orElseThrow();

        assertThatThrownBy(() -> extractor.extract(bomb)).isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void entryThatInflatesBeyondItsLimitFailsWhileBeingRead() throws Exception {
        // The directory of a zip can lie about sizes; the stream itself counts.
        byte[] zeros = Zips.deflatedZeros(64);
        Zips zip = new Zips();
        long offset = zip.local("x.txt", Zips.DEFLATED, zeros, 0, 50);
        zip.listed("x.txt", offset, Zips.DEFLATED, 0, zeros.length, 50);
        Path archive = Files.write(dir.resolve("x.zip"), zip.build());
        Source source = Sources.scan(List.of(archive)).findFirst().orElseThrow();

        try (InputStream limited = source.open()) {
            assertThatThrownBy(limited::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("zip bomb");
        }
    }

    @Test
    void damagedZipComesOutAsASourceThatFailsWithAReason() throws Exception {
        Path archive = write("broken.zip", "PK\u0003\u0004 이건 zip이 아니다");

        List<Source> sources = Sources.scan(List.of(archive)).toList();

        assertThat(sources).hasSize(1);
        assertThatThrownBy(() -> extractor.extract(sources.get(0))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("broken.zip: cannot open the zip archive");
    }

    @Test
    void koreanEntryNamesFromWindowsZipsAreRead() throws Exception {
        // Windows' built-in zip writes CP949 names without the UTF-8 flag.
        Path archive = dir.resolve("windows.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive),
                java.nio.charset.Charset.forName("x-windows-949"))) {
            out.putNextEntry(new ZipEntry("기사.txt"));
            out.write(bytes("제목\n본문이다."));
            out.closeEntry();
        }

        Source source = Sources.scan(List.of(archive)).findFirst().orElseThrow();

        assertThat(source.name()).isEqualTo("기사.txt");
        assertThat(extractor.extract(source).title()).isEqualTo("제목");
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> ordered(String n1, byte[] b1, String n2, byte[] b2) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(n1, b1);
        entries.put(n2, b2);
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return buffer.toByteArray();
    }

}
