package org.permitdesk.platform.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.SettingsFile;
import org.permitdesk.platform.UserFacingException;

/**
 * How PermitDesk sends mail (SMTP) and reads the request mailbox (IMAP), from the {@code mail.*} keys of
 * {@code permitdesk.properties}. Either part may be left out: without SMTP, mail is saved as {@code .eml}
 * files for the clerk's own mail program; without IMAP, nothing is fetched. {@link #toString()} never
 * shows a password.
 */
public record MailSettings(Smtp smtp, Imap imap, String from) {

    /** How the SMTP connection is protected. */
    public enum TlsMode { NONE, STARTTLS, SSL }

    /** The outgoing server. An empty host means "not configured"; an empty user means "no login". */
    public record Smtp(String host, int port, TlsMode tls, String user, String password) {

        public Smtp {
            host = orEmpty(host);
            tls = Objects.requireNonNull(tls, "tls");
            user = orEmpty(user);
            password = orEmpty(password);
        }

        public static Smtp none() {
            return new Smtp("", defaultPort(TlsMode.STARTTLS), TlsMode.STARTTLS, "", "");
        }

        public static int defaultPort(TlsMode tls) {
            return switch (tls) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case SSL -> 465;
            };
        }

        /** host:port, as named in messages to the user. */
        public String address() {
            return host + ":" + port;
        }

        @Override
        public String toString() {
            return "Smtp[" + address() + ", tls=" + tls.name().toLowerCase(Locale.ROOT)
                    + ", user=" + user + ", password=" + masked(password) + "]";
        }
    }

    /** The incoming mailbox. An empty host means "not configured". */
    public record Imap(String host, int port, boolean ssl, String user, String password, String folder,
                       int pollIntervalMinutes) {

        public static final String DEFAULT_FOLDER = "INBOX";
        public static final int DEFAULT_POLL_INTERVAL_MINUTES = 5;

        public Imap {
            host = orEmpty(host);
            user = orEmpty(user);
            password = orEmpty(password);
            folder = folder == null || folder.isBlank() ? DEFAULT_FOLDER : folder;
        }

        public static Imap none() {
            return new Imap("", defaultPort(true), true, "", "", DEFAULT_FOLDER, DEFAULT_POLL_INTERVAL_MINUTES);
        }

        public static int defaultPort(boolean ssl) {
            return ssl ? 993 : 143;
        }

        /** host:port, as named in messages to the user. */
        public String address() {
            return host + ":" + port;
        }

        @Override
        public String toString() {
            return "Imap[" + address() + ", ssl=" + ssl + ", user=" + user + ", password=" + masked(password)
                    + ", folder=" + folder + ", every " + pollIntervalMinutes + " min]";
        }
    }

    public MailSettings {
        smtp = Objects.requireNonNull(smtp, "smtp");
        imap = Objects.requireNonNull(imap, "imap");
        from = orEmpty(from);
    }

    /** Neither SMTP nor IMAP: mail is only saved as files. */
    public static MailSettings none() {
        return new MailSettings(Smtp.none(), Imap.none(), "");
    }

    /** Reads the {@code mail.*} keys of the settings file in the data folder. */
    public static MailSettings read(AppHome home) {
        Path file = home.settingsFile();
        Properties properties = SettingsFile.read(file);
        try {
            return from(properties);
        } catch (UserFacingException e) {
            throw new UserFacingException("In the settings file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the {@code mail.*} keys; missing keys take their defaults. A value that can't be used throws a
     * {@link UserFacingException} naming the key, the value and what was expected.
     */
    public static MailSettings from(Properties properties) {
        Keys keys = new Keys(properties);
        Smtp smtp = readSmtp(keys);
        Imap imap = readImap(keys);
        String from = keys.text("mail.from");
        if (!from.isEmpty()) {
            requireAddress("mail.from", from);
        } else if (!smtp.host().isEmpty()) {
            throw new UserFacingException("Mail setting mail.from is missing: expected the address mail is sent "
                    + "from, such as permits@city.example, because mail.smtp.host is set.");
        }
        return new MailSettings(smtp, imap, from);
    }

    public boolean smtpConfigured() {
        return !smtp.host().isEmpty();
    }

    public boolean imapConfigured() {
        return !imap.host().isEmpty();
    }

    @Override
    public String toString() {
        return "MailSettings[smtp=" + (smtpConfigured() ? smtp : "none")
                + ", imap=" + (imapConfigured() ? imap : "none") + ", from=" + from + "]";
    }

    private static Smtp readSmtp(Keys keys) {
        TlsMode tls = keys.tlsMode("mail.smtp.tls", TlsMode.STARTTLS);
        return new Smtp(keys.text("mail.smtp.host"), keys.port("mail.smtp.port", Smtp.defaultPort(tls)), tls,
                keys.text("mail.smtp.user"), keys.secret("mail.smtp.password"));
    }

    private static Imap readImap(Keys keys) {
        boolean ssl = keys.yesNo("mail.imap.ssl", true);
        Imap imap = new Imap(keys.text("mail.imap.host"), keys.port("mail.imap.port", Imap.defaultPort(ssl)), ssl,
                keys.text("mail.imap.user"), keys.secret("mail.imap.password"), keys.text("mail.imap.folder"),
                keys.minutes("mail.imap.interval-minutes", Imap.DEFAULT_POLL_INTERVAL_MINUTES));
        if (!imap.host().isEmpty() && imap.user().isEmpty()) {
            throw new UserFacingException("Mail setting mail.imap.user is missing: expected the user name of the "
                    + "mailbox, because mail.imap.host is set.");
        }
        return imap;
    }

    private static void requireAddress(String key, String value) {
        try {
            new InternetAddress(value, true);
        } catch (AddressException e) {
            throw Keys.invalid(key, value, "an e-mail address such as permits@city.example");
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String masked(String password) {
        return password.isEmpty() ? "" : "***";
    }

    /** Typed reading of single keys, each failure naming key, value and what is expected. */
    private static final class Keys {

        private final Properties properties;

        Keys(Properties properties) {
            this.properties = properties;
        }

        String text(String key) {
            return orEmpty(properties.getProperty(key));
        }

        /** Passwords are taken as written: spaces may belong to them, and their value is never echoed. */
        String secret(String key) {
            String value = properties.getProperty(key);
            return value == null ? "" : value;
        }

        int port(String key, int defaultPort) {
            String value = text(key);
            if (value.isEmpty()) {
                return defaultPort;
            }
            return wholeNumber(key, value, 1, 65_535, "a port number from 1 to 65535");
        }

        int minutes(String key, int defaultMinutes) {
            String value = text(key);
            if (value.isEmpty()) {
                return defaultMinutes;
            }
            return wholeNumber(key, value, 1, 24 * 60, "a whole number of minutes from 1 to 1440");
        }

        boolean yesNo(String key, boolean defaultValue) {
            String value = text(key).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "" -> defaultValue;
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw invalid(key, text(key), "true or false");
            };
        }

        TlsMode tlsMode(String key, TlsMode defaultMode) {
            String value = text(key);
            if (value.isEmpty()) {
                return defaultMode;
            }
            try {
                return TlsMode.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid(key, value, "none, starttls or ssl");
            }
        }

        private static int wholeNumber(String key, String value, int min, int max, String expected) {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, together with the range
            }
            throw invalid(key, value, expected);
        }

        static UserFacingException invalid(String key, String value, String expected) {
            return new UserFacingException("Mail setting " + key + " is \"" + value + "\": expected " + expected + ".");
        }
    }
}
