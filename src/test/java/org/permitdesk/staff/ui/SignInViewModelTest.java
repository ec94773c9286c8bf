package org.permitdesk.staff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class SignInViewModelTest {

    private final TestDb db = TestDb.create(TestDb.Kind.H2);
    private final StaffService staff = new StaffService(db.database(), new PasswordHasher(), Clock.systemUTC());
    private final List<SignedInUser> signedIn = new ArrayList<>();
    private final SignInViewModel viewModel = new SignInViewModel(TaskRunner.sameThread(), Clock.systemUTC(), signedIn::add);

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void enterPressedWhileTheDatabaseOpensSignsInAsSoonAsItIsOpen() {
        staff.createUser("clerk", "Carmen Ortiz", "demo", EnumSet.of(Role.CLERK), TestUsers.ADMIN);
        viewModel.usernameProperty().set("clerk");
        viewModel.passwordProperty().set("demo");

        viewModel.signIn();
        assertTrue(viewModel.messageProperty().get().contains("signed in as soon as it is ready"));
        assertEquals(List.of(), signedIn);

        viewModel.databaseReady(staff, "Test database", "");
        assertEquals(1, signedIn.size());
        assertEquals("Carmen Ortiz", signedIn.get(0).fullName());
        assertEquals("", viewModel.passwordProperty().get(), "the password is not kept after signing in");
    }

    @Test
    void aWrongPasswordKeepsTheUsernameAndSaysWhenTheAccountWouldBeLocked() {
        staff.createUser("inspector", "Ray Whitfield", "right", EnumSet.of(Role.INSPECTOR), TestUsers.ADMIN);
        viewModel.databaseReady(staff, "Test database", "");
        viewModel.usernameProperty().set("inspector");
        for (int i = 0; i < 3; i++) {
            viewModel.passwordProperty().set("wrong" + i);
            viewModel.signIn();
        }
        assertEquals("Wrong username or password. After 5 wrong tries in a row the account is locked for 5 minutes.",
                viewModel.messageProperty().get());
        assertEquals("inspector", viewModel.usernameProperty().get());
        assertTrue(viewModel.messageIsErrorProperty().get());
    }

    @Test
    void aWrongPasswordOfARealUserReadsExactlyLikeAnUnknownUsername() {
        staff.createUser("inspector", "Ray Whitfield", "right", EnumSet.of(Role.INSPECTOR), TestUsers.ADMIN);
        viewModel.databaseReady(staff, "Test database", "");
        List<String> realUser = new ArrayList<>();
        List<String> unknownUser = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            viewModel.usernameProperty().set("inspector");
            viewModel.passwordProperty().set("wrong" + i);
            viewModel.signIn();
            realUser.add(viewModel.messageProperty().get());
            viewModel.usernameProperty().set("no-such-user");
            viewModel.passwordProperty().set("wrong" + i);
            viewModel.signIn();
            unknownUser.add(viewModel.messageProperty().get());
        }
        assertEquals(unknownUser, realUser, "the answers must not tell which usernames exist");
    }

    @Test
    void emptyFieldsSayWhatIsMissing() {
        viewModel.databaseReady(staff, "Test database", "");
        viewModel.signIn();
        assertEquals("Enter your username.", viewModel.messageProperty().get());
        viewModel.usernameProperty().set("someone");
        viewModel.signIn();
        assertEquals("Enter your password.", viewModel.messageProperty().get());
    }
}
