package com.steward.app.keycustomers;

import com.steward.app.web.CsvRecords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a key-account CSV file ({@code customer_id,name,tier,account_owner}, RFC 4180 quoting) into inputs, or
 * every problem found with its line, column, what was expected and what was there. Nothing is half-accepted: a file
 * with any problem yields no accounts.
 */
final class KeyAccountCsv {

    static final List<String> HEADER = List.of("customer_id", "name", "tier", "account_owner");
    static final int MAX_ROWS = 10_000;
    static final int MAX_PROBLEMS = 50;

    private KeyAccountCsv() {}

    /** The parsed rows, each with its line number. */
    record Row(int line, KeyAccountInput input) {}

    static List<Row> parse(String csv) {
        List<CsvProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            throw new KeyAccountImportException(
                    List.of(new CsvProblem(1, null, "a header " + String.join(",", HEADER), "an empty file")));
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(text, CsvRecords.StrayQuotes.REFUSE);
        } catch (CsvRecords.MalformedCsvException e) {
            throw new KeyAccountImportException(List.of(new CsvProblem(e.line(), null, e.expected(), e.found())));
        }
        List<String> header = records.getFirst().cells().stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!header.equals(HEADER)) {
            throw new KeyAccountImportException(List.of(
                    new CsvProblem(1, null, "the header " + String.join(",", HEADER), String.join(",", header))));
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new KeyAccountImportException(
                    List.of(new CsvProblem(MAX_ROWS + 2, null, "at most " + MAX_ROWS + " accounts per file", null)));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < records.size() && problems.size() < MAX_PROBLEMS; r++) {
            List<String> cells = records.get(r).cells();
            int line = records.get(r).line();
            if (records.get(r).blank()) {
                continue; // an empty line
            }
            if (cells.size() != HEADER.size()) {
                problems.add(new CsvProblem(line, null, HEADER.size() + " columns", cells.size() + " columns"));
                continue;
            }
            String customer = cells.get(0).strip();
            String name = cells.get(1).strip();
            String tierText = cells.get(2).strip().toUpperCase(Locale.ROOT);
            String owner = cells.get(3).strip();
            int before = problems.size();
            if (customer.isEmpty() || customer.length() > 100) {
                problems.add(new CsvProblem(line, "customer_id", "a customer id of 1 to 100 characters", customer));
            } else if (seen.containsKey(customer)) {
                problems.add(new CsvProblem(
                        line, "customer_id", "a customer id not already on line " + seen.get(customer), customer));
            }
            if (name.isEmpty() || name.length() > 200) {
                problems.add(new CsvProblem(line, "name", "a name of 1 to 200 characters", name));
            }
            Tier tier = null;
            try {
                tier = Tier.valueOf(tierText);
            } catch (IllegalArgumentException e) {
                problems.add(new CsvProblem(line, "tier", "one of STRATEGIC, MAJOR, STANDARD", cells.get(2)));
            }
            if (owner.isEmpty() || owner.length() > 200) {
                problems.add(new CsvProblem(line, "account_owner", "an account owner of 1 to 200 characters", owner));
            }
            if (!customer.isEmpty()) {
                seen.putIfAbsent(customer, line);
            }
            if (problems.size() == before) {
                rows.add(new Row(line, new KeyAccountInput(customer, name, tier, owner)));
            }
        }
        if (!problems.isEmpty()) {
            throw new KeyAccountImportException(problems);
        }
        return rows;
    }
}
