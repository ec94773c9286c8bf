package org.permitdesk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.testing.DatabaseTest;
import org.permitdesk.testing.MutableClock;
import org.permitdesk.testing.TestDb;
import org.permitdesk.testing.TestUsers;

class StaffServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T15:00:00Z"));

    @DatabaseTest
    void signsInWithTheRightPasswordWhateverTheCaseOfTheUsername(TestDb db) {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), clock);
        String name = uniqueName();
        staff.createUser(name, "Carmen Ortiz", "correct horse", EnumSet.of(Role.CLERK), TestUsers.ADMIN);

        SignInResult result = staff.signIn("  " + name.toUpperCase() + " ", "correct horse");

        SignInResult.SignedIn signedIn = assertInstanceOf(SignInResult.SignedIn.class, result);
        assertEquals("Carmen Ortiz", signedIn.user().fullName());
        assertTrue(signedIn.user().has(Role.CLERK));
    }

    @DatabaseTest
    void fiveWrongPasswordsLockTheAccountForFiveMinutesThenItUnlocksByItself(TestDb db) {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), clock);
        String name = uniqueName();
        staff.createUser(name, "Ray Whitfield", "right password", EnumSet.of(Role.INSPECTOR), TestUsers.ADMIN);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertInstanceOf(SignInResult.WrongCredentials.class, staff.signIn(name, "guess " + attempt));
        }
        SignInResult.Locked locked = assertInstanceOf(SignInResult.Locked.class, staff.signIn(name, "guess 5"));
        assertEquals(clock.instant().plus(Duration.ofMinutes(5)), locked.until());

        clock.advance(Duration.ofMinutes(4));
        assertInstanceOf(SignInResult.Locked.class, staff.signIn(name, "right password"),
                "the right password must not open a locked account");

        clock.advance(Duration.ofMinutes(1));
        assertInstanceOf(SignInResult.SignedIn.class, staff.signIn(name, "right password"));
    }

    @DatabaseTest
    void aSuccessfulSignInResetsTheCountOfWrongPasswords(TestDb db) {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), clock);
        String name = uniqueName();
        staff.createUser(name, "Dana Kowalski", "right password", EnumSet.of(Role.SUPERVISOR), TestUsers.ADMIN);
        for (int i = 0; i < 4; i++) {
            staff.signIn(name, "wrong");
        }
        assertInstanceOf(SignInResult.SignedIn.class, staff.signIn(name, "right password"));
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(SignInResult.WrongCredentials.class, staff.signIn(name, "wrong"),
                    "after a sign-in, four more wrong passwords do not lock the account yet");
        }
        assertInstanceOf(SignInResult.Locked.class, staff.signIn(name, "wrong"));
    }

    @DatabaseTest
    void aSignInIsRecordedWithItsTimeAndADisabledAccountStaysClosedToTheRightPassword(TestDb db) throws Exception {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), clock);
        String name = uniqueName();
        staff.createUser(name, "Lee Park", "right password", EnumSet.of(Role.CLERK), TestUsers.ADMIN);

        assertInstanceOf(SignInResult.SignedIn.class, staff.signIn(name, "right password"));
        assertEquals(clock.instant(), db.database().fromTransaction(session -> session.createSelectionQuery(
                "from StaffUser u where u.username = :name", StaffUser.class).setParameter("name", name)
                .getSingleResult().getLastSignIn()));

        try (java.sql.Connection connection = db.database().dataSource().getConnection();
             java.sql.PreparedStatement disable = connection.prepareStatement(
                     "UPDATE staff_user SET active = FALSE WHERE username = ?")) {
            disable.setString(1, name);
            disable.executeUpdate();
            connection.commit();
        }
        assertInstanceOf(SignInResult.Disabled.class, staff.signIn(name, "right password"));
        assertEquals(staff.signIn("nobody-" + name, "a guess"), staff.signIn(name, "a guess"),
                "a wrong password of a disabled account reads like an unknown name");
    }

    @DatabaseTest
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword(TestDb db) {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), clock);
        String name = uniqueName();
        staff.createUser(name, "Kim Lee", "right password", EnumSet.of(Role.CLERK), TestUsers.ADMIN);
        assertEquals(staff.signIn(name, "wrong"), staff.signIn("nobody-" + uniqueName(), "x"),
                "a wrong password of a real user and an unknown user get equal answers (nothing tells them apart)");
    }

    @DatabaseTest
    void passwordsAreStoredOnlyAsArgon2idHashes(TestDb db) {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), clock);
        String name = uniqueName();
        staff.createUser(name, "Sam Patel", "plain text secret", EnumSet.of(Role.ADMIN), TestUsers.ADMIN);
        String stored = db.database().fromTransaction(session -> session.createNativeQuery(
                        "SELECT password_hash FROM staff_user WHERE username = :name", String.class)
                .setParameter("name", name).getSingleResult());
        assertTrue(stored.startsWith("$argon2id$"), stored);
        assertFalse(stored.contains("plain text secret"));
    }

    @Test
    void newUserProblemsSayWhatIsWrongAndHowToFixIt() {
        List<String> problems = StaffService.problemsWithNewUser("", "", "short", "other");
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Username:"));
        assertTrue(problems.get(2).contains("at least 10 characters"));
        assertTrue(problems.get(3).contains("type the same password twice"));
        assertEquals(List.of(), StaffService.problemsWithNewUser("jlopez", "Juan Lopez", "long enough pw", "long enough pw"));
    }

    private static String uniqueName() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    @DatabaseTest
    void twentyWrongSignInsAtTheSameMomentAreEachAnsweredAndCounted(TestDb db) throws Exception {
        StaffService staff = new StaffService(db.database(), new PasswordHasher(), clock);
        String name = uniqueName();
        staff.createUser(name, "Kim Lee", "right password", EnumSet.of(Role.CLERK), TestUsers.ADMIN);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(20);
            List<java.util.concurrent.Future<SignInResult>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                tries.add(pool.submit(() -> {
                    together.await();
                    return staff.signIn(name, "a wrong guess");
                }));
            }
            for (java.util.concurrent.Future<SignInResult> attempt : tries) {
                SignInResult result = attempt.get(); // never an exception ("row was updated by another transaction")
                assertTrue(result instanceof SignInResult.WrongCredentials || result instanceof SignInResult.Locked,
                        result.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertInstanceOf(SignInResult.Locked.class, staff.signIn(name, "right password"),
                "the wrong tries were counted: the account is locked");
    }
}
