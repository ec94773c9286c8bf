package org.permitdesk.account.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.permitdesk.account.AccountDetails;
import org.permitdesk.account.AccountSummary;
import org.permitdesk.account.DuplicateCheck;
import org.permitdesk.account.request.RequestField;
import org.permitdesk.platform.Formats;
import org.permitdesk.platform.ui.Texts;

/**
 * Shows existing accounts beside the form: the account that blocks creating (same licence or sign-in
 * email, in red) and likely duplicates (same email, phone or a similar name, in yellow), each as a
 * side-by-side comparison of this request and the existing account.
 */
final class DuplicateCards {

    private DuplicateCards() {
    }

    static void show(VBox box, DuplicateCheck check, AccountDetails wanted) {
        box.getChildren().clear();
        check.sameUsername().ifPresent(existing -> box.getChildren().add(card("duplicate-blocking",
                Texts.get("duplicates.blocking", existing.username()),
                wanted, existing)));
        for (DuplicateCheck.LikelyDuplicate likely : check.likely()) {
            box.getChildren().add(card("duplicate-likely", Texts.get("duplicates.likely", likely.account().username(),
                    String.join(", ", likely.reasons())), wanted, likely.account()));
        }
    }

    private static VBox card(String style, String heading, AccountDetails wanted, AccountSummary existing) {
        Label title = new Label(heading);
        title.setWrapText(true);
        title.getStyleClass().add("field-value");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow, grow);
        grid.addRow(0, muted(""), muted(Texts.get("duplicates.thisRequest")), muted(Texts.get("duplicates.existing")));
        int row = 1;
        List<RequestField> fields = wanted.type() == null ? List.of() : wanted.type().fields();
        for (RequestField field : fields) {
            grid.addRow(row++, muted(field.label()), value(wanted.value(field)), value(existing.details().value(field)));
        }
        grid.addRow(row, muted(Texts.get("duplicates.created")), value(""), value(Texts.get(
                existing.disabled() ? "duplicates.createdByDisabled" : "duplicates.createdBy",
                Formats.dateTime(existing.createdAt()), existing.createdBy())));
        VBox card = new VBox(6, title, grid);
        card.getStyleClass().add(style);
        return card;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(Formats.text(text));
        label.setWrapText(true);
        return label;
    }
}
