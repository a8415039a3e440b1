package dev.hanbridge.translate;

import java.util.List;

/**
 * One engine as {@code hanbridge engines} shows it.
 *
 * @param id what {@code --engine} takes
 * @param description one line on the engine
 * @param configured whether the current settings are enough to create it
 * @param problem when not configured, the message naming the setting to fix
 * @param limits its effective limits (the documented ones when not configured)
 * @param model the model it records beside translations, when it knows one
 * @param settings every setting it reads, with its current value ({@code "(set)"} for secrets,
 *        {@code null} when unset)
 */
public record EngineDescription(String id, String description, boolean configured, String problem,
        EngineLimits limits, String model, List<Setting> settings) {

    public EngineDescription {
        settings = List.copyOf(settings);
    }

    /** A setting and its current value as shown ({@code null} when unset). */
    public record Setting(EngineSetting setting, String shownValue) {
    }

    /** A few lines of plain text for a terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(id).append(configured ? "  [ready]" : "  [not configured]").append("  ").append(description)
                .append('\n');
        if (!configured) {
            out.append("    ").append(problem).append('\n');
        }
        out.append("    limits: ").append(limits.describe()).append('\n');
        if (model != null) {
            out.append("    model: ").append(model).append('\n');
        }
        for (Setting s : settings) {
            EngineSetting d = s.setting();
            out.append("    ").append(d.key());
            if (d.envVar() != null) {
                out.append(" (").append(d.envVar()).append(')');
            }
            out.append(" = ").append(s.shownValue() != null ? s.shownValue()
                    : d.defaultValue() != null ? d.defaultValue() + " (default)" : "(not set)");
            out.append("  ").append(d.description()).append('\n');
        }
        return out.toString();
    }
}
