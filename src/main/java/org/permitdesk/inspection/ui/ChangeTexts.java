package org.permitdesk.inspection.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.permitdesk.inspection.DayPublicationService.Publication;
import org.permitdesk.inspection.DayPublicationService.StopChange;
import org.permitdesk.platform.ui.Texts;

/** How a published day and the changes since read on My route and on the board: "Changed 7:12 AM — moved from Alex". */
final class ChangeTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);

    private ChangeTexts() {
    }

    /** "7:12 AM" on the inspection day itself, "Mon Mar 1, 4:40 PM" on another day; "" when unknown. */
    static String when(Instant at, LocalDate day, ZoneId zone) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(zone);
        return (local.toLocalDate().equals(day) ? TIME : DAY_TIME).format(local);
    }

    /** "Published Mon Mar 1, 4:40 PM by Sam Ortiz". */
    static String published(Publication publication, ZoneId zone) {
        return Texts.get("changes.published", when(publication.publishedAt(), publication.day(), zone), publication.publishedBy());
    }

    /** For a stop on the inspector's route now: "Changed 7:12 AM — added", "— moved from Alex Kim", "— moved from AM to PM". */
    static String onRoute(StopChange change, LocalDate day, ZoneId zone) {
        String what = switch (change.kind()) {
            case ADDED -> Texts.get("changes.added");
            case MOVED -> Texts.get("changes.movedFrom", change.formerInspectorName());
            case WINDOW -> Texts.get("changes.window", change.formerWindow(), change.window());
            case UNASSIGNED -> Texts.get("changes.takenOff");
            case CANCELLED -> Texts.get("changes.cancelled");
        };
        String when = when(change.at(), day, zone);
        return when.isEmpty() ? Texts.get("changes.onRoute", what) : Texts.get("changes.onRouteAt", when, what);
    }

    /** For a stop no longer on the inspector's route: "2 Elm St (B2703-001, Framing) — moved to Blair Ng, 7:12 AM". */
    static String removed(StopChange change, LocalDate day, ZoneId zone) {
        String what = switch (change.kind()) {
            case MOVED -> Texts.get("changes.movedTo", change.inspectorName());
            case CANCELLED -> Texts.get("changes.cancelled");
            default -> Texts.get("changes.offYourRoute");
        };
        String when = when(change.at(), day, zone);
        return Texts.get("changes.removed", change.address(), change.permitNumber(), change.inspection(), what)
                + (when.isEmpty() ? "" : ", " + when);
    }

    /** For a request on the board: "added 7:12 AM", "from Alex Kim 7:12 AM", "off Alex Kim's route 7:12 AM". */
    static String onBoard(StopChange change, LocalDate day, ZoneId zone) {
        String what = switch (change.kind()) {
            case ADDED -> Texts.get("changes.added");
            case MOVED -> Texts.get("changes.movedFrom", change.formerInspectorName());
            case WINDOW -> Texts.get("changes.window", change.formerWindow(), change.window());
            case UNASSIGNED -> Texts.get("changes.takenOffOf", change.formerInspectorName());
            case CANCELLED -> Texts.get("changes.cancelledWas", change.formerInspectorName());
        };
        String when = when(change.at(), day, zone);
        return what + (when.isEmpty() ? "" : " " + when);
    }
}
