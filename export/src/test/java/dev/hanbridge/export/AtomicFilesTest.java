package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.hanbridge.common.text.KoreanText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private Stream<Path> listing() throws IOException {
        return Files.list(dir);
    }

    @Test
    void reportsSizeAndSha256OfTheBytesWritten() throws IOException {
        byte[] bytes = "한국어 문장 하나.\n".getBytes(StandardCharsets.UTF_8);

        ExportedFile file = AtomicFiles.write(dir.resolve("a.txt"), ExportFormat.HTML, out -> out.write(bytes));

        assertThat(file.path()).hasBinaryContent(bytes);
        assertThat(file.size()).isEqualTo(bytes.length);
        assertThat(file.sha256()).isEqualTo(KoreanText.sha256Hex(bytes));
        assertThat(file.format()).isEqualTo(ExportFormat.HTML);
        try (Stream<Path> files = listing()) {
            assertThat(files).containsExactly(dir.resolve("a.txt"));
        }
    }

    @Test
    void leavesNoFinalFileAndNoTempFileWhenWritingFailsHalfway() throws IOException {
        Path target = dir.resolve("article.tmx");

        assertThatIOException().isThrownBy(() -> AtomicFiles.write(target, ExportFormat.TMX, out -> {
            out.write("<tmx version=\"1.4\"><body>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        })).withMessage("disk full");

        try (Stream<Path> files = listing()) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void keepsThePreviousFileWhenRewritingFails() throws IOException {
        Path target = dir.resolve("article.html");
        Files.writeString(target, "old complete export");

        assertThatIOException().isThrownBy(() -> AtomicFiles.write(target, ExportFormat.HTML, out -> {
            out.write("<!DOCTYPE html><html><bo".getBytes(StandardCharsets.UTF_8));
            throw new IOException("killed");
        }));

        assertThat(target).hasContent("old complete export");
        try (Stream<Path> files = listing()) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void removesTheTempFileWhenTheWriterThrowsARuntimeException() throws IOException {
        try {
            AtomicFiles.write(dir.resolve("x.xlf"), ExportFormat.XLIFF, out -> {
                out.write(1);
                throw new IllegalStateException("bug in a writer");
            });
        } catch (IllegalStateException expected) {
            // the caller sees the bug; the directory must still be clean
        }

        try (Stream<Path> files = listing()) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("article.tmx");
        Files.writeString(target, "old");

        AtomicFiles.write(target, ExportFormat.TMX, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
    }
}
