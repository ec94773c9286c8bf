package org.permitdesk.inspection.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.permitdesk.inspection.InspectionTypeAdminService.PermitTypeChoice;
import org.permitdesk.inspection.InspectionTypeAdminService.TypeRow;

/** The inspection types of each permit type (a tab of the inspection settings). */
public final class InspectionTypesView {

    @FXML private ListView<PermitTypeChoice> permitTypeList;
    @FXML private TableView<TypeRow> inspTypeTable;
    @FXML private TableColumn<TypeRow, String> inspTypeCodeColumn;
    @FXML private TableColumn<TypeRow, String> inspTypeNameColumn;
    @FXML private TableColumn<TypeRow, String> inspTypeRequestedColumn;
    @FXML private TableColumn<TypeRow, String> inspTypeNoteColumn;
    @FXML private TextField inspTypeCodeField;
    @FXML private TextField inspTypeNameField;
    @FXML private CheckBox inspTypeRequiredCheck;
    @FXML private Label inspTypeProblems;
    @FXML private Button inspTypeSaveButton;
    @FXML private Button inspTypeAddButton;
    @FXML private Button inspTypeNewButton;
    @FXML private Button inspTypeUpButton;
    @FXML private Button inspTypeDownButton;
    @FXML private Button inspTypeTakeOutButton;
    @FXML private Button inspTypeRestoreButton;
    @FXML private Label inspTypeMessage;

    private final InspectionTypesViewModel viewModel;

    public InspectionTypesView(InspectionTypesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        permitTypeList.setItems(viewModel.permitTypes());
        permitTypeList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PermitTypeChoice type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : type.name() + "  (" + type.prefix() + ")");
            }
        });
        viewModel.permitTypeProperty().addListener((obs, old, now) -> permitTypeList.getSelectionModel().select(now));
        permitTypeList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.permitTypeProperty().set(now);
            }
        });
        bindTable();
        inspTypeCodeField.textProperty().bindBidirectional(viewModel.codeProperty());
        inspTypeNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        inspTypeRequiredCheck.selectedProperty().bindBidirectional(viewModel.requiredProperty());
        inspTypeProblems.textProperty().bind(viewModel.problemsProperty());
        bindButtons();
        inspTypeMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    private void bindTable() {
        inspTypeTable.setItems(viewModel.types());
        inspTypeCodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        inspTypeNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        inspTypeRequestedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().inspections())));
        inspTypeNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(InspectionTypesViewModel.describe(c.getValue())));
        inspTypeTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(TypeRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(row != null && !row.active() ? "-fx-opacity: 0.6;" : "");
            }
        });
        inspTypeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.selectedProperty().get()) {
                viewModel.select(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && inspTypeTable.getSelectionModel().getSelectedItem() != now) {
                inspTypeTable.getSelectionModel().select(now);
            }
        });
        viewModel.types().addListener((javafx.collections.ListChangeListener<TypeRow>) change -> {
            TypeRow now = viewModel.selectedProperty().get();
            if (now != null) {
                inspTypeTable.getSelectionModel().select(now);
            }
        });
    }

    private void bindButtons() {
        var selected = viewModel.selectedProperty();
        var problems = viewModel.problemsProperty().isNotEmpty();
        var active = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().active(), selected);
        var retired = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().active(), selected);
        inspTypeCodeField.disableProperty().bind(selected.isNotNull());
        inspTypeSaveButton.disableProperty().bind(selected.isNull().or(problems));
        inspTypeAddButton.disableProperty().bind(selected.isNotNull().or(problems).or(viewModel.nameProperty().isEmpty()));
        inspTypeUpButton.disableProperty().bind(active.not());
        inspTypeDownButton.disableProperty().bind(active.not());
        inspTypeTakeOutButton.disableProperty().bind(active.not());
        inspTypeRestoreButton.disableProperty().bind(retired.not());
        inspTypeSaveButton.setOnAction(event -> viewModel.save());
        inspTypeAddButton.setOnAction(event -> viewModel.add());
        inspTypeNewButton.setOnAction(event -> {
            inspTypeTable.getSelectionModel().clearSelection();
            viewModel.clear();
            inspTypeCodeField.requestFocus();
        });
        inspTypeUpButton.setOnAction(event -> viewModel.move(-1));
        inspTypeDownButton.setOnAction(event -> viewModel.move(1));
        inspTypeTakeOutButton.setOnAction(event -> viewModel.takeOut());
        inspTypeRestoreButton.setOnAction(event -> viewModel.restore());
    }
}
