package org.permitdesk.account.cslb;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.permitdesk.account.LicenceCheck;
import org.permitdesk.account.LicenceCheck.Standing;
import org.permitdesk.platform.Formats;

/**
 * The licence line of the account form, from the imported CSLB master file: status, classifications,
 * expiry and workers' comp expiry, flagged when the licence is suspended, inactive or expired.
 */
public final class CslbLicenceCheck implements LicenceCheck {

    private final CslbLicenceService licences;
    private final Clock clock;

    public CslbLicenceCheck(CslbLicenceService licences, Clock clock) {
        this.licences = licences;
        this.clock = clock;
    }

    @Override
    public Result check(String licenceNumber) {
        if (licenceNumber == null || !licenceNumber.strip().matches("\\d{1,8}")) {
            return Result.NONE;
        }
        Optional<LicenceStatus> found = licences.find(licenceNumber.strip());
        if (found.isEmpty()) {
            return licences.count() == 0
                    ? new Result("Licence status unknown: the CSLB licence file has not been imported "
                    + "(an administrator imports it with import-cslb).", Standing.UNKNOWN)
                    : new Result("Licence " + licenceNumber.strip() + " is not in the imported CSLB licence file. "
                    + "Check the number with the contractor before creating the account.", Standing.FLAGGED);
        }
        LicenceStatus licence = found.get();
        Optional<String> problem = licence.problem(LocalDate.now(clock));
        return new Result((problem.map(p -> "\u26a0 " + p + "\n").orElse("")) + describe(licence),
                problem.isPresent() ? Standing.FLAGGED : Standing.GOOD);
    }

    private static String describe(LicenceStatus licence) {
        List<String> parts = new ArrayList<>();
        parts.add("CSLB " + licence.number() + ": " + licence.status());
        parts.add(licence.businessName());
        if (licence.classifications() != null && !licence.classifications().isBlank()) {
            parts.add("classes " + licence.classifications());
        }
        parts.add("expires " + Formats.date(licence.expires()));
        if (licence.workersCompExpires() != null) {
            parts.add("workers' comp to " + Formats.date(licence.workersCompExpires()));
        } else if (licence.workersCompCoverage() != null) {
            parts.add("workers' comp: " + licence.workersCompCoverage());
        }
        return String.join(" \u00b7 ", parts);
    }
}
