package dev.hanbridge.common;

import java.util.List;

/** A block of an article with its aligned segment pairs, in order. */
public record BilingualBlock(int index, BlockKind kind, List<SegmentPair> segments) {
    public BilingualBlock {
        segments = List.copyOf(segments);
    }
}
