package dev.hanbridge.store;

import java.util.List;

import dev.hanbridge.common.BlockKind;

/** A block as ingest stores it: its text and its sentences, in order. */
public record SegmentedBlock(BlockKind kind, String text, List<String> segments) {
    public SegmentedBlock {
        segments = List.copyOf(segments);
    }
}
