package dev.hanbridge.app.bench;

import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor for {@code bench/cli.sh}: a plain Tika batch, as a whole process. Every file of a
 * folder through {@link AutoDetectParser} to plain text on a fixed number of threads, each text
 * written out as UTF-8 beside the others.
 *
 * <p>Usage: {@code TikaBatch INPUT_DIR OUTPUT_DIR [THREADS]} (two threads by default: this
 * machine's cores).
 */
public final class TikaBatch {

    private TikaBatch() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path output = Files.createDirectories(Path.of(args[1]));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        // As the application runs (and the in-JVM benchmark gives Tika alone): the JDK's XML
        // factories named once instead of searched for in every jar per document.
        dev.hanbridge.app.JaxpDefaults.install();
        List<Path> files;
        try (Stream<Path> s = Files.list(input)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = files.stream().<Future<?>>map(f -> pool.submit(() -> {
            Path text = output.resolve(f.getFileName() + ".txt");
            // From the file, as the application reads it: a plain stream would make Tika copy each
            // DOCX to a temporary file for its zip detection.
            try (InputStream in = TikaInputStream.get(f); Writer out = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
                Metadata metadata = new Metadata();
                metadata.set("resourceName", f.getFileName().toString());
                parser.parse(in, new BodyContentHandler(out), metadata, new ParseContext());
            } catch (Exception e) {
                failed.incrementAndGet();
                System.err.println(f.getFileName() + ": " + e);
            }
            return null;
        })).toList();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("tika: %d files, %d failed, %d threads%n", files.size(), failed.get(), threads);
    }
}
