package org.permitdesk.account.cslb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.permitdesk.permit.ContactRole;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitContact;
import org.permitdesk.permit.PermitGuard;

/**
 * A permit is not issued to a contractor whose licence is suspended, inactive or expired in the imported
 * CSLB master file. Nothing is checked while no file has been imported.
 */
public final class LicenceGuard implements PermitGuard {

    private final CslbLicenceService licences;

    public LicenceGuard(CslbLicenceService licences) {
        this.licences = licences;
    }

    @Override
    public List<String> blockers(Session session, Permit permit, PermitAction action, LocalDate today) {
        List<String> blockers = new ArrayList<>();
        if (action != PermitAction.ISSUE) {
            return blockers;
        }
        for (PermitContact contact : session.createSelectionQuery("from PermitContact c where c.permit.id = :id"
                + " and c.role = :role", PermitContact.class).setParameter("id", permit.getId())
                .setParameter("role", ContactRole.CONTRACTOR).getResultList()) {
            String licence = contact.getLicenseNumber();
            if (licence != null && licence.matches("\\d{1,8}")) {
                licences.find(licence).flatMap(status -> status.problem(today))
                        .ifPresent(problem -> blockers.add("Contractor: " + problem));
            }
        }
        return blockers;
    }
}
