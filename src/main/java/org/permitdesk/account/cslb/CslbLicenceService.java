package org.permitdesk.account.cslb;

import java.util.Optional;
import org.permitdesk.platform.db.Database;

/** Looks up contractors' licences from the last CSLB import, for account screens. */
public final class CslbLicenceService {

    private final Database database;

    public CslbLicenceService(Database database) {
        this.database = database;
    }

    /**
     * The licence with this number, from the last import. The number is digits, as contractors type it
     * and as their username holds it; leading zeros do not matter ("0123456" is 123456). Anything else
     * (blank, letters, more than 8 significant digits) finds nothing.
     */
    public Optional<LicenceStatus> find(String licenceNumber) {
        Optional<Integer> number = numberOf(licenceNumber);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return database.fromTransaction(session ->
                Optional.ofNullable(session.find(CslbLicence.class, number.get())).map(CslbLicence::toStatus));
    }

    /** How many licences the last import stored. */
    public long count() {
        return database.fromTransaction(session ->
                session.createSelectionQuery("select count(l) from CslbLicence l", Long.class).getSingleResult());
    }

    /** "0123456" → 123456; blank, non-digits, zero or more than 8 significant digits → empty. */
    static Optional<Integer> numberOf(String licenceNumber) {
        if (licenceNumber == null) {
            return Optional.empty();
        }
        String digits = licenceNumber.strip();
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        try {
            return Optional.of(CslbLineParser.licenceNumber(digits.substring(first)));
        } catch (CslbLineParser.Rejected e) {
            return Optional.empty();
        }
    }
}
