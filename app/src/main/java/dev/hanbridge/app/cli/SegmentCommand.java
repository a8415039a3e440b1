package dev.hanbridge.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.hanbridge.ingest.Ingestor;
import dev.hanbridge.ingest.SegmentedArticle;
import dev.hanbridge.ingest.SegmentedBlock;
import dev.hanbridge.ingest.Sources;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.ingest.segment.KoreanSentenceSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Splits Korean text into sentences: one segment per line, a blank line between blocks.",
                "With a FILE, any supported document is extracted first; without one, standard input is read as "
                        + "UTF-8 text in which each non-empty line is one block. With --blocks, each block's kind is "
                        + "shown too, so the structure a run will see can be checked."})
class SegmentCommand implements Callable<Integer> {

    /** A time without an offset on a Korean news page is Korean time: shown the same way. */
    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter KOREAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A document or text file; standard input when absent.")
    Path file;

    @Option(names = "--blocks", description = {"With a FILE: first the article's title, byline, section and published "
            + "time as ingest read them, then each block's kind (TITLE, SUBTITLE, BYLINE, PARAGRAPH, CAPTION, CREDIT, "
            + "...) before its sentences: how a run will see the document's structure."})
    boolean showBlocks;

    @Override
    public Integer call() throws IOException {
        if (showBlocks) {
            return printBlocks();
        }
        List<List<String>> blocks = new ArrayList<>();
        if (file == null) {
            KoreanSentenceSegmenter segmenter = new KoreanSentenceSegmenter();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    if (!line.isBlank()) {
                        blocks.add(segmenter.split(line));
                    }
                }
            }
        } else {
            if (!Files.isRegularFile(file)) {
                throw new CliException("not a file: " + file);
            }
            try {
                // The job's own way in: the same extraction and segmentation as a run.
                for (SegmentedBlock block : new Ingestor().ingest(Sources.file(file)).blocks()) {
                    blocks.add(block.segments());
                }
            } catch (UnreadableSourceException e) {
                throw new CliException(e.getMessage());
            }
        }
        PrintStream out = utf8Out();
        boolean first = true;
        for (List<String> segments : blocks) {
            if (segments.isEmpty()) {
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            segments.forEach(out::println);
        }
        out.flush();
        return 0;
    }

    /** The article's header, then one block after another: its kind, padded, before each of its sentences. */
    private int printBlocks() {
        if (file == null) {
            throw new CliException("--blocks needs a FILE: standard input is read as lines, which have no document structure");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException("not a file: " + file);
        }
        SegmentedArticle article;
        try {
            article = new Ingestor().ingest(Sources.file(file));
        } catch (UnreadableSourceException e) {
            throw new CliException(e.getMessage());
        }
        PrintStream out = utf8Out();
        out.println("title:     " + orNone(article.title()));
        out.println("byline:    " + orNone(article.byline()));
        out.println("section:   " + orNone(article.section()));
        out.println("published: " + (article.publishedAt() == null ? "-"
                : KOREAN_TIME.format(article.publishedAt().atZone(KOREA))));
        for (SegmentedBlock block : article.blocks()) {
            out.println();
            String kind = block.kind().name();
            for (String segment : block.segments()) {
                out.println(String.format("%-10s %s", kind, segment));
                kind = "";
            }
        }
        out.flush();
        return 0;
    }

    private static String orNone(String value) {
        return value == null ? "-" : value;
    }

    private static PrintStream utf8Out() {
        return new PrintStream(System.out, false, StandardCharsets.UTF_8);
    }
}
