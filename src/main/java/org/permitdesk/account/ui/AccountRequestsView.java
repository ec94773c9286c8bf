package org.permitdesk.account.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.permitdesk.account.RequestSummary;
import org.permitdesk.account.request.AccountType;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.Texts;

/** The requests inbox screen: list, original message, account form, duplicate check and decisions. */
public final class AccountRequestsView {

    private static final KeyCombination CREATE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    @FXML private Button pasteButton;
    @FXML private Button openFilesButton;
    @FXML private Button mailboxButton;
    @FXML private CheckBox showHandledCheck;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private ListView<RequestSummary> requestList;
    @FXML private TextArea originalText;
    @FXML private VBox formBox;
    @FXML private ComboBox<AccountType> typeChoice;
    @FXML private GridPane fieldGrid;
    @FXML private Label licenceLabel;
    @FXML private VBox duplicateBox;
    @FXML private Button createButton;
    @FXML private Button linkButton;
    @FXML private Button askButton;
    @FXML private Button rejectButton;
    @FXML private Button notRequestButton;
    @FXML private Button reopenButton;

    private final AccountRequestsViewModel viewModel;

    public AccountRequestsView(AccountRequestsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindToolbar();
        bindList();
        originalText.textProperty().bind(viewModel.originalTextProperty());
        bindForm();
        bindDecisions();
        viewModel.duplicatesProperty().addListener((obs, old, now) -> DuplicateCards.show(duplicateBox, now,
                viewModel.form().details()));
        viewModel.refresh();
    }

    private void bindToolbar() {
        pasteButton.setOnAction(event -> askForPastedText().ifPresent(viewModel::addPasted));
        openFilesButton.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("requests.open.title"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.get("requests.open.emails"), "*.eml", "*.msg.txt", "*.txt"),
                    new FileChooser.ExtensionFilter(Texts.get("files.all"), "*.*"));
            List<File> files = chooser.showOpenMultipleDialog(openFilesButton.getScene().getWindow());
            if (files != null) {
                viewModel.addFiles(files.stream().map(File::toPath).toList());
            }
        });
        mailboxButton.setOnAction(event -> viewModel.checkMailbox());
        mailboxButton.setVisible(viewModel.hasMailbox());
        mailboxButton.setManaged(viewModel.hasMailbox());
        showHandledCheck.selectedProperty().bindBidirectional(viewModel.showHandledProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        ErrorStyle.bind(messageLabel, viewModel.messageIsErrorProperty());
    }

    private void bindList() {
        requestList.setItems(viewModel.requests());
        requestList.setCellFactory(list -> new RequestCell());
        requestList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        requestList.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        requestList.setOnDragDropped(event -> {
            List<Path> files = event.getDragboard().hasFiles()
                    ? event.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            viewModel.addFiles(files);
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }

    private void bindForm() {
        typeChoice.getItems().setAll(AccountType.values());
        typeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(AccountType type) {
                return type == null ? "" : type.displayName();
            }

            @Override
            public AccountType fromString(String text) {
                return null;
            }
        });
        typeChoice.valueProperty().bindBidirectional(viewModel.form().typeProperty());
        new AccountFormFields(viewModel.form(), fieldGrid);
        formBox.disableProperty().bind(viewModel.detailProperty().isNull());
        licenceLabel.textProperty().bind(viewModel.licenceNoticeProperty());
        licenceLabel.managedProperty().bind(licenceLabel.textProperty().isNotEmpty());
        licenceLabel.visibleProperty().bind(licenceLabel.managedProperty());
        viewModel.licenceStandingProperty().addListener((obs, old, standing) -> licenceLabel.getStyleClass()
                .setAll("label", "licence-" + standing.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void bindDecisions() {
        createButton.disableProperty().bind(viewModel.canCreateProperty().not());
        createButton.setOnAction(event -> viewModel.createAccount());
        linkButton.disableProperty().bind(viewModel.canDecideProperty().not());
        linkButton.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.duplicatesProperty().get().blocksCreating(), viewModel.duplicatesProperty()));
        linkButton.managedProperty().bind(linkButton.visibleProperty());
        linkButton.setOnAction(event -> viewModel.linkToExisting());
        askButton.disableProperty().bind(viewModel.canDecideProperty().not());
        askButton.setOnAction(event -> viewModel.askForMissingInfo());
        rejectButton.disableProperty().bind(viewModel.canDecideProperty().not());
        rejectButton.setOnAction(event -> askForReason().ifPresent(viewModel::reject));
        notRequestButton.disableProperty().bind(viewModel.canDecideProperty().not());
        notRequestButton.setOnAction(event -> viewModel.markNotAnAccountRequest());
        reopenButton.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.detailProperty().get() != null && !viewModel.detailProperty().get().summary().status().isOpen(),
                viewModel.detailProperty()));
        reopenButton.managedProperty().bind(reopenButton.visibleProperty());
        reopenButton.setOnAction(event -> viewModel.reopen());
        formBox.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (CREATE.match(event)) {
                viewModel.createAccount();
                event.consume();
            }
        });
    }

    private Optional<String> askForPastedText() {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(pasteButton.getScene().getWindow());
        dialog.setTitle(Texts.get("requests.paste.title"));
        dialog.setHeaderText(Texts.get("requests.paste.header"));
        TextArea text = new TextArea();
        text.setId("pasteArea");
        text.setPrefSize(620, 360);
        text.setWrapText(true);
        dialog.getDialogPane().setContent(text);
        ButtonType add = new ButtonType(Texts.get("requests.paste.add"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(text.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == add ? text.getText() : null);
        javafx.application.Platform.runLater(text::requestFocus);
        return dialog.showAndWait();
    }

    private Optional<String> askForReason() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(rejectButton.getScene().getWindow());
        dialog.setTitle(Texts.get("requests.reject.title"));
        dialog.setHeaderText(Texts.get("requests.reject.header"));
        dialog.getEditor().setId("rejectReason");
        dialog.getEditor().setPrefColumnCount(40);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::strip).filter(reason -> !reason.isEmpty());
    }

    /** Two lines per request: who and what, then when, how and where it stands. */
    private static final class RequestCell extends ListCell<RequestSummary> {
        @Override
        protected void updateItem(RequestSummary request, boolean empty) {
            super.updateItem(request, empty);
            if (empty || request == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(request.title());
            title.getStyleClass().add("request-cell-title");
            String problems = request.status().isOpen() && request.problemCount() > 0
                    ? " \u00b7 " + request.problemCount() + (request.problemCount() == 1 ? " problem" : " problems") : "";
            Label detail = new Label(Formats.dateTime(request.receivedAt()) + " \u00b7 " + request.source().label()
                    + " \u00b7 " + request.status().label() + problems);
            detail.getStyleClass().add("request-cell-detail");
            setGraphic(new VBox(1, title, detail));
            setText(null);
        }
    }
}
