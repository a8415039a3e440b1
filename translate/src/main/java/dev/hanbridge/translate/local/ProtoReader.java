package dev.hanbridge.translate.local;

import java.nio.charset.StandardCharsets;

/**
 * Reads the protobuf wire format, enough for SentencePiece's {@code ModelProto}: a dependency on
 * protobuf-java for one message type would cost more than these sixty lines.
 */
final class ProtoReader {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] data;
    private final int end;
    private int position;
    private int tag;

    ProtoReader(byte[] data) {
        this(data, 0, data.length);
    }

    private ProtoReader(byte[] data, int start, int end) {
        this.data = data;
        this.position = start;
        this.end = end;
    }

    /** Moves to the next field; false at the end of the message. */
    boolean next() {
        if (position >= end) {
            return false;
        }
        tag = (int) varint();
        return true;
    }

    int field() {
        return tag >>> 3;
    }

    int wireType() {
        return tag & 7;
    }

    long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = data[checked(1)];
            position++;
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalStateException("malformed varint at byte " + position);
    }

    float fixed32Float() {
        int at = checked(4);
        position += 4;
        int bits = (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16
                | (data[at + 3] & 0xff) << 24;
        return Float.intBitsToFloat(bits);
    }

    byte[] bytes() {
        int length = (int) varint();
        int at = checked(length);
        position += length;
        return java.util.Arrays.copyOfRange(data, at, at + length);
    }

    String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    ProtoReader message() {
        int length = (int) varint();
        int at = checked(length);
        position += length;
        return new ProtoReader(data, at, at + length);
    }

    void skip() {
        switch (wireType()) {
            case VARINT -> varint();
            case FIXED64 -> position = checked(8) + 8;
            case LENGTH_DELIMITED -> {
                int length = (int) varint();
                position = checked(length) + length;
            }
            case FIXED32 -> position = checked(4) + 4;
            default -> throw new IllegalStateException("unknown wire type " + wireType() + " at byte " + position);
        }
    }

    private int checked(int length) {
        if (length < 0 || position + length > end) {
            throw new IllegalStateException("message ends before byte " + (position + length));
        }
        return position;
    }
}
