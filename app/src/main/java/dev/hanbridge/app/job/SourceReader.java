package dev.hanbridge.app.job;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
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

    private final List<Path> inputs;
    private Stream<Source> stream;
    private Iterator<Source> iterator;

    SourceReader(List<Path> inputs) {
        this.inputs = inputs;
    }

    @Override
    public void open(ExecutionContext context) {
        stream = Sources.scan(inputs);
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
