package org.permitdesk.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.AuditTrail;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Administrators' city holidays (no inspections are requested on them): list a year, add a day with its name,
 * take one out. Past years are history and are not changed. Requests already made for a new holiday stay.
 */
public final class CityHolidayService {

    public record Holiday(LocalDate date, String name) {
    }

    /** What adding a holiday did: the requests already made for that day (they stay, to be rescheduled). */
    public record Added(Holiday holiday, long requestsThatDay) {
        public String message() {
            String added = "Added " + Formats.date(holiday.date()) + ", " + holiday.name() + ".";
            if (requestsThatDay == 0) {
                return added;
            }
            return added + " " + requestsThatDay + (requestsThatDay == 1 ? " inspection is" : " inspections are")
                    + " requested on that day \u2014 they stay; reschedule them from the board.";
        }
    }

    private final Database database;
    private final Clock clock;

    public CityHolidayService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<Holiday> holidays(int year) {
        return database.fromTransaction(session -> session.createNativeQuery(
                        "SELECT holiday_date, name FROM city_holiday WHERE holiday_date BETWEEN :from AND :to"
                                + " ORDER BY holiday_date", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream().map(r -> new Holiday(date(r[0]), (String) r[1])).toList());
    }

    public Added add(LocalDate date, String name, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        if (date == null) {
            throw new UserFacingException("Choose the day of the holiday.");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new UserFacingException("Give the holiday a name (at most 100 characters), e.g. \u201cLabor Day\u201d.");
        }
        requireNotPastYear(date);
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            String existing = session.createNativeQuery("SELECT name FROM city_holiday WHERE holiday_date = :day",
                    String.class).setParameter("day", date).uniqueResultOptional().orElse(null);
            if (existing != null) {
                throw new UserFacingException(Formats.date(date) + " is already a city holiday (" + existing + ").");
            }
            session.createNativeMutationQuery("INSERT INTO city_holiday (holiday_date, name) VALUES (:day, :name)")
                    .setParameter("day", date).setParameter("name", name.strip()).executeUpdate();
            AuditTrail.record(session, who.username(), null, "City holiday " + Formats.date(date), null, name.strip());
            Long requested = session.createNativeQuery("SELECT COUNT(*) FROM inspection WHERE requested_date = :day"
                    + " AND status <> 'CANCELLED' AND result IS NULL", Long.class).setParameter("day", date).getSingleResult();
            return new Added(new Holiday(date, name.strip()), requested);
        });
    }

    public void remove(LocalDate date, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        requireNotPastYear(date);
        database.inTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            String name = session.createNativeQuery("SELECT name FROM city_holiday WHERE holiday_date = :day",
                    String.class).setParameter("day", date).uniqueResultOptional().orElse(null);
            AuditTrail.record(session, who.username(), null, "City holiday " + Formats.date(date), name, null);
            int removed = session.createNativeMutationQuery("DELETE FROM city_holiday WHERE holiday_date = :day")
                    .setParameter("day", date).executeUpdate();
            if (removed == 0) {
                throw new UserFacingException(Formats.date(date) + " is no longer a city holiday (someone else took it"
                        + " out). Reload the list.");
            }
        });
    }

    private void requireNotPastYear(LocalDate date) {
        int thisYear = LocalDate.now(clock).getYear();
        if (date.getYear() < thisYear) {
            throw new UserFacingException(date.getYear() + " is past: its holidays are kept as they were. Holidays"
                    + " can be changed for " + thisYear + " and later years.");
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
