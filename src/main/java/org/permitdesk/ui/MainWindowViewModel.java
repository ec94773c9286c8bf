package org.permitdesk.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;

/** Who is signed in, and the sections their roles open. */
public final class MainWindowViewModel {

    private final SignedInUser user;
    private final String databaseLabel;
    private final Runnable onSignOut;

    public MainWindowViewModel(SignedInUser user, String databaseLabel, Runnable onSignOut) {
        this.user = user;
        this.databaseLabel = databaseLabel;
        this.onSignOut = onSignOut;
    }

    public List<Section> sections() {
        return Arrays.stream(Section.values()).filter(section -> section.visibleTo(user)).toList();
    }

    /** "Carmen Ortiz · Counter clerk". */
    public String userLabel() {
        return user.fullName() + " \u00b7 " + user.roles().stream().map(Role::label).collect(Collectors.joining(", "));
    }

    /** Counter clerks, supervisors and administrators enter permits; inspectors don't (the permission table). */
    public boolean canEnterPermits() {
        return user.may(Permission.ENTER_PERMIT);
    }

    public String databaseLabel() {
        return databaseLabel;
    }

    public void signOut() {
        onSignOut.run();
    }
}
