package dev.hanbridge.app.cli;

/** A usage or input error: printed as one line, exit status 2. */
class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
