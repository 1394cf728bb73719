package com.steward.app.reviewpack.web;

import com.steward.app.reviewpack.ReviewPackFile;
import com.steward.app.reviewpack.ReviewPacks;
import com.steward.app.vendors.Vendor;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Choose a vendor and a period, download its review pack (PDF). */
@Controller
class ReviewPackPageController {

    private final ReviewPacks packs;

    ReviewPackPageController(ReviewPacks packs) {
        this.packs = packs;
    }

    @GetMapping("/govern/review-packs")
    String choose(@RequestParam(required = false) Long vendor, Model model) {
        List<Vendor> vendors = packs.vendors();
        Long chosen = vendor != null
                ? vendor
                : vendors.isEmpty() ? null : vendors.getFirst().id();
        model.addAttribute("vendors", vendors);
        model.addAttribute("vendor", chosen);
        model.addAttribute(
                "period", chosen == null ? "" : packs.defaultPeriod(chosen).text());
        return "reviewpack/choose";
    }

    @GetMapping("/govern/review-packs/{vendorId}/pack.pdf")
    ResponseEntity<byte[]> download(@PathVariable long vendorId, @RequestParam(required = false) String period) {
        String p = period == null || period.isBlank()
                ? packs.defaultPeriod(vendorId).text()
                : period;
        return pdf(packs.render(vendorId, p));
    }

    static ResponseEntity<byte[]> pdf(ReviewPackFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header("X-Render-Millis", Long.toString(file.renderMillis()))
                .body(file.pdf());
    }
}
