package dev.hanbridge.ingest.archive;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zip archives written byte by byte, so that tests can make the directory and the local entries
 * disagree the way crafted archives do. Shared with the app's upload tests (test-jar).
 */
public final class Zips {

    public static final int STORED = 0;
    public static final int DEFLATED = 8;

    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
    private int directoryEntries;

    /** Adds an entry, deflated, in both the local entries and the directory. */
    public Zips entry(String name, byte[] content) {
        byte[] compressed = deflate(content);
        long offset = local(name, DEFLATED, compressed, crc(content), content.length);
        return listed(name, offset, DEFLATED, crc(content), compressed.length, content.length);
    }

    /** Writes a local header and its data only (no directory entry); returns the header's offset. */
    public long local(String name, int method, byte[] stored, long crc, long size) {
        long offset = data.size();
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer h = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0x04034b50).putShort((short) 20).putShort((short) (1 << 11)).putShort((short) method)
                .putInt(0).putInt((int) crc).putInt(stored.length).putInt((int) size)
                .putShort((short) nameBytes.length).putShort((short) 0);
        data.writeBytes(h.array());
        data.writeBytes(nameBytes);
        data.writeBytes(stored);
        return offset;
    }

    /** Writes bytes between entries, as they are. */
    public Zips raw(byte[] bytes) {
        data.writeBytes(bytes);
        return this;
    }

    /** Adds a directory entry only, pointing wherever it is told to. */
    public Zips listed(String name, long offset, int method, long crc, long compressedSize, long size) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer c = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
        c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) (1 << 11))
                .putShort((short) method).putInt(0).putInt((int) crc).putInt((int) compressedSize).putInt((int) size)
                .putShort((short) nameBytes.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt((int) offset);
        directory.writeBytes(c.array());
        directory.writeBytes(nameBytes);
        directoryEntries++;
        return this;
    }

    public byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(data.toByteArray());
        out.writeBytes(directory.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) directoryEntries)
                .putShort((short) directoryEntries).putInt(directory.size()).putInt(data.size()).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    /**
     * The archive of issue 9: a small stored {@code readme.txt} whose data hides, unlisted, one
     * deflate stream of {@code mebibytes} MiB of zeros; the directory lists the readme and
     * {@code entries} more entries that all point at that stream, each declaring 1,000 bytes. A
     * reader walking local headers sees one harmless file; a reader of the directory inflates
     * the stream {@code entries} times. With 20 entries and 1,024 MiB it is about 1 MB.
     */
    public static byte[] craftedBomb(int entries, int mebibytes) {
        Zips zip = new Zips();
        byte[] stream = deflatedZeros(mebibytes);
        // The hidden entry, written first to know its bytes, then wrapped in the readme's data.
        Zips hidden = new Zips();
        hidden.local("zeros.txt", DEFLATED, stream, 0, 1_000);
        byte[] hiddenBytes = hidden.data.toByteArray();
        byte[] readme = "이 묶음에는 기사가 없다.\n".getBytes(StandardCharsets.UTF_8);
        byte[] readmeData = new byte[readme.length + hiddenBytes.length];
        System.arraycopy(readme, 0, readmeData, 0, readme.length);
        System.arraycopy(hiddenBytes, 0, readmeData, readme.length, hiddenBytes.length);
        long readmeOffset = zip.local("readme.txt", STORED, readmeData, crc(readmeData), readmeData.length);
        long hiddenOffset = readmeOffset + 30 + "readme.txt".length() + readme.length;
        zip.listed("readme.txt", readmeOffset, STORED, crc(readmeData), readmeData.length, readmeData.length);
        for (int i = 1; i <= entries; i++) {
            zip.listed(String.format("article-%02d.txt", i), hiddenOffset, DEFLATED, 0, stream.length, 1_000);
        }
        return zip.build();
    }

    /**
     * A raw deflate stream of {@code mebibytes} MiB of zeros, built in milliseconds: one MiB is
     * deflated once and flushed to a byte boundary, that block repeated, and a final empty block
     * appended. Deflate allows this (each repeat refers only to zeros already written).
     */
    public static byte[] deflatedZeros(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1 << 20]);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            block.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] one = block.toByteArray();
        for (int i = 0; i < mebibytes; i++) {
            out.writeBytes(one);
        }
        out.writeBytes(new byte[] {3, 0}); // a final, empty block with fixed codes
        return out.toByteArray();
    }

    public static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    public static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }
}
