package com.steward.analytics.lake;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The few parts of Thrift's compact protocol that Parquet page headers and file footers need (structs, i32, i64,
 * binary, bool, lists), written by hand so that the lake needs no Thrift or Parquet library. See the Thrift
 * compact protocol specification: field headers carry the delta from the previous field id and the type in one
 * byte; integers are zigzag varints.
 */
final class ThriftCompactWriter {
    static final int BOOL_TRUE = 1;
    static final int BOOL_FALSE = 2;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private byte[] bytes = new byte[256];
    private int size;
    private final int[] lastFieldStack = new int[32];
    private int depth;
    private int lastField;

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    ThriftCompactWriter i32(int field, int value) {
        header(field, I32);
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter i64(int field, long value) {
        header(field, I64);
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter binary(int field, byte[] value) {
        header(field, BINARY);
        varint(value.length);
        raw(value, 0, value.length);
        return this;
    }

    ThriftCompactWriter string(int field, String value) {
        return binary(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ThriftCompactWriter bool(int field, boolean value) {
        header(field, value ? BOOL_TRUE : BOOL_FALSE);
        return this;
    }

    /** Starts a struct-valued field; close it with {@link #end()}. */
    ThriftCompactWriter struct(int field) {
        header(field, STRUCT);
        return push();
    }

    /** Starts a list-valued field of {@code size} elements of {@code elementType}. */
    ThriftCompactWriter list(int field, int elementType, int size) {
        header(field, LIST);
        if (size < 15) {
            writeByte((size << 4) | elementType);
        } else {
            writeByte(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    /** Starts a struct that is a list element; close it with {@link #end()}. */
    ThriftCompactWriter element() {
        return push();
    }

    ThriftCompactWriter i32Element(int value) {
        varint(zigzag(value));
        return this;
    }

    ThriftCompactWriter stringElement(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        raw(utf8, 0, utf8.length);
        return this;
    }

    /** Appends list elements written by another writer (each element starts its own field numbering). */
    ThriftCompactWriter rawStructElements(byte[] elements) {
        raw(elements, 0, elements.length);
        return this;
    }

    /** Ends the innermost struct (writes the stop byte); at the top level, ends the message's struct. */
    ThriftCompactWriter end() {
        writeByte(0);
        if (depth > 0) {
            lastField = lastFieldStack[--depth];
        }
        return this;
    }

    private ThriftCompactWriter push() {
        lastFieldStack[depth++] = lastField;
        lastField = 0;
        return this;
    }

    private void header(int field, int type) {
        int delta = field - lastField;
        if (delta > 0 && delta <= 15) {
            writeByte((delta << 4) | type);
        } else {
            writeByte(type);
            varint(zigzag(field));
        }
        lastField = field;
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long zigzag(int value) {
        return ((long) value << 1) ^ ((long) value >> 63);
    }

    private void varint(long value) {
        while ((value & ~0x7FL) != 0) {
            writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        writeByte((int) value);
    }

    private void writeByte(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    private void raw(byte[] value, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
        System.arraycopy(value, offset, bytes, size, length);
        size += length;
    }
}
