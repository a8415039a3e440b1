package dev.hanbridge.app.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.hanbridge.common.TmHit;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.MemoryStore;
import dev.hanbridge.store.MemoryStore.UnitWrite;
import dev.hanbridge.store.MemoryStore.Written;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.translate.memory.TmEntry;
import dev.hanbridge.translate.memory.TmFiles;
import dev.hanbridge.translate.memory.TmReadSummary;

/**
 * Brings translations people made into the memory, from a CAT tool's TMX or from an XLIFF file that
 * hanbridge exported and a person reviewed.
 *
 * <p>What becomes a human translation ({@code HUMAN}, which later runs reuse before any machine
 * translation and which exports mark as final): every unit of a CAT tool's TMX (tools keep confirmed
 * translations in their memories); an XLIFF segment marked {@code final} or {@code reviewed} (1.2:
 * {@code approved="yes"}, {@code final}, {@code signed-off}); and an unmarked XLIFF target that differs
 * from what the memory holds for the sentence, which can only be a reviewer's edit, or one that fills
 * a segment exported untranslated. An unmarked target equal to the memory's is skipped as unchanged.
 * Machine translations that hanbridge's own files record (a TMX unit with origin {@code MT}, an
 * unmarked XLIFF target whose sentence the memory lacks) come in as {@code MT}, which never replaces
 * a human translation.
 *
 * <p>A human translation from a file that names the article it was exported from (its id, else its
 * source name) also becomes the translation of the matching segment of that source's newest version
 * in the database, found by the segment's key ({@link dev.hanbridge.common.SegmentKeys}), so the
 * article's stored translations (and what is exported from them from now on) show the review.
 */
public final class MemoryImport {

    private static final int CHUNK = 500;
    private static final Set<TranslationOrigin> MACHINE = EnumSet.of(TranslationOrigin.MT, TranslationOrigin.TM_EXACT,
            TranslationOrigin.TM_FUZZY);
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private final MemoryStore memory;
    private final TranslationStore translations;
    private final ArticleStore articles;
    private final String targetLang;

    /**
     * @param targetLang the memory's language tag the translations are stored under, e.g. {@code en-US};
     *     a file's target language must be it, or the same language without a region
     */
    public MemoryImport(MemoryStore memory, TranslationStore translations, ArticleStore articles, String targetLang) {
        this.memory = memory;
        this.translations = translations;
        this.articles = articles;
        this.targetLang = targetLang;
    }

    /**
     * Imports one file.
     *
     * @throws dev.hanbridge.translate.memory.ImportFileException when the file is not TMX or XLIFF, or
     *     not well-formed, with the line
     * @throws IOException when it cannot be read
     */
    public ImportReport importFile(Path file) throws IOException {
        Importing importing = new Importing(file.getFileName().toString(), "xliff".equals(TmFiles.rootElement(file)));
        TmReadSummary summary = TmFiles.read(file, "ko", primary(targetLang), importing::add);
        importing.flush();
        importing.report.articles = importing.reviewed.articlesChanged();
        return importing.report.finish(summary);
    }

    /** One file's import: its entries in chunks, and the counts. */
    private final class Importing {

        private final String fileName;
        private final List<TmEntry> chunk = new ArrayList<>();
        private final ImportReport report;
        private final ReviewedArticles reviewed = new ReviewedArticles(articles, translations, targetLang);
        /** An editing format: targets were changed in place, and the file's metadata is the export's. */
        private final boolean xliff;

        Importing(String fileName, boolean xliff) {
            this.fileName = fileName;
            this.xliff = xliff;
            this.report = new ImportReport(fileName, targetLang);
        }

        void add(TmEntry entry) {
            if (!sameLanguage(entry.targetLang(), targetLang)) {
                report.otherVariant(entry.targetLang());
                return;
            }
            chunk.add(entry);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            Map<String, TmHit> have = translations.lookup(
                    chunk.stream().map(e -> KoreanText.hash(e.source())).toList(), targetLang);
            List<TmEntry> kept = new ArrayList<>();
            List<UnitWrite> writes = new ArrayList<>();
            for (TmEntry e : chunk) {
                String hash = KoreanText.hash(e.source());
                String target = e.target().strip();
                TranslationOrigin origin = decide(e, target, have.get(hash));
                if (origin == null) {
                    report.unchangedUnreviewed++;
                    continue;
                }
                kept.add(e);
                writes.add(new UnitWrite(hash, KoreanText.normalize(e.source()), target, targetLang, origin,
                        origin == TranslationOrigin.HUMAN ? null : engine(e), changedBy(e), changedAt(e), fileName));
            }
            List<Written> results = memory.write(writes);
            for (int i = 0; i < results.size(); i++) {
                UnitWrite w = writes.get(i);
                report.count(results.get(i), w.origin());
                if (w.origin() == TranslationOrigin.HUMAN && reviewed.apply(kept.get(i), w.targetText())) {
                    report.appliedToArticles++;
                }
            }
            chunk.clear();
        }

        /** The origin to store the entry with, or {@code null} to skip it as an unreviewed, unchanged target. */
        private TranslationOrigin decide(TmEntry e, String target, TmHit have) {
            if (e.reviewed()) {
                return TranslationOrigin.HUMAN;
            }
            if (have != null && have.targetText().strip().equals(target)) {
                return null;
            }
            if (xliff) {
                if (have != null) {
                    return TranslationOrigin.HUMAN; // differs from what hanbridge holds: a reviewer's edit
                }
                // The memory lacks the sentence: the file's record is all there is to go by.
                return MACHINE.contains(e.origin()) ? TranslationOrigin.MT : TranslationOrigin.HUMAN;
            }
            return TranslationOrigin.MT; // our own TMX, recording a machine origin
        }
    }

    private static String engine(TmEntry e) {
        Map<String, String> p = e.properties();
        String engine = p.getOrDefault("hanbridge:segment/engine", p.getOrDefault("x-hanbridge-engine", null));
        return engine == null ? null : engine.strip();
    }

    private static String changedBy(TmEntry e) {
        Map<String, String> p = e.properties();
        return p.getOrDefault("changeid", p.get("creationid"));
    }

    /** A TMX date ({@code 20250314T091500Z}); the import's time when the file gives none or a bad one. */
    private static Instant changedAt(TmEntry e) {
        Map<String, String> p = e.properties();
        String date = p.getOrDefault("changedate", p.get("creationdate"));
        if (date == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(date.strip(), TMX_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notTmxsDateFormat) {
            return null;
        }
    }

    /** {@code en} of {@code en-US}. */
    static String primary(String tag) {
        int dash = tag.replace('_', '-').indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /**
     * Whether a file's target tag is the memory's: the same ignoring case and {@code _}, the same
     * language without a region ({@code en} for {@code en-US}), or, for a memory without a region, any
     * region of its language. {@code en-GB} is not {@code en-US}.
     */
    static boolean sameLanguage(String fileTag, String memoryTag) {
        String file = fileTag.replace('_', '-').toLowerCase(Locale.ROOT);
        String wanted = memoryTag.replace('_', '-').toLowerCase(Locale.ROOT);
        return file.equals(wanted) || wanted.startsWith(file + "-") || file.startsWith(wanted + "-");
    }
}
