/**
 * Translation of segments: the engine SPI ({@link dev.hanbridge.translate.TranslationEngine}),
 * the engines behind it, translation memory, and the batch step that drives them.
 */
package dev.hanbridge.translate;
