package com.steward.app.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.app.web.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    private static boolean fits(String name, byte[] head) {
        return DocumentType.ofFileName(name).orElseThrow().matches(head, head.length);
    }

    @Test
    void acceptsAPdfByExtensionAndSignature() {
        assertThat(fits("report.PDF", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
    }

    @Test
    void rejectsAnExecutableRenamedToPdf() {
        assertThat(fits("report.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0})).isFalse();
    }

    @Test
    void rejectsBinaryContentInATextFile() {
        assertThat(fits("notes.txt", new byte[] {'a', 0, 'b'})).isFalse();
        assertThat(fits("rates.csv", "site,seats\nLisbon,120\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    @Test
    void knowsOnlyTheAllowedExtensions() {
        assertThat(DocumentType.ofFileName("tool.exe")).isEmpty();
        assertThat(DocumentType.ofFileName("noextension")).isEmpty();
        assertThat(DocumentType.ofFileName("sheet.xlsx")).contains(DocumentType.XLSX);
    }

    @Test
    void keepsOnlyTheLastSegmentOfAClientsFileName() {
        assertThat(VendorDocuments.cleanName("C:\\Users\\x\\..\\report.pdf")).isEqualTo("report.pdf");
        assertThat(VendorDocuments.cleanName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThatThrownBy(() -> VendorDocuments.cleanName("..")).isInstanceOf(InvalidRequestException.class);
    }
}
