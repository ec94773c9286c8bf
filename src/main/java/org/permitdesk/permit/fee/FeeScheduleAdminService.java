package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import java.util.List;
import org.hibernate.Session;
import org.permitdesk.permit.PermitType;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Administrators' fee schedules: list a type's items, add a flat fee or a fee per unit, change an item's
 * description and amount (and a valuation band's rate), retire an item. Fees already assessed on permits keep
 * their amounts; the next assessment uses the schedule as it is then.
 */
public final class FeeScheduleAdminService {

    /** An item as the admin screen lists it, with its rule in words. */
    public record ItemRow(long id, FeeKind kind, String description, BigDecimal amount, BigDecimal rate, String rule,
                          long version) {
    }

    private final Database database;

    public FeeScheduleAdminService(Database database) {
        this.database = database;
    }

    public List<ItemRow> items(long typeId) {
        return database.fromTransaction(session -> active(session, typeId).stream().map(FeeScheduleAdminService::row)
                .toList());
    }

    /** Adds a flat fee, or with {@code unitName} a fee per unit (fixture, circuit, day…). */
    public ItemRow add(long typeId, String description, BigDecimal amount, String unitName, SignedInUser who) {
        who.require(Permission.EDIT_FEE_SCHEDULES);
        requireValid(description, amount);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            PermitType type = session.find(PermitType.class, typeId);
            if (type == null) {
                throw new UserFacingException("That permit type no longer exists. Reload the types.");
            }
            int position = active(session, typeId).stream().mapToInt(FeeScheduleItem::getPosition).max().orElse(0) + 10;
            FeeScheduleItem item = unitName == null || unitName.isBlank()
                    ? FeeScheduleItem.flat(type, position, description.strip(), amount)
                    : FeeScheduleItem.perUnit(type, position, description.strip(), amount, unitName.strip());
            session.persist(item);
            session.flush();
            return row(item);
        });
    }

    public ItemRow change(long itemId, long version, String description, BigDecimal amount, BigDecimal rate, SignedInUser who) {
        who.require(Permission.EDIT_FEE_SCHEDULES);
        requireValid(description, amount);
        if (rate != null && rate.signum() < 0) {
            throw new UserFacingException("The rate can't be negative.");
        }
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            FeeScheduleItem item = load(session, itemId, version);
            item.change(description.strip(), amount, rate);
            session.flush();
            return row(item);
        });
    }

    public void retire(long itemId, long version, SignedInUser who) {
        who.require(Permission.EDIT_FEE_SCHEDULES);
        database.inTransaction(session -> load(session, itemId, version).retire());
    }

    private static void requireValid(String description, BigDecimal amount) {
        if (description == null || description.isBlank()) {
            throw new UserFacingException("Describe the fee as it will appear on the permit and the receipt.");
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
            throw new UserFacingException("The amount must be dollars and cents, 0 or more, e.g. 118.00.");
        }
    }

    private static FeeScheduleItem load(Session session, long itemId, long version) {
        FeeScheduleItem item = session.find(FeeScheduleItem.class, itemId);
        if (item == null || !item.isActive()) {
            throw new UserFacingException("That fee is no longer in the schedule. Reload the types.");
        }
        if (item.getVersion() != version) {
            throw new UserFacingException("This fee was changed by someone else meanwhile. Reload the types and try again.");
        }
        return item;
    }

    private static List<FeeScheduleItem> active(Session session, long typeId) {
        return session.createSelectionQuery("from FeeScheduleItem where permitType.id = :type and active"
                + " order by position, id", FeeScheduleItem.class).setParameter("type", typeId).getResultList();
    }

    private static ItemRow row(FeeScheduleItem item) {
        String rule = switch (item.getKind()) {
            case FLAT -> "flat " + Formats.money(item.getAmount());
            case PER_UNIT -> Formats.money(item.getAmount()) + " per " + item.getUnitName();
            case VALUATION_BAND -> "valuation " + Formats.money(item.getBandFrom()) + " to "
                    + (item.getBandTo() == null ? "any" : Formats.money(item.getBandTo())) + ": "
                    + Formats.money(item.getAmount()) + (item.getRate() == null ? ""
                    : " + " + Formats.money(item.getRate()) + " per " + Formats.money(item.getRatePer()));
        };
        return new ItemRow(item.getId(), item.getKind(), item.getDescription(), item.getAmount(), item.getRate(), rule,
                item.getVersion());
    }
}
