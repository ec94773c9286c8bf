package org.permitdesk.desktop;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import org.permitdesk.app.PermitDesk;
import org.permitdesk.inspection.ui.PermitInspectionsView;
import org.permitdesk.inspection.ui.PermitInspectionsViewModel;
import org.permitdesk.permit.ui.PermitActionsView;
import org.permitdesk.permit.ui.PermitAttachmentsView;
import org.permitdesk.permit.ui.PermitAttachmentsViewModel;
import org.permitdesk.permit.ui.PermitActionsViewModel;
import org.permitdesk.history.ui.PermitChangesView;
import org.permitdesk.history.ui.PermitChangesViewModel;
import org.permitdesk.permit.ui.PermitDetailView;
import org.permitdesk.permit.ui.PermitDetailViewModel;
import org.permitdesk.permit.ui.PermitEditView;
import org.permitdesk.permit.ui.PermitEditViewModel;
import org.permitdesk.permit.ui.PermitFeesView;
import org.permitdesk.permit.ui.PermitFeesViewModel;
import org.permitdesk.permit.ui.PermitReviewsView;
import org.permitdesk.permit.ui.PermitReviewsViewModel;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.DesktopFiles;
import org.permitdesk.platform.ui.ViewLoader;
import org.permitdesk.staff.SignedInUser;
import org.permitdesk.ui.MainWindowView;

/**
 * Composes one permit's tab: the permit itself, its next steps, plan reviews and conditions, the edit form,
 * inspections, fees and payments, attachments and the audit trail. A change in one part reloads the parts it affects.
 * Part of the desktop's composition: it joins two features' screens (permit and inspection) in one tab.
 */
final class PermitTab {

    private final PermitDetailViewModel detail;
    private final PermitChangesViewModel changes;
    private final PermitActionsViewModel actions;
    private final PermitReviewsViewModel reviews;
    private final PermitEditViewModel edit;
    private final PermitFeesViewModel fees;
    private final PermitAttachmentsViewModel attachments;
    private final PermitInspectionsViewModel inspections;
    private final long permitId;

    private PermitTab(PermitDesk desk, TaskRunner tasks, SignedInUser user, long permitId) {
        this.permitId = permitId;
        var permits = desk.permits();
        detail = new PermitDetailViewModel(tasks, permits.search());
        changes = new PermitChangesViewModel(tasks, desk.history().changeLog());
        actions = new PermitActionsViewModel(tasks, permits.lifecycle(), user, this::statusChanged);
        reviews = new PermitReviewsViewModel(tasks, permits.reviews(), user, () -> actions.load(permitId));
        edit = new PermitEditViewModel(tasks, permits.search(), permits.edits(), user, this::detailsSaved);
        detail.onLoaded(edit::fill); // the edit form fills from the detail load: the permit is read once
        fees = new PermitFeesViewModel(tasks, permits.fees(), permits.receipts(), user, this::feesChanged);
        Path openFolder = Path.of(System.getProperty("java.io.tmpdir"), "permitdesk-attachments");
        inspections = new PermitInspectionsViewModel(tasks, desk.inspections().requests(), user,
                attachment -> permits.attachments().writeOut(attachment, openFolder.resolve(String.valueOf(attachment))),
                DesktopFiles::open);
        attachments = new PermitAttachmentsViewModel(tasks, permits.attachments(), user, openFolder);
    }

    /** Opens the permit in a tab of the main window (or selects its tab when it is open already). */
    static void open(MainWindowView main, ViewLoader views, PermitDesk desk, TaskRunner tasks, SignedInUser user,
                     long permitId) {
        String key = "permit:" + permitId;
        if (main.hasTab(key)) {
            main.openTab(key, null, null);
            return;
        }
        PermitTab tab = new PermitTab(desk, tasks, user, permitId);
        PermitDetailView view = new PermitDetailView(tab.detail);
        Parent content = views.load(view);
        view.showActions(views.load(new PermitActionsView(tab.actions)));
        view.showReviews(views.load(new PermitReviewsView(tab.reviews)));
        view.showEdit(views.load(new PermitEditView(tab.edit)));
        view.showInspections(views.load(new PermitInspectionsView(tab.inspections)));
        view.showFees(views.load(new PermitFeesView(tab.fees)));
        view.showAttachments(views.load(new PermitAttachmentsView(tab.attachments)));
        view.showChanges(views.load(new PermitChangesView(tab.changes)));
        main.openTab(key, Bindings.when(tab.detail.titleProperty().isEmpty()).then("Permit")
                .otherwise(tab.detail.titleProperty()), content);
        tab.loadAll();
    }

    private void loadAll() {
        detail.load(permitId);
        actions.load(permitId);
        reviews.load(permitId);
        fees.load(permitId);
        attachments.load(permitId);
        inspections.load(permitId);
        changes.load(permitId);
    }

    private void statusChanged() {
        detail.load(permitId);
        inspections.load(permitId);
        changes.load(permitId);
    }

    private void detailsSaved() {
        detail.load(permitId);
        changes.load(permitId);
        actions.load(permitId);
        fees.load(permitId);
    }

    private void feesChanged() {
        changes.load(permitId);
        actions.load(permitId);
    }
}
