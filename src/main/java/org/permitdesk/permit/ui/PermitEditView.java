package org.permitdesk.permit.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.Permitted;

/** The "Edit details" part of the permit screen. */
public final class PermitEditView {

    @FXML private TextField valuationField;
    @FXML private TextField descriptionField;
    @FXML private TextArea notesArea;
    @FXML private Button saveDetailsButton;
    @FXML private Button reloadButton;
    @FXML private Label editMessage;

    private final PermitEditViewModel viewModel;

    public PermitEditView(PermitEditViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        valuationField.textProperty().bindBidirectional(viewModel.valuationProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        saveDetailsButton.disableProperty().bind(viewModel.busyProperty());
        saveDetailsButton.setOnAction(event -> viewModel.save());
        reloadButton.setOnAction(event -> viewModel.reload());
        Permitted.showOnlyIf(viewModel.mayEdit(), saveDetailsButton, reloadButton);
        valuationField.setEditable(viewModel.mayEdit());
        descriptionField.setEditable(viewModel.mayEdit());
        notesArea.setEditable(viewModel.mayEdit());
        editMessage.textProperty().bind(viewModel.messageProperty());
        ErrorStyle.bind(editMessage, viewModel.messageIsErrorProperty());
    }
}
