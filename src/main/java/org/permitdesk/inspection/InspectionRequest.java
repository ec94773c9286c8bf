package org.permitdesk.inspection;

import java.time.LocalDate;

/** What a caller or a clerk gives to request an inspection. */
public record InspectionRequest(long inspectionTypeId, LocalDate date, TimeWindow window, String contactName,
                                String phone, String email, String notes) {
}
