package dev.hanbridge.translate.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glossaries as spreadsheets and terminology tools write them, built in the test with terms of our own. */
class GlossaryReaderTest {

    @TempDir
    Path dir;

    private GlossaryFile read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private GlossaryFile read(byte[] bytes) throws Exception {
        return GlossaryReader.read(Files.write(dir.resolve("glossary"), bytes));
    }

    // ---- CSV and TSV

    @Test
    void readsCsvWithQuotedDelimitersQuotesAndLineBreaks() throws Exception {
        GlossaryFile file = read("source,target,note\r\n"
                + "오픈AI,OpenAI,\"company, San Francisco\"\r\n"
                + "\"샘 올트먼\",\"Sam Altman\",\"spelled \"\"Altman\"\", never \"\"Altmann\"\"\"\r\n"
                + "기준금리,base rate,\"Bank of Korea's\npolicy rate\"\r\n");

        assertThat(file.format()).isEqualTo("CSV (UTF-8)");
        assertThat(file.terms()).containsExactly(
                new GlossaryTerm("오픈AI", "OpenAI", "company, San Francisco"),
                new GlossaryTerm("샘 올트먼", "Sam Altman", "spelled \"Altman\", never \"Altmann\""),
                new GlossaryTerm("기준금리", "base rate", "Bank of Korea's policy rate"));
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void readsExcelsUnicodeTextThatIsTabSeparatedUtf16WithAByteOrderMark() throws Exception {
        byte[] bytes = ("\uFEFFko\ten\r\n원·달러 환율\twon-dollar exchange rate\r\n코스피\tKOSPI\r\n")
                .getBytes(StandardCharsets.UTF_16LE);

        GlossaryFile file = read(bytes);

        assertThat(file.format()).isEqualTo("TSV (UTF-16LE)");
        assertThat(file.terms()).extracting(GlossaryTerm::target).containsExactly("won-dollar exchange rate", "KOSPI");
    }

    @Test
    void readsCp949AsExcelOnKoreanWindowsSavesCsvWithKoreanColumnNames() throws Exception {
        byte[] bytes = "한국어,영어,비고\n한국은행,Bank of Korea,중앙은행\n".getBytes(Charset.forName("x-windows-949"));

        GlossaryFile file = read(bytes);

        assertThat(file.format()).isEqualTo("CSV (CP949)");
        assertThat(file.terms()).containsExactly(new GlossaryTerm("한국은행", "Bank of Korea", "중앙은행"));
    }

    @Test
    void readsSemicolonsColumnsInAnyOrderAndLanguageTagsAsColumnNames() throws Exception {
        GlossaryFile file = read("\uFEFFid;en-US;ko-KR;owner\n1;Hyundai Motor;현대자동차;desk\n");

        assertThat(file.terms()).containsExactly(new GlossaryTerm("현대자동차", "Hyundai Motor", null));
    }

    @Test
    void reportsRowsWithoutATermAndRepeatedSourcesKeepingTheFirst() throws Exception {
        GlossaryFile file = read("""
                source,target

                #미투,#MeToo
                코스닥,
                ,KOSDAQ
                #미투,#Me Too
                  샘   올트먼 ,  Sam  Altman
                """);

        assertThat(file.terms()).containsExactly(new GlossaryTerm("#미투", "#MeToo", null),
                new GlossaryTerm("샘 올트먼", "Sam Altman", null));
        assertThat(file.problems()).containsExactly("line 4: no target term; row skipped",
                "line 5: no source term; row skipped", "line 6: #미투 is already on line 3; row skipped");
    }

    @Test
    void countsTheLinesInsideQuotedFieldsWhenNamingLaterRows() throws Exception {
        GlossaryFile file = read("source,target,note\n반도체,chip,\"memory\r\nand logic\"\n코스닥,\n");

        assertThat(file.problems()).containsExactly("line 4: no target term; row skipped");
    }

    @Test
    void namesTheLineWhereAnUnclosedQuoteOpened() {
        assertThatThrownBy(() -> read("source,target\n오픈AI,OpenAI\n\"샘 올트먼,Sam Altman\n코스피,KOSPI\n"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("glossary, line 3: a quoted field opened on this line is never closed");
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        assertThatThrownBy(() -> read("source,target\n\"오픈\"AI,OpenAI\n"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("line 2: text after the closing quote of field 1");
    }

    @Test
    void asksForAHeaderWhenTheFirstRowNamesNoColumns() {
        assertThatThrownBy(() -> read("오픈AI,OpenAI\n샘 올트먼,Sam Altman\n"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageContaining("line 1: the first row must name a source column");
        assertThatThrownBy(() -> read("\n  \n")).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("the file is empty");
    }

    @Test
    void refusesBytesThatAreNoKoreanText() {
        assertThatThrownBy(() -> read(new byte[] {'s', ',', 't', '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("neither UTF-8 nor CP949");
    }

    // ---- TBX

    @Test
    void readsTbxBasicV3TakingEveryKoreanTermAndThePreferredEnglishOne() throws Exception {
        GlossaryFile file = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>Newsroom terms</p></sourceDesc></fileDesc></tbxHeader>
                  <text>
                    <body>
                      <conceptEntry id="c1">
                        <descrip type="definition">An AI company in San Francisco.</descrip>
                        <langSec xml:lang="ko">
                          <termSec><term>오픈AI</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                          <termSec><term>오픈에이아이</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                        </langSec>
                        <langSec xml:lang="en-US">
                          <termSec><term>Open AI</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                          <termSec><term>OpenAI Inc.</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
                          <termSec><term>OpenAI</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                        </langSec>
                      </conceptEntry>
                      <conceptEntry id="c2">
                        <langSec xml:lang="ko"><termSec><term>기준금리</term></termSec></langSec>
                        <langSec xml:lang="en"><termSec><term>base rate</term></termSec></langSec>
                        <langSec xml:lang="ja"><termSec><term>政策金利</term></termSec></langSec>
                      </conceptEntry>
                    </body>
                  </text>
                </tbx>
                """);

        assertThat(file.format()).isEqualTo("TBX");
        assertThat(file.terms()).containsExactly(
                new GlossaryTerm("오픈AI", "OpenAI", "An AI company in San Francisco."),
                new GlossaryTerm("오픈에이아이", "OpenAI", "An AI company in San Francisco."),
                new GlossaryTerm("기준금리", "base rate", null));
    }

    @Test
    void readsTbx2008MartifWithItsDoctypeAndNestedTermGroups() throws Exception {
        GlossaryFile file = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
                <martif type="TBX-Basic" xml:lang="en-US">
                  <martifHeader><fileDesc><sourceDesc><p>exported</p></sourceDesc></fileDesc></martifHeader>
                  <text><body>
                    <termEntry id="t1">
                      <note>Listed on KOSPI.</note>
                      <langSet xml:lang="ko-KR"><tig><term>삼성전자</term></tig></langSet>
                      <langSet xml:lang="en-US"><ntig><termGrp><term>Samsung Electronics</term>
                        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig></langSet>
                    </termEntry>
                  </body></text>
                </martif>
                """);

        assertThat(file.terms()).containsExactly(new GlossaryTerm("삼성전자", "Samsung Electronics", "Listed on KOSPI."));
    }

    @Test
    void readsTheDctStyleStatusElementAndReportsEntriesWithOnlyDeprecatedEnglish() throws Exception {
        GlossaryFile file = read("""
                <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
                     xmlns:basic="http://www.tbxinfo.net/ns/basic">
                  <text><body>
                    <conceptEntry id="c7">
                      <langSec xml:lang="ko"><termSec><term>엔비디아</term></termSec></langSec>
                      <langSec xml:lang="en">
                        <termSec><term>nVidia</term><basic:administrativeStatus>supersededTerm-admn-sts</basic:administrativeStatus></termSec>
                        <termSec><term>Nvidia</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
                      </langSec>
                    </conceptEntry>
                    <conceptEntry id="c8">
                      <langSec xml:lang="ko"><termSec><term>에이아이</term></termSec></langSec>
                      <langSec xml:lang="en"><termSec><term>A.I.</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);

        assertThat(file.terms()).containsExactly(new GlossaryTerm("엔비디아", "Nvidia", null));
        assertThat(file.problems()).containsExactly("line 11 (entry c8): no English term that is not deprecated; entry skipped");
    }

    @Test
    void refusesAnExternalEntityInTbx() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "token-123");
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE martif [<!ENTITY leak SYSTEM "%s">]>
                <martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="ko"><tig><term>&leak;</term></tig></langSet></termEntry></body></text></martif>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> read(attack)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("line 3").hasMessageNotContaining("token-123");
    }

    @Test
    void refusesXmlThatIsNotTbx() {
        assertThatThrownBy(() -> read("<glossary><entry/></glossary>")).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("must be TBX (<tbx> or <martif>), not <glossary>");
    }
}
