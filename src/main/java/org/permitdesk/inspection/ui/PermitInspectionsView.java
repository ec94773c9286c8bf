package org.permitdesk.inspection.ui;

import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.StrictDates;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectionRow;
import org.permitdesk.inspection.InspectionType;
import org.permitdesk.inspection.TimeWindow;
import org.permitdesk.platform.Formats;

/**
 * The inspections part of the permit screen: the history (newest first) with each result, the selected
 * inspection's details and correction notice below it, and a request taken in a few keystrokes.
 */
public final class PermitInspectionsView {

    @FXML private TableView<InspectionRow> inspectionTable;
    @FXML private TableColumn<InspectionRow, String> inspectionDayColumn;
    @FXML private TableColumn<InspectionRow, String> inspectionTypeColumn;
    @FXML private TableColumn<InspectionRow, String> inspectionStatusColumn;
    @FXML private TableColumn<InspectionRow, String> inspectionInspectorColumn;
    @FXML private TableColumn<InspectionRow, InspectionRow> inspectionResultColumn;
    @FXML private TableColumn<InspectionRow, String> inspectionContactColumn;
    @FXML private Label inspectionDetails;
    @FXML private Button openNoticeButton;
    @FXML private ChoiceBox<InspectionType> inspectionTypeChoice;
    @FXML private DatePicker inspectionDayPicker;
    @FXML private Label inspectionDayProblem;
    @FXML private ChoiceBox<TimeWindow> inspectionWindowChoice;
    @FXML private TextField inspectionContactField;
    @FXML private TextField inspectionPhoneField;
    @FXML private TextField inspectionEmailField;
    @FXML private TextField inspectionNotesField;
    @FXML private Button requestInspectionButton;
    @FXML private Label inspectionMessage;
    @FXML private Label inspectionOpenCorrections;

    private final PermitInspectionsViewModel viewModel;

    public PermitInspectionsView(PermitInspectionsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        inspectionTable.setItems(viewModel.inspections());
        column(inspectionDayColumn, i -> Formats.date(i.date()) + " " + i.window().name());
        column(inspectionTypeColumn, InspectionRow::typeName);
        column(inspectionStatusColumn, PermitInspectionsViewModel::statusText);
        column(inspectionInspectorColumn, i -> i.inspectorName() == null ? "" : i.inspectorName());
        inspectionResultColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        inspectionResultColumn.setCellFactory(c -> new ResultCell());
        column(inspectionContactColumn, i -> i.contactName() + " " + i.phone()
                + (i.notes() == null ? "" : " \u00b7 " + i.notes()));
        inspectionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                inspectionTable.getSelectionModel().clearSelection();
            } else if (inspectionTable.getSelectionModel().getSelectedItem() != row) {
                inspectionTable.getSelectionModel().select(row);
            }
        });
        inspectionDetails.textProperty().bind(viewModel.detailsProperty());
        openNoticeButton.visibleProperty().bind(viewModel.hasNoticeProperty());
        openNoticeButton.managedProperty().bind(openNoticeButton.visibleProperty());
        openNoticeButton.setOnAction(event -> viewModel.openNotice());
        inspectionTypeChoice.setItems(viewModel.types());
        inspectionTypeChoice.setConverter(converter(InspectionType::getName));
        inspectionTypeChoice.valueProperty().bindBidirectional(viewModel.typeProperty());
        inspectionDayPicker.valueProperty().bindBidirectional(viewModel.dayProperty());
        StrictDates.attach(inspectionDayPicker, viewModel.dayEntry(), inspectionDayProblem);
        inspectionWindowChoice.getItems().setAll(TimeWindow.values());
        inspectionWindowChoice.setConverter(converter(TimeWindow::label));
        inspectionWindowChoice.valueProperty().bindBidirectional(viewModel.windowProperty());
        inspectionContactField.textProperty().bindBidirectional(viewModel.contactNameProperty());
        inspectionPhoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        inspectionEmailField.textProperty().bindBidirectional(viewModel.emailProperty());
        inspectionNotesField.textProperty().bindBidirectional(viewModel.notesProperty());
        inspectionNotesField.setOnAction(event -> viewModel.request());
        requestInspectionButton.setOnAction(event -> viewModel.request());
        inspectionMessage.textProperty().bind(viewModel.messageProperty());
        inspectionOpenCorrections.textProperty().bind(viewModel.openCorrectionsTextProperty());
        inspectionOpenCorrections.visibleProperty().bind(viewModel.openCorrectionsTextProperty().isNotEmpty());
        inspectionOpenCorrections.managedProperty().bind(inspectionOpenCorrections.visibleProperty());
        ErrorStyle.bind(inspectionMessage, viewModel.messageIsErrorProperty());
    }

    /** The result in words, green when passed, red when failed or partial, grey otherwise. */
    private static final class ResultCell extends TableCell<InspectionRow, InspectionRow> {
        private static final List<String> STYLES = List.of("result-passed", "result-failed", "result-other");

        @Override
        protected void updateItem(InspectionRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(STYLES);
            if (empty || row == null || row.result() == null) {
                setText(null);
                return;
            }
            setText(row.resultLabel() + (row.hasNotice() ? " \u00b7 notice" : ""));
            getStyleClass().add(row.result() == InspectionResult.PASSED ? "result-passed"
                    : row.result().needsCorrections() ? "result-failed" : "result-other");
        }
    }

    private static void column(TableColumn<InspectionRow, String> column, Function<InspectionRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
