package org.permitdesk.staff.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The "create the first administrator" form shown on a new shared database. */
public final class FirstAdministratorView {

    @FXML private TextField usernameField;
    @FXML private TextField fullNameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatPasswordField;
    @FXML private Label problemsLabel;
    @FXML private Label failureLabel;
    @FXML private Button createButton;

    private final FirstAdministratorViewModel viewModel;

    public FirstAdministratorView(FirstAdministratorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(viewModel.usernameProperty());
        fullNameField.textProperty().bindBidirectional(viewModel.fullNameProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        repeatPasswordField.textProperty().bindBidirectional(viewModel.repeatPasswordProperty());
        problemsLabel.textProperty().bind(viewModel.problemsProperty());
        problemsLabel.visibleProperty().bind(viewModel.problemsProperty().isNotEmpty());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        failureLabel.textProperty().bind(viewModel.failureProperty());
        failureLabel.visibleProperty().bind(viewModel.failureProperty().isNotEmpty());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
        createButton.disableProperty().bind(viewModel.busyProperty());
        createButton.setOnAction(event -> viewModel.create());
        repeatPasswordField.setOnAction(event -> viewModel.create());
    }
}
