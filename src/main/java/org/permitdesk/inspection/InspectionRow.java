package org.permitdesk.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection as the permit's history lists it: the request (day, half-day, type, status, contact, notes,
 * cancel reason), the inspector assigned, and once resulted the result, who recorded it and when, the result
 * notes, the correction items recorded on it, the correction notice kept with the permit ({@code null}: none) and
 * the corrections of its result, oldest first.
 */
public record InspectionRow(long id, String typeName, LocalDate date, TimeWindow window, InspectionStatus status,
                            String contactName, String phone, String notes, String cancelReason, String inspectorName,
                            InspectionResult result, String resultedBy, Instant resultedAt, String resultNotes,
                            List<Correction> corrections, Long noticeAttachmentId, List<ResultChange> changes) {

    /**
     * A correction of the result: what it was (result, notes, items as text, who recorded it), what it became, who
     * corrected it, when and why.
     */
    public record ResultChange(InspectionResult oldResult, InspectionResult newResult, String oldNotes,
                               String oldCorrections, String oldResultedBy, String reason, String changedBy,
                               Instant changedAt) {
    }

    public InspectionRow {
        corrections = List.copyOf(corrections);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** "Failed", or "" before a result is recorded. */
    public String resultLabel() {
        return result == null ? "" : result.label();
    }

    public boolean hasNotice() {
        return noticeAttachmentId != null;
    }
}
