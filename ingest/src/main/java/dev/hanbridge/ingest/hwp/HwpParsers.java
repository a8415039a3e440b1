package dev.hanbridge.ingest.hwp;

/** Shared wording of failures. */
final class HwpParsers {

    private HwpParsers() {
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        String text = root.getClass().getSimpleName() + (message != null ? ": " + message : "");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
