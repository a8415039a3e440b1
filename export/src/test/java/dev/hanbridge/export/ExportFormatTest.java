package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void parsesIdsIgnoringCaseAndSpaces() {
        assertThat(ExportFormat.parse(" XLIFF ")).isEqualTo(ExportFormat.XLIFF);
        assertThat(ExportFormat.XLIFF.extension()).isEqualTo("xlf");
    }

    @Test
    void namesTheKnownIdsWhenAnIdIsUnknown() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExportFormat.parse("pdf"))
                .withMessageContaining("'pdf'")
                .withMessageContaining("tmx, xliff, xliff12, html, docx, tsv, jsonl, target-docx, target-html, target-md");
    }

    @Test
    void parsesAListInTheGivenOrderWithoutDuplicates() {
        assertThat(ExportFormat.parseList("html, tmx,,html,xliff"))
                .containsExactly(ExportFormat.HTML, ExportFormat.TMX, ExportFormat.XLIFF);
    }

    @Test
    void refusesAnEmptyList() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExportFormat.parseList(" , "))
                .withMessageContaining("No export format");
    }

    @Test
    void givesEveryFormatItsOwnExtensionAndADescription() {
        // Files are named <article>.<extension> in one folder: no two formats may write the same name.
        assertThat(Arrays.stream(ExportFormat.values()).map(ExportFormat::extension)).doesNotHaveDuplicates();
        assertThat(ExportFormat.values()).allSatisfy(format -> assertThat(format.description()).isNotBlank());
        assertThat(ExportFormat.TARGET_DOCX.extension()).isEqualTo("target.docx");
        assertThat(ExportFormat.DOCX.extension()).isEqualTo("docx");
    }
}
