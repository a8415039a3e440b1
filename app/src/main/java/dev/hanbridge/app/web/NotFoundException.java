package dev.hanbridge.app.web;

/** Answered as 404: no such run, file or article (or not one of this run's). */
class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
