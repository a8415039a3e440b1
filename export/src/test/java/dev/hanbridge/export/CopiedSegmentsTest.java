package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A segment without Korean is copied, not translated, and every bilingual format says so in its own terms. */
class CopiedSegmentsTest {

    @TempDir
    Path out;

    private String export(ExportFormat format) throws IOException {
        Path file = new ArticleExporter(Set.of(format)).export(SampleArticles.sectionLabel(), out).get(0).path();
        return Files.readString(file);
    }

    @Test
    void tmxGivesTheOriginAsCopiedAndNoEngine() throws IOException {
        String tmx = export(ExportFormat.TMX);

        int seg = tmx.indexOf("<seg>IT</seg>");
        String label = tmx.substring(tmx.lastIndexOf("<tu ", seg), tmx.indexOf("</tu>", seg));
        assertThat(label).contains("<prop type=\"x-hanbridge-origin\">COPIED</prop>")
                .doesNotContain("x-hanbridge-engine").contains("<seg>IT</seg>");
    }

    @Test
    void xliffMarksTheSegmentTranslatedWithACopiedSubStateAndXliff12AsNotToTranslate() throws IOException {
        assertThat(export(ExportFormat.XLIFF))
                .containsPattern("<segment id=\"[^\"]+\" state=\"translated\" subState=\"hanbridge:copied\">\\s*<source>IT</source>")
                .containsPattern("<segment id=\"[^\"]+\" state=\"translated\">\\s*<source>오픈AI가")
                .contains("<mda:meta type=\"origin\">COPIED</mda:meta>");
        assertThat(export(ExportFormat.XLIFF12))
                .containsPattern("<trans-unit id=\"[^\"]+\" translate=\"no\">\\s*<source xml:lang=\"ko-KR\">IT</source>")
                .containsPattern("<trans-unit id=\"[^\"]+\">\\s*<source xml:lang=\"ko-KR\">오픈AI가");
    }

    @Test
    void htmlBadgeSaysCopiedAndTheHeaderDoesNotCountItAsATranslator() throws IOException {
        String html = export(ExportFormat.HTML);

        assertThat(html).contains("copied: no Korean").contains("MT · openai");
        assertThat(HeaderText.translatedBy(SampleArticles.sectionLabel(), new Provenance(1L, null, "openai", "test")))
                .isEqualTo("openai");
    }

    @Test
    void corpusFormatsCarryTheOrigin() throws IOException {
        assertThat(export(ExportFormat.JSONL)).contains("\"origin\":\"COPIED\"");
        assertThat(export(ExportFormat.TSV)).contains("\tCOPIED\t");
    }
}
