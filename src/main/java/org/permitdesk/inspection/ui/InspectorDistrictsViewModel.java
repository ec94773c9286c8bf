package org.permitdesk.inspection.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.inspection.InspectorDistrictService.InspectorDistrict;
import org.permitdesk.inspection.InspectorDistrictService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/** Each inspector's district (NE, NW, SE, SW of the office, or none = anywhere), saved when it is chosen. */
public final class InspectorDistrictsViewModel {

    /** The choice meaning "no district". */
    public static final String ANYWHERE = "none (anywhere)";

    private final SignedInUser who;
    private final ScreenWork work;
    private final InspectorDistrictService service;
    private final ObservableList<InspectorDistrict> inspectors = FXCollections.observableArrayList();

    public InspectorDistrictsViewModel(TaskRunner tasks, InspectorDistrictService service, SignedInUser who) {
        this.who = who;
        this.work = new ScreenWork(tasks);
        this.service = service;
    }

    public void load() {
        work.runQuietly(service::inspectors, inspectors::setAll);
    }

    public static List<String> choices() {
        List<String> choices = new ArrayList<>(InspectorDistrictService.DISTRICTS);
        choices.add(ANYWHERE);
        return choices;
    }

    public static String shown(InspectorDistrict inspector) {
        return inspector.district() == null ? ANYWHERE : inspector.district();
    }

    /** Saves the chosen district ({@link #ANYWHERE} for none). */
    public void choose(InspectorDistrict inspector, String choice) {
        if (inspector == null || choice == null || choice.equals(shown(inspector))) {
            return;
        }
        String district = ANYWHERE.equals(choice) ? null : choice;
        work.runQuietly(() -> service.setDistrict(inspector.id(), inspector.version(), district, who), saved -> {
            inspectors.replaceAll(i -> i.id() == saved.id() ? saved : i);
            work.say(saved.district() == null ? Texts.get("districts.anywhere", saved.name())
                    : Texts.get("districts.set", saved.name(), saved.district()));
        }, failure -> {
            work.fail(failure);
            load();
        });
    }

    public ObservableList<InspectorDistrict> inspectors() {
        return inspectors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }
}
