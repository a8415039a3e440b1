package dev.hanbridge.store;

/**
 * An article of a run that waits for the translate step, and how much of it is not translated
 * yet: what the step sizes its units of work by.
 *
 * @param segments its segments without a translation
 * @param chars the characters of those segments
 */
public record PendingArticle(long id, String title, int segments, long chars) {
}
