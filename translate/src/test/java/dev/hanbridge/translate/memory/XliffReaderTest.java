package dev.hanbridge.translate.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.common.TranslationOrigin;

/**
 * Files written in the test: hanbridge's XLIFF 2.1 and 1.2 exports as XliffWriter and Xliff12Writer
 * lay them out, after a reviewer changed states and targets, and files shaped like other tools'.
 */
class XliffReaderTest {

    /** XliffWriter's layout; a reviewer set s17 to final (editing it) and s18 to reviewed. */
    static final String OURS_21 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="ko" trgLang="en">
              <file id="a3" original="file:///inbox/economy.html">
                <mda:metadata>
                  <mda:metaGroup category="hanbridge:article">
                    <mda:meta type="articleId">3</mda:meta>
                    <mda:meta type="title">기준금리 동결</mda:meta>
                    <mda:meta type="publishedAt">2024-05-23T01:00:00Z</mda:meta>
                  </mda:metaGroup>
                </mda:metadata>
                <unit id="b0" type="hanbridge:title">
                  <mda:metadata>
                    <mda:metaGroup category="hanbridge:segment">
                      <mda:meta type="segmentId">16</mda:meta>
                      <mda:meta type="origin">MT</mda:meta>
                      <mda:meta type="engine">deepl</mda:meta>
                    </mda:metaGroup>
                  </mda:metadata>
                  <segment id="s16" state="translated">
                    <source>한은, 기준금리 연 3.5% 동결</source>
                    <target>BOK holds base rate at 3.5%</target>
                  </segment>
                </unit>
                <unit id="b1" type="hanbridge:paragraph">
                  <mda:metadata>
                    <mda:metaGroup category="hanbridge:segment">
                      <mda:meta type="segmentId">17</mda:meta>
                      <mda:meta type="origin">MT</mda:meta>
                      <mda:meta type="engine">deepl</mda:meta>
                    </mda:metaGroup>
                    <mda:metaGroup category="hanbridge:segment">
                      <mda:meta type="segmentId">18</mda:meta>
                      <mda:meta type="origin">TM_EXACT</mda:meta>
                    </mda:metaGroup>
                    <mda:metaGroup category="hanbridge:segment">
                      <mda:meta type="segmentId">19</mda:meta>
                    </mda:metaGroup>
                  </mda:metadata>
                  <notes>
                    <note category="qa" appliesTo="target">s17: number: 3.5% is missing from the translation</note>
                  </notes>
                  <segment id="s17" state="final">
                    <source>한국은행은 기준금리를 연 3.5%로 동결했다.</source>
                    <target>The Bank of Korea kept its base rate at 3.5% a year.</target>
                  </segment>
                  <ignorable>
                    <source xml:space="preserve"> </source>
                  </ignorable>
                  <segment id="s18" state="reviewed">
                    <source>시장은 동결을<cp hex="0001"/> 예상했다.</source>
                    <target>Markets had expected the hold.</target>
                  </segment>
                  <ignorable>
                    <source xml:space="preserve"> </source>
                  </ignorable>
                  <segment id="s19" state="initial">
                    <source>번역되지 않은 문장이다.</source>
                  </segment>
                </unit>
              </file>
            </xliff>
            """;

    /** XliffWriter's layout since segments are named by key; a reviewer made the second one final. */
    static final String OURS_21_KEYED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.1" srcLang="ko-KR" trgLang="en-US">
              <file id="a7" original="economy.html">
                <unit id="b1" type="hanbridge:paragraph">
                  <mda:metadata>
                    <mda:metaGroup category="hanbridge:segment">
                      <mda:meta type="segmentKey">k0a1b2c3d4e5f_0</mda:meta>
                      <mda:meta type="segmentId">31</mda:meta>
                      <mda:meta type="origin">MT</mda:meta>
                    </mda:metaGroup>
                    <mda:metaGroup category="hanbridge:segment">
                      <mda:meta type="segmentKey">k9a8b7c6d5e4f_0</mda:meta>
                      <mda:meta type="segmentId">32</mda:meta>
                      <mda:meta type="origin">TM_EXACT</mda:meta>
                    </mda:metaGroup>
                  </mda:metadata>
                  <mtc:matches>
                    <mtc:match ref="#k9a8b7c6d5e4f_0" type="tm" similarity="80" matchQuality="80">
                      <source>시장은 금리 동결을 예상했다.</source>
                      <target>Markets expected the rate hold.</target>
                    </mtc:match>
                  </mtc:matches>
                  <segment id="k0a1b2c3d4e5f_0" state="translated">
                    <source>한국은행은 기준금리를 동결했다.</source>
                    <target>The Bank of Korea held its base rate.</target>
                  </segment>
                  <segment id="k9a8b7c6d5e4f_0" state="final">
                    <source>시장은 동결을 예상했다.</source>
                    <target>Markets had expected the hold.</target>
                  </segment>
                </unit>
              </file>
            </xliff>
            """;

    @Test
    void givesEachKeyedSegmentItsOwnMetadataAndLeavesTranslationCandidatesOut() {
        Entries read = Entries.xliff(OURS_21_KEYED);

        assertThat(read.list).extracting(e -> e.id() + " " + e.origin() + " " + e.reviewed() + " " + e.target())
                .containsExactly("k0a1b2c3d4e5f_0 MT false The Bank of Korea held its base rate.",
                        "k9a8b7c6d5e4f_0 TM_EXACT true Markets had expected the hold.");
        assertThat(read.get(1).properties()).containsEntry("hanbridge:segment/segmentId", "32");
    }

    @Test
    void readsOurXliff21WithEverythingNeededToFindEachSegmentAgain() {
        Entries read = Entries.xliff(OURS_21);

        assertThat(read.list).extracting(TmEntry::id).containsExactly("s16", "s17", "s18");
        TmEntry title = read.get(0);
        assertThat(title.reviewed()).as("translated is not reviewed").isFalse();
        assertThat(title.origin()).isEqualTo(TranslationOrigin.MT);

        TmEntry edited = read.get(1);
        assertThat(edited.source()).isEqualTo("한국은행은 기준금리를 연 3.5%로 동결했다.");
        assertThat(edited.target()).isEqualTo("The Bank of Korea kept its base rate at 3.5% a year.");
        assertThat(edited.reviewed()).isTrue();
        assertThat(edited.original()).isEqualTo("file:///inbox/economy.html");
        assertThat(edited.properties())
                .containsEntry("file", "a3").containsEntry("unit", "b1").containsEntry("unit-type", "hanbridge:paragraph")
                .containsEntry("segment", "s17").containsEntry("state", "final")
                .containsEntry("hanbridge:article/articleId", "3")
                .containsEntry("hanbridge:segment/segmentId", "17")
                .containsEntry("hanbridge:segment/origin", "MT").containsEntry("hanbridge:segment/engine", "deepl")
                .containsEntry("note", "s17: number: 3.5% is missing from the translation");

        TmEntry reviewed = read.get(2);
        assertThat(reviewed.reviewed()).isTrue();
        assertThat(reviewed.origin()).as("each segment keeps its own metadata").isEqualTo(TranslationOrigin.TM_EXACT);
        assertThat(reviewed.properties()).containsEntry("hanbridge:segment/segmentId", "18")
                .doesNotContainKey("hanbridge:segment/engine");
        assertThat(reviewed.source()).as("cp gives back the character XML cannot hold").isEqualTo("시장은 동결을\u0001 예상했다.");

        assertThat(read.summary).isEqualTo(new TmReadSummary(4, 3, 1, Set.of("ko", "en")));
    }

    /** Xliff12Writer's layout; the reviewer approved one unit and set states on two others. */
    static final String OURS_12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="file:///inbox/economy.html" source-language="ko" target-language="en" datatype="plaintext" tool-id="hanbridge">
                <header>
                  <tool tool-id="hanbridge" tool-name="hanbridge" tool-version="0.1.0"/>
                </header>
                <body>
                  <group id="b0" restype="x-title">
                    <trans-unit id="16" approved="yes">
                      <source xml:lang="ko">한은, 기준금리 연 3.5% 동결</source>
                      <target xml:lang="en" state="translated" state-qualifier="leveraged-mt">BOK holds rate at 3.5%</target>
                      <context-group purpose="information">
                        <context context-type="x-hanbridge-origin">MT</context>
                        <context context-type="x-hanbridge-engine">deepl</context>
                      </context-group>
                    </trans-unit>
                  </group>
                  <group id="b1" restype="x-paragraph">
                    <trans-unit id="17">
                      <source xml:lang="ko">한국은행은 기준금리를 연 3.5%로 동결했다.</source>
                      <target xml:lang="en" state="final">The Bank of Korea kept its base rate at 3.5%.</target>
                    </trans-unit>
                    <trans-unit id="18">
                      <source xml:lang="ko">시장은 동결을 예상했다.</source>
                      <target xml:lang="en" state="signed-off">Markets had expected the hold.</target>
                    </trans-unit>
                    <trans-unit id="19">
                      <source xml:lang="ko">물가는 안정세다.</source>
                      <target xml:lang="en" state="translated" state-qualifier="leveraged-mt">Prices are stable.</target>
                      <context-group purpose="information">
                        <context context-type="x-hanbridge-origin">MT</context>
                      </context-group>
                    </trans-unit>
                    <trans-unit id="20">
                      <source xml:lang="ko">번역되지 않은 문장이다.</source>
                    </trans-unit>
                  </group>
                </body>
              </file>
            </xliff>
            """;

    @Test
    void readsOurXliff12ApprovedAndFinalTargetsAsReviewed() {
        Entries read = Entries.xliff(OURS_12);

        assertThat(read.list).extracting(TmEntry::id).containsExactly("16", "17", "18", "19");
        assertThat(read.list).extracting(TmEntry::reviewed).containsExactly(true, true, true, false);
        TmEntry approved = read.get(0);
        assertThat(approved.origin()).isEqualTo(TranslationOrigin.MT);
        assertThat(approved.original()).isEqualTo("file:///inbox/economy.html");
        assertThat(approved.properties()).containsEntry("group", "b0").containsEntry("group-restype", "x-title")
                .containsEntry("trans-unit", "16").containsEntry("approved", "yes")
                .containsEntry("state-qualifier", "leveraged-mt").containsEntry("x-hanbridge-engine", "deepl");
        assertThat(read.get(1).properties()).containsEntry("group", "b1").containsEntry("state", "final");
        assertThat(read.summary).isEqualTo(new TmReadSummary(5, 4, 1, Set.of("ko", "en")));
    }

    @Test
    void readsEachSentenceOfATransUnitThatATerminologyToolSegmented() {
        Entries read = Entries.xliff("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions">
                <file original="file:///inbox/economy.html" source-language="ko-KR" target-language="en-US" datatype="x-undefined">
                <body>
                <trans-unit id="tu1" approved="yes">
                <source xml:lang="ko-KR">수출이 늘었다. 수입은 줄었다.</source>
                <seg-source><mrk mid="0" mtype="seg">수출이 늘었다.</mrk> <mrk mid="1" mtype="seg">수입은 줄었다.</mrk></seg-source>
                <target xml:lang="en-US"><mrk mid="0" mtype="seg">Exports rose.</mrk> <mrk mid="1" mtype="seg">Imports fell.</mrk></target>
                </trans-unit>
                </body>
                </file>
                </xliff>
                """);

        assertThat(read.list).extracting(TmEntry::source).containsExactly("수출이 늘었다.", "수입은 줄었다.");
        assertThat(read.list).extracting(TmEntry::target).containsExactly("Exports rose.", "Imports fell.");
        assertThat(read.list).extracting(e -> e.properties().get("mid")).containsExactly("0", "1");
        assertThat(read.list).allSatisfy(e -> assertThat(e.id()).isEqualTo("tu1"));
    }

    @Test
    void readsAnotherToolsXliff20KeepingTextInsidePairedCodesAndDroppingStandaloneOnes() {
        Entries read = Entries.xliff("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ko-KR" trgLang="en-US">
                 <file id="f1" original="rates.docx">
                  <group id="g1">
                   <group id="g2">
                    <unit id="u1">
                     <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
                     <segment id="1" state="final">
                      <source><pc id="1" dataRefStart="d1" dataRefEnd="d2">오픈AI</pc>는 <mrk id="m1" type="term">o3-mini</mrk>를 공개했다.<ph id="2"/></source>
                      <target><pc id="1" dataRefStart="d1" dataRefEnd="d2">OpenAI</pc> released <mrk id="m1" type="term">o3-mini</mrk>.<ph id="2"/></target>
                     </segment>
                     <segment id="2" state="final">
                      <source><sc id="3"/>주가가 올랐다.<ec startRef="3"/></source>
                      <target><sc id="3"/>Its shares rose.<ec startRef="3"/></target>
                     </segment>
                    </unit>
                   </group>
                  </group>
                 </file>
                </xliff>
                """);

        assertThat(read.list).extracting(TmEntry::source).containsExactly("오픈AI는 o3-mini를 공개했다.", "주가가 올랐다.");
        assertThat(read.list).extracting(TmEntry::target).containsExactly("OpenAI released o3-mini.", "Its shares rose.");
        assertThat(read.get(0).original()).isEqualTo("rates.docx");
        assertThat(read.get(0).origin()).isNull();
    }

    @Test
    void takesNoTargetFromAlternativeTranslations() {
        Entries read = Entries.xliff("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="ko" target-language="en" datatype="plaintext"><body>
                <trans-unit id="1">
                <source>수출이 늘었다.</source>
                <alt-trans match-quality="80"><source>수출이 줄었다.</source><target>Exports fell.</target></alt-trans>
                </trans-unit>
                </body></file></xliff>
                """);

        assertThat(read.list).isEmpty();
        assertThat(read.summary.withoutTarget()).isEqualTo(1);
    }

    @Test
    void passesOverUnitsNotToBeTranslated() {
        Entries read = Entries.xliff("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
                <file id="f"><unit id="u" translate="no"><segment state="final"><source>코드</source><target>code</target></segment></unit></file>
                </xliff>
                """);

        assertThat(read.list).isEmpty();
    }

    @Test
    void reportsAFileOfAnotherLanguagePairOrTargetLanguage() {
        Entries reversed = Entries.xliff("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ko">
                <file id="f"><unit id="u"><segment state="final"><source>Exports rose.</source><target>수출이 늘었다.</target></segment></unit></file>
                </xliff>
                """);
        Entries french = Entries.xliff("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
                <file id="f"><unit id="u"><segment state="final"><source>수출이 늘었다.</source><target xml:lang="fr">Les exportations ont augmenté.</target></segment></unit></file>
                </xliff>
                """);

        assertThat(reversed.list).isEmpty();
        assertThat(reversed.summary.languages()).containsExactlyInAnyOrder("en", "ko");
        assertThat(french.list).isEmpty();
        assertThat(french.summary.languages()).contains("fr");
    }

    @Test
    void refusesVersionsItCannotRead() {
        assertThatThrownBy(() -> Entries.xliff("<xliff version=\"3.0\"/>")).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("XLIFF version \"3.0\" is not read");
        assertThatThrownBy(() -> Entries.xliff("<tmx version=\"1.4\"/>")).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("not XLIFF: its root element is <tmx>");
    }

    @Test
    void namesTheLineOfAMalformedFile() {
        String broken = OURS_21.replace("<target>Markets had expected the hold.</target>", "<target>Markets had expected");

        assertThatThrownBy(() -> Entries.xliff(broken)).isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("test.xlf, line 52: ");
    }

    @Test
    void refusesAnExternalEntity(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "token-123");
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY leak SYSTEM "%s">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
                <file id="f"><unit id="u"><segment state="final"><source>&leak;</source><target>x</target></segment></unit></file>
                </xliff>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> Entries.xliff(attack)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("line 4").hasMessageNotContaining("token-123");
    }
}
