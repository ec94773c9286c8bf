package org.permitdesk.permit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.permitdesk.account.AccountDetails;
import org.permitdesk.account.AccountService;
import org.permitdesk.account.ContractorLookup;
import org.permitdesk.account.LicenceCheck;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.PermitCatalog;
import org.permitdesk.permit.PermitDetails;
import org.permitdesk.permit.PermitIntakeService;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.PermitSummary;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.SmipCategory;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class NewPermitViewModelTest {

    @DatabaseTest
    void anOwnerWithAnAccountIsFilledInFromItAndTheDesignProfessionalIsOnThePermit(TestDb db) {
        Clock clock = Clock.systemUTC();
        AccountService accounts = new AccountService(db.database(), new PasswordHasher(), clock);
        String email = "owner" + System.nanoTime() + "@example.com";
        accounts.createAccount(new AccountDetails(AccountType.PROPERTY_OWNER, null, null, "Ana Peña", email,
                "(760) 555-0142", "5 Owner Ln, Palm Valley, CA 92260", "B2611-0042"), TestUsers.admin("admin"), null);
        List<PermitSummary> saved = new ArrayList<>();
        NewPermitViewModel vm = new NewPermitViewModel(TaskRunner.sameThread(), new PermitCatalog(db.database()),
                new ContractorLookup(accounts, licence -> LicenceCheck.Result.NONE, licence -> Optional.empty()),
                new PermitIntakeService(db.database(), clock), new FeeService(db.database(), clock), TestUsers.clerk("carmen"),
                saved::add);
        vm.loadTypes();

        vm.typeProperty().set(vm.types().stream().filter(t -> t.code().equals("B")).findFirst().orElseThrow());
        vm.siteTextProperty().set("5 Owner Ln");
        vm.ownerEmailProperty().set(email);
        vm.designerBusinessProperty().set("Studio Arquitectura");
        vm.valuationProperty().set("85000");
        vm.descriptionProperty().set("Casita");
        assertEquals("Ana Peña", vm.ownerNameProperty().get(), "filled from the owner's account");
        assertEquals("(760) 555-0142", vm.ownerPhoneProperty().get());
        assertTrue(vm.ownerNoticeProperty().get().startsWith("Portal account"), vm.ownerNoticeProperty().get());
        assertEquals("", vm.problemsProperty().get());
        vm.save();

        PermitDetails permit = new PermitSearchService(db.database()).open(saved.get(0).id()).orElseThrow();
        assertEquals(List.of(ContactRole.OWNER, ContactRole.DESIGN_PROFESSIONAL),
                permit.contacts().stream().map(PermitDetails.Contact::role).toList());
        long ownerAccount = accounts.searchAccounts(email).get(0).id();
        assertEquals(ownerAccount, permit.contacts().get(0).accountId(), "the owner is linked to their account");
        assertEquals(null, permit.contacts().get(1).accountId());
    }

    private static NewPermitViewModel form(TestDb db, Clock clock, List<PermitSummary> saved) {
        AccountService accounts = new AccountService(db.database(), new PasswordHasher(), clock);
        NewPermitViewModel vm = new NewPermitViewModel(TaskRunner.sameThread(), new PermitCatalog(db.database()),
                new ContractorLookup(accounts, licence -> LicenceCheck.Result.NONE, licence -> Optional.empty()),
                new PermitIntakeService(db.database(), clock), new FeeService(db.database(), clock),
                TestUsers.clerk("carmen"), saved::add);
        vm.loadTypes();
        vm.typeProperty().set(vm.types().stream().filter(t -> t.code().equals("WH")).findFirst().orElseThrow());
        return vm;
    }

    private static void fill(NewPermitViewModel vm, String description) {
        vm.siteTextProperty().set("88 Second Save St");
        vm.ownerNameProperty().set("Ruth Twice");
        vm.valuationProperty().set("1850");
        vm.smipCategoryProperty().set(SmipCategory.RESIDENTIAL_1_TO_3_STORIES);
        vm.descriptionProperty().set(description);
    }

    private static long permitsDescribed(TestDb db, String description) {
        return db.database().count("SELECT COUNT(*) FROM permit WHERE description = ?", description);
    }

    @DatabaseTest
    void savingTheFormAgainOpensThePermitAlreadySavedAndMakesNoOther(TestDb db) {
        Clock clock = Clock.systemUTC();
        List<PermitSummary> saved = new ArrayList<>();
        String description = "Water heater " + System.nanoTime();
        NewPermitViewModel vm = form(db, clock, saved);
        fill(vm, description);

        vm.save();
        vm.save();

        assertEquals(2, saved.size(), "each save opens the permit");
        assertEquals(saved.get(0), saved.get(1), "the second save opens the permit the first one saved");
        assertEquals(1, permitsDescribed(db, description));
        assertEquals(1, new FeeService(db.database(), clock).feesAndPayments(saved.get(0).id()).lines().stream()
                .filter(line -> line.description().contains("SMIP")).count(), "its fees assessed once");
        assertEquals("Permit " + saved.get(0).number() + " saved.", vm.messageProperty().get());
    }

    @DatabaseTest
    void aNewFormWithTheSameEntryIsAnotherPermit(TestDb db) {
        Clock clock = Clock.systemUTC();
        List<PermitSummary> saved = new ArrayList<>();
        String description = "Water heater " + System.nanoTime();
        NewPermitViewModel first = form(db, clock, saved);
        fill(first, description);
        first.save();
        NewPermitViewModel second = form(db, clock, saved);
        fill(second, description);
        second.save();

        assertEquals(2, permitsDescribed(db, description), "two forms entered separately are two permits");
        assertTrue(saved.get(0).id() != saved.get(1).id());
    }
}
