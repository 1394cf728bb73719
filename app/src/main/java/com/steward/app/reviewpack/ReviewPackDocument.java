package com.steward.app.reviewpack;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

    private final ITemplateEngine templates;

    ReviewPackDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The pack as XHTML (also what the PDF is laid out from). */
    public String xhtml(ReviewPack pack, ZoneId zone) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("pack", pack);
        context.setVariable("zone", zone);
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

    private static java.io.InputStream font(String file) {
        java.io.InputStream in = ReviewPackDocument.class.getResourceAsStream("fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the build: " + file);
        }
        return in;
    }
}
