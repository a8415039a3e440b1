package dev.hanbridge.translate.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.http.SettingsReader;
import dev.hanbridge.translate.local.models.ModelDownloader;
import dev.hanbridge.translate.local.models.ModelSource;
import dev.hanbridge.translate.local.models.ModelStore;

/**
 * The local engine's settings, each declared once and read in one place: where models live
 * ({@code HANBRIDGE_MODELS}), which model the engine runs, where that model is fetched from, and
 * how to run it. The engine's provider, {@code hanbridge models} and the run's fetch on first use
 * read the same values. Wrong values stop with a message naming the key.
 */
public final class LocalSettings {

    public static final String ENGINE = "local";

    static final EngineSetting MODELS = new EngineSetting("hanbridge.models", ModelStore.ENVIRONMENT_VARIABLE,
            "folder of local models, shared by every data folder", "~/.cache/hanbridge/models", false);
    static final EngineSetting MODEL = EngineSetting.of(ENGINE, "model", null,
            "the model: a folder name in the models folder, or the path of a model folder",
            "the repository's folder, " + ModelSource.defaultKoreanEnglish().folderName(), false);
    static final EngineSetting BASE_URL = EngineSetting.of(ENGINE, "base-url", null,
            "host to fetch the model from (Hugging Face or a mirror of its layout)",
            ModelSource.HUGGING_FACE.toString(), false);
    static final EngineSetting REPOSITORY = EngineSetting.of(ENGINE, "repository", null,
            "repository to fetch (owner/name)", ModelSource.DEFAULT_REPOSITORY, false);
    static final EngineSetting REVISION = EngineSetting.of(ENGINE, "revision", null,
            "branch, tag or commit to fetch", "main", false);
    static final EngineSetting FILES = EngineSetting.of(ENGINE, "files", null,
            "files to fetch, comma-separated", String.join(",", ModelSource.QUANTIZED_FILES), false);
    static final EngineSetting SHA256 = EngineSetting.of(ENGINE, "sha256", null,
            "expected SHA-256 per file, as path=hex,path=hex; covering every file, the host's file list is not asked",
            "the host's file list", false);
    static final EngineSetting CONNECT_TIMEOUT = EngineSetting.of(ENGINE, "connect-timeout", null,
            "time to reach the host (and its DNS) before calling the machine offline", "5s", false);
    static final EngineSetting THREADS = EngineSetting.of(ENGINE, "threads", null,
            "ONNX Runtime threads", "one per core", false);
    static final EngineSetting BATCH_SIZE = EngineSetting.of(ENGINE, "batch-size", null,
            "segments per model call, and per request", "8", false);
    static final EngineSetting BEAMS = EngineSetting.of(ENGINE, "beams", null,
            "beam width: 0 = the model's own (num_beams), 1 = greedy search", "0", false);
    static final EngineSetting PRECISION = EngineSetting.of(ENGINE, "precision", null,
            "auto, quantized (int8 files) or full (float32 files)", "auto", false);

    private static final List<EngineSetting> ALL = List.of(MODELS, MODEL, BASE_URL, REPOSITORY, REVISION, FILES, SHA256,
            CONNECT_TIMEOUT, THREADS, BATCH_SIZE, BEAMS, PRECISION);

    private final ModelStore store;
    private final ModelSource source;
    private final Path folder;
    private final boolean fetchable;
    private final MarianOptions options;
    private final Duration connectTimeout;

    private LocalSettings(ModelStore store, ModelSource source, Path folder, boolean fetchable, MarianOptions options,
            Duration connectTimeout) {
        this.store = store;
        this.source = source;
        this.folder = folder;
        this.fetchable = fetchable;
        this.options = options;
        this.connectTimeout = connectTimeout;
    }

    /** Every setting, for the engine's spec and {@code hanbridge engines}. */
    static List<EngineSetting> declared() {
        return ALL;
    }

    /**
     * Reads the settings; touches no file and no network.
     *
     * @throws EngineConfigurationException naming the key whose value is wrong
     */
    public static LocalSettings read(EngineSettings settings) {
        SettingsReader s = new SettingsReader(settings, ENGINE);
        ModelStore store = s.get(MODELS).map(Path::of).map(ModelStore::at)
                .orElseGet(() -> ModelStore.fromEnvironment(Map.of()));
        ModelSource source = source(s);
        Optional<String> model = s.get(MODEL);
        Path folder;
        boolean fetchable;
        if (model.isEmpty() || model.get().equals(source.folderName())) {
            folder = store.folder(source);
            fetchable = true;
        } else if (isPath(model.get())) {
            folder = Path.of(model.get()).toAbsolutePath().normalize();
            fetchable = false;
        } else {
            folder = store.folder(model.get());
            fetchable = false;
        }
        MarianOptions defaults = MarianOptions.defaults();
        MarianOptions options;
        try {
            options = new MarianOptions(count(s, THREADS, defaults.threads(), 1), count(s, BATCH_SIZE,
                    defaults.batchSize(), 1), count(s, BEAMS, 0, 0), precision(s), MarianOptions.DecoderLayout.AUTO);
        } catch (IllegalArgumentException e) {
            throw new EngineConfigurationException(ENGINE, e.getMessage());
        }
        return new LocalSettings(store, source, folder, fetchable,
                options, s.duration("connect-timeout", ModelDownloader.DEFAULT_CONNECT_TIMEOUT));
    }

    /** Where local models live: {@code HANBRIDGE_MODELS}. */
    public ModelStore store() {
        return store;
    }

    /** Where the configured model is fetched from. */
    public ModelSource source() {
        return source;
    }

    /** The folder of the model the engine runs. */
    public Path folder() {
        return folder;
    }

    /**
     * Whether the engine's model is the configured source's folder in the store, so that a pull
     * can provide it; false when {@code hanbridge.engines.local.model} names another folder.
     */
    public boolean fetchable() {
        return fetchable;
    }

    public boolean present() {
        return Files.isDirectory(folder);
    }

    public MarianOptions options() {
        return options;
    }

    /** A downloader into the store that gives up on an unreachable host after the connect timeout. */
    public ModelDownloader downloader() {
        return new ModelDownloader(store, connectTimeout, Duration.ofSeconds(30));
    }

    /** One sentence on how to get the model, for messages. */
    public String howToGetIt() {
        return fetchable
                ? "Fetch it with 'hanbridge models pull' (it is also fetched on the first 'hanbridge run'), or copy a "
                        + "model folder to " + folder + "."
                : "Copy a Marian model folder to " + folder + ", or change " + SettingsReader.names(MODEL) + ".";
    }

    private static ModelSource source(SettingsReader s) {
        ModelSource defaults = ModelSource.defaultKoreanEnglish();
        URI baseUrl = s.uri(BASE_URL, defaults.baseUrl().toString());
        String repository = s.get(REPOSITORY).orElse(defaults.repository());
        String revision = s.get(REVISION).orElse(defaults.revision());
        List<String> files = s.get(FILES).map(LocalSettings::list).orElse(defaults.files());
        Map<String, String> sha256 = new LinkedHashMap<>();
        for (String pair : s.get(SHA256).map(LocalSettings::list).orElse(List.of())) {
            int eq = pair.indexOf('=');
            String hex = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (eq <= 0 || !hex.matches("[0-9a-fA-F]{64}")) {
                throw new EngineConfigurationException(ENGINE, SettingsReader.names(SHA256) + " takes path=sha256 pairs "
                        + "separated by commas, with 64 hex digits each; '" + pair + "' is not one.");
            }
            sha256.put(pair.substring(0, eq).strip(), hex.toLowerCase(Locale.ROOT));
        }
        try {
            return new ModelSource(baseUrl, repository, revision, files, sha256);
        } catch (IllegalArgumentException e) {
            throw new EngineConfigurationException(ENGINE, e.getMessage() + ". Check " + SettingsReader.names(REPOSITORY)
                    + ", " + SettingsReader.names(REVISION) + " and " + SettingsReader.names(FILES) + ".");
        }
    }

    private static boolean isPath(String model) {
        return model.contains("/") || model.contains("\\") || model.startsWith(".") || Path.of(model).isAbsolute();
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static int count(SettingsReader s, EngineSetting setting, int defaultValue, int min) {
        Optional<String> value = s.get(setting);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new EngineConfigurationException(ENGINE, SettingsReader.names(setting) + " must be a whole number of "
                + min + " or more, not '" + value.get() + "'.");
    }

    private static MarianOptions.Precision precision(SettingsReader s) {
        String value = s.get(PRECISION).orElse("auto");
        try {
            return MarianOptions.Precision.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new EngineConfigurationException(ENGINE, SettingsReader.names(PRECISION)
                    + " must be auto, quantized or full, not '" + value + "'.");
        }
    }
}
