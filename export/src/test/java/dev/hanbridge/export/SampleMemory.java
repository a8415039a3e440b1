package dev.hanbridge.export;

import dev.hanbridge.common.TmUnit;
import dev.hanbridge.common.TranslationOrigin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import dev.hanbridge.export.tmx.MemoryTmxWriter;

/** Translation-memory units written for these tests. */
public final class SampleMemory {

    /** A reviewed unit a person imported, and a machine translation a run stored and reused twice. */
    public static final List<TmUnit> UNITS = List.of(
            new TmUnit(7, "버스는 오전 7시부터 오후 9시까지 다닌다.", "The buses run from 7 a.m. to 9 p.m.", "en-US",
                    TranslationOrigin.HUMAN, null, 0, Instant.parse("2026-11-01T09:00:00Z"),
                    Instant.parse("2026-11-02T10:30:00Z"), "reviewer", "shuttle-reviewed.xlf", null),
            new TmUnit(9, "도는 예산 3억원을 들인다 & \"더\" 쓴다.", "The province spends 300 million won & \"more\".", "en",
                    TranslationOrigin.MT, "deepl", 2, Instant.parse("2026-11-01T09:00:00Z"),
                    Instant.parse("2026-11-01T09:00:00Z"), null, null, Instant.parse("2026-11-03T00:00:00Z")));

    private SampleMemory() {
    }

    /** {@link #UNITS} as the memory's TMX. */
    public static byte[] tmx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MemoryTmxWriter("1.2.3", "ko-KR").write(out, UNITS::forEach);
        return out.toByteArray();
    }
}
