package com.steward.app.reviews.web;

import com.steward.app.reviews.ReviewKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Review pages under {@code /govern/reviews}: the vendors' overview, a vendor's cadences and meetings, its actions,
 * its promises with the kept-rate chart, a meeting, an action. Reading follows the vendor scope; the pages' forms are
 * posted to {@link ReviewFormsController}.
 */
@Controller
class ReviewsPageController {

    private final ReviewPageModels pages;

    ReviewsPageController(ReviewPageModels pages) {
        this.pages = pages;
    }

    @GetMapping("/govern/reviews")
    String index(Model model) {
        return pages.index(model);
    }

    @GetMapping("/govern/reviews/vendors/{vendorId}")
    String vendor(@PathVariable long vendorId, @RequestParam(required = false) @Nullable ReviewKind kind, Model model) {
        return pages.vendor(vendorId, kind, model);
    }

    @GetMapping("/govern/reviews/vendors/{vendorId}/actions")
    String actions(@PathVariable long vendorId, Model model) {
        return pages.actions(vendorId, model);
    }

    @GetMapping("/govern/reviews/vendors/{vendorId}/promises")
    String promises(@PathVariable long vendorId, Model model) {
        return pages.promises(vendorId, model);
    }

    @GetMapping("/govern/reviews/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        return pages.meeting(id, model);
    }

    @GetMapping("/govern/reviews/actions/{id}")
    String action(@PathVariable long id, Model model) {
        return pages.action(id, model);
    }
}
