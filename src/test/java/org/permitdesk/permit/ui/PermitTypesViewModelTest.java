package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.permitdesk.permit.PermitTypeAdminService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class PermitTypesViewModelTest {

    @DatabaseTest
    void theAdministratorSeesTheNextNumberAsTheyTypeTheTemplateAndWhatIsWrong(TestDb db) {
        PermitTypesViewModel vm = new PermitTypesViewModel(TaskRunner.sameThread(), new PermitTypeAdminService(db.database()),
                new org.permitdesk.permit.fee.FeeScheduleAdminService(db.database()),
                Clock.fixed(Instant.parse("2026-11-29T17:00:00Z"), ZoneOffset.UTC), TestUsers.ADMIN);
        vm.load();
        vm.select(vm.types().stream().filter(t -> t.code().equals("RERF")).findFirst().orElseThrow());

        vm.templateProperty().set("{PREFIX}{YY}{MM}-{SEQ:3}");
        assertEquals("The next number will look like RERF2611-001.", vm.exampleProperty().get());
        vm.templateProperty().set("{PREFIX}-{NUM}");
        assertTrue(vm.problemsProperty().get().contains("{NUM}, which is not a token"), vm.problemsProperty().get());
        assertEquals("", vm.exampleProperty().get());

        vm.templateProperty().set("{PREFIX}{YYYY}-{SEQ:4}");
        vm.newSubtypeProperty().set("Tile roof");
        vm.addSubtype();
        vm.save();
        assertTrue(vm.messageProperty().get().startsWith("Saved "), vm.messageProperty().get());
        assertTrue(vm.subtypes().contains("Tile roof"));
        int fees = vm.fees().size();
        vm.addFee("Tear-off inspection", "85.00", null);
        assertEquals(fees + 1, vm.fees().size());
        assertTrue(vm.fees().stream().anyMatch(f -> f.rule().equals("flat $85.00")));
    }
}
