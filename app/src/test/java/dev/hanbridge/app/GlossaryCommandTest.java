package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hanbridge glossary}: import a spreadsheet or TBX, list, remove. */
class GlossaryCommandTest {

    @TempDir
    Path tmp;

    private CliRunner.Result glossary(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("glossary"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", tmp.resolve("data").toString()));
        return CliRunner.run(all.toArray(String[]::new));
    }

    @Test
    void importsASpreadsheetReportingItsProblemsListsItAsTsvAndReimportsTheListUnchanged() throws Exception {
        Path csv = Files.writeString(tmp.resolve("terms.csv"), "한국어,영어,비고\n"
                + "오픈AI,OpenAI,\"company, San Francisco\"\n"
                + "샘 올트먼,Sam Altman,\n"
                + "기준금리,,\n"
                + "한국은행,Bank of Korea,중앙은행\n", StandardCharsets.UTF_8);

        CliRunner.Result imported = glossary("import", csv.toString());

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out()).contains("terms.csv (CSV (UTF-8)): 3 terms read, 3 added, 0 updated, 0 unchanged, "
                + "1 problem:").contains("line 4");
        CliRunner.Result list = glossary("list");
        assertThat(list.out()).contains("source\ttarget\tnote\n" + "샘 올트먼\tSam Altman\t\n" + "오픈AI\tOpenAI\t"
                + "company, San Francisco\n" + "한국은행\tBank of Korea\t중앙은행\n");

        Path listed = Files.writeString(tmp.resolve("listed.tsv"), list.out().substring(list.out().indexOf("source\t")),
                StandardCharsets.UTF_8);
        assertThat(glossary("import", listed.toString()).out()).contains("3 terms read, 0 added, 0 updated, 3 unchanged");
        Path changed = Files.writeString(tmp.resolve("changed.tsv"), "source\ttarget\n오픈AI\tOpenAI Inc.\n",
                StandardCharsets.UTF_8);
        assertThat(glossary("import", changed.toString()).out()).contains("1 terms read, 0 added, 1 updated");
        assertThat(TestDatabase.H2.queryOne(tmp.resolve("data"),
                "SELECT target_term FROM hb_glossary_entry WHERE source_term = '오픈AI'")).isEqualTo("OpenAI Inc.");
    }

    @Test
    void importsTbxAndRemovesTermsOneByOneOrAll() throws Exception {
        Path tbx = Files.writeString(tmp.resolve("terms.tbx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>written for this test</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="ko"><termSec><term>코스피</term></termSec></langSec>
                      <langSec xml:lang="en"><termSec><term>KOSPI</term></termSec></langSec>
                    </conceptEntry>
                    <conceptEntry id="c2">
                      <langSec xml:lang="ko"><termSec><term>원·달러 환율</term></termSec></langSec>
                      <langSec xml:lang="en"><termSec><term>won-dollar exchange rate</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """, StandardCharsets.UTF_8);
        assertThat(glossary("import", tbx.toString()).out()).contains("2 terms read, 2 added");

        CliRunner.Result removed = glossary("remove", "코스피", "코스닥");

        assertThat(removed.exitCode()).isEqualTo(1);
        assertThat(removed.out()).contains("Removed 코스피").contains("Not in the glossary: 코스닥");
        assertThat(glossary("remove", "--all").out()).contains("Removed all 1 terms");
        assertThat(glossary("list").out()).contains("source\ttarget\tnote\n").doesNotContain("KOSPI")
                .doesNotContain("exchange rate");
        assertThat(glossary("remove").exitCode()).isEqualTo(2);
    }
}
