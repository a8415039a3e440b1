package dev.hanbridge.ingest.archive;

import static dev.hanbridge.ingest.archive.ZipRecords.u16;
import static dev.hanbridge.ingest.archive.ZipRecords.u32;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Holds the directory against the local entries. Zip readers come in two kinds: those that read
 * the directory at the end (ZipFile, ingest) and those that walk the local headers from the
 * start (ZipInputStream, most upload checks). A crafted archive shows each kind different files:
 * directory entries that a walk never reaches, local entries the directory does not list, two
 * directory entries sharing one stream. So the entries, in offset order, must tile the archive
 * from byte 0 to the directory exactly, each local header naming the same file, method, sizes
 * and CRC as its directory entry (in its data descriptor when it has one).
 */
final class LocalEntries {

    private LocalEntries() {
    }

    static void check(FileChannel channel, CentralDirectory directory, String where)
            throws IOException, UnsafeArchiveException {
        List<CentralDirectory.Record> byOffset = directory.records().stream()
                .sorted(Comparator.comparingLong(CentralDirectory.Record::offset)).toList();
        long expected = 0;
        for (CentralDirectory.Record record : byOffset) {
            if (record.offset() < expected) {
                throw UnsafeArchiveException.inconsistent(where, "two directory entries point into the same data at byte "
                        + record.offset());
            }
            if (record.offset() > expected) {
                throw UnsafeArchiveException.inconsistent(where, "bytes " + expected + " to " + record.offset()
                        + " belong to no entry of the directory");
            }
            expected = checkOne(channel, record, directory.start(), where);
        }
        if (expected != directory.start()) {
            throw UnsafeArchiveException.inconsistent(where, "bytes " + expected + " to " + directory.start()
                    + " belong to no entry of the directory");
        }
    }

    /** Checks one local entry; returns where the next one must start. */
    private static long checkOne(FileChannel channel, CentralDirectory.Record record, long limit, String where)
            throws IOException, UnsafeArchiveException {
        String at = "the entry at byte " + record.offset();
        if (record.size() < 0 || record.compressedSize() < 0 || record.offset() + ZipRecords.LOCAL_HEADER_SIZE > limit) {
            throw UnsafeArchiveException.inconsistent(where, at + " lies outside the archive");
        }
        ByteBuffer header = ZipRecords.read(channel, record.offset(), ZipRecords.LOCAL_HEADER_SIZE);
        if (header.getInt(0) != ZipRecords.LOCAL_HEADER) {
            throw UnsafeArchiveException.inconsistent(where, "no local header at byte " + record.offset());
        }
        int flags = u16(header, 6);
        int nameLength = u16(header, 26);
        int extraLength = u16(header, 28);
        long dataStart = record.offset() + ZipRecords.LOCAL_HEADER_SIZE + nameLength + extraLength;
        if (dataStart > limit) {
            throw UnsafeArchiveException.inconsistent(where, at + " runs into the directory");
        }
        ByteBuffer variable = ZipRecords.read(channel, record.offset() + ZipRecords.LOCAL_HEADER_SIZE,
                nameLength + extraLength);
        byte[] name = new byte[nameLength];
        byte[] extra = new byte[extraLength];
        variable.get(name).get(extra);
        if (!Arrays.equals(name, record.name())) {
            throw UnsafeArchiveException.inconsistent(where, at + " has another name in its local header");
        }
        if (u16(header, 8) != record.method()) {
            throw UnsafeArchiveException.inconsistent(where, at + " has another compression method in its local header");
        }
        if (record.method() == ZipRecords.STORED && !record.encrypted() && record.size() != record.compressedSize()) {
            throw UnsafeArchiveException.inconsistent(where, at + " is stored but its sizes differ");
        }
        long dataEnd = dataStart + record.compressedSize();
        if (dataEnd > limit || dataEnd < dataStart) {
            throw UnsafeArchiveException.inconsistent(where, at + " runs into the directory");
        }
        if ((flags & ZipRecords.FLAG_DATA_DESCRIPTOR) == 0) {
            long[] sizes = ZipRecords.zip64(extra, u32(header, 22), u32(header, 18), 0);
            if (u32(header, 14) != record.crc() || sizes[0] != record.size() || sizes[1] != record.compressedSize()) {
                throw UnsafeArchiveException.inconsistent(where, at + " declares other sizes in its local header");
            }
            return dataEnd;
        }
        return descriptorEnd(channel, record, dataEnd, limit, where, at);
    }

    /**
     * The data descriptor after the data: CRC and sizes in 4 or 8 bytes each (8 with ZIP64),
     * after an optional signature. Whichever layout repeats the directory's values is the one.
     */
    private static long descriptorEnd(FileChannel channel, CentralDirectory.Record record, long dataEnd, long limit,
            String where, String at) throws IOException, UnsafeArchiveException {
        int available = (int) Math.min(24, limit - dataEnd);
        ByteBuffer d = ZipRecords.read(channel, dataEnd, available);
        for (int signature : new int[] {4, 0}) {
            if (signature == 4 && (available < 4 || d.getInt(0) != ZipRecords.DATA_DESCRIPTOR)) {
                continue;
            }
            for (int width : new int[] {4, 8}) {
                int length = signature + 4 + 2 * width;
                if (length > available || u32(d, signature) != record.crc()) {
                    continue;
                }
                long compressed = width == 4 ? u32(d, signature + 4) : d.getLong(signature + 4);
                long size = width == 4 ? u32(d, signature + 8) : d.getLong(signature + 12);
                if (compressed == record.compressedSize() && size == record.size()) {
                    return dataEnd + length;
                }
            }
        }
        throw UnsafeArchiveException.inconsistent(where, at + " has a data descriptor that does not match the directory");
    }
}
