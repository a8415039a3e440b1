package dev.hanbridge.translate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** Selects a fallback chain of engines by id among the providers on the class path. */
public final class EngineRegistry {

    /**
     * The choice that stands for none made: the embedded {@value #EMBEDDED} engine when its model
     * is present, otherwise the prepare-only {@value #PREPARE_ONLY}. The default of
     * {@code hanbridge.engine}.
     */
    public static final String AUTO = "auto";
    static final String EMBEDDED = "local";
    static final String PREPARE_ONLY = "none";

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
     * The engines {@code id} names, configured from {@code settings}, in the order to try them. A
     * comma-separated list ({@code "deepl,google"}) makes a fallback chain: each engine after the
     * first gets only the segments every earlier one rejected for good. The prepare-only
     * {@code none} is the empty chain: memory is applied and the rest is left untranslated.
     *
     * @throws EngineConfigurationException when no engine has the id, or an engine is misconfigured
     */
    public List<TranslationEngine> create(String id, EngineSettings settings) {
        if (AUTO.equals(id.strip())) {
            return create(resolve(id, settings), settings);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : id.split(",")) {
            if (!part.isBlank()) {
                ids.add(part.strip());
            }
        }
        if (ids.isEmpty()) {
            throw new EngineConfigurationException(id, "No translation engine given. Choose one with --engine or "
                    + "HANBRIDGE_ENGINE; known engines: " + String.join(", ", providers.keySet()) + ".");
        }
        List<TranslationEngine> chain = new ArrayList<>();
        for (String one : ids) {
            Optional<TranslationEngine> engine = provider(one).create(settings);
            if (engine.isEmpty() && ids.size() > 1) {
                throw new EngineConfigurationException(one, "'" + one + "' translates nothing, so it cannot be part "
                        + "of a fallback chain (" + id + "). Remove it from --engine.");
            }
            engine.ifPresent(chain::add);
        }
        return List.copyOf(chain);
    }

    /**
     * The engine id {@code id} stands for: {@value #AUTO} becomes {@value #EMBEDDED} when that
     * engine can be created (its model is present and usable), else {@value #PREPARE_ONLY}; any
     * other id is returned as it is. Reads the model folder's small files; never the network.
     */
    public String resolve(String id, EngineSettings settings) {
        if (!AUTO.equals(id.strip())) {
            return id;
        }
        TranslationEngineProvider embedded = providers.get(EMBEDDED);
        if (embedded == null) {
            return PREPARE_ONLY;
        }
        try {
            embedded.create(settings);
            return EMBEDDED;
        } catch (EngineConfigurationException e) {
            return PREPARE_ONLY;
        }
    }

    /**
     * Every engine, configured or not, with its limits and settings: what {@code hanbridge engines}
     * prints. Creating an engine touches no network, so this is safe to call at any time; secret
     * settings show only whether they are set.
     */
    public List<EngineDescription> describe(EngineSettings settings) {
        List<EngineDescription> rows = new ArrayList<>();
        for (TranslationEngineProvider p : providers.values()) {
            String problem = null;
            EngineLimits limits = p.spec().documentedLimits();
            String model = null;
            try {
                Optional<EngineInfo> info = p.create(settings).map(TranslationEngine::info);
                limits = info.map(EngineInfo::limits).orElse(limits);
                model = info.map(EngineInfo::model).orElse(null);
            } catch (EngineConfigurationException e) {
                problem = e.getMessage();
            }
            List<EngineDescription.Setting> values = new ArrayList<>();
            for (EngineSetting s : p.spec().settings()) {
                String value = settings.get(s.key()).orElse(null);
                if (value == null && s.envVar() != null) {
                    value = settings.get(s.envVar()).orElse(null);
                }
                String shown = value == null ? null : s.secret() ? "(set)" : value;
                values.add(new EngineDescription.Setting(s, shown));
            }
            rows.add(new EngineDescription(p.id(), p.description(), problem == null, problem, limits, model, values));
        }
        return rows;
    }

    private TranslationEngineProvider provider(String id) {
        TranslationEngineProvider provider = providers.get(id);
        if (provider == null) {
            throw new EngineConfigurationException(id, "Unknown translation engine '" + id + "'. Known engines: "
                    + String.join(", ", providers.keySet()) + " (or " + AUTO + ", alone: " + EMBEDDED
                    + " when its model is present, else " + PREPARE_ONLY
                    + "). Choose one with --engine or HANBRIDGE_ENGINE.");
        }
        return provider;
    }
}
