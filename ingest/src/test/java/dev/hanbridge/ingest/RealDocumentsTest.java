package dev.hanbridge.ingest;

import dev.hanbridge.common.Block;
import dev.hanbridge.ingest.tika.ExtractedArticle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opt-in: runs only with {@code -Dhanbridge.documents.dir=/path/to/shared/data/documents}, and
 * checks the facts that data's README states. Prints one line per document for the record.
 */
class RealDocumentsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    @EnabledIfSystemProperty(named = "hanbridge.documents.dir", matches = ".*\\S.*")
    void extractsRealDocumentsWhenDocumentsDirIsGiven() throws Exception {
        Path documents = Path.of(System.getProperty("hanbridge.documents.dir"));
        assertThat(documents).isDirectory();

        ExtractedArticle v5b = extract(documents.resolve("hwp/testHWP-v5b.hwp"));
        assertThat(v5b.title()).isEqualTo("Apache Tika");
        assertThat(text(v5b)).contains("Apache Tika - 컨텐츠");
        assertThat(v5b.byline()).isEqualTo("SooMyung Lee");

        ExtractedArticle distribution = extract(documents.resolve("hwp/testHWP-v5-dist.hwp"));
        assertThat(distribution.title()).isEqualTo("Apache Tika");
        assertThat(text(distribution)).contains("Apache Tika - 컨텐츠");

        ExtractedArticle v5 = extract(documents.resolve("hwp/testHWP_5.0.hwp"));
        assertThat(v5.title()).isEqualTo("테스트");
        assertThat(text(v5)).contains("테스트", "test");

        assertThatThrownBy(() -> extract(documents.resolve("hwp/testHWP_3.0.hwp")))
                .hasMessage("testHWP_3.0.hwp: HWP 3.0 is not supported; save it as HWP 5 or HWPX");
        assertThatThrownBy(() -> extract(documents.resolve("hwp/password_protected_high.hwp")))
                .hasMessageContaining("password-protected");

        for (String name : List.of("EUC-KR___ude_euc2.txt", "EUC-KR___chromium_windows-949_with_no_encoding_specified.html",
                "EUC-KR__blog.rss.naver.com.xml", "CP949__ricanet.com.xml", "iso-2022-kr___ude_iso2.txt")) {
            String text = text(extract(documents.resolve("encodings").resolve(name)));
            assertThat(text).as(name).doesNotContain("\uFFFD");
            assertThat(hangulShare(text)).as(name + " decodes to Hangul").isGreaterThan(0.5);
        }

        assertThat(text(extract(documents.resolve("hwpx/tool__textextractor__multipara.hwpx")))).contains("김하성");
        assertThat(extract(documents.resolve("pdf/bill_2125318_original_hwp.pdf")).title()).contains("탄소중립");

        // The record: every document, extracted or failed with its reason.
        try (var files = Files.walk(documents)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    ExtractedArticle a = extract(file);
                    System.out.printf("OK     %-60s %-28s %-14s %3d blocks, title=%s%n", documents.relativize(file),
                            a.mediaType(), a.charset(), a.blocks().size(), a.title());
                } catch (UnreadableSourceException e) {
                    System.out.printf("FAILED %-60s %s%n", documents.relativize(file), e.getMessage());
                }
            }
        }
    }

    private ExtractedArticle extract(Path file) throws UnreadableSourceException {
        return extractor.extract(Fixtures.file(file));
    }

    private static String text(ExtractedArticle article) {
        return article.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /** Share of Hangul syllables among the non-ASCII letters. */
    private static double hangulShare(String text) {
        long nonAscii = text.chars().filter(c -> c > 0x7F && Character.isLetter(c)).count();
        long hangul = text.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
        return nonAscii == 0 ? 0 : (double) hangul / nonAscii;
    }
}
