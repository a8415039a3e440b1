package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void parsesIdsIgnoringCaseAndSpaces() {
        assertThat(ExportFormat.parse(" XLIFF ")).isEqualTo(ExportFormat.XLIFF);
        assertThat(ExportFormat.XLIFF.extension()).isEqualTo("xlf");
    }

    @Test
    void namesTheKnownIdsWhenAnIdIsUnknown() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExportFormat.parse("docx"))
                .withMessageContaining("'docx'").withMessageContaining("tmx, xliff, xliff12, html, tsv, jsonl");
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
}
