package org.permitdesk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    private static SignedInUser as(Role role) {
        return new SignedInUser(1, "someone", "Pat Someone", EnumSet.of(role));
    }

    @Test
    void anInspectorMayNotTakeAPaymentAndIsToldWhoMay() {
        NotPermittedException refused = assertThrows(NotPermittedException.class,
                () -> as(Role.INSPECTOR).require(Permission.TAKE_PAYMENT));
        assertEquals("Taking a payment is for counter clerk or supervisor; you are signed in as Pat Someone (Inspector).",
                refused.getMessage());
    }

    @Test
    void aPersonWithTwoRolesMayDoWhatEitherAllows() {
        SignedInUser both = new SignedInUser(1, "x", "X", EnumSet.of(Role.INSPECTOR, Role.CLERK));
        assertTrue(both.may(Permission.TAKE_PAYMENT));
        assertTrue(both.may(Permission.RECORD_RESULTS));
        assertFalse(both.may(Permission.VOID_PERMIT));
    }

    @Test
    void nobodyMayDoNothing() {
        assertFalse(Permissions.allows(null, Permission.EXPORT_DATA));
        assertFalse(new SignedInUser(1, "x", "X", Set.of()).may(Permission.EXPORT_DATA));
    }

    @Test
    void theCommandLineIsALocalAdministratorNamedInTheAuditTrail() {
        SignedInUser cli = SignedInUser.commandLine();
        assertTrue(cli.username().startsWith("command-line ("));
        assertTrue(cli.may(Permission.IMPORT_DATA));
        assertFalse(cli.may(Permission.TAKE_PAYMENT));
        assertFalse(Role.COMMAND_LINE.isStaffRole());
    }

    /** docs/permissions.md is what people read: its table must be the one the services enforce. */
    @Test
    void theDocumentedTableIsTheEnforcedOne() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/permissions.md"));
        List<Role> columns = List.of(Role.values());
        Map<Permission, Set<Role>> documented = new EnumMap<>(Permission.class);
        for (String line : lines) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < columns.size() + 3 || !cells[1].strip().startsWith("`")) {
                continue;
            }
            Permission action = Permission.valueOf(cells[1].strip().replace("`", ""));
            Set<Role> allowed = EnumSet.noneOf(Role.class);
            for (int i = 0; i < columns.size(); i++) {
                String cell = cells[i + 3].strip();
                if (cell.equals("yes")) {
                    allowed.add(columns.get(i));
                } else if (!cell.equals("—")) {
                    throw new AssertionError("Cell for " + action + " × " + columns.get(i) + " is \"" + cell
                            + "\": write yes or —");
                }
            }
            documented.put(action, allowed);
        }
        assertEquals(EnumSet.allOf(Permission.class), documented.keySet(), "every action has its row");
        for (Permission action : Permission.values()) {
            assertEquals(Permissions.rolesAllowed(action), documented.get(action), action.name());
        }
    }
}
