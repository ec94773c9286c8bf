package org.permitdesk.account.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.permitdesk.account.request.RequestField;

/**
 * The account form's fields in a grid, one per field of the chosen account type: a caption, the text field
 * and, under it, what is wrong with the value (in red, with the field outlined). Shared by the requests
 * screen and the accounts screen. Each text field's id is {@code field-<key>}, e.g. {@code field-email}.
 */
final class AccountFormFields {

    private final AccountFormViewModel form;
    private final GridPane grid;
    private final Map<RequestField, TextField> textFields = new EnumMap<>(RequestField.class);

    AccountFormFields(AccountFormViewModel form, GridPane grid) {
        this.form = form;
        this.grid = grid;
        for (RequestField field : RequestField.values()) {
            TextField text = new TextField();
            text.setId("field-" + field.key());
            text.textProperty().bindBidirectional(form.valueProperty(field));
            form.problemProperty(field).addListener((obs, old, now) -> outline(text, now));
            textFields.put(field, text);
        }
        form.fields().addListener((ListChangeListener<RequestField>) change -> layOut());
        layOut();
    }

    TextField textField(RequestField field) {
        return textFields.get(field);
    }

    private void layOut() {
        grid.getChildren().clear();
        int row = 0;
        for (RequestField field : form.fields()) {
            Label caption = new Label(field.label());
            caption.getStyleClass().add("field-caption");
            caption.setLabelFor(textFields.get(field));
            caption.setMinWidth(Region.USE_PREF_SIZE);
            Label problem = new Label();
            problem.setId("problem-" + field.key());
            problem.getStyleClass().add("field-problem");
            problem.setWrapText(true);
            problem.textProperty().bind(form.problemProperty(field));
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            TextField text = textFields.get(field);
            GridPane.setHgrow(text, Priority.ALWAYS);
            GridPane.setHgrow(problem, Priority.ALWAYS);
            grid.add(caption, 0, row);
            grid.add(text, 1, row++);
            grid.add(problem, 1, row++);
            outline(text, form.problemProperty(field).get());
        }
    }

    private static void outline(TextField text, String problem) {
        text.getStyleClass().remove("invalid");
        if (problem != null && !problem.isEmpty()) {
            text.getStyleClass().add("invalid");
        }
    }
}
