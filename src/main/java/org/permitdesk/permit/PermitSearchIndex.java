package org.permitdesk.permit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/** Keeps the search terms of a permit (staff's and the public's) in step with its number, site and contacts. */
public final class PermitSearchIndex {

    private PermitSearchIndex() {
    }

    /** Replaces the stored terms of one permit; call in the transaction that changed it. */
    public static void reindex(Session session, long permitId) {
        session.flush();
        Permit permit = session.createSelectionQuery(
                        "from Permit p join fetch p.site where p.id = :id", Permit.class)
                .setParameter("id", permitId)
                .getSingleResult();
        List<String> names = new ArrayList<>();
        List<String> contractorBusinesses = new ArrayList<>();
        for (PermitContact contact : session.createSelectionQuery(
                        "from PermitContact c where c.permit.id = :id", PermitContact.class)
                .setParameter("id", permitId).getResultList()) {
            names.add(contact.getName());
            names.add(contact.getBusinessName());
            if (contact.getRole() == ContactRole.CONTRACTOR) {
                contractorBusinesses.add(contact.getBusinessName());
            }
        }
        Set<String> terms = PermitSearchTerms.forPermit(permit.getNumber(), permit.getSite().getParcelNumber(),
                permit.getSite().getAddressLine(), names);
        session.createNativeMutationQuery("DELETE FROM permit_search_term WHERE permit_id = :id")
                .setParameter("id", permitId).executeUpdate();
        for (String term : terms) {
            session.createNativeMutationQuery("INSERT INTO permit_search_term (term, permit_id) VALUES (:term, :id)")
                    .setParameter("term", term).setParameter("id", permitId).executeUpdate();
        }
        session.createNativeMutationQuery("DELETE FROM public_search_term WHERE permit_id = :id")
                .setParameter("id", permitId).executeUpdate();
        for (String term : PermitSearchTerms.forPublic(permit.getNumber(), permit.getSite().getParcelNumber(),
                permit.getSite().getAddressLine(), contractorBusinesses)) {
            session.createNativeMutationQuery("INSERT INTO public_search_term (term, permit_id) VALUES (:term, :id)")
                    .setParameter("term", term).setParameter("id", permitId).executeUpdate();
        }
    }
}
