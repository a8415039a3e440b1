package dev.hanbridge.translate.local;

/**
 * A segment longer than the model's input limit that has no clause boundary to split it at. The
 * local engine does not cut text silently: the segment is reported by position and size.
 */
public class SegmentTooLongException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int segmentIndex;
    private final String problem;

    /** @param problem what is wrong, without the position: {@code "is 600 tokens long where …"} */
    public SegmentTooLongException(int segmentIndex, String problem) {
        super("Segment " + segmentIndex + " " + problem);
        this.segmentIndex = segmentIndex;
        this.problem = problem;
    }

    /** Position of the segment in the list given to {@link MarianTranslator#translate}. */
    public int segmentIndex() {
        return segmentIndex;
    }

    /** The message without the position, for a report about that one segment. */
    public String problem() {
        return problem;
    }
}
