package dev.hanbridge.translate.local.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches a model's files into the {@link ModelStore}. Each file is downloaded into
 * {@code .partial/<model>/<path>.part}, resumed with an HTTP range request when a previous pull
 * was interrupted, checked (SHA-256 for Git LFS files, the Git blob id for small ones, or the
 * SHA-256 the source configures) and renamed into place; the model folder appears, by an atomic
 * move, only when every file is there. A file that fails its check is deleted. Connection
 * attempts give up after a short timeout, so an offline machine fails in seconds with one line
 * saying why.
 */
public final class ModelDownloader {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Until a response's headers arrive. */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    private static final int BLOCK = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ModelStore store;
    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration stallTimeout;

    public ModelDownloader(ModelStore store) {
        this(store, DEFAULT_CONNECT_TIMEOUT, Duration.ofSeconds(30));
    }

    /**
     * @param connectTimeout how long to try to connect before calling the host unreachable
     * @param stallTimeout   how long a download may receive nothing before it is abandoned
     */
    public ModelDownloader(ModelStore store, Duration connectTimeout, Duration stallTimeout) {
        this.store = store;
        this.connectTimeout = connectTimeout;
        this.stallTimeout = stallTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Makes the model's folder complete and returns it. A folder already holding every file of
     * this repository and revision (by its manifest) is returned without a request.
     *
     * @throws ModelDownloadException when the host cannot be reached or refuses, or a file fails
     *                                its check; finished files and partial downloads are kept
     */
    public Path pull(ModelSource source, DownloadProgress progress) {
        Path target = store.folder(source);
        if (alreadyComplete(target, source)) {
            return target;
        }
        resolveHost(source);
        List<ExpectedFile> expected = expectedFiles(source);
        Path partial = store.partialFolder(source);
        try {
            Files.createDirectories(partial);
            boolean sized = expected.stream().allMatch(f -> f.size() >= 0);
            Transfer transfer = new Transfer(progress, sized ? expected.stream().mapToLong(ExpectedFile::size).sum()
                    : -1);
            for (ExpectedFile file : expected) {
                fetch(source, file, partial, transfer);
            }
            new Manifest(source.baseUrl().toString(), source.repository(), source.revision(), expected)
                    .write(partial);
            install(partial, target);
        } catch (IOException e) {
            throw new ModelDownloadException("Cannot write the model into " + store.root() + ": " + e.getMessage()
                    + ". Check that the folder is writable and has space, or set " + ModelStore.ENVIRONMENT_VARIABLE
                    + " to another folder.", e);
        }
        return target;
    }

    /**
     * Looks the host up within the connect timeout. HttpClient resolves names on the calling
     * thread with no time limit of its own, so a resolver that never answers (a machine cut off
     * from its DNS server) would hold a pull far beyond the connect timeout.
     */
    private void resolveHost(ModelSource source) {
        String host = source.baseUrl().getHost();
        FutureTask<InetAddress> lookup = new FutureTask<>(() -> InetAddress.getByName(host));
        Thread thread = new Thread(lookup, "model-host-lookup");
        thread.setDaemon(true);
        thread.start();
        try {
            lookup.get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unreachable(source, "no answer from DNS for " + host + " within " + describe(connectTimeout), e);
        } catch (ExecutionException e) {
            throw unreachable(source, "unknown host " + host, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelDownloadException("The pull of " + source.repository() + " was interrupted.", e);
        }
    }

    private boolean alreadyComplete(Path target, ModelSource source) {
        return Manifest.read(target).filter(m -> source.repository().equals(m.repository())
                && source.revision().equals(m.revision())).map(m -> source.files().stream().allMatch(path ->
                        m.files().stream().anyMatch(f -> f.path().equals(path) && sizeMatches(target, f))))
                .orElse(false);
    }

    private static boolean sizeMatches(Path folder, ExpectedFile file) {
        try {
            Path path = folder.resolve(file.path());
            return Files.isRegularFile(path) && (file.size() < 0 || Files.size(path) == file.size());
        } catch (IOException e) {
            return false;
        }
    }

    private List<ExpectedFile> expectedFiles(ModelSource source) {
        Map<String, String> configured = source.sha256();
        if (configured.keySet().containsAll(source.files())) {
            return source.files().stream().map(p -> new ExpectedFile(p, -1, configured.get(p), null)).toList();
        }
        URI listing = URI.create(source.baseUrl() + "/api/models/" + source.repository() + "/tree/"
                + segment(source.revision()) + "?recursive=true");
        HttpResponse<InputStream> response = send(HttpRequest.newBuilder(listing), source,
                "the file list of " + source.repository());
        Map<String, ExpectedFile> listed;
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw statusFailure(response.statusCode(), source, "the file list of " + source.repository());
            }
            listed = HubTree.parse(JSON.readTree(body));
        } catch (JacksonException e) {
            throw new ModelDownloadException(source.baseUrl().getHost() + " answered the file list of "
                    + source.repository() + " with something other than JSON: is " + source.baseUrl()
                    + " a Hugging Face–style host?", e);
        } catch (IOException e) {
            throw broken(e, source, "the file list of " + source.repository());
        }
        List<ExpectedFile> files = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String path : source.files()) {
            ExpectedFile file = listed.get(path);
            if (file == null) {
                absent.add(path);
            } else {
                files.add(configured.containsKey(path) ? new ExpectedFile(path, file.size(), configured.get(path), null)
                        : file);
            }
        }
        if (!absent.isEmpty()) {
            String onnx = listed.keySet().stream().filter(p -> p.endsWith(".onnx")).sorted()
                    .collect(Collectors.joining(", "));
            throw new ModelDownloadException(source.repository() + " at revision " + source.revision() + " has no "
                    + String.join(", ", absent) + " (its ONNX files: " + (onnx.isEmpty() ? "none" : onnx)
                    + "). Choose other files or another repository.");
        }
        return files;
    }

    private void fetch(ModelSource source, ExpectedFile file, Path partial, Transfer transfer) throws IOException {
        Path done = partial.resolve(file.path());
        if (Files.isRegularFile(done) && file.problem(done) == null) {
            transfer.finishedEarlier(file.path(), Files.size(done));
            return;
        }
        Path part = done.resolveSibling(done.getFileName() + ".part");
        Files.createDirectories(part.getParent());
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        if (file.size() >= 0 && have > file.size()) {
            Files.delete(part);
            have = 0;
        }
        if (file.size() < 0 || have < file.size()) {
            download(source, file, part, have, transfer);
        } else {
            transfer.finishedEarlier(file.path(), have);
        }
        String problem = file.problem(part);
        if (problem != null) {
            Files.deleteIfExists(part);
            throw new ModelDownloadException("Checksum check failed: " + problem + " (" + url(source, file.path())
                    + "). The file was removed; pull again, and if it fails again the host serves other files "
                    + "than it lists.");
        }
        Files.move(part, done, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void download(ModelSource source, ExpectedFile file, Path part, long have, Transfer transfer)
            throws IOException {
        String what = file.path() + " of " + source.repository();
        HttpRequest.Builder request = HttpRequest.newBuilder(url(source, file.path()));
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = send(request, source, what);
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            boolean append = status == 206 && have > 0;
            if (status == 416 && have > 0) {
                // The range starts at or past the end: the part is stale. Start the file over.
                Files.delete(part);
                body.close();
                download(source, file, part, 0, transfer);
                return;
            }
            if (status != 200 && status != 206) {
                throw statusFailure(status, source, what);
            }
            transfer.starting(file.path(), append ? have : 0);
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
                    StallGuard guard = new StallGuard(body, stallTimeout)) {
                byte[] buffer = new byte[BLOCK];
                try {
                    for (int n; (n = body.read(buffer)) > 0;) {
                        guard.received();
                        out.write(buffer, 0, n);
                        transfer.received(file.path(), n);
                    }
                } catch (IOException e) {
                    throw guard.stalled() ? new IOException("no data for " + describe(stallTimeout), e) : e;
                }
                if (guard.stalled()) {
                    throw new IOException("no data for " + describe(stallTimeout));
                }
            }
        } catch (IOException e) {
            throw broken(e, source, what);
        }
    }

    private HttpResponse<InputStream> send(HttpRequest.Builder request, ModelSource source, String what) {
        try {
            return http.send(request.timeout(RESPONSE_TIMEOUT).header("User-Agent", "hanbridge").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw unreachable(source, "no connection within " + connectTimeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            // HttpClient's ConnectException carries no message for a refused connection, nor does its cause.
            String reason = null;
            for (Throwable t = e; t != null && reason == null; t = t.getCause()) {
                reason = t.getMessage();
            }
            throw unreachable(source, reason != null ? reason : "connection refused", e);
        } catch (HttpTimeoutException e) {
            throw new ModelDownloadException(source.baseUrl().getHost() + " did not answer for " + what + " within "
                    + RESPONSE_TIMEOUT.toSeconds() + " s; try again later (a pull resumes where it stopped).", e);
        } catch (IOException e) {
            throw broken(e, source, what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelDownloadException("The pull of " + source.repository() + " was interrupted.", e);
        }
    }

    private ModelDownloadException unreachable(ModelSource source, String reason, Exception cause) {
        return new ModelDownloadException("Cannot reach " + source.baseUrl() + " (" + reason + ") to fetch "
                + source.repository() + ": this machine looks offline. Copy a model folder to "
                + store.folder(source) + ", or run 'hanbridge models pull' where there is internet.", cause);
    }

    private static ModelDownloadException broken(IOException e, ModelSource source, String what) {
        return new ModelDownloadException("The download of " + what + " from " + source.baseUrl().getHost()
                + " broke off (" + e.getMessage() + "); pull again to resume.", e);
    }

    private static ModelDownloadException statusFailure(int status, ModelSource source, String what) {
        String host = source.baseUrl().getHost();
        if (status == 404) {
            return new ModelDownloadException(host + " has no " + what + " at revision " + source.revision()
                    + " (HTTP 404). Check the repository, revision and file names.");
        }
        if (status == 401 || status == 403) {
            return new ModelDownloadException(host + " refuses " + what + " (HTTP " + status
                    + "): the repository is private or gated. Choose a public one.");
        }
        return new ModelDownloadException(host + " answered HTTP " + status + " for " + what
                + ": the host is busy or down. Try again later; the pull resumes where it stopped.");
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static URI url(ModelSource source, String path) {
        String encoded = Stream.of(path.split("/")).map(ModelDownloader::segment).collect(Collectors.joining("/"));
        return URI.create(source.baseUrl() + "/" + source.repository() + "/resolve/" + segment(source.revision()) + "/"
                + encoded);
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Moves a complete download into place: the whole folder when it is new, else file by file, manifest last. */
    private static void install(Path partial, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(partial)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".part"))
                    .sorted((a, b) -> Boolean.compare(a.endsWith(Manifest.FILE_NAME), b.endsWith(Manifest.FILE_NAME)))
                    .toList();
        }
        for (Path file : files) {
            Path destination = target.resolve(partial.relativize(file).toString());
            Files.createDirectories(destination.getParent());
            Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            ModelStore.deleteTree(partial);
        } catch (UncheckedIOException e) {
            // Leftovers in .partial cost disk, not correctness; the next pull reuses or replaces them.
        }
    }
}
