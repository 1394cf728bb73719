package com.steward.app.vendors.web;

import com.steward.app.vendors.VendorDocument;
import com.steward.app.vendors.VendorDocuments;
import com.steward.app.web.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** Shared by the API and the page controller: multipart in, file out. */
final class VendorDocumentUploadForm {

    private VendorDocumentUploadForm() {}

    /** The uploaded part named "file", or null when the request is not multipart or has none. */
    static @Nullable MultipartFile file(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? null : multipart.getFile("file");
    }

    static VendorDocuments.Upload of(@Nullable MultipartFile file, @Nullable String description, boolean share) {
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

    static ResponseEntity<Resource> send(VendorDocuments.Download download) {
        VendorDocument document = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.sizeBytes())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(document.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(download.file()));
    }
}
