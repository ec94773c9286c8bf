package org.permitdesk.permit;

import java.util.EnumSet;
import java.util.Set;
import org.permitdesk.staff.Permission;

/** What staff can do to a permit's status, from which statuses, who may (the permission) and whether it needs a reason. */
public enum PermitAction {
    START_REVIEW("Start plan review", PermitStatus.IN_REVIEW, EnumSet.of(PermitStatus.APPLIED), Permission.MOVE_PERMIT,
            false),
    APPROVE("Approve", PermitStatus.APPROVED, EnumSet.of(PermitStatus.IN_REVIEW), Permission.MOVE_PERMIT, false),
    ISSUE("Issue", PermitStatus.ISSUED, EnumSet.of(PermitStatus.APPROVED), Permission.MOVE_PERMIT, false),
    FINAL("Final", PermitStatus.FINALED, EnumSet.of(PermitStatus.ISSUED), Permission.MOVE_PERMIT, false),
    VOID("Void", PermitStatus.VOID, EnumSet.of(PermitStatus.APPLIED, PermitStatus.IN_REVIEW, PermitStatus.APPROVED,
            PermitStatus.ISSUED, PermitStatus.EXPIRED), Permission.VOID_PERMIT, true),
    REINSTATE("Reinstate", null, EnumSet.of(PermitStatus.VOID, PermitStatus.EXPIRED), Permission.REINSTATE_PERMIT, true);

    private final String label;
    private final PermitStatus to;
    private final Set<PermitStatus> from;
    private final Permission permission;
    private final boolean needsReason;

    PermitAction(String label, PermitStatus to, Set<PermitStatus> from, Permission permission, boolean needsReason) {
        this.label = label;
        this.to = to;
        this.from = from;
        this.permission = permission;
        this.needsReason = needsReason;
    }

    public String label() {
        return label;
    }

    /** The status this action leads to ({@code null} for reinstate: the status before the void or expiry). */
    public PermitStatus to() {
        return to;
    }

    public boolean allowedFrom(PermitStatus status) {
        return from.contains(status);
    }

    /** Who may do it: the permission the lifecycle requires (and the screen offers the button by). */
    public Permission permission() {
        return permission;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
