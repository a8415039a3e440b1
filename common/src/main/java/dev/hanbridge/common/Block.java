package dev.hanbridge.common;

import java.util.Objects;

/** One structural block of an article: its kind and its text, as extracted. */
public record Block(BlockKind kind, String text) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
