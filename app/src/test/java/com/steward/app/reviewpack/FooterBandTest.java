package com.steward.app.reviewpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout rule the review pack relies on, checked on openhtmltopdf itself with the pack's page setup (A4, running
 * footer in the bottom margin): a table of several pages laid out with the pack's table CSS
 * ({@link ReviewPackDocument#TABLE_PAGINATION_CSS}) never runs under the footer; and {@link PdfTextLines} does see a
 * line that does (so the pack's layout test can fail).
 */
class FooterBandTest {

    private static final String PAGE = """
            <html><head><style>
              @page { size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-left { content: element(footer); } }
              body { font-family: sans-serif; font-size: 9pt; }
              .footer { position: running(footer); font-size: 7.5pt; }
              table { width: 100%%; border-collapse: collapse; }
              %s
            </style></head><body>
            <div class="footer">Steward review pack · footer%s</div>
            <p>Lead text.</p>
            <table class="data"><thead><tr><th>Month</th><th>Value</th></tr></thead><tbody>%s</tbody></table>
            </body></html>
            """;

    @Test
    void aTableOfSeveralPagesBreaksBetweenRowsAndNeverRunsUnderTheFooter() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            body.append("<tr><td>Row ")
                    .append(i)
                    .append("</td><td>")
                    .append(i * 7)
                    .append("</td></tr>");
        }
        byte[] pdf = pdf(PAGE.formatted(ReviewPackDocument.TABLE_PAGINATION_CSS, "", body));
        PdfTextLines text = PdfTextLines.read(pdf);
        assertThat(text.pages()).isGreaterThanOrEqualTo(3);
        assertThat(text.lines()).anyMatch(l -> l.text().contains("Row 150"));
        assertThat(overlapsFooter(pdf)).isFalse();
    }

    @Test
    void aLineDrawnOverTheFooterIsSeenOverlappingIt() throws Exception {
        // a second line pulled up onto the footer's own line, as a table running into the margin would sit
        String intruder = "<div style=\"margin: -7pt 0 0 60mm\">intruder line</div>";
        byte[] pdf = pdf(PAGE.formatted(ReviewPackDocument.TABLE_PAGINATION_CSS, intruder, ""));
        assertThat(PdfTextLines.read(pdf).lines()).anyMatch(l -> l.text().contains("intruder"));
        assertThat(overlapsFooter(pdf)).isTrue();
    }

    private static boolean overlapsFooter(byte[] pdf) throws Exception {
        PdfTextLines text = PdfTextLines.read(pdf);
        for (int page = 0; page < text.pages(); page++) {
            List<PdfTextLines.Line> lines = text.onPage(page);
            List<PdfTextLines.Line> footer = lines.stream()
                    .filter(l -> l.text().contains("Steward review pack"))
                    .toList();
            if (footer.isEmpty()) {
                continue;
            }
            float top = footer.getFirst().top();
            float bottom = footer.getFirst().bottom();
            if (lines.stream().filter(l -> !footer.contains(l)).anyMatch(l -> l.overlaps(top - 2, bottom))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] pdf(String html) throws Exception {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }
}
