package dev.hanbridge.export.english;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import java.time.Instant;
import java.util.List;

/** An article written for these tests with a block of every kind, markup in its text and one untranslated sentence. */
final class TargetArticles {

    static final String UNTRANSLATED_KOREAN = "시는 내년 예산에 87.3억원을 반영했다.";
    static final String MARKUP_ENGLISH = "Fares stay at *1,500 won* for <b>all</b> riders [for now] & 2_000 cards.";

    private TargetArticles() {
    }

    static BilingualArticle everyKind() {
        return new BilingualArticle(7, "2026/겨울 정류장.txt", "warm-stops-7", "서울시, 따뜻한 정류장 늘린다", "김하늘 기자",
                Instant.parse("2026-11-27T23:15:00Z"), "ko-KR", "en-US", List.of(
                        block(0, BlockKind.TITLE, en(1, "서울시, 따뜻한 정류장 늘린다", "Seoul adds warm bus stops")),
                        block(1, BlockKind.SUBTITLE, en(2, "300곳으로 확대", "Expansion to 300 sites")),
                        block(2, BlockKind.BYLINE, en(3, "김하늘 기자", "By Kim Ha-neul")),
                        block(3, BlockKind.PARAGRAPH, en(4, "서울시는 온열 의자를 늘린다.", "Seoul will add heated benches."),
                                new SegmentPair(5, 1, UNTRANSLATED_KOREAN, null, null, null),
                                en(6, "요금은 그대로다.", MARKUP_ENGLISH)),
                        block(4, BlockKind.CAPTION, en(7, "새 정류장 모습", "The new bus stop")),
                        block(5, BlockKind.CREDIT, en(8, "[사진=서울시]", "Photo: Seoul city")),
                        block(6, BlockKind.HEADING, en(9, "설치 지역", "Where they go")),
                        block(7, BlockKind.LIST_ITEM, en(10, "강남구", "Gangnam-gu")),
                        block(8, BlockKind.LIST_ITEM, en(11, "마포구", "Mapo-gu")),
                        block(9, BlockKind.QUOTE, en(12, "“따뜻하다”", "\u201cIt is warm,\u201d a rider said.")),
                        block(10, BlockKind.PARAGRAPH, en(13, "# 1. 끝", "# 1. The end"))));
    }

    private static BilingualBlock block(int index, BlockKind kind, SegmentPair... segments) {
        return new BilingualBlock(index, kind, List.of(segments));
    }

    private static SegmentPair en(long id, String source, String target) {
        return new SegmentPair(id, 0, source, target, TranslationOrigin.MT, "deepl");
    }
}
