package com.steward.app.reviewpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.security.Actors;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.DisplayFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo company's review packs as a reader gets them: on every page after the cover, every line of the body ends
 * above the running footer ("Steward review pack · …" and "Page n of m"), and the figures are written as the pages
 * write them ({@link DisplayFormat}).
 */
@SpringBootTest(
        properties = {
            "steward.demo.enabled=true",
            "steward.demo.lake.months=1",
            "steward.demo.lake.contacts-per-month=500"
        })
@EmbeddedDatabase
class ReviewPackLayoutH2IntegrationTest {

    private static final Pattern FOOTER = Pattern.compile("^(Steward review pack · .*|Page \\d+ of \\d+)$");

    @Autowired
    ReviewPacks packs;

    @Autowired
    VendorRegister vendors;

    @Autowired
    DisplayFormat fmt;

    @Autowired
    Clock clock;

    private <T> T asSystem(Supplier<T> work) {
        return Actors.as(Actors.system("layout-test", "Layout test"), work);
    }

    @Test
    void noLineOfTheBodyRunsIntoTheFooterOnAnyPageOfAnyDemoPack() throws Exception {
        List<Vendor> demo = asSystem(() -> packs.vendors());
        assertThat(demo).extracting(Vendor::code).contains("acme", "bluesky");
        LocalDate today = LocalDate.now(clock);
        int checkedPages = 0;
        for (Vendor vendor : demo) {
            String lastQuarter =
                    ReviewPeriod.quarterOf(YearMonth.from(today).minusMonths(3)).text();
            String current = asSystem(() -> packs.defaultPeriod(vendor.id())).text();
            for (String period : List.of(lastQuarter, current)) {
                byte[] pdf = asSystem(() -> packs.render(vendor.id(), period)).pdf();
                PdfTextLines text = PdfTextLines.read(pdf);
                for (int page = 1; page < text.pages(); page++) {
                    List<PdfTextLines.Line> lines = text.onPage(page);
                    List<PdfTextLines.Line> footer = lines.stream()
                            .filter(l -> FOOTER.matcher(l.text().strip()).matches())
                            .toList();
                    assertThat(footer)
                            .as("%s %s page %d has its footer and page number", vendor.code(), period, page + 1)
                            .hasSize(2);
                    float bandTop = (float) footer.stream()
                            .mapToDouble(PdfTextLines.Line::top)
                            .min()
                            .orElseThrow();
                    float bandBottom = (float) footer.stream()
                            .mapToDouble(PdfTextLines.Line::bottom)
                            .max()
                            .orElseThrow();
                    for (PdfTextLines.Line line : lines) {
                        if (footer.contains(line)) {
                            continue;
                        }
                        assertThat(line.overlaps(bandTop - 2, bandBottom))
                                .as(
                                        "%s %s page %d: \"%s\" (%.1f–%.1f pt) runs into the footer band (%.1f–%.1f pt)",
                                        vendor.code(),
                                        period,
                                        page + 1,
                                        line.text(),
                                        line.top(),
                                        line.bottom(),
                                        bandTop,
                                        bandBottom)
                                .isFalse();
                    }
                    checkedPages++;
                }
            }
        }
        assertThat(checkedPages).isGreaterThan(10);
    }
}
