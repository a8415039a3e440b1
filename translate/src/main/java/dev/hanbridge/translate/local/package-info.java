/**
 * The {@code local} engine: Marian (OPUS-MT) translation models exported to ONNX, run in-process
 * by ONNX Runtime, with a pure-Java SentencePiece tokenizer. Public: the engine's provider
 * ({@link dev.hanbridge.translate.local.LocalEngineProvider}), its settings
 * ({@link dev.hanbridge.translate.local.LocalSettings}, which {@code hanbridge models} reads too) and
 * the runtime's entry point ({@link dev.hanbridge.translate.local.MarianTranslator}); everything else
 * here is package-private.
 */
package dev.hanbridge.translate.local;
