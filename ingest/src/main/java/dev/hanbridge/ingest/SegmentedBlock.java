package dev.hanbridge.ingest;

import dev.hanbridge.common.BlockKind;

import java.util.List;

/** One block of an ingested article: its kind, its text, and the sentences it splits into, in order. */
public record SegmentedBlock(BlockKind kind, String text, List<String> segments) {

    public SegmentedBlock {
        segments = List.copyOf(segments);
    }
}
