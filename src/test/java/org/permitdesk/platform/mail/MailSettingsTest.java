package org.permitdesk.platform.mail;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.mail.MailSettings.TlsMode;

class MailSettingsTest {

    private static final String FULL = """
            mail.smtp.host = smtp.city.example
            mail.smtp.port = 2525
            mail.smtp.tls = SSL
            mail.smtp.user = permits
            mail.smtp.password = hunter2
            mail.imap.host = imap.city.example
            mail.imap.port = 1143
            mail.imap.ssl = false
            mail.imap.user = requests
            mail.imap.password = imap-s3cret
            mail.imap.folder = Requests/New
            mail.imap.interval-minutes = 15
            mail.from = Permit Center <permits@city.example>
            """;

    @TempDir
    Path folder;

    @Test
    void readsEveryKey() {
        MailSettings settings = MailSettings.from(properties(FULL));
        assertAll(
                () -> assertEquals(new MailSettings.Smtp("smtp.city.example", 2525, TlsMode.SSL, "permits", "hunter2"),
                        settings.smtp()),
                () -> assertEquals(new MailSettings.Imap("imap.city.example", 1143, false, "requests", "imap-s3cret",
                        "Requests/New", 15), settings.imap()),
                () -> assertEquals("Permit Center <permits@city.example>", settings.from()),
                () -> assertTrue(settings.smtpConfigured()),
                () -> assertTrue(settings.imapConfigured()));
    }

    @Test
    void withoutMailKeysNothingIsConfigured() {
        MailSettings settings = MailSettings.from(properties("db.url = jdbc:h2:mem:x\n"));
        assertFalse(settings.smtpConfigured());
        assertFalse(settings.imapConfigured());
        assertEquals(MailSettings.none(), settings);
    }

    @Test
    void portsFollowTheTlsModeAndFolderAndIntervalHaveDefaults() {
        MailSettings settings = MailSettings.from(properties("""
                mail.smtp.host = smtp.city.example
                mail.from = permits@city.example
                mail.imap.host = imap.city.example
                mail.imap.user = requests
                """));
        assertEquals(587, settings.smtp().port());
        assertEquals(TlsMode.STARTTLS, settings.smtp().tls());
        assertEquals(993, settings.imap().port());
        assertTrue(settings.imap().ssl());
        assertEquals("INBOX", settings.imap().folder());
        assertEquals(5, settings.imap().pollIntervalMinutes());
    }

    @ParameterizedTest
    @CsvSource({"none, 25", "starttls, 587", "ssl, 465"})
    void smtpPortDefaultsToTheUsualOneForItsTlsMode(String tls, int port) {
        MailSettings settings = MailSettings.from(properties(
                "mail.smtp.host=h\nmail.from=a@city.example\nmail.smtp.tls=" + tls + "\n"));
        assertEquals(port, settings.smtp().port());
        assertEquals(143, MailSettings.from(properties("mail.imap.host=h\nmail.imap.user=u\nmail.imap.ssl=false\n"))
                .imap().port());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mail.smtp.port | abc | a port number from 1 to 65535",
        "mail.smtp.port | 70000 | a port number from 1 to 65535",
        "mail.imap.port | 0 | a port number from 1 to 65535",
        "mail.smtp.tls | tls1.2 | none, starttls or ssl",
        "mail.imap.ssl | maybe | true or false",
        "mail.imap.interval-minutes | 0 | a whole number of minutes from 1 to 1440",
        "mail.imap.interval-minutes | five | a whole number of minutes from 1 to 1440",
        "mail.from | permits at city | an e-mail address such as permits@city.example"})
    void aBadValueIsNamedWithItsKeyAndWhatIsExpected(String key, String value, String expected) {
        Properties properties = properties("""
                mail.smtp.host = smtp.city.example
                mail.from = permits@city.example
                mail.imap.host = imap.city.example
                mail.imap.user = requests
                """);
        properties.setProperty(key, value);
        UserFacingException error = assertThrows(UserFacingException.class, () -> MailSettings.from(properties));
        assertEquals("Mail setting " + key + " is \"" + value + "\": expected " + expected + ".", error.getMessage());
    }

    @Test
    void aServerWithoutItsRequiredPartnerKeyIsRefused() {
        UserFacingException noFrom = assertThrows(UserFacingException.class,
                () -> MailSettings.from(properties("mail.smtp.host = smtp.city.example\n")));
        assertTrue(noFrom.getMessage().startsWith("Mail setting mail.from is missing"), noFrom.getMessage());
        UserFacingException noUser = assertThrows(UserFacingException.class,
                () -> MailSettings.from(properties("mail.imap.host = imap.city.example\n")));
        assertTrue(noUser.getMessage().startsWith("Mail setting mail.imap.user is missing"), noUser.getMessage());
    }

    @Test
    void toStringNeverShowsPasswords() {
        MailSettings settings = MailSettings.from(properties(FULL));
        for (String text : new String[] {settings.toString(), settings.smtp().toString(), settings.imap().toString()}) {
            assertFalse(text.contains("hunter2"), text);
            assertFalse(text.contains("imap-s3cret"), text);
            assertTrue(text.contains("password=***"), text);
        }
        assertTrue(settings.toString().contains("smtp.city.example:2525"), settings.toString());
    }

    @Test
    void readsTheSettingsFileInTheDataFolderAndNamesItOnError() throws IOException {
        Files.writeString(folder.resolve("permitdesk.properties"), FULL);
        assertEquals("smtp.city.example", MailSettings.read(new AppHome(folder)).smtp().host());

        Files.writeString(folder.resolve("permitdesk.properties"), "mail.imap.port = 99x\n");
        UserFacingException error = assertThrows(UserFacingException.class,
                () -> MailSettings.read(new AppHome(folder)));
        assertEquals("In the settings file " + folder.resolve("permitdesk.properties") + ": Mail setting "
                + "mail.imap.port is \"99x\": expected a port number from 1 to 65535.", error.getMessage());
    }

    private static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
