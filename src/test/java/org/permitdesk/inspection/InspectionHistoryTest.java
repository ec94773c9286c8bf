package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.permitdesk.inspection.InspectionFixtures.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.inspection.ui.PermitInspectionsViewModel;
import org.permitdesk.permit.attachment.AttachmentService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.db.Database;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.PdfText;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/**
 * The permit's inspection history: a failed framing inspection with two correction items and its notice, then the
 * passed reinspection — both listed newest first with inspector, result, who recorded it, items and the notice.
 */
class InspectionHistoryTest {

    private static final Correction ALARMS = new Correction("CRC R314.3", "Install smoke alarms in each sleeping room.");
    private static final Correction BOLTS = new Correction(null, "Anchor bolts missing at the garage wall.");

    private record Failed(long permit, long failed, long passed, String inspectorName) {
    }

    /** Framing fails with two items (notice kept, then marked as emailed), the reinspection the next day passes. */
    private static Failed failedThenPassed(Database database) {
        String name = "Ray Whitfield " + UUID.randomUUID().toString().substring(0, 4);
        long inspector = InspectionFixtures.inspector(database, name);
        String username = database.fromTransaction(s -> s.createNativeQuery(
                "SELECT username FROM staff_user WHERE id = :id", String.class).setParameter("id", inspector)
                .getSingleResult());
        long permit = InspectionFixtures.issuedPermit(database, "21 History Ln", 33.73, -116.36, null);
        long framing = InspectionFixtures.type(database, permit, "FRAMING");
        InspectionResultService results = InspectionFixtures.results(database, null);
        long failed = InspectionFixtures.assigned(database, permit, framing, TimeWindow.AM, inspector);
        InspectionResultService.Outcome outcome = results.record(failed, InspectionResult.FAILED, "Two items to fix",
                List.of(ALARMS, BOLTS), InspectionFixtures.signedIn(inspector, username));
        new CorrectionNoticeService(database, InspectionFixtures.TEMPLATES, "City of Palm Valley")
                .noteOnNotice(outcome.notice(), "emailed to owner@example.com");
        long passed = InspectionFixtures.assigned(database, permit, framing, TimeWindow.PM, inspector);
        results.record(passed, InspectionResult.PASSED, null, List.of(), InspectionFixtures.signedIn(inspector, username));
        return new Failed(permit, failed, passed, name);
    }

    @DatabaseTest
    void theHistoryShowsTheFailureWithItemsAndNoticeAndThePassedReinspection(TestDb db) {
        Database database = db.database();
        Failed story = failedThenPassed(database);
        InspectionFixtures.assigned(database, InspectionFixtures.issuedPermit(database, "23 Other St", 33.7, -116.3,
                null), InspectionFixtures.type(database, story.permit(), "FOOTING"), TimeWindow.AM,
                InspectionFixtures.inspector(database, "Someone Else " + UUID.randomUUID()));

        List<InspectionRow> history = new InspectionRequestService(database, CLOCK).inspections(story.permit());

        assertEquals(List.of(story.passed(), story.failed()), history.stream().map(InspectionRow::id).toList(),
                "newest first: the PM reinspection above the morning's failure; another permit's inspection left out");
        InspectionRow passed = history.get(0);
        assertEquals("Framing", passed.typeName());
        assertEquals(InspectionResult.PASSED, passed.result());
        assertEquals("Passed", passed.resultLabel());
        assertEquals(story.inspectorName(), passed.inspectorName());
        assertEquals(List.of(), passed.corrections());
        assertFalse(passed.hasNotice());

        InspectionRow failed = history.get(1);
        assertEquals("Failed", failed.resultLabel());
        assertEquals(story.inspectorName(), failed.inspectorName());
        assertEquals(story.inspectorName(), failed.resultedBy(), "who recorded it, by name");
        assertEquals(InspectionFixtures.ON_THE_DAY.instant(), failed.resultedAt());
        assertEquals("Two items to fix", failed.resultNotes());
        assertEquals(List.of(ALARMS, BOLTS), failed.corrections());
        assertTrue(failed.hasNotice(), "the notice is found after its name was marked as emailed");
        String noticeName = database.fromTransaction(s -> s.createNativeQuery(
                "SELECT file_name FROM permit_attachment WHERE id = :id", String.class)
                .setParameter("id", failed.noticeAttachmentId()).getSingleResult());
        assertTrue(noticeName.startsWith("Correction notice ") && noticeName.contains(" inspection " + story.failed()
                + " (emailed to owner@example.com)"), noticeName);
    }

    @DatabaseTest
    void aNewRequestHasNoResultYetAndOnlyItsOwnNoticeCounts(TestDb db) {
        Database database = db.database();
        long permit = InspectionFixtures.issuedPermit(database, "25 History Ln", null, null, null);
        long framing = InspectionFixtures.type(database, permit, "FRAMING");
        long requested = new InspectionRequestService(database, CLOCK).request(permit, new InspectionRequest(framing,
                InspectionFixtures.DAY, TimeWindow.AM, "Pat Doe", "(760) 555-0101", "pat@example.com", null), TestUsers.clerk("carmen"));
        String number = database.fromTransaction(s -> s.createNativeQuery(
                "SELECT permit_number FROM permit WHERE id = :id", String.class).setParameter("id", permit)
                .getSingleResult());
        database.inTransaction(s -> s.createNativeMutationQuery("INSERT INTO permit_attachment (permit_id, file_name,"
                        + " content_type, size_bytes, content, added_by, added_at) VALUES (:permit, :name,"
                        + " 'application/pdf', 1, :content, 'carmen', :at)").setParameter("permit", permit)
                .setParameter("name", "Correction notice " + number + " inspection " + requested + "0.pdf")
                .setParameter("content", new byte[] {1}).setParameter("at", CLOCK.instant()).executeUpdate());

        InspectionRow row = new InspectionRequestService(database, CLOCK).inspections(permit).get(0);

        assertNull(row.result());
        assertEquals("", row.resultLabel());
        assertNull(row.inspectorName());
        assertEquals(List.of(), row.corrections());
        assertFalse(row.hasNotice(), "inspection " + requested + "0's notice is not inspection " + requested + "'s");
    }

    @DatabaseTest
    void theClerkSelectsTheFailureReadsItsItemsAndOpensTheNotice(TestDb db, @TempDir Path folder) throws Exception {
        Database database = db.database();
        Failed story = failedThenPassed(database);
        AttachmentService attachments = new AttachmentService(database, CLOCK);
        List<Path> opened = new ArrayList<>();
        PermitInspectionsViewModel vm = new PermitInspectionsViewModel(TaskRunner.sameThread(),
                new InspectionRequestService(database, CLOCK), TestUsers.clerk("carmen"),
                attachment -> attachments.writeOut(attachment, folder), opened::add);
        vm.load(story.permit());
        assertEquals(2, vm.inspections().size());
        assertTrue(vm.detailsProperty().get().startsWith("Select an inspection"), vm.detailsProperty().get());
        assertFalse(vm.hasNoticeProperty().get());

        vm.selectedProperty().set(vm.inspections().get(0));
        String passed = vm.detailsProperty().get();
        assertTrue(passed.startsWith("Framing, Mar 2, 2027 PM: Passed \u2014 recorded by " + story.inspectorName()),
                passed);
        assertFalse(vm.hasNoticeProperty().get(), "a pass has no notice to open");

        vm.selectedProperty().set(vm.inspections().get(1));
        String failed = vm.detailsProperty().get();
        assertTrue(failed.startsWith("Framing, Mar 2, 2027 AM: Failed \u2014 recorded by " + story.inspectorName()),
                failed);
        assertTrue(failed.contains("\nResult notes: Two items to fix"), failed);
        assertTrue(failed.contains("\n\u2022 CRC R314.3 \u2014 Install smoke alarms in each sleeping room."), failed);
        assertTrue(failed.contains("\n\u2022 Anchor bolts missing at the garage wall."), failed);
        assertTrue(failed.contains("correction notice is kept with the permit"), failed);
        assertTrue(vm.hasNoticeProperty().get());

        vm.openNotice();
        assertEquals(1, opened.size(), vm.messageProperty().get());
        assertTrue(opened.get(0).startsWith(folder));
        assertTrue(PdfText.of(Files.readAllBytes(opened.get(0))).contains("CRC R314.3"), "the notice itself is opened");
        assertFalse(vm.messageIsErrorProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Opened the correction notice of the framing inspection"),
                vm.messageProperty().get());
    }

    @DatabaseTest
    void aNoticeThatCannotBeWrittenSaysWhyAndOpensNothing(TestDb db) {
        Database database = db.database();
        Failed story = failedThenPassed(database);
        List<Path> opened = new ArrayList<>();
        PermitInspectionsViewModel vm = new PermitInspectionsViewModel(TaskRunner.sameThread(),
                new InspectionRequestService(database, CLOCK), TestUsers.clerk("carmen"), attachment -> {
                    throw new org.permitdesk.platform.UserFacingException("That attachment no longer exists.");
                }, opened::add);
        vm.load(story.permit());
        vm.selectedProperty().set(vm.inspections().get(1));
        vm.openNotice();
        assertEquals(List.of(), opened);
        assertTrue(vm.messageIsErrorProperty().get());
        assertEquals("That attachment no longer exists.", vm.messageProperty().get());
        assertNotNull(vm.selectedProperty().get());
    }
}
