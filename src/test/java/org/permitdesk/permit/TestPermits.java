package org.permitdesk.permit;

import java.time.Instant;
import java.time.LocalDate;
import org.permitdesk.platform.db.Database;

/** Builds permits for tests through Hibernate, the way the permit services will. */
public final class TestPermits {

    private TestPermits() {
    }

    /** A Building-type (or Water Heater for WH numbers) permit in APPLIED status; returns its id. */
    public static long create(Database database, String number, String address, String parcel, String ownerName,
                              String contractorBusiness) {
        return database.fromTransaction(session -> {
            String code = number.startsWith("WH") ? "WH" : number.startsWith("E") ? "E"
                    : number.startsWith("P") ? "P" : "B";
            PermitType type = session.createSelectionQuery("from PermitType where code = :code", PermitType.class)
                    .setParameter("code", code).getSingleResult();
            Site site = new Site(address, "Palm Valley", "CA", "92260", parcel, 33.72, -116.37);
            session.persist(site);
            Permit permit = new Permit(number, type, null, site, LocalDate.of(2026, 11, 2),
                    Instant.parse("2026-11-02T17:00:00Z"), "test");
            permit.setDescription("Test permit " + number);
            session.persist(permit);
            session.persist(new PermitContact(permit, ContactRole.OWNER, ownerName, null, null,
                    "owner@example.com", "(760) 555-0100", address));
            if (contractorBusiness != null) {
                session.persist(new PermitContact(permit, ContactRole.CONTRACTOR, "Pat Doe", contractorBusiness,
                        "1009988", "office@example.com", "(760) 555-0101", "1 Cook St"));
            }
            session.persist(new PermitStatusChange(permit, null, PermitStatus.APPLIED, LocalDate.of(2026, 11, 2),
                    "test", null));
            Database.stampAuditUser(session, "test");
            session.flush();
            PermitSearchIndex.reindex(session, permit.getId());
            return permit.getId();
        });
    }
}
