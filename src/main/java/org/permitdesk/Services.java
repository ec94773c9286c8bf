package org.permitdesk;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.permitdesk.account.AccountMail;
import org.permitdesk.account.AccountRequestService;
import org.permitdesk.account.AccountService;
import org.permitdesk.account.LicenceCheck;
import org.permitdesk.account.MailboxPoller;
import org.permitdesk.platform.AppHome;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.mail.MailSettings;
import org.permitdesk.platform.mail.MailboxReader;
import org.permitdesk.platform.mail.Mailer;
import org.permitdesk.account.cslb.CslbImportService;
import org.permitdesk.account.cslb.CslbLicenceCheck;
import org.permitdesk.account.cslb.LicenceGuard;
import org.permitdesk.account.cslb.LicenceStatus;
import org.permitdesk.account.ContractorLookup;
import org.permitdesk.inspection.CorrectionNoticeMail;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.inspection.RequiredInspectionsGuard;
import org.permitdesk.inspection.RouteSheetService;
import org.permitdesk.inspection.InspectionRequestService;
import org.permitdesk.permit.PermitCatalog;
import org.permitdesk.permit.attachment.AttachmentService;
import org.permitdesk.permit.PermitEditService;
import org.permitdesk.permit.review.PlanReviewService;
import org.permitdesk.permit.PermitIntakeService;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.account.cslb.CslbLicenceService;
import org.permitdesk.demo.DemoData;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.FeesDueGuard;
import org.permitdesk.permit.fee.ReceiptService;
import org.permitdesk.permit.blds.BldsExportService;
import org.permitdesk.permit.blds.BldsImportService;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.DatabaseSettings;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.report.ReportService;
import org.permitdesk.staff.StaffService;

/**
 * The services of one open database, wired once and shared by the desktop app and the command line.
 * Opening the embedded database for the first time fills it with the demo permit center.
 */
public record Services(Database database, Clock clock, StaffService staff, PermitSearchService permitSearch,
                       DemoData demoData, AccountService accounts, AccountRequestService accountRequests,
                       AccountMail accountMail, Optional<MailboxPoller> mailbox, LicenceCheck licences,
                       Optional<String> mailProblem, PermitIntakeService permitIntake,
                       PermitLifecycleService permitLifecycle, PermitCatalog permitCatalog,
                       PermitCatalog.ContractorDirectory contractors, PlanReviewService planReviews,
                       PermitEditService permitEdits, ReportTemplates reports, Mailer mailer)
        implements AutoCloseable {

    /** The permit center's name in emails until the jurisdiction settings exist. */
    private static final String PERMIT_CENTER = "Permit Center";
    /** The heading of printed receipts and reports until the jurisdiction settings exist. */
    private static final String JURISDICTION = "City of Palm Valley — Permit Center";

    /** Opens the database with the mail settings of the data folder (see {@link #open(DatabaseSettings, Clock, AppHome)}). */
    public static Services open(DatabaseSettings settings, Clock clock) {
        return open(settings, clock, AppHome.fromEnvironment(System.getenv(), systemProperties()));
    }

    /**
     * Opens (creating and migrating as needed) the database; slow work, never on the JavaFX thread.
     * Mail goes by the settings in {@code home}'s settings file; mail that can't be sent is saved in its outbox.
     * A mistake in the mail settings does not stop the app: it is reported where mail is used.
     */
    public static Services open(DatabaseSettings settings, Clock clock, AppHome home) {
        MailSettings mail;
        Optional<String> mailProblem = Optional.empty();
        try {
            mail = MailSettings.read(home);
        } catch (UserFacingException e) {
            mail = MailSettings.none();
            mailProblem = Optional.of(e.getMessage());
        }
        return open(settings, clock, mail, new Mailer(mail, home.outboxFolder(), clock), mailProblem,
                cachedReportTemplates(home));
    }

    /** Opens with the given mail settings and mailer (tests use an in-process mail server); templates not cached. */
    public static Services open(DatabaseSettings settings, Clock clock, MailSettings mail, Mailer mailer,
                                Optional<String> mailProblem) {
        return open(settings, clock, mail, mailer, mailProblem, ReportTemplates.besideTheApplication());
    }

    private static Services open(DatabaseSettings settings, Clock clock, MailSettings mail, Mailer mailer,
                                 Optional<String> mailProblem, ReportTemplates reports) {
        Database database = Database.open(settings, Entities.ALL);
        try {
            PasswordHasher hasher = new PasswordHasher();
            AccountRequestService requests = new AccountRequestService(database, clock);
            Optional<MailboxPoller> mailbox = mail.imapConfigured() ? Optional.of(new MailboxPoller(
                    new MailboxReader(mail), requests, mail.imap().pollIntervalMinutes())) : Optional.empty();
            AccountService accounts = new AccountService(database, hasher, clock);
            CslbLicenceService cslb = new CslbLicenceService(database);
            LicenceCheck licences = new CslbLicenceCheck(cslb, clock);
            PlanReviewService reviews = new PlanReviewService(database, clock);
            Services services = new Services(database, clock, new StaffService(database, hasher, clock),
                    new PermitSearchService(database), new DemoData(database, clock),
                    accounts, requests,
                    new AccountMail(mailer, PERMIT_CENTER, null), mailbox,
                    licences, mailProblem, new PermitIntakeService(database, clock),
                    new PermitLifecycleService(database, clock,
                            List.of(new FeesDueGuard(), reviews.guard(), new LicenceGuard(cslb),
                                    new RequiredInspectionsGuard())),
                    new PermitCatalog(database), new ContractorLookup(accounts, licences,
                    licence -> cslb.find(licence).map(LicenceStatus::businessName)), reviews,
                    new PermitEditService(database), reports, mailer);
            if (settings.embeddedDefault() && services.demoData().isEmptyDatabase()) {
                services.demoData().fillNewEmbeddedDatabase(services.staff());
            }
            return services;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(String.valueOf(key), String.valueOf(value)));
        return properties;
    }

    /** Contractors' licences from the last CSLB import (a stateless service, made on demand). */
    public CslbLicenceService cslbLicences() {
        return new CslbLicenceService(database);
    }

    /** Imports the CSLB licence master file (a stateless service, made on demand). */
    public CslbImportService cslbImport() {
        return new CslbImportService(database, clock);
    }

    /** Correction notices of failed inspections as PDF; templates compiled once per open database. */
    public CorrectionNoticeService correctionNotices() {
        return new CorrectionNoticeService(database, reports, JURISDICTION);
    }

    /** Emails correction notices to the permit's contacts (saved in the outbox when no mail server is set up). */
    public CorrectionNoticeMail correctionNoticeMail() {
        return new CorrectionNoticeMail(database, mailer, PERMIT_CENTER);
    }

    /** Inspectors' route sheets as PDF; templates compiled once per open database. */
    public RouteSheetService routeSheets() {
        return new RouteSheetService(new InspectorRouteService(database), reports, JURISDICTION);
    }

    /** Inspection requests (a stateless service, made on demand). */
    public InspectionRequestService inspectionRequests() {
        return new InspectionRequestService(database, clock);
    }

    /** Files attached to permits (a stateless service, made on demand). */
    public AttachmentService attachments() {
        return new AttachmentService(database, clock);
    }

    /** A permit's fees and payments (a stateless service, made on demand). */
    public FeeService fees() {
        return new FeeService(database, clock);
    }

    /** Payment receipts as PDF; templates are compiled once per open database and kept. */
    public ReceiptService receipts() {
        return new ReceiptService(database, reports, JURISDICTION);
    }

    /** Supervisor reports (issued / finaled, inspections, expiring, fees collected); templates compiled once. */
    public ReportService supervisorReports() {
        return new ReportService(database, reports, JURISDICTION, clock);
    }

    /**
     * The supervisor reports on {@code database}, which may be opened without Hibernate ({@link
     * Database#openForJdbc}: the report command), with the compiled templates cached in the data folder.
     */
    public static ReportService supervisorReports(Database database, Clock clock) {
        return new ReportService(database,
                cachedReportTemplates(AppHome.fromEnvironment(System.getenv(), systemProperties())), JURISDICTION, clock);
    }

    /** The report templates, compiled ones kept in the data folder's cache (decision record 9). */
    private static ReportTemplates cachedReportTemplates(AppHome home) {
        return ReportTemplates.forUser(home.folder(), System.getProperty("os.name", ""),
                home.cacheFolder().resolve("reports"));
    }

    /** Imports permits from a BLDS file (a stateless service, made on demand). */
    public BldsImportService bldsImport() {
        return new BldsImportService(database, clock);
    }

    /** Exports permits as a BLDS file (a stateless service, made on demand). */
    public BldsExportService bldsExport() {
        return new BldsExportService(database);
    }

    /** Demo sign-ins are shown only for the embedded demo database. */
    public boolean showsDemoSignIns() {
        return database.settings().isH2() && demoData.hasDemoUsers();
    }

    @Override
    public void close() {
        database.close();
    }
}
