package org.permitdesk.inspection.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Office location and request cut-off (a tab of the inspection settings). */
public final class OfficeSettingsView {

    @FXML private GridPane officeForm;
    @FXML private TextField latitudeField;
    @FXML private TextField longitudeField;
    @FXML private TextField cutoffField;
    @FXML private Label officeProblems;
    @FXML private Button saveOfficeButton;
    @FXML private Label officeMessage;

    private final OfficeSettingsViewModel viewModel;

    public OfficeSettingsView(OfficeSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        officeForm.disableProperty().bind(viewModel.loadedProperty().not());
        latitudeField.textProperty().bindBidirectional(viewModel.latitudeProperty());
        longitudeField.textProperty().bindBidirectional(viewModel.longitudeProperty());
        cutoffField.textProperty().bindBidirectional(viewModel.cutoffProperty());
        officeProblems.textProperty().bind(viewModel.problemsProperty());
        saveOfficeButton.disableProperty().bind(viewModel.problemsProperty().isNotEmpty()
                .or(viewModel.loadedProperty().not()));
        saveOfficeButton.setOnAction(event -> viewModel.save());
        cutoffField.setOnAction(event -> viewModel.save());
        officeMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }
}
