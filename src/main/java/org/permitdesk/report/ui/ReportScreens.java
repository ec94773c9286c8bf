package org.permitdesk.report.ui;

import java.time.Clock;
import java.util.Map;
import javafx.scene.Parent;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.DesktopFiles;
import org.permitdesk.platform.ui.ViewLoader;
import org.permitdesk.report.ReportFeature;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.ui.Section;
import org.permitdesk.ui.SectionScreen;
import org.permitdesk.ui.SectionScreens;

/** The report feature's screens for the signed-in user, wired to its services (decision record 13). */
public final class ReportScreens implements SectionScreens {

    private final ReportFeature reports;
    private final TaskRunner tasks;
    private final Clock clock;
    private final SignedInUser user;
    private final ViewLoader views;

    public ReportScreens(ReportFeature reports, TaskRunner tasks, Clock clock, SignedInUser user, ViewLoader views) {
        this.reports = reports;
        this.tasks = tasks;
        this.clock = clock;
        this.user = user;
        this.views = views;
    }

    @Override
    public Map<Section, SectionScreen> sections() {
        return Map.of(Section.REPORTS, new SectionScreen(Texts.get("tab.reports"), this::reports));
    }

    /** The supervisor reports: pick one, its range, and a format; written in the background and opened. */
    public Parent reports() {
        return views.load(new ReportsView(new ReportsViewModel(tasks, reports.reports(), clock, DesktopFiles::open, user)));
    }
}
