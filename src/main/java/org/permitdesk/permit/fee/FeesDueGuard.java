package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.permit.PermitGuard;
import org.permitdesk.platform.Formats;

/** A permit with fees due is neither issued nor finaled: "Fees due: $412.00 — take the payment first." */
public final class FeesDueGuard implements PermitGuard {

    @Override
    public List<String> blockers(Session session, Permit permit, PermitAction action, LocalDate today) {
        if (action != PermitAction.ISSUE && action != PermitAction.FINAL) {
            return List.of();
        }
        BigDecimal due = FeeService.balanceDue(session, permit);
        return due.signum() > 0
                ? List.of("Fees due: " + Formats.money(due) + " — take the payment first.")
                : List.of();
    }
}
