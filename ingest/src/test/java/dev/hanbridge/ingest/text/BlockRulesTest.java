package dev.hanbridge.ingest.text;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockRulesTest {

    @Test
    void recognisesBylines() {
        assertThat(BlockRules.isByline("홍길동 기자")).isTrue();
        assertThat(BlockRules.isByline("홍길동 기자 hong@example.com")).isTrue();
        assertThat(BlockRules.isByline("김서연·박준호 기자")).isTrue();
        assertThat(BlockRules.isByline("워싱턴=홍길동 특파원")).isTrue();
        assertThat(BlockRules.isByline("홍길동 기자가 현장을 찾았다.")).isFalse();
    }

    @Test
    void recognisesCreditsAndOutletTags() {
        assertThat(BlockRules.isCredit("[사진=연합뉴스]")).isTrue();
        assertThat(BlockRules.isCredit("사진=한빛일보 DB")).isTrue();
        assertThat(BlockRules.isCredit("(서울=한빛뉴스)")).isTrue();
        assertThat(BlockRules.isCredit("[한빛일보]")).isTrue();
        assertThat(BlockRules.isCredit("[단독]")).isFalse();
        assertThat(BlockRules.isCredit("ⓒ 한빛일보, 무단 전재 및 재배포 금지")).isTrue();
    }

    @Test
    void splitsDatelineAndBylineFromTheLead() {
        assertThat(BlockRules.classify("(부산=한빛뉴스) 홍길동 기자 = 부산항 물동량이 늘었다.")).containsExactly(
                new Block(BlockKind.CREDIT, "(부산=한빛뉴스)"), new Block(BlockKind.BYLINE, "홍길동 기자"),
                new Block(BlockKind.PARAGRAPH, "부산항 물동량이 늘었다."));
    }

    @Test
    void splitsAPhotoCreditFromItsCaption() {
        assertThat(BlockRules.classify("개막식 모습. [사진=한빛일보]")).containsExactly(
                new Block(BlockKind.CAPTION, "개막식 모습."), new Block(BlockKind.CREDIT, "[사진=한빛일보]"));
    }

    @Test
    void quoteClosingAfterTheEndingEndsASentence() {
        assertThat(BlockRules.endsSentence("그는 “시작했다.”")).isTrue();
        assertThat(BlockRules.endsSentence("공장 들어선다")).isFalse();
    }
}
