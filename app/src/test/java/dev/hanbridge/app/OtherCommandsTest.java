package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void segmentReadsStandardInputOneBlockPerLine() {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream("첫 문장이다. 둘째 문장이다.\n\n다음 블록이다.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRunner.Result result = CliRunner.run("segment");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out().replace("\r\n", "\n")).isEqualTo("첫 문장이다.\n둘째 문장이다.\n\n다음 블록이다.\n");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void segmentExtractsADocumentAsARunWouldAndPrintsItsSentences() throws Exception {
        Path page = tmp.resolve("port.html");
        Files.writeString(page, "<html><head><meta charset=\"utf-8\"></head><body><article><h1>항구 축제 개막</h1>"
                + "<p>항구 축제가 오늘 열렸다. 사흘 동안 이어진다.</p><p>정바다 기자</p></article></body></html>",
                StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run("segment", page.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().replace("\r\n", "\n"))
                .isEqualTo("항구 축제 개막\n\n항구 축제가 오늘 열렸다.\n사흘 동안 이어진다.\n\n정바다 기자\n");
    }

    @Test
    void segmentWithBlocksShowsTheHeaderAndEachBlocksKind() throws Exception {
        Path text = tmp.resolve("6g.txt");
        Files.writeString(text, "IT\n\n통신 3사, 6G 시범망 구축\n\n박지훈 기자 2025-02-02 16:33:07\n\n"
                + "▲ 시험 장비를 점검하고 있다. [사진=한빛통신]\n[한빛데일리]\u00A0통신 3사가 시범망을 만든다. 정부가 돕는다.\n",
                StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run("segment", "--blocks", text.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out().replace("\r\n", "\n")).isEqualTo("""
                title:     통신 3사, 6G 시범망 구축
                byline:    박지훈 기자
                section:   IT
                published: 2025-02-02 16:33:07 +09:00

                TITLE      통신 3사, 6G 시범망 구축

                BYLINE     박지훈 기자

                CAPTION    ▲ 시험 장비를 점검하고 있다.

                CREDIT     [사진=한빛통신]

                CREDIT     [한빛데일리]

                PARAGRAPH  통신 3사가 시범망을 만든다.
                           정부가 돕는다.
                """);
    }

    @Test
    void segmentWithBlocksNeedsAFileBecauseStandardInputHasNoStructure() {
        CliRunner.Result result = CliRunner.run("segment", "--blocks");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--blocks needs a FILE");
    }

    @Test
    void segmentSaysWhyADocumentCannotBeRead() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);

        CliRunner.Result result = CliRunner.run("segment", empty.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("empty.txt: empty file (0 bytes)");
    }

    @Test
    void segmentSaysWhenTheFileIsMissing() {
        CliRunner.Result result = CliRunner.run("segment", tmp.resolve("none.txt").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("not a file");
    }

    @Test
    void jobsListsRunsWithTheirCounts() throws Exception {
        Path data = tmp.resolve("data");
        Fixtures.articles(tmp.resolve("inbox"), 2, 1);
        assertThat(CliRunner.run("run", tmp.resolve("inbox").toString(), "--data", data.toString(), "--out",
                tmp.resolve("out").toString()).exitCode()).isZero();

        CliRunner.Result result = CliRunner.run("jobs", "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("RUN").containsPattern("(?m)^1\\s+COMPLETED\\s.*none\\s+2\\s+0\\s+0");
    }

    @Test
    void restartRefusesACompletedRun() throws Exception {
        Path data = tmp.resolve("data");
        Fixtures.articles(tmp.resolve("inbox"), 1, 1);
        CliRunner.run("run", tmp.resolve("inbox").toString(), "--data", data.toString(), "--out",
                tmp.resolve("out").toString());

        CliRunner.Result result = CliRunner.run("restart", "1", "--data", data.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("run 1 has completed");
    }

    @Test
    void helpListsTheCommands() {
        CliRunner.Result result = CliRunner.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("run").contains("segment").contains("jobs").contains("restart");
    }
}
