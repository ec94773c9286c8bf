package org.permitdesk.permit.ui;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.fee.FeeBasis;
import org.permitdesk.permit.fee.FeeLineView;
import org.permitdesk.permit.fee.FeeService;
import org.permitdesk.permit.fee.FeesAndPayments;
import org.permitdesk.permit.fee.PaymentMethod;
import org.permitdesk.permit.fee.PaymentView;
import org.permitdesk.permit.fee.ReceiptService;
import org.permitdesk.permit.fee.SmipCategory;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.Permission;
import org.permitdesk.staff.SignedInUser;

/**
 * A permit's fees and payments: assess from the schedule (SMIP category and unit counts), add a manual
 * line with its reason, take a payment, save a receipt PDF. Totals and the balance due always shown.
 */
public final class PermitFeesViewModel {

    private final ScreenWork work;
    private final FeeService fees;
    private final ReceiptService receipts;
    private final SignedInUser clerk;
    private final Runnable onChanged;
    private final ObservableList<FeeLineView> lines = FXCollections.observableArrayList();
    private final ObservableList<PaymentView> payments = FXCollections.observableArrayList();
    private final ObjectProperty<SmipCategory> smipCategory = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> units = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<List<String>> unitNames = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BigDecimal> balanceDue = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private long permitId;

    public PermitFeesViewModel(TaskRunner tasks, FeeService fees, ReceiptService receipts, SignedInUser clerk,
                               Runnable onChanged) {
        this.work = new ScreenWork(tasks);
        this.fees = fees;
        this.receipts = receipts;
        this.clerk = clerk;
        this.onChanged = onChanged;
    }

    /** Whether the signed-in person may assess fees and add fee lines (the permission table). */
    public boolean mayAssessFees() {
        return clerk.may(Permission.ASSESS_FEES);
    }

    /** Whether the signed-in person may take payments (the permission table). */
    public boolean mayTakePayment() {
        return clerk.may(Permission.TAKE_PAYMENT);
    }

    private record Loaded(FeesAndPayments fees, List<String> unitNames) {
    }

    private record PaymentTaken(PaymentView payment, FeesAndPayments fees) {
    }

    public void load(long id) {
        this.permitId = id;
        work.run(() -> new Loaded(fees.feesAndPayments(id), fees.unitNames(id)), loaded -> {
            units.clear();
            loaded.unitNames().forEach(name -> units.put(name, new SimpleStringProperty(
                    String.valueOf(loaded.fees().basis().map(b -> b.unitsOf(name)).orElse(0)))));
            unitNames.set(loaded.unitNames());
            smipCategory.set(loaded.fees().basis().map(FeeBasis::smipCategory).orElse(null));
            show(loaded.fees());
        });
    }

    /** Assesses the schedule and state fees with the chosen SMIP category and unit counts. */
    public void assess() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, StringProperty> unit : units.entrySet()) {
            String text = unit.getValue().get().strip();
            if (!text.matches("\\d{1,6}")) {
                work.sayError(Texts.get("fees.badCount", unit.getKey()));
                return;
            }
            counts.put(unit.getKey(), Integer.parseInt(text));
        }
        FeeBasis basis = new FeeBasis(smipCategory.get(), counts);
        change(() -> fees.assessFees(permitId, basis, clerk), Texts.get("fees.assessed"));
    }

    public void addManualFee(String description, String amount, String reason) {
        BigDecimal value = money(amount);
        if (value == null) {
            return;
        }
        change(() -> fees.addManualFee(permitId, description, value, reason, clerk), Texts.get("fees.lineAdded"));
    }

    public void takePayment(String amount, PaymentMethod method, String reference, String payer) {
        BigDecimal value = money(amount);
        if (value == null) {
            return;
        }
        work.run(() -> {
            PaymentView payment = fees.recordPayment(permitId, value, method, reference, payer, clerk);
            return new PaymentTaken(payment, fees.feesAndPayments(permitId));
        }, result -> {
            PaymentView payment = result.payment();
            show(result.fees());
            work.say(Texts.get("fees.paid", Formats.money(payment.amount()), payment.receiptNumber()));
            onChanged.run();
        });
    }

    /** Writes the payment's receipt PDF to {@code file}, then hands the file to {@code open}. */
    public void saveReceipt(PaymentView payment, Path file, Consumer<Path> open) {
        work.run(() -> Files.write(file, receipts.receiptPdf(payment.id())), written -> {
            work.say(Texts.get("fees.receipt.saved", payment.receiptNumber(), written.toString()));
            open.accept(written);
        });
    }

    private void change(Callable<FeesAndPayments> change, String done) {
        work.run(change, result -> {
            show(result);
            work.say(done);
            onChanged.run();
        });
    }

    private void show(FeesAndPayments result) {
        lines.setAll(result.lines());
        payments.setAll(result.payments());
        balanceDue.set(result.balanceDue());
        totals.set(Texts.get("fees.totals", Formats.money(result.total()), Formats.money(result.paid()),
                Formats.money(result.balanceDue())));
    }

    private BigDecimal money(String text) {
        try {
            return new BigDecimal(text.replace("$", "").replace(",", "").strip());
        } catch (NumberFormatException | NullPointerException e) {
            work.sayError(Texts.get("fees.badAmount", text));
            return null;
        }
    }

    public ObservableList<FeeLineView> lines() {
        return lines;
    }

    public ObservableList<PaymentView> payments() {
        return payments;
    }

    public ObjectProperty<SmipCategory> smipCategoryProperty() {
        return smipCategory;
    }

    public ReadOnlyObjectProperty<List<String>> unitNamesProperty() {
        return unitNames.getReadOnlyProperty();
    }

    public StringProperty unitsProperty(String unitName) {
        return units.get(unitName);
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> balanceDueProperty() {
        return balanceDue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return work.messageIsErrorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
