package org.permitdesk.permit.ui;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import org.permitdesk.platform.ui.DesktopFiles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.permitdesk.permit.fee.FeeLineView;
import org.permitdesk.permit.fee.PaymentMethod;
import org.permitdesk.permit.fee.PaymentView;
import org.permitdesk.permit.fee.SmipCategory;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.Permitted;
import org.permitdesk.platform.ui.Texts;

/** The fees and payments part of the permit screen. */
public final class PermitFeesView {

    @FXML private ChoiceBox<SmipCategory> smipChoice;
    @FXML private HBox unitsBox;
    @FXML private Button assessButton;
    @FXML private TableView<FeeLineView> linesTable;
    @FXML private TableColumn<FeeLineView, String> lineDescriptionColumn;
    @FXML private TableColumn<FeeLineView, String> lineSourceColumn;
    @FXML private TableColumn<FeeLineView, String> lineAmountColumn;
    @FXML private TableColumn<FeeLineView, String> lineReasonColumn;
    @FXML private Label totalsLabel;
    @FXML private Button addFeeButton;
    @FXML private Button paymentButton;
    @FXML private TableView<PaymentView> paymentsTable;
    @FXML private TableColumn<PaymentView, String> paymentReceiptColumn;
    @FXML private TableColumn<PaymentView, String> paymentDateColumn;
    @FXML private TableColumn<PaymentView, String> paymentMethodColumn;
    @FXML private TableColumn<PaymentView, String> paymentAmountColumn;
    @FXML private TableColumn<PaymentView, String> paymentByColumn;
    @FXML private Button receiptButton;
    @FXML private Label feesMessage;

    private final PermitFeesViewModel viewModel;

    public PermitFeesView(PermitFeesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        smipChoice.getItems().setAll(SmipCategory.values());
        smipChoice.setConverter(converter(c -> Texts.get(c == SmipCategory.OTHER ? "smip.other.rate" : "smip.residential.rate")));
        smipChoice.valueProperty().bindBidirectional(viewModel.smipCategoryProperty());
        viewModel.unitNamesProperty().addListener((obs, old, names) -> showUnits(names));
        assessButton.setOnAction(event -> viewModel.assess());
        Permitted.showOnlyIf(viewModel.mayAssessFees(), assessButton, addFeeButton);
        Permitted.showOnlyIf(viewModel.mayTakePayment(), paymentButton);
        linesTable.setItems(viewModel.lines());
        column(lineDescriptionColumn, FeeLineView::description);
        column(lineSourceColumn, line -> line.source().name().charAt(0) + line.source().name().substring(1).toLowerCase()
                .replace('_', ' '));
        column(lineAmountColumn, line -> Formats.money(line.amount()));
        column(lineReasonColumn, line -> Formats.text(line.reason()));
        totalsLabel.textProperty().bind(viewModel.totalsProperty());
        addFeeButton.setOnAction(event -> askForManualFee());
        paymentButton.setOnAction(event -> askForPayment());
        paymentsTable.setItems(viewModel.payments());
        column(paymentReceiptColumn, PaymentView::receiptNumber);
        column(paymentDateColumn, p -> Formats.dateTime(p.receivedAt()));
        column(paymentMethodColumn, p -> p.method().name() + (p.reference() == null ? "" : " " + p.reference()));
        column(paymentAmountColumn, p -> Formats.money(p.amount()));
        column(paymentByColumn, PaymentView::receivedBy);
        receiptButton.disableProperty().bind(paymentsTable.getSelectionModel().selectedItemProperty().isNull());
        receiptButton.setOnAction(event -> saveReceipt(paymentsTable.getSelectionModel().getSelectedItem()));
        feesMessage.textProperty().bind(viewModel.messageProperty());
        ErrorStyle.bind(feesMessage, viewModel.messageIsErrorProperty());
    }

    private void showUnits(List<String> names) {
        unitsBox.getChildren().clear();
        for (String name : names) {
            TextField count = new TextField();
            count.setPrefColumnCount(4);
            count.textProperty().bindBidirectional(viewModel.unitsProperty(name));
            unitsBox.getChildren().add(new HBox(4, new Label(name), count));
        }
    }

    private void askForManualFee() {
        TextField description = new TextField();
        TextField amount = new TextField();
        TextField reason = new TextField();
        amount.setPromptText(Texts.get("fees.manual.amountPrompt"));
        if (dialog(Texts.get("fees.manual.title"), Texts.get("fees.manual.header"), Texts.get("fees.manual.add"),
                Texts.get("fees.field.description"), description, Texts.get("fees.field.amount"), amount,
                Texts.get("fees.field.reason"), reason)) {
            viewModel.addManualFee(description.getText(), amount.getText(), reason.getText());
        }
    }

    private void askForPayment() {
        TextField amount = new TextField(viewModel.balanceDueProperty().get().toPlainString());
        ChoiceBox<PaymentMethod> method = new ChoiceBox<>();
        method.getItems().setAll(PaymentMethod.values());
        method.setValue(PaymentMethod.CASH);
        TextField reference = new TextField();
        reference.setPromptText(Texts.get("fees.payment.referencePrompt"));
        TextField payer = new TextField();
        if (dialog(Texts.get("fees.payment.title"), Texts.get("fees.payment.header", Formats.money(viewModel.balanceDueProperty().get())),
                Texts.get("fees.payment.take"), Texts.get("fees.field.amount"), amount, Texts.get("fees.field.method"), method,
                Texts.get("fees.field.reference"), reference, Texts.get("fees.field.payer"), payer)) {
            viewModel.takePayment(amount.getText(), method.getValue(), reference.getText(), payer.getText());
        }
    }

    private boolean dialog(String title, String header, String ok, Object... captionsAndFields) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(assessButton.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < captionsAndFields.length; i += 2) {
            grid.addRow(i / 2, new Label((String) captionsAndFields[i]), (javafx.scene.Node) captionsAndFields[i + 1]);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType confirm = new ButtonType(ok, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == confirm;
    }

    private void saveReceipt(PaymentView payment) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("fees.receipt.save", payment.receiptNumber()));
        chooser.setInitialFileName(payment.receiptNumber() + ".pdf");
        File file = chooser.showSaveDialog(receiptButton.getScene().getWindow());
        if (file != null) {
            viewModel.saveReceipt(payment, file.toPath(), DesktopFiles::open);
        }
    }


    private static <T> void column(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
