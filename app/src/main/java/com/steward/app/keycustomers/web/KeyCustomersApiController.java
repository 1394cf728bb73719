package com.steward.app.keycustomers.web;

import com.steward.app.keycustomers.CsvProblem;
import com.steward.app.keycustomers.ImportSummary;
import com.steward.app.keycustomers.KeyAccount;
import com.steward.app.keycustomers.KeyAccountImportException;
import com.steward.app.keycustomers.KeyAccountInput;
import com.steward.app.keycustomers.KeyAccounts;
import com.steward.app.keycustomers.KeyCustomerCall;
import com.steward.app.keycustomers.KeyCustomerSample;
import com.steward.app.keycustomers.KeyCustomerSamples;
import com.steward.app.keycustomers.OutcomeInput;
import com.steward.app.keycustomers.SampleInput;
import com.steward.app.keycustomers.SampleSummary;
import com.steward.app.keycustomers.VendorVoiceSummary;
import com.steward.app.security.Roles;
import com.steward.app.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key accounts, monthly samples and call outcomes over REST: client staff only (VENDOR: 403). The one exception is
 * {@code /vendors/{id}/voice}, a vendor's own anonymised monthly summary (another vendor's: 404).
 */
@RestController
@RequestMapping("/api/v1/key-customers")
@Tag(name = "Key customers", description = "Key accounts, stratified monthly samples, direct calls and feedback")
class KeyCustomersApiController {

    private final KeyAccounts accounts;
    private final KeyCustomerSamples samples;

    KeyCustomersApiController(KeyAccounts accounts, KeyCustomerSamples samples) {
        this.accounts = accounts;
        this.samples = samples;
    }

    @GetMapping("/accounts")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "The key accounts")
    List<KeyAccount> accounts() {
        return accounts.list();
    }

    @PostMapping("/accounts")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Add a key account (409 when its customer id is listed already)")
    ResponseEntity<KeyAccount> add(@RequestBody KeyAccountInput input) {
        KeyAccount created = accounts.add(input);
        return ResponseEntity.created(URI.create("/api/v1/key-customers/accounts/" + created.id()))
                .body(created);
    }

    @PostMapping("/accounts/import")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(
            summary = "Import key accounts from CSV (customer_id,name,tier,account_owner), all or nothing",
            description = "400 with every problem's line, column, expected and found; listed ids are updated")
    ImportSummary importCsv(@RequestBody(required = false) String csv) {
        return accounts.importCsv(csv);
    }

    @DeleteMapping("/accounts/{id}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Remove a key account (its past calls stay)")
    ResponseEntity<Void> remove(@PathVariable long id) {
        accounts.remove(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/samples")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Monthly samples, newest first")
    List<KeyCustomerSample> samples() {
        return samples.samples();
    }

    @PostMapping("/samples")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(
            summary = "Draw a month's stratified sample (queue × region) of key customers who contacted the vendor",
            description = "Give a seed to reproduce a draw; calls are assigned round-robin to assigneeIds")
    ResponseEntity<KeyCustomerSample> draw(@RequestBody SampleInput input) {
        KeyCustomerSample created = samples.draw(input);
        return ResponseEntity.created(URI.create("/api/v1/key-customers/samples/" + created.id()))
                .body(created);
    }

    @GetMapping("/samples/{id}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "One sample with its calls")
    KeyCustomerSample sample(@PathVariable long id) {
        return samples.sample(id);
    }

    @GetMapping("/samples/{id}/summary")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Sampled, reached, mean satisfaction with 95% interval, feedback")
    SampleSummary summary(@PathVariable long id) {
        return samples.summary(id);
    }

    @PutMapping("/calls/{id}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Record a call's outcome: REACHED (satisfaction 1–5), NO_ANSWER or DECLINED")
    KeyCustomerCall record(@PathVariable long id, @RequestBody OutcomeInput input) {
        return samples.recordOutcome(id, input);
    }

    @GetMapping("/vendors/{id}/voice")
    @Operation(
            summary =
                    "A vendor's own month: counts, mean satisfaction and feedback themes, without customer identities",
            description = "Visible to client staff and to the vendor's own users; 404 when no sample for the month")
    VendorVoiceSummary voice(@PathVariable long id, @RequestParam String month) {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "the month must be yyyy-MM");
        }
        return samples.vendorSummary(id, m)
                .orElseThrow(() -> new com.steward.app.web.NotFoundException("No key-customer sample for " + m));
    }

    @ExceptionHandler(KeyAccountImportException.class)
    ResponseEntity<ProblemDetail> importProblems(KeyAccountImportException e, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        body.setTitle("Invalid file");
        body.setInstance(URI.create(request.getRequestURI()));
        body.setProperty(
                "errors",
                e.problems().stream().map(KeyCustomersApiController::problem).toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static Map<String, Object> problem(CsvProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("expected", p.expected());
        m.put("found", p.found());
        m.put("message", p.message());
        return m;
    }
}
