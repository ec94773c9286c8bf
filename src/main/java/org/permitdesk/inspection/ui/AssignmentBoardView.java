package org.permitdesk.inspection.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.permitdesk.inspection.InspectionAssignmentService.BoardRow;
import org.permitdesk.inspection.InspectionAssignmentService.InspectorLoad;

/**
 * The assignment board: pick a request, pick an inspector, Enter (or "Assign") assigns; "Propose" fills the
 * Proposed column, "Accept proposal" makes those assignments.
 */
public final class AssignmentBoardView {

    @FXML private DatePicker boardDayPicker;
    @FXML private TableView<BoardRow> boardTable;
    @FXML private TableColumn<BoardRow, String> boardWindowColumn;
    @FXML private TableColumn<BoardRow, String> boardPermitColumn;
    @FXML private TableColumn<BoardRow, String> boardTypeColumn;
    @FXML private TableColumn<BoardRow, String> boardAddressColumn;
    @FXML private TableColumn<BoardRow, String> boardDistrictColumn;
    @FXML private TableColumn<BoardRow, String> boardInspectorColumn;
    @FXML private TableColumn<BoardRow, String> boardProposedColumn;
    @FXML private ListView<InspectorLoad> inspectorList;
    @FXML private Button assignButton;
    @FXML private Button unassignButton;
    @FXML private Button proposeButton;
    @FXML private Button acceptButton;
    @FXML private Label boardMessage;

    private final AssignmentBoardViewModel viewModel;

    public AssignmentBoardView(AssignmentBoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        boardDayPicker.valueProperty().bindBidirectional(viewModel.dayProperty());
        boardTable.setItems(viewModel.rows());
        column(boardWindowColumn, r -> r.window().name());
        column(boardPermitColumn, BoardRow::permitNumber);
        column(boardTypeColumn, BoardRow::typeName);
        column(boardAddressColumn, BoardRow::address);
        column(boardDistrictColumn, r -> r.district() == null ? "no coordinates" : r.district());
        column(boardInspectorColumn, r -> r.inspectorName() == null ? "\u2014 not assigned" : r.inspectorName());
        column(boardProposedColumn, viewModel::proposedFor);
        inspectorList.setItems(viewModel.inspectors());
        inspectorList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(InspectorLoad inspector, boolean empty) {
                super.updateItem(inspector, empty);
                setText(empty || inspector == null ? null : inspector.name() + "  \u00b7  "
                        + (inspector.district() == null ? "any district" : inspector.district())
                        + "  \u00b7  AM " + inspector.am() + ", PM " + inspector.pm());
            }
        });
        assignButton.setOnAction(event -> viewModel.assign(boardTable.getSelectionModel().getSelectedItem(),
                inspectorList.getSelectionModel().getSelectedItem()));
        inspectorList.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                assignButton.fire();
            }
        });
        unassignButton.setOnAction(event -> viewModel.assign(boardTable.getSelectionModel().getSelectedItem(), null));
        proposeButton.setOnAction(event -> viewModel.propose());
        acceptButton.setOnAction(event -> viewModel.acceptProposal());
        boardMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    private static void column(TableColumn<BoardRow, String> column, Function<BoardRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
