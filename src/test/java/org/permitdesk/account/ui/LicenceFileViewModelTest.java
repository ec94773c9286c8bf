package org.permitdesk.account.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.account.LicenceCheck;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.account.cslb.CslbLicenceCheck;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class LicenceFileViewModelTest {

    private static final Path CSLB_SAMPLE = Path.of("..", "shared", "data", "cslb", "MasterLicenseData-sample.csv");
    private final Clock clock = Clock.fixed(Instant.parse("2020-12-01T16:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private LicenceFileViewModel viewModel(TestDb db) {
        CslbLicenceService licences = new CslbLicenceService(db.database());
        return new LicenceFileViewModel(TaskRunner.sameThread(), new CslbImportService(db.database(), clock), licences,
                new CslbLicenceCheck(licences, clock), TestUsers.ADMIN);
    }

    @DatabaseTest
    void importingTheMasterFileSaysHowManyAndALicenceCanThenBeChecked(TestDb db) throws IOException {
        LicenceFileViewModel vm = viewModel(db);
        vm.importFile(CSLB_SAMPLE);

        long lines = Files.lines(CSLB_SAMPLE).count();
        assertTrue(vm.messageProperty().get().startsWith("Imported " + lines + " licences in "), vm.messageProperty().get());
        assertFalse(vm.messageIsErrorProperty().get());
        assertEquals(lines + " contractors' licences stored.", vm.storedProperty().get());

        vm.licenceNumberProperty().set("1000001");
        vm.checkLicence();
        assertEquals(LicenceCheck.Standing.GOOD, vm.licenceProperty().get().standing());
        assertTrue(vm.licenceProperty().get().text().contains("STOKES JOHN R"), vm.licenceProperty().get().text());
    }

    @DatabaseTest
    void aFileThatIsNotAMasterFileIsRefusedAndTheStoredLicencesStay(TestDb db) throws IOException {
        LicenceFileViewModel vm = viewModel(db);
        vm.importFile(CSLB_SAMPLE);
        Path notIt = Files.writeString(folder.resolve("permits.csv"), "permit,address\nB1,1 Main St\nB2,2 Main St\n");

        vm.importFile(notIt);

        assertTrue(vm.messageIsErrorProperty().get());
        assertTrue(vm.messageProperty().get().endsWith("The stored licences are unchanged."), vm.messageProperty().get());
        assertTrue(vm.storedProperty().get().startsWith(Files.lines(CSLB_SAMPLE).count() + " "));
    }
}
