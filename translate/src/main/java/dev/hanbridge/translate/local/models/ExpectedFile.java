package dev.hanbridge.translate.local.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file of a model and how to check it. Hugging Face keeps large files in Git LFS and lists their
 * SHA-256 ({@code lfs.oid}); small files are plain Git blobs listed by their Git object id, the
 * SHA-1 of {@code "blob <size>\0"} followed by the content. Both are checked.
 *
 * @param size   bytes, or -1 when not known in advance
 * @param sha256 hex SHA-256, or null
 * @param gitSha1 hex Git blob id, or null
 */
record ExpectedFile(String path, long size, String sha256, String gitSha1) {

    /** Null when the file on disk is right, otherwise what is wrong with it. */
    String problem(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return path + " is missing";
        }
        long actualSize = Files.size(file);
        if (size >= 0 && actualSize != size) {
            return path + " has " + actualSize + " bytes, expected " + size;
        }
        if (sha256 != null) {
            String actual = digest(file, "SHA-256", null);
            return actual.equalsIgnoreCase(sha256) ? null
                    : path + " has SHA-256 " + actual + ", expected " + sha256.toLowerCase();
        }
        if (gitSha1 != null) {
            String actual = digest(file, "SHA-1", ("blob " + actualSize + "\0").getBytes(StandardCharsets.US_ASCII));
            return actual.equalsIgnoreCase(gitSha1) ? null
                    : path + " has Git blob id " + actual + ", expected " + gitSha1.toLowerCase();
        }
        return null;
    }

    private static String digest(Path file, String algorithm, byte[] header) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has " + algorithm, e);
        }
        if (header != null) {
            digest.update(header);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
