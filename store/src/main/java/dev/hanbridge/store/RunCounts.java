package dev.hanbridge.store;

/**
 * What a list of runs shows of each: its articles by status and its segments, counted for a whole
 * page of runs in two grouped queries instead of a run's full summary per row.
 *
 * @param untranslated segments without a translation
 */
public record RunCounts(long ingested, long translated, long exported, long failed, long segments,
        long untranslated) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0);

    /** Articles the run holds that are not failed: ingested, translated or exported. */
    public long articles() {
        return ingested + translated + exported;
    }
}
