package com.steward.analytics.ingest;

import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.StagedParquetWriter;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The direct import of a canonical interactions CSV: Java parses the file on several threads, checks every rule of
 * {@link Importer} and writes the lake's Parquet itself, committed through {@link Lake#upsertWritten}. It only
 * ever decides "every row is valid and in a form I parse exactly"; on any doubt (a quote, a carriage return, a
 * value spelled in a form it does not parse, a rule violation, a duplicate key, a last line without newline) it
 * stores nothing and returns {@code null}, and the DuckDB paths, which remain the definitive validators and the
 * only producers of reject reports, import the file instead.
 */
final class DirectImport {
    /** Bytes read per chunk by each thread; a longer line defers the file. */
    static final int CHUNK_BYTES = 8 << 20;

    private DirectImport() {}

    /** Thrown (without a stack trace) to abandon the import; the message says why, for the timing line. */
    static final class Deferred extends RuntimeException {
        Deferred(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What the import needs besides the file. */
    record Plan(
            Path file,
            long headerBytes,
            List<String> header,
            byte delimiter,
            ZoneId zone,
            Set<String> vendors,
            Map<String, Object> constants,
            Consumer<ImportProgress> progress,
            int threads) {}

    /** The outcome: the commit and how many rows it added, or why the file was deferred. */
    record Outcome(Lake.Commit commit, long rows, String deferredBecause) {}

    static Outcome run(Lake lake, Plan plan) {
        return run(lake, plan, phase -> {});
    }

    /** Runs the import; {@code lap} is told when each phase ends (for the timing line). */
    static Outcome run(Lake lake, Plan plan, Consumer<String> lap) {
        long size;
        try (FileChannel channel = FileChannel.open(plan.file(), StandardOpenOption.READ)) {
            size = channel.size();
        } catch (IOException e) {
            return new Outcome(null, 0, "cannot read: " + e.getMessage());
        }
        String[] why = {null};
        long[] rows = {0};
        Lake.Commit commit = lake.upsertWritten(LakeDataset.INTERACTIONS, (folder, prefix) -> {
            try {
                rows[0] = parseAndStage(plan, size, folder, prefix, lap);
                return rows[0];
            } catch (Deferred e) {
                why[0] = e.getMessage();
                return -1;
            }
        });
        lap.accept("publish");
        return new Outcome(commit, rows[0], why[0]);
    }

    /** Parses the file's rows on {@code plan.threads()} threads into staged Parquet; the rows, or throws. */
    private static long parseAndStage(Plan plan, long size, Path folder, String prefix, Consumer<String> lap)
            throws IOException {
        long[] bounds = regionBounds(plan.file(), plan.headerBytes(), size, plan.threads());
        int threads = bounds.length - 1;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong rowsRead = new AtomicLong();
        AtomicLong bytesRead = new AtomicLong();
        Region[] regions = new Region[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            StagedParquetWriter writer = new StagedParquetWriter(
                    LakeDataset.INTERACTIONS, folder, prefix + "-t" + t + ".parquet", plan.constants());
            regions[t] = new Region(plan, writer, bounds[t], bounds[t + 1], size, stop, rowsRead, bytesRead);
            workers[t] = Thread.ofPlatform().name("direct-import-" + t).start(regions[t]);
        }
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    // Stop the workers, but wait for them: the staging folder is deleted once this returns.
                    stop.set(true);
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            for (Region region : regions) {
                region.writer.abandon();
            }
            Thread.currentThread().interrupt();
            throw new Deferred("interrupted");
        }
        for (Region region : regions) {
            if (region.failure != null) {
                for (Region r : regions) {
                    r.writer.abandon();
                }
                if (region.failure instanceof IOException io) {
                    throw io;
                }
                throw region.failure instanceof Deferred d ? d : new Deferred(String.valueOf(region.failure));
            }
        }
        lap.accept("read+validate+write");
        long total = 0;
        long[][] hashes = new long[threads][];
        for (int t = 0; t < threads; t++) {
            total += regions[t].rows;
            hashes[t] = regions[t].keyHashes;
        }
        if (total == 0) {
            throw new Deferred("no rows");
        }
        if (total * 2 * Long.BYTES > Runtime.getRuntime().maxMemory() / 4) {
            // The hashes are held twice (per thread, then merged): beyond a quarter of the heap, leave it to DuckDB.
            throw new Deferred("too many rows for the in-memory duplicate check");
        }
        if (hasRepeatedHash(hashes, regions)) {
            // A duplicate key (or, rarely, two keys with equal 63-bit hashes): the DuckDB path decides and reports.
            throw new Deferred("repeated key hash");
        }
        lap.accept("duplicate check");
        return total;
    }

    /**
     * Whether two rows' keys have the same 63-bit hash: the hashes are sorted (as in {@code
     * ImportChecks#hasDuplicateKeys}); equal hashes defer the file rather than being compared key by key.
     */
    private static boolean hasRepeatedHash(long[][] hashes, Region[] regions) {
        int n = 0;
        for (Region region : regions) {
            n += (int) region.rows;
        }
        long[] all = new long[n];
        int at = 0;
        for (int t = 0; t < hashes.length; t++) {
            System.arraycopy(hashes[t], 0, all, at, (int) regions[t].rows);
            at += (int) regions[t].rows;
        }
        Arrays.parallelSort(all);
        for (int i = 1; i < n; i++) {
            if (all[i] == all[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where each thread's part of the file starts: the first line start at or after an equal share of the data,
     * so that every line is parsed by exactly one thread. The last entry is the file size.
     */
    static long[] regionBounds(Path file, long headerBytes, long size, int threads) throws IOException {
        long data = size - headerBytes;
        int parts = (int) Math.max(1, Math.min(threads, data / (1 << 20)));
        long[] bounds = new long[parts + 1];
        bounds[0] = headerBytes;
        bounds[parts] = size;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            for (int t = 1; t < parts; t++) {
                long at = headerBytes + data * t / parts - 1;
                long lineStart = -1;
                while (lineStart < 0 && at < size) {
                    buffer.clear();
                    int n = channel.read(buffer, at);
                    for (int i = 0; i < n && lineStart < 0; i++) {
                        if (buffer.get(i) == '\n') {
                            lineStart = at + i + 1;
                        }
                    }
                    at += Math.max(n, 1);
                }
                bounds[t] = lineStart < 0 ? size : Math.max(lineStart, bounds[t - 1]);
            }
        }
        return bounds;
    }

    // ---- one thread's part of the file ----------------------------------------------------------------------

    /** How the parser treats a file column. */
    private enum Kind {
        IGNORED,
        ID,
        VENDOR,
        TEXT,
        CHANNEL,
        BOOLEAN,
        TIMESTAMP,
        NUMBER,
        INTEGER
    }

    private static final byte NORMAL = 0;
    private static final byte DELIMITER = 1;
    private static final byte NEWLINE = 2;
    private static final byte UNSUPPORTED = 3;
    private static final byte NON_ASCII = 4;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long NEWLINES = everyByte((byte) '\n');
    private static final long QUOTES = everyByte((byte) '"');
    private static final long CARRIAGE_RETURNS = everyByte((byte) '\r');

    private static long everyByte(byte b) {
        return (b & 0xffL) * LOW_BITS;
    }

    /** The high bit of each zero byte of {@code word} set, exact up to the lowest zero byte. */
    private static long zeroBytes(long word) {
        return (word - LOW_BITS) & ~word & HIGH_BITS;
    }

    private static final byte[][] CHANNELS = new TreeSet<>(Importer.CHANNELS)
            .stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

    private static final long MIN_MICROS = CanonicalColumn.EARLIEST.getEpochSecond() * 1_000_000L;
    private static final long END_MICROS = CanonicalColumn.END_OF_TIME.getEpochSecond() * 1_000_000L;
    private static final int FIRST_YEAR = 1990;
    private static final int MONTHS = (2100 - FIRST_YEAR) * 12;
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    /** For each day from {@link CanonicalColumn#EARLIEST}: its UTC month, counted from January 1990. */
    private static final short[] MONTH_OF_DAY = monthOfDay();

    private static short[] monthOfDay() {
        long first = CanonicalColumn.EARLIEST.getEpochSecond() / 86_400;
        long end = CanonicalColumn.END_OF_TIME.getEpochSecond() / 86_400;
        short[] months = new short[(int) (end - first)];
        for (int d = 0; d < months.length; d++) {
            int yearMonth = CsvValues.yearMonth(first + d);
            months[d] = (short) ((yearMonth / 100 - FIRST_YEAR) * 12 + yearMonth % 100 - 1);
        }
        return months;
    }

    /** One thread's lines: parsed, checked and appended to its own {@link StagedParquetWriter}. */
    private static final class Region implements Runnable {
        private final Plan plan;
        private final StagedParquetWriter writer;
        private final long start;
        private final long end;
        private final long fileSize;
        private final AtomicBoolean stop;
        private final AtomicLong rowsRead;
        private final AtomicLong bytesRead;
        private final byte[] classes = new byte[256];
        private final Kind[] kinds;
        private final int[] canonicalIndex;
        private final int[] fileColumn;
        private final double[] min;
        private final double[] max;
        private final boolean[] required;
        private final CanonicalColumn.Type[] types;
        private final byte[][] vendors;
        private final String[] vendorNames;
        private final StagedParquetWriter.Partition[] partitions;
        private final long fixedOffsetMicros;
        private final int id;
        private final int arrived;
        private final int answered;
        private final int ended;
        private final int handledBy;
        // Per row: the parsed value of each canonical column (text: start/end in the buffer).
        private final int[] from;
        private final int[] to;
        private final long[] value;
        private final boolean[] missing;
        private final List<CanonicalColumn> canonical = CanonicalColumn.INTERACTION;

        private final long delimiterWord;
        private boolean nonAscii;

        long rows;
        long[] keyHashes = new long[1 << 16];
        Throwable failure;

        Region(
                Plan plan,
                StagedParquetWriter writer,
                long start,
                long end,
                long fileSize,
                AtomicBoolean stop,
                AtomicLong rowsRead,
                AtomicLong bytesRead) {
            this.plan = plan;
            this.writer = writer;
            this.start = start;
            this.end = end;
            this.fileSize = fileSize;
            this.stop = stop;
            this.rowsRead = rowsRead;
            this.bytesRead = bytesRead;
            for (int b = 0x80; b < 256; b++) {
                classes[b] = NON_ASCII;
            }
            classes[0] = UNSUPPORTED;
            classes['"'] = UNSUPPORTED;
            classes['\r'] = UNSUPPORTED;
            classes['\n'] = NEWLINE;
            classes[plan.delimiter() & 0xff] = DELIMITER;
            delimiterWord = everyByte(plan.delimiter());
            List<String> header = plan.header();
            kinds = new Kind[header.size()];
            canonicalIndex = new int[header.size()];
            for (int c = 0; c < header.size(); c++) {
                canonicalIndex[c] = indexOf(header.get(c));
                kinds[c] = canonicalIndex[c] < 0 ? Kind.IGNORED : kind(canonical.get(canonicalIndex[c]));
            }
            fileColumn = new int[canonical.size()];
            min = new double[canonical.size()];
            max = new double[canonical.size()];
            required = new boolean[canonical.size()];
            types = new CanonicalColumn.Type[canonical.size()];
            for (int i = 0; i < canonical.size(); i++) {
                required[i] = canonical.get(i).required();
                types[i] = canonical.get(i).type();
                fileColumn[i] = writer.column(canonical.get(i).name());
                min[i] = canonical.get(i).hasRange() ? canonical.get(i).min() : Double.NEGATIVE_INFINITY;
                max[i] = canonical.get(i).hasRange() ? canonical.get(i).max() : Double.POSITIVE_INFINITY;
            }
            vendorNames = new TreeSet<>(plan.vendors()).toArray(String[]::new);
            vendors = Arrays.stream(vendorNames)
                    .map(v -> v.getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new);
            partitions = new StagedParquetWriter.Partition[vendors.length * MONTHS];
            ZoneOffset fixed = plan.zone().getRules().isFixedOffset()
                    ? plan.zone().getRules().getOffset(Instant.EPOCH)
                    : null;
            fixedOffsetMicros = fixed == null ? Long.MIN_VALUE : fixed.getTotalSeconds() * 1_000_000L;
            id = indexOf("interaction_id");
            arrived = indexOf("arrived_at");
            answered = indexOf("answered_at");
            ended = indexOf("ended_at");
            handledBy = indexOf("handled_by");
            from = new int[canonical.size()];
            to = new int[canonical.size()];
            value = new long[canonical.size()];
            missing = new boolean[canonical.size()];
        }

        private int indexOf(String name) {
            for (int i = 0; i < canonical.size(); i++) {
                if (canonical.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private static Kind kind(CanonicalColumn column) {
            return switch (column.type()) {
                case TEXT ->
                    switch (column.name()) {
                        case "interaction_id" -> Kind.ID;
                        case "handled_by" -> Kind.VENDOR;
                        default -> Kind.TEXT;
                    };
                case LOWER_TEXT -> Kind.CHANNEL;
                case BOOLEAN -> Kind.BOOLEAN;
                case TIMESTAMP -> Kind.TIMESTAMP;
                case INTEGER -> Kind.INTEGER;
                case NUMBER, DURATION -> Kind.NUMBER;
            };
        }

        @Override
        public void run() {
            try (FileChannel channel = FileChannel.open(plan.file(), StandardOpenOption.READ)) {
                byte[] buffer = new byte[CHUNK_BYTES + 8]; // 8 bytes of slack for word reads
                ByteBuffer wrapped = ByteBuffer.wrap(buffer, 0, CHUNK_BYTES);
                long position = start;
                int carried = 0;
                while (position < end && !stop.get()) {
                    wrapped.clear().position(carried).limit((int) Math.min(CHUNK_BYTES, carried + end - position));
                    int n = channel.read(wrapped, position);
                    if (n <= 0) {
                        throw new Deferred("file changed while reading");
                    }
                    position += n;
                    int filled = carried + n;
                    int lastNewline = filled - 1;
                    while (lastNewline >= 0 && buffer[lastNewline] != '\n') {
                        lastNewline--;
                    }
                    if (lastNewline < 0) {
                        throw new Deferred(
                                filled == buffer.length
                                        ? "line longer than the read buffer"
                                        : "last line has no newline");
                    }
                    long before = rows;
                    parseLines(buffer, lastNewline + 1);
                    carried = filled - lastNewline - 1;
                    System.arraycopy(buffer, lastNewline + 1, buffer, 0, carried);
                    long done = bytesRead.addAndGet(filled - carried);
                    plan.progress()
                            .accept(new ImportProgress("reading", rowsRead.addAndGet(rows - before), done, fileSize));
                }
                if (carried > 0) {
                    throw new Deferred("last line has no newline");
                }
                if (!stop.get()) {
                    writer.close();
                }
            } catch (Throwable e) {
                failure = e;
                stop.set(true);
            }
        }

        /** Parses the complete lines in {@code b[0, limit)} (the last byte is a newline). */
        private void parseLines(byte[] b, int limit) throws IOException {
            int p = 0;
            int columns = kinds.length;
            while (p < limit) {
                if (b[p] == '\n') {
                    throw new Deferred("empty line");
                }
                Arrays.fill(missing, true);
                for (int c = 0; c < columns; c++) {
                    int q = fieldEnd(b, p);
                    byte cls = classes[b[q] & 0xff];
                    if ((cls == NEWLINE) != (c == columns - 1)) {
                        throw new Deferred("line with the wrong number of fields");
                    }
                    field(c, b, p, q, !nonAscii);
                    p = q + 1;
                }
                addRow(b);
            }
        }

        /**
         * The end of the field starting at {@code p}: the position of the next delimiter or newline, eight bytes at
         * a time (SWAR: a word's bytes equal to a wanted byte become zero bytes after an XOR, found by the usual
         * has-zero-byte test); sets {@link #nonAscii} when the field has a byte of 0x80 or above. The buffer has 8
         * bytes of slack after its last newline, so reading a whole word is always in bounds.
         */
        private int fieldEnd(byte[] b, int p) {
            nonAscii = false;
            int q = p;
            while (true) {
                long word = (long) LONGS.get(b, q);
                long hits = zeroBytes(word ^ delimiterWord)
                        | zeroBytes(word ^ NEWLINES)
                        | zeroBytes(word ^ QUOTES)
                        | zeroBytes(word ^ CARRIAGE_RETURNS)
                        | zeroBytes(word)
                        | (word & HIGH_BITS);
                if (hits == 0) {
                    q += 8;
                    continue;
                }
                // The lowest flagged byte is always a real match (false positives only occur above one).
                int at = q + (Long.numberOfTrailingZeros(hits) >>> 3);
                byte cls = classes[b[at] & 0xff];
                if (cls == DELIMITER || cls == NEWLINE) {
                    return at;
                }
                if (cls == UNSUPPORTED) {
                    throw new Deferred("quote, carriage return or NUL byte");
                }
                nonAscii = true;
                q = at + 1;
            }
        }

        /** Parses one field into the row's slots. */
        private void field(int c, byte[] b, int p, int q, boolean ascii) {
            Kind kind = kinds[c];
            if (kind == Kind.IGNORED) {
                return;
            }
            int i = canonicalIndex[c];
            if (p == q) {
                if (required[i]) {
                    throw new Deferred("required value is missing");
                }
                return;
            }
            missing[i] = false;
            switch (kind) {
                case ID, VENDOR, TEXT, CHANNEL -> {
                    if (b[p] == ' ' || b[q - 1] == ' ') {
                        throw new Deferred("text with leading or trailing spaces");
                    }
                    if (q - p > Importer.MAX_TEXT || (!ascii && !Utf8.isValid(b, p, q))) {
                        throw new Deferred("long text or invalid UTF-8");
                    }
                    from[i] = p;
                    to[i] = q;
                    if (kind == Kind.CHANNEL && indexIn(CHANNELS, b, p, q) < 0) {
                        throw new Deferred("channel not spelled as a canonical value");
                    }
                    if (kind == Kind.VENDOR) {
                        value[i] = indexIn(vendors, b, p, q);
                        if (value[i] < 0) {
                            throw new Deferred("unknown vendor");
                        }
                    }
                }
                case BOOLEAN -> value[i] = CsvValues.parseBoolean(b, p, q);
                case TIMESTAMP -> {
                    long micros = CsvValues.parseTimestampMicros(b, p, q, fixedOffsetMicros);
                    if (micros < MIN_MICROS || micros >= END_MICROS) {
                        throw new Deferred("timestamp out of range");
                    }
                    value[i] = micros;
                }
                case NUMBER, INTEGER -> {
                    double d = CsvValues.parseNumber(b, p, q);
                    if (!(d >= min[i] && d <= max[i])) {
                        throw new Deferred("number out of range");
                    }
                    if (kind == Kind.INTEGER && d != Math.rint(d)) {
                        throw new Deferred("not a whole number");
                    }
                    value[i] = Double.doubleToRawLongBits(d);
                }
                default -> throw new IllegalStateException();
            }
        }

        private static int indexIn(byte[][] values, byte[] b, int p, int q) {
            for (int v = 0; v < values.length; v++) {
                if (Arrays.equals(values[v], 0, values[v].length, b, p, q)) {
                    return v;
                }
            }
            return -1;
        }

        /** Checks the row-level rules and appends the row to its partition. */
        private void addRow(byte[] b) throws IOException {
            for (int i = 0; i < missing.length; i++) {
                if (missing[i] && required[i]) {
                    throw new Deferred("required column missing");
                }
            }
            if (!ImportChecks.inOrder(
                    value[arrived], missing[answered] ? Long.MIN_VALUE : value[answered], value[ended])) {
                throw new Deferred("timestamps out of order");
            }
            StagedParquetWriter.Partition partition = partition((int) value[handledBy], value[arrived]);
            for (int i = 0; i < missing.length; i++) {
                int column = fileColumn[i];
                if (column < 0) {
                    continue;
                }
                if (missing[i]) {
                    partition.missing(column);
                    continue;
                }
                switch (types[i]) {
                    case TEXT, LOWER_TEXT -> partition.text(column, b, from[i], to[i] - from[i]);
                    case BOOLEAN -> partition.bool(column, value[i] != 0);
                    case TIMESTAMP -> partition.timestamp(column, value[i]);
                    case INTEGER -> partition.integer(column, (int) Double.longBitsToDouble(value[i]));
                    case NUMBER, DURATION -> partition.number(column, Double.longBitsToDouble(value[i]));
                }
            }
            partition.endRow();
            if (rows == keyHashes.length) {
                keyHashes = Arrays.copyOf(keyHashes, keyHashes.length * 2);
            }
            keyHashes[(int) rows++] = hash63(b, from[id], to[id]);
        }

        /**
         * A 63-bit hash of the bytes {@code [from, to)}, a word at a time (the word past {@code to} masked off), for
         * the duplicate-key test, where equal hashes defer the file.
         */
        private static long hash63(byte[] b, int from, int to) {
            long h = 0x9E3779B97F4A7C15L ^ (to - from);
            int i = from;
            for (; i + 8 <= to; i += 8) {
                h = (h ^ (long) LONGS.get(b, i)) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            if (i < to) {
                long tail = (long) LONGS.get(b, i) & (-1L >>> (8 * (8 - (to - i))));
                h = (h ^ tail) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            h *= 0x94D049BB133111EBL;
            h ^= h >>> 29;
            return h & Long.MAX_VALUE;
        }

        private StagedParquetWriter.Partition partition(int vendor, long arrivedMicros) {
            int month = MONTH_OF_DAY[(int) ((arrivedMicros - MIN_MICROS) / MICROS_PER_DAY)];
            int slot = vendor * MONTHS + month;
            StagedParquetWriter.Partition partition = partitions[slot];
            if (partition == null) {
                int yearMonth = (FIRST_YEAR + month / 12) * 100 + month % 12 + 1;
                String name = String.format("%04d-%02d", yearMonth / 100, yearMonth % 100);
                partition = writer.partition(List.of(vendorNames[vendor], name));
                partitions[slot] = partition;
            }
            return partition;
        }
    }
}
