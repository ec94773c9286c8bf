package org.permitdesk.account.cslb;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A contractor's licence as a screen shows it, from the last CSLB import.
 *
 * @param number              the licence number, digits without leading zeros
 * @param status              the primary status as the file gives it: "CLEAR", "Contr Bond Susp", …
 * @param classifications     normalised, e.g. "B, C10"
 * @param workersCompCoverage as the file gives it: "Exempt", "Workers' Compensation Insurance", …
 * @param inactiveSince       when the licence became inactive, unless it was reactivated since
 */
public record LicenceStatus(String number, String businessName, String status, String classifications,
                            LocalDate expires, String workersCompCoverage, LocalDate workersCompExpires,
                            LocalDate inactiveSince) {

    /** The status every licence in good standing has. */
    public static final String CLEAR = "CLEAR";

    static final String NO_CURRENT_WORKERS_COMP = "License does not have current W/C";
    private static final String EXEMPT = "Exempt";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    /** The suspensions the master file abbreviates, in plain words. */
    private static final Map<String, String> SUSPENSIONS = Map.of(
            "CONTR BOND SUSP", "no valid contractor's bond",
            "WORK COMP SUSP", "no workers' compensation insurance",
            "J V ENTITY SUSP", "a licence in its joint venture is suspended",
            "LIAB INS SUSP", "no liability insurance",
            "BOND OF QI SUSP", "no qualifying individual's bond");

    /**
     * Why a permit center should not create an account for this contractor today, in plain words, or
     * empty when the licence is in good standing: suspended, inactive, cancelled or any status other than
     * CLEAR, expired, or without current workers' compensation coverage. Several reasons are all given.
     */
    public Optional<String> problem(LocalDate today) {
        List<String> problems = new ArrayList<>();
        statusProblem().ifPresent(problems::add);
        if (inactiveSince != null) {
            problems.add("Licence " + number + " has been inactive since " + DATE.format(inactiveSince) + ".");
        }
        if (expires != null && expires.isBefore(today)) {
            problems.add("Licence " + number + " expired on " + DATE.format(expires) + ".");
        }
        workersCompProblem(today).ifPresent(problems::add);
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems));
    }

    private Optional<String> statusProblem() {
        if (CLEAR.equalsIgnoreCase(status)) {
            return Optional.empty();
        }
        String upper = status.toUpperCase(Locale.ROOT);
        String reason = SUSPENSIONS.get(upper.replaceAll("\\s+", " "));
        if (reason != null) {
            return Optional.of("Licence " + number + " is suspended: " + reason + " (CSLB status \"" + status + "\").");
        }
        if (upper.contains("SUSP")) {
            return Optional.of("Licence " + number + " is suspended (CSLB status \"" + status + "\").");
        }
        for (String word : List.of("INACTIVE", "CANCEL", "REVOKE", "EXPIRED")) {
            if (upper.contains(word)) {
                return Optional.of("Licence " + number + " is " + status.toLowerCase(Locale.ROOT)
                        + " (CSLB status \"" + status + "\").");
            }
        }
        return Optional.of("Licence " + number + " is not in good standing: its CSLB status is \"" + status
                + "\", not CLEAR.");
    }

    private Optional<String> workersCompProblem(LocalDate today) {
        if (workersCompCoverage == null || EXEMPT.equalsIgnoreCase(workersCompCoverage)) {
            return Optional.empty();
        }
        if (NO_CURRENT_WORKERS_COMP.equalsIgnoreCase(workersCompCoverage)) {
            return Optional.of("Licence " + number + " has no current workers' compensation coverage.");
        }
        if (workersCompExpires != null && workersCompExpires.isBefore(today)) {
            return Optional.of("Its workers' compensation insurance expired on " + DATE.format(workersCompExpires)
                    + ".");
        }
        return Optional.empty();
    }
}
