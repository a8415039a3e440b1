package dev.hanbridge.export.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.export.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Reads the TSV back with Apache Commons CSV set up as RFC 4180 with a tab, as any standard reader would. */
class TsvWriterTest {

    /** RFC 4180 with a tab for the comma: what Python's csv with delimiter='\t' reads too. */
    private static final CSVFormat RFC4180_TABS = CSVFormat.RFC4180.builder().setDelimiter('\t').get();

    private static String write(BilingualArticle article) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TsvWriter().write(article, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> rows(BilingualArticle article) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(write(article)), RFC4180_TABS)) {
            return parser.getRecords();
        }
    }

    private static BilingualArticle oneSegment(String source, String target) {
        return new BilingualArticle(1, "a.txt", "a", null, null, null, "ko-KR", "en-US", List.of(
                new BilingualBlock(0, BlockKind.TABLE_CELL, List.of(
                        new SegmentPair(7, 0, source, target, TranslationOrigin.MT, "deepl")))));
    }

    @Test
    void writesAHeaderAndOneLinePerSegment() throws Exception {
        List<CSVRecord> rows = rows(SampleArticles.busStops());

        assertThat(rows.get(0).values()).containsExactlyElementsOf(TsvWriter.COLUMNS);
        assertThat(rows).hasSize(7).allSatisfy(row -> assertThat(row.size()).isEqualTo(TsvWriter.COLUMNS.size()));
        assertThat(rows.get(1).values()).containsExactly("101", "42", "0", "title", "0", "translated", "MT", "deepl",
                "ko-KR", "en-US", "서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다",
                "Seoul to expand 'warm bus stops' to 300 this winter", "", "");
        assertThat(rows.get(4).get(10)).isEqualTo(SampleArticles.EMOJI_SOURCE);
    }

    @Test
    void marksAnUntranslatedSegmentAndLeavesItsTargetEmpty() throws Exception {
        CSVRecord row = rows(SampleArticles.busStops()).get(5);

        assertThat(row.get(0)).isEqualTo("105");
        assertThat(row.get(5)).isEqualTo("untranslated");
        assertThat(row.get(11)).isEmpty();
        assertThat(row.get(10)).isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void keepsQuotesTabsLineBreaksAndBackslashesThroughAStandardReader() throws Exception {
        // The title that a backslash-escaping writer lost its quotes in: "따옴표" 제목 came back as 따옴표 제목.
        String source = "\"따옴표\" 제목\t금액\n합계 C:\\표";
        String target = "\"Quoted\" title\tAmount\r\nTotal C:\\table";

        List<CSVRecord> rows = rows(oneSegment(source, target));

        assertThat(rows).hasSize(2);
        assertThat(TsvWriter.COLUMNS.get(10)).isEqualTo("source");
        assertThat(rows.get(1).get(10)).isEqualTo(source);
        assertThat(rows.get(1).get(11)).isEqualTo(target);
    }

    @Test
    void quotesOnlyTheFieldsThatNeedIt() throws Exception {
        String tsv = write(oneSegment("\"따옴표\" 제목", "plain title"));

        assertThat(tsv.lines().skip(1).findFirst().orElseThrow())
                .endsWith("\t\"\"\"따옴표\"\" 제목\"\tplain title\t\t");
    }

    @Test
    void writesTheWorstSeverityAndTheFindingsOfEachTranslationInTheLastTwoColumns() throws Exception {
        List<CSVRecord> rows = rows(SampleArticles.busStopsWithFindings());

        assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(TsvWriter.COLUMNS.size()));
        CSVRecord flagged = rows.get(3);
        assertThat(flagged.get(0)).isEqualTo("103");
        assertThat(flagged.get(11)).isEqualTo(SampleArticles.MARKUP_TARGET);
        assertThat(flagged.get(12)).isEqualTo("error");
        // The message has quotes and <mark>: still one RFC 4180 field, read back exactly.
        assertThat(flagged.get(13)).isEqualTo(SampleArticles.WRONG_NUMBER.line() + " | " + SampleArticles.TOO_SHORT.line());
        assertThat(rows.get(1).get(12)).isEmpty();
        assertThat(rows.get(1).get(13)).isEmpty();
    }
}
