package dev.hanbridge.common;

/** Where a target text came from. */
public enum TranslationOrigin {
    TM_EXACT, TM_FUZZY, MT, HUMAN
}
