package org.permitdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.testing.Mounts;

/**
 * Issue 17 item 14: a read-only data folder is one line naming it and saying how to fix it, nothing else on the
 * console. Before, an empty one printed H2's stack traces (58–66 lines) and one holding a database said "Feature not
 * supported: AUTO_SERVER=TRUE && (readOnly …)". Read-only for root needs a read-only mount (skipped when not root).
 */
class ReadOnlyDataFolderTest {

    @TempDir
    Path temp;

    @Test
    void anEmptyReadOnlyDataFolderIsOneLine() throws Exception {
        try (Mounts mounts = Mounts.available()) {
            Path folder = mounts.readOnly(privateFolder("empty"), temp.resolve("ro"));

            assertEquals(readOnly(folder), refusal(new AppHome(folder)));
        }
    }

    @Test
    void aReadOnlyDataFolderWithAPasswordFileButNoDatabaseIsOneLine() throws Exception {
        Path source = privateFolder("restored");
        Files.writeString(source.resolve("db-password"), "Restored1234567890restoredABCDEFG\n");
        Files.setPosixFilePermissions(source.resolve("db-password"), PosixFilePermissions.fromString("rw-------"));
        Files.createDirectory(source.resolve("db"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        try (Mounts mounts = Mounts.available()) {
            Path folder = mounts.readOnly(source, temp.resolve("ro"));

            assertEquals(readOnly(folder), refusal(new AppHome(folder)));
        }
    }

    @Test
    void aReadOnlyDataFolderHoldingADatabaseIsOneLine() throws Exception {
        Path source = temp.resolve("used");
        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), new AppHome(source));
        try (Database database = Database.openForJdbc(settings)) {
            database.count("SELECT COUNT(*) FROM staff_user");
        }
        try (Mounts mounts = Mounts.available()) {
            Path folder = mounts.readOnly(source, temp.resolve("ro"));

            assertEquals(readOnly(folder), refusal(new AppHome(folder)));
        }
    }

    @Test
    void aDefaultDataFolderThatCannotBeCreatedIsOneLine() throws Exception {
        try (Mounts mounts = Mounts.available()) {
            Path userHome = mounts.readOnly(privateFolder("user"), temp.resolve("home"));
            AppHome home = AppHome.fromEnvironment(Map.of(), Map.of("user.home", userHome.toString(), "os.name", "Linux"));

            assertEquals("The data folder " + home.folder() + " cannot be created: " + userHome + " is read-only."
                    + " PermitDesk keeps its database there: make it writable, or set PERMITDESK_HOME to a folder you"
                    + " can write to.", refusal(home));
        }
    }

    private static String readOnly(Path folder) {
        return "The data folder " + folder + " is read-only. PermitDesk keeps its database there: make it writable,"
                + " or set PERMITDESK_HOME to a folder you can write to.";
    }

    private Path privateFolder(String name) throws Exception {
        return Files.createDirectory(temp.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** The message of opening {@code home}'s embedded database, after checking nothing reached the console. */
    private static String refusal(AppHome home) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        UserFacingException refused;
        try (PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(captured);
            System.setErr(captured);
            refused = assertThrows(UserFacingException.class, () -> {
                DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), home);
                try (Database database = Database.openForJdbc(settings)) {
                    database.count("SELECT COUNT(*) FROM staff_user");
                }
            });
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", console.toString(StandardCharsets.UTF_8), "nothing but the one line: " + refused.getMessage());
        return refused.getMessage();
    }
}
