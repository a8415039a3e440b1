package dev.hanbridge.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.ArticleExporter;
import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.export.ExportedFile;
import dev.hanbridge.export.SampleArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens both DOCX exports in LibreOffice and converts them to text, the way a reviewer's office
 * suite reads them. Opt-in: it needs LibreOffice, so it runs only when the system property
 * {@code hanbridge.libreoffice} names its {@code soffice} (Debian's {@code libreoffice-writer-nogui}:
 * {@code -Dhanbridge.libreoffice=/usr/bin/soffice}); otherwise JUnit reports it as skipped.
 */
@EnabledIfSystemProperty(named = "hanbridge.libreoffice", matches = ".+")
class LibreOfficeOpensDocxTest {

    @TempDir
    Path tmp;

    @Test
    void libreOfficeConvertsBothDocxExportsWithTheirKoreanAndEnglishText() throws Exception {
        List<ExportedFile> files = new ArticleExporter(ExportFormat.parseList("docx,target-docx"))
                .export(SampleArticles.busStopsWithFindings(), tmp.resolve("exports"));

        String bilingual = convert(files.get(0).path(), "txt:Text (encoded):UTF8", "txt");
        String english = convert(files.get(1).path(), "txt:Text (encoded):UTF8", "txt");

        assertThat(bilingual).contains("Korean (ko-KR)", "English (en-US)", "서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다",
                "Seoul to expand 'warm bus stops' to 300 this winter", SampleArticles.MARKUP_SOURCE,
                SampleArticles.MARKUP_TARGET, "[untranslated]");
        assertThat(english).contains("Seoul to expand 'warm bus stops' to 300 this winter",
                SampleArticles.MARKUP_TARGET, "[untranslated: " + SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void libreOfficeReadsTheQaFindingsAsCommentsOnTheEnglishText() throws Exception {
        Path docx = new ArticleExporter(ExportFormat.parseList("docx"))
                .export(SampleArticles.busStopsWithFindings(), tmp.resolve("exports")).get(0).path();

        // Flat ODF keeps comments (office:annotation), which the plain-text export drops.
        String flat = convert(docx, "fodt", "fodt");

        // Flat ODF escapes quotes and splits runs by script, so look for quote-free parts of the messages.
        assertThat(flat).contains("<dc:creator>hanbridge QA</dc:creator>")
                .contains("numbers (error): ", " is -5 degrees but the ")
                .contains("length (warning): The translation is shorter than usual for Korean of this length")
                .contains("brackets (warning): The credit")
                .containsPattern("(?s)<office:annotation-end office:name=\"([^\"]+)\"/>");
    }

    /** The document as LibreOffice exports it with {@code filter}, read from the file with {@code extension}. */
    private String convert(Path docx, String filter, String extension) throws Exception {
        Path out = tmp.resolve("converted");
        Files.createDirectories(out);
        // A profile of its own: a running or crashed LibreOffice of the user's would lock the default one.
        Process soffice = new ProcessBuilder(System.getProperty("hanbridge.libreoffice"),
                "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless", "--convert-to",
                 filter, "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished within 3 minutes").isTrue();
        assertThat(soffice.exitValue()).as(Files.readString(tmp.resolve("soffice.log"))).isZero();
        String name = docx.getFileName().toString();
        return Files.readString(out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension), StandardCharsets.UTF_8);
    }
}
