/**
 * Translation of segments: the engine SPI ({@link dev.hanbridge.translate.TranslationEngine},
 * described by {@link dev.hanbridge.translate.EngineInfo}, created by a
 * {@link dev.hanbridge.translate.TranslationEngineProvider}), the registry that makes a fallback
 * chain of engines, and the ledgers the driver stores through. Each engine is one folder beside
 * this package; the driver is in {@code driver}.
 */
package dev.hanbridge.translate;
