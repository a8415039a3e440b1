package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaCommandTest {

    @TempDir
    Path tmp;

    private static CliRunner.Result withInput(String input, String... args) {
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return CliRunner.run(args);
        } finally {
            System.setIn(old);
        }
    }

    /**
     * What the command printed, without log lines: a server test's scheduler thread in this JVM may log to
     * standard output while CliRunner captures it.
     */
    private static List<String> lines(CliRunner.Result result) {
        return result.out().replace("\r\n", "\n").lines()
                .filter(line -> !line.matches("\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(?:TRACE|DEBUG|INFO|WARN|ERROR) .*"))
                .toList();
    }

    @Test
    void printsOneLinePerPairFromStandardInput() {
        CliRunner.Result result = withInput("""
                회사는 557만 달러를 유치했다.\tThe company raised $5.57 million.
                회사는 557만 달러를 유치했다.\tThe company raised $557 million.
                정부는 2월 1일부터 시행한다.\tIt takes effect on Feb. 11.
                """, "qa");

        assertThat(result.exitCode()).isZero();
        List<String> lines = lines(result);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("OK");
        assertThat(lines.get(1)).startsWith("numbers: '557만 달러' is 5.57 million dollars").contains("$557 million");
        assertThat(lines.get(2)).startsWith("dates: ");
    }

    @Test
    void joinsSeveralFindingsWithSemicolonsAndReportsALineWithoutATab() {
        CliRunner.Result result = withInput("""
                오픈AI는 o3-mini를 공개했다.\tThe 오픈AI released O3-Mini.
                정부는 예산안을 제출했다.
                """, "qa");

        List<String> lines = lines(result);
        assertThat(lines.get(0)).contains("latin: 'o3-mini'").contains("; untranslated: '오픈' is left in Korean");
        assertThat(lines.get(1)).isEqualTo("format: no tab between the Korean and the English");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void readsPairsFromAFileWithACsvGlossary() throws Exception {
        Path pairs = tmp.resolve("pairs.tsv");
        Files.writeString(pairs, "누리항공은 주 5회 운항한다.\tNuri Airlines flies five times a week.\n"
                + "누리항공은 주 5회 운항한다.\tNuri Air flies five times a week.\n", StandardCharsets.UTF_8);
        Path glossary = tmp.resolve("glossary.csv");
        Files.writeString(glossary, "\uFEFFsource,target,note\n누리항공,\"Nuri Air\",\"airline, not 'Airlines'\"\n",
                StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run("qa", pairs.toString(), "--glossary", glossary.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(lines(result)).containsExactly("glossary: '누리항공' should be translated as 'Nuri Air'", "OK");
    }

    @Test
    void readsATsvGlossary() throws Exception {
        Path glossary = tmp.resolve("glossary.tsv");
        Files.writeString(glossary, "target\tsource\nNvidia\t엔비디아\n", StandardCharsets.UTF_8);

        CliRunner.Result result = withInput("엔비디아 주가가 5% 올랐다.\tThe chipmaker's shares rose 5 percent.\n", "qa",
                "-g", glossary.toString());

        assertThat(result.out()).contains("should be translated as 'Nvidia'");
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRunner.Result result = CliRunner.run("qa", tmp.resolve("none.tsv").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("not a file");
    }

    @Test
    void aGlossaryWithoutItsHeaderIsAUsageError() throws Exception {
        Path glossary = tmp.resolve("glossary.csv");
        Files.writeString(glossary, "오픈AI,OpenAI\n", StandardCharsets.UTF_8);

        CliRunner.Result result = withInput("", "qa", "--glossary", glossary.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("must name the columns 'source' and 'target'");
    }
}
