package org.permitdesk.platform.db;

import java.util.Map;
import java.util.Properties;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.SettingsFile;

/**
 * Where the database is. First match wins: command-line options, then the environment variables
 * {@code PERMITDESK_DB_URL}/{@code _USER}/{@code _PASSWORD}, then {@code db.url}/{@code db.user}/
 * {@code db.password} in the settings file, and otherwise the embedded H2 database in the data folder (made private
 * first, with the password kept in its {@code db-password} file: {@link EmbeddedDatabase}).
 */
public record DatabaseSettings(String url, String user, String password, boolean embeddedDefault) {

    public static DatabaseSettings resolve(String url, String user, String password,
                                           Map<String, String> env, AppHome home) {
        if (isSet(url)) {
            return new DatabaseSettings(url, orEmpty(user), orEmpty(password), false);
        }
        if (isSet(env.get("PERMITDESK_DB_URL"))) {
            return new DatabaseSettings(env.get("PERMITDESK_DB_URL"),
                    isSet(user) ? user : orEmpty(env.get("PERMITDESK_DB_USER")),
                    isSet(password) ? password : orEmpty(env.get("PERMITDESK_DB_PASSWORD")), false);
        }
        Properties file = SettingsFile.read(home.settingsFile());
        if (isSet(file.getProperty("db.url"))) {
            return new DatabaseSettings(file.getProperty("db.url"),
                    isSet(user) ? user : file.getProperty("db.user", ""),
                    isSet(password) ? password : file.getProperty("db.password", ""), false);
        }
        // AUTO_SERVER lets the command line and the desktop app use the same file at once (on loopback only).
        return EmbeddedDatabase.settings(home);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL as shown to users: without anything that looks like a password. */
    public String displayUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + displayUrl() + ", user=" + user + "]";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
