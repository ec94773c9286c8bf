package org.permitdesk.inspection.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.InspectionTypeAdminService.PermitTypeChoice;
import org.permitdesk.inspection.InspectionTypeAdminService.TypeRow;
import org.permitdesk.inspection.InspectionTypeAdminService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The inspection types of one permit type: add, rename, mark required before the final, move up or down,
 * take out (retired when already requested) or offer again.
 */
public final class InspectionTypesViewModel {

    private final SignedInUser who;
    private final ScreenWork work;
    private final InspectionTypeAdminService service;
    private final ObservableList<PermitTypeChoice> permitTypes = FXCollections.observableArrayList();
    private final ObjectProperty<PermitTypeChoice> permitType = new SimpleObjectProperty<>();
    private final ObservableList<TypeRow> types = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TypeRow> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty required = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");

    public InspectionTypesViewModel(TaskRunner tasks, InspectionTypeAdminService service, SignedInUser who) {
        this.who = who;
        this.work = new ScreenWork(tasks);
        this.service = service;
        permitType.addListener((obs, old, now) -> {
            clear();
            work.clearMessage();
            loadTypes();
        });
        code.addListener((obs, old, now) -> check());
        name.addListener((obs, old, now) -> check());
    }

    public void load() {
        work.runQuietly(service::permitTypes, list -> {
            permitTypes.setAll(list);
            if (permitType.get() == null && !list.isEmpty()) {
                permitType.set(list.get(0));
            }
        });
    }

    private void loadTypes() {
        PermitTypeChoice type = permitType.get();
        if (type != null) {
            work.runQuietly(() -> service.types(type.id()), list -> {
                types.setAll(list);
                TypeRow current = selected.get();
                selected.set(current == null ? null : list.stream().filter(t -> t.id() == current.id()).findFirst()
                        .orElse(null));
            });
        }
    }

    public void select(TypeRow row) {
        selected.set(row);
        code.set(row == null ? "" : row.code());
        name.set(row == null ? "" : row.name());
        required.set(row != null && row.requiredForFinal());
        work.clearMessage();
        check();
    }

    /** Empties the form for a new type. */
    public void clear() {
        select(null);
        problems.set("");
    }

    private void check() {
        TypeRow row = selected.get();
        if (row != null) {
            problems.set(String.join("\n", InspectionTypeAdminService.nameProblems(name.get())));
        } else {
            boolean typed = !code.get().isBlank() || !name.get().isBlank();
            problems.set(typed ? String.join("\n", InspectionTypeAdminService.problems(code.get(), name.get())) : "");
        }
    }

    public void add() {
        PermitTypeChoice type = permitType.get();
        if (type == null) {
            return;
        }
        String newCode = code.get();
        String newName = name.get();
        boolean isRequired = required.get();
        changeThenReload(() -> service.add(type.id(), newCode, newName, isRequired, who), added -> {
            work.say(Texts.get(added.requiredForFinal() ? "inspectionTypes.addedRequired" : "inspectionTypes.added",
                    added.name(), type.name()));
            selected.set(added);
        });
    }

    public void save() {
        TypeRow row = selected.get();
        if (row == null) {
            work.say(Texts.get("inspectionTypes.pickFirst"));
            return;
        }
        String newName = name.get();
        boolean isRequired = required.get();
        changeThenReload(() -> service.change(row.id(), row.version(), newName, isRequired, who), saved -> {
            work.say(Texts.get(saved.requiredForFinal() ? "inspectionTypes.savedRequired" : "inspectionTypes.saved", saved.name()));
            selected.set(saved);
        });
    }

    public void move(int direction) {
        TypeRow row = selected.get();
        if (row != null && row.active()) {
            changeThenReload(() -> service.move(row.id(), row.version(), direction, who), list -> {
                selected.set(list.stream().filter(t -> t.id() == row.id()).findFirst().orElse(null));
                work.clearMessage();
            });
        }
    }

    public void takeOut() {
        TypeRow row = selected.get();
        if (row != null && row.active()) {
            changeThenReload(() -> service.takeOut(row.id(), row.version(), who), done -> {
                clear();
                work.say(done);
            });
        }
    }

    public void restore() {
        TypeRow row = selected.get();
        if (row != null && !row.active()) {
            changeThenReload(() -> service.restore(row.id(), row.version(), who), back -> {
                work.say(Texts.get("inspectionTypes.restored", back.name()));
                selected.set(back);
            });
        }
    }

    private <T> void changeThenReload(Callable<T> change, Consumer<T> done) {
        work.runQuietly(change, result -> {
            done.accept(result);
            loadTypes();
        });
    }

    public ObservableList<PermitTypeChoice> permitTypes() {
        return permitTypes;
    }

    public ObjectProperty<PermitTypeChoice> permitTypeProperty() {
        return permitType;
    }

    public ObservableList<TypeRow> types() {
        return types;
    }

    public ReadOnlyObjectProperty<TypeRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }

    /** The types as listed: order, and which of them the final waits for. */
    public static String describe(TypeRow row) {
        List<String> notes = new java.util.ArrayList<>();
        if (row.isFinal()) {
            notes.add(Texts.get("inspectionTypes.note.final"));
        } else if (row.requiredForFinal()) {
            notes.add(Texts.get("inspectionTypes.note.required"));
        }
        if (!row.active()) {
            notes.add("retired");
        }
        return notes.isEmpty() ? "" : String.join(", ", notes);
    }
}
