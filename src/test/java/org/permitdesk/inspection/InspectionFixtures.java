package org.permitdesk.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.report.ReportTemplates;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.TestUsers;

/** Issued permits, inspectors and assigned inspections for the inspection tests (Monday 1 March 2027, 9:00). */
public final class InspectionFixtures {

    public static final ZoneId CITY = ZoneId.of("America/Los_Angeles");
    public static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, CITY).toInstant(), CITY);
    /** Tuesday, the earliest day that can be requested at {@link #CLOCK}. */
    public static final LocalDate DAY = LocalDate.of(2027, 3, 2);
    /** {@link #DAY} at 10:00: when the inspector records the results (not before the inspection's day). */
    public static final Clock ON_THE_DAY = Clock.fixed(ZonedDateTime.of(2027, 3, 2, 10, 0, 0, 0, CITY).toInstant(), CITY);
    public static final ReportTemplates TEMPLATES = new ReportTemplates(List.of());

    private InspectionFixtures() {
    }

    /** An issued Building permit (owner with owner@example.com; contractor office@example.com when given). */
    public static long issuedPermit(Database database, String address, Double lat, Double lon, String contractor) {
        long permit = TestPermits.create(database, "B" + UUID.randomUUID().toString().substring(0, 8), address,
                "123-456-789", "Olivia Owner", contractor);
        database.inTransaction(s -> s.createNativeMutationQuery("UPDATE site SET latitude = :lat, longitude = :lon"
                        + " WHERE id = (SELECT site_id FROM permit WHERE id = :id)")
                .setParameter("lat", lat).setParameter("lon", lon).setParameter("id", permit).executeUpdate());
        PermitLifecycleService lifecycle = lifecycle(database);
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(permit, database.fromTransaction(s -> s.find(Permit.class, permit).getVersion()),
                    action, null, TestUsers.clerk("carmen"));
        }
        return permit;
    }

    public static PermitLifecycleService lifecycle(Database database) {
        return new PermitLifecycleService(database, CLOCK, List.of());
    }

    /** The id of the permit's inspection type with this code (FOOTING, FRAMING, FINAL…). */
    public static long type(Database database, long permit, String code) {
        return new InspectionRequestService(database, CLOCK).typesFor(permit).stream()
                .filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    /** Requests an inspection of the type for {@link #DAY} and assigns it to the inspector. */
    public static long assigned(Database database, long permit, long type, TimeWindow window, long inspector) {
        long id = new InspectionRequestService(database, CLOCK).request(permit, new InspectionRequest(type, DAY, window,
                "Pat Doe", "(760) 555-0101", "pat@example.com", "Gate code 4412"), TestUsers.clerk("carmen"));
        new InspectionAssignmentService(database).assign(id, inspector, TestUsers.SUPERVISOR);
        return id;
    }

    /** A new inspector (a unique name); returns the staff user's id. */
    public static long inspector(Database database, String fullName) {
        String username = "insp" + UUID.randomUUID().toString().substring(0, 6);
        new StaffService(database, new PasswordHasher(), CLOCK).createUser(username, fullName, "a long password",
                EnumSet.of(Role.INSPECTOR), TestUsers.ADMIN);
        return database.fromTransaction(s -> s.createNativeQuery("SELECT id FROM staff_user WHERE username = :u",
                Long.class).setParameter("u", username).getSingleResult());
    }

    /** Results recorded on {@link #DAY} (the inspections' day). */
    /** The inspector signed in: the staff user's id (their route) and username (recorded on results). */
    public static SignedInUser signedIn(long inspector, String username) {
        return new SignedInUser(inspector, username, username, EnumSet.of(Role.INSPECTOR));
    }

    public static InspectionResultService results(Database database, CorrectionNoticeMail mail) {
        return new InspectionResultService(database, new PermitLifecycleService(database, ON_THE_DAY, List.of()),
                new CorrectionNoticeService(database, TEMPLATES, "City of Palm Valley"), mail, ON_THE_DAY);
    }
}
