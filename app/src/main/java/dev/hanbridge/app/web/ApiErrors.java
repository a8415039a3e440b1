package dev.hanbridge.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import dev.hanbridge.translate.TranslationException;

/** API errors as JSON a client can show: status, and a message that says what to do. */
@RestControllerAdvice(assignableTypes = ApiController.class)
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Views.Error> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Views.Error> forbidden(ForbiddenException e) {
        return error(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(UploadStore.RejectedUpload.class)
    ResponseEntity<Views.Error> rejected(UploadStore.RejectedUpload e) {
        return error(e.tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Views.Error> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "upload too large: each file and the whole request may be at most "
                + "hanbridge.serve.max-upload-size (zip larger sets, or raise the limit)");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Views.Error> multipart(MultipartException e) {
        return error(HttpStatus.BAD_REQUEST, "could not read the upload: " + e.getMessage());
    }

    /** Wrong input, unknown engine or format, an engine setting missing. */
    @ExceptionHandler({IllegalArgumentException.class, TranslationException.class})
    ResponseEntity<Views.Error> badRequest(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Views.Error> conflict(IllegalStateException e) {
        log.warn("request refused: {}", e.getMessage());
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ResponseEntity<Views.Error> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new Views.Error(status.value(), status.getReasonPhrase(), message));
    }
}
