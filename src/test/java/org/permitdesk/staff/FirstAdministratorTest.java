package org.permitdesk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Set;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.TestDb;

/** A new shared database has no users and no default password: the first administrator is created by hand. */
class FirstAdministratorTest {

    @DatabaseTest
    void aNewSharedDatabaseHasNoUsersAndAsksForTheFirstAdministratorOnce(TestDb db) {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), Clock.systemUTC());
        assertTrue(staff.needsFirstAdministrator());
        assertInstanceOf(SignInResult.WrongCredentials.class, staff.signIn("admin", "admin"));
        assertInstanceOf(SignInResult.WrongCredentials.class, staff.signIn("admin", "demo"));

        SignedInUser admin = staff.createFirstAdministrator("CityAdmin", "Pat Admin", "a long secret 1");

        assertEquals(Set.of(Role.ADMIN), admin.roles());
        assertEquals("cityadmin", admin.username());
        assertFalse(staff.needsFirstAdministrator());
        assertInstanceOf(SignInResult.SignedIn.class, staff.signIn("cityadmin", "a long secret 1"));
        UserFacingException second = assertThrows(UserFacingException.class,
                () -> staff.createFirstAdministrator("other", "Other Admin", "another secret 2"));
        assertTrue(second.getMessage().contains("already exists"), second.getMessage());
    }
}
