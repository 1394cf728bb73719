package com.steward.app.savings;

import com.steward.app.audit.AuditCsv;
import com.steward.app.vendors.Vendor;
import com.steward.app.web.CsvRecords;
import com.steward.app.web.InvalidRequestException;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ledger as RFC 4180 CSV, one format for export and import: {@value #HEADER}. Cells are written through
 * {@link AuditCsv#field}, which neutralises spreadsheet formula prefixes (= + - @) with a leading apostrophe.
 */
public final class LedgerCsv {

    public static final String HEADER = "vendor_code,month,category,person,hours,hourly_rate,amount,description";

    /** Rows accepted by one import. */
    public static final int MAX_ROWS = 5_000;

    private LedgerCsv() {}

    public static void write(List<LedgerEntry> entries, Map<Long, String> vendorCodes, Writer out) throws IOException {
        out.write("id," + HEADER + ",created_by,created_at\r\n");
        for (LedgerEntry e : entries) {
            out.write(String.join(
                    ",",
                    Long.toString(e.id()),
                    AuditCsv.field(vendorCodes.get(e.vendorId())),
                    e.month().toString(),
                    e.category().name(),
                    AuditCsv.field(e.person()),
                    e.hours() == null ? "" : e.hours().toPlainString(),
                    e.hourlyRate() == null ? "" : e.hourlyRate().toPlainString(),
                    e.amount().toPlainString(),
                    AuditCsv.field(e.description()),
                    AuditCsv.field(e.createdBy()),
                    e.createdAt().toString()));
            out.write("\r\n");
        }
    }

    /**
     * Parses an import; every row is checked for shape here (the facade then validates the values), an error names
     * the line. A leading apostrophe written by the export's formula guard is removed again.
     */
    static List<LedgerEntryInput> parse(String csv, Map<String, Vendor> vendorsByCode) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException("csv", "the file is empty");
        }
        List<CsvRecords.Record> rows;
        try {
            rows = CsvRecords.parse(csv, CsvRecords.StrayQuotes.KEEP);
        } catch (CsvRecords.MalformedCsvException e) {
            throw new InvalidRequestException("csv", e.getMessage());
        }
        if (rows.isEmpty() || !String.join(",", rows.getFirst().cells()).strip().equalsIgnoreCase(HEADER)) {
            throw new InvalidRequestException("csv", "line 1: header must be " + HEADER);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new InvalidRequestException("csv", "at most " + MAX_ROWS + " rows per import");
        }
        List<LedgerEntryInput> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i).cells();
            String where = "line " + rows.get(i).line();
            if (rows.get(i).blank()) {
                continue;
            }
            if (cells.size() != 8) {
                throw new InvalidRequestException("csv", where + ": expected 8 columns, found " + cells.size());
            }
            Vendor vendor = vendorsByCode.get(unguard(cells.get(0)).strip());
            if (vendor == null) {
                throw new InvalidRequestException("csv", where + ": unknown vendor code '" + cells.get(0) + "'");
            }
            HiddenCostCategory category;
            try {
                category = HiddenCostCategory.valueOf(cells.get(2).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("csv", where + ": unknown category '" + cells.get(2) + "'");
            }
            out.add(new LedgerEntryInput(
                    vendor.id(),
                    cells.get(1).strip(),
                    category,
                    unguard(cells.get(3)),
                    number(where, "hours", cells.get(4)),
                    number(where, "hourly_rate", cells.get(5)),
                    number(where, "amount", cells.get(6)),
                    unguard(cells.get(7))));
        }
        if (out.isEmpty()) {
            throw new InvalidRequestException("csv", "the file has a header but no rows");
        }
        return out;
    }

    private static @Nullable BigDecimal number(String where, String column, String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("csv", where + ": " + column + " '" + text + "' is not a number");
        }
    }

    private static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
