package org.permitdesk.permit;

import java.util.ArrayList;
import java.util.List;
import org.permitdesk.permit.attachment.AttachmentService;
import org.permitdesk.permit.blds.BldsExportService;
import org.permitdesk.permit.blds.BldsImportService;
import org.permitdesk.permit.fee.FeeScheduleAdminService;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.FeesDueGuard;
import org.permitdesk.permit.fee.ReceiptService;
import org.permitdesk.permit.review.PlanReviewService;
import org.permitdesk.platform.AppContext;

/**
 * The permit feature's services (intake, search, lifecycle, fees, reviews, attachments, BLDS import and export),
 * built once per application context (decision record 13). The lifecycle's guards from other features (a
 * contractor's licence, required inspections) are handed in, so that permit depends on none of them.
 */
public final class PermitFeature {

    private final PermitSearchService search;
    private final PermitIntakeService intake;
    private final PermitLifecycleService lifecycle;
    private final PermitCatalog catalog;
    private final PermitEditService edits;
    private final PlanReviewService reviews;
    private final FeeService fees;
    private final ReceiptService receipts;
    private final AttachmentService attachments;
    private final PermitTypeAdminService types;
    private final FeeScheduleAdminService feeSchedule;
    private final BldsImportService bldsImport;
    private final BldsExportService bldsExport;

    /** {@code otherGuards}: what other features check before a permit moves on (after fees and plan reviews). */
    public PermitFeature(AppContext context, List<PermitGuard> otherGuards) {
        var database = context.database();
        var clock = context.clock();
        search = new PermitSearchService(database);
        intake = new PermitIntakeService(database, clock);
        reviews = new PlanReviewService(database, clock);
        List<PermitGuard> guards = new ArrayList<>(List.of(new FeesDueGuard(), reviews.guard()));
        guards.addAll(otherGuards);
        lifecycle = new PermitLifecycleService(database, clock, List.copyOf(guards));
        catalog = new PermitCatalog(database);
        edits = new PermitEditService(database);
        fees = new FeeService(database, clock);
        receipts = new ReceiptService(database, context.reports(), context.jurisdiction());
        attachments = new AttachmentService(database, clock);
        types = new PermitTypeAdminService(database);
        feeSchedule = new FeeScheduleAdminService(database);
        bldsImport = new BldsImportService(database, clock);
        bldsExport = new BldsExportService(database);
    }

    public PermitSearchService search() {
        return search;
    }

    /** New permits entered at the counter. */
    public PermitIntakeService intake() {
        return intake;
    }

    /** Issue, hold, final, expire…, with every guard. */
    public PermitLifecycleService lifecycle() {
        return lifecycle;
    }

    /** Permit types and subtypes for the new-permit form. */
    public PermitCatalog catalog() {
        return catalog;
    }

    public PermitEditService edits() {
        return edits;
    }

    /** Plan review cycles and conditions. */
    public PlanReviewService reviews() {
        return reviews;
    }

    /** A permit's fees and payments. */
    public FeeService fees() {
        return fees;
    }

    /** Payment receipts as PDF. */
    public ReceiptService receipts() {
        return receipts;
    }

    /** Files attached to permits. */
    public AttachmentService attachments() {
        return attachments;
    }

    /** The administrators' permit types. */
    public PermitTypeAdminService types() {
        return types;
    }

    /** The administrators' fee schedule. */
    public FeeScheduleAdminService feeSchedule() {
        return feeSchedule;
    }

    /** Imports permits from a BLDS file (plain JDBC: works on a context opened for JDBC only). */
    public BldsImportService bldsImport() {
        return bldsImport;
    }

    /** Exports permits as a BLDS file (plain JDBC: works on a context opened for JDBC only). */
    public BldsExportService bldsExport() {
        return bldsExport;
    }
}
