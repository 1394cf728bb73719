package com.steward.app.savings.web;

import com.steward.app.savings.Invoice;
import com.steward.app.savings.InvoiceCheck;
import com.steward.app.savings.InvoiceInput;
import com.steward.app.savings.LedgerEntry;
import com.steward.app.savings.LedgerEntryInput;
import com.steward.app.savings.LedgerTotals;
import com.steward.app.savings.Savings;
import com.steward.app.savings.SavingsRealization;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hidden costs, invoices, the invoice check and savings realisation over REST. Client staff read; ADMIN, MANAGER
 * and ANALYST record; VENDOR users get 403 everywhere (the client's internal cost model).
 */
@RestController
@RequestMapping("/api/v1/savings")
@PreAuthorize(Roles.STAFF)
@Tag(
        name = "Savings",
        description = "Hidden-cost ledger, invoices and their check, savings realised vs the business case")
class SavingsApiController {

    private final Savings savings;

    SavingsApiController(Savings savings) {
        this.savings = savings;
    }

    @GetMapping("/ledger")
    @Operation(summary = "Ledger entries of a vendor (or all) between two months, yyyy-MM, inclusive")
    List<LedgerEntry> ledger(
            @RequestParam(required = false) Long vendorId, @RequestParam String from, @RequestParam String to) {
        return savings.ledger(vendorId, MonthParam.month("from", from), MonthParam.month("to", to));
    }

    @GetMapping("/ledger/totals")
    @Operation(summary = "Totals by category and month, governance hours by person and month")
    LedgerTotals totals(
            @RequestParam(required = false) Long vendorId, @RequestParam String from, @RequestParam String to) {
        return savings.ledgerTotals(vendorId, MonthParam.month("from", from), MonthParam.month("to", to));
    }

    @GetMapping("/ledger/{id}")
    @Operation(summary = "One ledger entry")
    LedgerEntry entry(@PathVariable long id) {
        return savings.entry(id);
    }

    @PostMapping("/ledger")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Record an entry: hours and hourly rate (amount computed) or a plain amount")
    ResponseEntity<LedgerEntry> record(@RequestBody LedgerEntryInput input) {
        LedgerEntry created = savings.record(input);
        return ResponseEntity.created(URI.create("/api/v1/savings/ledger/" + created.id()))
                .body(created);
    }

    @PostMapping("/ledger/import")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(
            summary = "Import entries from CSV (vendor_code,month,category,person,hours,hourly_rate,amount,"
                    + "description); all rows or none")
    ResponseEntity<List<LedgerEntry>> importCsv(@RequestBody String csv) {
        return ResponseEntity.status(201).body(savings.importCsv(csv));
    }

    @DeleteMapping("/ledger/{id}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Delete an entry")
    ResponseEntity<Void> delete(@PathVariable long id) {
        savings.deleteEntry(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/contracts/{id}/invoices")
    @Operation(summary = "A contract's invoice lines, newest month first")
    List<Invoice> invoices(@PathVariable long id) {
        return savings.invoices(id);
    }

    @PostMapping("/contracts/{id}/invoices")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(
            summary = "Record an invoice line (one per month and unit type); the month's total feeds service credits")
    ResponseEntity<Invoice> recordInvoice(@PathVariable long id, @RequestBody InvoiceInput input) {
        Invoice created = savings.recordInvoice(id, input);
        return ResponseEntity.created(URI.create("/api/v1/savings/contracts/" + id + "/invoices/" + created.id()))
                .body(created);
    }

    @PutMapping("/contracts/{id}/invoices/{invoiceId}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Correct an invoice line's units, price and reference")
    Invoice correctInvoice(@PathVariable long id, @PathVariable long invoiceId, @RequestBody InvoiceInput input) {
        return savings.correctInvoice(id, invoiceId, input);
    }

    @DeleteMapping("/contracts/{id}/invoices/{invoiceId}")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Delete an invoice line")
    ResponseEntity<Void> deleteInvoice(@PathVariable long id, @PathVariable long invoiceId) {
        savings.deleteInvoice(id, invoiceId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/contracts/{id}/invoice-check")
    @Operation(
            summary = "The month's invoice against the lake and the roster: units, %, money; flagged above tolerance")
    InvoiceCheck invoiceCheck(@PathVariable long id, @RequestParam String month) {
        return savings.invoiceCheck(id, MonthParam.month("month", month));
    }

    @GetMapping("/contracts/{id}/realization")
    @Operation(summary = "Savings realised per month and cumulative vs plan, with the forecast to the end of the term")
    SavingsRealization realization(@PathVariable long id) {
        return savings.savingsRealization(id);
    }
}
