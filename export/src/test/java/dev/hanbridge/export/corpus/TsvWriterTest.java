package dev.hanbridge.export.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.export.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvWriterTest {

    private static List<String[]> rows(BilingualArticle article) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TsvWriter().write(article, out);
        return out.toString(StandardCharsets.UTF_8).lines().map(line -> line.split("\t", -1)).toList();
    }

    @Test
    void writesAHeaderAndOneLinePerSegment() throws Exception {
        List<String[]> rows = rows(SampleArticles.busStops());

        assertThat(rows.get(0)).containsExactlyElementsOf(TsvWriter.COLUMNS);
        assertThat(rows).hasSize(7).allSatisfy(row -> assertThat(row).hasSize(TsvWriter.COLUMNS.size()));
        assertThat(rows.get(1)).containsExactly("101", "42", "0", "title", "0", "translated", "MT", "deepl",
                "서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다", "Seoul to expand 'warm bus stops' to 300 this winter");
        assertThat(rows.get(4)[8]).isEqualTo(SampleArticles.EMOJI_SOURCE);
    }

    @Test
    void marksAnUntranslatedSegmentAndLeavesItsTargetEmpty() throws Exception {
        String[] row = rows(SampleArticles.busStops()).get(5);

        assertThat(row[0]).isEqualTo("105");
        assertThat(row[5]).isEqualTo("untranslated");
        assertThat(row[9]).isEmpty();
        assertThat(row[8]).isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void escapesTabsAndLineBreaksSoEveryPairStaysOnOneLine() throws Exception {
        BilingualArticle article = new BilingualArticle(1, "a.txt", "a", null, null, null, "ko", "en", List.of(
                new BilingualBlock(0, BlockKind.TABLE_CELL, List.of(new SegmentPair(7, 0,
                        "구분\t금액\n합계 C:\\표", "Item\tAmount\r\nTotal C:\\table", TranslationOrigin.MT, "deepl")))));

        List<String[]> rows = rows(article);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)[8]).isEqualTo("구분\\t금액\\n합계 C:\\\\표");
        assertThat(rows.get(1)[9]).isEqualTo("Item\\tAmount\\r\\nTotal C:\\\\table");
    }
}
