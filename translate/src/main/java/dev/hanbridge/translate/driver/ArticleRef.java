package dev.hanbridge.translate.driver;

/**
 * An article to translate: its id, whose pending segments the ledger lists, and its title, the
 * context engines that use one get ({@code null} for none).
 */
public record ArticleRef(long id, String title) {
}
