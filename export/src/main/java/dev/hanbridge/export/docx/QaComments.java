package dev.hanbridge.export.docx;

import dev.hanbridge.common.QualityFinding;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * QA findings as Word comments: a comment range around a row's English text and a comment holding
 * one paragraph per finding. Word wants the range start before the commented runs, the range end
 * after them, and a run referencing the comment after that, in that document order.
 */
final class QaComments {

    static final String AUTHOR = "hanbridge QA";

    private final DocxDocument docx;
    private final Instant date;
    private XWPFComments comments;
    private int next;

    /** @param date the comments' date, the run's start (so a file exported twice is the same); null for none */
    QaComments(DocxDocument docx, Instant date) {
        this.docx = docx;
        this.date = date;
    }

    /** Starts a commented range in {@code paragraph}, before the runs it will cover; returns its id. */
    BigInteger open(XWPFParagraph paragraph) {
        BigInteger id = BigInteger.valueOf(next++);
        paragraph.getCTP().addNewCommentRangeStart().setId(id);
        return id;
    }

    /** Ends the range after the runs written since {@link #open} and attaches the findings to it. */
    void close(XWPFParagraph paragraph, BigInteger id, List<QualityFinding> findings) {
        paragraph.getCTP().addNewCommentRangeEnd().setId(id);
        paragraph.getCTP().addNewR().addNewCommentReference().setId(id);
        if (comments == null) {
            comments = docx.document().createComments();
        }
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor(AUTHOR);
        comment.setInitials("QA");
        if (date != null) {
            comment.setDate(GregorianCalendar.from(date.atZone(ZoneOffset.UTC)));
        }
        for (QualityFinding finding : findings) {
            docx.target(comment.createParagraph(), finding.line());
        }
    }
}
