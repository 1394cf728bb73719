package com.steward.app.reviewpack;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.steward.app.web.DisplayFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link ReviewPack} to PDF: the Thymeleaf template {@code reviewpack/pack} produces XHTML that
 * openhtmltopdf lays out (CSS paged media: A4, running footer with page numbers). The DejaVu fonts are embedded,
 * so every glyph we print (≥, −, €, …) appears on any reader.
 */
@Component
public class ReviewPackDocument {

    private static final String FAMILY = "DejaVu Sans";

    /**
     * How the pack's tables break across pages: between rows, never inside one, with the header repeated. A table is
     * never kept in one piece: one taller than what is left of the page would run under the running footer.
     */
    static final String TABLE_PAGINATION_CSS = "table.data { -fs-table-paginate: paginate; }"
            + " table.data thead { display: table-header-group; }"
            + " table.data tr { page-break-inside: avoid; }";

    private final ITemplateEngine templates;
    private final DisplayFormat fmt;

    ReviewPackDocument(ITemplateEngine templates, DisplayFormat fmt) {
        this.templates = templates;
        this.fmt = fmt;
    }

    /** The pack as XHTML (also what the PDF is laid out from). */
    public String xhtml(ReviewPack pack, ZoneId zone) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("pack", pack);
        context.setVariable("zone", zone);
        // numbers and dates as the pages write them (the pages' ${@fmt…}: the pack is rendered outside a request)
        context.setVariable("fmt", fmt);
        context.setVariable("tableCss", TABLE_PAGINATION_CSS);
        return templates.process("reviewpack/pack", context);
    }

    public byte[] pdf(ReviewPack pack, ZoneId zone) {
        String html = xhtml(pack, zone);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the review pack", e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = ReviewPackDocument.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the build: " + file);
        }
        return in;
    }
}
