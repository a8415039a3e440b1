package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.BilingualBlock;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.SegmentPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void givesTimesInKoreanTimeWithTheOffset() {
        Instant lateUtc = Instant.parse("2026-11-27T23:15:00Z"); // already the next day in Seoul

        assertThat(HeaderText.published(lateUtc)).isEqualTo("2026-11-28 08:15 +09:00 (Korean time)");
        assertThat(HeaderText.publishedIso(lateUtc)).isEqualTo("2026-11-28T08:15+09:00");
        assertThat(HeaderText.published(null)).isNull();
    }

    @Test
    void saysNobodyTranslatedWhenNoSegmentIsTranslatedNamingTheRunsEngine() {
        BilingualArticle untranslated = new BilingualArticle(1, "a.txt", "a-1", null, null, null, "ko-KR", "en-US",
                List.of(new BilingualBlock(0, BlockKind.PARAGRAPH, List.of(new SegmentPair(1, 0, "문장이다.", null, null, null)))));

        assertThat(HeaderText.translatedBy(untranslated, new Provenance(3L, null, "none", "0.1.0")))
                .isEqualTo("nobody yet (engine none)");
        assertThat(HeaderText.untranslated(untranslated)).isEqualTo("1 of 1 segments untranslated");
    }

    @Test
    void namesTheRunWhatIsKnownOfIt() {
        assertThat(HeaderText.run(new Provenance(null, null, null, "0.1.0"))).isEqualTo("hanbridge 0.1.0");
        assertThat(HeaderText.run(new Provenance(7L, Instant.parse("2026-11-30T04:03:00Z"), "deepl", "0.1.0")))
                .isEqualTo("run 7, started 2026-11-30 04:03 UTC, hanbridge 0.1.0");
    }
}
