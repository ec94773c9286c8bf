package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.permitdesk.permit.PermitEditService;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitEditViewModelTest {

    @DatabaseTest
    void aRefusedSaveNamesWhoChangedThePermitAndKeepsWhatTheClerkTyped(TestDb db) {
        long id = TestPermits.create(db.database(), "B" + UUID.randomUUID().toString().substring(0, 8), "2 Form Ct",
                "123-456-786", "Owner Name", null);
        PermitSearchService permits = new PermitSearchService(db.database());
        PermitEditService edits = new PermitEditService(db.database());
        PermitEditViewModel dana = new PermitEditViewModel(TaskRunner.sameThread(), permits, edits, TestUsers.clerk("dana"), () -> { });
        PermitEditViewModel carmen = new PermitEditViewModel(TaskRunner.sameThread(), permits, edits, TestUsers.clerk("carmen"), () -> { });
        dana.load(id);
        carmen.load(id);

        dana.valuationProperty().set("45,000");
        dana.save();
        carmen.descriptionProperty().set("Garage conversion to ADU");
        carmen.save();

        assertTrue(carmen.messageIsErrorProperty().get());
        assertTrue(carmen.messageProperty().get().contains("was changed by dana at"), carmen.messageProperty().get());
        assertEquals("Garage conversion to ADU", carmen.descriptionProperty().get(), "the clerk's input stays");
        carmen.reload();
        assertEquals("45000.00", carmen.valuationProperty().get());
        carmen.descriptionProperty().set("Garage conversion to ADU");
        carmen.save();
        assertEquals("Saved.", carmen.messageProperty().get());
    }
}
