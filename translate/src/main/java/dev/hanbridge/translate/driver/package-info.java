/**
 * The translation driver: the one entry the translate step calls
 * ({@link dev.hanbridge.translate.driver.TranslationDriver#translate}), and behind it translation
 * memory, sending once across threads, the fallback chain with its batches and halving, the
 * retrying call that checks alignment, and the usage meter.
 */
package dev.hanbridge.translate.driver;
