package org.permitdesk.permit;

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
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.ui.NewPermitViewModel;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

class NewPermitViewModelTest {

    @DatabaseTest
    void anOwnerWithAnAccountIsFilledInFromItAndTheDesignProfessionalIsOnThePermit(TestDb db) {
        Clock clock = Clock.systemUTC();
        AccountService accounts = new AccountService(db.database(), new PasswordHasher(), clock);
        String email = "owner" + System.nanoTime() + "@example.com";
        accounts.createAccount(new AccountDetails(AccountType.PROPERTY_OWNER, null, null, "Ana Peña", email,
                "(760) 555-0142", "5 Owner Ln, Palm Valley, CA 92260", "B2611-0042"), "admin", null);
        List<PermitSummary> saved = new ArrayList<>();
        NewPermitViewModel vm = new NewPermitViewModel(TaskRunner.sameThread(), new PermitCatalog(db.database()),
                new ContractorLookup(accounts, licence -> LicenceCheck.Result.NONE, licence -> Optional.empty()),
                new PermitIntakeService(db.database(), clock), new FeeService(db.database(), clock), TestStaff.clerk("carmen"),
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
                permit.contacts().stream().map(PermitContact::getRole).toList());
        long ownerAccount = accounts.searchAccounts(email).get(0).id();
        assertEquals(ownerAccount, permit.contacts().get(0).getAccountId(), "the owner is linked to their account");
        assertEquals(null, permit.contacts().get(1).getAccountId());
    }
}
