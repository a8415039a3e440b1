/**
 * The local engine's runtime: Marian (OPUS-MT) translation models exported to ONNX, run in-process
 * by ONNX Runtime, with a pure-Java SentencePiece tokenizer. {@link dev.hanbridge.translate.local.MarianTranslator}
 * is the one entry point; everything else here is package-private.
 */
package dev.hanbridge.translate.local;
