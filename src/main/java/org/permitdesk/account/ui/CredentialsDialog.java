package org.permitdesk.account.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.permitdesk.account.CreatedAccount;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.ui.Texts;

/**
 * Shows a new account's username and temporary password once, with a copy button. After this dialog is
 * closed the password can't be shown again (only its hash is stored): a new one must be issued.
 */
public final class CredentialsDialog {

    private CredentialsDialog() {
    }

    public static void show(Window owner, CreatedAccount created, String mailOutcome) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("credentials.title"));
        dialog.setHeaderText(Texts.get("credentials.header", created.account().displayName()));
        TextField username = readOnly("credentialsUsername", created.account().username());
        TextField password = readOnly("credentialsPassword", created.temporaryPassword());
        password.getStyleClass().add("password-value");
        Button copy = new Button(Texts.get("credentials.copy"));
        copy.setId("copyPassword");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(created.temporaryPassword());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(Texts.get("credentials.copied"));
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Texts.get("credentials.username")), username);
        grid.addRow(1, new Label(Texts.get("credentials.password")), new HBox(8, password, copy));
        grid.addRow(2, new Label(Texts.get("credentials.expires")), new Label(Texts.get("credentials.expiresAt",
                Formats.dateTime(created.expiresAt()))));
        Label mail = new Label(mailOutcome);
        mail.setWrapText(true);
        mail.setMaxWidth(560);
        dialog.getDialogPane().setContent(new VBox(14, grid, mail));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private static TextField readOnly(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(18);
        return field;
    }
}
