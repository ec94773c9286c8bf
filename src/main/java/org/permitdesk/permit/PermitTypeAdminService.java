package org.permitdesk.permit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Administrators' permit types: name, prefix, numbering template, expiry period, active, and subtypes.
 * A template is checked before it is saved, so every later permit number can be made from it.
 */
public final class PermitTypeAdminService {

    private static final Pattern TOKEN = Pattern.compile("\\{[^}]*}");
    private static final Pattern KNOWN = Pattern.compile("\\{(PREFIX|YY|YYYY|MM|SEQ:[1-9])}");

    /** A type as the admin screen lists it, with its subtypes. */
    public record TypeRow(long id, String code, String name, String prefix, String numberTemplate, int expiryDays,
                          boolean active, long version, List<String> subtypes) {
    }

    /** What the administrator edits. */
    public record TypeChange(String name, String prefix, String numberTemplate, int expiryDays, boolean active) {
    }

    private final Database database;

    public PermitTypeAdminService(Database database) {
        this.database = database;
    }

    public List<TypeRow> types() {
        return database.fromTransaction(session -> {
            Map<Long, List<String>> subtypes = session.createSelectionQuery(
                            "from PermitSubtype s join fetch s.permitType order by s.name", PermitSubtype.class)
                    .getResultStream().collect(Collectors.groupingBy(s -> s.getPermitType().getId(),
                            Collectors.mapping(PermitSubtype::getName, Collectors.toList())));
            return session.createSelectionQuery("from PermitType t order by t.name", PermitType.class)
                    .getResultStream().map(t -> row(t, subtypes.getOrDefault(t.getId(), List.of()))).toList();
        });
    }

    /** Every problem with a change, each saying how to fix it; empty when it can be saved. */
    public static List<String> problems(TypeChange change) {
        List<String> problems = new ArrayList<>();
        if (change.name() == null || change.name().isBlank() || change.name().strip().length() > 100) {
            problems.add("Give the type a name (at most 100 characters).");
        }
        if (change.prefix() == null || !change.prefix().strip().matches("[A-Za-z0-9]{1,10}")) {
            problems.add("The prefix is 1 to 10 letters or digits, e.g. B or RERF.");
        }
        String template = change.numberTemplate() == null ? "" : change.numberTemplate().strip();
        var tokens = TOKEN.matcher(template);
        while (tokens.find()) {
            if (!KNOWN.matcher(tokens.group()).matches()) {
                problems.add("The template has " + tokens.group() + ", which is not a token: use {PREFIX}, {YY}, "
                        + "{YYYY}, {MM} and {SEQ:n} (n digits, 1 to 9).");
            }
        }
        if (!template.matches(".*\\{SEQ:[1-9]}.*") || template.length() > 60) {
            problems.add("The template needs one {SEQ:n} (the running number), e.g. {PREFIX}{YY}{MM}-{SEQ:3}, "
                    + "and at most 60 characters.");
        }
        if (change.expiryDays() < 1 || change.expiryDays() > 3650) {
            problems.add("The expiry period is 1 to 3,650 days (180 is usual; California allows 365 to start work).");
        }
        return problems;
    }

    /** Saves the change made on {@code version}; refused with every problem, or when someone saved it meanwhile. */
    public TypeRow save(long typeId, long version, TypeChange change, SignedInUser who) {
        who.require(Permission.EDIT_FEE_SCHEDULES);
        List<String> problems = problems(change);
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join(" ", problems));
        }
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            PermitType type = load(session, typeId);
            if (type.getVersion() != version) {
                throw new UserFacingException("This permit type was changed by someone else while you were editing. "
                        + "Your changes are still in the form: reload the types, then make them again.");
            }
            type.change(change.name().strip(), change.prefix().strip().toUpperCase(), change.numberTemplate().strip(),
                    change.expiryDays(), change.active());
            session.flush();
            return row(session, type);
        });
    }

    public TypeRow addSubtype(long typeId, String name, SignedInUser who) {
        who.require(Permission.EDIT_FEE_SCHEDULES);
        if (name == null || name.isBlank()) {
            throw new UserFacingException("Type the subtype's name, e.g. \u201cAddition\u201d.");
        }
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            PermitType type = load(session, typeId);
            boolean exists = subtypeNames(session, typeId).stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
            if (exists) {
                throw new UserFacingException(type.getName() + " already has the subtype \u201c" + name.strip() + "\u201d.");
            }
            session.persist(new PermitSubtype(type, name.strip()));
            session.flush();
            return row(session, type);
        });
    }

    private static TypeRow row(Session session, PermitType t) {
        return row(t, subtypeNames(session, t.getId()));
    }

    private static TypeRow row(PermitType t, List<String> subtypes) {
        return new TypeRow(t.getId(), t.getCode(), t.getName(), t.getPrefix(), t.getNumberTemplate(), t.getExpiryDays(),
                t.isActive(), t.getVersion(), subtypes);
    }

    private static List<String> subtypeNames(Session session, long typeId) {
        return session.createSelectionQuery("select s.name from PermitSubtype s where s.permitType.id = :id order by s.name",
                String.class).setParameter("id", typeId).getResultList();
    }

    private static PermitType load(Session session, long typeId) {
        PermitType type = session.find(PermitType.class, typeId);
        if (type == null) {
            throw new UserFacingException("That permit type no longer exists. Reload the types.");
        }
        return type;
    }
}
