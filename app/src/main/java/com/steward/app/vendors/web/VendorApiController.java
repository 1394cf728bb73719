package com.steward.app.vendors.web;

import com.steward.app.security.Roles;
import com.steward.app.vendors.RegisterVendorCommand;
import com.steward.app.vendors.UpdateVendorCommand;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The vendor register over REST. A VENDOR user sees only its own vendor; others answer 404. */
@RestController
@RequestMapping("/api/v1/vendors")
@Tag(name = "Vendors", description = "The vendor register")
class VendorApiController {

    private final VendorRegister register;

    VendorApiController(VendorRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Vendors visible to the caller")
    List<Vendor> list() {
        return register.visibleVendors();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One vendor (404 when absent or outside the caller's scope)")
    Vendor get(@PathVariable long id) {
        return register.get(id);
    }

    @PostMapping
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Register a vendor")
    ResponseEntity<Vendor> register(@Valid @RequestBody RegisterVendorCommand command) {
        Vendor vendor = register.register(command);
        return ResponseEntity.created(URI.create("/api/v1/vendors/" + vendor.id()))
                .body(vendor);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Change a vendor's name or status")
    Vendor update(@PathVariable long id, @Valid @RequestBody UpdateVendorCommand command) {
        return register.update(id, command);
    }
}
