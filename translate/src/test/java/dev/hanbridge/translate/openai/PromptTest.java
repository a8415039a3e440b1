package dev.hanbridge.translate.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.TranslationRequest.Reference;
import dev.hanbridge.translate.TranslationRequest.TranslationContext;

class PromptTest {

    @Test
    void givesTheModelMemoryMatchesAsReferencesNamedByTheSegmentTheyResemble() {
        TranslationRequest request = new TranslationRequest("ko", "en-US",
                List.of("표결 결과는 17대 4였다.", "서울시는 내년 예산을 51조원으로 늘린다."),
                new TranslationContext(null, List.of(), List.of(), Map.of(), List.of(new Reference(1, 91,
                        "서울시는 내년 예산을 48조원으로 늘린다.", "Seoul will raise next year's budget to 48 trillion won.",
                        true))));

        String user = Prompt.user(request);

        assertThat(user).contains("2 (91% similar): 서울시는 내년 예산을 48조원으로 늘린다. => "
                + "Seoul will raise next year's budget to 48 trillion won.");
        assertThat(user.indexOf("similar sentences")).isLessThan(user.indexOf("Translate these 2 segments"));
        assertThat(Prompt.user(new TranslationRequest("ko", "en", List.of("가"), null))).doesNotContain("similar");
    }
}
