package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** The administrators' inspection settings, and what the rest of inspections does with them. */
class InspectionSettingsServiceTest {

    private static final ZoneId CITY = ZoneId.of("America/Los_Angeles");
    /** Monday 1 March 2027, 9:00. */
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, CITY).toInstant(), CITY);
    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);

    static long issuedPermit(TestDb db, String prefix, Double lat, Double lon) {
        long permit = TestPermits.create(db.database(), prefix + UUID.randomUUID().toString().substring(0, 8),
                "1 Settings St", "123-456-702", "Owner", null);
        db.database().inTransaction(s -> s.createNativeMutationQuery("UPDATE site SET latitude = :lat, longitude = :lon"
                        + " WHERE id = (SELECT site_id FROM permit WHERE id = :id)")
                .setParameter("lat", lat, Double.class).setParameter("lon", lon, Double.class).setParameter("id", permit)
                .executeUpdate());
        PermitLifecycleService lifecycle = new PermitLifecycleService(db.database(), CLOCK, List.of());
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(permit, db.database().fromTransaction(s -> s.find(Permit.class, permit).getVersion()),
                    action, null, TestUsers.clerk("carmen"));
        }
        return permit;
    }

    static InspectionRequest request(long typeId, LocalDate day, TimeWindow window) {
        return new InspectionRequest(typeId, day, window, "Pat Doe", "(760) 555-0101", "pat@example.com", null);
    }

    static long inspector(TestDb db, String name) {
        String username = "insp" + UUID.randomUUID().toString().substring(0, 6);
        new StaffService(db.database(), new PasswordHasher(), CLOCK).createUser(username, name, "a long password",
                EnumSet.of(Role.INSPECTOR), TestUsers.ADMIN);
        return db.database().fromTransaction(s -> s.createNativeQuery("SELECT id FROM staff_user WHERE username = :u",
                Long.class).setParameter("u", username).getSingleResult());
    }

    private static long requestAt(TestDb db, double lat, double lon, LocalDate day, TimeWindow window) {
        long permit = issuedPermit(db, "B", lat, lon);
        InspectionRequestService requests = new InspectionRequestService(db.database(), CLOCK);
        return requests.request(permit, request(requests.typesFor(permit).get(0).getId(), day, window), TestUsers.clerk("carmen"));
    }

    @DatabaseTest
    void theOfficeInTheSettingsIsWhereRoutesStartAndDistrictsAreMeasuredFromAndTheCutOffMovesTheEarliestDay(TestDb db) {
        InspectionSettingsService settings = new InspectionSettingsService(db.database());
        InspectionSettingsService.Settings defaults = settings.settings();
        assertEquals(new InspectionSettingsService.Settings(33.7222, -116.3745, LocalTime.of(15, 0)), defaults);
        long inspectorId = inspector(db, "Office Route " + UUID.randomUUID());
        long nearCityHall = requestAt(db, 33.7240, -116.3730, TUESDAY, TimeWindow.AM);
        long farNorthEast = requestAt(db, 33.8000, -116.3000, TUESDAY, TimeWindow.AM);
        InspectionAssignmentService board = new InspectionAssignmentService(db.database());
        board.assign(nearCityHall, inspectorId, TestUsers.SUPERVISOR);
        board.assign(farNorthEast, inspectorId, TestUsers.SUPERVISOR);
        InspectorRouteService routes = new InspectorRouteService(db.database());
        assertEquals(nearCityHall, routes.route(inspectorId, TUESDAY).stops().get(0).inspectionId());
        assertEquals("NE", district(board, farNorthEast));
        InspectionRequestService requests = new InspectionRequestService(db.database(), CLOCK);
        assertEquals(TUESDAY, requests.earliestDay());

        UserFacingException wrong = assertThrows(UserFacingException.class,
                () -> settings.save(defaults, "133.8", "-116.3", "3pm", TestUsers.ADMIN));
        assertTrue(wrong.getMessage().contains("latitude is a number of degrees from -90 to 90"), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("HH:MM"), wrong.getMessage());
        InspectionSettingsService.Settings moved = settings.save(defaults, " 33.81 ", "-116.29", "8:30", TestUsers.ADMIN);

        assertEquals(farNorthEast, routes.route(inspectorId, TUESDAY).stops().get(0).inspectionId(),
                "the route now starts at the new office, beside the far stop");
        assertEquals("SW", district(board, farNorthEast));
        assertEquals(TUESDAY.plusDays(1), requests.earliestDay(), "9:00 is after the 8:30 cut-off");
        UserFacingException collision = assertThrows(UserFacingException.class,
                () -> settings.save(defaults, "33.7", "-116.3", "15:00", TestUsers.ADMIN));
        assertTrue(collision.getMessage().contains("changed by someone else"), collision.getMessage());

        settings.save(moved, "33.7222", "-116.3745", "15:00", TestUsers.ADMIN);
        assertEquals(defaults, settings.settings());
    }

    private static String district(InspectionAssignmentService board, long inspectionId) {
        return board.board(TUESDAY).rows().stream().filter(r -> r.inspectionId() == inspectionId).findFirst()
                .orElseThrow().district();
    }

    @DatabaseTest
    void aNewHolidayRefusesRequestsForThatDayAndSaysHowManyWereAlreadyMade(TestDb db) {
        CityHolidayService holidays = new CityHolidayService(db.database(), CLOCK);
        LocalDate wednesday = LocalDate.of(2027, 3, 3);
        long permit = issuedPermit(db, "B", null, null);
        InspectionRequestService requests = new InspectionRequestService(db.database(), CLOCK);
        long type = requests.typesFor(permit).get(0).getId();
        requests.request(permit, request(type, wednesday, TimeWindow.AM), TestUsers.clerk("carmen"));

        CityHolidayService.Added added = holidays.add(wednesday, " Founders' Day ", TestUsers.ADMIN);

        assertEquals("Added " + Formats.date(wednesday) + ", Founders' Day. 1 inspection is requested on that day"
                + " \u2014 they stay; reschedule them from the board.", added.message());
        assertTrue(holidays.holidays(2027).contains(new CityHolidayService.Holiday(wednesday, "Founders' Day")));
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> requests.request(permit, request(type, wednesday, TimeWindow.PM), TestUsers.clerk("carmen")));
        assertTrue(refused.getMessage().contains("is Founders' Day, a city holiday"), refused.getMessage());
        UserFacingException twice = assertThrows(UserFacingException.class, () -> holidays.add(wednesday, "Again", TestUsers.ADMIN));
        assertTrue(twice.getMessage().contains("is already a city holiday (Founders' Day)"), twice.getMessage());
        UserFacingException past = assertThrows(UserFacingException.class,
                () -> holidays.add(LocalDate.of(2026, 12, 31), "New Year's Eve", TestUsers.ADMIN));
        assertTrue(past.getMessage().startsWith("2026 is past"), past.getMessage());
        assertThrows(UserFacingException.class, () -> holidays.remove(LocalDate.of(2026, 12, 25), TestUsers.ADMIN));

        holidays.remove(wednesday, TestUsers.ADMIN);
        assertFalse(holidays.holidays(2027).stream().anyMatch(h -> h.date().equals(wednesday)));
        requests.request(permit, request(type, wednesday, TimeWindow.PM), TestUsers.clerk("carmen"));
    }

    @DatabaseTest
    void changingAnInspectorsDistrictChangesWhoTheBoardProposes(TestDb db) {
        LocalDate thursday = LocalDate.of(2027, 3, 4);
        InspectorDistrictService districts = new InspectorDistrictService(db.database());
        long ines = inspector(db, "District Ines " + UUID.randomUUID());
        inspector(db, "District Anywhere " + UUID.randomUUID());
        long southWest = requestAt(db, 33.70, -116.40, thursday, TimeWindow.PM);
        InspectionAssignmentService board = new InspectionAssignmentService(db.database());
        InspectorDistrictService.InspectorDistrict before = districts.inspectors().stream().filter(i -> i.id() == ines)
                .findFirst().orElseThrow();
        assertEquals(null, before.district());

        InspectorDistrictService.InspectorDistrict saved = districts.setDistrict(ines, before.version(), "SW", TestUsers.ADMIN);

        assertEquals("SW", saved.district());
        assertEquals(ines, board.propose(thursday, TestUsers.SUPERVISOR).get(southWest), "the only inspector of the south-west");
        UserFacingException stale = assertThrows(UserFacingException.class,
                () -> districts.setDistrict(ines, before.version(), "NE", TestUsers.ADMIN));
        assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());
        UserFacingException unknown = assertThrows(UserFacingException.class,
                () -> districts.setDistrict(ines, saved.version(), "N", TestUsers.ADMIN));
        assertTrue(unknown.getMessage().startsWith("Choose NE, NW, SE or SW"), unknown.getMessage());
        districts.setDistrict(ines, saved.version(), "NE", TestUsers.ADMIN);
        assertNotEquals(ines, board.propose(thursday, TestUsers.SUPERVISOR).get(southWest), "now north-east: someone who goes anywhere");
    }

    @DatabaseTest
    void editingOrRetiringALibraryItemKeepsWhatInspectionsRecorded(TestDb db) {
        CorrectionLibraryService library = new CorrectionLibraryService(db.database());
        String code = "CRC R" + UUID.randomUUID().toString().substring(0, 5);
        CorrectionLibraryService.LibraryItem item = library.add("  " + code + " ", " Provide guards at the deck edge. ", TestUsers.ADMIN);
        assertEquals(code, item.codeRef());
        UserFacingException duplicate = assertThrows(UserFacingException.class,
                () -> library.add(code, "Provide guards at the deck edge.", TestUsers.ADMIN));
        assertTrue(duplicate.getMessage().contains("already has " + code), duplicate.getMessage());
        UserFacingException empty = assertThrows(UserFacingException.class, () -> library.add(code, " ", TestUsers.ADMIN));
        assertTrue(empty.getMessage().contains("Give the correction text"), empty.getMessage());
        assertEquals(List.of(item), library.items(code.toLowerCase()));

        long permit = issuedPermit(db, "B", null, null);
        InspectionRequestService requests = new InspectionRequestService(db.database(), CLOCK);
        long inspection = requests.request(permit, request(requests.typesFor(permit).get(0).getId(), TUESDAY,
                TimeWindow.AM), TestUsers.clerk("carmen"));
        InspectionResultService results = InspectionFixtures.results(db.database(), null);
        long inspector = InspectionFixtures.inspector(db.database(), "Ray " + UUID.randomUUID());
        new InspectionAssignmentService(db.database()).assign(inspection, inspector, TestUsers.SUPERVISOR);
        Correction picked = results.library().stream().filter(c -> c.codeRef().equals(code)).findFirst().orElseThrow();
        results.record(inspection, InspectionResult.FAILED, null, List.of(picked), TestUsers.inspector("ray"));

        CorrectionLibraryService.LibraryItem changed = library.change(item.id(), item.version(), code,
                "Provide guards 42 inches high at the deck edge.", TestUsers.ADMIN);
        UserFacingException stale = assertThrows(UserFacingException.class,
                () -> library.change(item.id(), item.version(), code, "Other", TestUsers.ADMIN));
        assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());
        assertEquals("Provide guards at the deck edge.", recordedText(db, inspection), "the inspection keeps its copy");

        CorrectionLibraryService.LibraryItem usedWording = library.add(code, "Provide guards at the deck edge.", TestUsers.ADMIN);
        assertEquals(1, usedWording.timesUsed());
        String retired = library.takeOut(usedWording.id(), usedWording.version(), TestUsers.ADMIN);
        assertTrue(retired.startsWith("Retired " + code), retired);
        assertFalse(results.library().contains(picked), "inspectors no longer see the retired item");
        assertEquals(recordedText(db, inspection), "Provide guards at the deck edge.");
        assertTrue(library.takeOut(changed.id(), changed.version(), TestUsers.ADMIN).startsWith("Deleted"), "never used: deleted");
        CorrectionLibraryService.LibraryItem restored = library.restore(usedWording.id(), usedWording.version() + 1, TestUsers.ADMIN);
        assertTrue(restored.active());
        assertTrue(results.library().contains(picked));
    }

    private static String recordedText(TestDb db, long inspection) {
        return db.database().fromTransaction(s -> s.createNativeQuery(
                "SELECT text FROM inspection_correction WHERE inspection_id = :id", String.class)
                .setParameter("id", inspection).getSingleResult());
    }

    @DatabaseTest
    void aTypeRequiredBeforeTheFinalKeepsThePermitOpenUntilItIsNoLongerRequired(TestDb db) {
        InspectionTypeAdminService types = new InspectionTypeAdminService(db.database());
        long waterHeater = types.permitTypes().stream().filter(t -> t.prefix().equals("WH")).findFirst().orElseThrow().id();
        String code = "GAS" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        InspectionTypeAdminService.TypeRow gas = types.add(waterHeater, code.toLowerCase(), "Gas line test", true, TestUsers.ADMIN);
        assertEquals(code, gas.code());
        UserFacingException again = assertThrows(UserFacingException.class,
                () -> types.add(waterHeater, code, "Gas again", false, TestUsers.ADMIN));
        assertTrue(again.getMessage().contains("already has the code " + code), again.getMessage());
        UserFacingException bad = assertThrows(UserFacingException.class, () -> types.add(waterHeater, "gas test", "", false, TestUsers.ADMIN));
        assertTrue(bad.getMessage().contains("The code is 1 to 20 letters") && bad.getMessage().contains("Give the"
                + " inspection a name"), bad.getMessage());

        long permit = issuedPermit(db, "WH", null, null);
        InspectionRequestService requests = new InspectionRequestService(db.database(), CLOCK);
        long finalType = requests.typesFor(permit).stream().filter(t -> t.getCode().equals("FINAL")).findFirst()
                .orElseThrow().getId();
        InspectionResultService results = InspectionFixtures.results(db.database(), null);
        long inspector = InspectionFixtures.inspector(db.database(), "Ray " + UUID.randomUUID());
        long firstFinal = requests.request(permit, request(finalType, TUESDAY, TimeWindow.AM), TestUsers.clerk("carmen"));
        new InspectionAssignmentService(db.database()).assign(firstFinal, inspector, TestUsers.SUPERVISOR);
        assertFalse(results.record(firstFinal, InspectionResult.PASSED, null, List.of(), TestUsers.inspector("ray")).finaled(),
                "the gas test is required before the final");

        InspectionTypeAdminService.TypeRow notRequired = types.change(gas.id(), gas.version(), "Gas line pressure test",
                false, TestUsers.ADMIN);
        UserFacingException stale = assertThrows(UserFacingException.class,
                () -> types.change(gas.id(), gas.version(), "Gas", true, TestUsers.ADMIN));
        assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());
        long secondFinal = requests.request(permit, request(finalType, TUESDAY, TimeWindow.PM), TestUsers.clerk("carmen"));
        new InspectionAssignmentService(db.database()).assign(secondFinal, inspector, TestUsers.SUPERVISOR);
        assertTrue(results.record(secondFinal, InspectionResult.PASSED, null, List.of(), TestUsers.inspector("ray")).finaled());
        assertEquals(PermitStatus.FINALED, db.database().fromTransaction(s -> s.find(Permit.class, permit).getStatus()));

        List<InspectionTypeAdminService.TypeRow> moved = types.move(notRequired.id(), notRequired.version(), -1, TestUsers.ADMIN);
        assertEquals(List.of(code, "FINAL"), moved.stream().filter(InspectionTypeAdminService.TypeRow::active)
                .map(InspectionTypeAdminService.TypeRow::code).toList());
        InspectionTypeAdminService.TypeRow current = moved.get(0);
        assertTrue(types.takeOut(current.id(), current.version(), TestUsers.ADMIN).startsWith("Deleted Gas line pressure test"));
        InspectionTypeAdminService.TypeRow finalRow = types.types(waterHeater).get(0);
        String retired = types.takeOut(finalRow.id(), finalRow.version(), TestUsers.ADMIN);
        assertTrue(retired.startsWith("Retired Water heater final"), retired);
        assertTrue(retired.endsWith("no permit of this type is finaled by an inspection."), retired);
        assertTrue(requests.typesFor(permit).isEmpty(), "a retired type is no longer offered");
        InspectionTypeAdminService.TypeRow back = types.restore(finalRow.id(), finalRow.version() + 1, TestUsers.ADMIN);
        assertTrue(back.active());
        assertEquals(List.of("FINAL"), requests.typesFor(permit).stream().map(InspectionType::getCode).toList());
    }
}
