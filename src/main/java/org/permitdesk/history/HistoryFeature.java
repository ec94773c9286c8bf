package org.permitdesk.history;

import org.permitdesk.platform.AppContext;

/**
 * A permit's change history: the audited changes of the permit and of every record kept with it (fees, payments,
 * plan reviews, conditions, inspections, attachments), in one list. A feature of its own because it reads the
 * records of the permit and inspection features, which both depend on permit (decision record 13).
 */
public final class HistoryFeature {

    private final PermitChangeLog changeLog;

    public HistoryFeature(AppContext context) {
        changeLog = new PermitChangeLog(context.database());
    }

    /** A permit's audit trail, newest first. */
    public PermitChangeLog changeLog() {
        return changeLog;
    }
}
