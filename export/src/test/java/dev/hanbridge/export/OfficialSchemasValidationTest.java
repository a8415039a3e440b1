package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;

/**
 * Checks the TMX and XLIFF output against the official TMX 1.4b DTD, the OASIS XLIFF 2.1 core schema
 * with its metadata, translation candidates and ITS modules, and the XLIFF 1.2 strict schema.
 * Opt-in: the schemas are not part of the repository, so this runs only when the system property
 * {@code hanbridge.schemas.dir} names a folder with {@code tmx/tmx14.dtd}, {@code xliff2.1/} and {@code xliff1.2/}
 * ({@code ./mvnw -pl export -am test -Dhanbridge.schemas.dir=/path/to/schemas}); otherwise JUnit
 * reports it as skipped.
 */
@EnabledIfSystemProperty(named = "hanbridge.schemas.dir", matches = ".+")
class OfficialSchemasValidationTest {

    @TempDir
    Path out;

    private final OfficialSchemas schemas = new OfficialSchemas(Path.of(System.getProperty("hanbridge.schemas.dir", "")));

    private Path export(BilingualArticle article, ExportFormat format) throws Exception {
        return new ArticleExporter(java.util.Set.of(format)).export(article, out).get(0).path();
    }

    /** An article where every segment is untranslated and one block has no segment at all. */
    private static BilingualArticle untranslatedOnly() {
        return new BilingualArticle(9, "inbox/빈칸.txt", "untranslated-9", null, null, null, "ko", "en-US", List.of(
                new BilingualBlock(0, BlockKind.HEADING, List.of(
                        new SegmentPair(900, 0, "번역되지 않은 제목", null, null, null))),
                new BilingualBlock(1, BlockKind.TABLE_CELL, List.of()),
                new BilingualBlock(2, BlockKind.LIST_ITEM, List.of(
                        new SegmentPair(901, 0, "첫째 항목", null, null, null),
                        new SegmentPair(902, 1, "둘째 항목", "Second item", TranslationOrigin.HUMAN, null)))));
    }

    @Test
    void validatesAgainstOfficialSchemasWhenSchemasDirIsGiven() {
        for (BilingualArticle article : List.of(SampleArticles.busStops(), SampleArticles.busStopsWithFindings(),
                untranslatedOnly(), SampleArticles.sectionLabel())) {
            assertThatNoException().as("TMX of article %d", article.id())
                    .isThrownBy(() -> schemas.validateTmx(Files.readAllBytes(export(article, ExportFormat.TMX))));
            assertThatNoException().as("XLIFF of article %d", article.id())
                    .isThrownBy(() -> schemas.validateXliff(Files.readAllBytes(export(article, ExportFormat.XLIFF))));
            assertThatNoException().as("XLIFF 1.2 of article %d", article.id())
                    .isThrownBy(() -> schemas.validateXliff12(Files.readAllBytes(export(article, ExportFormat.XLIFF12))));
        }
    }

    @Test
    void theWholeMemoryAsTmxValidatesAgainstTheDtdWhenSchemasDirIsGiven() {
        assertThatNoException().isThrownBy(() -> schemas.validateTmx(SampleMemory.tmx()));
    }

    @Test
    void officialSchemasRejectInvalidDocumentsWhenSchemasDirIsGiven() throws Exception {
        String tmx = Files.readString(export(SampleArticles.busStops(), ExportFormat.TMX));
        // A tu without any tuv: what copying nothing for an untranslated segment must not produce.
        String tuWithoutVariants = tmx.replaceFirst("(?s)(<tu tuid=\"" + SampleArticles.key(105) + "\">.*?)<tuv.*?</tuv>",
                "$1");
        assertThatThrownBy(() -> schemas.validateTmx(tuWithoutVariants.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("tu");

        String xliff = Files.readString(export(SampleArticles.busStops(), ExportFormat.XLIFF));
        String unknownState = xliff.replace("state=\"initial\"", "state=\"untranslated\"");
        assertThatThrownBy(() -> schemas.validateXliff(unknownState.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("untranslated");
        String prefixlessType = xliff.replace("type=\"hanbridge:title\"", "type=\"title\"");
        assertThatThrownBy(() -> schemas.validateXliff(prefixlessType.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class);
        String matchWithoutRef = xliff.replaceFirst("<mtc:match ref=\"[^\"]*\"", "<mtc:match");
        assertThatThrownBy(() -> schemas.validateXliff(matchWithoutRef.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("ref");
        String badMetadata = xliff.replaceFirst("<mda:meta type=\"segmentId\">", "<mda:meta kind=\"segmentId\">");
        assertThatThrownBy(() -> schemas.validateXliff(badMetadata.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("kind");

        String withFindings = Files.readString(export(SampleArticles.busStopsWithFindings(), ExportFormat.XLIFF));
        String badItsVersion = withFindings.replace("its:version=\"2.0\"", "its:version=\"3.0\"");
        assertThatThrownBy(() -> schemas.validateXliff(badItsVersion.getBytes(StandardCharsets.UTF_8)))
                .as("the ITS schema is applied, not skipped").isInstanceOf(SAXParseException.class);

        String xliff12 = Files.readString(export(SampleArticles.busStops(), ExportFormat.XLIFF12));
        String unknownQualifier = xliff12.replace("state-qualifier=\"fuzzy-match\"", "state-qualifier=\"fuzzy\"");
        assertThatThrownBy(() -> schemas.validateXliff12(unknownQualifier.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("fuzzy");
    }
}
