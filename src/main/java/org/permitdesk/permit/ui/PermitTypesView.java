package org.permitdesk.permit.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import org.permitdesk.permit.fee.FeeKind;
import org.permitdesk.permit.fee.FeeScheduleAdminService;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.permitdesk.permit.PermitTypeAdminService.TypeRow;
import org.permitdesk.platform.ui.Texts;

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
    @FXML private TableView<FeeScheduleAdminService.ItemRow> feeTable;
    @FXML private TableColumn<FeeScheduleAdminService.ItemRow, String> feeDescriptionColumn;
    @FXML private TableColumn<FeeScheduleAdminService.ItemRow, String> feeRuleColumn;
    @FXML private Button addFeeButton;
    @FXML private Button changeFeeButton;
    @FXML private Button retireFeeButton;

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
                        + (type.active() ? "" : Texts.get("types.notOffered")));
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
        bindFees();
        viewModel.load();
    }

    private void bindFees() {
        feeTable.setItems(viewModel.fees());
        feeDescriptionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        feeRuleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        var chosen = feeTable.getSelectionModel().selectedItemProperty();
        changeFeeButton.disableProperty().bind(chosen.isNull());
        retireFeeButton.disableProperty().bind(chosen.isNull());
        addFeeButton.setOnAction(event -> {
            TextField description = new TextField();
            TextField amount = new TextField();
            TextField unit = new TextField();
            unit.setPromptText(Texts.get("types.fee.unitPrompt"));
            if (ask(Texts.get("types.fee.add"), Texts.get("fees.field.description"), description,
                    Texts.get("fees.field.amount"), amount, Texts.get("types.fee.unit"), unit)) {
                viewModel.addFee(description.getText(), amount.getText(), unit.getText());
            }
        });
        changeFeeButton.setOnAction(event -> {
            FeeScheduleAdminService.ItemRow item = chosen.get();
            TextField description = new TextField(item.description());
            TextField amount = new TextField(item.amount().toPlainString());
            TextField rate = new TextField(item.rate() == null ? "" : item.rate().toPlainString());
            rate.setDisable(item.kind() != FeeKind.VALUATION_BAND);
            if (ask(Texts.get("types.fee.change"), Texts.get("fees.field.description"), description,
                    Texts.get("fees.field.amount"), amount, Texts.get("types.fee.rate"), rate)) {
                viewModel.changeFee(item, description.getText(), amount.getText(), rate.getText());
            }
        });
        retireFeeButton.setOnAction(event -> viewModel.retireFee(chosen.get()));
    }

    private boolean ask(String title, Object... captionsAndFields) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(feeTable.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(Texts.get("types.fee.header", title));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < captionsAndFields.length; i += 2) {
            grid.addRow(i / 2, new Label((String) captionsAndFields[i]), (javafx.scene.Node) captionsAndFields[i + 1]);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
