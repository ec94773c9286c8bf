package org.permitdesk.permit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Keeps the search terms of a permit in step with its number, site and contacts, for permits saved through
 * Hibernate; the tables and their terms come from {@link PermitSearchTerms#rowsByTable}, like the bulk writer's.
 */
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
        List<PermitSearchTerms.Contact> contacts = new ArrayList<>();
        for (PermitContact contact : session.createSelectionQuery(
                        "from PermitContact c where c.permit.id = :id order by c.id", PermitContact.class)
                .setParameter("id", permitId).getResultList()) {
            contacts.add(new PermitSearchTerms.Contact(contact.getRole(), contact.getName(), contact.getBusinessName()));
        }
        PermitSearchTerms.Source source = new PermitSearchTerms.Source(permit.getNumber(),
                permit.getSite().getParcelNumber(), permit.getSite().getAddressLine(), contacts);
        for (Map.Entry<String, Set<String>> table : PermitSearchTerms.rowsByTable(source).entrySet()) {
            // Table names are the constants of PermitSearchTerms.rowsByTable, never input.
            session.createNativeMutationQuery("DELETE FROM " + table.getKey() + " WHERE permit_id = :id")
                    .setParameter("id", permitId).executeUpdate();
            for (String term : table.getValue()) {
                session.createNativeMutationQuery("INSERT INTO " + table.getKey() + " (term, permit_id) VALUES (:term, :id)")
                        .setParameter("term", term).setParameter("id", permitId).executeUpdate();
            }
        }
    }
}
