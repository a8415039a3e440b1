package dev.hanbridge.export.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.export.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonlWriterTest {

    private static List<JsonNode> lines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonlWriter().write(SampleArticles.busStops(), out);
        JsonMapper json = JsonMapper.builder().build();
        return out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();
    }

    @Test
    void writesOneObjectPerSegmentInReadingOrder() throws Exception {
        List<JsonNode> lines = lines();

        assertThat(lines).extracting(l -> l.get("segmentId").asLong()).containsExactly(101L, 102L, 103L, 104L, 105L, 106L);
        JsonNode markup = lines.get(2);
        assertThat(markup.get("source").asString()).isEqualTo(SampleArticles.MARKUP_SOURCE);
        assertThat(markup.get("target").asString()).isEqualTo(SampleArticles.MARKUP_TARGET);
        assertThat(markup.get("blockKind").asString()).isEqualTo("paragraph");
        assertThat(markup.get("origin").asString()).isEqualTo("TM_EXACT");
        assertThat(lines.get(3).get("target").asString()).isEqualTo(SampleArticles.EMOJI_TARGET);
    }

    @Test
    void writesNullAsTargetOfAnUntranslatedSegment() throws Exception {
        JsonNode untranslated = lines().get(4);

        assertThat(untranslated.get("state").asString()).isEqualTo("untranslated");
        assertThat(untranslated.get("target").isNull()).isTrue();
        assertThat(untranslated.get("source").asString()).isEqualTo(SampleArticles.CONTROL_SOURCE.replace("\u0001", ""));
    }

    @Test
    void listsEachTranslationsFindingsWithTheirSpansAndAnEmptyListWhenThereIsNone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonlWriter().write(SampleArticles.busStopsWithFindings(), out);
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList();

        JsonNode qa = lines.get(2).get("qa");
        assertThat(qa).hasSize(2);
        JsonNode number = qa.get(0);
        assertThat(number.get("check").asString()).isEqualTo("numbers");
        assertThat(number.get("severity").asString()).isEqualTo("error");
        assertThat(number.get("message").asString()).isEqualTo(SampleArticles.WRONG_NUMBER.message());
        String target = lines.get(2).get("target").asString();
        assertThat(target.substring(number.get("target").get("start").asInt(), number.get("target").get("end").asInt()))
                .isEqualTo("<-5°C>");
        String source = lines.get(2).get("source").asString();
        assertThat(source.substring(number.get("source").get("start").asInt(), number.get("source").get("end").asInt()))
                .isEqualTo("영하 5도");
        assertThat(qa.get(1).get("target").isNull()).isTrue();
        assertThat(lines.get(0).get("qa").isArray()).isTrue();
        assertThat(lines.get(0).get("qa")).isEmpty();
    }
}
