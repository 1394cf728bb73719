package com.steward.app.reviewpack;

import java.util.Locale;

/** A rendered pack with the file name it downloads under, e.g. {@code review-pack-acme-2026-Q1.pdf}. */
public record ReviewPackFile(String fileName, byte[] pdf, long renderMillis) {

    static String fileName(ReviewPack pack) {
        String code = pack.vendor().code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return "review-pack-" + code + "-" + pack.period().text() + ".pdf";
    }
}
