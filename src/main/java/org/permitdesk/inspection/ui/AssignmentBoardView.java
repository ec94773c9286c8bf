package org.permitdesk.inspection.ui;

import org.permitdesk.platform.ui.StrictDates;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.permitdesk.inspection.InspectionAssignmentService.BoardRow;
import org.permitdesk.inspection.InspectionAssignmentService.InspectorLoad;
import org.permitdesk.platform.ui.Texts;

/**
 * The assignment board: pick a request, pick an inspector, Enter (or "Assign") assigns; or drag a request onto an
 * inspector (and onto "Drop here to unassign" to take it off a route). "Propose" fills the Proposed column,
 * "Accept proposal" makes those assignments; "Publish" publishes the day.
 */
public final class AssignmentBoardView {

    /** What a dragged request carries: its inspection id. */
    static final DataFormat INSPECTION = new DataFormat("application/x-permitdesk-inspection-id");

    @FXML private DatePicker boardDayPicker;
    @FXML private Label boardDayProblem;
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
    @FXML private Button publishButton;
    @FXML private Label boardPublication;
    @FXML private TableColumn<BoardRow, String> boardChangeColumn;
    @FXML private Label unassignDropTarget;

    private final AssignmentBoardViewModel viewModel;

    public AssignmentBoardView(AssignmentBoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        boardDayPicker.valueProperty().bindBidirectional(viewModel.dayProperty());
        StrictDates.attach(boardDayPicker, viewModel.dayEntry(), boardDayProblem);
        boardTable.setItems(viewModel.rows());
        // "Proposed" and "Since published" take room only when they have something to say.
        boardProposedColumn.setVisible(false);
        boardChangeColumn.setVisible(false);
        acceptButton.setDisable(true);
        viewModel.rows().addListener((javafx.collections.ListChangeListener<BoardRow>) change -> {
            boolean proposed = viewModel.rows().stream().anyMatch(row -> !viewModel.proposedFor(row).isEmpty());
            boardProposedColumn.setVisible(proposed);
            acceptButton.setDisable(!proposed);
            boardChangeColumn.setVisible(viewModel.rows().stream().anyMatch(row -> !viewModel.changeOf(row).isEmpty()));
        });
        column(boardWindowColumn, r -> r.window().name());
        column(boardPermitColumn, BoardRow::permitNumber);
        column(boardTypeColumn, BoardRow::typeName);
        column(boardAddressColumn, BoardRow::address);
        column(boardDistrictColumn, r -> r.district() == null ? Texts.get("board.noCoordinates") : r.district());
        column(boardInspectorColumn, r -> r.inspectorName() == null ? Texts.get("board.notAssigned") : r.inspectorName());
        column(boardProposedColumn, viewModel::proposedFor);
        column(boardChangeColumn, viewModel::changeOf);
        boardChangeColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        showInspectors();
        dragRequests();
        showPublication();
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

    /** The inspectors with district, AM/PM load and changes since publishing; each one a drop target. */
    private void showInspectors() {
        inspectorList.setItems(viewModel.inspectors());
        inspectorList.setCellFactory(list -> {
            ListCell<InspectorLoad> cell = new ListCell<>() {
                @Override
                protected void updateItem(InspectorLoad inspector, boolean empty) {
                    super.updateItem(inspector, empty);
                    int changes = empty || inspector == null ? 0 : viewModel.changesFor(inspector);
                    setText(empty || inspector == null ? null : inspector.name() + "  \u00b7  "
                            + (inspector.district() == null ? Texts.get("board.anyDistrict") : inspector.district())
                            + "  \u00b7  AM " + inspector.am() + ", PM " + inspector.pm()
                            + (changes == 0 ? "" : "  \u00b7  " + changes + " changed"));
                }
            };
            acceptDrops(cell, () -> cell.getItem() != null, id -> viewModel.dropOnInspector(id, cell.getItem()));
            return cell;
        });
    }

    /** Each request can be dragged (onto an inspector, or onto "Drop here to unassign"); changed ones are highlighted. */
    private void dragRequests() {
        boardTable.setRowFactory(table -> {
            TableRow<BoardRow> row = new TableRow<>() {
                @Override
                protected void updateItem(BoardRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("changed-request");
                    if (!empty && item != null && !viewModel.changeOf(item).isEmpty()) {
                        getStyleClass().add("changed-request");
                    }
                }
            };
            row.setOnDragDetected(event -> {
                if (row.getItem() != null) {
                    Dragboard board = row.startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.put(INSPECTION, row.getItem().inspectionId());
                    content.putString(row.getItem().permitNumber() + " " + row.getItem().address());
                    board.setContent(content);
                    board.setDragView(row.snapshot(null, null));
                    event.consume();
                }
            });
            return row;
        });
        acceptDrops(unassignDropTarget, () -> true, viewModel::dropOnUnassigned);
    }

    private void showPublication() {
        publishButton.textProperty().bind(viewModel.publishTextProperty());
        publishButton.setOnAction(event -> viewModel.publish());
        boardPublication.textProperty().bind(viewModel.publicationProperty());
        boardPublication.textProperty().addListener((obs, old, now) -> {
            boardPublication.getStyleClass().remove("has-changes");
            if (viewModel.changedSincePublishedProperty().get()) {
                boardPublication.getStyleClass().add("has-changes");
            }
        });
    }

    /** Makes the node a drop target for dragged requests, highlighted while one is over it. */
    private static void acceptDrops(Node target, java.util.function.BooleanSupplier accepts, Consumer<Long> dropped) {
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasContent(INSPECTION) && accepts.getAsBoolean()) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        target.setOnDragEntered(event -> {
            if (event.getDragboard().hasContent(INSPECTION) && accepts.getAsBoolean()) {
                target.getStyleClass().add("drop-target");
            }
        });
        target.setOnDragExited(event -> target.getStyleClass().remove("drop-target"));
        target.setOnDragDropped((DragEvent event) -> {
            Object id = event.getDragboard().getContent(INSPECTION);
            boolean done = id instanceof Long && accepts.getAsBoolean();
            if (done) {
                dropped.accept((Long) id);
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private static void column(TableColumn<BoardRow, String> column, Function<BoardRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
