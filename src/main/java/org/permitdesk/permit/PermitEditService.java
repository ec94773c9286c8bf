package org.permitdesk.permit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.AuditRevision;
import org.permitdesk.platform.db.ChangedMeanwhileException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Edits a permit's details (valuation, public description, internal notes). A save made on an old version
 * is refused with who changed the permit and when (from its audit trail); the caller keeps the clerk's input.
 */
public final class PermitEditService {

    private final Database database;

    public PermitEditService(Database database) {
        this.database = database;
    }

    /** What the clerk edits. */
    public record Details(BigDecimal valuation, String description, String internalNotes) {
    }

    /** Saves the details over {@code version}; returns the new version. For those who may edit permits. */
    public long saveDetails(long permitId, long version, Details details, SignedInUser who) {
        who.require(Permission.EDIT_PERMIT);
        if (details.valuation() != null && (details.valuation().signum() < 0 || details.valuation().scale() > 2)) {
            throw new UserFacingException("The valuation must be an amount in dollars and cents, 0 or more.");
        }
        if (details.description() == null || details.description().isBlank()) {
            throw new UserFacingException("Describe the work (the public sees this description).");
        }
        try {
            return save(permitId, version, details, who);
        } catch (ChangedMeanwhileException sameMoment) { // saved by someone else between our check and our write
            throw new UserFacingException(database.fromTransaction(session ->
                    changedMeanwhile(session, session.find(Permit.class, permitId))), sameMoment);
        }
    }

    private long save(long permitId, long version, Details details, SignedInUser who) {
        return database.fromTransaction(session -> {
            Permit permit = session.find(Permit.class, permitId);
            if (permit == null) {
                throw new UserFacingException("That permit no longer exists. Search for it again.");
            }
            if (permit.getVersion() != version) {
                throw new UserFacingException(changedMeanwhile(session, permit));
            }
            permit.setValuation(details.valuation());
            permit.setDescription(details.description().strip());
            permit.setInternalNotes(details.internalNotes() == null || details.internalNotes().isBlank()
                    ? null : details.internalNotes().strip());
            Database.stampAuditUser(session, who.username());
            session.flush();
            return permit.getVersion();
        });
    }

    private static String changedMeanwhile(org.hibernate.Session session, Permit permit) {
        @SuppressWarnings("unchecked")
        List<Object[]> last = AuditReaderFactory.get(session).createQuery()
                .forRevisionsOfEntity(Permit.class, false, true)
                .add(AuditEntity.id().eq(permit.getId()))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1).getResultList();
        String who = "someone else";
        String when = "";
        if (!last.isEmpty()) {
            AuditRevision revision = (AuditRevision) last.get(0)[1];
            who = revision.getUsername() == null ? who : revision.getUsername();
            when = " at " + Formats.dateTime(Instant.ofEpochMilli(revision.getRevisionAt()));
        }
        return "Permit " + permit.getNumber() + " was changed by " + who + when + " while you were editing. "
                + "Your changes are still in the form: reload the permit to see theirs, then apply yours again.";
    }
}
