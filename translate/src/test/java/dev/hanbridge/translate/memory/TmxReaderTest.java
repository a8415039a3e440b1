package dev.hanbridge.translate.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.common.TranslationOrigin;

/**
 * Every file here is written in the test: hanbridge's own export as TmxWriter lays it out, and files
 * shaped like those Trados, memoQ, OmegaT and Okapi write (headers, props, inline codes, language
 * spellings), with sentences of our own.
 */
class TmxReaderTest {

    /** Exactly the layout of export/tmx/TmxWriter: DOCTYPE, props, an untranslated unit with one tuv. */
    static final String OURS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="hanbridge" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en" srclang="ko" o-tmf="hanbridge"/>
              <body>
                <tu tuid="17">
                  <prop type="x-hanbridge-article-id">3</prop>
                  <prop type="x-hanbridge-source-uri">file:///inbox/economy.html</prop>
                  <prop type="x-hanbridge-block-index">2</prop>
                  <prop type="x-hanbridge-block-kind">paragraph</prop>
                  <prop type="x-hanbridge-segment-index">0</prop>
                  <prop type="x-hanbridge-origin">MT</prop>
                  <prop type="x-hanbridge-engine">deepl</prop>
                  <prop type="x-hanbridge-state">translated</prop>
                  <tuv xml:lang="ko"><seg>한국은행은 기준금리를 연 3.5%로 동결했다.</seg></tuv>
                  <tuv xml:lang="en"><seg>The Bank of Korea held its base rate at 3.5% a year.</seg></tuv>
                </tu>
                <tu tuid="18">
                  <prop type="x-hanbridge-article-id">3</prop>
                  <prop type="x-hanbridge-source-uri">file:///inbox/economy.html</prop>
                  <prop type="x-hanbridge-origin">HUMAN</prop>
                  <prop type="x-hanbridge-state">translated</prop>
                  <tuv xml:lang="ko"><seg>시장은 동결을 예상했다.</seg></tuv>
                  <tuv xml:lang="en"><seg>Markets had expected the hold.</seg></tuv>
                </tu>
                <tu tuid="19">
                  <prop type="x-hanbridge-article-id">3</prop>
                  <prop type="x-hanbridge-state">untranslated</prop>
                  <tuv xml:lang="ko"><seg>번역되지 않은 문장이다.</seg></tuv>
                </tu>
              </body>
            </tmx>
            """;

    @Test
    void readsOurOwnExportWithWhereEachPairCameFrom() {
        Entries read = Entries.tmx(OURS);

        assertThat(read.list).hasSize(2);
        TmEntry mt = read.get(0);
        assertThat(mt.source()).isEqualTo("한국은행은 기준금리를 연 3.5%로 동결했다.");
        assertThat(mt.target()).isEqualTo("The Bank of Korea held its base rate at 3.5% a year.");
        assertThat(mt.id()).isEqualTo("17");
        assertThat(mt.original()).isEqualTo("file:///inbox/economy.html");
        assertThat(mt.origin()).isEqualTo(TranslationOrigin.MT);
        assertThat(mt.reviewed()).as("a machine translation we exported is nobody's review").isFalse();
        assertThat(mt.properties()).containsEntry("x-hanbridge-article-id", "3")
                .containsEntry("x-hanbridge-block-index", "2").containsEntry("x-hanbridge-engine", "deepl")
                .containsEntry("creationtool", "hanbridge");
        assertThat(read.get(1).origin()).isEqualTo(TranslationOrigin.HUMAN);
        assertThat(read.get(1).reviewed()).isTrue();
        assertThat(read.summary).isEqualTo(new TmReadSummary(3, 2, 1, java.util.Set.of("ko", "en")));
    }

    @Test
    void readsATradosExportDroppingItsFormattingCodes() {
        Entries read = Entries.tmx("""
                <?xml version="1.0" encoding="utf-8"?>
                <tmx version="1.4">
                  <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="en-US" srclang="ko-KR" />
                  <body>
                    <tu creationdate="20240312T081500Z" creationid="NEWSDESK\\kim" changedate="20240313T091200Z" changeid="NEWSDESK\\lee" lastusagedate="20240314T100000Z" usagecount="2">
                      <prop type="x-LastUsedBy">NEWSDESK\\lee</prop>
                      <prop type="x-Context">0, 0</prop>
                      <prop type="x-Origin">TM</prop>
                      <prop type="x-ConfirmationLevel">Translated</prop>
                      <tuv xml:lang="ko-KR">
                        <seg><bpt i="1" type="1" x="1">&lt;cf bold="True"&gt;</bpt>오픈AI<ept i="1">&lt;/cf&gt;</ept>는 새 모델 <ph x="2" type="2">&lt;footnote/&gt;</ph>o3-mini를 공개했다.</seg>
                      </tuv>
                      <tuv xml:lang="en-US">
                        <seg><bpt i="1" type="1" x="1">&lt;cf bold="True"&gt;</bpt>OpenAI<ept i="1">&lt;/cf&gt;</ept> released its new model<ph x="2" type="2">&lt;footnote/&gt;</ph> o3-mini.</seg>
                      </tuv>
                    </tu>
                  </body>
                </tmx>
                """);

        TmEntry entry = read.get(0);
        assertThat(entry.source()).isEqualTo("오픈AI는 새 모델 o3-mini를 공개했다.");
        assertThat(entry.target()).isEqualTo("OpenAI released its new model o3-mini.");
        assertThat(entry.sourceLang()).isEqualTo("ko-KR");
        assertThat(entry.targetLang()).isEqualTo("en-US");
        assertThat(entry.reviewed()).isTrue();
        assertThat(entry.origin()).isNull();
        assertThat(entry.id()).isNull();
        assertThat(entry.properties()).containsEntry("x-ConfirmationLevel", "Translated")
                .containsEntry("changeid", "NEWSDESK\\lee").containsEntry("changedate", "20240313T091200Z")
                .containsEntry("creationtool", "SDL Language Platform");
    }

    @Test
    void readsAMemoQExportWithLowerCaseLanguagesAndIsolatedTags() {
        Entries read = Entries.tmx("""
                <?xml version="1.0" encoding="utf-8"?>
                <tmx version="1.4">
                  <header creationtool="MemoQ" creationtoolversion="9.12.9" srclang="ko-kr" adminlang="en-us" datatype="unknown" o-tmf="MemoQTM" segtype="sentence" creationid="desk">
                    <prop type="defclient">Economy desk</prop>
                  </header>
                  <body>
                    <tu changedate="20240501T101010Z" creationdate="20240430T090000Z" creationid="park" changeid="choi">
                      <prop type="client">Economy desk</prop>
                      <prop type="project">Rates 2024</prop>
                      <prop type="corrected">no</prop>
                      <prop type="aligned">no</prop>
                      <prop type="x-document">rates.docx</prop>
                      <tuv xml:lang="ko-kr">
                        <seg><it pos="begin" x="1">&lt;span&gt;</it>물가 상승률은 2.1%로 둔화했다.</seg>
                      </tuv>
                      <tuv xml:lang="en-gb">
                        <seg><it pos="begin" x="1">&lt;span&gt;</it>Inflation slowed to 2.1%.</seg>
                      </tuv>
                    </tu>
                  </body>
                </tmx>
                """);

        TmEntry entry = read.get(0);
        assertThat(entry.source()).isEqualTo("물가 상승률은 2.1%로 둔화했다.");
        assertThat(entry.target()).isEqualTo("Inflation slowed to 2.1%.");
        assertThat(entry.targetLang()).isEqualTo("en-gb");
        assertThat(entry.properties()).containsEntry("x-document", "rates.docx").containsEntry("changeid", "choi");
    }

    @Test
    void readsOmegaTsTmx11LangAttributeInCapitalsAndItsNotes() {
        Entries read = Entries.tmx("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx11.dtd">
                <tmx version="1.1">
                  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.1" segtype="sentence" srclang="KO-KR"/>
                  <body>
                    <tu>
                      <note>Checked against the ministry's release.</note>
                      <tuv lang="KO-KR">
                        <seg>수출은 7개월 연속 늘었다.</seg>
                      </tuv>
                      <tuv lang="EN-US" changeid="jung" changedate="20240601T120000Z" creationid="jung" creationdate="20240601T120000Z">
                        <seg>Exports rose for a seventh straight month.</seg>
                      </tuv>
                    </tu>
                  </body>
                </tmx>
                """);

        TmEntry entry = read.get(0);
        assertThat(entry.target()).isEqualTo("Exports rose for a seventh straight month.");
        assertThat(entry.sourceLang()).isEqualTo("KO-KR");
        assertThat(entry.properties()).containsEntry("note", "Checked against the ministry's release.")
                .containsEntry("changeid", "jung");
    }

    @Test
    void readsAnOkapiMultilingualUnitKeepingHighlightedTextAndDroppingSubFlows() {
        Entries read = Entries.tmx("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="okapi" creationtoolversion="1.44.0" segtype="sentence" o-tmf="okp" adminlang="en" srclang="ko-kr" datatype="x-undefined"></header><body>
                <tu tuid="rates.html_tu3">
                <prop type="Txt::FileName">rates.html</prop>
                <prop type="Txt::GroupName">p3</prop>
                <tuv xml:lang="ja-jp"><seg>輸出は増えた。</seg></tuv>
                <tuv xml:lang="ko-kr"><seg><hi type="emphasis">수출</hi>이 늘었다.<ph x="1">&lt;img alt="<sub>그래프</sub>"/&gt;</ph></seg></tuv>
                <tuv xml:lang="en-us"><seg><hi type="emphasis">Exports</hi> rose.<ph x="1">&lt;img alt="<sub>chart</sub>"/&gt;</ph></seg></tuv>
                </tu>
                </body></tmx>
                """);

        assertThat(read.list).singleElement().satisfies(entry -> {
            assertThat(entry.source()).isEqualTo("수출이 늘었다.");
            assertThat(entry.target()).isEqualTo("Exports rose.");
            assertThat(entry.id()).isEqualTo("rates.html_tu3");
            assertThat(entry.properties()).containsEntry("Txt::FileName", "rates.html");
        });
        assertThat(read.summary.languages()).containsExactlyInAnyOrder("ja-jp", "ko-kr", "en-us");
    }

    @Test
    void givesOneEntryPerTargetVariantOfTheLanguage() {
        Entries read = Entries.tmx("""
                <tmx version="1.4"><header srclang="ko"/><body>
                <tu><tuv xml:lang="ko"><seg>환율이 올랐다.</seg></tuv>
                <tuv xml:lang="en-US"><seg>The dollar rose against the won.</seg></tuv>
                <tuv xml:lang="en-GB"><seg>Sterling's cousin, the dollar, rose.</seg></tuv></tu>
                </body></tmx>
                """);

        assertThat(read.list).extracting(TmEntry::targetLang).containsExactly("en-US", "en-GB");
    }

    @Test
    void reportsFilesOfAnotherLanguagePairByTheirLanguages() {
        Entries read = Entries.tmx("""
                <tmx version="1.4"><header srclang="ja-JP"/><body>
                <tu><tuv xml:lang="ja-JP"><seg>輸出は増えた。</seg></tuv><tuv xml:lang="en-US"><seg>Exports rose.</seg></tuv></tu>
                </body></tmx>
                """);

        assertThat(read.list).isEmpty();
        assertThat(read.summary).isEqualTo(new TmReadSummary(1, 0, 1, java.util.Set.of("ja-JP", "en-US")));
    }

    @Test
    void readsUtf16WithAByteOrderMarkInBothByteOrders() {
        String text = """
                <?xml version="1.0" encoding="UTF-16"?>
                <tmx version="1.4"><header srclang="ko-KR"/><body>
                <tu><tuv xml:lang="ko-KR"><seg>반도체 수출이 늘었다.</seg></tuv><tuv xml:lang="en-US"><seg>Chip exports rose.</seg></tuv></tu>
                </body></tmx>
                """;
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            assertThat(Entries.tmx(Entries.withBom(text, charset)).get(0).source()).as(charset.name())
                    .isEqualTo("반도체 수출이 늘었다.");
        }
    }

    @Test
    void readsUtf8WithAByteOrderMark() {
        byte[] bytes = Entries.withBom(OURS, StandardCharsets.UTF_8);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);

        assertThat(Entries.tmx(bytes).list).hasSize(2);
    }

    @Test
    void refusesAnExternalEntityAndNeverReadsTheFileItNames(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "token-123");
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY leak SYSTEM "%s">]>
                <tmx version="1.4"><header srclang="ko"/><body>
                <tu><tuv xml:lang="ko"><seg>&leak;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>
                </body></tmx>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> Entries.tmx(attack)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("test.tmx, line 4").hasMessageContaining("\"leak\"")
                .hasMessageContaining("Entities declared in a DTD are refused")
                .hasMessageNotContaining("token-123");
    }

    @Test
    void neverLoadsTheDtdAFileNames(@TempDir Path dir) throws Exception {
        // were the DTD loaded, &greeting; would be declared and the file would read
        Path dtd = Files.writeString(dir.resolve("tmx14.dtd"), "<!ENTITY greeting \"안녕\">");
        String file = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx SYSTEM "%s">
                <tmx version="1.4"><header srclang="ko"/><body>
                <tu><tuv xml:lang="ko"><seg>&greeting;</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
                </body></tmx>
                """.formatted(dtd.toUri());

        assertThatThrownBy(() -> Entries.tmx(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("\"greeting\" was referenced, but not declared");
    }

    @Test
    void refusesAnEntityExpansionBomb() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <tmx version="1.4"><body><tu><tuv xml:lang="ko"><seg>&b;</seg></tuv></tu></body></tmx>
                """;

        assertThatThrownBy(() -> Entries.tmx(bomb)).isInstanceOf(ImportFileException.class).hasMessageContaining("line 3");
    }

    @Test
    void namesTheLineOfAMalformedFile() {
        String broken = """
                <?xml version="1.0"?>
                <tmx version="1.4"><header srclang="ko"/><body>
                <tu><tuv xml:lang="ko"><seg>열린 태그</tuv></tu>
                </body></tmx>
                """;

        assertThatThrownBy(() -> Entries.tmx(broken)).isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("test.tmx, line 3: ").hasMessageContaining("not well-formed XML")
                .extracting(e -> ((ImportFileException) e).line()).isEqualTo(3);
    }

    @Test
    void refusesAnotherKindOfXml() {
        assertThatThrownBy(() -> Entries.tmx("<xliff version=\"2.1\"/>")).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("not TMX: its root element is <xliff>");
    }

    @Test
    void refusesAVariantWithoutALanguage() {
        String file = """
                <tmx version="1.4"><body>
                <tu><tuv><seg>언어 없음</seg></tuv></tu>
                </body></tmx>
                """;

        assertThatThrownBy(() -> Entries.tmx(file)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("line 2").hasMessageContaining("no xml:lang");
    }
}
