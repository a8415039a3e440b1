package dev.hanbridge.common;

/** A segment that has no translation yet. */
public record PendingSegment(long segmentId, int blockPosition, int position, String sourceText, String sourceHash) {
}
