package com.steward.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.ContractFixtures;
import com.steward.app.ingest.Dataset;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.IngestFixtures;
import com.steward.app.ingest.StartImportCommand;
import com.steward.app.security.Role;
import com.steward.app.support.EmbeddedDatabase;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A vendor whose CSAT collapses in its last weeks raises an SPC alert as soon as its data is imported, e-mailed
 * through an in-process SMTP server (GreenMail); a stable vendor raises none; the inbox is scoped per vendor and acknowledge/resolve are audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedDatabase
@TestPropertySource(
        properties = {
            "steward.scorecards.cron=-",
            "steward.monitoring.cron=-",
            "steward.monitoring.baseline-weeks=6",
            "steward.monitoring.metrics=csat",
            "steward.monitoring.mail.to=governance@example.com",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025"
        })
class MonitoringAlertsIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Autowired
    Imports imports;

    @Autowired
    Monitoring monitoring;

    @Autowired
    AuditLog audit;

    @Test
    void aRealDropRaisesOneMailedAlertAndAStableVendorNone() throws Exception {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        String degrading = accounts.ownVendor.code();
        String stable = accounts.otherVendor.code();
        Path file = Files.createTempFile("spc-", ".csv");
        Files.writeString(file, csv(degrading, stable));
        imports.importNow(new StartImportCommand(Dataset.INTERACTIONS, file, null, null, "test", "test"), p -> {});

        // the import itself ran the check: the alerts exist, and were mailed, without anyone clicking "Check now"
        List<Alert> raised = ContractFixtures.as(accounts, Role.ANALYST, () -> monitoring.alerts(AlertStatus.OPEN));
        assertThat(raised).isNotEmpty();
        assertThat(raised).allMatch(a -> a.vendorCode().equals(degrading));
        assertThat(raised.getFirst().direction()).isEqualTo("LOW");
        assertThat(raised.getFirst().notification()).startsWith("sent to governance@example.com");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("SPC alert");

        // checking again raises nothing new and sends nothing
        CheckOutcome again = ContractFixtures.as(accounts, Role.ANALYST, monitoring::check);
        assertThat(again.charts()).isPositive();
        assertThat(again.newAlerts()).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        Alert alert = raised.getFirst();
        var otherVendorUser = accounts.principal(Role.VENDOR);
        // the VENDOR principal belongs to the own vendor (the degrading one) and sees the alert
        mvc.perform(get("/api/v1/monitoring/alerts/" + alert.id()).with(user(otherVendorUser)))
                .andExpect(status().isOk());
        long before = audit.count();
        Alert acknowledged =
                ContractFixtures.as(accounts, Role.MANAGER, () -> monitoring.acknowledge(alert.id(), "looking"));
        assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        Alert resolved = ContractFixtures.as(accounts, Role.MANAGER, () -> monitoring.resolve(alert.id(), "coached"));
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(audit.count()).isEqualTo(before + 2);
        mvc.perform(get("/monitoring").with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk());
    }

    @Test
    void aVendorUserCannotSeeAnotherVendorsChartOrAlert() throws Exception {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        var vendor = user(accounts.principal(Role.VENDOR));
        mvc.perform(get("/api/v1/monitoring/charts/" + accounts.otherVendor.code() + "/csat")
                        .with(vendor))
                .andExpect(status().isNotFound());
    }

    /** 16 weeks from 2026-01-05: CSAT ~85 % top-2-box for both; the degrading vendor falls to ~55 % in weeks 13–16. */
    static String csv(String degrading, String stable) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(IngestFixtures.HEADER).append('\n');
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        int id = 0;
        for (int week = 0; week < 16; week++) {
            for (String vendor : List.of(degrading, stable)) {
                double top2 = vendor.equals(degrading) && week >= 12 ? 0.55 : 0.85;
                for (int i = 0; i < 120; i++) {
                    Instant arrived = start.plusSeconds(week * 7L * 86400 + random.nextInt(5 * 86400));
                    Instant answered = arrived.plusSeconds(10);
                    Instant ended = answered.plusSeconds(300);
                    int csat = random.nextDouble() < top2 ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
                    csv.append(String.join(
                                    ",",
                                    prefix + "-" + id++,
                                    vendor,
                                    "s1",
                                    "voice",
                                    "billing",
                                    "CA",
                                    "c" + random.nextInt(100000),
                                    "true",
                                    arrived.toString(),
                                    answered.toString(),
                                    ended.toString(),
                                    "300",
                                    "false",
                                    "true",
                                    "false",
                                    "a1",
                                    Integer.toString(csat),
                                    "",
                                    ""))
                            .append('\n');
                }
            }
        }
        return csv.toString();
    }
}
