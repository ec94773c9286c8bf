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

/** The "next steps" strip on the permit screen: a button per action and, under it, why a blocked one is blocked. */
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
        viewModel.messageIsErrorProperty().addListener((obs, old, error) -> actionMessage.getStyleClass()
                .setAll("label", error ? "error-message" : "info-message"));
        actionButtons.disableProperty().bind(viewModel.busyProperty());
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
            if (row.blocked()) {
                Label why = new Label("Why can't I " + row.action().label().toLowerCase() + " this? "
                        + String.join(" ", row.blockers()));
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
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(actionButtons.getScene().getWindow());
        dialog.setTitle(action.label() + " permit");
        dialog.setHeaderText("Why? The reason is kept in the permit's history.");
        dialog.getEditor().setPrefColumnCount(40);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(reason -> !reason.isEmpty());
    }
}
