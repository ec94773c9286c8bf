package org.permitdesk.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitLifecycleService;
import org.permitdesk.permit.TestPermits;
import org.permitdesk.platform.db.Database;
import org.permitdesk.platform.security.PasswordHasher;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.StaffService;
import org.permitdesk.testing.TestUsers;

/** Issued permits with an inspection requested, and inspectors, for the assignment and route tests. */
public final class TestInspections {

    private TestInspections() {
    }

    /** An issued permit at this address and place (no coordinates when lat is null) with a request for the day. */
    public static long request(Database database, Clock clock, LocalDate day, String address, Double lat, Double lon,
                               TimeWindow window) {
        long permit = TestPermits.create(database, "B" + UUID.randomUUID().toString().substring(0, 8), address,
                "123-456-700", "Owner", null);
        database.inTransaction(s -> s.createNativeMutationQuery("UPDATE site SET latitude = :lat, longitude = :lon"
                        + " WHERE id = (SELECT site_id FROM permit WHERE id = :id)")
                .setParameter("lat", lat).setParameter("lon", lon).setParameter("id", permit).executeUpdate());
        PermitLifecycleService lifecycle = new PermitLifecycleService(database, clock, List.of());
        for (PermitAction action : List.of(PermitAction.START_REVIEW, PermitAction.APPROVE, PermitAction.ISSUE)) {
            lifecycle.perform(permit, database.fromTransaction(s -> s.find(Permit.class, permit).getVersion()),
                    action, null, TestUsers.clerk("carmen"));
        }
        InspectionRequestService requests = new InspectionRequestService(database, clock);
        return requests.request(permit, new InspectionRequest(requests.typesFor(permit).get(0).getId(), day, window,
                "Pat Doe", "(760) 555-0101", "pat@example.com", null), TestUsers.clerk("carmen"));
    }

    /** A new inspector (full name as given, with a unique username); returns their id. */
    public static long inspector(Database database, Clock clock, String name, String district) {
        StaffService staff = new StaffService(database, new PasswordHasher(), clock);
        String username = "insp" + UUID.randomUUID().toString().substring(0, 6);
        staff.createUser(username, name, "a long password", EnumSet.of(Role.INSPECTOR), TestUsers.ADMIN);
        return database.fromTransaction(s -> {
            s.createNativeMutationQuery("UPDATE staff_user SET district = :d WHERE username = :u")
                    .setParameter("d", district).setParameter("u", username).executeUpdate();
            return s.createNativeQuery("SELECT id FROM staff_user WHERE username = :u", Long.class)
                    .setParameter("u", username).getSingleResult();
        });
    }
}
