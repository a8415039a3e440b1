package dev.hanbridge.translate.driver;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.TranslationEngine;

/** One engine of the chain, and the rate limiter and health that every thread calling it shares. */
record Link(TranslationEngine engine, RateLimiter limiter, EngineHealth health) {

    static Link of(TranslationEngine engine) {
        return new Link(engine, RateLimiter.of(engine.info().limits()), new EngineHealth(engine.info().id()));
    }

    String id() {
        return engine.info().id();
    }

    EngineLimits limits() {
        return engine.info().limits();
    }
}
