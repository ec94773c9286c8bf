package org.permitdesk.platform;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.platform.report.ReportTemplates;

/**
 * What every service of one process shares, built once (decision record 13): the open database, the clock, the
 * data folder, mail (settings, mailer, or why mail is not set up), the report templates and the names printed on
 * letters and reports. The features build their services from it; it knows no feature.
 */
public final class AppContext implements AutoCloseable {

    /** The permit center's name in emails until the jurisdiction settings exist. */
    public static final String PERMIT_CENTER = "Permit Center";
    /** The heading of printed receipts and reports until the jurisdiction settings exist. */
    public static final String JURISDICTION = "City of Palm Valley \u2014 Permit Center";

    private final Database database;
    private final Clock clock;
    private final AppHome home;
    private final MailSettings mail;
    private final Mailer mailer;
    private final Optional<String> mailProblem;
    private final ReportTemplates reports;

    private AppContext(Database database, Clock clock, AppHome home, MailSettings mail, Mailer mailer,
                       Optional<String> mailProblem, ReportTemplates reports) {
        this.database = database;
        this.clock = clock;
        this.home = home;
        this.mail = mail;
        this.mailer = mailer;
        this.mailProblem = mailProblem;
        this.reports = reports;
    }

    /**
     * Opens (creating and migrating as needed) the database with Hibernate for {@code entities}; slow work, never
     * on the JavaFX thread. Mail goes by the settings in {@code home}'s settings file; a mistake there does not stop
     * anything: it is reported where mail is used ({@link #mailProblem()}), and mail is saved in the outbox.
     */
    public static AppContext open(DatabaseSettings settings, Clock clock, AppHome home, List<Class<?>> entities) {
        return withMailOf(home, Database.open(settings, entities), clock, cachedReportTemplates(home));
    }

    /**
     * Opens the database for plain JDBC work only: Hibernate is not started (1–2 s less for a command), and a
     * service that needs it refuses to run. For the commands that read or write in bulk (reports, imports, export).
     */
    public static AppContext openForJdbc(DatabaseSettings settings, Clock clock, AppHome home) {
        return withMailOf(home, Database.openForJdbc(settings), clock, cachedReportTemplates(home));
    }

    /** Opens with the given mail settings and mailer (tests use an in-process mail server); templates not cached. */
    public static AppContext open(DatabaseSettings settings, Clock clock, AppHome home, List<Class<?>> entities,
                                  MailSettings mail, Mailer mailer, Optional<String> mailProblem) {
        return new AppContext(Database.open(settings, entities), clock, home, mail, mailer, mailProblem,
                ReportTemplates.besideTheApplication());
    }

    /**
     * Opens the database for reading only (the public web view): no Hibernate, no migration, nothing written; a
     * schema older or newer than this version understands is refused with {@code upgradeHint}.
     */
    public static AppContext openForReading(DatabaseSettings settings, Clock clock, AppHome home, String upgradeHint) {
        return withMailOf(home, Database.openForReading(settings, upgradeHint), clock, cachedReportTemplates(home));
    }

    private static AppContext withMailOf(AppHome home, Database database, Clock clock, ReportTemplates reports) {
        MailSettings mail;
        Optional<String> mailProblem = Optional.empty();
        try {
            mail = MailSettings.read(home);
        } catch (UserFacingException e) {
            mail = MailSettings.none();
            mailProblem = Optional.of(e.getMessage());
        }
        return new AppContext(database, clock, home, mail, new Mailer(mail, home.outboxFolder(), clock), mailProblem,
                reports);
    }

    /** The data folder of this process: $PERMITDESK_HOME, else the platform's place for application data. */
    public static AppHome homeFromEnvironment() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(String.valueOf(key), String.valueOf(value)));
        return AppHome.fromEnvironment(System.getenv(), properties);
    }

    /** The report templates, compiled ones kept in the data folder's cache (decision record 9). */
    private static ReportTemplates cachedReportTemplates(AppHome home) {
        return ReportTemplates.forUser(home.folder(), System.getProperty("os.name", ""),
                home.cacheFolder().resolve("reports"));
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** The data folder (settings file, outbox, caches, logs). */
    public AppHome home() {
        return home;
    }

    public MailSettings mail() {
        return mail;
    }

    /** Sends mail, or saves it in the outbox when no mail server is set up. */
    public Mailer mailer() {
        return mailer;
    }

    /** Why the mail settings could not be used, if they could not. */
    public Optional<String> mailProblem() {
        return mailProblem;
    }

    /** The report templates, each compiled once per process. */
    public ReportTemplates reports() {
        return reports;
    }

    /** The heading of printed receipts, notices and reports. */
    public String jurisdiction() {
        return JURISDICTION;
    }

    /** The sender's name in emails. */
    public String permitCenter() {
        return PERMIT_CENTER;
    }

    @Override
    public void close() {
        database.close();
    }
}
