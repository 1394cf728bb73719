package com.steward.analytics.lake;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a dataset's rows as hive-partitioned Parquet files in the layout, schema and types that DuckDB's
 * partitioned {@code COPY} produces (see {@link ParquetColumns}), for {@link Lake#upsertWritten}. One writer
 * belongs to one thread and writes one file per partition it receives rows for.
 *
 * <p>Deliberately small: DataPage v1, one data page per column chunk, uncompressed, text dictionary-encoded when a
 * chunk has few distinct values (else PLAIN), column chunk statistics (min, max, null count) so that readers can
 * prune. Rows are buffered per partition and written as a row group of {@link #ROW_GROUP_ROWS} rows, or earlier
 * (largest partition first) when the writer holds {@link #MAX_BUFFERED_ROWS} rows.
 */
public final class StagedParquetWriter implements Closeable {
    /** Rows per row group (DuckDB's default). */
    public static final int ROW_GROUP_ROWS = 122_880;

    static final long MAX_BUFFERED_ROWS = 1_500_000;

    private final LakeDataset dataset;
    private final Path folder;
    private final String fileName;
    private final List<ParquetColumns.Column> columns;
    private final Object[] constants;
    private final Map<List<String>, Partition> partitions = new HashMap<>();
    private final Bytes page = new Bytes(1 << 20);
    private final Bytes dictionaryPage = new Bytes(1 << 12);
    private long buffered;
    private long rowsWritten;

    /**
     * @param folder the staging folder the partition folders are created in
     * @param fileName the file name in every partition folder (unique to this writer)
     * @param constants values every row shares, by column name: a {@link String} or an {@link Instant}
     */
    public StagedParquetWriter(LakeDataset dataset, Path folder, String fileName, Map<String, Object> constants) {
        this.dataset = dataset;
        this.folder = folder;
        this.fileName = fileName;
        this.columns = ParquetColumns.of(dataset);
        this.constants = new Object[columns.size()];
        constants.forEach((name, value) -> this.constants[column(name)] = switch (value) {
            case String s -> s.getBytes(StandardCharsets.UTF_8);
            case Instant t -> Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
            default -> throw new IllegalArgumentException("unsupported constant " + value);
        });
    }

    /** The index of a column of the files (for the {@link Partition} methods), or {@code -1} if not stored. */
    public int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The rows buffered for the partition with these values of the dataset's partition columns. */
    public Partition partition(List<String> values) {
        return partitions.computeIfAbsent(List.copyOf(values), Partition::new);
    }

    /** Rows written to files so far (all of them once closed). */
    public long rowsWritten() {
        return rowsWritten;
    }

    /** Writes every buffered row and every file's footer. */
    @Override
    public void close() throws IOException {
        for (Partition partition : partitions.values()) {
            if (partition.rows > 0) {
                writeRowGroup(partition);
            }
            partition.closeFile();
        }
    }

    /** Closes every file without finishing it, after a failure; the caller discards the staging folder. */
    public void abandon() {
        for (Partition partition : partitions.values()) {
            if (partition.file != null) {
                try {
                    partition.file.channel.close();
                } catch (IOException e) {
                    // Already failing: the staging folder is deleted by the caller either way.
                }
                partition.file = null;
            }
        }
    }

    /** The rows of one partition not yet written, column by column; values are appended one row at a time. */
    public final class Partition {
        private final List<String> values;
        private final ColumnBuffer[] buffers = new ColumnBuffer[columns.size()];
        private ParquetFile file;
        private int rows;

        private Partition(List<String> values) {
            this.values = values;
            for (int i = 0; i < buffers.length; i++) {
                if (constants[i] == null) {
                    buffers[i] = switch (columns.get(i).physical()) {
                        case BYTE_ARRAY -> new TextBuffer();
                        case BOOLEAN -> new BooleanBuffer();
                        default -> new FixedBuffer();
                    };
                }
            }
        }

        /** A text value: {@code length} UTF-8 bytes of {@code source} from {@code offset}. */
        public void text(int column, byte[] source, int offset, int length) {
            ((TextBuffer) buffers[column]).add(source, offset, length);
        }

        public void bool(int column, boolean value) {
            ((BooleanBuffer) buffers[column]).add(value);
        }

        /** A {@code TIMESTAMPTZ} as microseconds since the epoch. */
        public void timestamp(int column, long micros) {
            ((FixedBuffer) buffers[column]).add(micros);
        }

        public void number(int column, double value) {
            ((FixedBuffer) buffers[column]).add(Double.doubleToRawLongBits(value));
        }

        public void integer(int column, int value) {
            ((FixedBuffer) buffers[column]).add(value);
        }

        /** A null value. */
        public void missing(int column) {
            buffers[column].missing();
        }

        /** Ends the row whose values were just appended (every non-constant column exactly once). */
        public void endRow() throws IOException {
            rows++;
            buffered++;
            if (rows == ROW_GROUP_ROWS) {
                writeRowGroup(this);
            } else if (buffered >= MAX_BUFFERED_ROWS) {
                Partition largest = this;
                for (Partition p : partitions.values()) {
                    largest = p.rows > largest.rows ? p : largest;
                }
                writeRowGroup(largest);
            }
        }

        private void closeFile() throws IOException {
            if (file != null) {
                file.close(columns);
                file = null;
            }
        }
    }

    private void writeRowGroup(Partition partition) throws IOException {
        if (partition.file == null) {
            Path partitionFolder = folder;
            List<String> names = dataset.partitionColumns();
            for (int i = 0; i < names.size(); i++) {
                partitionFolder = partitionFolder.resolve(names.get(i) + "=" + partition.values.get(i));
            }
            Files.createDirectories(partitionFolder);
            partition.file = new ParquetFile(partitionFolder.resolve(fileName));
        }
        ParquetFile file = partition.file;
        int rows = partition.rows;
        ThriftCompactWriter chunks = new ThriftCompactWriter();
        long groupStart = file.position;
        for (int i = 0; i < columns.size(); i++) {
            ParquetColumns.Column column = columns.get(i);
            ColumnBuffer buffer = partition.buffers[i];
            ChunkMeta meta = buffer == null
                    ? writeConstant(file, column, constants[i], rows)
                    : switch (buffer) {
                        case TextBuffer text -> writeText(file, text, rows);
                        case BooleanBuffer booleans -> writeBooleans(file, booleans, rows);
                        case FixedBuffer fixed -> writeFixed(file, column.physical(), fixed, rows);
                    };
            meta.writeTo(chunks, column, rows);
            if (buffer != null) {
                buffer.clear();
            }
        }
        file.rowGroups.add(new RowGroupMeta(chunks.toByteArray(), columns.size(), rows, file.position - groupStart));
        buffered -= rows;
        rowsWritten += rows;
        partition.rows = 0;
    }

    // ---- column chunks ------------------------------------------------------------------------------------

    /** Where a column chunk's pages went and what it holds, for the footer. */
    private record ChunkMeta(
            int physical,
            int[] encodings,
            long dictionaryOffset,
            long dataOffset,
            long size,
            long nulls,
            byte[] min,
            byte[] max) {
        void writeTo(ThriftCompactWriter thrift, ParquetColumns.Column column, int rows) {
            thrift.element().i64(2, dictionaryOffset >= 0 ? dictionaryOffset : dataOffset);
            thrift.struct(3).i32(1, physical).list(2, ThriftCompactWriter.I32, encodings.length);
            for (int encoding : encodings) {
                thrift.i32Element(encoding);
            }
            thrift.list(3, ThriftCompactWriter.BINARY, 1).stringElement(column.name());
            thrift.i32(4, 0).i64(5, rows).i64(6, size).i64(7, size).i64(9, dataOffset);
            if (dictionaryOffset >= 0) {
                thrift.i64(11, dictionaryOffset);
            }
            thrift.struct(12).i64(3, nulls);
            if (min != null) {
                thrift.binary(5, max).binary(6, min);
            }
            thrift.end().end().end();
        }
    }

    private static final int PLAIN = 0;
    private static final int PLAIN_DICTIONARY = 2;
    private static final int RLE = 3;

    private ChunkMeta writeText(ParquetFile file, TextBuffer text, int rows) throws IOException {
        long start = file.position;
        int[] ids = text.dictionaryIds();
        page.clear();
        definitionLevels(page, text.defined, rows);
        if (ids == null) {
            int min = -1;
            int max = -1;
            for (int v = 0; v < text.count; v++) {
                int from = v == 0 ? 0 : text.ends[v - 1];
                int to = text.ends[v];
                page.int32(to - from);
                page.bytes(text.data, from, to - from);
                if (min < 0 || text.compare(v, min) < 0) {
                    min = v;
                }
                if (max < 0 || text.compare(v, max) > 0) {
                    max = v;
                }
            }
            file.dataPage(page, rows, PLAIN);
            return new ChunkMeta(
                    ParquetColumns.Physical.BYTE_ARRAY.thrift,
                    new int[] {RLE, PLAIN},
                    -1,
                    start,
                    file.position - start,
                    rows - text.count,
                    min < 0 ? null : text.value(min),
                    max < 0 ? null : text.value(max));
        }
        int distinct = text.distinct;
        dictionaryPage.clear();
        int min = -1;
        int max = -1;
        for (int d = 0; d < distinct; d++) {
            int v = text.firstOfId[d];
            int from = v == 0 ? 0 : text.ends[v - 1];
            dictionaryPage.int32(text.ends[v] - from);
            dictionaryPage.bytes(text.data, from, text.ends[v] - from);
            if (min < 0 || text.compare(v, min) < 0) {
                min = v;
            }
            if (max < 0 || text.compare(v, max) > 0) {
                max = v;
            }
        }
        file.dictionaryPage(dictionaryPage, distinct);
        long dataOffset = file.position;
        page.bitPackedIds(ids, text.count, bitWidth(distinct));
        file.dataPage(page, rows, PLAIN_DICTIONARY);
        return new ChunkMeta(
                ParquetColumns.Physical.BYTE_ARRAY.thrift,
                new int[] {RLE, PLAIN, PLAIN_DICTIONARY},
                start,
                dataOffset,
                file.position - start,
                rows - text.count,
                min < 0 ? null : text.value(min),
                max < 0 ? null : text.value(max));
    }

    private ChunkMeta writeBooleans(ParquetFile file, BooleanBuffer booleans, int rows) throws IOException {
        long start = file.position;
        page.clear();
        definitionLevels(page, booleans.defined, rows);
        int acc = 0;
        boolean sawTrue = false;
        boolean sawFalse = false;
        for (int v = 0; v < booleans.count; v++) {
            boolean value = booleans.values[v] != 0;
            sawTrue |= value;
            sawFalse |= !value;
            acc |= (value ? 1 : 0) << (v & 7);
            if ((v & 7) == 7) {
                page.write(acc);
                acc = 0;
            }
        }
        if ((booleans.count & 7) != 0) {
            page.write(acc);
        }
        file.dataPage(page, rows, PLAIN);
        byte[] min = booleans.count == 0 ? null : new byte[] {(byte) (sawFalse ? 0 : 1)};
        byte[] max = booleans.count == 0 ? null : new byte[] {(byte) (sawTrue ? 1 : 0)};
        return new ChunkMeta(
                ParquetColumns.Physical.BOOLEAN.thrift,
                new int[] {RLE, PLAIN},
                -1,
                start,
                file.position - start,
                rows - booleans.count,
                min,
                max);
    }

    private ChunkMeta writeFixed(ParquetFile file, ParquetColumns.Physical physical, FixedBuffer fixed, int rows)
            throws IOException {
        long start = file.position;
        page.clear();
        definitionLevels(page, fixed.defined, rows);
        int width = physical == ParquetColumns.Physical.INT32 ? 4 : 8;
        byte[] min = null;
        byte[] max = null;
        if (physical == ParquetColumns.Physical.DOUBLE) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < fixed.count; v++) {
                long bits = fixed.values[v];
                page.int64(bits);
                double d = Double.longBitsToDouble(bits);
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
            if (fixed.count > 0) {
                // The Parquet spec asks for -0.0 as a zero minimum and +0.0 as a zero maximum.
                min = littleEndian(Double.doubleToRawLongBits(lo == 0 ? -0.0 : lo), 8);
                max = littleEndian(Double.doubleToRawLongBits(hi == 0 ? 0.0 : hi), 8);
            }
        } else {
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (int v = 0; v < fixed.count; v++) {
                long value = fixed.values[v];
                if (width == 4) {
                    page.int32((int) value);
                } else {
                    page.int64(value);
                }
                lo = Math.min(lo, value);
                hi = Math.max(hi, value);
            }
            if (fixed.count > 0) {
                min = littleEndian(lo, width);
                max = littleEndian(hi, width);
            }
        }
        file.dataPage(page, rows, PLAIN);
        return new ChunkMeta(
                physical.thrift,
                new int[] {RLE, PLAIN},
                -1,
                start,
                file.position - start,
                rows - fixed.count,
                min,
                max);
    }

    /** A column whose every row holds the same value: a one-entry dictionary and one run of id 0. */
    private ChunkMeta writeConstant(ParquetFile file, ParquetColumns.Column column, Object value, int rows)
            throws IOException {
        long start = file.position;
        byte[] plain = switch (value) {
            case byte[] text -> {
                byte[] out = new byte[4 + text.length];
                System.arraycopy(littleEndian(text.length, 4), 0, out, 0, 4);
                System.arraycopy(text, 0, out, 4, text.length);
                yield out;
            }
            case Long micros -> littleEndian(micros, 8);
            default -> throw new IllegalStateException();
        };
        dictionaryPage.clear();
        dictionaryPage.bytes(plain, 0, plain.length);
        file.dictionaryPage(dictionaryPage, 1);
        long dataOffset = file.position;
        page.clear();
        definitionLevels(page, null, rows);
        page.write(1); // bit width of the ids
        page.varint((long) rows << 1); // RLE run: rows times id 0
        page.write(0);
        file.dataPage(page, rows, PLAIN_DICTIONARY);
        byte[] stat = value instanceof byte[] text ? text : littleEndian((Long) value, 8);
        return new ChunkMeta(
                column.physical().thrift,
                new int[] {RLE, PLAIN, PLAIN_DICTIONARY},
                start,
                dataOffset,
                file.position - start,
                0,
                stat,
                stat);
    }

    /**
     * Definition levels of an optional column in the RLE / bit-packed hybrid encoding with its 4-byte length
     * prefix (DataPage v1): one RLE run of 1s when nothing is null, else bit-packed groups of eight rows.
     */
    private static void definitionLevels(Bytes out, byte[] defined, int rows) {
        int lengthAt = out.size;
        out.int32(0);
        if (defined == null) {
            out.varint((long) rows << 1);
            out.write(1);
        } else {
            int groups = (rows + 7) / 8;
            out.varint(((long) groups << 1) | 1);
            for (int g = 0; g < groups; g++) {
                int b = 0;
                for (int j = 0; j < 8 && g * 8 + j < rows; j++) {
                    b |= defined[g * 8 + j] << j;
                }
                out.write(b);
            }
        }
        out.patchInt32(lengthAt, out.size - lengthAt - 4);
    }

    private static int bitWidth(int distinct) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(distinct - 1));
    }

    private static byte[] littleEndian(long value, int width) {
        byte[] out = new byte[width];
        for (int i = 0; i < width; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    // ---- buffers ------------------------------------------------------------------------------------------

    /** Values of one column chunk; {@code defined} (one byte per row) exists only once a null was added. */
    private abstract static sealed class ColumnBuffer permits TextBuffer, BooleanBuffer, FixedBuffer {
        byte[] defined;
        int rows;
        int count;

        final void present() {
            if (defined != null) {
                if (rows == defined.length) {
                    defined = Arrays.copyOf(defined, rows * 2);
                }
                defined[rows] = 1;
            }
            rows++;
        }

        final void missing() {
            if (defined == null) {
                defined = new byte[Math.max(1024, rows * 2)];
                Arrays.fill(defined, 0, rows, (byte) 1);
            } else if (rows == defined.length) {
                defined = Arrays.copyOf(defined, rows * 2);
            }
            defined[rows++] = 0;
        }

        void clear() {
            defined = null;
            rows = 0;
            count = 0;
        }
    }

    private static final class FixedBuffer extends ColumnBuffer {
        long[] values = new long[1024];

        void add(long value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
            present();
        }
    }

    private static final class BooleanBuffer extends ColumnBuffer {
        byte[] values = new byte[1024];

        void add(boolean value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = (byte) (value ? 1 : 0);
            present();
        }
    }

    /** Text values back to back in {@code data}; value {@code v} ends at {@code ends[v]}. */
    private static final class TextBuffer extends ColumnBuffer {
        /** Above this many distinct values (or when most values are distinct) a chunk is written PLAIN. */
        static final int MAX_DICTIONARY = 16_384;

        byte[] data = new byte[16 * 1024];
        int size;
        int[] ends = new int[1024];
        int distinct;
        int[] firstOfId;

        void add(byte[] source, int offset, int length) {
            if (size + length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + length));
            }
            if (length <= 16) { // short values: a loop beats the arraycopy call
                for (int i = 0; i < length; i++) {
                    data[size + i] = source[offset + i];
                }
            } else {
                System.arraycopy(source, offset, data, size, length);
            }
            size += length;
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = size;
            present();
        }

        @Override
        void clear() {
            super.clear();
            size = 0;
            distinct = 0;
        }

        byte[] value(int v) {
            int from = v == 0 ? 0 : ends[v - 1];
            return Arrays.copyOfRange(data, from, ends[v]);
        }

        /** Unsigned lexicographic order of values {@code a} and {@code b} (Parquet's order for UTF-8 text). */
        int compare(int a, int b) {
            int af = a == 0 ? 0 : ends[a - 1];
            int bf = b == 0 ? 0 : ends[b - 1];
            // Most values differ in their first 8 bytes: compare those as one unsigned number first.
            int order = Long.compareUnsigned(prefix(af, ends[a]), prefix(bf, ends[b]));
            return order != 0 ? order : Arrays.compareUnsigned(data, af, ends[a], data, bf, ends[b]);
        }

        /** Up to the first 8 bytes of {@code data[from, to)} as a big-endian number, zero-padded on the right. */
        private long prefix(int from, int to) {
            long word = 0;
            int n = Math.min(8, to - from);
            for (int i = 0; i < n; i++) {
                word |= (data[from + i] & 0xffL) << (56 - 8 * i);
            }
            return word;
        }

        /**
         * Dictionary ids of the values (and {@link #distinct}, {@link #firstOfId}), or {@code null} when a
         * dictionary does not pay: more than {@link #MAX_DICTIONARY} distinct values, or most values distinct.
         */
        int[] dictionaryIds() {
            if (count == 0) {
                return null;
            }
            int slots = Integer.highestOneBit(Math.max(16, Math.min(count, MAX_DICTIONARY) * 2)) * 2;
            int[] table = new int[slots]; // id + 1, 0 = empty
            int[] ids = new int[count];
            firstOfId = new int[Math.min(count, MAX_DICTIONARY) + 1];
            distinct = 0;
            for (int v = 0; v < count; v++) {
                int from = v == 0 ? 0 : ends[v - 1];
                int to = ends[v];
                int h = 0;
                for (int i = from; i < to; i++) {
                    h = 31 * h + data[i];
                }
                h ^= h >>> 16;
                int slot = (h * 0x9E3779B9) & (slots - 1);
                while (true) {
                    int entry = table[slot];
                    if (entry == 0) {
                        if (distinct == MAX_DICTIONARY || (distinct > 1024 && distinct * 2 > v)) {
                            return null;
                        }
                        firstOfId[distinct] = v;
                        table[slot] = ++distinct;
                        ids[v] = distinct - 1;
                        break;
                    }
                    if (compare(firstOfId[entry - 1], v) == 0) {
                        ids[v] = entry - 1;
                        break;
                    }
                    slot = (slot + 1) & (slots - 1);
                }
            }
            return ids;
        }
    }

    // ---- files --------------------------------------------------------------------------------------------

    private record RowGroupMeta(byte[] columnChunks, int columns, int rows, long bytes) {}

    /** One Parquet file being written: magic, row groups as they come, then the footer. */
    private static final class ParquetFile {
        private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

        final FileChannel channel;
        final List<RowGroupMeta> rowGroups = new ArrayList<>();
        long position;

        ParquetFile(Path path) throws IOException {
            channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            write(MAGIC, 0, MAGIC.length);
        }

        void dictionaryPage(Bytes body, int values) throws IOException {
            ThriftCompactWriter header = new ThriftCompactWriter()
                    .i32(1, 2)
                    .i32(2, body.size)
                    .i32(3, body.size)
                    .struct(7)
                    .i32(1, values)
                    .i32(2, PLAIN)
                    .end();
            page(header.end(), body);
        }

        void dataPage(Bytes body, int values, int encoding) throws IOException {
            ThriftCompactWriter header = new ThriftCompactWriter()
                    .i32(1, 0)
                    .i32(2, body.size)
                    .i32(3, body.size)
                    .struct(5)
                    .i32(1, values)
                    .i32(2, encoding)
                    .i32(3, RLE)
                    .i32(4, RLE)
                    .end();
            page(header.end(), body);
        }

        private void page(ThriftCompactWriter header, Bytes body) throws IOException {
            byte[] h = header.toByteArray();
            write(h, 0, h.length);
            write(body.data, 0, body.size);
        }

        void close(List<ParquetColumns.Column> columns) throws IOException {
            ThriftCompactWriter footer = new ThriftCompactWriter().i32(1, 1);
            ParquetColumns.writeSchema(footer, columns);
            long rows = 0;
            for (RowGroupMeta group : rowGroups) {
                rows += group.rows();
            }
            footer.i64(3, rows).list(4, ThriftCompactWriter.STRUCT, rowGroups.size());
            for (RowGroupMeta group : rowGroups) {
                footer.element().list(1, ThriftCompactWriter.STRUCT, group.columns());
                footer.rawStructElements(group.columnChunks());
                footer.i64(2, group.bytes()).i64(3, group.rows()).end();
            }
            footer.string(6, "steward (Java lake writer)");
            footer.list(7, ThriftCompactWriter.STRUCT, columns.size());
            for (int i = 0; i < columns.size(); i++) {
                footer.element().struct(1).end().end(); // TYPE_ORDER: TypeDefinedOrder
            }
            footer.end();
            byte[] metadata = footer.toByteArray();
            write(metadata, 0, metadata.length);
            write(littleEndian(metadata.length, 4), 0, 4);
            write(MAGIC, 0, MAGIC.length);
            // Synced here, on the writing thread (in parallel with the other writers), so that Lake's sync before
            // the move into the lake finds nothing left to write.
            channel.force(false);
            channel.close();
        }

        private void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            position += length;
        }
    }

    /** A growable little-endian byte buffer for page bodies. */
    private static final class Bytes {
        byte[] data;
        int size;

        Bytes(int capacity) {
            data = new byte[capacity];
        }

        void clear() {
            size = 0;
        }

        private void ensure(int more) {
            if (size + more > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
            }
        }

        void write(int b) {
            ensure(1);
            data[size++] = (byte) b;
        }

        void bytes(byte[] source, int offset, int length) {
            ensure(length);
            System.arraycopy(source, offset, data, size, length);
            size += length;
        }

        void int32(int value) {
            ensure(4);
            data[size] = (byte) value;
            data[size + 1] = (byte) (value >>> 8);
            data[size + 2] = (byte) (value >>> 16);
            data[size + 3] = (byte) (value >>> 24);
            size += 4;
        }

        void int64(long value) {
            ensure(8);
            for (int i = 0; i < 8; i++) {
                data[size + i] = (byte) (value >>> (8 * i));
            }
            size += 8;
        }

        void patchInt32(int at, int value) {
            int saved = size;
            size = at;
            int32(value);
            size = saved;
        }

        void varint(long value) {
            while ((value & ~0x7FL) != 0) {
                write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            write((int) value);
        }

        /** Dictionary ids: the bit width byte, then one bit-packed run (groups of eight ids, zero-padded). */
        void bitPackedIds(int[] ids, int count, int width) {
            write(width);
            int groups = (count + 7) / 8;
            varint(((long) groups << 1) | 1);
            ensure(groups * width);
            long acc = 0;
            int bits = 0;
            for (int v = 0; v < groups * 8; v++) {
                acc |= (long) (v < count ? ids[v] : 0) << bits;
                bits += width;
                while (bits >= 8) {
                    data[size++] = (byte) acc;
                    acc >>>= 8;
                    bits -= 8;
                }
            }
        }
    }
}
