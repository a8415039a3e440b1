package dev.hanbridge.app.job;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.hanbridge.ingest.Source;
import dev.hanbridge.ingest.Sources;

/**
 * Reads the run's sources lazily, so memory does not grow with the size of the inbox. It keeps
 * no position: a restarted ingest step walks the inputs again and the processor skips what is
 * already stored (by content hash), which is cheaper than parsing and always right.
 */
class SourceReader implements ItemStreamReader<Source> {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    private final List<Path> inputs;
    private final int partition;
    private final int partitions;
    private Stream<Source> stream;
    private Iterator<Source> iterator;

    /** Reads the sources of one partition: those whose URI hashes to {@code partition} of {@code partitions}. */
    SourceReader(List<Path> inputs, int partition, int partitions) {
        this.inputs = inputs;
        this.partition = partition;
        this.partitions = partitions;
    }

    /** The execution contexts of {@code gridSize} partitions. */
    static Map<String, ExecutionContext> partitions(int gridSize) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, i);
            context.putInt(PARTITIONS, gridSize);
            contexts.put("part" + i, context);
        }
        return contexts;
    }

    @Override
    public void open(ExecutionContext context) {
        // Walking the inputs is cheap next to hashing and parsing, so each partition walks them
        // all and keeps its own share; the share is stable, so a restarted partition finds the same.
        stream = Sources.scan(inputs).filter(s -> Math.floorMod(s.uri().hashCode(), partitions) == partition);
        iterator = stream.iterator();
    }

    @Override
    public Source read() {
        return iterator.hasNext() ? iterator.next() : null;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
