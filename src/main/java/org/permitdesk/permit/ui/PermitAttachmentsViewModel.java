package org.permitdesk.permit.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.permitdesk.permit.attachment.AttachmentRow;
import org.permitdesk.permit.attachment.AttachmentService;
import org.permitdesk.platform.TaskRunner;
import org.permitdesk.platform.ui.ScreenWork;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.staff.SignedInUser;

/** A permit's attached files: add (choose or drop), list, open. */
public final class PermitAttachmentsViewModel {

    private final ScreenWork work;
    private final AttachmentService service;
    private final SignedInUser user;
    private final Path openFolder;
    private final ObservableList<AttachmentRow> attachments = FXCollections.observableArrayList();
    private long permitId;

    /** {@code openFolder}: where files are written to be opened in their own program. */
    public PermitAttachmentsViewModel(TaskRunner tasks, AttachmentService service, SignedInUser user, Path openFolder) {
        this.work = new ScreenWork(tasks);
        this.service = service;
        this.user = user;
        this.openFolder = openFolder;
    }

    public void load(long id) {
        this.permitId = id;
        work.runQuietly(() -> service.attachments(id), attachments::setAll, this::fail);
    }

    public void attach(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        work.runQuietly(() -> {
            files.forEach(file -> service.attach(permitId, file, user));
            return service.attachments(permitId);
        }, list -> {
            attachments.setAll(list);
            work.say(files.size() == 1 ? Texts.get("attachments.one") : Texts.get("attachments.many", files.size()));
        }, this::fail);
    }

    /** Writes the file out and hands it to {@code open} (the desktop's program for it). */
    public void open(AttachmentRow attachment, Consumer<Path> open) {
        work.runQuietly(() -> service.writeOut(attachment.id(), openFolder.resolve(String.valueOf(attachment.id()))), file -> {
            work.say(Texts.get("attachments.opened", file.toString()));
            open.accept(file);
        }, this::fail);
    }

    private void fail(Exception failure) {
        work.fail(failure);
    }

    public ObservableList<AttachmentRow> attachments() {
        return attachments;
    }

    public ReadOnlyStringProperty messageProperty() {
        return work.messageProperty();
    }
}
