package dev.hanbridge.app.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Reads an upload's parts before Spring MVC does, so that a request the servlet container cannot
 * take (a file name with a NUL, more parts than allowed, a file or request over the size limit,
 * a part header too long, a body that is not multipart) is refused with its own status and reason
 * instead of a server error and a stack trace in the log: JSON for the API, the upload page with
 * the reason for people. Runs after the security filters, so only a signed-in client's upload is
 * ever read.
 */
final class UploadGate extends OncePerRequestFilter {

    /** A refusal: the status to answer and the reason to give. */
    record Refusal(int status, String reason) {
    }

    private final int maxFiles;
    private final String maxSize;
    private final int maxPartHeaderBytes;

    UploadGate(int maxFiles, String maxSize, int maxPartHeaderBytes) {
        this.maxFiles = maxFiles;
        this.maxSize = maxSize;
        this.maxPartHeaderBytes = maxPartHeaderBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = null;
        try {
            request.getParts(); // the container keeps them (or its failure) for Spring MVC
        } catch (IOException | ServletException | RuntimeException e) {
            // Tomcat wraps most failures; a NUL in a file name comes out bare (InvalidFileNameException).
            refusal = refusal(e);
        }
        if (refusal == null) {
            chain.doFilter(request, response);
        } else if (ErrorBody.isApi(request.getRequestURI())) {
            ErrorBody.write(response, refusal.status(), refusal.reason());
        } else {
            // The upload page again, saying why (a redirect: the form's body is unreadable).
            FlashMap flash = new FlashMap();
            flash.put("error", refusal.reason());
            flash.setTargetRequestPath("/runs/new");
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect("/runs/new");
        }
    }

    /** What went wrong, from the container's exception (it wraps the upload library's). */
    Refusal refusal(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidFileNameException) {
                return new Refusal(400, "a file name holds a NUL character, which no file name may have; "
                        + "rename the file and upload it again");
            }
            if (t instanceof FileCountLimitExceededException) {
                return new Refusal(413, "too many files in one upload: at most " + maxFiles
                        + " (put more into a zip archive)");
            }
            if (t instanceof FileSizeLimitExceededException || (t instanceof SizeException
                    && !String.valueOf(t.getMessage()).startsWith("Header section"))) {
                return new Refusal(413, "upload too large: each file and the whole request may be at most " + maxSize
                        + " (hanbridge.serve.max-upload-size; zip larger sets, or raise the limit)");
            }
            if (t instanceof SizeException) {
                return new Refusal(413, "a part's header is longer than " + maxPartHeaderBytes
                        + " bytes: shorten the file name");
            }
        }
        return new Refusal(400, "could not read the upload as multipart/form-data ("
                + ErrorBody.printable(failure.getMessage()) + ")");
    }
}
