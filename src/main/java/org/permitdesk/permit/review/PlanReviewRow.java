package org.permitdesk.permit.review;

import java.time.LocalDate;

/** A plan review cycle as the permit screen lists it. */
public record PlanReviewRow(long id, int cycle, String reviewer, LocalDate startedOn, LocalDate finishedOn,
                            PlanReviewStatus status, String comments) {
}
