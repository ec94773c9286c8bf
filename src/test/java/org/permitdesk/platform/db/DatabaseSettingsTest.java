package org.permitdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permitdesk.platform.AppHome;

class DatabaseSettingsTest {

    @TempDir
    Path folder;

    @Test
    void withoutSettingsTheEmbeddedDatabaseInTheDataFolderIsUsed() {
        DatabaseSettings settings = DatabaseSettings.resolve(null, null, null, Map.of(), new AppHome(folder));
        assertTrue(settings.embeddedDefault());
        assertTrue(settings.url().startsWith("jdbc:h2:file:" + folder.resolve("db")), settings.url());
    }

    @Test
    void commandLineBeatsEnvironmentWhichBeatsTheSettingsFile() throws Exception {
        Files.writeString(folder.resolve("permitdesk.properties"),
                "db.url=jdbc:postgresql://file-host/pd\ndb.user=fileuser\n");
        AppHome home = new AppHome(folder);
        Map<String, String> env = Map.of("PERMITDESK_DB_URL", "jdbc:postgresql://env-host/pd",
                "PERMITDESK_DB_USER", "envuser", "PERMITDESK_DB_PASSWORD", "envpw");

        assertEquals("jdbc:postgresql://file-host/pd",
                DatabaseSettings.resolve(null, null, null, Map.of(), home).url());
        assertEquals("fileuser", DatabaseSettings.resolve(null, null, null, Map.of(), home).user());
        DatabaseSettings fromEnv = DatabaseSettings.resolve(null, null, null, env, home);
        assertEquals("jdbc:postgresql://env-host/pd", fromEnv.url());
        assertEquals("envuser", fromEnv.user());
        assertEquals("envpw", fromEnv.password());
        DatabaseSettings fromArgs = DatabaseSettings.resolve("jdbc:postgresql://cli-host/pd", "cliuser", null, env, home);
        assertEquals("jdbc:postgresql://cli-host/pd", fromArgs.url());
        assertEquals("cliuser", fromArgs.user());
        assertFalse(fromArgs.embeddedDefault());
    }

    @Test
    void permitdeskHomeOverridesTheDataFolder() {
        AppHome home = AppHome.fromEnvironment(Map.of("PERMITDESK_HOME", folder.toString()),
                Map.of("user.home", "/home/x", "os.name", "Linux"));
        assertEquals(folder.toAbsolutePath(), home.folder());
        assertEquals(Path.of("/home/x/.local/share/permitdesk"),
                AppHome.fromEnvironment(Map.of(), Map.of("user.home", "/home/x", "os.name", "Linux")).folder());
    }

    @Test
    void passwordsInUrlsAreNeverShown() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://h/pd?user=a&password=hunter2&ssl=true",
                "a", "hunter2", false);
        assertEquals("jdbc:postgresql://h/pd?user=a&password=***&ssl=true", settings.displayUrl());
        assertFalse(settings.toString().contains("hunter2"));
    }
}
