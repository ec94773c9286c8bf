package org.permitdesk.inspection.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.Parent;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.inspection.InspectionFeature;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ViewLoader;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.ui.Section;
import org.permitdesk.ui.SectionScreen;
import org.permitdesk.ui.SectionScreens;

/** The inspection feature's screens for the signed-in user, wired to its services (decision record 13). */
public final class InspectionScreens implements SectionScreens {

    private final InspectionFeature inspections;
    private final TaskRunner tasks;
    private final Clock clock;
    private final SignedInUser user;
    private final ViewLoader views;

    public InspectionScreens(InspectionFeature inspections, TaskRunner tasks, Clock clock, SignedInUser user,
                             ViewLoader views) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.clock = clock;
        this.user = user;
        this.views = views;
    }

    @Override
    public Map<Section, SectionScreen> sections() {
        return Map.of(Section.MY_ROUTE, new SectionScreen(Texts.get("tab.myRoute"), this::myRoute),
                Section.INSPECTION_BOARD, new SectionScreen(Texts.get("tab.inspectionBoard"), this::assignmentBoard),
                Section.INSPECTION_SETTINGS, new SectionScreen(Texts.get("tab.inspectionSettings"), this::settings));
    }

    /** The inspector's day: stops in driving order, plot, route sheet, results. */
    public Parent myRoute() {
        return views.load(new MyRouteView(new MyRouteViewModel(tasks, inspections.routes(), inspections.results(),
                inspections.publication(), clock.getZone(), user, LocalDate.now(clock), inspections.routeSheets(),
                Path.of(System.getProperty("java.io.tmpdir"), "permitdesk-print"))));
    }

    /** The supervisors' assignment board, showing tomorrow. */
    public Parent assignmentBoard() {
        return views.load(new AssignmentBoardView(new AssignmentBoardViewModel(tasks, inspections.assignment(),
                inspections.publication(), user, clock.getZone(), LocalDate.now(clock).plusDays(1))));
    }

    /** The administrators' inspection settings, one tab each. */
    public Parent settings() {
        return views.load(new InspectionSettingsView(views::load,
                new OfficeSettingsView(new OfficeSettingsViewModel(tasks, inspections.settings(), user)),
                new CityHolidaysView(new CityHolidaysViewModel(tasks, inspections.holidays(), clock, user)),
                new InspectorDistrictsView(new InspectorDistrictsViewModel(tasks, inspections.districts(), user)),
                new CorrectionLibraryView(new CorrectionLibraryViewModel(tasks, inspections.corrections(), user)),
                new InspectionTypesView(new InspectionTypesViewModel(tasks, inspections.types(), user))));
    }
}
