package dev.hanbridge.translate.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTmxAndXliffByTheirRootElementWhateverTheExtension() throws Exception {
        Path tmx = Files.writeString(dir.resolve("memory.xml"), TmxReaderTest.OURS);
        Path xliff = Files.writeString(dir.resolve("reviewed.tmx"), XliffReaderTest.OURS_21);
        List<TmEntry> entries = new ArrayList<>();

        assertThat(TmFiles.read(tmx, "ko", "en", entries::add).entries()).isEqualTo(2);
        assertThat(TmFiles.read(xliff, "ko", "en", entries::add).entries()).isEqualTo(3);
        assertThat(entries).extracting(TmEntry::id).containsExactly("17", "18", "s16", "s17", "s18");
    }

    @Test
    void saysWhatItReadsWhenGivenAnotherDocument() throws Exception {
        Path page = Files.writeString(dir.resolve("page.tmx"), "<html><body>기사</body></html>");

        assertThatThrownBy(() -> TmFiles.read(page, "ko", "en", entry -> { }))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("neither TMX nor XLIFF: the root element is <html>");
    }
}
