package dev.hanbridge.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's error body, {@code {"status": 404, "error": "Not Found", "message": "…"}}, for the
 * places that answer before or outside a controller: security filters, the upload gate, the error
 * page and the servlet container's own refusals. Which paths are the API's is decided here once.
 */
final class ErrorBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorBody() {
    }

    /** Whether a request path (as sent, or decoded) belongs to the API, whose errors are JSON. */
    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/v3/api-docs"));
    }

    static Views.Error of(int status, String message) {
        HttpStatus known = HttpStatus.resolve(status);
        return new Views.Error(status, known == null ? "Error" : known.getReasonPhrase(), message);
    }

    static byte[] json(int status, String message) {
        return JSON.writeValueAsString(of(status, message)).getBytes(StandardCharsets.UTF_8);
    }

    /** Answers with the status and the JSON body; the response must not be committed yet. */
    static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = json(status, message);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /**
     * What to tell a client whose request was refused with {@code status} and no message of our
     * own: what the status means here and what to do about it.
     */
    static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "the request is malformed (its path, parameters or body); /v3/api-docs describes every call";
            case 401 -> "this needs the token: send Authorization: Bearer TOKEN (the server's HANBRIDGE_API_TOKEN)";
            case 403 -> "not allowed";
            case 404 -> "no such endpoint, run, file or article";
            case 405 -> "this path does not take that method; /v3/api-docs lists the methods of each path";
            case 406 -> "the API answers JSON or the file itself; accept application/json or */*";
            case 413 -> "the request is too large";
            case 415 -> "unsupported content type: send application/json, or multipart/form-data for uploads";
            case 429 -> "too many requests; wait and try again";
            default -> status >= 500 ? "the server could not answer this request; its log says why"
                    : "the request was refused";
        };
    }

    /** A message from the container or a library, fit to show: one line, control characters out, clipped. */
    static String printable(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String line = message.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
