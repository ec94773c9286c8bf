package org.permitdesk.permit.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.permitdesk.platform.ui.DesktopFiles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.permitdesk.permit.attachment.AttachmentRow;
import org.permitdesk.platform.Formats;

/** The attachments part of the permit screen: drop files on the list or choose them. */
public final class PermitAttachmentsView {

    @FXML private TableView<AttachmentRow> attachmentsTable;
    @FXML private TableColumn<AttachmentRow, String> attachmentNameColumn;
    @FXML private TableColumn<AttachmentRow, String> attachmentSizeColumn;
    @FXML private TableColumn<AttachmentRow, String> attachmentByColumn;
    @FXML private TableColumn<AttachmentRow, String> attachmentAtColumn;
    @FXML private Button attachButton;
    @FXML private Button openAttachmentButton;
    @FXML private Label attachmentsMessage;

    private final PermitAttachmentsViewModel viewModel;

    public PermitAttachmentsView(PermitAttachmentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        attachmentsTable.setItems(viewModel.attachments());
        column(attachmentNameColumn, AttachmentRow::fileName);
        column(attachmentSizeColumn, AttachmentRow::size);
        column(attachmentByColumn, AttachmentRow::addedBy);
        column(attachmentAtColumn, a -> Formats.dateTime(a.addedAt()));
        attachButton.setOnAction(event -> {
            List<File> files = new FileChooser().showOpenMultipleDialog(attachButton.getScene().getWindow());
            if (files != null) {
                viewModel.attach(files.stream().map(File::toPath).toList());
            }
        });
        attachmentsTable.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        attachmentsTable.setOnDragDropped(event -> {
            List<Path> files = event.getDragboard().hasFiles()
                    ? event.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            viewModel.attach(files);
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
        openAttachmentButton.disableProperty().bind(attachmentsTable.getSelectionModel().selectedItemProperty().isNull());
        openAttachmentButton.setOnAction(event -> viewModel.open(
                attachmentsTable.getSelectionModel().getSelectedItem(), DesktopFiles::open));
        attachmentsMessage.textProperty().bind(viewModel.messageProperty());
    }


    private static void column(TableColumn<AttachmentRow, String> column, Function<AttachmentRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
