package dev.hanbridge.store;

/**
 * Status of a run. {@code LIMIT_REACHED}: the run stopped before passing its spend limit
 * (characters or tokens); what it translated is kept and {@code hanbridge restart} continues it.
 */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED, LIMIT_REACHED
}
