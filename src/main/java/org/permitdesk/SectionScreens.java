package org.permitdesk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.Parent;
import org.permitdesk.inspection.CityHolidayService;
import org.permitdesk.inspection.CorrectionLibraryService;
import org.permitdesk.inspection.DayPublicationService;
import org.permitdesk.inspection.InspectionAssignmentService;
import org.permitdesk.inspection.InspectionResultService;
import org.permitdesk.inspection.InspectionSettingsService;
import org.permitdesk.inspection.InspectionTypeAdminService;
import org.permitdesk.inspection.InspectorDistrictService;
import org.permitdesk.inspection.InspectorRouteService;
import org.permitdesk.inspection.ui.AssignmentBoardView;
import org.permitdesk.inspection.ui.AssignmentBoardViewModel;
import org.permitdesk.inspection.ui.CityHolidaysView;
import org.permitdesk.inspection.ui.CityHolidaysViewModel;
import org.permitdesk.inspection.ui.CorrectionLibraryView;
import org.permitdesk.inspection.ui.CorrectionLibraryViewModel;
import org.permitdesk.inspection.ui.InspectionSettingsView;
import org.permitdesk.inspection.ui.InspectionTypesView;
import org.permitdesk.inspection.ui.InspectionTypesViewModel;
import org.permitdesk.inspection.ui.InspectorDistrictsView;
import org.permitdesk.inspection.ui.InspectorDistrictsViewModel;
import org.permitdesk.inspection.ui.MyRouteView;
import org.permitdesk.inspection.ui.MyRouteViewModel;
import org.permitdesk.inspection.ui.OfficeSettingsView;
import org.permitdesk.inspection.ui.OfficeSettingsViewModel;
import org.permitdesk.permit.PermitTypeAdminService;
import org.permitdesk.permit.fee.FeeScheduleAdminService;
import org.permitdesk.permit.ui.PermitImportView;
import org.permitdesk.permit.ui.PermitImportViewModel;
import org.permitdesk.permit.ui.PermitTypesView;
import org.permitdesk.permit.ui.PermitTypesViewModel;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.DesktopFiles;
import org.permitdesk.report.ui.ReportsView;
import org.permitdesk.report.ui.ReportsViewModel;
import org.permitdesk.staff.SignedInUser;

/**
 * The views behind the top bar's section buttons (My route, Inspections, Reports and the administration
 * screens), each wired to its services for the signed-in user. Part of the composition root.
 */
final class SectionScreens {

    private final Services services;
    private final TaskRunner tasks;
    private final Clock clock;
    private final SignedInUser user;

    SectionScreens(Services services, TaskRunner tasks, Clock clock, SignedInUser user) {
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        this.user = user;
    }

    /** The inspector's day: stops in driving order, plot, route sheet, results. */
    Object myRoute() {
        return new MyRouteView(new MyRouteViewModel(tasks, new InspectorRouteService(services.database()),
                new InspectionResultService(services.database(), services.permitLifecycle(),
                        services.correctionNotices(), services.correctionNoticeMail(), clock),
                new DayPublicationService(services.database(), clock), clock.getZone(),
                user, LocalDate.now(clock), services.routeSheets(),
                Path.of(System.getProperty("java.io.tmpdir"), "permitdesk-print")));
    }

    /** The supervisors' assignment board, showing tomorrow. */
    Object assignmentBoard() {
        return new AssignmentBoardView(new AssignmentBoardViewModel(tasks,
                new InspectionAssignmentService(services.database(), clock),
                new DayPublicationService(services.database(), clock), user, clock.getZone(),
                LocalDate.now(clock).plusDays(1)));
    }

    Object reports() {
        return new ReportsView(new ReportsViewModel(tasks, services.supervisorReports(), clock, DesktopFiles::open, user));
    }

    Object permitTypes() {
        return new PermitTypesView(new PermitTypesViewModel(tasks, new PermitTypeAdminService(services.database()),
                new FeeScheduleAdminService(services.database()), clock, user));
    }

    Object permitImport() {
        return new PermitImportView(new PermitImportViewModel(tasks, services.bldsImport(), user));
    }

    /** The administrators' inspection settings, one tab each; {@code load} loads a tab's FXML. */
    Object inspectionSettings(Function<Object, Parent> load) {
        var database = services.database();
        return new InspectionSettingsView(load,
                new OfficeSettingsView(new OfficeSettingsViewModel(tasks, new InspectionSettingsService(database), user)),
                new CityHolidaysView(new CityHolidaysViewModel(tasks, new CityHolidayService(database, clock), clock, user)),
                new InspectorDistrictsView(new InspectorDistrictsViewModel(tasks, new InspectorDistrictService(database), user)),
                new CorrectionLibraryView(new CorrectionLibraryViewModel(tasks, new CorrectionLibraryService(database), user)),
                new InspectionTypesView(new InspectionTypesViewModel(tasks, new InspectionTypeAdminService(database), user)));
    }
}
