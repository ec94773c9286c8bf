package org.permitdesk.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.permitdesk.account.AccountFeature;
import org.permitdesk.history.HistoryFeature;
import org.permitdesk.demo.DemoData;
import org.permitdesk.inspection.InspectionFeature;
import org.permitdesk.permit.PermitFeature;
import org.permitdesk.platform.AppContext;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.report.ReportFeature;
import org.permitdesk.staff.StaffFeature;

/**
 * The one way in (decision record 13): the application context of this process and every feature's services,
 * wired once. The desktop, the command line and the tests open one and take services from its features; no
 * JavaFX here, so the command line and a web server use it as the desktop does.
 */
public final class PermitDesk implements AutoCloseable {

    private final AppContext context;
    private final StaffFeature staff;
    private final AccountFeature accounts;
    private final PermitFeature permits;
    private final InspectionFeature inspections;
    private final ReportFeature reports;
    private final HistoryFeature history;
    private final DemoData demoData;

    private PermitDesk(AppContext context) {
        this.context = context;
        staff = new StaffFeature(context);
        accounts = new AccountFeature(context);
        permits = new PermitFeature(context, List.of(accounts.licenceGuard(), InspectionFeature.permitGuard()));
        inspections = new InspectionFeature(context, permits);
        reports = new ReportFeature(context);
        history = new HistoryFeature(context);
        demoData = new DemoData(context.database(), context.clock());
    }

    /** Opens the database with Hibernate and the mail settings of this process's data folder. */
    public static PermitDesk open(DatabaseSettings settings, Clock clock) {
        return open(settings, clock, AppContext.homeFromEnvironment());
    }

    /** Opens the database with Hibernate; mail settings and the report cache from {@code home}. Never on the FX thread. */
    public static PermitDesk open(DatabaseSettings settings, Clock clock, AppHome home) {
        return wired(AppContext.open(settings, clock, home, Entities.ALL));
    }

    /** Opens with the given mail settings and mailer (tests use an in-process mail server); templates not cached. */
    public static PermitDesk open(DatabaseSettings settings, Clock clock, MailSettings mail, Mailer mailer,
                                  Optional<String> mailProblem) {
        return wired(AppContext.open(settings, clock, AppContext.homeFromEnvironment(), Entities.ALL, mail, mailer,
                mailProblem));
    }

    /**
     * Opens the database for plain JDBC work only, without starting Hibernate: for the commands that read or write
     * in bulk (report, import-blds, export-blds, import-cslb). A service that needs Hibernate refuses to run.
     */
    public static PermitDesk openForJdbc(DatabaseSettings settings, Clock clock) {
        return wired(AppContext.openForJdbc(settings, clock, AppContext.homeFromEnvironment()));
    }

    private static PermitDesk wired(AppContext context) {
        try {
            return new PermitDesk(context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /**
     * Fills a brand-new embedded database with the demo permit center (demo users, 1,000 permits); nothing
     * otherwise. Only the desktop app and {@code demo-data} do this, never the other commands.
     */
    public PermitDesk withDemoDataIfNew() {
        try {
            if (context.database().settings().embeddedDefault() && demoData.isEmptyDatabase()) {
                demoData.fillNewEmbeddedDatabase(staff.users());
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Demo sign-ins are shown only for the embedded demo database. */
    public boolean showsDemoSignIns() {
        return context.database().settings().isH2() && demoData.hasDemoUsers();
    }

    public AppContext context() {
        return context;
    }

    public StaffFeature staff() {
        return staff;
    }

    public AccountFeature accounts() {
        return accounts;
    }

    public PermitFeature permits() {
        return permits;
    }

    public InspectionFeature inspections() {
        return inspections;
    }

    public ReportFeature reports() {
        return reports;
    }

    /** A permit's change history across features. */
    public HistoryFeature history() {
        return history;
    }

    public DemoData demoData() {
        return demoData;
    }

    @Override
    public void close() {
        context.close();
    }
}
