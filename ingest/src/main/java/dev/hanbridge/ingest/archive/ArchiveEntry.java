package dev.hanbridge.ingest.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * One entry of a listed archive, and how to read it: by its checked offset, through a stream
 * that stops at the first byte past the size the archive declares. Reading checks the local
 * header again, so an archive replaced since it was listed fails instead of being misread.
 */
public final class ArchiveEntry {

    private final String name;
    private final CentralDirectory.Record record;
    private final String refusal;

    ArchiveEntry(String name, CentralDirectory.Record record, String refusal) {
        this.name = name;
        this.record = record;
        this.refusal = refusal;
    }

    /** The full name inside the archive, e.g. {@code "news/a.txt"}. */
    public String name() {
        return name;
    }

    /** The last segment of the name, e.g. {@code "a.txt"}. */
    public String shortName() {
        return EntryNames.lastSegment(name);
    }

    /** What the entry inflates to: the declared size, which reading holds it to. */
    public long size() {
        return record.size();
    }

    public boolean isDirectory() {
        return name.endsWith("/");
    }

    /** An archive inside the archive, opened as one when it is walked. */
    public boolean isArchive() {
        return !isDirectory() && ArchiveGuard.isArchiveName(name);
    }

    /** Why the guard will not let the entry be read (a sentence to show as it is), or null when it may be read. */
    public String refusal() {
        return refusal;
    }

    CentralDirectory.Record record() {
        return record;
    }

    /** The entry's bytes, read from the archive file it was listed from. */
    public InputStream open(Path archive) throws IOException {
        requireReadable();
        FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ);
        try {
            ByteBuffer header = ZipRecords.read(channel, record.offset(), ZipRecords.LOCAL_HEADER_SIZE);
            int nameLength = ZipRecords.u16(header, 26);
            int extraLength = ZipRecords.u16(header, 28);
            ByteBuffer nameBytes = ZipRecords.read(channel, record.offset() + ZipRecords.LOCAL_HEADER_SIZE, nameLength);
            checkHeader(header, nameBytes.array());
            channel.position(record.offset() + ZipRecords.LOCAL_HEADER_SIZE + nameLength + extraLength);
            return new EntryStream(new BufferedInputStream(Channels.newInputStream(channel), 8192), shortName(), record);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The entry's bytes, read from a stream of the whole archive from its first byte (an archive
     * nested in another is read this way, without unpacking it); {@code archive} is closed with
     * the returned stream.
     */
    public InputStream openIn(InputStream archive) throws IOException {
        try {
            requireReadable();
            archive.skipNBytes(record.offset());
            ByteBuffer header = ByteBuffer.wrap(archive.readNBytes(ZipRecords.LOCAL_HEADER_SIZE))
                    .order(ByteOrder.LITTLE_ENDIAN);
            if (header.limit() < ZipRecords.LOCAL_HEADER_SIZE) {
                throw changed();
            }
            byte[] nameBytes = archive.readNBytes(ZipRecords.u16(header, 26));
            checkHeader(header, nameBytes);
            archive.skipNBytes(ZipRecords.u16(header, 28));
            return new EntryStream(archive, shortName(), record);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private void requireReadable() throws IOException {
        if (refusal != null) {
            throw new RefusedEntryException(shortName(), refusal);
        }
    }

    private void checkHeader(ByteBuffer header, byte[] nameBytes) throws IOException {
        if (header.getInt(0) != ZipRecords.LOCAL_HEADER || !Arrays.equals(nameBytes, record.name())) {
            throw changed();
        }
    }

    private IOException changed() {
        return new RefusedEntryException(shortName(), "the archive changed since it was listed; run again");
    }

    @Override
    public String toString() {
        return name;
    }
}
