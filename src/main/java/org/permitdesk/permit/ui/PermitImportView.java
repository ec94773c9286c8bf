package org.permitdesk.permit.ui;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.FileChooser;
import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.Texts;

/** The permit import screen (administrators). */
public final class PermitImportView {

    @FXML private Button chooseFileButton;
    @FXML private CheckBox skipInvalidCheck;
    @FXML private ProgressIndicator importBusy;
    @FXML private Label importMessage;
    @FXML private ListView<String> rejectedRows;

    private final PermitImportViewModel viewModel;

    public PermitImportView(PermitImportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        skipInvalidCheck.selectedProperty().bindBidirectional(viewModel.skipInvalidProperty());
        chooseFileButton.disableProperty().bind(viewModel.busyProperty());
        chooseFileButton.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("import.open.title"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.get("files.csv"), "*.csv"),
                    new FileChooser.ExtensionFilter(Texts.get("files.all"), "*.*"));
            File file = chooser.showOpenDialog(chooseFileButton.getScene().getWindow());
            if (file != null) {
                viewModel.importFile(file.toPath());
            }
        });
        importBusy.visibleProperty().bind(viewModel.busyProperty());
        importMessage.textProperty().bind(viewModel.messageProperty());
        ErrorStyle.bind(importMessage, viewModel.messageIsErrorProperty());
        rejectedRows.setItems(viewModel.rejected());
    }
}
