package com.steward.app.dropfolders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.steward.app.contracts.ContractFixtures;
import com.steward.app.ingest.ColumnMappings;
import com.steward.app.ingest.DataImport;
import com.steward.app.ingest.ImportStatus;
import com.steward.app.ingest.Imports;
import com.steward.app.ingest.IngestFixtures;
import com.steward.app.lake.InteractionLake;
import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.OperationalAlert;
import com.steward.app.monitoring.OperationalAlerts;
import com.steward.app.security.Role;
import com.steward.app.support.TestAccounts;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * Drop folders end to end on a real lake and database: each file imported once and archived with its report, the
 * same bytes under two names imported once, a growing file left alone, a bad file rejected with nothing stored, a
 * vanished folder alerting without a crash, other files ignored, and the ledger surviving a restart of the service.
 * The service runs on a clock the test moves; the minute tick is off so only the test polls.
 */
@SpringBootTest(properties = "steward.drop-folders.tick=-")
@AutoConfigureMockMvc
abstract class DropFolderScenarios {

    static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @Autowired
    DropFolderRepository repository;

    @Autowired
    Imports imports;

    @Autowired
    ColumnMappings mappings;

    @Autowired
    OperationalAlerts operations;

    @Autowired
    InteractionLake lake;

    @Autowired
    MockMvc mvc;

    @Autowired
    VendorRegister vendors;

    @Autowired
    UserDirectory users;

    @Value("${steward.data-dir}")
    String dataDir;

    final MovingClock clock = new MovingClock(START);
    DropFolders folders;
    Path folder;
    String name;

    @BeforeEach
    void freshFolder() throws IOException {
        folders = restarted();
        name = "src-" + UUID.randomUUID().toString().substring(0, 8);
        folder = Files.createDirectories(folders.root().resolve(name));
    }

    /** A new service on the same database: what a restart of the application gives. */
    DropFolders restarted() {
        return new DropFolders(repository, imports, mappings, operations, clock, "", dataDir, 5);
    }

    DropFolderSource source(String pattern, String policy) {
        return folders.save(
                null,
                new SaveDropFolderCommand(name, name, pattern, null, "interactions", policy, "0 * * * * *", 2, true));
    }

    /** A minute later, one poll. */
    DropFolders.RunOutcome poll(DropFolders service, DropFolderSource source) {
        clock.advance(Duration.ofMinutes(1));
        return service.runNow(source.id());
    }

    String csv(int rows) {
        return IngestFixtures.interactionsCsv("drop-" + UUID.randomUUID() + "-", List.of("inhouse"), rows, 5);
    }

    List<DropFolderFile> ledger(DropFolderSource source) {
        return folders.files(source.id(), 100);
    }

    /** The inbox's operational alerts of this test's source, as an analyst sees them. */
    List<OperationalAlert> inbox() {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        return ContractFixtures.as(accounts, Role.ANALYST, () -> operations.list(Optional.empty())).stream()
                .filter(a -> a.origin().equals("drop folder " + name))
                .toList();
    }

    /** {@code rows} valid contacts but one with a CSAT of 9 (outside 1–5). */
    String csvWithOneBadRow(int rows) {
        String[] lines = IngestFixtures.interactionsCsv("drop-" + UUID.randomUUID() + "-", List.of("inhouse"), rows, 7)
                .split("\n");
        String[] cells = lines[3].split(",", -1);
        cells[16] = "9";
        lines[3] = String.join(",", cells);
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aFailedRunRaisesAnInboxAlertLinkingToItsImportOncePerFile() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        IngestFixtures.write(folder, "bad.csv", csvWithOneBadRow(5));
        poll(folders, source);
        poll(folders, source);
        poll(folders, source);

        DropFolderFile taken = ledger(source).getFirst();
        assertThat(taken.status()).isEqualTo("REJECTED");
        assertThat(inbox()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo("IMPORT_FAILED");
            assertThat(alert.link()).isEqualTo("/govern/imports/" + taken.importId());
            assertThat(alert.message()).contains("bad.csv");
            assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
            assertThat(alert.notification()).startsWith("not sent");
        });

        IngestFixtures.write(folder, "worse.csv", csvWithOneBadRow(6));
        poll(folders, source);
        poll(folders, source);
        assertThat(inbox()).as("a second failed file is a second alert").hasSize(2);
    }

    @Test
    void anImportRejectingMoreRowsThanTheThresholdRaisesAnAlertAndOneBelowDoesNot() throws IOException {
        DropFolderSource source = source("*.csv", "accept-good");
        IngestFixtures.write(folder, "fine.csv", csvWithOneBadRow(50)); // 1 of 50 rejected: 2 % ≤ 5 %
        poll(folders, source);
        poll(folders, source);
        assertThat(ledger(source).getFirst().status()).isEqualTo("IMPORTED");
        assertThat(inbox()).isEmpty();

        IngestFixtures.write(folder, "poor.csv", csvWithOneBadRow(10)); // 1 of 10 rejected: 10 % > 5 %
        poll(folders, source);
        poll(folders, source);
        DropFolderFile poor = ledger(source).getFirst();
        assertThat(poor.status()).as("the good rows were stored").isEqualTo("IMPORTED");
        assertThat(inbox()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo("REJECTS_ABOVE_THRESHOLD");
            assertThat(alert.link()).isEqualTo("/govern/imports/" + poor.importId());
            assertThat(alert.message()).contains("poor.csv", "1 of 10 rows rejected (10.0 %, above 5.0 %)");
        });
    }

    @Test
    void aSourceLateOnItsScheduleRaisesAnInboxAlertThatClearsWhenAFileArrives() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        clock.advance(Duration.ofDays(3));
        poll(folders, source);
        poll(folders, source);
        assertThat(inbox()).as("raised once while open").singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo("STALE");
            assertThat(alert.link()).isEqualTo("/govern/drop-folders?edit=" + source.id());
        });

        IngestFixtures.write(folder, "late.csv", csv(5));
        poll(folders, source);
        poll(folders, source);
        assertThat(inbox()).singleElement().satisfies(alert -> {
            assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(alert.resolvedBy()).isEqualTo("system");
        });
    }

    @Test
    void theInboxShowsFeedAlertsToStaffButNotToAVendor() throws Exception {
        DropFolderSource source = source("*.csv", "reject-file");
        IngestFixtures.write(folder, "bad.csv", csvWithOneBadRow(5));
        poll(folders, source);
        poll(folders, source);
        TestAccounts accounts = TestAccounts.create(vendors, users);
        mvc.perform(get("/monitoring").with(user(accounts.principal(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("drop folder " + name)));
        mvc.perform(get("/monitoring").with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("drop folder"))));
        mvc.perform(get("/api/v1/monitoring/operations").with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isForbidden());
        long id = inbox().getFirst().id();
        mvc.perform(post("/api/v1/monitoring/operations/" + id + "/resolve")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));
    }

    @Test
    void aDroppedFileIsImportedOnceAndArchivedWithItsReport() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        IngestFixtures.write(folder, "day1.csv", csv(120));

        assertThat(poll(folders, source).waiting())
                .as("first sight: not yet known complete")
                .isEqualTo(1);
        DropFolders.RunOutcome taken = poll(folders, source);
        assertThat(taken.imported()).isEqualTo(1);
        assertThat(folder.resolve("day1.csv")).doesNotExist();
        assertThat(folder.resolve("archive/day1.csv")).exists();
        String report = Files.readString(folder.resolve("archive/day1.csv.report.txt"));
        assertThat(report).contains("status: IMPORTED", "rows stored: 120", "rows rejected: 0");

        DropFolderFile row = ledger(source).getFirst();
        assertThat(row.status()).isEqualTo("IMPORTED");
        assertThat(row.sha256()).hasSize(64);
        DataImport record = imports.get(Objects.requireNonNull(row.importId()));
        assertThat(record.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(record.rowsAccepted()).isEqualTo(120);
        assertThat(record.sha256())
                .as("the importer's own checksum of the same bytes")
                .isEqualTo(row.sha256());
        assertThat(record.importedBy()).isEqualTo("drop-folder:" + name);

        assertThat(poll(folders, source).imported()).as("nothing new").isZero();
        assertThat(ledger(source)).hasSize(1);
        DropFolderSource after = folders.get(source.id());
        assertThat(after.lastResult()).startsWith("0 imported");
        assertThat(after.lastFileAt()).isEqualTo(START.plus(Duration.ofMinutes(2)));
    }

    @Test
    void theSameContentUnderTwoNamesIsImportedOnce() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        String content = csv(50);
        IngestFixtures.write(folder, "export.csv", content);
        IngestFixtures.write(folder, "export-copy.csv", content);
        long generation = lake.lake().snapshot().generation();

        poll(folders, source);
        DropFolders.RunOutcome taken = poll(folders, source);

        assertThat(taken.imported()).isEqualTo(1);
        assertThat(taken.duplicates()).isEqualTo(1);
        assertThat(lake.lake().snapshot().generation()).as("one commit").isEqualTo(generation + 1);
        assertThat(ledger(source))
                .extracting(DropFolderFile::status)
                .containsExactlyInAnyOrder("IMPORTED", "DUPLICATE");
        DropFolderFile duplicate = ledger(source).stream()
                .filter(f -> f.status().equals("DUPLICATE"))
                .findFirst()
                .orElseThrow();
        assertThat(duplicate.importId()).isNull();
        assertThat(Files.readString(folder.resolve("archive/" + duplicate.fileName() + ".report.txt")))
                .contains("status: DUPLICATE", "Same content as");
    }

    @Test
    void aFileStillBeingWrittenIsNotPickedUp() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        String[] lines = csv(40).split("\n", -1);
        Path file = folder.resolve("growing.csv");
        Files.writeString(file, String.join("\n", List.of(lines).subList(0, 10)) + "\n");
        assertThat(poll(folders, source).waiting()).isEqualTo(1);

        Files.writeString(file, String.join("\n", List.of(lines).subList(10, lines.length)), StandardOpenOption.APPEND);
        DropFolders.RunOutcome grown = poll(folders, source);
        assertThat(grown.imported()).as("size changed since the last poll").isZero();
        assertThat(grown.waiting()).isEqualTo(1);
        assertThat(file).exists();

        DropFolders.RunOutcome stable = poll(folders, source);
        assertThat(stable.imported()).isEqualTo(1);
        assertThat(imports.get(Objects.requireNonNull(ledger(source).getFirst().importId()))
                        .rowsAccepted())
                .as("the whole file, not its first part")
                .isEqualTo(40);
    }

    @Test
    void aDoneMarkerMakesAFileCompleteAtOnce() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        IngestFixtures.write(folder, "marked.csv", csv(10));
        IngestFixtures.write(folder, "marked.csv.done", "");

        DropFolders.RunOutcome first = poll(folders, source);

        assertThat(first.imported()).isEqualTo(1);
        assertThat(folder.resolve("marked.csv.done")).doesNotExist();
        assertThat(folder.resolve("archive/marked.csv")).exists();
    }

    @Test
    void aBadFileGoesToRejectedWithItsReportAndNothingIsStored() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        IngestFixtures.write(
                folder, "bad.csv", IngestFixtures.csvWithBadCsat("bad-" + UUID.randomUUID() + "-", "inhouse"));
        long generation = lake.lake().snapshot().generation();

        poll(folders, source);
        DropFolders.RunOutcome taken = poll(folders, source);

        assertThat(taken.rejected()).isEqualTo(1);
        assertThat(lake.lake().snapshot().generation()).as("nothing stored").isEqualTo(generation);
        assertThat(folder.resolve("rejected/bad.csv")).exists();
        String report = Files.readString(folder.resolve("rejected/bad.csv.report.txt"));
        assertThat(report).contains("status: REJECTED", "rows stored: 0", "rows rejected: 1", "first reasons:");
        assertThat(report).containsIgnoringCase("csat");
        DropFolderSource after = folders.get(source.id());
        assertThat(after.alertKind()).isEqualTo("IMPORT_FAILED");
        assertThat(after.alertMessage()).contains("bad.csv");
    }

    @Test
    void aFolderThatDisappearsRaisesAnAlertAndNothingCrashes() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        FileSystemUtils.deleteRecursively(folder);

        clock.advance(Duration.ofMinutes(1));
        List<DropFolders.RunOutcome> due = folders.runDue();

        assertThat(due).extracting(DropFolders.RunOutcome::sourceId).contains(source.id());
        DropFolderSource after = folders.get(source.id());
        assertThat(after.alertKind()).isEqualTo("FOLDER_MISSING");
        assertThat(after.lastResult()).contains("missing");

        Files.createDirectories(folder);
        poll(folders, source);
        assertThat(folders.get(source.id()).alertKind())
                .as("cleared when it is back")
                .isNull();
    }

    @Test
    void otherFilesNotMatchingThePatternAreIgnored() throws IOException {
        DropFolderSource source = source("calls-*.csv", "reject-file");
        IngestFixtures.write(folder, "calls-1.csv", csv(5));
        IngestFixtures.write(folder, "notes.txt", "not data");
        IngestFixtures.write(folder, "other.csv", csv(5));

        poll(folders, source);
        DropFolders.RunOutcome taken = poll(folders, source);

        assertThat(taken.imported()).isEqualTo(1);
        assertThat(taken.ignored()).isGreaterThanOrEqualTo(2);
        assertThat(folder.resolve("notes.txt")).exists();
        assertThat(folder.resolve("other.csv")).exists();
        assertThat(ledger(source)).extracting(DropFolderFile::fileName).containsExactly("calls-1.csv");
    }

    @Test
    void aRestartNeitherForgetsAWaitingFileNorReimportsATakenOne() throws IOException {
        DropFolderSource source = source("*.csv", "reject-file");
        String content = csv(30);
        IngestFixtures.write(folder, "a.csv", content);
        poll(folders, source);

        DropFolders afterRestart = restarted();
        assertThat(poll(afterRestart, source).imported())
                .as("stable since the poll before the restart")
                .isEqualTo(1);

        IngestFixtures.write(folder, "a.csv", content);
        DropFolders secondRestart = restarted();
        poll(secondRestart, source);
        DropFolders.RunOutcome again = poll(secondRestart, source);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(folder.resolve("archive").toFile().list())
                .as("the second a.csv is archived under its ledger id")
                .hasSize(4);
    }

    @Test
    void theNextRunFollowsTheCronAndNoFileForTooLongAlerts() throws IOException {
        DropFolderSource source = folders.save(
                null,
                new SaveDropFolderCommand(name, folder.toString(), "*.csv", null, null, null, "0 0 3 * * *", 2, true));
        // Created at 10:00 UTC on 7 December: the next 03:00 is on the 8th.
        assertThat(folders.nextRun(source)).contains(Instant.parse("2026-12-08T03:00:00Z"));
        clock.advance(Duration.ofHours(1));
        assertThat(folders.runDue())
                .extracting(DropFolders.RunOutcome::sourceId)
                .doesNotContain(source.id());

        clock.set(Instant.parse("2026-12-08T03:00:00Z"));
        assertThat(folders.runDue())
                .extracting(DropFolders.RunOutcome::sourceId)
                .contains(source.id());
        assertThat(folders.get(source.id()).alertKind())
                .as("one day without a file")
                .isNull();
        assertThat(folders.nextRun(folders.get(source.id()))).contains(Instant.parse("2026-12-09T03:00:00Z"));

        clock.set(Instant.parse("2026-12-10T03:00:00Z"));
        folders.runDue();
        assertThat(folders.get(source.id()).alertKind())
                .as("three days, stale after two")
                .isEqualTo("STALE");
    }

    @Test
    void foldersOutsideTheRootBadPatternsAndBadCronsAreRefused() throws IOException {
        Path outside = Files.createTempDirectory("outside-root");
        assertThatThrownBy(() -> folders.folder("../" + name + "/../../"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("inside");
        assertThatThrownBy(() -> folders.folder(outside.toString())).hasMessageContaining("inside");
        assertThatThrownBy(() -> folders.folder(name + "/nope")).hasMessageContaining("No such folder");
        Path link = folders.root().resolve(name + "-link");
        Files.createSymbolicLink(link, outside);
        assertThatThrownBy(() -> folders.folder(link.toString())).hasMessageContaining("inside");
        assertThatThrownBy(() -> folders.save(
                        null,
                        new SaveDropFolderCommand(name, name, "*.csv", null, null, null, "every minute", 2, true)))
                .hasMessageContaining("cron");
        assertThatThrownBy(() -> folders.save(
                        null,
                        new SaveDropFolderCommand(name, name, "../*.csv", null, null, null, "0 * * * * *", 2, true)))
                .hasMessageContaining("pattern");
        assertThatThrownBy(() -> folders.save(
                        null,
                        new SaveDropFolderCommand(name, name, "*.csv", "no-such", null, null, "0 * * * * *", 2, true)))
                .hasMessageContaining("mapping");
        assertThat(folders.all()).extracting(DropFolderSource::name).doesNotContain(name);
    }

    @Test
    void theApiCreatesAndRunsForAnalystsAndRefusesVendors() throws Exception {
        TestAccounts accounts = TestAccounts.create(vendors, users);
        String body = "{\"name\":\"" + name + "\",\"folder\":\"" + name + "\",\"schedule\":\"0 */5 * * * *\"}";
        mvc.perform(post("/api/v1/drop-folders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(accounts.principal(Role.VENDOR)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/drop-folders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source.folder").value(folder.toString()))
                .andExpect(jsonPath("$.source.pattern").value("*.csv"))
                .andExpect(jsonPath("$.nextRun").exists());
        mvc.perform(post("/api/v1/drop-folders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "-2\",\"folder\":\"../../etc\",\"schedule\":\"0 * * * * *\"}")
                        .with(user(accounts.principal(Role.ANALYST)))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        long id = folders.all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/api/v1/drop-folders/" + id + "/run")
                        .with(user(accounts.principal(Role.MANAGER)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0));
        mvc.perform(get("/api/v1/drop-folders/" + id).with(user(accounts.principal(Role.VENDOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/govern/drop-folders").with(user(accounts.principal(Role.ANALYST))))
                .andExpect(status().isOk());
    }

    /** A clock the test moves by hand. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
