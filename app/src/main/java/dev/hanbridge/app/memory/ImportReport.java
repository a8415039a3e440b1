package dev.hanbridge.app.memory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.store.MemoryStore.Written;
import dev.hanbridge.translate.memory.TmReadSummary;

/** What importing one file did, counted, with each reason a pair was passed over. */
public final class ImportReport {

    private final String file;
    private final String targetLang;
    private final Set<String> otherVariants = new LinkedHashSet<>();
    private TmReadSummary read;
    int otherVariant;
    int unchangedUnreviewed;
    int humanAdded;
    int humanReplaced;
    int machineAdded;
    int machineReplaced;
    int alreadyThere;
    int keptHuman;
    int appliedToArticles;
    int articles;

    ImportReport(String file, String targetLang) {
        this.file = file;
        this.targetLang = targetLang;
    }

    void otherVariant(String tag) {
        otherVariant++;
        otherVariants.add(tag);
    }

    void count(Written written, TranslationOrigin origin) {
        boolean human = origin == TranslationOrigin.HUMAN;
        switch (written) {
            case ADDED -> {
                if (human) {
                    humanAdded++;
                } else {
                    machineAdded++;
                }
            }
            case REPLACED -> {
                if (human) {
                    humanReplaced++;
                } else {
                    machineReplaced++;
                }
            }
            case UNCHANGED -> alreadyThere++;
            case KEPT_HUMAN -> keptHuman++;
        }
    }

    ImportReport finish(TmReadSummary summary) {
        this.read = summary;
        return this;
    }

    /** Pairs now in the memory as human translations, new or replacing another. */
    public int human() {
        return humanAdded + humanReplaced;
    }

    /** Pairs now in the memory as machine translations. */
    public int machine() {
        return machineAdded + machineReplaced;
    }

    public int skipped() {
        return read.withoutTarget() + otherVariant + unchangedUnreviewed + alreadyThere + keptHuman;
    }

    /** Segments of articles in the database that took a reviewed translation. */
    public int appliedToArticles() {
        return appliedToArticles;
    }

    /** The report as a person reads it: a line for the file, then one per kind of pair passed over. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        String pairs = read.entries() + read.withoutTarget() == read.units() ? ""
                : " (" + (read.entries() + read.withoutTarget()) + " pairs)";
        lines.add(file + ": " + count(read.units(), "unit") + " read" + pairs + ", " + (human() + machine()) + " imported ("
                + human() + " human, " + machine() + " machine translations), " + skipped() + " skipped");
        if (humanReplaced + machineReplaced > 0) {
            lines.add("  " + (humanReplaced + machineReplaced) + " of them replaced an earlier translation in the memory");
        }
        if (read.withoutTarget() > 0) {
            boolean fileHasTarget = read.languages().stream().anyMatch(tag -> MemoryImport.sameLanguage(tag, targetLang));
            lines.add("  skipped " + read.withoutTarget() + " with no Korean source or no " + targetLang + " target"
                    + (fileHasTarget ? "" : " (languages in the file: " + String.join(", ", read.languages()) + ")"));
        }
        if (otherVariant > 0) {
            lines.add("  skipped " + otherVariant + " in " + String.join(", ", otherVariants) + ", not " + targetLang
                    + " (import them with --target-lang " + otherVariants.iterator().next() + ")");
        }
        if (unchangedUnreviewed > 0) {
            lines.add("  skipped " + unchangedUnreviewed + " not marked reviewed and the same as the memory's"
                    + " (mark a segment final or reviewed to confirm it as a human translation)");
        }
        if (alreadyThere > 0) {
            lines.add("  skipped " + alreadyThere + " already in the memory");
        }
        if (keptHuman > 0) {
            lines.add("  skipped " + keptHuman + " machine translations where the memory has a human one");
        }
        if (appliedToArticles > 0) {
            lines.add("  applied to " + count(appliedToArticles, "segment") + " of " + count(articles, "article")
                    + " in the database");
        }
        return lines;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
