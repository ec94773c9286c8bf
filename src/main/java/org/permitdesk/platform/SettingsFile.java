package org.permitdesk.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Reads {@code permitdesk.properties}: a missing file means no settings, an unreadable one is the user's to fix. */
public final class SettingsFile {

    private SettingsFile() {
    }

    public static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new UserFacingException("Cannot read the settings file " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }
}
