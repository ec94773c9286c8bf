package org.permitdesk.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The folder where PermitDesk keeps its embedded database, settings file, logs and cache.
 * {@code PERMITDESK_HOME} overrides the operating system's usual per-user data folder. The folder and what
 * PermitDesk keeps in it are private to the user (0700 folders, 0600 files; see {@link #makePrivate()}).
 */
public record AppHome(Path folder) {

    public static AppHome fromEnvironment(Map<String, String> env, Map<String, String> systemProperties) {
        String override = env.get("PERMITDESK_HOME");
        if (override != null && !override.isBlank()) {
            return new AppHome(Path.of(override).toAbsolutePath());
        }
        String home = systemProperties.getOrDefault("user.home", ".");
        String os = systemProperties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return new AppHome(Path.of(appData != null ? appData : home, "PermitDesk"));
        }
        if (os.contains("mac")) {
            return new AppHome(Path.of(home, "Library", "Application Support", "PermitDesk"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        return new AppHome(Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", "permitdesk"));
    }

    public Path settingsFile() {
        return folder.resolve("permitdesk.properties");
    }

    /** The password of the embedded database's {@code sa} user, made up on its first start. */
    public Path databasePasswordFile() {
        return folder.resolve("db-password");
    }

    /** Mails that could not be sent, as {@code .eml} files for the clerk's own mail program. */
    public Path outboxFolder() {
        return folder.resolve("outbox");
    }

    public Path embeddedDatabase() {
        return folder.resolve("db").resolve("permitdesk");
    }

    public Path logFolder() {
        return folder.resolve("logs");
    }

    /** Files the app can recreate at any time, such as the class data sharing archive. */
    public Path cacheFolder() {
        return folder.resolve("cache");
    }

    /**
     * Creates the data folder, or makes it private, with the folders and files PermitDesk keeps in it (database,
     * logs, cache, outbox, settings and password files): folders 0700 and files 0600, whatever the umask. Files
     * already there from older versions (0644 under umask 022) are restricted too. Nothing else in the folder is
     * touched: {@code PERMITDESK_HOME} may name a folder that holds other things.
     *
     * @throws UserFacingException when the folder cannot be created or its permissions cannot be set
     */
    public AppHome makePrivate() {
        whyNotWritable(folder).ifPresent(why -> {
            throw new UserFacingException(why);
        });
        try {
            PrivateFiles.folder(folder);
            for (Path sub : new Path[] {embeddedDatabase().getParent(), logFolder(), cacheFolder(), outboxFolder()}) {
                PrivateFiles.tree(sub);
            }
            PrivateFiles.file(settingsFile());
            PrivateFiles.file(databasePasswordFile());
            return this;
        } catch (IOException e) {
            throw new UserFacingException("Cannot make the data folder " + folder + " private to you: " + describe(e)
                    + ". Check that the folder is yours, or set PERMITDESK_HOME to a folder of your own.", e);
        }
    }

    /**
     * One line saying that {@code path} (the data folder or a folder or file PermitDesk keeps in it) is read-only
     * (a read-only mount, a backup medium, or no write permission) and how to fix it, or empty when it can be
     * written or does not exist in a folder that can. Checked before H2 opens the database: H2 would print its
     * stack traces to the console, or refuse an automatic server on a read-only file in its own words.
     */
    public Optional<String> whyNotWritable(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || Files.isWritable(existing)) {
            return Optional.empty();
        }
        String what = existing.equals(folder) ? "The data folder " + folder + " is read-only"
                : existing.startsWith(folder) ? "The data folder " + folder + " is read-only (" + existing
                + " cannot be written)"
                : "The data folder " + folder + " cannot be created: " + existing + " is read-only";
        return Optional.of(what + ". PermitDesk keeps its database there: make it writable, or set PERMITDESK_HOME"
                + " to a folder you can write to.");
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied on " + e.getMessage()
                : e.getMessage();
    }
}
