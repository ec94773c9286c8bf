package org.permitdesk.permit.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.PermitNumberTemplate;
import org.permitdesk.permit.PermitTypeAdminService.TypeChange;
import org.permitdesk.permit.PermitTypeAdminService.TypeRow;
import org.permitdesk.permit.PermitTypeAdminService;
import org.permitdesk.permit.fee.FeeScheduleAdminService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The administrator's permit types: choose a type, change its name, prefix, numbering template (with an
 * example of the next number as they type), expiry period and whether it is offered; add subtypes.
 */
public final class PermitTypesViewModel {

    private final SignedInUser who;
    private final ScreenWork work;
    private final PermitTypeAdminService service;
    private final FeeScheduleAdminService feeSchedule;
    private final Clock clock;
    private final ObservableList<FeeScheduleAdminService.ItemRow> fees = FXCollections.observableArrayList();
    private final ObservableList<TypeRow> types = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TypeRow> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty template = new SimpleStringProperty("");
    private final StringProperty expiryDays = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty newSubtype = new SimpleStringProperty("");
    private final ObservableList<String> subtypes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper example = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");

    public PermitTypesViewModel(TaskRunner tasks, PermitTypeAdminService service, FeeScheduleAdminService feeSchedule,
                                Clock clock, SignedInUser who) {
        this.who = who;
        this.work = new ScreenWork(tasks);
        this.service = service;
        this.feeSchedule = feeSchedule;
        this.clock = clock;
        for (StringProperty input : List.of(name, prefix, template, expiryDays)) {
            input.addListener((obs, old, now) -> check());
        }
    }

    public void load() {
        work.runQuietly(service::types, list -> {
            types.setAll(list);
            if (selected.get() != null) {
                list.stream().filter(t -> t.id() == selected.get().id()).findFirst().ifPresent(this::select);
            }
        });
    }

    public void select(TypeRow type) {
        selected.set(type);
        if (type != null) {
            name.set(type.name());
            prefix.set(type.prefix());
            template.set(type.numberTemplate());
            expiryDays.set(String.valueOf(type.expiryDays()));
            active.set(type.active());
            subtypes.setAll(type.subtypes());
            work.clearMessage();
            loadFees(type.id());
        }
    }

    private void loadFees(long typeId) {
        work.runQuietly(() -> feeSchedule.items(typeId), fees::setAll);
    }

    /** Adds a flat fee, or with a unit name a fee per unit, to the selected type's schedule. */
    public void addFee(String description, String amount, String unitName) {
        TypeRow type = selected.get();
        BigDecimal value = money(amount);
        if (type != null && value != null) {
            changeFees(() -> feeSchedule.add(type.id(), description, value, unitName, who), Texts.get("types.fee.added"));
        }
    }

    public void changeFee(FeeScheduleAdminService.ItemRow item, String description, String amount, String rate) {
        BigDecimal value = money(amount);
        BigDecimal rateValue = rate == null || rate.isBlank() ? null : money(rate);
        if (value != null && (rate == null || rate.isBlank() || rateValue != null)) {
            changeFees(() -> feeSchedule.change(item.id(), item.version(), description, value, rateValue, who), Texts.get("types.fee.changed"));
        }
    }

    public void retireFee(FeeScheduleAdminService.ItemRow item) {
        changeFees(() -> {
            feeSchedule.retire(item.id(), item.version(), who);
            return item;
        }, Texts.get("types.fee.retired"));
    }

    private void changeFees(java.util.concurrent.Callable<?> change, String done) {
        long typeId = selected.get().id();
        work.runQuietly(change, result -> {
            work.say(Texts.get("types.fee.done", done));
            loadFees(typeId);
        });
    }

    private BigDecimal money(String text) {
        try {
            return new BigDecimal(text.replace("$", "").replace(",", "").strip());
        } catch (NumberFormatException | NullPointerException e) {
            work.say(Texts.get("types.badAmount", text));
            return null;
        }
    }

    public ObservableList<FeeScheduleAdminService.ItemRow> fees() {
        return fees;
    }

    private TypeChange change() {
        int days;
        try {
            days = Integer.parseInt(expiryDays.get().strip());
        } catch (NumberFormatException e) {
            days = 0;
        }
        return new TypeChange(name.get(), prefix.get(), template.get(), days, active.get());
    }

    private void check() {
        List<String> found = PermitTypeAdminService.problems(change());
        problems.set(String.join("\n", found));
        example.set(found.isEmpty() ? Texts.get("types.example", new PermitNumberTemplate(template.get().strip())
                .format(prefix.get().strip().toUpperCase(), LocalDate.now(clock), 1)) : "");
    }

    public void save() {
        TypeRow type = selected.get();
        if (type == null) {
            return;
        }
        TypeChange change = change();
        work.runQuietly(() -> service.save(type.id(), type.version(), change, who), saved -> {
            work.say(Texts.get("types.saved", saved.name()));
            replace(saved);
        });
    }

    public void addSubtype() {
        TypeRow type = selected.get();
        String subtype = newSubtype.get();
        if (type != null) {
            work.runQuietly(() -> service.addSubtype(type.id(), subtype, who), saved -> {
                newSubtype.set("");
                work.say(Texts.get("types.subtypeAdded"));
                replace(saved);
            });
        }
    }

    private void replace(TypeRow saved) {
        types.replaceAll(t -> t.id() == saved.id() ? saved : t);
        selected.set(saved);
        subtypes.setAll(saved.subtypes());
    }

    public ObservableList<TypeRow> types() {
        return types;
    }

    public ReadOnlyObjectProperty<TypeRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public StringProperty expiryDaysProperty() {
        return expiryDays;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty newSubtypeProperty() {
        return newSubtype;
    }

    public ObservableList<String> subtypes() {
        return subtypes;
    }

    public ReadOnlyStringProperty exampleProperty() {
        return example.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }
}
