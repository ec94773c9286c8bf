package org.permitdesk.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Staff members' full names for what a person reads ("Received by Carmen Ortiz", "Inspector: Ray Whitfield"); the
 * records keep the username, which never changes meaning. A name that is not a staff user's (the command line, an
 * imported record) is shown as stored.
 */
public final class StaffNames {

    private StaffNames() {
    }

    /** The full name of the staff user {@code username}, or {@code username} itself when there is none. */
    public static String fullName(Session session, String username) {
        return of(session, List.of(username)).getOrDefault(username, username);
    }

    /** Username → full name for those of {@code usernames} that are staff users. */
    public static Map<String, String> of(Session session, Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.stream().allMatch(Objects::isNull)) {
            return names;
        }
        session.createNativeQuery("SELECT username, full_name FROM staff_user WHERE username IN (:names)", Object[].class)
                .setParameterList("names", usernames.stream().filter(Objects::nonNull).distinct().toList())
                .getResultStream().forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
