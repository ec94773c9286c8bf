package org.permitdesk.inspection.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.permitdesk.inspection.InspectorRouteService.Stop;
import org.permitdesk.platform.Formats;

/** The inspector's route screen. */
public final class MyRouteView {

    @FXML private DatePicker routeDayPicker;
    @FXML private Label routeSummary;
    @FXML private TableView<Stop> routeTable;
    @FXML private TableColumn<Stop, String> routeOrderColumn;
    @FXML private TableColumn<Stop, String> routeWindowColumn;
    @FXML private TableColumn<Stop, String> routeAddressColumn;
    @FXML private TableColumn<Stop, String> routePermitColumn;
    @FXML private TableColumn<Stop, String> routeInspectionColumn;
    @FXML private TableColumn<Stop, String> routeContactColumn;
    @FXML private TableColumn<Stop, String> routeNotesColumn;

    private final MyRouteViewModel viewModel;

    public MyRouteView(MyRouteViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        routeDayPicker.valueProperty().bindBidirectional(viewModel.dayProperty());
        routeSummary.textProperty().bind(viewModel.summaryProperty());
        routeTable.setItems(viewModel.stops());
        column(routeOrderColumn, s -> s.order() + (s.located() ? "" : " *"));
        column(routeWindowColumn, s -> s.window().name());
        column(routeAddressColumn, Stop::address);
        column(routePermitColumn, Stop::permitNumber);
        column(routeInspectionColumn, Stop::inspection);
        column(routeContactColumn, s -> s.contact() + "  " + s.phone());
        column(routeNotesColumn, s -> Formats.text(s.notes()) + (s.conditions().isEmpty() ? "" : " \u00b7 " + s.conditions()));
        viewModel.load();
    }

    private static void column(TableColumn<Stop, String> column, Function<Stop, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
