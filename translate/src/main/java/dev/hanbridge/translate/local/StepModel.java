package dev.hanbridge.translate.local;

/** A decoder advanced one token per row at a time; it keeps the key-value cache between steps. */
interface StepModel {

    /** Feeds one token per row; returns each row's logits for the next token. */
    float[][] step(long[] tokens);

    /** Row {@code r} continues the hypothesis row {@code origins[r]} held: the cache is gathered so. */
    void reorder(int[] origins);
}
