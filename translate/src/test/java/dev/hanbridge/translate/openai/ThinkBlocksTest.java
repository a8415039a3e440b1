package dev.hanbridge.translate.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.MisalignedReplyException;

/** The answer after the reasoning, never a draft inside it; JSON alone or in one fence. */
class ThinkBlocksTest {

    private static final String ANSWER = "{\"1\": \"The vote passed 17 to 4.\", \"2\": \"OpenAI opened an office.\"}";
    private static final String DRAFT = "{\"1\": \"WRONG DRAFT one\", \"2\": \"WRONG DRAFT two\"}";

    private static java.util.List<String> parse(String content) {
        ThinkBlocks.Split split = ThinkBlocks.split(content);
        return ReplyParser.parse("openai", split.answer(), 2);
    }

    @Test
    void aThinkBlockWithADraftJsonAndANumberedListIsSkipped() {
        String content = "<think>\nDraft:\n" + DRAFT + "\n1. WRONG DRAFT one\n2. WRONG DRAFT two\n</think>\n\n" + ANSWER;

        assertThat(parse(content)).containsExactly("The vote passed 17 to 4.", "OpenAI opened an office.");
        assertThat(ThinkBlocks.split(content).reasoned()).isTrue();
    }

    @Test
    void aBlockOpenedByTheChatTemplateEndsAtItsEndTag() {
        // DeepSeek-R1-0528 templates put "<think>" into the prompt: the content starts inside it.
        String content = "Let me draft: " + DRAFT + "\nGood, now the answer.\n</think>\n" + ANSWER;

        assertThat(parse(content)).containsExactly("The vote passed 17 to 4.", "OpenAI opened an office.");
    }

    @Test
    void aBlockCutOffByTheTokenLimitLeavesNoAnswerRatherThanItsDraft() {
        ThinkBlocks.Split split = ThinkBlocks.split("<think>\nDraft: " + DRAFT + "\nHmm, the first");

        assertThat(split.unterminated()).isTrue();
        assertThat(split.answer()).isEmpty();
        assertThatThrownBy(() -> ReplyParser.parse("openai", split.answer(), 2))
                .isInstanceOf(MisalignedReplyException.class).hasMessageContaining("answered nothing");
    }

    @Test
    void upperCaseAndThinkingTagsAndSeveralBlocksAreReasoningToo() {
        assertThat(parse("<THINK>a " + DRAFT + "</THINK><thinking>b</thinking>\n" + ANSWER)).hasSize(2);
    }

    @Test
    void jsonInAFencedBlockIsTakenAlsoAfterALineOfProse() {
        assertThat(parse("```json\n" + ANSWER + "\n```")).hasSize(2);
        assertThat(parse("Here are the translations:\n\n```json\n" + ANSWER + "\n```\n")).hasSize(2);
        assertThat(parse("<think>" + DRAFT + "</think>\nSure:\n```\n" + ANSWER + "\n```"))
                .containsExactly("The vote passed 17 to 4.", "OpenAI opened an office.");
    }

    @Test
    void twoFencedBlocksAreNotGuessedBetween() {
        assertThatThrownBy(() -> parse("Draft:\n```json\n" + DRAFT + "\n```\nFinal:\n```json\n" + ANSWER + "\n```"))
                .isInstanceOf(MisalignedReplyException.class).hasMessageContaining("prose");
    }

    @Test
    void contentWithoutReasoningIsTheAnswer() {
        ThinkBlocks.Split split = ThinkBlocks.split("  " + ANSWER + "\n");

        assertThat(split.reasoned()).isFalse();
        assertThat(split.answer()).isEqualTo(ANSWER);
    }
}
