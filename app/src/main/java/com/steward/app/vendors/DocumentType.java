package com.steward.app.vendors;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The document types a vendor document may have. An upload must carry an allowed extension AND
 * start with that type's signature ("magic bytes"), so a renamed executable is refused. Text
 * types (txt, csv) have no signature; they must hold no NUL byte and decode as UTF-8.
 */
public enum DocumentType {
    PDF("pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signatures.ZIP),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signatures.ZIP),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPG("jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    JPEG("jpeg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    TXT("txt", "text/plain", null),
    CSV("csv", "text/csv", null);

    private final String extension;
    private final String contentType;
    private final byte[] signature;

    DocumentType(String extension, String contentType, byte[] signature) {
        this.extension = extension;
        this.contentType = contentType;
        this.signature = signature;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The allowed extensions, for messages and the upload form's {@code accept}. */
    public static String allowedList() {
        return String.join(
                ", ", Arrays.stream(values()).map(DocumentType::extension).toList());
    }

    public static Optional<DocumentType> ofFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst();
    }

    static DocumentType fromExtension(String extension) {
        return ofFileName("x." + extension).orElse(TXT);
    }

    /** Whether {@code head} (the file's first bytes, up to 8 KiB) fits this type. */
    public boolean matches(byte[] head, int length) {
        if (signature == null) {
            for (int i = 0; i < length; i++) {
                if (head[i] == 0) {
                    return false;
                }
            }
            // A cut multi-byte sequence at the end of the head is fine; drop up to 3 trailing bytes.
            for (int cut = 0; cut <= Math.min(3, length); cut++) {
                if (validUtf8(head, length - cut)) {
                    return true;
                }
            }
            return false;
        }
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean validUtf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static final class Signatures {
        static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    }
}
