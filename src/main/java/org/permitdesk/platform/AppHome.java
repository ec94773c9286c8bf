package org.permitdesk.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder where PermitDesk keeps its embedded database, settings file, logs and cache.
 * {@code PERMITDESK_HOME} overrides the operating system's usual per-user data folder.
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
}
