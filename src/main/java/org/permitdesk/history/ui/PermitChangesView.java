package org.permitdesk.history.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.permitdesk.history.PermitChangeLog.Change;
import org.permitdesk.platform.Formats;

/** The "All changes" table of the permit screen, newest first. */
public final class PermitChangesView {

    @FXML private TableView<Change> changesTable;
    @FXML private TableColumn<Change, String> changeAtColumn;
    @FXML private TableColumn<Change, String> changeByColumn;
    @FXML private TableColumn<Change, String> changeFieldColumn;
    @FXML private TableColumn<Change, String> changeOldColumn;
    @FXML private TableColumn<Change, String> changeNewColumn;
    @FXML private Label changesMessage;

    private final PermitChangesViewModel viewModel;

    public PermitChangesView(PermitChangesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        changesTable.setItems(viewModel.changes());
        column(changeAtColumn, change -> Formats.dateTime(change.at()));
        column(changeByColumn, Change::by);
        column(changeFieldColumn, Change::field);
        column(changeOldColumn, Change::oldValue);
        column(changeNewColumn, Change::newValue);
        changesMessage.textProperty().bind(viewModel.messageProperty());
    }

    private static void column(TableColumn<Change, String> column, Function<Change, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
