package dev.hanbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class SpooledZipTest {

    private static final FileTime TIME = FileTime.from(Instant.parse("2026-11-28T06:00:07Z"));

    @TempDir
    Path root;

    /** Export-like files: Korean and English text, an empty one, a large one, bytes that do not compress. */
    static Map<String, byte[]> sampleFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("manifest.json", "{\n  \"runId\" : 7\n}".getBytes(StandardCharsets.UTF_8));
        files.put("articles/버스-정류장-42.tmx",
                "<tu><tuv xml:lang=\"ko-KR\"><seg>버스 정류장이 새로 생겼다.</seg></tuv></tu>\n".repeat(40)
                        .getBytes(StandardCharsets.UTF_8));
        files.put("articles/empty.tsv", new byte[0]);
        files.put("articles/long.html", "<p>The city opened forty new bus stops.</p>\n".repeat(20_000)
                .getBytes(StandardCharsets.UTF_8));
        byte[] noise = new byte[150_000];
        new Random(42).nextBytes(noise);
        files.put("articles/noise.bin", noise);
        return files;
    }

    static void writeSpooled(Map<String, byte[]> files, OutputStream out, Path spoolDir) throws IOException {
        try (SpooledZip zip = new SpooledZip(out, TIME, spoolDir, ".test.zip.tmp-")) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putEntry(file.getKey());
                byte[] bytes = file.getValue();
                for (int off = 0; off < bytes.length; off += 10_000) { // in pieces, as files are copied
                    zip.write(bytes, off, Math.min(10_000, bytes.length - off));
                }
                zip.closeEntry();
            }
            zip.finish();
        }
    }

    @Test
    void writesTheSameBytesAsTheJdkZipWriter() throws IOException {
        Map<String, byte[]> files = sampleFiles();
        ByteArrayOutputStream spooled = new ByteArrayOutputStream();

        writeSpooled(files, spooled, root);

        assertThat(spooled.toByteArray()).isEqualTo(jdkZip(files));
    }

    @Test
    void readsBackWholeWithTheJdksZipFileAndAsAStream() throws IOException {
        Map<String, byte[]> files = sampleFiles();
        Path zipPath = zipOf(files, "bundle.zip");

        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                assertThat(entry.getLastModifiedTime()).as(entry.getName()).isEqualTo(TIME);
                read.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        assertThat(read.keySet()).containsExactlyElementsOf(files.keySet());
        files.forEach((name, bytes) -> assertThat(read.get(name)).as(name).isEqualTo(bytes));
        List<String> streamed = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipPath))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                assertThat(zip.readAllBytes()).as(entry.getName()).isEqualTo(files.get(entry.getName()));
                streamed.add(entry.getName());
            }
        }
        assertThat(streamed).containsExactlyElementsOf(files.keySet());
    }

    /** The sample files, then {@code count} small numbered ones. */
    static Map<String, byte[]> manyFiles(int count) {
        Map<String, byte[]> files = sampleFiles();
        for (int i = 0; i < count; i++) {
            files.put("articles/article-" + i + ".tsv", numbered(i));
        }
        return files;
    }

    private static byte[] numbered(int i) {
        return ("버스 " + i + "\tbus " + i + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Path zipOf(Map<String, byte[]> files, String name) throws IOException {
        Path zipPath = root.resolve(name);
        try (OutputStream out = Files.newOutputStream(zipPath)) {
            writeSpooled(files, out, root);
        }
        return zipPath;
    }

    @Test
    void writesZip64EndRecordsPast65535EntriesAsTheJdkDoes() throws IOException {
        Map<String, byte[]> files = manyFiles(70_000);
        Path zipPath = zipOf(files, "many.zip");

        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            assertThat(zip.size()).isEqualTo(files.size());
            for (int i : new int[] {0, 65_529, 65_530, 65_531, 69_999}) {
                ZipEntry entry = zip.getEntry("articles/article-" + i + ".tsv");
                assertThat(zip.getInputStream(entry).readAllBytes()).as(entry.getName()).isEqualTo(numbered(i));
            }
        }
        byte[] bytes = Files.readAllBytes(zipPath);
        assertThat(indexOf(bytes, new byte[] {0x50, 0x4b, 0x06, 0x06})).as("ZIP64 end record").isPositive();
        assertThat(bytes).isEqualTo(jdkZip(files));
    }

    @Test
    void writesZip64SizesForAnEntryOf4GiBOrMoreAsTheJdkDoes() throws IOException {
        long size = (1L << 32) + 10; // zeros: 4 GiB deflate to a few MB in seconds
        byte[] zeros = new byte[64 * 1024];
        ByteArrayOutputStream spooled = new ByteArrayOutputStream();
        try (SpooledZip zip = new SpooledZip(spooled, TIME, root, ".big.zip.tmp-")) {
            zip.putEntry("big.tsv");
            for (long done = 0; done < size; done += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, size - done));
            }
            zip.closeEntry();
            zip.finish();
        }
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jdk)) {
            zip.setLevel(Deflater.BEST_SPEED);
            ZipEntry entry = new ZipEntry("big.tsv");
            entry.setLastModifiedTime(TIME);
            zip.putNextEntry(entry);
            for (long done = 0; done < size; done += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, size - done));
            }
            zip.closeEntry();
        }
        Path zipPath = Files.write(root.resolve("big.zip"), spooled.toByteArray());

        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            assertThat(zip.getEntry("big.tsv").getSize()).isEqualTo(size);
        }
        assertThat(spooled.toByteArray()).isEqualTo(jdk.toByteArray());
    }

    /** Opt-in (-Dhanbridge.unzip=/usr/bin/unzip, set by .ci/run): Info-ZIP's unzip tests every entry's CRC. */
    @Test
    @EnabledIfSystemProperty(named = "hanbridge.unzip", matches = ".+")
    void infoZipUnzipTestsEveryEntry() throws IOException, InterruptedException {
        for (Path zip : List.of(zipOf(sampleFiles(), "sample.zip"), zipOf(manyFiles(70_000), "many.zip"))) {
            String output = run(System.getProperty("hanbridge.unzip"), "-tq", zip.toString());

            assertThat(output).as(zip.toString()).contains("No errors detected");
        }
    }

    /** Opt-in (-Dhanbridge.python=python3, set by .ci/run): Python's zipfile reads every entry and checks its CRC. */
    @Test
    @EnabledIfSystemProperty(named = "hanbridge.python", matches = ".+")
    void pythonsZipfileReadsEveryEntry() throws IOException, InterruptedException {
        String check = "import sys, zipfile\n"
                + "z = zipfile.ZipFile(sys.argv[1])\n"
                + "assert z.testzip() is None\n"
                + "print(len(z.infolist()), z.infolist()[1].filename, z.infolist()[1].date_time)\n";
        Map<String, byte[]> many = manyFiles(70_000);
        Path zip = zipOf(many, "many.zip");

        String output = run(System.getProperty("hanbridge.python"), "-c", check, zip.toString());

        LocalDateTime local = LocalDateTime.ofInstant(TIME.toInstant(), ZoneId.systemDefault());
        assertThat(output.strip()).isEqualTo(many.size() + " articles/버스-정류장-42.tmx (" + local.getYear() + ", "
                + local.getMonthValue() + ", " + local.getDayOfMonth() + ", " + local.getHour() + ", "
                + local.getMinute() + ", " + (local.getSecond() / 2 * 2) + ")");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private static byte[] jdkZip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jdk)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setLastModifiedTime(TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return jdk.toByteArray();
    }

    @Test
    void leavesNoSpoolFileBehindWhenDoneOrFailed() throws IOException {
        writeSpooled(sampleFiles(), OutputStream.nullOutputStream(), root);
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatIOException().isThrownBy(() -> writeSpooled(sampleFiles(), failing, root))
                .withMessage("disk full");
        try (var listing = Files.list(root)) {
            assertThat(listing).isEmpty();
        }
    }

    private static int indexOf(byte[] bytes, byte[] sought) {
        for (int i = bytes.length - sought.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }
}
