package org.permitdesk.permit.ui;

import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.PermitSearchResult;
import org.permitdesk.permit.PermitSearchService;
import org.permitdesk.permit.PermitSearchTerms;
import org.permitdesk.permit.PermitSummary;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.UserMessages;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;

/**
 * Search-as-you-type over permits. The view calls {@link #search()} after a pause in typing; only the
 * answer to the latest search is shown, and a failed search keeps what was typed.
 */
public final class PermitSearchViewModel {

    static final String HINT = Texts.get("search.status.hint");

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PermitSummary> results = FXCollections.observableArrayList();

    private final ScreenWork work;
    private final PermitSearchService service;
    private final LongConsumer openPermit;
    private long latest;

    public PermitSearchViewModel(TaskRunner tasks, PermitSearchService service, LongConsumer openPermit) {
        this.work = new ScreenWork(tasks, HINT);
        this.service = service;
        this.openPermit = openPermit;
    }

    public void search() {
        String typed = query.get();
        long generation = ++latest;
        if (PermitSearchTerms.queryWords(typed).isEmpty()) {
            results.clear();
            work.say(typed == null || typed.isBlank() ? HINT : Texts.get("search.status.keepTyping"));
            return;
        }
        work.run(() -> service.search(typed), result -> {
            if (generation == latest) {
                show(result);
            }
        }, failure -> {
            if (generation == latest) {
                work.sayError(Texts.get("search.status.failed", UserMessages.describe(failure)));
            }
        });
    }

    private void show(PermitSearchResult result) {
        results.setAll(result.permits());
        int count = result.permits().size();
        if (count == 0) {
            work.say(Texts.get("search.status.none", result.query().strip()));
        } else if (result.more()) {
            work.say(Texts.get("search.status.more", count));
        } else {
            work.say(count == 1 ? Texts.get("search.status.one") : Texts.get("search.status.many", count));
        }
    }

    public void open(PermitSummary permit) {
        if (permit != null) {
            openPermit.accept(permit.id());
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PermitSummary> results() {
        return results;
    }

    public ReadOnlyStringProperty statusProperty() {
        return work.messageProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return work.messageIsErrorProperty();
    }
}
