package com.steward.app.vendors;

import static com.steward.app.database.SqlValues.instant;
import static com.steward.app.database.SqlValues.integer;
import static com.steward.app.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL access to a vendor's profile, contacts, documents and status history. Callers have already
 * checked that the vendor is in the caller's scope (through {@link VendorRegister#get}); every
 * query is keyed by vendor id so a record of another vendor is never reached through this one.
 */
@Repository
class VendorDetailsRepository {

    private static final String DOCUMENT_COLUMNS =
            "id, vendor_id, file_name, extension, size_bytes, sha256, description, shared_with_vendor, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    VendorDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- profile

    Optional<VendorProfile> profile(long vendorId) {
        return jdbc.sql("SELECT * FROM vendor_profiles WHERE vendor_id = :id")
                .param("id", vendorId)
                .query((rs, row) -> new VendorProfile(
                        rs.getLong("vendor_id"),
                        integer(rs, "years_in_business"),
                        VendorProfile.items(rs.getString("sites")),
                        VendorProfile.items(rs.getString("countries")),
                        VendorProfile.items(rs.getString("languages")),
                        VendorProfile.items(rs.getString("industries")),
                        integer(rs, "seats"),
                        instant(rs, "updated_at")))
                .optional();
    }

    void saveProfile(long vendorId, UpdateVendorProfileCommand c, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE vendor_profiles SET years_in_business = :years, sites = :sites, countries = :countries,
                          languages = :languages, industries = :industries, seats = :seats, updated_at = :now
                        WHERE vendor_id = :id
                        """).params(profileParams(vendorId, c, now)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO vendor_profiles (vendor_id, years_in_business, sites, countries, languages, industries, seats, updated_at)
                            VALUES (:id, :years, :sites, :countries, :languages, :industries, :seats, :now)
                            """).params(profileParams(vendorId, c, now)).update();
        }
    }

    private static Map<String, Object> profileParams(long vendorId, UpdateVendorProfileCommand c, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", vendorId);
        p.put("years", c.yearsInBusiness());
        p.put("sites", String.join("\n", c.sites()));
        p.put("countries", String.join(", ", c.countries()));
        p.put("languages", String.join(", ", c.languages()));
        p.put("industries", String.join(", ", c.industries()));
        p.put("seats", c.seats());
        p.put("now", utc(now));
        return p;
    }

    // --- contacts

    List<VendorContact> contacts(long vendorId) {
        return jdbc.sql("SELECT * FROM vendor_contacts WHERE vendor_id = :id ORDER BY name, id")
                .param("id", vendorId)
                .query(VendorDetailsRepository::contact)
                .list();
    }

    Optional<VendorContact> contact(long vendorId, long contactId) {
        return jdbc.sql("SELECT * FROM vendor_contacts WHERE vendor_id = :vendor AND id = :id")
                .param("vendor", vendorId)
                .param("id", contactId)
                .query(VendorDetailsRepository::contact)
                .optional();
    }

    long insertContact(long vendorId, AddVendorContactCommand c, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO vendor_contacts (vendor_id, name, title, email, phone, created_at)
                        VALUES (:vendor, :name, :title, :email, :phone, :now)
                        """)
                .param("vendor", vendorId)
                .param("name", c.name().strip())
                .param("title", blankIfNull(c.title()))
                .param("email", blankIfNull(c.email()))
                .param("phone", blankIfNull(c.phone()))
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void deleteContact(long vendorId, long contactId) {
        jdbc.sql("DELETE FROM vendor_contacts WHERE vendor_id = :vendor AND id = :id")
                .param("vendor", vendorId)
                .param("id", contactId)
                .update();
    }

    private static VendorContact contact(ResultSet rs, int row) throws SQLException {
        return new VendorContact(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getString("email"),
                rs.getString("phone"),
                instant(rs, "created_at"));
    }

    static String blankIfNull(String s) {
        return s == null ? "" : s.strip();
    }

    // --- status history

    void insertStatusChange(long vendorId, VendorStatus from, VendorStatus to, String reason, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO vendor_status_changes (vendor_id, from_status, to_status, reason, changed_by, changed_at)
                        VALUES (:vendor, :from, :to, :reason, :by, :now)
                        """)
                .param("vendor", vendorId)
                .param("from", from.name())
                .param("to", to.name())
                .param("reason", blankIfNull(reason))
                .param("by", by)
                .param("now", utc(now))
                .update();
    }

    List<VendorStatusChange> statusChanges(long vendorId) {
        return jdbc.sql("SELECT * FROM vendor_status_changes WHERE vendor_id = :id ORDER BY changed_at DESC, id DESC")
                .param("id", vendorId)
                .query((rs, row) -> new VendorStatusChange(
                        rs.getLong("id"),
                        rs.getLong("vendor_id"),
                        VendorStatus.valueOf(rs.getString("from_status")),
                        VendorStatus.valueOf(rs.getString("to_status")),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        instant(rs, "changed_at")))
                .list();
    }

    // --- documents

    List<VendorDocument> documents(long vendorId, boolean includeInternal) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS
                        + " FROM vendor_documents WHERE vendor_id = :id AND (shared_with_vendor = TRUE OR :internal = TRUE)"
                        + " ORDER BY uploaded_at DESC, id DESC")
                .param("id", vendorId)
                .param("internal", includeInternal)
                .query(VendorDetailsRepository::document)
                .list();
    }

    Optional<VendorDocument> document(long vendorId, long documentId, boolean includeInternal) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS
                        + " FROM vendor_documents WHERE vendor_id = :vendor AND id = :id"
                        + " AND (shared_with_vendor = TRUE OR :internal = TRUE)")
                .param("vendor", vendorId)
                .param("id", documentId)
                .param("internal", includeInternal)
                .query(VendorDetailsRepository::document)
                .optional();
    }

    Optional<String> storedName(long documentId) {
        return jdbc.sql("SELECT stored_name FROM vendor_documents WHERE id = :id")
                .param("id", documentId)
                .query(String.class)
                .optional();
    }

    long insertDocument(
            long vendorId,
            String fileName,
            String extension,
            long size,
            String sha256,
            String storedName,
            String description,
            boolean shared,
            String by,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO vendor_documents (vendor_id, file_name, extension, size_bytes, sha256, stored_name,
                          description, shared_with_vendor, uploaded_by, uploaded_at)
                        VALUES (:vendor, :name, :ext, :size, :sha, :stored, :description, :shared, :by, :now)
                        """)
                .param("vendor", vendorId)
                .param("name", fileName)
                .param("ext", extension)
                .param("size", size)
                .param("sha", sha256)
                .param("stored", storedName)
                .param("description", blankIfNull(description))
                .param("shared", shared)
                .param("by", by)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void deleteDocument(long vendorId, long documentId) {
        jdbc.sql("DELETE FROM vendor_documents WHERE vendor_id = :vendor AND id = :id")
                .param("vendor", vendorId)
                .param("id", documentId)
                .update();
    }

    private static VendorDocument document(ResultSet rs, int row) throws SQLException {
        return new VendorDocument(
                rs.getLong("id"),
                rs.getLong("vendor_id"),
                rs.getString("file_name"),
                rs.getString("extension"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("description"),
                rs.getBoolean("shared_with_vendor"),
                rs.getString("uploaded_by"),
                instant(rs, "uploaded_at"));
    }
}
