package dev.hanbridge.translate.local;

/**
 * A segment longer than the model's input limit that has no clause boundary to split it at. The
 * local engine does not cut text silently: the segment is reported by position and size.
 */
public class SegmentTooLongException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int segmentIndex;

    public SegmentTooLongException(int segmentIndex, String message) {
        super(message);
        this.segmentIndex = segmentIndex;
    }

    /** Position of the segment in the list given to {@link MarianTranslator#translate}. */
    public int segmentIndex() {
        return segmentIndex;
    }
}
