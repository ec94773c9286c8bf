package org.permitdesk.permit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Enters a new permit: checks what the clerk typed (every problem at once, in plain words), numbers it
 * from its type's template, and saves it with its site, contacts, first status and search terms in one
 * transaction. The permit is audited (Envers) as created by the clerk. Each New permit form has its own request id,
 * kept with the permit it saved, so submitting the same form twice never makes two permits.
 */
public final class PermitIntakeService {

    private static final BigDecimal MAX_VALUATION = new BigDecimal("9999999999.99");

    private final Database database;
    private final PermitNumbering numbering;
    private final Clock clock;

    public PermitIntakeService(Database database, Clock clock) {
        this.database = database;
        this.numbering = new PermitNumbering(database);
        this.clock = clock;
    }

    /**
     * Saves the permit and returns its number and id; refused with every problem when the entry is incomplete.
     * The same form submitted again (its {@link NewPermit#requestId()} already saved, or being saved at this moment
     * by another submission) returns the permit already saved: no second permit, no number used.
     */
    public PermitSummary createPermit(NewPermit entry, SignedInUser who) {
        who.require(Permission.ENTER_PERMIT);
        Optional<PermitSummary> already = alreadySaved(entry.requestId());
        if (already.isPresent()) {
            return already.get();
        }
        List<String> problems = problems(entry);
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join(" ", problems));
        }
        LocalDate today = LocalDate.now(clock);
        PermitType type = database.fromTransaction(session -> activeType(session, entry.typeId()));
        numbering.preparePeriod(type, today);
        try {
            return database.fromTransaction(session -> save(session, entry, who.username(), today));
        } catch (RuntimeException failed) {
            return savedMeanwhile(entry.requestId(), failed);
        }
    }

    /**
     * Two submissions of one form at once: the permit_entry_request_uk constraint let the other one save the permit
     * and refused this one (its transaction, number included, is rolled back), so the other's permit is the answer.
     * Any other failure stands.
     */
    private PermitSummary savedMeanwhile(String requestId, RuntimeException failed) {
        Optional<PermitSummary> winner;
        try {
            winner = alreadySaved(requestId);
        } catch (RuntimeException lookupFailed) {
            failed.addSuppressed(lookupFailed);
            throw failed;
        }
        return winner.orElseThrow(() -> failed);
    }

    private PermitSummary save(Session session, NewPermit entry, String clerk, LocalDate today) {
        PermitType lockedType = session.find(PermitType.class, entry.typeId());
        Permit permit = new Permit(numbering.next(session, lockedType, today), lockedType,
                subtype(session, entry), site(session, entry), today, clock.instant(), clerk);
        permit.setEntryRequestId(entry.requestId());
        permit.setValuation(entry.valuation());
        permit.setDescription(entry.description().strip());
        permit.setInternalNotes(blankToNull(entry.internalNotes()));
        session.persist(permit);
        for (NewPermit.NewContact c : entry.contacts()) {
            PermitContact contact = new PermitContact(permit, c.role(), blankToNull(c.name()),
                    blankToNull(c.businessName()), blankToNull(c.licenseNumber()), blankToNull(c.email()),
                    blankToNull(c.phone()), blankToNull(c.mailingAddress()));
            contact.linkAccount(c.accountId());
            session.persist(contact);
        }
        session.persist(new PermitStatusChange(permit, null, PermitStatus.APPLIED, today, clerk, null));
        Database.stampAuditUser(session, clerk);
        session.flush(); // the request id's unique constraint decides here, before the search index is written
        PermitSearchIndex.reindex(session, permit.getId());
        return summary(permit);
    }

    /** The permit saved from the form with this request id, if it has been. */
    private Optional<PermitSummary> alreadySaved(String requestId) {
        return database.fromTransaction(session -> session.createSelectionQuery(
                        "from Permit p join fetch p.type join fetch p.site where p.entryRequestId = :id", Permit.class)
                .setParameter("id", requestId).getResultList().stream().findFirst().map(PermitIntakeService::summary));
    }

    private static PermitSummary summary(Permit permit) {
        return new PermitSummary(permit.getId(), permit.getNumber(), permit.getType().getName(), permit.getStatus(),
                permit.getSite().getAddressLine(), permit.getAppliedDate(), permit.getIssuedDate());
    }

    /** Every problem with the entry, each saying what to fix; empty when it can be saved. */
    public List<String> problems(NewPermit entry) {
        List<String> problems = new ArrayList<>();
        if (entry.siteId() == null && (entry.newSite() == null || isBlank(entry.newSite().addressLine()))) {
            problems.add("Choose a known site or type the site's street address.");
        }
        if (entry.valuation() == null) {
            problems.add("Enter the valuation (0 when there is no construction cost).");
        } else if (entry.valuation().signum() < 0 || entry.valuation().compareTo(MAX_VALUATION) > 0
                || entry.valuation().scale() > 2) {
            problems.add("The valuation must be an amount in dollars and cents, 0 or more.");
        }
        if (isBlank(entry.description())) {
            problems.add("Describe the work (the public sees this description).");
        }
        if (entry.contacts().stream().noneMatch(c -> c.role() == ContactRole.OWNER)) {
            problems.add("Add the property owner.");
        }
        for (NewPermit.NewContact c : entry.contacts()) {
            if (isBlank(c.name()) && isBlank(c.businessName())) {
                problems.add("Give the " + c.role().label().toLowerCase() + "'s name or business name.");
            }
            if (c.role() == ContactRole.CONTRACTOR && (c.licenseNumber() == null || !c.licenseNumber().matches("\\d{1,8}"))) {
                problems.add("Give the contractor's CSLB licence number (1 to 8 digits).");
            }
        }
        return problems;
    }

    private static PermitType activeType(Session session, long typeId) {
        PermitType type = session.find(PermitType.class, typeId);
        if (type == null || !type.isActive()) {
            throw new UserFacingException("That permit type is not available any more. Choose another type.");
        }
        return type;
    }

    private static PermitSubtype subtype(Session session, NewPermit entry) {
        if (entry.subtypeId() == null) {
            return null;
        }
        PermitSubtype subtype = session.find(PermitSubtype.class, entry.subtypeId());
        if (subtype == null || !subtype.getPermitType().getId().equals(entry.typeId())) {
            throw new UserFacingException("That subtype does not belong to the chosen permit type. Choose the subtype again.");
        }
        return subtype;
    }

    private static Site site(Session session, NewPermit entry) {
        if (entry.siteId() != null) {
            Site site = session.find(Site.class, entry.siteId());
            if (site == null) {
                throw new UserFacingException("That site no longer exists. Search for the address again.");
            }
            return site;
        }
        NewPermit.NewSite s = entry.newSite();
        Site site = new Site(s.addressLine().strip(), blankToNull(s.city()), blankToNull(s.state()), blankToNull(s.zip()),
                blankToNull(s.parcelNumber()), s.latitude(), s.longitude());
        session.persist(site);
        return site;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
