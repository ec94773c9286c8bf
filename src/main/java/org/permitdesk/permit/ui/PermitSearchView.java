package org.permitdesk.permit.ui;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.permitdesk.permit.PermitSummary;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.ui.ErrorStyle;

/**
 * Permit search: type, pause briefly, see matches. Down arrow moves into the results, Enter opens the
 * selected permit, Escape goes back to the search field.
 */
public final class PermitSearchView {

    /** Pause in typing before searching, so a fast typist does not start a search per keystroke. */
    static final Duration TYPING_PAUSE = Duration.millis(150);

    @FXML private TextField queryField;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private TableView<PermitSummary> resultsTable;
    @FXML private TableColumn<PermitSummary, String> numberColumn;
    @FXML private TableColumn<PermitSummary, String> typeColumn;
    @FXML private TableColumn<PermitSummary, String> statusColumn;
    @FXML private TableColumn<PermitSummary, String> addressColumn;
    @FXML private TableColumn<PermitSummary, LocalDate> appliedColumn;
    @FXML private TableColumn<PermitSummary, LocalDate> issuedColumn;

    private final PermitSearchViewModel viewModel;
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);

    public PermitSearchView(PermitSearchViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(viewModel.queryProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        ErrorStyle.bind(statusLabel, viewModel.failedProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        resultsTable.setItems(viewModel.results());

        numberColumn.setCellValueFactory(cell -> value(cell.getValue(), PermitSummary::number));
        typeColumn.setCellValueFactory(cell -> value(cell.getValue(), PermitSummary::typeName));
        statusColumn.setCellValueFactory(cell -> value(cell.getValue(), PermitSummary::statusText));
        addressColumn.setCellValueFactory(cell -> value(cell.getValue(), PermitSummary::address));
        appliedColumn.setCellValueFactory(cell -> value(cell.getValue(), PermitSummary::appliedDate));
        issuedColumn.setCellValueFactory(cell -> value(cell.getValue(), PermitSummary::issuedDate));
        appliedColumn.setCellFactory(column -> new DateCell());
        issuedColumn.setCellFactory(column -> new DateCell());

        typingPause.setOnFinished(event -> viewModel.search());
        queryField.textProperty().addListener((obs, was, now) -> typingPause.playFromStart());
        queryField.setOnAction(event -> {
            typingPause.stop();
            if (!viewModel.results().isEmpty() && !viewModel.failedProperty().get()) {
                viewModel.open(selectedOrFirst());
            } else {
                viewModel.search();
            }
        });
        queryField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !viewModel.results().isEmpty()) {
                resultsTable.requestFocus();
                if (resultsTable.getSelectionModel().isEmpty()) {
                    resultsTable.getSelectionModel().selectFirst();
                    resultsTable.getFocusModel().focus(0);
                }
                event.consume();
            }
        });
        resultsTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(resultsTable.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                focusSearch();
                event.consume();
            }
        });
        resultsTable.setRowFactory(table -> {
            TableRow<PermitSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
    }

    /** Ctrl+K / Ctrl+F: back to the search field with its text selected. */
    public void focusSearch() {
        queryField.requestFocus();
        queryField.selectAll();
    }

    private PermitSummary selectedOrFirst() {
        PermitSummary selected = resultsTable.getSelectionModel().getSelectedItem();
        return selected != null ? selected : viewModel.results().get(0);
    }

    private static <T> ReadOnlyObjectWrapper<T> value(PermitSummary permit, Function<PermitSummary, T> getter) {
        return new ReadOnlyObjectWrapper<>(getter.apply(permit));
    }

    private static final class DateCell extends TableCell<PermitSummary, LocalDate> {
        @Override
        protected void updateItem(LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            setText(empty ? null : Formats.date(date));
        }
    }
}
