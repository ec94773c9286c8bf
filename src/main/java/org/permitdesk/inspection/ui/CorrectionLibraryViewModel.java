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
import org.permitdesk.inspection.CorrectionLibraryService.LibraryItem;
import org.permitdesk.inspection.CorrectionLibraryService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/**
 * The correction-item library: search, pick an item to edit it, add a new one, take one out (retired when
 * inspections used it) or offer a retired one again.
 */
public final class CorrectionLibraryViewModel {

    private final SignedInUser who;
    private final ScreenWork work;
    private final CorrectionLibraryService service;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<LibraryItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LibraryItem> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty codeRef = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");

    public CorrectionLibraryViewModel(TaskRunner tasks, CorrectionLibraryService service, SignedInUser who) {
        this.who = who;
        this.work = new ScreenWork(tasks);
        this.service = service;
        search.addListener((obs, old, now) -> load());
        codeRef.addListener((obs, old, now) -> check());
        text.addListener((obs, old, now) -> check());
    }

    public void load() {
        String words = search.get();
        work.runQuietly(() -> service.items(words), found -> {
            items.setAll(found);
            LibraryItem current = selected.get();
            selected.set(current == null ? null : found.stream().filter(i -> i.id() == current.id()).findFirst()
                    .orElse(null));
        });
    }

    public void select(LibraryItem item) {
        selected.set(item);
        codeRef.set(item == null ? "" : item.codeRef());
        text.set(item == null ? "" : item.text());
        work.clearMessage();
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
        changeThenReload(() -> service.add(code, words, who), added -> {
            work.say(Texts.get("library.added", added.codeRef()));
            selected.set(added);
        });
    }

    public void saveChanges() {
        LibraryItem item = selected.get();
        if (item == null) {
            work.say(Texts.get("library.pickFirst"));
            return;
        }
        String code = codeRef.get();
        String words = text.get();
        changeThenReload(() -> service.change(item.id(), item.version(), code, words, who), saved -> {
            work.say(Texts.get("library.saved", saved.codeRef()));
            selected.set(saved);
        });
    }

    public void takeOut() {
        LibraryItem item = selected.get();
        if (item != null) {
            changeThenReload(() -> service.takeOut(item.id(), item.version(), who), done -> {
                clear();
                work.say(done);
            });
        }
    }

    public void restore() {
        LibraryItem item = selected.get();
        if (item != null && !item.active()) {
            changeThenReload(() -> service.restore(item.id(), item.version(), who), back -> {
                work.say(Texts.get("library.restored", back.codeRef()));
                selected.set(back);
            });
        }
    }

    private <T> void changeThenReload(Callable<T> change, Consumer<T> done) {
        work.runQuietly(change, result -> {
            done.accept(result);
            load();
        });
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
        return work.messageProperty();
    }
}
