package org.permitdesk.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.permitdesk.inspection.InspectorRouteService.DayRoute;
import org.permitdesk.inspection.InspectorRouteService.Stop;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.report.ReportTemplates;

/**
 * The inspector's printed route sheet (template {@code reports/route_sheet.jrxml}): jurisdiction, inspector and
 * day, then the stops in driving order — number, AM/PM, permit, inspection, address, contact and phone, access
 * notes, holds and notices, the corrections still open from the last visit, and a box for the result; stops
 * without a map location marked. Slow (fills a report): never on the JavaFX thread.
 */
public final class RouteSheetService {

    public static final String TEMPLATE = "route_sheet.jrxml";

    private final InspectorRouteService routes;
    private final ReportTemplates templates;
    private final String jurisdiction;

    public RouteSheetService(InspectorRouteService routes, ReportTemplates templates, String jurisdiction) {
        this.routes = routes;
        this.templates = templates;
        this.jurisdiction = jurisdiction;
    }

    /** The inspector's route of the day as a PDF. */
    public byte[] routeSheetPdf(long inspectorId, LocalDate day) {
        return pdf(routes.route(inspectorId, day), routes.inspectorName(inspectorId));
    }

    /** The given route as a PDF. */
    public byte[] pdf(DayRoute route, String inspectorName) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, Locale.US);
        parameters.put("JURISDICTION", jurisdiction);
        parameters.put("LOGO", templates.optionalImage(CorrectionNoticeService.LOGO));
        parameters.put("INSPECTOR", inspectorName);
        parameters.put("DATE", route.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.US)
                + " " + Formats.date(route.day()));
        parameters.put("SUMMARY", summary(route));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Stop stop : route.stops()) {
            Map<String, Object> row = new HashMap<>();
            row.put("order", String.valueOf(stop.order()));
            row.put("window", stop.window().name());
            row.put("located", stop.located());
            row.put("permit", stop.permitNumber());
            row.put("inspection", stop.inspection());
            row.put("address", stop.address());
            row.put("contact", join(stop.contact(), stop.phone()));
            row.put("access", stop.notes());
            row.put("conditions", stop.conditions());
            row.put("corrections", String.join("\n", stop.openCorrections().stream()
                    .map(c -> "\u2022 " + (c.codeRef() == null || c.codeRef().isBlank() ? "" : c.codeRef() + "  ")
                            + c.text()).toList()));
            rows.add(row);
        }
        return templates.pdf(TEMPLATE, parameters, new JRMapCollectionDataSource(rows));
    }

    private static String summary(DayRoute route) {
        if (route.stops().isEmpty()) {
            return "No inspections assigned for this day.";
        }
        long am = route.stops().stream().filter(s -> s.window() == TimeWindow.AM).count();
        long unlocated = route.stops().stream().filter(s -> !s.located()).count();
        return RouteDistance.stopsAndMiles(route.stops().size(),
                        String.format(Locale.US, " (%d AM, %d PM)", am, route.stops().size() - am), route.km())
                + (unlocated == 0 ? "." : "; " + unlocated + " without a map location (*).");
    }

    private static String join(String contact, String phone) {
        String who = contact == null ? "" : contact.strip();
        String number = phone == null ? "" : phone.strip();
        return who.isEmpty() ? number : number.isEmpty() ? who : who + "  " + number;
    }
}
