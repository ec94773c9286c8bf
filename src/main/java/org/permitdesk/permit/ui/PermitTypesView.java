package org.permitdesk.permit.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.permitdesk.permit.PermitTypeAdminService.TypeRow;

/** The permit types screen (administrators). */
public final class PermitTypesView {

    @FXML private ListView<TypeRow> typeList;
    @FXML private VBox typeForm;
    @FXML private TextField typeNameField;
    @FXML private TextField typePrefixField;
    @FXML private TextField typeTemplateField;
    @FXML private TextField typeExpiryField;
    @FXML private CheckBox typeActiveCheck;
    @FXML private Label typeExample;
    @FXML private Label typeProblems;
    @FXML private Button saveTypeButton;
    @FXML private ListView<String> subtypeList;
    @FXML private TextField newSubtypeField;
    @FXML private Button addSubtypeButton;
    @FXML private Label typesMessage;

    private final PermitTypesViewModel viewModel;

    public PermitTypesView(PermitTypesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        typeList.setItems(viewModel.types());
        typeList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TypeRow type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : type.name() + "  (" + type.prefix() + ")"
                        + (type.active() ? "" : " \u2014 not offered"));
            }
        });
        typeList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        typeForm.disableProperty().bind(viewModel.selectedProperty().isNull());
        typeNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        typePrefixField.textProperty().bindBidirectional(viewModel.prefixProperty());
        typeTemplateField.textProperty().bindBidirectional(viewModel.templateProperty());
        typeExpiryField.textProperty().bindBidirectional(viewModel.expiryDaysProperty());
        typeActiveCheck.selectedProperty().bindBidirectional(viewModel.activeProperty());
        typeExample.textProperty().bind(viewModel.exampleProperty());
        typeProblems.textProperty().bind(viewModel.problemsProperty());
        saveTypeButton.disableProperty().bind(viewModel.problemsProperty().isNotEmpty());
        saveTypeButton.setOnAction(event -> viewModel.save());
        subtypeList.setItems(viewModel.subtypes());
        newSubtypeField.textProperty().bindBidirectional(viewModel.newSubtypeProperty());
        newSubtypeField.setOnAction(event -> viewModel.addSubtype());
        addSubtypeButton.setOnAction(event -> viewModel.addSubtype());
        typesMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }
}
