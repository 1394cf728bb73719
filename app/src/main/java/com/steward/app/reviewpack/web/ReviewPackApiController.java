package com.steward.app.reviewpack.web;

import com.steward.app.reviewpack.ReviewPacks;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review pack of a vendor and period as a PDF; a VENDOR user gets its own vendor's only (others: 404). */
@RestController
@RequestMapping("/api/v1/vendors/{vendorId}/review-pack")
class ReviewPackApiController {

    private final ReviewPacks packs;

    ReviewPackApiController(ReviewPacks packs) {
        this.packs = packs;
    }

    @GetMapping(produces = "application/pdf")
    @Operation(
            summary = "Review pack PDF for a quarter (2026-Q1) or month (2026-03); default: latest published quarter")
    ResponseEntity<byte[]> pack(@PathVariable long vendorId, @RequestParam(required = false) String period) {
        String p = period == null || period.isBlank()
                ? packs.defaultPeriod(vendorId).text()
                : period;
        return ReviewPackPageController.pdf(packs.render(vendorId, p));
    }
}
