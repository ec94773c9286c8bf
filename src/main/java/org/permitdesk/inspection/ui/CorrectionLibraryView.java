package org.permitdesk.inspection.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.permitdesk.inspection.CorrectionLibraryService.LibraryItem;
import org.permitdesk.platform.ui.Texts;

/** The correction-item library (a tab of the inspection settings). */
public final class CorrectionLibraryView {

    @FXML private TextField librarySearchField;
    @FXML private TableView<LibraryItem> libraryTable;
    @FXML private TableColumn<LibraryItem, String> libraryCodeColumn;
    @FXML private TableColumn<LibraryItem, String> libraryUsedColumn;
    @FXML private TableColumn<LibraryItem, String> libraryTextColumn;
    @FXML private TextField libraryCodeField;
    @FXML private TextArea libraryTextArea;
    @FXML private Label libraryProblems;
    @FXML private Button librarySaveButton;
    @FXML private Button libraryAddButton;
    @FXML private Button libraryNewButton;
    @FXML private Button libraryTakeOutButton;
    @FXML private Button libraryRestoreButton;
    @FXML private Label libraryMessage;

    private final CorrectionLibraryViewModel viewModel;

    public CorrectionLibraryView(CorrectionLibraryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        librarySearchField.textProperty().bindBidirectional(viewModel.searchProperty());
        libraryTable.setItems(viewModel.items());
        libraryCodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().codeRef()));
        libraryUsedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(used(c.getValue())));
        libraryTextColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        libraryTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(LibraryItem item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(item != null && !item.active() ? "-fx-opacity: 0.6;" : "");
            }
        });
        libraryTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.selectedProperty().get()) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && libraryTable.getSelectionModel().getSelectedItem() != now) {
                libraryTable.getSelectionModel().select(now);
            }
        });
        libraryCodeField.textProperty().bindBidirectional(viewModel.codeRefProperty());
        libraryTextArea.textProperty().bindBidirectional(viewModel.textProperty());
        libraryProblems.textProperty().bind(viewModel.problemsProperty());
        var selected = viewModel.selectedProperty();
        var problems = viewModel.problemsProperty().isNotEmpty();
        librarySaveButton.disableProperty().bind(selected.isNull().or(problems));
        libraryAddButton.disableProperty().bind(problems.or(viewModel.textProperty().isEmpty()));
        libraryTakeOutButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().active(), selected));
        libraryRestoreButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().active(), selected));
        librarySaveButton.setOnAction(event -> viewModel.saveChanges());
        libraryAddButton.setOnAction(event -> viewModel.add());
        libraryNewButton.setOnAction(event -> {
            libraryTable.getSelectionModel().clearSelection();
            viewModel.clear();
            libraryCodeField.requestFocus();
        });
        libraryTakeOutButton.setOnAction(event -> viewModel.takeOut());
        libraryRestoreButton.setOnAction(event -> viewModel.restore());
        libraryMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    private static String used(LibraryItem item) {
        String used = item.timesUsed() == 0 ? Texts.get("library.notUsed") : Texts.get("library.used", item.timesUsed());
        return item.active() ? used : Texts.get("library.retired", used);
    }
}
