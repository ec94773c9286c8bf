package org.permitdesk.inspection;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.permitdesk.inspection.route.Location;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.db.AuditTrail;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * The office location (where routes start and the districts NE/NW/SE/SW are measured from) and the request
 * cut-off time, kept in {@code app_setting}; unset means the defaults (Palm Valley city hall, 15:00).
 */
public final class InspectionSettingsService {

    public static final String LATITUDE_SETTING = "inspection.office_latitude";
    public static final String LONGITUDE_SETTING = "inspection.office_longitude";
    public static final LocalTime DEFAULT_CUTOFF = LocalTime.of(15, 0);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The settings as stored (or their defaults); also what an edit was started from. */
    public record Settings(double latitude, double longitude, LocalTime cutoff) {
        public String cutoffText() {
            return cutoff.format(HH_MM);
        }
    }

    private final Database database;

    public InspectionSettingsService(Database database) {
        this.database = database;
    }

    public Settings settings() {
        return database.fromTransaction(InspectionSettingsService::read);
    }

    /** Every problem with the typed values, each saying how to fix it; empty when they can be saved. */
    public static List<String> problems(String latitude, String longitude, String cutoff) {
        List<String> problems = new ArrayList<>();
        Double lat = number(latitude);
        if (lat == null || lat < -90 || lat > 90) {
            problems.add("The latitude is a number of degrees from -90 to 90, e.g. 33.7222 (north is positive).");
        }
        Double lon = number(longitude);
        if (lon == null || lon < -180 || lon > 180) {
            problems.add("The longitude is a number of degrees from -180 to 180, e.g. -116.3745 (west is negative).");
        }
        if (time(cutoff).isEmpty()) {
            problems.add("The cut-off is a time of day as HH:MM on the 24-hour clock, e.g. 15:00.");
        }
        return problems;
    }

    /**
     * Saves the typed values; refused with every problem, or when the stored settings are no longer
     * {@code editedFrom} (another administrator saved meanwhile).
     */
    public Settings save(Settings editedFrom, String latitude, String longitude, String cutoff, SignedInUser who) {
        who.require(Permission.EDIT_SETTINGS);
        List<String> problems = problems(latitude, longitude, cutoff);
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join(" ", problems));
        }
        Settings saved = new Settings(number(latitude), number(longitude), time(cutoff).orElseThrow());
        return database.fromTransaction(session -> {
            Database.stampAuditUser(session, who.username());
            if (!read(session).equals(editedFrom)) {
                throw new UserFacingException("The inspection settings were changed by someone else while you were "
                        + "editing. Your values are still in the form: reload, then make your change again.");
            }
            write(session, LATITUDE_SETTING, String.valueOf(saved.latitude()));
            write(session, LONGITUDE_SETTING, String.valueOf(saved.longitude()));
            write(session, InspectionRequestService.CUTOFF_SETTING, saved.cutoffText());
            if (!saved.equals(editedFrom)) {
                AuditTrail.record(session, who.username(), null, "Inspection settings", text(editedFrom), text(saved));
            }
            return saved;
        });
    }

    private static String text(Settings settings) {
        return "office " + settings.latitude() + ", " + settings.longitude() + "; requests until "
                + settings.cutoffText();
    }

    /** The office location, for route starts and districts (the defaults when unset or unreadable). */
    public static Location office(Session session) {
        Settings settings = read(session);
        return new Location(settings.latitude(), settings.longitude());
    }

    static Settings read(Session session) {
        double latitude = setting(session, LATITUDE_SETTING).map(InspectionSettingsService::number)
                .filter(v -> v >= -90 && v <= 90).orElse(InspectionAssignmentService.OFFICE_LATITUDE);
        double longitude = setting(session, LONGITUDE_SETTING).map(InspectionSettingsService::number)
                .filter(v -> v >= -180 && v <= 180).orElse(InspectionAssignmentService.OFFICE_LONGITUDE);
        LocalTime cutoff = setting(session, InspectionRequestService.CUTOFF_SETTING)
                .flatMap(InspectionSettingsService::time).orElse(DEFAULT_CUTOFF);
        return new Settings(latitude, longitude, cutoff);
    }

    private static Optional<String> setting(Session session, String key) {
        return session.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = :key", String.class)
                .setParameter("key", key).uniqueResultOptional();
    }

    private static void write(Session session, String key, String value) {
        int updated = session.createNativeMutationQuery("UPDATE app_setting SET setting_value = :value WHERE setting_key = :key")
                .setParameter("value", value).setParameter("key", key).executeUpdate();
        if (updated == 0) {
            session.createNativeMutationQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (:key, :value)")
                    .setParameter("key", key).setParameter("value", value).executeUpdate();
        }
    }

    private static Double number(String text) {
        if (text == null || !text.strip().matches("[-+]?\\d{1,3}(\\.\\d{1,10})?")) {
            return null;
        }
        return Double.parseDouble(text.strip());
    }

    /** "15:00" or "9:30"; empty when it is not a time of day. */
    private static Optional<LocalTime> time(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(t.substring(0, t.indexOf(':')));
        int minute = Integer.parseInt(t.substring(t.indexOf(':') + 1));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
