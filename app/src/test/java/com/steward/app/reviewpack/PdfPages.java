package com.steward.app.reviewpack;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF as tests read it: its text per page and its pages rendered to images (as a reader would show them). */
public record PdfPages(List<String> text, List<BufferedImage> images, String title) {

    public static PdfPages read(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> text = new ArrayList<>();
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                text.add(stripper.getText(document));
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return new PdfPages(text, images, document.getDocumentInformation().getTitle());
        }
    }

    public int pages() {
        return text.size();
    }

    /** All pages' text with runs of whitespace (line breaks of the layout) folded to one space. */
    public String allText() {
        return String.join(" ", text).replaceAll("\\s+", " ");
    }

    /** Page {@code index}'s text, whitespace folded. */
    public String pageText(int index) {
        return text.get(index).replaceAll("\\s+", " ");
    }

    /** Share of pixels on page {@code index} that are not (near) white: 0 for a blank page. */
    public double inkCoverage(int index) {
        BufferedImage image = images.get(index);
        long ink = 0;
        long all = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r < 235 || g < 235 || b < 235) {
                    ink++;
                }
                all++;
            }
        }
        return ink / (double) all;
    }

    /** Writes every page as {@code prefix-<n>.png} into {@code directory}; returns the files. */
    public List<Path> writePng(Path directory, String prefix) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Path file = directory.resolve(prefix + "-" + (i + 1) + ".png");
            ImageIO.write(images.get(i), "png", file.toFile());
            files.add(file);
        }
        return files;
    }
}
