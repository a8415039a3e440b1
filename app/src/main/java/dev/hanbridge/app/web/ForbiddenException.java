package dev.hanbridge.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answered as 403: allowed to ask, not allowed this (a server path outside the allowed folders). */
@ResponseStatus(HttpStatus.FORBIDDEN)
class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
        super(message);
    }
}
