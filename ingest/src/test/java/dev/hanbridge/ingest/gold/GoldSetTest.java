package dev.hanbridge.ingest.gold;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure benchmark's floor: the figures of {@code bench/structure.sh} (see bench/STRUCTURE.md)
 * may not fall below these, per format, so a change that loses structure on real layouts fails the
 * build. The floors sit a little under the figures measured when the gold set was completed.
 */
class GoldSetTest {

    /** Per format: block-kind accuracy, paragraph-boundary F1, metadata accuracy. */
    private static final Map<String, double[]> FLOORS = Map.of(
            GoldArticle.TEXT, new double[] {0.95, 0.95, 0.95},
            GoldArticle.TEXT_EUC_KR, new double[] {0.95, 0.95, 0.95},
            GoldArticle.PAGE, new double[] {0.95, 0.95, 0.95},
            GoldArticle.DOCX, new double[] {0.95, 0.95, 0.95});

    @TempDir
    Path dir;

    @Test
    void structureOnTheGoldSetStaysAboveItsFloorInEveryFormat() throws Exception {
        List<GoldArticle> gold = GoldArticle.load(GoldArticle.ROOT);

        StructureBenchmark.Results results = StructureBenchmark.run(gold, null);

        assertThat(results.articles).hasSizeGreaterThanOrEqualTo(15);
        FLOORS.forEach((format, floor) -> {
            StructureScore s = results.byFormat.get(format);
            assertThat(s.documents).as(format + " documents").isGreaterThanOrEqualTo(3);
            assertThat(s.kindAccuracy()).as(format + " block-kind accuracy").isGreaterThanOrEqualTo(floor[0]);
            assertThat(s.f1()).as(format + " paragraph-boundary F1").isGreaterThanOrEqualTo(floor[1]);
            assertThat(s.metadataAccuracy()).as(format + " metadata accuracy").isGreaterThanOrEqualTo(floor[2]);
        });
    }

    @Test
    void generatedDocumentsAreUpToDateWithTheTextsTheyAreMadeFrom() throws Exception {
        for (String part : List.of("dev", "heldout")) {
            Path partDir = GoldArticle.ROOT.resolve(part);
            if (!Files.isDirectory(partDir)) {
                continue;
            }
            try (Stream<Path> articles = Files.list(partDir)) {
                for (Path article : articles.sorted().toList()) {
                    Path target = Files.createDirectories(dir.resolve(part).resolve(article.getFileName()));
                    GoldSetGenerator.generate(article, target);
                    try (Stream<Path> generated = Files.list(target)) {
                        for (Path fresh : generated.toList()) {
                            Path committed = article.resolve(fresh.getFileName());
                            assertThat(committed).as("run GoldSetGenerator: missing").exists();
                            if (fresh.toString().endsWith(".docx")) {
                                // DOCX zips carry times of writing: compare what Word shows instead
                                assertThat(paragraphs(committed)).as(committed.toString()).isEqualTo(paragraphs(fresh));
                            } else {
                                assertThat(Files.readAllBytes(committed)).as(committed.toString())
                                        .isEqualTo(Files.readAllBytes(fresh));
                            }
                        }
                    }
                }
            }
        }
    }

    private static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(p -> p.getStyle() + "|" + text(p)).toList();
        }
    }

    private static String text(XWPFParagraph p) {
        return p.getText();
    }
}
