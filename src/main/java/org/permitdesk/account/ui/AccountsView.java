package org.permitdesk.account.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.permitdesk.account.AccountSummary;
import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.Texts;

/** The accounts screen: search as you type, the list, and the selected account's form. */
public final class AccountsView {

    @FXML private TextField queryField;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private TableView<AccountSummary> accountTable;
    @FXML private TableColumn<AccountSummary, String> usernameColumn;
    @FXML private TableColumn<AccountSummary, String> nameColumn;
    @FXML private TableColumn<AccountSummary, String> typeColumn;
    @FXML private TableColumn<AccountSummary, String> emailColumn;
    @FXML private TableColumn<AccountSummary, String> phoneColumn;
    @FXML private TableColumn<AccountSummary, String> stateColumn;
    @FXML private VBox formBox;
    @FXML private GridPane fieldGrid;
    @FXML private Label hintLabel;
    @FXML private Label licenceLabel;
    @FXML private Button saveButton;
    @FXML private Button disableButton;
    @FXML private Button newPasswordButton;

    private final AccountsViewModel viewModel;
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(200));

    public AccountsView(AccountsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(viewModel.queryProperty());
        typingPause.setOnFinished(event -> viewModel.search());
        queryField.textProperty().addListener((obs, old, now) -> typingPause.playFromStart());
        queryField.setOnAction(event -> viewModel.search());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        ErrorStyle.bind(messageLabel, viewModel.messageIsErrorProperty());
        accountTable.setItems(viewModel.results());
        usernameColumn.setCellValueFactory(cell -> text(cell.getValue().username()));
        nameColumn.setCellValueFactory(cell -> text(cell.getValue().displayName()));
        typeColumn.setCellValueFactory(cell -> text(cell.getValue().type().displayName()));
        emailColumn.setCellValueFactory(cell -> text(cell.getValue().details().email()));
        phoneColumn.setCellValueFactory(cell -> text(cell.getValue().details().phone()));
        stateColumn.setCellValueFactory(cell -> text(Texts.get(cell.getValue().disabled() ? "accounts.state.disabled"
                : cell.getValue().mustChangePassword() ? "accounts.state.temporaryPassword" : "accounts.state.active")));
        accountTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (viewModel.selectedProperty().get() == null
                    || viewModel.selectedProperty().get().id() != now.id())) {
                viewModel.select(now);
            }
        });
        viewModel.results().addListener((javafx.collections.ListChangeListener<AccountSummary>) change -> {
            if (viewModel.results().size() == 1) {
                accountTable.getSelectionModel().select(0);
            }
        });
        new AccountFormFields(viewModel.form(), fieldGrid);
        hintLabel.visibleProperty().bind(viewModel.selectedProperty().isNull());
        hintLabel.managedProperty().bind(hintLabel.visibleProperty());
        formBox.disableProperty().bind(viewModel.canEditProperty().not());
        viewModel.licenceProperty().addListener((obs, old, result) -> {
            licenceLabel.setText(result.text());
            licenceLabel.getStyleClass().setAll("label", "licence-" + result.standing().name().toLowerCase(java.util.Locale.ROOT));
        });
        licenceLabel.managedProperty().bind(licenceLabel.textProperty().isNotEmpty());
        licenceLabel.visibleProperty().bind(licenceLabel.managedProperty());
        saveButton.setOnAction(event -> viewModel.save());
        disableButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.selectedProperty().get() != null && viewModel.selectedProperty().get().disabled()
                        ? Texts.get("accounts.enable") : Texts.get("accounts.disable"), viewModel.selectedProperty()));
        disableButton.setOnAction(event -> viewModel.toggleDisabled());
        newPasswordButton.setOnAction(event -> viewModel.issueNewTemporaryPassword());
        viewModel.search();
    }

    public void focusSearch() {
        queryField.requestFocus();
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
