package org.permitdesk.staff.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.permitdesk.platform.ui.ErrorStyle;

/** The sign-in window: bindings to {@link SignInViewModel} only. */
public final class SignInView {

    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Button signInButton;
    @FXML private Label messageLabel;
    @FXML private Label demoHintLabel;
    @FXML private Label databaseLabel;
    @FXML private ProgressIndicator busyIndicator;

    private final SignInViewModel viewModel;

    public SignInView(SignInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        // People may type while the database opens; signing in then waits for it.
        signInButton.disableProperty().bind(viewModel.readyProperty().and(viewModel.busyProperty()));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        ErrorStyle.bind(messageLabel, viewModel.messageIsErrorProperty());
        demoHintLabel.textProperty().bind(viewModel.demoHintProperty());
        demoHintLabel.visibleProperty().bind(viewModel.demoHintProperty().isNotEmpty());
        demoHintLabel.managedProperty().bind(demoHintLabel.visibleProperty());
        databaseLabel.textProperty().bind(viewModel.databaseLabelProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        signInButton.setOnAction(event -> viewModel.signIn());
        usernameField.setOnAction(event -> passwordField.requestFocus());
        passwordField.setOnAction(event -> viewModel.signIn());
        // After a refused sign-in, the password is selected so that typing replaces it.
        viewModel.busyProperty().addListener((obs, wasBusy, isBusy) -> {
            if (!isBusy && viewModel.messageIsErrorProperty().get()) {
                passwordField.requestFocus();
                passwordField.selectAll();
            }
        });
        usernameField.requestFocus();
    }
}
