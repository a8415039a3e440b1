package dev.hanbridge.translate.local.models;

import java.util.List;

/**
 * The outcome of checking a model folder against its manifest.
 *
 * @param checked  files whose size and checksum match
 * @param problems one line per file that is missing, of the wrong size or with the wrong checksum
 */
public record VerifyReport(String name, List<String> checked, List<String> problems) {

    public VerifyReport {
        checked = List.copyOf(checked);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty() && !checked.isEmpty();
    }
}
