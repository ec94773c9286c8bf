package org.permitdesk.inspection.ui;

import org.permitdesk.platform.ui.StrictDates;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.TableRow;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.permitdesk.inspection.Correction;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.permitdesk.inspection.InspectorRouteService.Stop;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.ui.DesktopFiles;
import org.permitdesk.platform.ui.Texts;

/** The inspector's route screen. */
public final class MyRouteView {

    @FXML private DatePicker routeDayPicker;
    @FXML private Label routeDayProblem;
    @FXML private Label routeSummary;
    @FXML private Label routeMessage;
    @FXML private TableView<Stop> routeTable;
    @FXML private TableColumn<Stop, String> routeOrderColumn;
    @FXML private TableColumn<Stop, String> routeWindowColumn;
    @FXML private TableColumn<Stop, String> routeAddressColumn;
    @FXML private TableColumn<Stop, String> routePermitColumn;
    @FXML private TableColumn<Stop, String> routeInspectionColumn;
    @FXML private TableColumn<Stop, String> routeContactColumn;
    @FXML private TableColumn<Stop, String> routeNotesColumn;
    @FXML private Button recordResultButton;
    @FXML private Label routePublication;
    @FXML private TableColumn<Stop, String> routeChangeColumn;
    @FXML private VBox removedBox;
    @FXML private VBox removedList;
    @FXML private RoutePlot routePlot;
    @FXML private ListView<Stop> noLocationList;
    @FXML private Button printRouteSheetButton;
    @FXML private Button printNoticeButton;

    private final MyRouteViewModel viewModel;

    public MyRouteView(MyRouteViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        routeDayPicker.valueProperty().bindBidirectional(viewModel.dayProperty());
        StrictDates.attach(routeDayPicker, viewModel.dayEntry(), routeDayProblem);
        routeSummary.textProperty().bind(viewModel.summaryProperty());
        routeMessage.textProperty().bind(viewModel.messageProperty());
        routeTable.setItems(viewModel.stops());
        column(routeOrderColumn, s -> s.order() + (s.located() ? "" : " *"));
        column(routeWindowColumn, s -> s.window().name());
        column(routeAddressColumn, Stop::address);
        column(routePermitColumn, Stop::permitNumber);
        column(routeInspectionColumn, Stop::inspection);
        column(routeContactColumn, s -> s.contact() + "  " + s.phone());
        column(routeNotesColumn, s -> String.join(" \u00b7 ", java.util.stream.Stream.of(Formats.text(s.notes()),
                s.conditions(), s.openCorrectionsText()).filter(text -> !text.isEmpty()).toList()));
        routeNotesColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        showChanges();
        showPlot();
        recordResultButton.disableProperty().bind(routeTable.getSelectionModel().selectedItemProperty().isNull());
        String record = recordResultButton.getText();
        routeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, stop) ->
                recordResultButton.setText(stop != null && stop.resulted() ? Texts.get("route.correctResult") : record));
        recordResultButton.setOnAction(event -> {
            Stop stop = routeTable.getSelectionModel().getSelectedItem();
            viewModel.loadLibrary(library -> askForResult(stop, library));
        });
        printRouteSheetButton.setOnAction(event -> viewModel.printRouteSheet(DesktopFiles::open));
        printNoticeButton.disableProperty().bind(viewModel.lastNoticeProperty().isNull());
        printNoticeButton.setOnAction(event -> viewModel.printNotice(DesktopFiles::open));
        viewModel.load();
    }

    /** Stops changed since the day was published: highlighted rows, the "Since published" column, removed stops. */
    private void showChanges() {
        routePublication.textProperty().bind(viewModel.publicationProperty());
        routePublication.textProperty().addListener((obs, old, now) -> {
            boolean changes = !viewModel.changedStopIds().isEmpty() || !viewModel.removedStops().isEmpty();
            routePublication.getStyleClass().remove("has-changes");
            if (changes) {
                routePublication.getStyleClass().add("has-changes");
            }
        });
        column(routeChangeColumn, viewModel::changeOf);
        routeChangeColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().remove("route-change-cell");
                getStyleClass().add("route-change-cell");
            }
        });
        routeTable.setRowFactory(table -> {
            TableRow<Stop> row = new TableRow<>() {
                @Override
                protected void updateItem(Stop stop, boolean empty) {
                    super.updateItem(stop, empty);
                    getStyleClass().remove("changed-stop");
                    if (!empty && stop != null && !viewModel.changeOf(stop).isEmpty()) {
                        getStyleClass().add("changed-stop");
                    }
                }
            };
            row.setOnMouseEntered(event -> routePlot.hoveredProperty().set(row.getItem() == null ? null
                    : row.getItem().inspectionId()));
            row.setOnMouseExited(event -> routePlot.hoveredProperty().set(null));
            return row;
        });
        removedBox.managedProperty().bind(removedBox.visibleProperty());
        removedBox.setVisible(false);
        viewModel.removedStops().addListener((ListChangeListener<String>) change -> {
            removedList.getChildren().setAll(viewModel.removedStops().stream().map(line -> {
                Label label = new Label(line);
                label.getStyleClass().add("route-removed-stop");
                return label;
            }).toList());
            removedBox.setVisible(!viewModel.removedStops().isEmpty());
        });
    }

    /** The plot beside the list: redrawn with each load; the selected or hovered row is emphasised, a click selects. */
    private void showPlot() {
        viewModel.stops().addListener((ListChangeListener<Stop>) change -> {
            routeChangeColumn.setVisible(!viewModel.changedStopIds().isEmpty());
            routePlot.show(viewModel.officeProperty().get(), viewModel.stops(), viewModel.changedStopIds());
            routeTable.refresh();
        });
        routeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, stop) ->
                routePlot.selectedProperty().set(stop == null ? null : stop.inspectionId()));
        routePlot.setOnStopPicked(id -> viewModel.stops().stream().filter(s -> s.inspectionId() == id).findFirst()
                .ifPresent(stop -> {
                    routeTable.getSelectionModel().select(stop);
                    routeTable.scrollTo(stop);
                    routeTable.requestFocus();
                }));
        noLocationList.setItems(viewModel.withoutLocation());
        noLocationList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Stop stop, boolean empty) {
                super.updateItem(stop, empty);
                setText(empty || stop == null ? null : stop.order() + "  " + stop.address() + "  (" + stop.window() + ")");
            }
        });
        noLocationList.getSelectionModel().selectedItemProperty().addListener((obs, old, stop) -> {
            if (stop != null) {
                routeTable.getSelectionModel().select(stop);
                routeTable.scrollTo(stop);
            }
        });
    }

    private void askForResult(Stop stop, List<Correction> library) {
        new RecordResultDialog(routeTable.getScene().getWindow(), stop, library).ask().ifPresent(outcome -> {
            if (stop.resulted()) {
                viewModel.correctResult(stop, outcome.result(), outcome.notes(), outcome.corrections(), outcome.reason());
            } else {
                viewModel.recordResult(stop, outcome.result(), outcome.notes(), outcome.corrections());
            }
        });
    }

    private static void column(TableColumn<Stop, String> column, Function<Stop, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
