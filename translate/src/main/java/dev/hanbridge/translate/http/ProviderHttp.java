package dev.hanbridge.translate.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationException;

/**
 * One engine's HTTP: the JDK client with a connect timeout and a per-request timeout, the one
 * mapping of statuses and I/O failures to exception families that every engine shares, and
 * scrubbing of the engine's secrets out of anything a provider says back.
 *
 * <p>Status mapping: 408, 429 and 5xx are transient (with the provider's Retry-After); 401 and 403
 * mean the credentials are wrong and stop the run naming the setting; 404 means the endpoint,
 * project or model is wrong and stops the run naming that setting; any other 4xx rejects this
 * input for good. Engines check their provider's special statuses (DeepL's 456, Google's 403 for
 * rate limits, Papago's quota code) before calling {@link #failure}.
 */
public final class ProviderHttp {

    private static final int MAX_PROVIDER_MESSAGE = 300;

    private final String engine;
    private final String label;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final List<String> secrets;

    /**
     * @param engine the engine id, for exceptions
     * @param label the provider's name as users know it, for messages ("DeepL")
     * @param secrets keys and tokens that must never appear in a message (blank ones are ignored)
     */
    public ProviderHttp(String engine, String label, Duration connectTimeout, Duration requestTimeout,
            Collection<String> secrets) {
        this.engine = engine;
        this.label = label;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> s = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                s.add(secret);
            }
        }
        this.secrets = List.copyOf(s);
    }

    public String engine() {
        return engine;
    }

    public String label() {
        return label;
    }

    /** The request timeout the engine was configured with. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** POSTs {@code body} and returns the answer whatever its status. */
    public HttpResult post(URI uri, Map<String, String> headers, String contentType, String body) {
        return post(uri, headers, contentType, body, requestTimeout);
    }

    /**
     * POSTs {@code body}, waiting {@code timeout} for the answer instead of the engine's request
     * timeout (a reasoning model's answers take longer), and returns the answer whatever its status.
     */
    public HttpResult post(URI uri, Map<String, String> headers, String contentType, String body,
            Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                // Plain http means a local server (Ollama, LibreTranslate, llama.cpp): skip the h2c
                // upgrade offer the JDK would otherwise send, which some of them mishandle.
                .version("http".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_1_1
                        : HttpClient.Version.HTTP_2)
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw new TransientTranslationException(engine, label + " did not accept a connection to " + host(uri)
                    + " in time; will retry. If it persists, check the base URL and the network.", null, e);
        } catch (HttpTimeoutException e) {
            throw new TransientTranslationException(engine, label + " did not answer within "
                    + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
                    + "; will retry. Raise hanbridge.engines." + engine + ".request-timeout if its answers are slow.",
                    null, e);
        } catch (ConnectException e) {
            throw new TransientTranslationException(engine, label + " refused or dropped the connection to "
                    + host(uri) + "; will retry. If it persists, check the base URL.", null, e);
        } catch (IOException e) {
            // Resets, early EOFs, TLS hiccups: the next try usually goes through.
            throw new TransientTranslationException(engine, label + " connection failed (" + e.getClass().getSimpleName()
                    + "); will retry.", null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientTranslationException(engine, "interrupted while calling " + label, null, e);
        }
    }

    /**
     * The exception for a non-2xx answer, by the shared mapping.
     *
     * @param providerMessage what the provider's error body said (scrubbed and clipped here), or null
     * @param credentialSettings the settings that hold the credentials, e.g.
     *        {@code "DEEPL_API_KEY or hanbridge.engines.deepl.api-key"}
     * @param endpointSettings the settings that choose the endpoint, project or model
     */
    public TranslationException failure(HttpResult result, String providerMessage, String credentialSettings,
            String endpointSettings) {
        int status = result.status();
        String said = providerMessage == null || providerMessage.isBlank() ? "" : ": " + scrub(providerMessage);
        if (status == 401 || status == 403) {
            // The provider's words are left out: some echo part of the key they rejected.
            return new EngineConfigurationException(engine, label + " rejected the credentials (HTTP " + status
                    + "). Check " + credentialSettings + ".");
        }
        if (status == 404) {
            return new EngineConfigurationException(engine, label + " answered HTTP 404 (not found" + said
                    + "). Check " + endpointSettings + ".");
        }
        if (status == 408 || status == 429 || status >= 500) {
            String what = status == 429 ? "too many requests" : status == 408 ? "request timeout" : "server error";
            return new TransientTranslationException(engine, label + " answered HTTP " + status + " (" + what + said
                    + "); will retry" + result.retryAfter().map(d -> " after " + d.toSeconds() + " s").orElse("")
                    + ".", result.retryAfter().orElse(null), null);
        }
        if (status == 413) {
            return new PermanentTranslationException(engine, label + " answered HTTP 413 (request too large" + said
                    + "); the batch will be split. Lower hanbridge.engines." + engine + ".max-chars if it recurs.");
        }
        if (status >= 400) {
            return new PermanentTranslationException(engine, label + " rejected the request (HTTP " + status + said
                    + ").");
        }
        return new EngineConfigurationException(engine, label + " answered an unexpected HTTP " + status
                + " (a redirect or a proxy?). Check " + endpointSettings + ".");
    }

    /** For a 2xx answer whose body is not what the provider documents: a glitch worth retrying. */
    public TransientTranslationException malformed(HttpResult result, String expected) {
        return new TransientTranslationException(engine, label + " answered HTTP " + result.status()
                + " with a body that is not " + expected + " (" + Objects.requireNonNullElse(result.body(), "").length()
                + " characters); will retry.", null, null);
    }

    /** {@code text} with every secret replaced by {@code ***}, cut to a readable length. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        out = out.replaceAll("\\s+", " ").strip();
        return out.length() <= MAX_PROVIDER_MESSAGE ? out : out.substring(0, MAX_PROVIDER_MESSAGE - 1) + "…";
    }

    private static String host(URI uri) {
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
