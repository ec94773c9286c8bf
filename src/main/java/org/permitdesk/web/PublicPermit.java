package org.permitdesk.web;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public sees of one permit: never a phone, an email, a note or a person's name (the inspector's display
 * name aside). Read from the {@code public_*} views by {@link PublicPermits}.
 */
public record PublicPermit(String number, String typeName, String subtypeName, String description, String status,
                           LocalDate applied, LocalDate approved, LocalDate issued, LocalDate finaled,
                           LocalDate expires, String address, String parcel, List<Contractor> contractors,
                           List<Inspection> inspections, List<TimelineStep> timeline) {

    /** A contractor's business name, licence number and licence status ("Active, expires 2027-05-31"; may be ""). */
    public record Contractor(String businessName, String licenceNumber, String licenceStatus) {
    }

    /**
     * One inspection: {@code window} and {@code inspector} are empty until the day is published (then
     * {@code outcome} is "Scheduled"); {@code corrections} are the items of a failed or partial one.
     */
    public record Inspection(String type, LocalDate day, String window, String outcome, String inspector,
                             String resultNotes, List<String> corrections) {
    }

    /**
     * One step of the plain-language timeline, from {@code on}, and how many days it took (or has taken so far, when
     * {@code current}); -1 for the last step of a closed permit.
     */
    public record TimelineStep(LocalDate on, String what, long days, boolean current) {
    }
}
