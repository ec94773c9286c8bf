package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.blds.BldsImportService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitImportViewModelTest {

    @TempDir
    Path folder;

    @DatabaseTest
    void anInvalidRowStopsTheImportAndIsListedUnlessInvalidRowsAreSkipped(TestDb db) throws Exception {
        String number = "VM" + System.nanoTime();
        Path file = Files.writeString(folder.resolve("permits.csv"), "PermitNum,Description,AppliedDate,IssuedDate,"
                + "OriginalAddress1,OriginalCity,OriginalState,PermitType,PermitTypeDesc\n"
                + number + "-1,Deck,2024-03-01,,12 Import Way,Burlington,ON,SO,Single Detached\n"
                + number + "-2,Pool,not a date,,14 Import Way,Burlington,ON,SO,Single Detached\n");
        PermitImportViewModel vm = new PermitImportViewModel(TaskRunner.sameThread(),
                new BldsImportService(db.database(), Clock.systemUTC()), TestUsers.ADMIN);

        vm.importFile(file);
        assertTrue(vm.messageIsErrorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Nothing imported: 1 of 2 rows are invalid"), vm.messageProperty().get());
        assertTrue(vm.rejected().get(0).startsWith("Line 3: "), vm.rejected().toString());

        vm.skipInvalidProperty().set(true);
        vm.importFile(file);
        assertFalse(vm.messageIsErrorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Imported 1 permit in"), vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("1 row skipped (written to"), vm.messageProperty().get());
    }
}
