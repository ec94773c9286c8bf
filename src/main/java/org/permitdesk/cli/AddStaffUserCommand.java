package org.permitdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.platform.security.TemporaryPasswords;
import org.permitdesk.staff.Role;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.staff.StaffService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code add-staff-user}: how an administrator adds clerks, inspectors and supervisors to a shared database. */
@Command(name = "add-staff-user", mixinStandardHelpOptions = true,
        description = "Adds a staff user and prints a random temporary password, once.")
public final class AddStaffUserCommand implements Callable<Integer> {


    @Option(names = "--username", required = true, paramLabel = "NAME", description = "Sign-in name, e.g. jlopez.")
    String username;

    @Option(names = "--full-name", required = true, paramLabel = "NAME", description = "Name as shown on records, e.g. \"Juan Lopez\".")
    String fullName;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "CLERK, INSPECTOR, SUPERVISOR or ADMIN; repeat for several roles.")
    List<Role> roles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String password = new TemporaryPasswords().next();
        List<String> problems = StaffService.problemsWithNewUser(username, fullName, password, password);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return 2;
        }
        try (PermitDesk desk = PermitDesk.open(DatabaseOptions.of(spec).settings(), Clock.systemDefaultZone())) {
            SignedInUser user = desk.staff().users().createUser(username, fullName.strip(), password, EnumSet.copyOf(roles),
                    SignedInUser.commandLine());
            spec.commandLine().getOut().printf("Added %s (%s, %s). Temporary password: %s%n"
                            + "Give it to them in person; it is shown only now.%n",
                    user.username(), user.fullName(), user.roles(), password);
        }
        return 0;
    }
}
