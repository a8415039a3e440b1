package dev.hanbridge.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip written as a stream of deflated entries whose central directory goes to a spool file as
 * each entry is closed and is copied after the last one. {@link java.util.zip.ZipOutputStream}
 * keeps an entry object and its name in memory per entry until it finishes: about 220 bytes each,
 * some 7 MB live at the end of a 10,000-article bundle (30,000 files), which made the collector
 * grow the heap of long runs only (bench/cli.sh). Here memory does not grow with the entries.
 *
 * <p>The bytes are laid out as the JDK's writer lays them out: UTF-8 names, a data descriptor
 * after each entry, the DOS time and the extended timestamp of one fixed time on every entry, and
 * ZIP64 records where a classic field would overflow (65,535 entries or more, an offset or size
 * of 4 GiB or more). Entry names are not checked for duplicates (the JDK's writer kept every name
 * for that): the caller's names must be unique, as a run's file paths are.
 */
final class SpooledZip extends OutputStream {

    private static final long MAX_32 = 0xFFFFFFFFL;
    private static final int MAX_16 = 0xFFFF;
    private static final int FLAGS = 0x0808; // sizes in a data descriptor; names in UTF-8
    private static final int DEFLATED = 8;
    private static final int VERSION = 20;
    private static final int VERSION_ZIP64 = 45;
    private static final int EXTENDED_TIMESTAMP = 0x5455;
    private static final int ZIP64_EXTRA = 0x0001;

    private final OutputStream out;
    private final Path spoolFile;
    private final OutputStream spool;
    private final int dosTime;
    /** Seconds since 1970 for the extended timestamp; {@code null} when past 2038 (the JDK leaves it out too). */
    private final Integer unixTime;
    // Exports are text: the fastest level still shrinks them several times, at a fraction of the
    // default level's time (the bundle step of bench/pipeline.sh).
    private final Deflater deflater = newDeflater();
    private final CRC32 crc = new CRC32();
    private final byte[] deflated = new byte[64 * 1024];
    private final byte[] one = new byte[1];
    private final ByteBuffer header = ByteBuffer.allocate(46 + 2 * 28).order(ByteOrder.LITTLE_ENDIAN);

    private long written;
    private long entries;
    private byte[] name;
    private long entryOffset;

    /** A deflater with this writer's settings, for entries deflated elsewhere ({@link #putDeflated}). */
    static Deflater newDeflater() {
        return new Deflater(Deflater.BEST_SPEED, true);
    }

    /**
     * @param out where the zip goes; not closed here
     * @param time the modification time of every entry
     * @param spoolDir where the central directory waits while the entries are written, in a new
     *     file named {@code spoolPrefix}…{@code .directory} that {@link #close()} deletes
     */
    SpooledZip(OutputStream out, FileTime time, Path spoolDir, String spoolPrefix) throws IOException {
        this.out = out;
        this.spoolFile = Files.createTempFile(spoolDir, spoolPrefix, ".directory");
        this.spool = new BufferedOutputStream(Files.newOutputStream(spoolFile, StandardOpenOption.WRITE));
        this.dosTime = dosTime(time);
        long seconds = time.toMillis() / 1000;
        this.unixTime = seconds >= Integer.MIN_VALUE && seconds <= Integer.MAX_VALUE ? (int) seconds : null;
    }

    /** Starts an entry (closing the one before); what is written next is its content. */
    void putEntry(String entryName) throws IOException {
        if (name != null) {
            closeEntry();
        }
        byte[] encoded = entryName.getBytes(StandardCharsets.UTF_8);
        if (encoded.length > MAX_16) {
            throw new IllegalArgumentException("Zip entry name longer than 65,535 bytes: " + entryName.substring(0, 80)
                    + "…; shorten the path.");
        }
        name = encoded;
        entryOffset = written;
        header.clear();
        header.putInt(0x04034b50).putShort((short) VERSION).putShort((short) FLAGS).putShort((short) DEFLATED)
                .putInt(dosTime).putInt(0).putInt(0).putInt(0) // CRC and sizes follow the data
                .putShort((short) name.length).putShort((short) timestampLength());
        emit(header);
        emit(name, 0, name.length);
        putTimestamp();
    }

    @Override
    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (name == null) {
            throw new IllegalStateException("no zip entry started: call putEntry first");
        }
        if (len == 0) {
            return;
        }
        crc.update(b, off, len);
        deflater.setInput(b, off, len);
        while (!deflater.needsInput()) {
            drain();
        }
    }

    /** Ends the current entry: the rest of its data, its descriptor, and its directory record to the spool. */
    void closeEntry() throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        endEntry((int) crc.getValue(), deflater.getBytesWritten(), deflater.getBytesRead());
        deflater.reset();
        crc.reset();
    }

    /**
     * Writes a whole entry whose data another thread deflated ({@link Deflater#BEST_SPEED}, no
     * wrapper, as this writer's own deflater), closing the entry before it. A deflater gives the
     * same bytes for the same content however the input was fed to it, so the zip is the same as
     * when the content is written through {@link #write(byte[], int, int)}.
     *
     * @param deflated the raw deflate stream, {@code length} bytes of it
     * @param size the content's length before deflating
     * @param checksum the content's CRC-32
     */
    void putDeflated(String entryName, byte[] deflated, int length, long size, int checksum) throws IOException {
        putEntry(entryName);
        emit(deflated, 0, length);
        endEntry(checksum, length, size);
    }

    private void endEntry(int checksum, long compressed, long size) throws IOException {
        header.clear();
        header.putInt(0x08074b50).putInt(checksum);
        if (size >= MAX_32 || compressed >= MAX_32) {
            header.putLong(compressed).putLong(size); // the JDK's ZIP64 data descriptor
        } else {
            header.putInt((int) compressed).putInt((int) size);
        }
        emit(header);
        writeDirectoryRecord(checksum, compressed, size);
        entries++;
        name = null;
    }

    /** Ends the zip: the last entry, the central directory from the spool, and the end records. */
    void finish() throws IOException {
        if (name != null) {
            closeEntry();
        }
        spool.close();
        long directoryOffset = written;
        try (InputStream directory = Files.newInputStream(spoolFile)) {
            for (int n; (n = directory.read(deflated)) > 0; ) {
                emit(deflated, 0, n);
            }
        }
        long directorySize = written - directoryOffset;
        boolean zip64 = entries >= MAX_16 || directoryOffset >= MAX_32 || directorySize >= MAX_32;
        if (zip64) {
            long recordOffset = written;
            header.clear();
            header.putInt(0x06064b50).putLong(44).putShort((short) VERSION_ZIP64).putShort((short) VERSION_ZIP64)
                    .putInt(0).putInt(0).putLong(entries).putLong(entries).putLong(directorySize)
                    .putLong(directoryOffset);
            emit(header);
            header.clear();
            header.putInt(0x07064b50).putInt(0).putLong(recordOffset).putInt(1);
            emit(header);
        }
        short count = (short) Math.min(entries, MAX_16);
        header.clear();
        header.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort(count).putShort(count)
                .putInt((int) Math.min(directorySize, MAX_32)).putInt((int) Math.min(directoryOffset, MAX_32))
                .putShort((short) 0);
        emit(header);
        out.flush();
    }

    /** Frees the compressor and deletes the spool; the stream given to the constructor stays open. */
    @Override
    public void close() throws IOException {
        deflater.end();
        try {
            spool.close();
        } finally {
            Files.deleteIfExists(spoolFile);
        }
    }

    private void writeDirectoryRecord(int checksum, long compressed, long size) throws IOException {
        boolean bigSize = size >= MAX_32;
        boolean bigCompressed = compressed >= MAX_32;
        boolean bigOffset = entryOffset >= MAX_32;
        int zip64Length = (bigSize ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0);
        int version = zip64Length > 0 ? VERSION_ZIP64 : VERSION;
        header.clear();
        header.putInt(0x02014b50).putShort((short) version).putShort((short) version).putShort((short) FLAGS)
                .putShort((short) DEFLATED).putInt(dosTime).putInt(checksum)
                .putInt((int) (bigCompressed ? MAX_32 : compressed)).putInt((int) (bigSize ? MAX_32 : size))
                .putShort((short) name.length)
                .putShort((short) ((zip64Length > 0 ? 4 + zip64Length : 0) + timestampLength()))
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0) // comment, disk, attributes
                .putInt((int) (bigOffset ? MAX_32 : entryOffset));
        spool.write(header.array(), 0, header.position());
        spool.write(name);
        header.clear();
        if (zip64Length > 0) {
            header.putShort((short) ZIP64_EXTRA).putShort((short) zip64Length);
            if (bigSize) {
                header.putLong(size);
            }
            if (bigCompressed) {
                header.putLong(compressed);
            }
            if (bigOffset) {
                header.putLong(entryOffset);
            }
        }
        if (unixTime != null) {
            header.putShort((short) EXTENDED_TIMESTAMP).putShort((short) 5).put((byte) 1).putInt(unixTime);
        }
        spool.write(header.array(), 0, header.position());
    }

    private int timestampLength() {
        return unixTime != null ? 9 : 0;
    }

    private void putTimestamp() throws IOException {
        if (unixTime != null) {
            header.clear();
            header.putShort((short) EXTENDED_TIMESTAMP).putShort((short) 5).put((byte) 1).putInt(unixTime);
            emit(header);
        }
    }

    private void drain() throws IOException {
        int n = deflater.deflate(deflated);
        emit(deflated, 0, n);
    }

    private void emit(ByteBuffer filled) throws IOException {
        emit(filled.array(), 0, filled.position());
    }

    private void emit(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        written += len;
    }

    /** MS-DOS date and time in the default time zone, as the JDK's writer computes them. */
    private static int dosTime(FileTime time) {
        LocalDateTime local = LocalDateTime.ofInstant(time.toInstant(), ZoneId.systemDefault());
        if (local.getYear() < 1980) {
            return (1 << 21) | (1 << 16); // 1980-01-01 00:00, the earliest DOS time
        }
        return (local.getYear() - 1980) << 25 | local.getMonthValue() << 21 | local.getDayOfMonth() << 16
                | local.getHour() << 11 | local.getMinute() << 5 | local.getSecond() >> 1;
    }
}
