package com.steward.app.vendors;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.security.VendorAccess;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Vendor documents: uploaded files kept under {@code <steward.data-dir>/documents/<vendorId>/}
 * with a metadata row each. An upload is refused unless its extension is allowed AND its first
 * bytes match that type ({@link DocumentType}), and unless it is at most
 * {@code steward.documents.max-size} (default 20 MB).
 *
 * <p>Client staff see every document of a vendor; a VENDOR user sees only documents shared with
 * the vendor (its own uploads always are). Uploads, and deletions, are audited.
 */
@Service
public class VendorDocuments {

    static final String AUDIT_TYPE = "vendor_document";

    private final VendorRegister register;
    private final VendorDetailsRepository details;
    private final AuditLog audit;
    private final VendorAccess access;
    private final Clock clock;
    private final Path root;
    private final long maxBytes;

    VendorDocuments(
            VendorRegister register,
            VendorDetailsRepository details,
            AuditLog audit,
            VendorAccess access,
            Clock clock,
            @Value("${steward.data-dir}") Path dataDir,
            @Value("${steward.documents.max-size:20MB}") DataSize maxSize) {
        this.register = register;
        this.details = details;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.root = dataDir.resolve("documents");
        this.maxBytes = maxSize.toBytes();
    }

    /** An upload to store: the name the client gave, the bytes, and who should see it. */
    public record Upload(
            String fileName, long size, InputStream content, String description, boolean shareWithVendor) {}

    /** A stored document ready to send. */
    public record Download(VendorDocument document, Path file) {}

    public long maxBytes() {
        return maxBytes;
    }

    private boolean staff() {
        return access.currentScope().unrestricted();
    }

    public List<VendorDocument> documents(long vendorId) {
        register.get(vendorId);
        return details.documents(vendorId, staff());
    }

    public VendorDocument document(long vendorId, long documentId) {
        register.get(vendorId);
        return details.document(vendorId, documentId, staff())
                .orElseThrow(() -> new NotFoundException("No document " + documentId + " at vendor " + vendorId));
    }

    public Download download(long vendorId, long documentId) {
        VendorDocument document = document(vendorId, documentId);
        Path file = root.resolve(Long.toString(vendorId))
                .resolve(details.storedName(documentId).orElseThrow());
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("The file of document " + documentId + " is missing");
        }
        return new Download(document, file);
    }

    @Transactional
    public VendorDocument upload(long vendorId, Upload upload) {
        register.get(vendorId);
        String fileName = cleanName(upload.fileName());
        DocumentType type = DocumentType.ofFileName(fileName)
                .orElseThrow(() -> new InvalidRequestException(
                        "file", "Only these file types are accepted: " + DocumentType.allowedList()));
        if (upload.size() > maxBytes) {
            throw new InvalidRequestException("file", "The file is larger than " + (maxBytes / (1024 * 1024)) + " MB");
        }
        if (upload.size() == 0) {
            throw new InvalidRequestException("file", "The file is empty");
        }
        if (upload.description() != null && upload.description().length() > 500) {
            throw new InvalidRequestException("description", "description: at most 500 characters");
        }
        Path folder = root.resolve(Long.toString(vendorId));
        String storedName = UUID.randomUUID() + "." + type.extension();
        Path target = folder.resolve(storedName);
        Path partial = folder.resolve(storedName + ".part");
        long written;
        String sha256;
        try {
            Files.createDirectories(folder);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = upload.content();
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
                byte[] head = in.readNBytes(8192);
                if (!type.matches(head, head.length)) {
                    throw new InvalidRequestException(
                            "file",
                            "The content is not a ." + type.extension() + " file (its first bytes do not match)");
                }
                out.write(head);
                written = head.length + copyLimited(in, out, maxBytes - head.length);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("Could not store the document", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            boolean shared = !staff() || upload.shareWithVendor();
            long id = details.insertDocument(
                    vendorId,
                    fileName,
                    type.extension(),
                    written,
                    sha256,
                    storedName,
                    upload.description(),
                    shared,
                    access.currentActor(),
                    clock.instant());
            VendorDocument created = details.document(vendorId, id, true).orElseThrow();
            audit.record(AuditAction.CREATE, AUDIT_TYPE, id, vendorId, null, created);
            return created;
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    @Transactional
    public void delete(long vendorId, long documentId) {
        VendorDocument before = document(vendorId, documentId);
        String storedName = details.storedName(documentId).orElseThrow();
        details.deleteDocument(vendorId, documentId);
        audit.record(AuditAction.DELETE, AUDIT_TYPE, documentId, vendorId, before, null);
        deleteQuietly(root.resolve(Long.toString(vendorId)).resolve(storedName));
    }

    private static long copyLimited(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new InvalidRequestException("file", "The file is larger than allowed");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** The last path segment of the client's name, without control characters, at most 255 chars. */
    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("file", "The file has no name");
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            throw new InvalidRequestException("file", "The file has no usable name");
        }
        return last.length() > 255 ? last.substring(last.length() - 255) : last;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A stray file is harmless; its row is what makes a document exist.
        }
    }
}
