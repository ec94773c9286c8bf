package org.permitdesk.permit.ui;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.review.ConditionKind;
import org.permitdesk.permit.review.ConditionRow;
import org.permitdesk.permit.review.PlanReviewRow;
import org.permitdesk.permit.review.PlanReviewService;
import org.permitdesk.permit.review.PlanReviewStatus;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/** A permit's plan review cycles and conditions (holds, notices): listing, starting, recording, releasing. */
public final class PermitReviewsViewModel {

    private final ScreenWork work;
    private final PlanReviewService service;
    private final SignedInUser user;
    private final Runnable onChanged;
    private final ObservableList<PlanReviewRow> reviews = FXCollections.observableArrayList();
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList();
    private long permitId;

    public PermitReviewsViewModel(TaskRunner tasks, PlanReviewService service, SignedInUser user, Runnable onChanged) {
        this.work = new ScreenWork(tasks);
        this.service = service;
        this.user = user;
        this.onChanged = onChanged;
    }

    private record Loaded(List<PlanReviewRow> reviews, List<ConditionRow> conditions) {
    }

    public void load(long id) {
        this.permitId = id;
        work.runQuietly(() -> new Loaded(service.planReviews(id), service.conditions(id)), loaded -> {
            reviews.setAll(loaded.reviews());
            conditions.setAll(loaded.conditions());
        });
    }

    /** Whether the signed-in person may start reviews, record outcomes and add or release holds (the permission table). */
    public boolean mayChange() {
        return user.may(Permission.MANAGE_REVIEWS_AND_HOLDS);
    }

    public void startCycle(String reviewer) {
        change(() -> service.startCycle(permitId, reviewer, user), Texts.get("reviews.started"));
    }

    public void finishCycle(PlanReviewRow review, PlanReviewStatus outcome, String comments) {
        change(() -> service.finishCycle(review.id(), outcome, comments, user), Texts.get("reviews.recorded"));
    }

    public void addCondition(ConditionKind kind, String text) {
        change(() -> service.addCondition(permitId, kind, text, user), Texts.get("reviews.condition.added", kind.label()));
    }

    public void release(ConditionRow condition) {
        change(() -> service.releaseCondition(condition.id(), user), Texts.get("reviews.condition.released", condition.kind().label()));
    }

    private void change(Callable<?> change, String done) {
        work.runQuietly(change, result -> {
            work.say(done);
            load(permitId);
            onChanged.run();
        });
    }

    /** The pending cycle, if any (its outcome is what the clerk records next). */
    public PlanReviewRow pendingCycle() {
        return reviews.stream().filter(r -> r.status() == PlanReviewStatus.PENDING).findFirst().orElse(null);
    }

    public ObservableList<PlanReviewRow> reviews() {
        return reviews;
    }

    public ObservableList<ConditionRow> conditions() {
        return conditions;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }
}
