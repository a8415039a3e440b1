package dev.hanbridge.app.web;

/** Answered as 403: allowed to ask, not allowed this (a server path outside the allowed folders). */
class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
        super(message);
    }
}
