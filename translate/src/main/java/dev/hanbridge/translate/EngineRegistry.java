package dev.hanbridge.translate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Selects an engine by id among the providers on the class path. */
public final class EngineRegistry {

    private final Map<String, TranslationEngineProvider> providers = new TreeMap<>();

    public EngineRegistry(Collection<? extends TranslationEngineProvider> providers) {
        for (TranslationEngineProvider p : providers) {
            TranslationEngineProvider previous = this.providers.putIfAbsent(p.id(), p);
            if (previous != null && previous.getClass() != p.getClass()) {
                throw new IllegalStateException("two engines claim the id '" + p.id() + "': "
                        + previous.getClass().getName() + " and " + p.getClass().getName());
            }
        }
    }

    /** Every provider visible to the class loader. */
    public static EngineRegistry discover(ClassLoader loader) {
        return new EngineRegistry(ServiceLoader.load(TranslationEngineProvider.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public List<TranslationEngineProvider> providers() {
        return List.copyOf(providers.values());
    }

    /**
     * The engine with this id, configured from {@code settings}.
     *
     * @throws EngineConfigurationException when no engine has the id, or the engine is misconfigured
     */
    public TranslationEngine create(String id, EngineSettings settings) {
        TranslationEngineProvider provider = providers.get(id);
        if (provider == null) {
            throw new EngineConfigurationException(id, "Unknown translation engine '" + id + "'. Known engines: "
                    + String.join(", ", providers.keySet()) + ". Choose one with --engine or HANBRIDGE_ENGINE.");
        }
        return provider.create(settings);
    }
}
