package org.permitdesk.desktop;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.permitdesk.account.ui.AccountScreens;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.inspection.CorrectionNoticeService;
import org.permitdesk.inspection.RouteSheetService;
import org.permitdesk.platform.BackgroundJobs;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.report.ReportKind;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.ui.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's background jobs, on one scheduler that stops when the app closes: the mailbox check and permit
 * expiry while the app runs, and the caches warmed after a sign-in.
 */
final class DesktopJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopJobs.class);
    /** Overdue permits are expired this often while the app runs (any client may; it is idempotent). */
    static final Duration EXPIRY_EVERY = Duration.ofHours(6);

    private final BackgroundJobs jobs;
    /** The signed-in user's account screens, which hear of each mailbox check; null before a sign-in. */
    private volatile AccountScreens accountScreens;

    DesktopJobs(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    /** Once the database is open: the mailbox every few minutes (when one is set up), expiry soon and every 6 h. */
    void startFor(PermitDesk desk) {
        desk.accounts().mailbox().ifPresent(poller -> jobs.repeat("mailbox check", Duration.ZERO,
                Duration.ofMinutes(poller.intervalMinutes()), () -> {
                    try {
                        int added = poller.fetchNow();
                        AccountScreens screens = accountScreens;
                        if (screens != null) {
                            screens.mailboxChecked(added);
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Mailbox check failed", e);
                        AccountScreens screens = accountScreens;
                        if (screens != null) {
                            screens.mailboxFailed(UserMessages.describe(e));
                        }
                    }
                }));
        jobs.repeat("permit expiry", Duration.ofSeconds(10), EXPIRY_EVERY,
                () -> LOG.info("{} permits expired", desk.permits().lifecycle().expireOverdue("PermitDesk")));
    }

    /** The signed-in user's account screens hear of the mailbox checks from now on. */
    void reportMailboxTo(AccountScreens screens) {
        accountScreens = screens;
    }

    /**
     * After a sign-in, in the background: the search's summary query is prepared (so that the first search does not
     * wait for Hibernate's HQL parser), and the templates the user will print first are compiled (the first of each
     * in a JVM costs seconds: template compile, loading JasperReports).
     */
    void warmUpFor(PermitDesk desk, SignedInUser user) {
        jobs.once("permit search preparation", () -> desk.permits().search().prepare());
        if (user.has(Role.INSPECTOR)) {
            jobs.once("inspection report templates", () -> {
                desk.context().reports().prepare(List.of(RouteSheetService.TEMPLATE, CorrectionNoticeService.TEMPLATE));
                LOG.info("Route sheet and correction notice templates prepared");
            });
        }
        if (Section.REPORTS.visibleTo(user)) {
            jobs.once("supervisor report templates", () -> {
                desk.context().reports().prepare(Arrays.stream(ReportKind.values()).map(ReportKind::template).toList());
                LOG.info("Supervisor report templates prepared");
            });
        }
    }

    @Override
    public void close() {
        jobs.close();
    }
}
