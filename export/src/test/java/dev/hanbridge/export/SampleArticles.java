package dev.hanbridge.export;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.QualityFinding.Severity;
import dev.hanbridge.common.QualityFinding.Span;
import dev.hanbridge.common.SegmentKeys;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import java.time.Instant;
import java.util.List;

/**
 * A small article written for these tests, with the traps a real run meets: markup characters and
 * quotes, an emoji outside the BMP, a control character from a bad source, and an untranslated
 * segment.
 */
public final class SampleArticles {

    public static final long ARTICLE_ID = 42;
    /** The segment with U+0001 in its source, left untranslated. */
    public static final long UNTRANSLATED_SEGMENT = 105;
    public static final String MARKUP_SOURCE = "시는 정류장 안이 <영하 5도> 아래로 떨어지지 않도록 & \"온열 의자\"를 '시범' 설치한다고 밝혔다.";
    public static final String MARKUP_TARGET = "The city said it will pilot 'heated benches' & \"warm\" shelters so stops never drop <-5°C>.";
    public static final String EMOJI_SOURCE = "시민 반응은 뜨거웠다 🚌🔥";
    public static final String EMOJI_TARGET = "Citizens responded warmly 🚌🔥";
    public static final String CONTROL_SOURCE = "관계자는 \u0001\"예산은 87.3억원 규모\"라고 말했다.";
    public static final String SCRIPT_SOURCE = "<script>alert('ko')</script> 새로 단장한 정류장 모습 [사진=서울시]";
    public static final String SCRIPT_TARGET = "<script>alert('en')</script> The renovated bus stop [Photo: Seoul city]";
    /** The sentence a second version of the article adds to its paragraph. */
    public static final String ADDED_SOURCE = "정류장마다 온도계도 새로 달린다.";
    /** The memory matches offered for the untranslated segment, best first. */
    public static final List<MemoryMatch> UNTRANSLATED_MATCHES = List.of(
            new MemoryMatch(88, "관계자는 \"예산은 87.1억원 규모\"라고 말했다.",
                    "An official said the budget is 8.71 billion won.", TranslationOrigin.HUMAN),
            new MemoryMatch(76, "관계자는 \"예산은 50억원 규모\"라고 전했다.",
                    "An official said the budget is about 5 billion won.", TranslationOrigin.MT));

    private SampleArticles() {
    }

    /** Four blocks, six segments, one of them (105) untranslated. */
    public static BilingualArticle busStops() {
        return new BilingualArticle(ARTICLE_ID, "inbox/2026/버스정류장 & 날씨.docx", "bus-stops-42",
                "서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다", "김하늘 기자",
                Instant.parse("2026-11-27T23:15:00Z"), "ko-KR", "en-US", List.of(
                        new BilingualBlock(0, BlockKind.TITLE, List.of(
                                pair(101, 0, "서울시, 겨울 '따뜻한 버스정류장' 300곳으로 늘린다",
                                        "Seoul to expand 'warm bus stops' to 300 this winter", TranslationOrigin.MT, "deepl"))),
                        new BilingualBlock(1, BlockKind.BYLINE, List.of(
                                pair(102, 0, "김하늘 기자", "By Kim Ha-neul", TranslationOrigin.HUMAN, null))),
                        new BilingualBlock(2, BlockKind.PARAGRAPH, List.of(
                                pair(103, 0, MARKUP_SOURCE, MARKUP_TARGET, TranslationOrigin.TM_EXACT, null),
                                pair(104, 1, EMOJI_SOURCE, EMOJI_TARGET, TranslationOrigin.TM_FUZZY, null),
                                new SegmentPair(UNTRANSLATED_SEGMENT, 2, CONTROL_SOURCE, null, null, null)
                                        .withMatches(UNTRANSLATED_MATCHES))),
                        new BilingualBlock(3, BlockKind.CAPTION, List.of(
                                pair(106, 0, SCRIPT_SOURCE, SCRIPT_TARGET, TranslationOrigin.MT, "deepl")))));
    }

    /** The same article filed under a news site's section. */
    public static BilingualArticle inSection(BilingualArticle a, String section) {
        return new BilingualArticle(a.id(), a.sourceUri(), a.name(), a.title(), a.byline(), section, a.publishedAt(),
                a.sourceLang(), a.targetLang(), a.blocks());
    }

    /**
     * An IT-news article whose section label and dateline hold no Korean: they are copied as they
     * are (origin COPIED, no engine), beside a machine-translated sentence.
     */
    public static BilingualArticle sectionLabel() {
        return new BilingualArticle(43, "inbox/it.txt", "it-43", "오픈AI, o3-mini 공개", null, null, "ko-KR", "en-US",
                List.of(new BilingualBlock(0, BlockKind.HEADING, List.of(
                                pair(301, 0, "IT", "IT", TranslationOrigin.COPIED, null))),
                        new BilingualBlock(1, BlockKind.PARAGRAPH, List.of(
                                pair(302, 0, "2026.03.14 09:30", "2026.03.14 09:30", TranslationOrigin.COPIED, null),
                                pair(303, 1, "오픈AI가 o3-mini를 공개했다.", "OpenAI released o3-mini.", TranslationOrigin.MT,
                                        "openai")))));
    }

    /** The wrong number in {@link #MARKUP_TARGET}: an error pointing at both sides. */
    public static final QualityFinding WRONG_NUMBER = new QualityFinding("numbers", Severity.ERROR,
            span(MARKUP_SOURCE, "영하 5도"), span(MARKUP_TARGET, "<-5°C>"), "'영하 5도' is -5 degrees but the \"translation\" & <mark> say '<-5°C>'");
    /** A warning on {@link #MARKUP_TARGET} that points at no text. */
    public static final QualityFinding TOO_SHORT = new QualityFinding("length", Severity.WARNING, null, null,
            "The translation is shorter than usual for Korean of this length");
    /** Two overlapping spans in {@link #SCRIPT_TARGET}. */
    public static final QualityFinding PHOTO_NAME = new QualityFinding("latin", Severity.ERROR, null,
            span(SCRIPT_TARGET, "Seoul city"), "'서울시' should be 'Seoul Metropolitan Government'");
    public static final QualityFinding PHOTO_BRACKET = new QualityFinding("brackets", Severity.WARNING, null,
            span(SCRIPT_TARGET, "[Photo: Seoul city]"), "The credit's brackets differ");

    /** {@link #busStops()} with QA findings on segments 103 (an error and a warning) and 106 (overlapping spans). */
    public static BilingualArticle busStopsWithFindings() {
        BilingualArticle plain = busStops();
        List<BilingualBlock> blocks = plain.blocks().stream().map(b -> new BilingualBlock(b.index(), b.kind(),
                b.segments().stream().map(s -> s.segmentId() == 103 ? s.withFindings(List.of(WRONG_NUMBER, TOO_SHORT))
                        : s.segmentId() == 106 ? s.withFindings(List.of(PHOTO_NAME, PHOTO_BRACKET)) : s).toList()))
                .toList();
        return new BilingualArticle(plain.id(), plain.sourceUri(), plain.name(), plain.title(), plain.byline(),
                plain.section(), plain.publishedAt(), plain.sourceLang(), plain.targetLang(), blocks);
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    /**
     * The article's next version: the source gained {@link #ADDED_SOURCE} in its paragraph, and every
     * segment has a new database id (201 and up), as a re-ingested source gets; nothing is translated yet.
     */
    public static BilingualArticle busStopsWithAddedSentence() {
        BilingualArticle first = busStops();
        List<BilingualBlock> blocks = new java.util.ArrayList<>();
        long id = 201;
        for (BilingualBlock block : first.blocks()) {
            List<SegmentPair> segments = new java.util.ArrayList<>();
            for (SegmentPair p : block.segments()) {
                if (block.kind() == BlockKind.PARAGRAPH && p.index() == 1) {
                    segments.add(new SegmentPair(id++, segments.size(), ADDED_SOURCE, null, null, null));
                }
                segments.add(new SegmentPair(id++, segments.size(), p.source(), null, null, null));
            }
            blocks.add(new BilingualBlock(block.index(), block.kind(), segments));
        }
        return new BilingualArticle(43, first.sourceUri(), "bus-stops-43", first.title(), first.byline(),
                first.publishedAt(), first.sourceLang(), first.targetLang(), blocks);
    }

    /** The key exports give the segment {@code segmentId} of {@link #busStops()}. */
    public static String key(long segmentId) {
        return SegmentKeys.of(busStops()).get(segmentId);
    }

    private static SegmentPair pair(long id, int index, String source, String target, TranslationOrigin origin,
            String engine) {
        return new SegmentPair(id, index, source, target, origin, engine);
    }
}
