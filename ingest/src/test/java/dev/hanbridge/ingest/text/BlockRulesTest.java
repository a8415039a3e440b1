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
        // the wire form issue #13 quotes, in square brackets
        assertThat(BlockRules.classify("[서울=한빛뉴스] 홍길동 기자 = 부산항 물동량이 늘었다.")).containsExactly(
                new Block(BlockKind.CREDIT, "[서울=한빛뉴스]"), new Block(BlockKind.BYLINE, "홍길동 기자"),
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

    @Test
    void recognisesBylinesInTheirRealForms() {
        assertThat(BlockRules.isByline("홍길동 기자(hong@example.com)")).isTrue();
        assertThat(BlockRules.isByline("[아이뉴스24 홍길동 기자]")).isTrue();
        assertThat(BlockRules.isByline("홍길동 기자·김철수 기자")).isTrue();
        assertThat(BlockRules.isByline("/홍길동 선임기자")).isTrue();
        assertThat(BlockRules.isByline("기자명 홍길동 기자")).isTrue();
        assertThat(BlockRules.isByline("홍길동 논설위원")).isTrue();
    }

    @Test
    void wireDatelinesInBracketsAndBylinesOnTheirOwnLine() {
        assertThat(BlockRules.classify("[서울=뉴시스] 홍길동 기자 = 정부가 대책을 내놨다.")).containsExactly(
                new Block(BlockKind.CREDIT, "[서울=뉴시스]"), new Block(BlockKind.BYLINE, "홍길동 기자"),
                new Block(BlockKind.PARAGRAPH, "정부가 대책을 내놨다."));
        assertThat(BlockRules.classify("(서울=연합뉴스) 홍길동 기자 =")).containsExactly(
                new Block(BlockKind.CREDIT, "(서울=연합뉴스)"), new Block(BlockKind.BYLINE, "홍길동 기자"));
        assertThat(BlockRules.classify("[아이뉴스24 홍길동 기자] 통신 3사가 손을 잡았다.")).containsExactly(
                new Block(BlockKind.BYLINE, "[아이뉴스24 홍길동 기자]"), new Block(BlockKind.PARAGRAPH, "통신 3사가 손을 잡았다."));
    }

    @Test
    void captionsWithTheirCreditInEveryForm() {
        assertThat(BlockRules.classify("시범망 장비 (사진=한빛통신)")).containsExactly(
                new Block(BlockKind.CAPTION, "시범망 장비"), new Block(BlockKind.CREDIT, "(사진=한빛통신)"));
        assertThat(BlockRules.classify("부산항 신항 전경. /사진=부산항만공사")).containsExactly(
                new Block(BlockKind.CAPTION, "부산항 신항 전경."), new Block(BlockKind.CREDIT, "/사진=부산항만공사"));
        assertThat(BlockRules.classify("여의도 증권가 모습 ⓒ한빛일보")).containsExactly(
                new Block(BlockKind.CAPTION, "여의도 증권가 모습"), new Block(BlockKind.CREDIT, "ⓒ한빛일보"));
        assertThat(BlockRules.classify("[사진=한빛일보] 개막식에 참석한 관람객들")).containsExactly(
                new Block(BlockKind.CREDIT, "[사진=한빛일보]"), new Block(BlockKind.CAPTION, "개막식에 참석한 관람객들"));
        assertThat(BlockRules.classify("국내 증시가 올랐다. ⓒ 한빛일보, 무단 전재 및 재배포 금지")).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH);
    }
}
