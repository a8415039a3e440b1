package dev.hanbridge.translate.local.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import tools.jackson.databind.json.JsonMapper;

/**
 * The tiny test model served the way huggingface.co serves a repository: the file list at
 * {@code /api/models/{repo}/tree/{revision}?recursive=true} (Git LFS entries carry
 * {@code lfs.oid}, the SHA-256, and {@code lfs.size}; small files their Git blob id as
 * {@code oid}), small files from {@code /{repo}/resolve/{revision}/{path}}, and LFS files by a
 * 302 from there to a CDN address, as the Hub redirects them. Public for the app's tests, which
 * read the model from this module's test jar.
 */
public final class TinyHub {

    public static final String REPOSITORY = "hanbridge/tiny-marian";
    /** The folder a pull of {@link #REPOSITORY} makes in the model store. */
    public static final String FOLDER_NAME = "hanbridge--tiny-marian";

    /** Repository path → file of the committed tiny model, in the layout of Xenova's repositories. */
    public static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        for (String name : List.of("config.json", "generation_config.json", "tokenizer_config.json", "vocab.json",
                "source.spm", "target.spm")) {
            FILES.put(name, name);
        }
        FILES.put("onnx/encoder_model_quantized.onnx", "encoder_model_quantized.onnx");
        FILES.put("onnx/decoder_model_merged_quantized.onnx", "decoder_model_merged_quantized.onnx");
    }

    private TinyHub() {
    }

    /** A file's bytes, read from the class path (a folder here, the test jar in the app's tests). */
    public static byte[] bytes(String repositoryPath) {
        String resource = "/dev/hanbridge/translate/local/tiny-marian/" + FILES.get(repositoryPath);
        try (InputStream in = TinyHub.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of the tiny model, as a pull lays them out, without a manifest (a folder copied in by hand). */
    public static Path copyTo(Path folder) {
        try {
            for (String path : FILES.keySet()) {
                Path file = folder.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes(path));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comma-separated file list, as {@code hanbridge.engines.local.files} takes it. */
    public static String fileList() {
        return String.join(",", FILES.keySet());
    }

    static boolean isLfs(String path) {
        return path.endsWith(".onnx") || path.endsWith(".spm");
    }

    static String cdnPath(String path) {
        return "/cdn/" + sha256(bytes(path));
    }

    public static ModelSource source(WireMockExtension hub) {
        return ModelSource.defaultKoreanEnglish().withBaseUrl(java.net.URI.create(hub.baseUrl()))
                .withRepository(REPOSITORY).withFiles(new ArrayList<>(FILES.keySet()));
    }

    /** Serves the listing (with {@code overrides} replacing an entry's checksum) and every file. */
    public static void serve(WireMockExtension hub, Map<String, String> checksumOverrides) {
        List<Map<String, Object>> listing = new ArrayList<>();
        for (String path : FILES.keySet()) {
            byte[] content = bytes(path);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", "file");
            entry.put("path", path);
            if (isLfs(path)) {
                String pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:" + sha256(content)
                        + "\nsize " + content.length + "\n";
                entry.put("oid", gitBlob(pointer.getBytes(StandardCharsets.UTF_8)));
                entry.put("size", content.length);
                entry.put("lfs", Map.of("oid", checksumOverrides.getOrDefault(path, sha256(content)),
                        "size", content.length, "pointerSize", pointer.length()));
                hub.stubFor(get(urlEqualTo("/" + REPOSITORY + "/resolve/main/" + path)).atPriority(5)
                        .willReturn(aResponse().withStatus(302).withHeader("Location", hub.baseUrl() + cdnPath(path))));
                hub.stubFor(get(urlEqualTo(cdnPath(path))).atPriority(5)
                        .willReturn(aResponse().withStatus(200).withBody(content)));
            } else {
                entry.put("oid", checksumOverrides.getOrDefault(path, gitBlob(content)));
                entry.put("size", content.length);
                hub.stubFor(get(urlEqualTo("/" + REPOSITORY + "/resolve/main/" + path)).atPriority(5)
                        .willReturn(aResponse().withStatus(200).withBody(content)));
            }
            listing.add(entry);
        }
        listing.add(Map.of("type", "directory", "oid", gitBlob(new byte[0]), "size", 0, "path", "onnx"));
        hub.stubFor(get(urlEqualTo("/api/models/" + REPOSITORY + "/tree/main?recursive=true"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(JsonMapper.builder().build().writeValueAsString(listing))));
    }

    public static long totalBytes() {
        return FILES.keySet().stream().mapToLong(p -> bytes(p).length).sum();
    }

    static String sha256(byte[] content) {
        return hex("SHA-256", content, null);
    }

    static String gitBlob(byte[] content) {
        return hex("SHA-1", content, ("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
    }

    private static String hex(String algorithm, byte[] content, byte[] header) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            if (header != null) {
                digest.update(header);
            }
            return HexFormat.of().formatHex(digest.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
