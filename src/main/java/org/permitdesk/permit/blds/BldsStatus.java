package org.permitdesk.permit.blds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.permitdesk.permit.PermitStatus;

/**
 * A BLDS row's status, dates and history. The dates decide first (a completed date → FINALED, an issued date
 * → ISSUED, else APPLIED); {@code StatusCurrentMapped} and the raw {@code StatusCurrent} may then move it
 * further along ("Permit Finaled", "Final", "Complete"…), never back; an expired status makes it EXPIRED and a
 * cancelled, withdrawn, void or revoked one VOID, whatever the dates say.
 */
final class BldsStatus {

    private static final Pattern VOIDED = Pattern.compile("cancel|withdr|void|revoke|denied|abandon");
    private static final Pattern FINISHED = Pattern.compile("final|complete|closed|occupancy");

    /** Who the imported history says made each change. */
    static final String IMPORTED_BY = "blds-import";

    private BldsStatus() {
    }

    /** The dates a row gives (any may be null, but not both applied and issued). */
    record Dates(LocalDate applied, LocalDate issued, LocalDate completed, LocalDate statusDate,
                 LocalDate expires, LocalDate voided) {
    }

    /** One step of the history, as stored in permit_status_change. */
    record Step(PermitStatus from, PermitStatus to, LocalDate on, String reason) {
    }

    /** The permit's status and the dates to store with it. */
    record Outcome(PermitStatus status, LocalDate applied, LocalDate issued, LocalDate finaled, LocalDate expires,
                   LocalDate voided, String voidReason, List<Step> history) {
    }

    static Outcome of(Dates dates, String statusText, String mappedText) {
        PermitStatus status = fromDates(dates);
        status = refine(status, mapped(mappedText));
        status = refine(status, raw(statusText));
        return outcome(status, dates, statusText == null || statusText.isBlank() ? mappedText : statusText);
    }

    private static PermitStatus fromDates(Dates dates) {
        return dates.completed() != null ? PermitStatus.FINALED
                : dates.issued() != null ? PermitStatus.ISSUED : PermitStatus.APPLIED;
    }

    /** What a {@code StatusCurrentMapped} value means, or null when it says nothing new. */
    private static PermitStatus mapped(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "permit finaled", "permit finaled with conditions", "occupancy" -> PermitStatus.FINALED;
            case "permit issued", "inspection phase" -> PermitStatus.ISSUED;
            case "in review" -> PermitStatus.IN_REVIEW;
            case "permit cancelled" -> PermitStatus.VOID;
            default -> null;
        };
    }

    /** What a city's own status text means, or null when it says nothing new ("Application Entered"). */
    private static PermitStatus raw(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.contains("expire")) {
            return PermitStatus.EXPIRED;
        }
        if (VOIDED.matcher(lower).find()) {
            return PermitStatus.VOID;
        }
        if (FINISHED.matcher(lower).find()) {
            return PermitStatus.FINALED;
        }
        if (lower.contains("issued") || lower.contains("inspection")) {
            return PermitStatus.ISSUED;
        }
        if (lower.contains("approved")) {
            return PermitStatus.APPROVED;
        }
        return lower.contains("review") ? PermitStatus.IN_REVIEW : null;
    }

    /** EXPIRED and VOID always win; otherwise a status only moves forward. */
    private static PermitStatus refine(PermitStatus current, PermitStatus said) {
        if (said == null || current == PermitStatus.VOID) {
            return current;
        }
        if (said == PermitStatus.VOID || said == PermitStatus.EXPIRED) {
            return said;
        }
        if (current == PermitStatus.EXPIRED) {
            return current;
        }
        return said.ordinal() > current.ordinal() ? said : current;
    }

    private static Outcome outcome(PermitStatus status, Dates dates, String said) {
        LocalDate applied = dates.applied() != null ? dates.applied() : dates.issued();
        LocalDate latest = latest(applied, dates.issued(), dates.completed(), dates.statusDate());
        LocalDate finaled = status != PermitStatus.FINALED ? dates.completed()
                : firstOf(dates.completed(), dates.statusDate(), latest);
        LocalDate expires = status == PermitStatus.EXPIRED ? firstOf(dates.expires(), dates.statusDate(), latest)
                : dates.expires();
        LocalDate voided = status == PermitStatus.VOID ? firstOf(dates.voided(), dates.statusDate(), latest)
                : dates.voided();
        String voidReason = status == PermitStatus.VOID ? "Imported with status \"" + said.strip() + "\"" : null;
        List<Step> history = new ArrayList<>();
        history.add(new Step(null, PermitStatus.APPLIED, applied, "Imported from BLDS"));
        PermitStatus last = PermitStatus.APPLIED;
        if (dates.issued() != null) {
            history.add(new Step(last, PermitStatus.ISSUED, dates.issued(), null));
            last = PermitStatus.ISSUED;
        }
        if (finaled != null) {
            history.add(new Step(last, PermitStatus.FINALED, finaled, null));
            last = PermitStatus.FINALED;
        }
        if (status != last) {
            LocalDate on = status == PermitStatus.EXPIRED ? expires : status == PermitStatus.VOID ? voided
                    : firstOf(dates.statusDate(), latest);
            history.add(new Step(last, status, on, voidReason));
        }
        return new Outcome(status, applied, dates.issued(), finaled, expires, voided, voidReason, history);
    }

    private static LocalDate firstOf(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate latest = null;
        for (LocalDate date : dates) {
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest;
    }
}
