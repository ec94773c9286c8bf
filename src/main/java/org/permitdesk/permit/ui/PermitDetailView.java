package org.permitdesk.permit.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.permitdesk.permit.ui.PermitDetailViewModel.ContactRow;
import org.permitdesk.permit.ui.PermitDetailViewModel.Field;
import org.permitdesk.permit.ui.PermitDetailViewModel.HistoryRow;

/** The read-only permit screen. */
public final class PermitDetailView {

    @FXML private Label titleLabel;
    @FXML private Label statusBadge;
    @FXML private Label messageLabel;
    @FXML private VBox content;
    @FXML private VBox actionsHolder;
    @FXML private VBox reviewsHolder;
    @FXML private VBox changesHolder;
    @FXML private VBox editHolder;
    @FXML private VBox feesHolder;
    @FXML private VBox inspectionsHolder;
    @FXML private VBox attachmentsHolder;
    @FXML private GridPane permitGrid;
    @FXML private GridPane datesGrid;
    @FXML private GridPane siteGrid;
    @FXML private Label descriptionLabel;
    @FXML private Label notesLabel;
    @FXML private TableView<ContactRow> contactsTable;
    @FXML private TableColumn<ContactRow, String> contactRoleColumn;
    @FXML private TableColumn<ContactRow, String> contactNameColumn;
    @FXML private TableColumn<ContactRow, String> contactBusinessColumn;
    @FXML private TableColumn<ContactRow, String> contactLicenseColumn;
    @FXML private TableColumn<ContactRow, String> contactPhoneColumn;
    @FXML private TableColumn<ContactRow, String> contactEmailColumn;
    @FXML private TableView<HistoryRow> historyTable;
    @FXML private TableColumn<HistoryRow, String> historyDateColumn;
    @FXML private TableColumn<HistoryRow, String> historyChangeColumn;
    @FXML private TableColumn<HistoryRow, String> historyByColumn;
    @FXML private TableColumn<HistoryRow, String> historyReasonColumn;

    private final PermitDetailViewModel viewModel;

    public PermitDetailView(PermitDetailViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        statusBadge.textProperty().bind(viewModel.statusProperty());
        viewModel.statusProperty().addListener((obs, was, now) -> {
            statusBadge.getStyleClass().removeIf(style -> style.startsWith("status-"));
            statusBadge.getStyleClass().add("status-" + now.toLowerCase().replace(' ', '-'));
        });
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        content.visibleProperty().bind(viewModel.loadedProperty());
        descriptionLabel.textProperty().bind(viewModel.descriptionProperty());
        notesLabel.textProperty().bind(viewModel.internalNotesProperty());
        fill(permitGrid, viewModel.permitFields());
        fill(datesGrid, viewModel.dateFields());
        fill(siteGrid, viewModel.siteFields());

        contactsTable.setItems(viewModel.contacts());
        column(contactRoleColumn, ContactRow::role);
        column(contactNameColumn, ContactRow::name);
        column(contactBusinessColumn, ContactRow::business);
        column(contactLicenseColumn, ContactRow::license);
        column(contactPhoneColumn, ContactRow::phone);
        column(contactEmailColumn, ContactRow::email);
        historyTable.setItems(viewModel.history());
        column(historyDateColumn, HistoryRow::date);
        column(historyChangeColumn, HistoryRow::change);
        column(historyByColumn, HistoryRow::by);
        column(historyReasonColumn, HistoryRow::reason);
    }

    /** Puts the permit's next steps (actions and their blockers) at the top of the permit. */
    public void showActions(javafx.scene.Parent actions) {
        actionsHolder.getChildren().setAll(actions);
    }

    /** Puts the permit's conditions and plan reviews under its next steps. */
    public void showReviews(javafx.scene.Parent reviews) {
        reviewsHolder.getChildren().setAll(reviews);
    }

    /** Puts the "Edit details" form under the plan reviews. */
    public void showEdit(javafx.scene.Parent edit) {
        editHolder.getChildren().setAll(edit);
    }

    /** Puts the permit's inspections above its fees. */
    public void showInspections(javafx.scene.Parent inspections) {
        inspectionsHolder.getChildren().setAll(inspections);
    }

    /** Puts the fees and payments under the edit form. */
    public void showFees(javafx.scene.Parent fees) {
        feesHolder.getChildren().setAll(fees);
    }

    /** Puts the attached files under the edit form. */
    public void showAttachments(javafx.scene.Parent attachments) {
        attachmentsHolder.getChildren().setAll(attachments);
    }

    /** Puts the permit's audit trail at the bottom. */
    public void showChanges(javafx.scene.Parent changes) {
        changesHolder.getChildren().setAll(changes);
    }

    private static void fill(GridPane grid, ObservableList<Field> fields) {
        ListChangeListener<Field> render = change -> {
            grid.getChildren().clear();
            for (int row = 0; row < fields.size(); row++) {
                Label label = new Label(fields.get(row).label());
                label.getStyleClass().add("field-label");
                Label value = new Label(fields.get(row).value());
                value.getStyleClass().add("field-value");
                value.setWrapText(true);
                grid.addRow(row, label, value);
            }
        };
        fields.addListener(render);
    }

    private static <R> void column(TableColumn<R, String> column, Function<R, String> getter) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(getter.apply(cell.getValue())));
    }
}
