package org.permitdesk.inspection.ui;

import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;

/**
 * The administrators' inspection settings, one tab each: office and cut-off, city holidays, inspectors'
 * districts, the correction-item library, and the inspection types of each permit type.
 */
public final class InspectionSettingsView {

    @FXML private Tab officeTab;
    @FXML private Tab holidaysTab;
    @FXML private Tab districtsTab;
    @FXML private Tab libraryTab;
    @FXML private Tab typesTab;

    private final Function<Object, Parent> loader;
    private final OfficeSettingsView office;
    private final CityHolidaysView holidays;
    private final InspectorDistrictsView districts;
    private final CorrectionLibraryView library;
    private final InspectionTypesView types;

    /** {@code loader} loads each tab's own view (its FXML beside it). */
    public InspectionSettingsView(Function<Object, Parent> loader, OfficeSettingsView office, CityHolidaysView holidays,
                                  InspectorDistrictsView districts, CorrectionLibraryView library,
                                  InspectionTypesView types) {
        this.loader = loader;
        this.office = office;
        this.holidays = holidays;
        this.districts = districts;
        this.library = library;
        this.types = types;
    }

    @FXML
    private void initialize() {
        officeTab.setContent(loader.apply(office));
        holidaysTab.setContent(loader.apply(holidays));
        districtsTab.setContent(loader.apply(districts));
        libraryTab.setContent(loader.apply(library));
        typesTab.setContent(loader.apply(types));
    }
}
