package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.text.KoreanText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleExporterTest {

    @TempDir
    Path root;

    @Test
    void writesOneFilePerFormatNamedAfterTheArticleIntoANewDirectory() throws IOException {
        Path dir = root.resolve("run-7/articles");
        ArticleExporter exporter = new ArticleExporter(ExportFormat.parseList("tmx,xliff,html"));

        List<ExportedFile> files = exporter.export(SampleArticles.busStops(), dir);

        assertThat(files).extracting(ExportedFile::format)
                .containsExactly(ExportFormat.TMX, ExportFormat.XLIFF, ExportFormat.HTML);
        assertThat(files).extracting(f -> f.path().getFileName().toString())
                .containsExactly("bus-stops-42.tmx", "bus-stops-42.xlf", "bus-stops-42.html");
        for (ExportedFile file : files) {
            byte[] bytes = Files.readAllBytes(file.path());
            assertThat(file.size()).isEqualTo(bytes.length);
            assertThat(file.sha256()).isEqualTo(KoreanText.sha256Hex(bytes));
        }
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing).hasSize(3); // no temporary file left behind
        }
    }

    @Test
    void writesEveryKnownFormatUnderItsOwnName() throws IOException {
        Set<ExportFormat> all = Set.of(ExportFormat.values());

        List<ExportedFile> files = new ArticleExporter(all).export(SampleArticles.busStops(), root);

        assertThat(files).extracting(f -> f.path().getFileName().toString()).containsExactlyInAnyOrder(
                "bus-stops-42.tmx", "bus-stops-42.xlf", "bus-stops-42.xliff12.xlf", "bus-stops-42.html",
                "bus-stops-42.docx", "bus-stops-42.tsv", "bus-stops-42.jsonl", "bus-stops-42.target.docx",
                "bus-stops-42.target.html", "bus-stops-42.target.md");
        assertThat(files).allSatisfy(f -> assertThat(f.size()).isPositive());
    }

    @Test
    void writesTheSameBytesForTheSameArticle() throws IOException {
        ArticleExporter exporter = new ArticleExporter(Set.of(ExportFormat.TMX));

        String first = exporter.export(SampleArticles.busStops(), root.resolve("a")).get(0).sha256();
        String second = exporter.export(SampleArticles.busStops(), root.resolve("b")).get(0).sha256();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void refusesAnArticleNameThatWouldEscapeTheDirectory() {
        BilingualArticle sample = SampleArticles.busStops();
        BilingualArticle escaping = new BilingualArticle(sample.id(), sample.sourceUri(), "../etc/passwd",
                sample.title(), sample.byline(), sample.publishedAt(), "ko-KR", "en-US", sample.blocks());
        ArticleExporter exporter = new ArticleExporter(Set.of(ExportFormat.HTML));

        assertThatIllegalArgumentException().isThrownBy(() -> exporter.export(escaping, root))
                .withMessageContaining("not a plain file name");
    }

    @Test
    void refusesAnArticleWithoutSegmentsBeforeWritingAnyFile() {
        BilingualArticle sample = SampleArticles.busStops();
        BilingualArticle empty = new BilingualArticle(sample.id(), sample.sourceUri(), sample.name(),
                sample.title(), null, null, "ko-KR", "en-US", List.of());
        ArticleExporter exporter = new ArticleExporter(ExportFormat.parseList("tmx,xliff"));

        assertThatIllegalArgumentException().isThrownBy(() -> exporter.export(empty, root))
                .withMessageContaining("no segments");
        assertThat(root).isEmptyDirectory();
    }

    @Test
    void refusesAnEmptySetOfFormats() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ArticleExporter(Set.of()));
    }
}
