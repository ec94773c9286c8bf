package org.permitdesk.inspection;

import org.permitdesk.permit.PermitFeature;
import org.permitdesk.permit.PermitGuard;
import org.permitdesk.platform.AppContext;

/**
 * The inspection feature's services (requests, assignment, routes, results, corrections and their settings),
 * built once per application context (decision record 13) on the permit feature it depends on.
 */
public final class InspectionFeature {

    private final InspectionRequestService requests;
    private final InspectionAssignmentService assignment;
    private final DayPublicationService publication;
    private final InspectorRouteService routes;
    private final RouteSheetService routeSheets;
    private final CorrectionNoticeService correctionNotices;
    private final CorrectionNoticeMail correctionNoticeMail;
    private final InspectionResultService results;
    private final InspectionSettingsService settings;
    private final CityHolidayService holidays;
    private final InspectorDistrictService districts;
    private final CorrectionLibraryService corrections;
    private final InspectionTypeAdminService types;

    public InspectionFeature(AppContext context, PermitFeature permits) {
        var database = context.database();
        var clock = context.clock();
        requests = new InspectionRequestService(database, clock);
        assignment = new InspectionAssignmentService(database, clock);
        publication = new DayPublicationService(database, clock);
        routes = new InspectorRouteService(database);
        routeSheets = new RouteSheetService(routes, context.reports(), context.jurisdiction());
        correctionNotices = new CorrectionNoticeService(database, context.reports(), context.jurisdiction());
        correctionNoticeMail = new CorrectionNoticeMail(database, context.mailer(), context.permitCenter());
        results = new InspectionResultService(database, permits.lifecycle(), correctionNotices, correctionNoticeMail,
                clock);
        settings = new InspectionSettingsService(database);
        holidays = new CityHolidayService(database, clock);
        districts = new InspectorDistrictService(database);
        corrections = new CorrectionLibraryService(database);
        types = new InspectionTypeAdminService(database);
    }

    /** What the permit feature's lifecycle asks of inspections (a permit is finaled only when they passed). */
    public static PermitGuard permitGuard() {
        return new RequiredInspectionsGuard();
    }

    public InspectionRequestService requests() {
        return requests;
    }

    /** The supervisors' assignment board. */
    public InspectionAssignmentService assignment() {
        return assignment;
    }

    /** Publishing a day's assignments. */
    public DayPublicationService publication() {
        return publication;
    }

    /** An inspector's stops in driving order. */
    public InspectorRouteService routes() {
        return routes;
    }

    /** Route sheets as PDF. */
    public RouteSheetService routeSheets() {
        return routeSheets;
    }

    /** Correction notices of failed inspections as PDF. */
    public CorrectionNoticeService correctionNotices() {
        return correctionNotices;
    }

    /** Emails correction notices to the permit's contacts. */
    public CorrectionNoticeMail correctionNoticeMail() {
        return correctionNoticeMail;
    }

    /** Recording results (and what follows: corrections, notices, finaling). */
    public InspectionResultService results() {
        return results;
    }

    /** The office's inspection settings. */
    public InspectionSettingsService settings() {
        return settings;
    }

    public CityHolidayService holidays() {
        return holidays;
    }

    public InspectorDistrictService districts() {
        return districts;
    }

    /** The library of standard corrections. */
    public CorrectionLibraryService corrections() {
        return corrections;
    }

    /** The administrators' inspection types. */
    public InspectionTypeAdminService types() {
        return types;
    }
}
