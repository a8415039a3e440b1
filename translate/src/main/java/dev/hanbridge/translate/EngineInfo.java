package dev.hanbridge.translate;

/**
 * What the driver needs to know about an engine, fixed when the engine is created.
 *
 * @param id stable id used in configuration and stored beside each translation, e.g. {@code "deepl"}
 * @param limits what one request may carry and how fast requests may go
 * @param model the model or engine version to record beside each translation, or {@code null}
 * @param usesContext whether the request's context (title, neighbouring segments) reaches the
 *        provider. Segments of different articles share a request only when no engine of the
 *        chain uses it, since one request carries one context.
 */
public record EngineInfo(String id, EngineLimits limits, String model, boolean usesContext) {

    /** An engine that records no model and sends no context. */
    public static EngineInfo of(String id, EngineLimits limits) {
        return new EngineInfo(id, limits, null, false);
    }
}
