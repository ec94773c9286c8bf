package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.permit.blds.BldsFiles;
import org.permitdesk.permit.blds.BldsImportService;
import org.permitdesk.permit.ui.PermitDetailViewModel.Field;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitDetailViewModelTest {

    @TempDir
    Path folder;

    @Test
    void anImportedPermitShowsTheCitysOwnStatusBesideItsStatus() {
        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            Path file = BldsFiles.write(folder, "one.csv",
                    BldsFiles.row("RR-77", "77 Status St").replace("Issued,Permit Issued", "Withdrawn by owner,"));
            new BldsImportService(db.database(), Clock.systemUTC()).importFile(file, false, rows -> { }, TestUsers.ADMIN);
            PermitSearchService service = new PermitSearchService(db.database());
            PermitDetailViewModel viewModel = new PermitDetailViewModel(TaskRunner.sameThread(), service);

            viewModel.load(service.search("RR-77").permits().get(0).id());

            assertEquals("Void", viewModel.statusProperty().get());
            assertEquals(List.of(new Field("Status", "Void"), new Field("Imported status", "Withdrawn by owner")),
                    viewModel.permitFields().subList(3, 5));
        }
    }

    @Test
    void aPermitMadeInPermitDeskHasNoImportedStatus() {
        try (TestDb db = TestDb.create(TestDb.Kind.H2)) {
            long id = TestPermits.create(db.database(), "B2611-777", "777 Own St", "777-000-001", "Ana Kim", null);
            PermitDetailViewModel viewModel = new PermitDetailViewModel(TaskRunner.sameThread(),
                    new PermitSearchService(db.database()));

            viewModel.load(id);

            assertFalse(viewModel.permitFields().stream().anyMatch(field -> field.label().equals("Imported status")));
        }
    }
}
