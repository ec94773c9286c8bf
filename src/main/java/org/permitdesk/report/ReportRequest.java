package org.permitdesk.report;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to report: the kind and its parameters. A date range includes both its first and its last day
 * ({@code from} and {@code to} are local dates of the city). {@code typeCodes} empty means every permit type;
 * {@code days} is used only by {@link ReportKind#EXPIRING}. Make one with the factory methods, then ask
 * {@link ReportService#problems(ReportRequest)} whether it can be run.
 */
public record ReportRequest(ReportKind kind, LocalDate from, LocalDate to, List<String> typeCodes, int days) {

    /** The longest date range a report covers. */
    public static final Period LONGEST_RANGE = Period.ofYears(5);
    public static final int MOST_DAYS = 365;

    public ReportRequest {
        Objects.requireNonNull(kind, "kind");
        typeCodes = typeCodes == null ? List.of() : typeCodes.stream().filter(Objects::nonNull).map(String::strip)
                .filter(code -> !code.isEmpty()).map(code -> code.toUpperCase(Locale.ROOT))
                .collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll).stream().toList();
    }

    public static ReportRequest issuedFinaled(LocalDate from, LocalDate to, Collection<String> typeCodes) {
        return new ReportRequest(ReportKind.ISSUED_FINALED, from, to, List.copyOf(typeCodes), 0);
    }

    public static ReportRequest inspections(LocalDate from, LocalDate to) {
        return new ReportRequest(ReportKind.INSPECTIONS_BY_INSPECTOR, from, to, List.of(), 0);
    }

    public static ReportRequest expiring(int days) {
        return new ReportRequest(ReportKind.EXPIRING, null, null, List.of(), days);
    }

    public static ReportRequest feesCollected(LocalDate from, LocalDate to) {
        return new ReportRequest(ReportKind.FEES_COLLECTED, from, to, List.of(), 0);
    }

    /**
     * What is wrong with these parameters, each saying how to fix it; empty when the report can be run.
     * {@code knownTypeCodes} are the permit type codes of the database.
     */
    public List<String> problems(Collection<String> knownTypeCodes) {
        List<String> problems = new ArrayList<>();
        if (kind.usesDateRange()) {
            rangeProblems(problems);
        }
        if (kind.usesDays() && (days < 1 || days > MOST_DAYS)) {
            problems.add("The number of days must be from 1 to " + MOST_DAYS + " (it is " + days + ").");
        }
        if (kind.usesPermitTypes()) {
            List<String> unknown = typeCodes.stream().filter(code -> !knownTypeCodes.contains(code)).toList();
            if (!unknown.isEmpty()) {
                problems.add("Unknown permit type " + (unknown.size() == 1 ? "code " : "codes ") + String.join(", ", unknown)
                        + ". Use one of " + String.join(", ", knownTypeCodes.stream().sorted().toList()) + ".");
            }
        }
        return problems;
    }

    private void rangeProblems(List<String> problems) {
        if (from == null || to == null) {
            problems.add("Give both the first and the last day of the range.");
        } else if (from.isAfter(to)) {
            problems.add("The first day " + from + " is after the last day " + to + ": swap them.");
        } else if (to.isAfter(from.plus(LONGEST_RANGE).minusDays(1))) {
            problems.add("The range " + from + " to " + to + " is longer than 5 years: make it 5 years or shorter.");
        }
    }

    /** "2026-01-01 to 2026-12-31", "the next 30 days". */
    public String describeRange() {
        if (kind.usesDays()) {
            return "the next " + days + (days == 1 ? " day" : " days");
        }
        return from.equals(to) ? from.toString() : from + " to " + to;
    }
}
