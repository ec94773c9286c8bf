package org.permitdesk.account.ui;

import java.io.File;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.Texts;

/** The CSLB licence master file screen (administrators). */
public final class LicenceFileView {

    @FXML private Label storedLabel;
    @FXML private Button importButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;
    @FXML private ListView<String> rejectedList;
    @FXML private TextField licenceField;
    @FXML private Button checkButton;
    @FXML private Label licenceLabel;

    private final LicenceFileViewModel viewModel;

    public LicenceFileView(LicenceFileViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        storedLabel.textProperty().bind(viewModel.storedProperty());
        importButton.disableProperty().bind(viewModel.busyProperty());
        importButton.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("licences.open.title"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.get("licences.open.file"), "*.csv", "*.txt"),
                    new FileChooser.ExtensionFilter(Texts.get("files.all"), "*.*"));
            File file = chooser.showOpenDialog(importButton.getScene().getWindow());
            if (file != null) {
                viewModel.importFile(file.toPath());
            }
        });
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        ErrorStyle.bind(messageLabel, viewModel.messageIsErrorProperty());
        rejectedList.setItems(viewModel.rejected());
        licenceField.textProperty().bindBidirectional(viewModel.licenceNumberProperty());
        licenceField.setOnAction(event -> viewModel.checkLicence());
        checkButton.setOnAction(event -> viewModel.checkLicence());
        viewModel.licenceProperty().addListener((obs, old, result) -> {
            licenceLabel.setText(result.text());
            licenceLabel.getStyleClass().setAll("label", "licence-" + result.standing().name().toLowerCase(Locale.ROOT));
        });
        viewModel.refresh();
    }
}
