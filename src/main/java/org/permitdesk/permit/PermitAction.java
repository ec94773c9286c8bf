package org.permitdesk.permit;

import java.util.EnumSet;
import java.util.Set;

/** What staff can do to a permit's status, from which statuses, and whether it needs a supervisor or a reason. */
public enum PermitAction {
    START_REVIEW("Start plan review", PermitStatus.IN_REVIEW, EnumSet.of(PermitStatus.APPLIED), false, false),
    APPROVE("Approve", PermitStatus.APPROVED, EnumSet.of(PermitStatus.IN_REVIEW), false, false),
    ISSUE("Issue", PermitStatus.ISSUED, EnumSet.of(PermitStatus.APPROVED), false, false),
    FINAL("Final", PermitStatus.FINALED, EnumSet.of(PermitStatus.ISSUED), false, false),
    VOID("Void", PermitStatus.VOID, EnumSet.of(PermitStatus.APPLIED, PermitStatus.IN_REVIEW, PermitStatus.APPROVED,
            PermitStatus.ISSUED, PermitStatus.EXPIRED), true, true),
    REINSTATE("Reinstate", null, EnumSet.of(PermitStatus.VOID, PermitStatus.EXPIRED), true, true);

    private final String label;
    private final PermitStatus to;
    private final Set<PermitStatus> from;
    private final boolean supervisorOnly;
    private final boolean needsReason;

    PermitAction(String label, PermitStatus to, Set<PermitStatus> from, boolean supervisorOnly, boolean needsReason) {
        this.label = label;
        this.to = to;
        this.from = from;
        this.supervisorOnly = supervisorOnly;
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

    public boolean supervisorOnly() {
        return supervisorOnly;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
