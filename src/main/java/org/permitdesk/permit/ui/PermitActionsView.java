package org.permitdesk.permit.ui;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.permitdesk.permit.PermitAction;
import org.permitdesk.platform.ui.Dialogs;
import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.Texts;

/**
 * The "next steps" strip on the permit screen: a button per action and, under it, why a blocked one is blocked;
 * "Final anyway…" for a supervisor when only required inspections are missing. A final is confirmed first.
 */
public final class PermitActionsView {

    @FXML private FlowPane actionButtons;
    @FXML private VBox blockersBox;
    @FXML private Label actionMessage;

    private final PermitActionsViewModel viewModel;

    public PermitActionsView(PermitActionsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.actions().addListener((ListChangeListener<PermitActionsViewModel.ActionRow>) change -> render());
        actionMessage.textProperty().bind(viewModel.messageProperty());
        actionMessage.managedProperty().bind(actionMessage.textProperty().isNotEmpty());
        actionMessage.visibleProperty().bind(actionMessage.managedProperty());
        ErrorStyle.bind(actionMessage, viewModel.messageIsErrorProperty());
        actionButtons.disableProperty().bind(viewModel.busyProperty());
        viewModel.setConfirmation(question -> Dialogs.confirm(actionButtons.getScene().getWindow(), Texts.get("actions.final.title"),
                question));
    }

    private void render() {
        actionButtons.getChildren().clear();
        blockersBox.getChildren().clear();
        for (PermitActionsViewModel.ActionRow row : viewModel.actions()) {
            Button button = new Button(row.action().label());
            button.setId("action-" + row.action().name().toLowerCase());
            button.setDisable(row.blocked());
            button.setOnAction(event -> perform(row.action()));
            actionButtons.getChildren().add(button);
            if (row.overridable()) {
                Button anyway = new Button(row.action().label() + " anyway\u2026");
                anyway.setId("action-" + row.action().name().toLowerCase() + "-anyway");
                anyway.setOnAction(event -> askWhyFinalAnyway(row).ifPresent(viewModel::finalAnyway));
                actionButtons.getChildren().add(anyway);
            }
            if (row.blocked()) {
                Label why = new Label(Texts.get("actions.whyNot", row.action().label().toLowerCase(),
                        String.join(" ", row.blockers())));
                why.setId("blockers-" + row.action().name().toLowerCase());
                why.setWrapText(true);
                why.getStyleClass().add("blockers");
                blockersBox.getChildren().add(why);
            }
        }
    }

    private void perform(PermitAction action) {
        if (!action.needsReason()) {
            viewModel.perform(action, null);
            return;
        }
        askForReason(action).ifPresent(reason -> viewModel.perform(action, reason));
    }

    private Optional<String> askForReason(PermitAction action) {
        return askForReason(Texts.get("actions.reason.title", action.label()), Texts.get("actions.reason.header"));
    }

    /** The supervisor's override: the confirmation names what is missing and asks the reason. */
    private Optional<String> askWhyFinalAnyway(PermitActionsViewModel.ActionRow row) {
        return askForReason(Texts.get("actions.finalAnyway.title"),
                Texts.get("actions.finalAnyway.header", viewModel.finalQuestion(), String.join(" ", row.blockers())));
    }

    private Optional<String> askForReason(String title, String header) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(actionButtons.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getEditor().setPrefColumnCount(40);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(reason -> !reason.isEmpty());
    }
}
