package org.permitdesk.inspection;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitStatus;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.UserFacingException;
import org.permitdesk.platform.db.Database;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * Inspection requests (Hemet and West Hollywood rules): only for issued, unexpired permits without a hold;
 * a weekday that is not a city holiday, from the next business day (the day after, once today's cut-off time
 * has passed) up to 7 days ahead; contact name, phone and email. Every problem is given at once.
 */
public final class InspectionRequestService {

    /** Requests after this time of day are for the business day after next (setting {@code inspection.request_cutoff}). */
    public static final String CUTOFF_SETTING = "inspection.request_cutoff";
    /** The public may cancel until this time on the day of the inspection; staff at any time, with a reason. */
    public static final LocalTime PUBLIC_CANCEL_UNTIL = LocalTime.of(7, 0);
    private static final int DAYS_AHEAD = 7;

    private final Database database;
    private final Clock clock;

    public InspectionRequestService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The inspection types offered for this permit's type, in their usual order. */
    public List<InspectionType> typesFor(long permitId) {
        return database.fromTransaction(session -> session.createSelectionQuery(
                        "from InspectionType t where t.active and t.permitTypeId ="
                                + " (select p.type.id from Permit p where p.id = :id) order by t.position", InspectionType.class)
                .setParameter("id", permitId).getResultList());
    }

    /**
     * The permit's inspection history, newest first (latest day, PM before AM): each with its inspector, result,
     * result notes, correction items and correction notice. Three queries in one transaction.
     */
    public List<InspectionRow> inspections(long permitId) {
        return database.fromTransaction(session -> InspectionHistory.of(session, permitId));
    }

    /**
     * The correction items a new request of this type starts with: those of the permit's latest failed or partial
     * inspection of the type, unless the type has passed since (empty for a first inspection).
     */
    public List<Correction> openCorrections(long permitId, long inspectionTypeId) {
        return database.fromTransaction(session -> OpenCorrections.forNewRequest(session, permitId, inspectionTypeId));
    }

    /** Records the request; refused with every reason the rules give. Returns the new inspection's id. */
    public long request(long permitId, InspectionRequest request, SignedInUser who) {
        who.require(Permission.REQUEST_INSPECTION);
        String user = who.username();
        return database.fromTransaction(session -> {
            List<String> problems = problems(session, permitId, request);
            if (!problems.isEmpty()) {
                throw new UserFacingException(String.join(" ", problems));
            }
            Inspection inspection = new Inspection(permitId, request, user, clock.instant());
            Database.stampAuditUser(session, user);
            session.persist(inspection);
            session.flush();
            return inspection.getId();
        });
    }

    /** Staff cancel at any time, with a reason kept on the request. */
    public void cancelByStaff(long inspectionId, String reason, SignedInUser who) {
        who.require(Permission.CANCEL_INSPECTION);
        String user = who.username();
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("Say why the inspection is cancelled; the reason is kept with it.");
        }
        database.inTransaction(session -> {
            Inspection inspection = load(session, inspectionId);
            inspection.cancel(reason.strip() + " (" + user + ")");
            Database.stampAuditUser(session, user);
            inspection.markChanged(clock.instant());
        });
    }

    /** Whether the public (web view) may still cancel: until 7:00am on the day of the inspection. */
    public boolean publicMayCancel(Inspection inspection) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return inspection.getStatus() != InspectionStatus.CANCELLED
                && now.isBefore(inspection.getRequestedDate().atTime(PUBLIC_CANCEL_UNTIL).atZone(clock.getZone()));
    }

    /** The first day an inspection can be requested for now. */
    public LocalDate earliestDay() {
        return database.fromTransaction(this::earliestDay);
    }

    List<String> problems(Session session, long permitId, InspectionRequest request) {
        List<String> problems = new ArrayList<>();
        Permit permit = session.find(Permit.class, permitId);
        if (permit == null) {
            throw new UserFacingException("That permit no longer exists. Search for it again.");
        }
        permitProblems(session, permit, request.date()).ifPresent(problems::add);
        holds(session, permitId).forEach(hold -> problems.add("Hold on the permit: " + hold + "."));
        InspectionType type = session.find(InspectionType.class, request.inspectionTypeId());
        if (type == null || !type.isActive() || type.getPermitTypeId() != permit.getType().getId()) {
            problems.add("Choose an inspection type of this permit's type (" + permit.getType().getName() + ").");
        }
        dateProblem(session, request.date()).ifPresent(problems::add);
        contactProblems(request, problems);
        return problems;
    }

    private static Optional<String> permitProblems(Session session, Permit permit, LocalDate day) {
        if (permit.getStatus() != PermitStatus.ISSUED) {
            return Optional.of("Permit " + permit.getNumber() + " is " + permit.getStatus().label().toLowerCase()
                    + ": inspections are only for issued permits.");
        }
        if (day != null && permit.getExpiresDate() != null && permit.getExpiresDate().isBefore(day)) {
            return Optional.of("Permit " + permit.getNumber() + " expires on " + Formats.date(permit.getExpiresDate())
                    + ", before that day.");
        }
        return Optional.empty();
    }

    private Optional<String> dateProblem(Session session, LocalDate day) {
        if (day == null) {
            return Optional.of("Choose the day of the inspection.");
        }
        LocalDate earliest = earliestDay(session);
        LocalDate latest = LocalDate.now(clock).plusDays(DAYS_AHEAD);
        Optional<String> holiday = holiday(session, day);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(Formats.date(day) + " is a " + (day.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday"
                    : "Sunday") + ": inspections are Monday to Friday.");
        }
        if (holiday.isPresent()) {
            return Optional.of(Formats.date(day) + " is " + holiday.get() + ", a city holiday.");
        }
        if (day.isBefore(earliest)) {
            return Optional.of("The earliest day that can be requested now is " + Formats.date(earliest) + ".");
        }
        if (day.isAfter(latest)) {
            return Optional.of("Inspections can be requested at most 7 days ahead, until " + Formats.date(latest) + ".");
        }
        return Optional.empty();
    }

    private static void contactProblems(InspectionRequest request, List<String> problems) {
        if (request.window() == null) {
            problems.add("Choose AM (8:30\u201312:00) or PM (1:00\u20135:00).");
        }
        if (request.contactName() == null || request.contactName().isBlank()) {
            problems.add("Give the name of the person to call on site.");
        }
        if (request.phone() == null || request.phone().replaceAll("\\D", "").length() < 10) {
            problems.add("Give a phone number with area code, e.g. (760) 555-0123.");
        }
        if (request.email() == null || !request.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}")) {
            problems.add("Give an email address for the result, e.g. name@example.com.");
        }
    }

    /** The next business day; once today's cut-off time has passed, the business day after it. */
    private LocalDate earliestDay(Session session) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate day = nextBusinessDay(session, now.toLocalDate());
        return now.toLocalTime().isBefore(cutoff(session)) ? day : nextBusinessDay(session, day);
    }

    private static LocalDate nextBusinessDay(Session session, LocalDate after) {
        LocalDate day = after.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holiday(session, day).isPresent()) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Optional<String> holiday(Session session, LocalDate day) {
        return session.createNativeQuery("SELECT name FROM city_holiday WHERE holiday_date = :day", String.class)
                .setParameter("day", day).uniqueResultOptional();
    }

    private static List<String> holds(Session session, long permitId) {
        return session.createNativeQuery("SELECT text FROM permit_condition WHERE permit_id = :id AND kind = 'HOLD'"
                        + " AND released_at IS NULL ORDER BY id", String.class)
                .setParameter("id", permitId).getResultList().stream()
                .map(text -> text.replaceAll("[.\\s]+$", "")).toList();
    }

    private static LocalTime cutoff(Session session) {
        return InspectionSettingsService.read(session).cutoff();
    }

    private static Inspection load(Session session, long inspectionId) {
        Inspection inspection = session.find(Inspection.class, inspectionId);
        if (inspection == null) {
            throw new UserFacingException("That inspection no longer exists. Reload the permit.");
        }
        return inspection;
    }
}
