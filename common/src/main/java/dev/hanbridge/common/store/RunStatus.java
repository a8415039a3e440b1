package dev.hanbridge.common.store;

/** Status of a run. */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED
}
