package dev.hanbridge.store;

/** Status of a run. */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED
}
