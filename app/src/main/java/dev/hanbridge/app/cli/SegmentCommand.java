package dev.hanbridge.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.hanbridge.ingest.Ingestor;
import dev.hanbridge.ingest.SegmentedBlock;
import dev.hanbridge.ingest.Sources;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.ingest.segment.KoreanSentenceSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Splits Korean text into sentences: one segment per line, a blank line between blocks.",
                "With a FILE, any supported document is extracted first; without one, standard input is read as "
                        + "UTF-8 text in which each non-empty line is one block."})
class SegmentCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A document or text file; standard input when absent.")
    Path file;

    @Override
    public Integer call() throws IOException {
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
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
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
}
