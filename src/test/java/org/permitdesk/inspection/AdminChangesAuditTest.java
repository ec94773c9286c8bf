package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** Settings, holidays, districts and the correction library are written with plain SQL: each change leaves a trace. */
class AdminChangesAuditTest {

    @DatabaseTest
    void aHolidayASettingADistrictAndALibraryChangeSayWhoChangedWhatFromWhatToWhat(TestDb db) {
        Database database = db.database();
        SignedInUser alma = TestUsers.admin("alma");
        CityHolidayService holidays = new CityHolidayService(database, InspectionSettingsServiceTest.CLOCK);
        LocalDate day = LocalDate.of(2027, 6, 16);
        holidays.add(day, "Founders' Day", alma);
        holidays.remove(day, alma);
        InspectionSettingsService settings = new InspectionSettingsService(database);
        settings.save(settings.settings(), "33.75", "-116.30", "14:00", alma);
        String username = "ines" + UUID.randomUUID().toString().substring(0, 6);
        long ines = new StaffService(database, new PasswordHasher(), InspectionSettingsServiceTest.CLOCK)
                .createUser(username, "Ines District", "a long password", java.util.Set.of(Role.INSPECTOR), alma).id();
        InspectorDistrictService districts = new InspectorDistrictService(database);
        districts.setDistrict(ines, districts.inspectors().stream().filter(i -> i.id() == ines).findFirst()
                .orElseThrow().version(), "SW", alma);
        CorrectionLibraryService library = new CorrectionLibraryService(database);
        CorrectionLibraryService.LibraryItem item = library.add("CRC R999", "Fix the thing.", alma);
        library.change(item.id(), item.version(), "CRC R999", "Fix the thing properly.", alma);

        assertEquals(List.of(
                "alma|City holiday Jun 16, 2027|null|Founders' Day",
                "alma|City holiday Jun 16, 2027|Founders' Day|null",
                "alma|Inspection settings|office 33.7222, -116.3745; requests until 15:00|office 33.75, -116.3;"
                        + " requests until 14:00",
                "alma|District of " + username + "|null|SW",
                "alma|Correction library|null|CRC R999 Fix the thing.",
                "alma|Correction library|CRC R999 Fix the thing.|CRC R999 Fix the thing properly."),
                database.fromTransaction(session -> session.createNativeQuery("SELECT changed_by, subject, old_value,"
                        + " new_value FROM audit_change WHERE permit_id IS NULL ORDER BY id", Object[].class)
                        .getResultStream().map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]).toList()));
    }

    @DatabaseTest
    void movingTakingOutAndOfferingAgainAnInspectionTypeLeaveATrace(TestDb db) {
        SignedInUser alma = TestUsers.admin("alma");
        InspectionTypeAdminService types = new InspectionTypeAdminService(db.database());
        long waterHeater = types.permitTypes().stream().filter(t -> t.prefix().equals("WH")).findFirst().orElseThrow()
                .id();
        String code = "GAS" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        InspectionTypeAdminService.TypeRow gas = types.add(waterHeater, code, "Gas line test", false, alma);
        InspectionTypeAdminService.TypeRow moved = types.move(gas.id(), gas.version(), -1, alma).stream()
                .filter(t -> t.id() == gas.id()).findFirst().orElseThrow();
        types.takeOut(moved.id(), moved.version(), alma);

        List<String> traces = db.database().fromTransaction(session -> session.createNativeQuery("SELECT changed_by,"
                        + " subject, old_value, new_value FROM audit_change WHERE subject LIKE :code ORDER BY id",
                        Object[].class).setParameter("code", "Inspection type " + code + "%")
                .getResultStream().map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]).toList());
        assertEquals(2, traces.size(), traces.toString());
        assertTrue(traces.get(0).matches("alma\\|Inspection type " + code + "\\|position \\d+\\|position \\d+"),
                traces.toString());
        assertEquals("alma|Inspection type " + code + "|Gas line test|deleted", traces.get(1));
    }
}
