package org.permitdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.UserFacingException;

/** Issue 17, item 3: other local users can neither read the embedded database nor connect to it. */
class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    @Test
    void theDataFolderAndEverythingInItArePrivateWhateverTheUmask() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        // As left by an older PermitDesk under umask 022.
        Files.createDirectories(home.embeddedDatabase().getParent(), world("rwxr-xr-x"));
        Files.setPosixFilePermissions(home.folder(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(home.logFolder(), world("rwxr-xr-x"));
        Files.writeString(home.logFolder().resolve("permitdesk.log"), "old log");
        Files.setPosixFilePermissions(home.logFolder().resolve("permitdesk.log"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(home.settingsFile(), "mail.from=permits@example.org\n");
        Files.setPosixFilePermissions(home.settingsFile(), PosixFilePermissions.fromString("rw-r--r--"));

        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), home);
        try (Database database = Database.openForJdbc(settings)) {
            Path dbFolder = home.embeddedDatabase().getParent();
            assertMode("rwx------", home.folder());
            assertMode("rwx------", dbFolder);
            assertMode("rwx------", home.logFolder());
            assertMode("rw-------", home.logFolder().resolve("permitdesk.log"));
            assertMode("rw-------", home.settingsFile());
            assertMode("rw-------", home.databasePasswordFile());
            assertMode("rw-------", dbFolder.resolve("permitdesk.mv.db"));
            assertMode("rw-------", dbFolder.resolve("permitdesk.lock.db"));
        }
    }

    @Test
    void aNewEmbeddedDatabaseCannotBeOpenedWithAnEmptyPassword() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), home);
        assertEquals(32, settings.password().length());
        assertEquals(settings.password(), Files.readString(home.databasePasswordFile()).strip());
        try (Database database = Database.openForJdbc(settings)) {
            assertRefused(settings.url(), "", "while it is open (through the automatic server or not)");
        }
        assertRefused(settings.url(), "", "when closed");
        assertEquals(settings, DatabaseSettings.resolve(null, null, null, Map.of(), home),
                "the command line and a second desktop client read the same password");
    }

    @Test
    void anExistingDatabaseWithAnEmptyPasswordGetsOneOnItsNextOpen() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        String legacyUrl = "jdbc:h2:file:" + home.embeddedDatabase().toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Database legacy = Database.openForJdbc(new DatabaseSettings(legacyUrl, "sa", "", false))) {
            legacy.count("SELECT COUNT(*) FROM staff_user");
        }
        assertFalse(Files.exists(home.databasePasswordFile()));

        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), home);
        assertEquals(settings.password(), Files.readString(home.databasePasswordFile()).strip());
        try (Database database = Database.openForJdbc(settings)) {
            assertEquals(0, database.count("SELECT COUNT(*) FROM staff_user"));
        }
        assertRefused(settings.url(), "", "the empty password no longer opens it");
        assertEquals(settings.password(), DatabaseSettings.resolve(null, null, null, Map.of(), home).password());
    }

    @Test
    void anUpgradeKilledAfterTheDatabaseTookItsPasswordIsFinishedOnTheNextOpen() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        String url = "jdbc:h2:file:" + home.embeddedDatabase().toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Database legacy = Database.openForJdbc(new DatabaseSettings(url, "sa", "", false))) {
            legacy.count("SELECT COUNT(*) FROM staff_user");
        }
        Files.writeString(home.folder().resolve("db-password.new"), "Pending1234567890pendingABCDEFGH\n");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("ALTER USER sa SET PASSWORD 'Pending1234567890pendingABCDEFGH'");
        }

        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), home);
        assertEquals("Pending1234567890pendingABCDEFGH", settings.password());
        assertFalse(Files.exists(home.folder().resolve("db-password.new")));
        try (Database database = Database.openForJdbc(settings)) {
            assertEquals(0, database.count("SELECT COUNT(*) FROM staff_user"));
        }
    }

    /** Issue 17: a backup from before db-password, restored into a data folder that has one, failed to open. */
    @Test
    void aPasswordlessDatabaseRestoredBesideADbPasswordFileOpensAndTakesThatPassword() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), home);
        try (Database database = Database.openForJdbc(settings)) {
            database.count("SELECT COUNT(*) FROM staff_user");
        }
        restoreBackup(legacyDatabase(temp.resolve("backup")), home);

        try (Database database = Database.openForJdbc(DatabaseSettings.resolve(null, null, null, Map.of(), home))) {
            assertEquals(1, database.count("SELECT COUNT(*) FROM legacy_marker"), "the restored database is open");
        }
        assertRefused(settings.url(), "", "the restored database has the password of db-password now");
    }

    @Test
    void aDatabaseRestoredWithoutItsDbPasswordFileSaysWhatToDoInOneLine() throws Exception {
        AppHome old = new AppHome(temp.resolve("old"));
        try (Database database = Database.openForJdbc(DatabaseSettings.resolve(null, null, null, Map.of(), old))) {
            database.count("SELECT COUNT(*) FROM staff_user");
        }
        AppHome home = new AppHome(temp.resolve("home"));
        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), home);
        try (Database database = Database.openForJdbc(settings)) {
            database.count("SELECT COUNT(*) FROM staff_user");
        }
        restoreBackup(old, home); // another password than home's db-password

        UserFacingException otherPassword = assertThrows(UserFacingException.class,
                () -> Database.openForJdbc(DatabaseSettings.resolve(null, null, null, Map.of(), home)).close());
        assertEquals("The embedded database in " + home.embeddedDatabase().getParent() + " does not accept the"
                + " password in " + home.databasePasswordFile() + ": it was restored without the db-password file"
                + " saved with it. Put that file back into " + home.folder() + " (a backup of the whole data folder"
                + " holds both).", otherPassword.getMessage());

        Files.delete(home.databasePasswordFile());
        UserFacingException noFile = assertThrows(UserFacingException.class,
                () -> DatabaseSettings.resolve(null, null, null, Map.of(), home));
        assertEquals("The embedded database in " + home.embeddedDatabase().getParent() + " has a password but "
                + home.databasePasswordFile() + " is missing: it was restored without the db-password file saved"
                + " with it. Put that file back into " + home.folder() + " (a backup of the whole data folder holds"
                + " both).", noFile.getMessage());
        assertFalse(Files.exists(home.folder().resolve("db-password.new")));

        Files.copy(old.databasePasswordFile(), home.databasePasswordFile());
        try (Database database = Database.openForJdbc(DatabaseSettings.resolve(null, null, null, Map.of(), home))) {
            assertEquals(0, database.count("SELECT COUNT(*) FROM staff_user"), "with its own file it opens");
        }
    }

    /** A data folder of a PermitDesk from before db-password: the database's sa password is empty. */
    private static AppHome legacyDatabase(Path folder) throws SQLException {
        AppHome legacy = new AppHome(folder);
        String url = "jdbc:h2:file:" + legacy.embeddedDatabase().toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Database database = Database.openForJdbc(new DatabaseSettings(url, "sa", "", false));
             Connection connection = database.dataSource().getConnection()) {
            connection.createStatement().execute("CREATE TABLE legacy_marker (id INT)");
            connection.createStatement().execute("INSERT INTO legacy_marker VALUES (1)");
            connection.commit();
        }
        return legacy;
    }

    /** Copies the {@code db} folder of {@code backup} over {@code home}'s, as a restore of the database does. */
    private static void restoreBackup(AppHome backup, AppHome home) throws IOException {
        Path from = backup.embeddedDatabase().getParent();
        Path to = home.embeddedDatabase().getParent();
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().endsWith(".mv.db")) {
                    Files.copy(file, to.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void theAutomaticServerListensOnTheLoopbackInterfaceOnly() throws Exception {
        Optional<InetAddress> otherAddress = nonLoopbackAddress();
        assumeTrue(otherAddress.isPresent(), "this machine has no network address besides loopback");
        AppHome home = new AppHome(temp.resolve("home"));
        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), home);
        try (Database database = Database.openForJdbc(settings)) {
            Properties lock = new Properties();
            try (Reader reader = Files.newBufferedReader(home.embeddedDatabase().resolveSibling("permitdesk.lock.db"))) {
                lock.load(reader);
            }
            String server = lock.getProperty("server");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            }
            assertThrows(ConnectException.class, () -> {
                try (Socket outside = new Socket()) {
                    outside.connect(new InetSocketAddress(otherAddress.get(), port), 2_000);
                }
            }, "the automatic server must not be reachable on " + otherAddress.get());
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void assertRefused(String url, String password, String when) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
                connection.isValid(1);
            }
        }, when);
        assertEquals(28000, refused.getErrorCode(), when + ": " + refused.getMessage());
    }

    private static void assertMode(String expected, Path path) throws IOException {
        assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(path)), path.toString());
    }

    private static java.nio.file.attribute.FileAttribute<?> world(String mode) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode));
    }
}
