package com.steward.app.vendors.web;

import com.steward.app.security.Roles;
import com.steward.app.vendors.AddVendorContactCommand;
import com.steward.app.vendors.ChangeVendorStatusCommand;
import com.steward.app.vendors.UpdateVendorProfileCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorContact;
import com.steward.app.vendors.VendorDocument;
import com.steward.app.vendors.VendorDocuments;
import com.steward.app.vendors.VendorProfile;
import com.steward.app.vendors.VendorProfiles;
import com.steward.app.vendors.VendorStatusChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vendor's profile, status history, contacts and documents over REST. Reads follow the vendor
 * register's scope (a VENDOR user reaches only its own vendor; others answer 404); managers
 * change; a VENDOR user may upload documents to its own vendor.
 */
@RestController
@RequestMapping("/api/v1/vendors/{id}")
@Tag(name = "Vendor details", description = "Profile, status, contacts and documents of a vendor")
class VendorDetailsApiController {

    private final VendorProfiles profiles;
    private final VendorDocuments documents;

    VendorDetailsApiController(VendorProfiles profiles, VendorDocuments documents) {
        this.profiles = profiles;
        this.documents = documents;
    }

    @GetMapping("/profile")
    @Operation(summary = "The vendor's profile: years in business, sites, countries, languages, industries, seats")
    VendorProfile profile(@PathVariable long id) {
        return profiles.profile(id);
    }

    @PutMapping("/profile")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Replace the vendor's profile")
    VendorProfile updateProfile(@PathVariable long id, @Valid @RequestBody UpdateVendorProfileCommand command) {
        return profiles.updateProfile(id, command);
    }

    @PostMapping("/status")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Move the vendor to a new status (prospect, shortlisted, contracted, exited) with a reason")
    Vendor changeStatus(@PathVariable long id, @Valid @RequestBody ChangeVendorStatusCommand command) {
        return profiles.changeStatus(id, command);
    }

    @GetMapping("/status-changes")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "The vendor's status history with reasons, newest first (client staff only)")
    List<VendorStatusChange> statusChanges(@PathVariable long id) {
        return profiles.statusChanges(id);
    }

    @GetMapping("/contacts")
    @Operation(summary = "Contact people at the vendor")
    List<VendorContact> contacts(@PathVariable long id) {
        return profiles.contacts(id);
    }

    @PostMapping("/contacts")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Add a contact person")
    ResponseEntity<VendorContact> addContact(
            @PathVariable long id, @Valid @RequestBody AddVendorContactCommand command) {
        VendorContact contact = profiles.addContact(id, command);
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + id + "/contacts/" + contact.id()))
                .body(contact);
    }

    @DeleteMapping("/contacts/{contactId}")
    @PreAuthorize(Roles.MANAGERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a contact person")
    void removeContact(@PathVariable long id, @PathVariable long contactId) {
        profiles.removeContact(id, contactId);
    }

    @GetMapping("/documents")
    @Operation(summary = "Documents of the vendor (a VENDOR user sees those shared with it)")
    List<VendorDocument> documents(@PathVariable long id) {
        return documents.documents(id);
    }

    @PostMapping("/documents")
    @PreAuthorize(Roles.MANAGERS_AND_VENDORS)
    @Operation(
            summary = "Upload a document (pdf, docx, xlsx, png, jpg, txt, csv; at most 20 MB; type checked by"
                    + " extension and content)")
    ResponseEntity<VendorDocument> upload(
            @PathVariable long id,
            HttpServletRequest request,
            @RequestParam(name = "description", required = false) @Nullable String description,
            @RequestParam(name = "shareWithVendor", defaultValue = "false") boolean shareWithVendor) {
        VendorDocument document = documents.upload(
                id, VendorDocumentUploadForm.of(VendorDocumentUploadForm.file(request), description, shareWithVendor));
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + id + "/documents/" + document.id()))
                .body(document);
    }

    @GetMapping("/documents/{documentId}")
    @Operation(summary = "Download a document's content")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
        return VendorDocumentUploadForm.send(documents.download(id, documentId));
    }

    @DeleteMapping("/documents/{documentId}")
    @PreAuthorize(Roles.MANAGERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a document")
    void deleteDocument(@PathVariable long id, @PathVariable long documentId) {
        documents.delete(id, documentId);
    }
}
