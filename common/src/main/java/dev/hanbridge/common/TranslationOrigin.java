package dev.hanbridge.common;

/**
 * Where a target text came from. {@code COPIED}: the segment holds no Korean (a section label such
 * as {@code IT}, a product name, a URL, a date, a number), so its source is its target and no
 * engine was asked.
 */
public enum TranslationOrigin {
    TM_EXACT, TM_FUZZY, MT, HUMAN, COPIED
}
