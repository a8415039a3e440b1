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
}
