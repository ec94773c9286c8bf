package org.permitdesk.inspection.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.CorrectionLibraryService;
import org.permitdesk.inspection.CorrectionLibraryService.LibraryItem;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.staff.SignedInUser;

/**
 * The correction-item library: search, pick an item to edit it, add a new one, take one out (retired when
 * inspections used it) or offer a retired one again.
 */
public final class CorrectionLibraryViewModel {

    private final SignedInUser who;
    private final TaskRunner tasks;
    private final CorrectionLibraryService service;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<LibraryItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LibraryItem> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty codeRef = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public CorrectionLibraryViewModel(TaskRunner tasks, CorrectionLibraryService service, SignedInUser who) {
        this.who = who;
        this.tasks = tasks;
        this.service = service;
        search.addListener((obs, old, now) -> load());
        codeRef.addListener((obs, old, now) -> check());
        text.addListener((obs, old, now) -> check());
    }

    public void load() {
        String words = search.get();
        tasks.run(() -> service.items(words), found -> {
            items.setAll(found);
            LibraryItem current = selected.get();
            selected.set(current == null ? null : found.stream().filter(i -> i.id() == current.id()).findFirst()
                    .orElse(null));
        }, failure -> message.set(UserMessages.describe(failure)));
    }

    public void select(LibraryItem item) {
        selected.set(item);
        codeRef.set(item == null ? "" : item.codeRef());
        text.set(item == null ? "" : item.text());
        message.set("");
    }

    /** Empties the form for a new item. */
    public void clear() {
        select(null);
        problems.set("");
    }

    private void check() {
        boolean typed = !codeRef.get().isBlank() || !text.get().isBlank() || selected.get() != null;
        problems.set(typed ? String.join("\n", CorrectionLibraryService.problems(codeRef.get(), text.get())) : "");
    }

    public void add() {
        String code = codeRef.get();
        String words = text.get();
        run(() -> service.add(code, words, who), added -> {
            message.set("Added " + added.codeRef() + ": inspectors can pick it now.");
            selected.set(added);
        });
    }

    public void saveChanges() {
        LibraryItem item = selected.get();
        if (item == null) {
            message.set("Pick the item to change in the list first (or add this one as a new item).");
            return;
        }
        String code = codeRef.get();
        String words = text.get();
        run(() -> service.change(item.id(), item.version(), code, words, who), saved -> {
            message.set("Saved " + saved.codeRef() + ". Inspections that already recorded it keep the old wording.");
            selected.set(saved);
        });
    }

    public void takeOut() {
        LibraryItem item = selected.get();
        if (item != null) {
            run(() -> service.takeOut(item.id(), item.version(), who), done -> {
                clear();
                message.set(done);
            });
        }
    }

    public void restore() {
        LibraryItem item = selected.get();
        if (item != null && !item.active()) {
            run(() -> service.restore(item.id(), item.version(), who), back -> {
                message.set(back.codeRef() + " is offered to inspectors again.");
                selected.set(back);
            });
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        tasks.run(work, result -> {
            done.accept(result);
            load();
        }, failure -> message.set(UserMessages.describe(failure)));
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<LibraryItem> items() {
        return items;
    }

    public ReadOnlyObjectProperty<LibraryItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty codeRefProperty() {
        return codeRef;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
