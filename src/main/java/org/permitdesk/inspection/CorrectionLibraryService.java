package org.permitdesk.inspection;

import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.AuditTrail;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Administrators' correction-item library (code reference such as "CRC R314.3" + text) that inspectors pick
 * from. Items recorded on inspections are copies, so editing or retiring a library item never changes what an
 * inspection recorded. Taking out an item nobody has used deletes it; a used one is retired (kept, no longer
 * offered) and can be offered again.
 */
public final class CorrectionLibraryService {

    /** A library item; {@code timesUsed} counts the recorded corrections with the same code reference and text. */
    public record LibraryItem(long id, String codeRef, String text, boolean active, long version, long timesUsed) {
    }

    private final Database database;

    public CorrectionLibraryService(Database database) {
        this.database = database;
    }

    /** The items whose code reference or text contains {@code search} (all when blank), retired ones last. */
    public List<LibraryItem> items(String search) {
        String like = "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return database.fromTransaction(session -> session.createNativeQuery("""
                        SELECT c.id, c.code_ref, c.text, c.active, c.version,
                               (SELECT COUNT(*) FROM inspection_correction u WHERE u.code_ref = c.code_ref AND u.text = c.text)
                        FROM correction_item c
                        WHERE LOWER(c.code_ref) LIKE :like ESCAPE '\\' OR LOWER(c.text) LIKE :like ESCAPE '\\'
                        ORDER BY c.active DESC, c.code_ref, c.text, c.id""", Object[].class)
                .setParameter("like", like).getResultStream().map(CorrectionLibraryService::item).toList());
    }

    /** Every problem with an item, each saying how to fix it; empty when it can be saved. */
    public static List<String> problems(String codeRef, String text) {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        if (codeRef == null || codeRef.isBlank() || codeRef.strip().length() > 40) {
            problems.add("Give the code reference (at most 40 characters), e.g. CRC R314.3.");
        }
        if (text == null || text.isBlank() || text.strip().length() > 1000) {
            problems.add("Give the correction text the owner will read (at most 1,000 characters).");
        }
        return problems;
    }

    public LibraryItem add(String codeRef, String text, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        requireValid(codeRef, text);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            requireNoDuplicate(session, codeRef.strip(), text.strip(), null);
            session.createNativeMutationQuery("INSERT INTO correction_item (code_ref, text) VALUES (:code, :text)")
                    .setParameter("code", codeRef.strip()).setParameter("text", text.strip()).executeUpdate();
            AuditTrail.record(session, who.username(), null, "Correction library", null, codeRef.strip() + " " + text.strip());
            long id = session.createNativeQuery("SELECT MAX(id) FROM correction_item WHERE code_ref = :code AND text = :text",
                    Long.class).setParameter("code", codeRef.strip()).setParameter("text", text.strip()).getSingleResult();
            return load(session, id);
        });
    }

    /** Changes an item; what inspections already recorded keeps the old wording. */
    public LibraryItem change(long id, long version, String codeRef, String text, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        requireValid(codeRef, text);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            requireNoDuplicate(session, codeRef.strip(), text.strip(), id);
            LibraryItem before = load(session, id);
            update(session, id, version, "code_ref = :code, text = :text", codeRef.strip(), text.strip());
            AuditTrail.record(session, who.username(), null, "Correction library", before.codeRef() + " " + before.text(),
                    codeRef.strip() + " " + text.strip());
            return load(session, id);
        });
    }

    /** Takes the item out of what inspectors are offered: deleted when never used, else retired. Says which. */
    public String takeOut(long id, long version, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            LibraryItem item = load(session, id);
            if (item.version() != version) {
                throw changedMeanwhile();
            }
            AuditTrail.record(session, who.username(), null, "Correction library", item.codeRef() + " " + item.text(),
                    item.timesUsed() == 0 ? "deleted" : "retired");
            if (item.timesUsed() == 0) {
                session.createNativeMutationQuery("DELETE FROM correction_item WHERE id = :id").setParameter("id", id)
                        .executeUpdate();
                return "Deleted " + item.codeRef() + " (never used on an inspection).";
            }
            update(session, id, version, "active = FALSE", null, null);
            return "Retired " + item.codeRef() + ": inspectors no longer see it; the " + item.timesUsed()
                    + " inspection" + (item.timesUsed() == 1 ? "" : "s") + " that recorded it keep it.";
        });
    }

    /** Offers a retired item again. */
    public LibraryItem restore(long id, long version, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        return database.fromTransaction(session -> {
            update(session, id, version, "active = TRUE", null, null);
            LibraryItem item = load(session, id);
            AuditTrail.record(session, who.username(), null, "Correction library", item.codeRef() + " " + item.text()
                    + " (retired)", "offered again");
            return item;
        });
    }

    private static void requireValid(String codeRef, String text) {
        List<String> problems = problems(codeRef, text);
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join(" ", problems));
        }
    }

    private static void requireNoDuplicate(Session session, String codeRef, String text, Long except) {
        boolean exists = session.createNativeQuery("SELECT id FROM correction_item WHERE code_ref = :code AND text = :text",
                        Long.class).setParameter("code", codeRef).setParameter("text", text).getResultStream()
                .anyMatch(found -> !found.equals(except));
        if (exists) {
            throw new UserFacingException("The library already has " + codeRef + " with exactly this text (it may be"
                    + " retired: offer it again instead).");
        }
    }

    private static void update(Session session, long id, long version, String set, String codeRef, String text) {
        var update = session.createNativeMutationQuery("UPDATE correction_item SET " + set
                + ", version = version + 1 WHERE id = :id AND version = :version")
                .setParameter("id", id).setParameter("version", version);
        if (codeRef != null) {
            update.setParameter("code", codeRef).setParameter("text", text);
        }
        if (update.executeUpdate() == 0) {
            throw changedMeanwhile();
        }
    }

    private static UserFacingException changedMeanwhile() {
        return new UserFacingException("This correction item was changed by someone else meanwhile (or taken out)."
                + " Reload the library and make your change again.");
    }

    private static LibraryItem load(Session session, long id) {
        return session.createNativeQuery("""
                        SELECT c.id, c.code_ref, c.text, c.active, c.version,
                               (SELECT COUNT(*) FROM inspection_correction u WHERE u.code_ref = c.code_ref AND u.text = c.text)
                        FROM correction_item c WHERE c.id = :id""", Object[].class)
                .setParameter("id", id).uniqueResultOptional().map(CorrectionLibraryService::item)
                .orElseThrow(CorrectionLibraryService::changedMeanwhile);
    }

    private static LibraryItem item(Object[] r) {
        return new LibraryItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Boolean) r[3],
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue());
    }
}
