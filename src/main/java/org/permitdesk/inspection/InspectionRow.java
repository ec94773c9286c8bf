package org.permitdesk.inspection;

import java.time.LocalDate;

/** An inspection as the permit screen lists it. */
public record InspectionRow(long id, String typeName, LocalDate date, TimeWindow window, InspectionStatus status,
                            String contactName, String phone, String notes, String cancelReason) {
}
