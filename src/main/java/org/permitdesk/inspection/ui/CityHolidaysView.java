package org.permitdesk.inspection.ui;

import org.permitdesk.platform.ui.StrictDates;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.permitdesk.inspection.CityHolidayService.Holiday;
import org.permitdesk.platform.Formats;

/** City holidays of a year (a tab of the inspection settings). */
public final class CityHolidaysView {

    @FXML private ComboBox<Integer> yearBox;
    @FXML private TableView<Holiday> holidayTable;
    @FXML private TableColumn<Holiday, String> holidayDateColumn;
    @FXML private TableColumn<Holiday, String> holidayNameColumn;
    @FXML private DatePicker holidayDatePicker;
    @FXML private Label holidayDateProblem;
    @FXML private TextField holidayNameField;
    @FXML private Button addHolidayButton;
    @FXML private Button removeHolidayButton;
    @FXML private Label holidayMessage;

    private final CityHolidaysViewModel viewModel;

    public CityHolidaysView(CityHolidaysViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        yearBox.getItems().setAll(viewModel.years());
        yearBox.valueProperty().bindBidirectional(viewModel.yearProperty());
        holidayTable.setItems(viewModel.holidays());
        holidayDateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US)
                        + " " + Formats.date(c.getValue().date())));
        holidayNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        holidayDatePicker.valueProperty().bindBidirectional(viewModel.newDateProperty());
        StrictDates.attach(holidayDatePicker, viewModel.newDateEntry(), holidayDateProblem);
        holidayNameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        holidayNameField.setOnAction(event -> viewModel.add());
        addHolidayButton.setOnAction(event -> viewModel.add());
        var chosen = holidayTable.getSelectionModel().selectedItemProperty();
        removeHolidayButton.disableProperty().bind(chosen.isNull());
        removeHolidayButton.setOnAction(event -> viewModel.remove(chosen.get()));
        holidayMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }
}
