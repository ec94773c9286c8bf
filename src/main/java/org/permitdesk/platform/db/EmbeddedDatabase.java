package org.permitdesk.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.PrivateFiles;
import org.permitdesk.platform.UserFacingException;

/**
 * The embedded H2 database of a data folder, private to its user: the folder is 0700 before H2 opens it, the
 * {@code sa} user has a random password kept in {@code db-password} (0600) of the data folder, and H2's automatic
 * server (which lets the command line use the file while the desktop app has it open) listens on the loopback
 * interface only. A database from before (an empty {@code sa} password) gets its password on its first open.
 */
public final class EmbeddedDatabase {

    static final String USER = "sa";
    private static final int PASSWORD_LENGTH = 32;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** H2's error code for a wrong user name or password. */
    private static final int WRONG_USER_OR_PASSWORD = 28000;

    static {
        loopbackOnly();
    }

    private EmbeddedDatabase() {
    }

    /**
     * H2's automatic server binds to the loopback interface (H2 reads {@code h2.bindAddress} once, when its
     * classes load: this runs before PermitDesk opens any H2 database). A bind address set by whoever started
     * the JVM is kept.
     */
    static void loopbackOnly() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /**
     * The settings of {@code home}'s embedded database, its folders made private first and its password read from
     * {@code db-password} (made up and saved there on the first start; an older database is given it now).
     *
     * @throws UserFacingException when the data folder or password file cannot be made private, read or written
     */
    public static DatabaseSettings settings(AppHome home) {
        home.makePrivate();
        Path databaseFile = home.embeddedDatabase();
        for (Path written : new Path[] {databaseFile.getParent(), mvFile(databaseFile)}) {
            home.whyNotWritable(written).ifPresent(why -> {
                throw new UserFacingException(why);
            });
        }
        String url = "jdbc:h2:file:" + databaseFile.toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try {
            PrivateFiles.folder(databaseFile.getParent());
            ImportSafetyCopy.restoreIfInterrupted(databaseFile); // an import killed half-way is undone first
            Path passwordFile = home.databasePasswordFile();
            String password;
            if (Files.exists(passwordFile)) {
                password = read(passwordFile);
            } else if (!Files.exists(mvFile(databaseFile))) {
                password = save(passwordFile, newPassword()); // H2 creates the database with it
            } else {
                password = upgrade(url, passwordFile, home);
            }
            return new DatabaseSettings(url, USER, password, true);
        } catch (IOException e) {
            throw new UserFacingException("Cannot keep the embedded database's password in " + home.folder()
                    + ": " + e.getMessage() + ". Check that the data folder is yours and the disk is not full.", e);
        }
    }

    /**
     * When the embedded database refused the password of {@code db-password}: a database restored from a backup
     * made before that password existed (its {@code sa} password still empty) is given the file's password, and the
     * caller opens it again. Returns normally only then.
     *
     * @throws DatabaseUnavailableException {@code failure} itself when it is not a refused password of the default
     *                                      embedded database
     * @throws UserFacingException          in one line, what to do when the database has another password
     */
    static void adoptPassword(DatabaseSettings settings, DatabaseUnavailableException failure) {
        Path dbFolder = folderOf(settings);
        if (!settings.embeddedDefault() || dbFolder == null || !refusedPassword(failure)) {
            throw failure;
        }
        try (Connection connection = DriverManager.getConnection(settings.url(), USER, "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER USER " + USER + " SET PASSWORD '" + settings.password() + "'");
            }
        } catch (SQLException e) {
            throw new UserFacingException(otherPassword(dbFolder), failure);
        }
    }

    /** The one line for a database whose password is neither empty nor the one in {@code db-password}. */
    private static String otherPassword(Path dbFolder) {
        Path dataFolder = dbFolder.getParent();
        return "The embedded database in " + dbFolder + " does not accept the password in " + dataFolder
                + "/db-password: it was restored without the db-password file saved with it. Put that file back"
                + " into " + dataFolder + " (a backup of the whole data folder holds both).";
    }

    private static boolean refusedPassword(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == WRONG_USER_OR_PASSWORD) {
                return true;
            }
        }
        return false;
    }

    /** After H2 has opened it: its files 0600 (H2 creates them by the umask; the 0700 folder already shields them). */
    static void restrictFiles(DatabaseSettings settings) {
        Path folder = folderOf(settings);
        if (folder != null) {
            try {
                PrivateFiles.tree(folder);
            } catch (IOException e) {
                // the folder is 0700 already; a file removed meanwhile (a lock file) is no problem
            }
        }
    }

    /** The folder of an H2 file database's URL, or null for any other URL. */
    static Path folderOf(DatabaseSettings settings) {
        Path file = databaseFileOf(settings);
        return file == null ? null : file.getParent();
    }

    /** The database file of an H2 file database's URL (without {@code .mv.db}), or null for any other URL. */
    static Path databaseFileOf(DatabaseSettings settings) {
        String prefix = "jdbc:h2:file:";
        if (!settings.url().startsWith(prefix)) {
            return null;
        }
        String path = settings.url().substring(prefix.length());
        int options = path.indexOf(';');
        return Path.of(options < 0 ? path : path.substring(0, options)).toAbsolutePath();
    }

    private static Path mvFile(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".mv.db");
    }

    /**
     * Gives an existing database with an empty {@code sa} password a new one. The new password is written to a
     * pending file first and becomes {@code db-password} only once the database has it, so a kill at any moment
     * leaves either the old empty password or a file with the right one.
     */
    private static String upgrade(String url, Path passwordFile, AppHome home) throws IOException {
        Path pending = passwordFile.resolveSibling(passwordFile.getFileName() + ".new");
        String password = Files.exists(pending) ? read(pending) : save(pending, newPassword());
        try (Connection connection = DriverManager.getConnection(url, USER, "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == WRONG_USER_OR_PASSWORD && !opens(url, password)) {
                Files.deleteIfExists(pending);
                throw new UserFacingException("The embedded database in " + databaseFolder(url) + " has a password"
                        + " but " + passwordFile + " is missing: it was restored without the db-password file saved"
                        + " with it. Put that file back into " + passwordFile.getParent()
                        + " (a backup of the whole data folder holds both).", e);
            }
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                throw new DatabaseUnavailableException(new DatabaseSettings(url, USER, "", true), e);
            }
            // killed after the database took the pending password: it holds already
        }
        try {
            Files.createLink(passwordFile, pending);
            Files.delete(pending);
        } catch (FileAlreadyExistsException anotherStart) {
            Files.deleteIfExists(pending);
            return read(passwordFile);
        } catch (UnsupportedOperationException noLinks) {
            Files.move(pending, passwordFile);
        }
        return password;
    }

    private static Path databaseFolder(String url) {
        return folderOf(new DatabaseSettings(url, USER, "", true));
    }

    private static boolean opens(String url, String password) {
        try (Connection connection = DriverManager.getConnection(url, USER, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String newPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * Writes {@code password} to {@code file} (0600 from the start) unless another PermitDesk starting at the same
     * moment wrote it first: then that one is used. The file appears whole (a link to a complete temporary file).
     */
    private static String save(Path file, String password) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                PrivateFiles.ownerOnlyFile(file));
        try {
            Files.writeString(temporary, password + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException anotherStart) {
                return read(file);
            } catch (UnsupportedOperationException noLinks) {
                Files.move(temporary, file);
            }
            return password;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String read(Path file) throws IOException {
        PrivateFiles.file(file);
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty() || password.contains("'")) {
            throw new IOException(file + " holds no usable password (delete it only if the database is new)");
        }
        return password;
    }
}
