package dev.hanbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.ingest.archive.Zips;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    private static final Ingestor INGESTOR = new Ingestor();

    @TempDir
    Path dir;

    @Test
    void aTextFileBecomesBlocksSplitIntoSentences() throws Exception {
        Path file = Files.writeString(dir.resolve("rain.txt"), """
                남부 지방에 많은 비
                                
                기상청은 내일 남부 지방에 많은 비가 내린다고 밝혔다. 산간 지역은 100mm가 넘겠다.
                이하늘 기자
                """, StandardCharsets.UTF_8);

        SegmentedArticle article = INGESTOR.ingest(Sources.file(file));

        assertThat(article.title()).isEqualTo("남부 지방에 많은 비");
        assertThat(article.byline()).isEqualTo("이하늘 기자");
        assertThat(article.mediaType()).isEqualTo("text/plain");
        assertThat(article.charset()).isEqualTo("UTF-8");
        assertThat(article.blocks()).containsExactly(
                new SegmentedBlock(BlockKind.TITLE, "남부 지방에 많은 비", List.of("남부 지방에 많은 비")),
                new SegmentedBlock(BlockKind.PARAGRAPH, "기상청은 내일 남부 지방에 많은 비가 내린다고 밝혔다. 산간 지역은 100mm가 넘겠다.",
                        List.of("기상청은 내일 남부 지방에 많은 비가 내린다고 밝혔다.", "산간 지역은 100mm가 넘겠다.")),
                new SegmentedBlock(BlockKind.BYLINE, "이하늘 기자", List.of("이하늘 기자")));
    }

    @Test
    void theHashIsTheSha256OfTheSourcesBytes() throws Exception {
        byte[] bytes = "제목\n본문이다.\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("a.txt"), bytes);

        assertThat(INGESTOR.sha256(Sources.file(file))).isEqualTo(KoreanText.sha256Hex(bytes));
    }

    @Test
    void aSourceThatVanishedCannotBeHashedAndSaysWhy() {
        assertThatThrownBy(() -> INGESTOR.sha256(Sources.file(dir.resolve("gone.txt"))))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessage("gone.txt: the file no longer exists (moved or deleted during the run)");
    }

    @Test
    void theCraftedArchiveOfIssue9CostsNextToNothing() throws Exception {
        // Before the guard, ingest inflated its 1 GiB stream (up to 256 MB at a time) for each of
        // its 20 directory entries: 42 CPU-seconds.
        Path archive = Files.write(dir.resolve("crafted.zip"), Zips.craftedBomb(20, 1024));
        long cpuBefore = cpuNanos();

        List<Source> sources = Sources.scan(List.of(archive)).toList();

        assertThat(sources).hasSize(1);
        assertThatThrownBy(() -> INGESTOR.sha256(sources.get(0))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("crafted.zip: the archive's directory and its entries disagree");
        assertThatThrownBy(() -> INGESTOR.ingest(sources.get(0))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("crafted.zip: the archive's directory and its entries disagree");
        assertThat(cpuNanos() - cpuBefore).isLessThan(500_000_000L);
    }

    @Test
    void anEntryThatInflatesPastItsDeclaredSizeStopsThere() throws Exception {
        byte[] zeros = Zips.deflatedZeros(1024);
        Zips zip = new Zips();
        long offset = zip.local("article.txt", Zips.DEFLATED, zeros, 0, 1_000);
        zip.listed("article.txt", offset, Zips.DEFLATED, 0, zeros.length, 1_000);
        Path archive = Files.write(dir.resolve("lies.zip"), zip.build());
        Source entry = Sources.scan(List.of(archive)).findFirst().orElseThrow();
        long cpuBefore = cpuNanos();

        assertThatThrownBy(() -> INGESTOR.sha256(entry)).isInstanceOf(UnreadableSourceException.class)
                .hasMessage("article.txt: the entry inflates beyond the 1000 bytes its archive declares; this looks"
                        + " like a zip bomb, so it was not read");
        assertThat(cpuNanos() - cpuBefore).isLessThan(500_000_000L);
    }

    @Test
    void anUncheckedFailureWhileReadingFailsTheSourceNotTheRun() {
        Source broken = new Source() {
            @Override
            public String uri() {
                return "/in/broken.txt";
            }

            @Override
            public String name() {
                return "broken.txt";
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public InputStream open() {
                throw new IllegalStateException("the parser's own bug");
            }
        };

        assertThatThrownBy(() -> INGESTOR.ingest(broken)).isInstanceOf(UnreadableSourceException.class)
                .hasMessage("broken.txt: could not be extracted (IllegalStateException: the parser's own bug)");
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
