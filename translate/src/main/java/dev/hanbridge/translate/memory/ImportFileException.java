package dev.hanbridge.translate.memory;

/**
 * A memory or glossary file brought for import that cannot be read: not well-formed XML, not the
 * format it claims, a DTD entity it may not use, a broken CSV quote. The message names the file, the
 * line and what to do.
 */
public class ImportFileException extends RuntimeException {

    private final int line;

    public ImportFileException(String file, int line, String message) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + message);
        this.line = line;
    }

    /** The line the problem was found on, from 1; 0 when unknown. */
    public int line() {
        return line;
    }
}
