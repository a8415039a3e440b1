package dev.hanbridge.app.distributed;

/**
 * The reason a person can act on, out of the stack trace Spring Batch stores as a failed step's
 * exit description: the message of the deepest cause, without the exception's class name.
 */
final class FailureText {

    private FailureText() {
    }

    static String reason(String exitDescription) {
        if (exitDescription == null || exitDescription.isBlank()) {
            return "no reason recorded";
        }
        String[] lines = exitDescription.split("\\R");
        String chosen = lines[0];
        for (String line : lines) {
            if (line.startsWith("Caused by: ")) {
                chosen = line.substring("Caused by: ".length());
            }
        }
        // "java.lang.IllegalStateException: the reason" -> "the reason"
        int colon = chosen.indexOf(": ");
        if (colon > 0 && !chosen.substring(0, colon).contains(" ")) {
            chosen = chosen.substring(colon + 2);
        }
        return chosen.strip();
    }
}
