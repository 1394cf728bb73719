package com.steward.app.reviewpack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a PDF with where they sit on their page, as PDFBox lays them out: per line its page, its text and
 * the vertical extent of its glyphs (in points from the page's top), for layout checks such as "nothing runs into the
 * footer".
 */
record PdfTextLines(List<Line> lines, List<Float> pageHeights) {

    /** One line of text: {@code top} and {@code bottom} in points from the top of page {@code page} (0-based). */
    record Line(int page, String text, float top, float bottom) {

        boolean overlaps(float bandTop, float bandBottom) {
            return top < bandBottom && bottom > bandTop;
        }
    }

    static PdfTextLines read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = new ArrayList<>();
            List<Float> heights = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                heights.add(document.getPage(i).getMediaBox().getHeight());
                int page = i;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> glyphs) {
                        float top = Float.MAX_VALUE;
                        float bottom = -Float.MAX_VALUE;
                        for (TextPosition g : glyphs) {
                            if (g.getUnicode().isBlank()) {
                                continue;
                            }
                            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
                            bottom = Math.max(bottom, g.getYDirAdj());
                        }
                        if (top <= bottom) {
                            lines.add(new Line(page, text, top, bottom));
                        }
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                stripper.getText(document);
            }
            return new PdfTextLines(lines, heights);
        }
    }

    List<Line> onPage(int page) {
        return lines.stream().filter(l -> l.page() == page).toList();
    }

    int pages() {
        return pageHeights.size();
    }
}
