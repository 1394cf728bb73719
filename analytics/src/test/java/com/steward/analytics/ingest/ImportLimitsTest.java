package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.analytics.LakeFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crafted inputs of issue 17 (a multi-megabyte quoted field over many lines, a gzip bomb) and each bound. */
class ImportLimitsTest {

    private static final String ROW =
            "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,2026-03-01 10:00:10+00,2026-03-01 10:05:10+00,300,false,true,false,ag1,5,9,80\n";

    @TempDir
    Path dir;

    /** Writes the probe's file: a header, one good row, then a row whose quoted field runs for {@code mb} MB. */
    static Path craftedQuotedField(Path dir, int mb) throws IOException {
        Path file = dir.resolve("crafted.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((LakeFixtures.HEADER + "\n" + ROW + "a2,acme,\"").getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("x".repeat(99) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < mb * 10_000; i++) {
                out.write(line);
            }
            out.write("\",voice\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** Writes a gzip file of {@code mb} MB of data rows, which compress about 1000×. */
    static Path gzipBomb(Path dir, int mb) throws IOException {
        Path file = dir.resolve("bomb.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((LakeFixtures.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            byte[] block = ROW.repeat((1 << 20) / ROW.length()).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < mb; i++) {
                out.write(block);
            }
        }
        return file;
    }

    @Test
    void aQuotedFieldOfMegabytesOverManyLinesIsRefusedAtItsFirstLineQuickly() throws IOException {
        Path file = craftedQuotedField(dir, 3);
        long start = System.nanoTime();
        assertThatThrownBy(() -> ImportLimits.defaults().check(file, null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("crafted.csv, line 3")
                .hasMessageContaining("a field is longer than 64 KiB")
                .hasMessageContaining("closing quote");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    @Test
    void aGzipBombIsRefusedByItsCompressionRatioWithoutReadingItAll() throws IOException {
        Path file = gzipBomb(dir, 100);
        assertThat(Files.size(file)).isLessThan(1L << 20);
        long start = System.nanoTime();
        assertThatThrownBy(() -> ImportLimits.defaults().check(file, null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bomb.csv.gz")
                .hasMessageContaining("expands more than 50×");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2);
    }

    @Test
    void theDecompressedSizeIsBoundedEvenAtAnOrdinaryRatio() throws IOException {
        Path file = gzipBomb(dir, 3);
        ImportLimits small = new ImportLimits(2L << 20, 1e9, 1024, 4096, 1_000_000, 1 << 20);
        assertThatThrownBy(() -> small.check(file, null))
                .hasMessageContaining("decompressed file is larger than 2 MiB");
        ImportLimits enough = new ImportLimits(4L << 20, 1e9, 1024, 4096, 1_000_000, 1 << 20);
        assertThatCode(() -> enough.check(file, null)).doesNotThrowAnyException();
    }

    @Test
    void rowsAreCountedAsRecordsNotLinesAndBoundedExactly() throws IOException {
        // three records, the second spreading over three physical lines inside quotes, with escaped quotes
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "id,note\r\n1,plain\r\n2,\"say \"\"hi\"\"\nover\nlines\"\r\n3,last\r\n");
        ImportLimits three = new ImportLimits(1 << 20, 50, 1024, 4096, 3, 1 << 20);
        assertThatCode(() -> three.check(file, null)).doesNotThrowAnyException();
        ImportLimits two = new ImportLimits(1 << 20, 50, 1024, 4096, 2, 1 << 20);
        assertThatThrownBy(() -> two.check(file, null))
                .hasMessageContaining("line 6")
                .hasMessageContaining("more than 2 data rows");
    }

    @Test
    void fieldAndRowLengthsAreMeasuredPerFieldAndPerRecord() throws IOException {
        Path file = dir.resolve("wide.csv");
        String field = "y".repeat(100);
        Files.writeString(file, "a;b;c\n" + field + ";" + field + ";" + field + "\n");
        // with ';' as the delimiter every field is 100 bytes and the row 302
        assertThatCode(() -> new ImportLimits(1 << 20, 50, 100, 302, 10, 1 << 20).check(file, ';'))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new ImportLimits(1 << 20, 50, 99, 302, 10, 1 << 20).check(file, ';'))
                .hasMessageContaining("line 2: a field is longer than 99 bytes");
        assertThatThrownBy(() -> new ImportLimits(1 << 20, 50, 100, 301, 10, 1 << 20).check(file, ';'))
                .hasMessageContaining("line 2: a row is longer than 301 bytes");
        // read with the default comma, the whole row is one field
        assertThatThrownBy(() -> new ImportLimits(1 << 20, 50, 100, 302, 10, 1 << 20).check(file, null))
                .hasMessageContaining("a field is longer than 100 bytes");
    }

    @Test
    void anOrdinaryExportPassesTheDefaults() throws IOException {
        Path file = dir.resolve("ok.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((LakeFixtures.HEADER + "\n" + ROW.repeat(1000)).getBytes(StandardCharsets.US_ASCII));
        }
        assertThatCode(() -> ImportLimits.defaults().check(file, null)).doesNotThrowAnyException();
    }

    @Test
    void aLongRejectsFileIsCutAtALineEndAndSaysSo() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        Files.writeString(rejects, "file,line,column,value,reason\n" + "f.csv,2,csat,9,out of range\n".repeat(1000));
        ImportLimits limits = new ImportLimits(1 << 20, 50, 1024, 4096, 10, 1000);
        assertThat(limits.trimRejects(rejects)).isTrue();
        String kept = Files.readString(rejects);
        assertThat(kept).startsWith("file,line,column,value,reason\nf.csv,2,csat,9,out of range\n");
        assertThat(kept).endsWith("\"rejects file cut at 1000 bytes; fix the file and import it again\"\n");
        String body = kept.substring(0, kept.lastIndexOf(",,,,"));
        assertThat(kept.length()).isLessThanOrEqualTo(1000);
        assertThat(body.lines())
                .allMatch(l -> l.equals("file,line,column,value,reason") || l.equals("f.csv,2,csat,9,out of range"));
        assertThat(limits.trimRejects(rejects))
                .as("a cut file is not cut again")
                .isFalse();
    }
}
