package org.permitdesk.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.permitdesk.inspection.ui.CityHolidaysViewModel;
import org.permitdesk.inspection.ui.CorrectionLibraryViewModel;
import org.permitdesk.inspection.ui.InspectionTypesViewModel;
import org.permitdesk.inspection.ui.InspectorDistrictsViewModel;
import org.permitdesk.inspection.ui.OfficeSettingsViewModel;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

/** The inspection settings' view models: what the administrator is told as they type and save. */
class InspectionSettingsViewModelTest {

    private static final TaskRunner TASKS = TaskRunner.sameThread();

    @DatabaseTest
    void theOfficeFormSaysWhatIsWrongAsTheAdministratorTypes(TestDb db) {
        OfficeSettingsViewModel vm = new OfficeSettingsViewModel(TASKS, new InspectionSettingsService(db.database()), TestUsers.ADMIN);
        vm.load();
        assertEquals("33.7222", vm.latitudeProperty().get());
        assertEquals("-116.3745", vm.longitudeProperty().get());
        assertEquals("15:00", vm.cutoffProperty().get());
        assertEquals("", vm.problemsProperty().get());

        vm.longitudeProperty().set("116.3745 W");
        vm.cutoffProperty().set("25:00");
        assertEquals("The longitude is a number of degrees from -180 to 180, e.g. -116.3745 (west is negative).\n"
                + "The cut-off is a time of day as HH:MM on the 24-hour clock, e.g. 15:00.", vm.problemsProperty().get());
        vm.save();
        assertEquals("", vm.messageProperty().get(), "nothing saved while the form has problems");

        vm.longitudeProperty().set("-116.3700");
        vm.cutoffProperty().set("14:30");
        vm.save();
        assertEquals("Saved. Routes start from 33.7222, -116.37; requests made after 14:30 are for the business day"
                + " after next.", vm.messageProperty().get());

        OfficeSettingsViewModel other = new OfficeSettingsViewModel(TASKS, new InspectionSettingsService(db.database()), TestUsers.ADMIN);
        other.load();
        vm.cutoffProperty().set("16:00");
        vm.save();
        other.cutoffProperty().set("13:00");
        other.save();
        assertTrue(other.messageProperty().get().contains("changed by someone else"), other.messageProperty().get());
        assertEquals("13:00", other.cutoffProperty().get(), "the typed value stays in the form");
    }

    @DatabaseTest
    void aHolidayNeedsADayAndANameAndAddingOneShowsItsYear(TestDb db) {
        CityHolidaysViewModel vm = new CityHolidaysViewModel(TASKS,
                new CityHolidayService(db.database(), InspectionSettingsServiceTest.CLOCK), InspectionSettingsServiceTest.CLOCK, TestUsers.ADMIN);
        vm.load();
        assertEquals(2027, vm.yearProperty().get());
        int holidays2027 = vm.holidays().size();
        assertTrue(holidays2027 > 0, "seeded 2027 holidays");

        vm.newNameProperty().set("Arbor Day");
        vm.add();
        assertTrue(vm.messageProperty().get().startsWith("Choose the day of the holiday"), vm.messageProperty().get());
        vm.newDateProperty().set(LocalDate.of(2028, 4, 28));
        vm.newNameProperty().set("  ");
        vm.add();
        assertTrue(vm.messageProperty().get().startsWith("Give the holiday a name"), vm.messageProperty().get());

        vm.newNameProperty().set("Arbor Day");
        vm.add();
        assertEquals(2028, vm.yearProperty().get(), "the list moves to the new holiday's year");
        assertEquals("Arbor Day", vm.holidays().get(0).name());
        assertNull(vm.newDateProperty().get());
        vm.remove(vm.holidays().get(0));
        assertTrue(vm.holidays().isEmpty());
        assertTrue(vm.messageProperty().get().endsWith("is no longer a city holiday: inspections can be requested for it."),
                vm.messageProperty().get());
    }

    @DatabaseTest
    void twoAdministratorsChoosingADistrictForTheSameInspectorAreToldOfTheCollision(TestDb db) {
        long inspector = InspectionSettingsServiceTest.inspector(db, "Vm Inspector " + UUID.randomUUID());
        InspectorDistrictsViewModel first = new InspectorDistrictsViewModel(TASKS, new InspectorDistrictService(db.database()), TestUsers.ADMIN);
        InspectorDistrictsViewModel second = new InspectorDistrictsViewModel(TASKS, new InspectorDistrictService(db.database()), TestUsers.ADMIN);
        first.load();
        second.load();
        var row = first.inspectors().stream().filter(i -> i.id() == inspector).findFirst().orElseThrow();
        assertEquals(InspectorDistrictsViewModel.ANYWHERE, InspectorDistrictsViewModel.shown(row));

        first.choose(row, "NW");
        assertTrue(first.messageProperty().get().endsWith("works NW of the office: the board's proposals follow it from"
                + " now on."), first.messageProperty().get());
        second.choose(second.inspectors().stream().filter(i -> i.id() == inspector).findFirst().orElseThrow(), "SE");

        assertTrue(second.messageProperty().get().contains("changed by someone else"), second.messageProperty().get());
        assertEquals("NW", second.inspectors().stream().filter(i -> i.id() == inspector).findFirst().orElseThrow()
                .district(), "reloaded: the other administrator's choice is shown");
    }

    @DatabaseTest
    void theLibraryFormNeedsTextAndEditsTheSelectedItem(TestDb db) {
        CorrectionLibraryViewModel vm = new CorrectionLibraryViewModel(TASKS, new CorrectionLibraryService(db.database()), TestUsers.ADMIN);
        vm.load();
        assertTrue(vm.items().size() >= 10);
        assertEquals("", vm.problemsProperty().get(), "an empty form is not scolded");
        String code = "CEC " + UUID.randomUUID().toString().substring(0, 6);
        vm.codeRefProperty().set(code);
        assertEquals("Give the correction text the owner will read (at most 1,000 characters).", vm.problemsProperty().get());
        vm.textProperty().set("Label every circuit in the panel directory.");
        assertEquals("", vm.problemsProperty().get());
        vm.add();
        assertTrue(vm.messageProperty().get().startsWith("Added " + code), vm.messageProperty().get());

        vm.searchProperty().set(code.substring(4));
        assertEquals(1, vm.items().size());
        vm.select(vm.items().get(0));
        vm.textProperty().set("Label every circuit in the panel directory, legibly.");
        vm.saveChanges();
        assertTrue(vm.messageProperty().get().startsWith("Saved " + code), vm.messageProperty().get());
        assertEquals("Label every circuit in the panel directory, legibly.", vm.items().get(0).text());

        vm.takeOut();
        assertTrue(vm.messageProperty().get().startsWith("Deleted " + code), vm.messageProperty().get());
        assertTrue(vm.items().isEmpty());
        assertNull(vm.selectedProperty().get());
    }

    @DatabaseTest
    void anInspectionTypeNeedsACodeAndANameAndCanBeMovedAndTakenOut(TestDb db) {
        InspectionTypesViewModel vm = new InspectionTypesViewModel(TASKS, new InspectionTypeAdminService(db.database()), TestUsers.ADMIN);
        vm.load();
        assertFalse(vm.permitTypes().isEmpty());
        vm.permitTypeProperty().set(vm.permitTypes().stream().filter(t -> t.prefix().equals("E")).findFirst().orElseThrow());
        assertEqualsCodes(vm, "ROUGH", "SERVICE", "FINAL");

        vm.codeProperty().set("load calc");
        assertEquals("The code is 1 to 20 letters, digits or _, e.g. GAS_TEST (FINAL for the final inspection).\n"
                + "Give the inspection a name (at most 100 characters), e.g. \u201cGas pressure test\u201d.",
                vm.problemsProperty().get());
        vm.codeProperty().set("load_calc");
        vm.nameProperty().set("Load calculation review");
        vm.requiredProperty().set(true);
        vm.add();
        assertEquals("Added Load calculation review to Electrical: required before the final from now on.",
                vm.messageProperty().get());
        assertEqualsCodes(vm, "ROUGH", "SERVICE", "FINAL", "LOAD_CALC");
        assertEquals("required before the final", InspectionTypesViewModel.describe(vm.types().get(3)));

        vm.select(vm.types().get(3));
        vm.move(-1);
        assertEqualsCodes(vm, "ROUGH", "SERVICE", "LOAD_CALC", "FINAL");
        vm.nameProperty().set(" ");
        assertTrue(vm.problemsProperty().get().startsWith("Give the inspection a name"));
        vm.nameProperty().set("Load calculation");
        vm.requiredProperty().set(false);
        vm.save();
        assertEquals("Saved Load calculation (not required before the final).", vm.messageProperty().get());
        vm.takeOut();
        assertEquals("Deleted Load calculation (never requested).", vm.messageProperty().get());
        assertEqualsCodes(vm, "ROUGH", "SERVICE", "FINAL");
    }

    private static void assertEqualsCodes(InspectionTypesViewModel vm, String... codes) {
        assertEquals(java.util.List.of(codes), vm.types().stream().map(InspectionTypeAdminService.TypeRow::code).toList());
    }
}
