package org.permitdesk.permit.ui;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.permitdesk.permit.review.ConditionKind;
import org.permitdesk.permit.review.ConditionRow;
import org.permitdesk.permit.review.PlanReviewRow;
import org.permitdesk.permit.review.PlanReviewStatus;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.ui.Permitted;
import org.permitdesk.platform.ui.Texts;

/** Plan reviews and conditions on the permit screen; active holds and notices stand out at the top. */
public final class PermitReviewsView {

    @FXML private VBox conditionsBox;
    @FXML private VBox reviewsBox;
    @FXML private Button startCycleButton;
    @FXML private Button outcomeButton;
    @FXML private Button addHoldButton;
    @FXML private Button addNoticeButton;
    @FXML private Label reviewsMessage;

    private final PermitReviewsViewModel viewModel;

    public PermitReviewsView(PermitReviewsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.conditions().addListener((ListChangeListener<ConditionRow>) change -> renderConditions());
        viewModel.reviews().addListener((ListChangeListener<PlanReviewRow>) change -> renderReviews());
        reviewsMessage.textProperty().bind(viewModel.messageProperty());
        renderReviews();
        startCycleButton.setOnAction(event -> ask(Texts.get("reviews.start.title"), Texts.get("reviews.start.header"))
                .ifPresent(viewModel::startCycle));
        outcomeButton.setOnAction(event -> recordOutcome());
        Permitted.showOnlyIf(viewModel.mayChange(), startCycleButton, outcomeButton, addHoldButton, addNoticeButton);
        addHoldButton.setOnAction(event -> ask(Texts.get("reviews.hold.title"), Texts.get("reviews.hold.header"))
                .ifPresent(text -> viewModel.addCondition(ConditionKind.HOLD, text)));
        addNoticeButton.setOnAction(event -> ask(Texts.get("reviews.notice.title"), Texts.get("reviews.notice.header"))
                .ifPresent(text -> viewModel.addCondition(ConditionKind.NOTICE, text)));
    }

    private void renderConditions() {
        conditionsBox.getChildren().clear();
        for (ConditionRow condition : viewModel.conditions()) {
            if (!condition.active()) {
                continue;
            }
            Label text = new Label(condition.kind().label().toUpperCase() + ": " + condition.text() + "  ("
                    + condition.addedBy() + ", " + Formats.dateTime(condition.addedAt()) + ")");
            text.setWrapText(true);
            text.getStyleClass().add(condition.kind() == ConditionKind.HOLD ? "licence-flagged" : "duplicate-likely");
            Button release = new Button(Texts.get("reviews.release"));
            release.setOnAction(event -> viewModel.release(condition));
            Permitted.showOnlyIf(viewModel.mayChange(), release);
            conditionsBox.getChildren().add(new HBox(8, text, release));
        }
    }

    private void renderReviews() {
        reviewsBox.getChildren().clear();
        for (PlanReviewRow review : viewModel.reviews()) {
            Label row = new Label(Texts.get("reviews.cycle", review.cycle(), review.reviewer(),
                    Formats.date(review.startedOn()), review.status().label())
                    + (review.finishedOn() == null ? "" : " " + Formats.date(review.finishedOn()))
                    + (review.comments() == null ? "" : " \u2014 " + review.comments()));
            row.setWrapText(true);
            reviewsBox.getChildren().add(row);
        }
        if (viewModel.reviews().isEmpty()) {
            Label none = new Label(Texts.get("reviews.none"));
            none.getStyleClass().add("muted");
            reviewsBox.getChildren().add(none);
        }
        outcomeButton.setDisable(viewModel.pendingCycle() == null);
        startCycleButton.setDisable(viewModel.pendingCycle() != null);
    }

    private void recordOutcome() {
        PlanReviewRow pending = viewModel.pendingCycle();
        if (pending == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(outcomeButton.getScene().getWindow());
        dialog.setTitle(Texts.get("reviews.outcome.title", pending.cycle()));
        dialog.setHeaderText(Texts.get("reviews.outcome.header", pending.cycle(), pending.reviewer()));
        ChoiceBox<PlanReviewStatus> outcome = new ChoiceBox<>();
        outcome.getItems().setAll(PlanReviewStatus.APPROVED, PlanReviewStatus.CORRECTIONS_REQUIRED);
        outcome.setValue(PlanReviewStatus.APPROVED);
        outcome.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PlanReviewStatus status) {
                return status == null ? "" : status.label();
            }

            @Override
            public PlanReviewStatus fromString(String text) {
                return null;
            }
        });
        TextArea comments = new TextArea();
        comments.setPromptText(Texts.get("reviews.outcome.comments"));
        comments.setPrefRowCount(4);
        dialog.getDialogPane().setContent(new VBox(8, outcome, comments));
        ButtonType record = new ButtonType(Texts.get("reviews.outcome.record"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(record, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) == record) {
            viewModel.finishCycle(pending, outcome.getValue(), comments.getText());
        }
    }

    private Optional<String> ask(String title, String question) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(startCycleButton.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getEditor().setPrefColumnCount(40);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }
}
