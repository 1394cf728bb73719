package com.steward.app.vendors.web;

import com.steward.app.vendors.VendorDocument;
import com.steward.app.vendors.VendorDocuments;
import com.steward.app.web.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Shared by the API and the page controller: multipart in, file out. */
final class VendorDocumentUploadForm {

    private VendorDocumentUploadForm() {}

    /** The uploaded part named "file", or null when the request is not multipart or has none. */
    static MultipartFile file(jakarta.servlet.http.HttpServletRequest request) {
        org.springframework.web.multipart.MultipartHttpServletRequest multipart =
                org.springframework.web.util.WebUtils.getNativeRequest(
                        request, org.springframework.web.multipart.MultipartHttpServletRequest.class);
        return multipart == null ? null : multipart.getFile("file");
    }

    static VendorDocuments.Upload of(MultipartFile file, String description, boolean share) {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("file", "Choose a file to upload");
        }
        try {
            return new VendorDocuments.Upload(
                    file.getOriginalFilename(), file.getSize(), file.getInputStream(), description, share);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<org.springframework.core.io.Resource> send(VendorDocuments.Download download) {
        VendorDocument document = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.sizeBytes())
                .header(
                        "Content-Disposition",
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new org.springframework.core.io.FileSystemResource(download.file()));
    }
}
