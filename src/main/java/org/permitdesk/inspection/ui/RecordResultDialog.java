package org.permitdesk.inspection.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.permitdesk.inspection.Correction;
import org.permitdesk.inspection.InspectionResult;
import org.permitdesk.inspection.InspectorRouteService.Stop;
import org.permitdesk.platform.ui.Texts;

/**
 * "Record result" for one stop: the result, notes, and for a failed or partial result the correction items —
 * ticked in the library (found by typing a code or words; on a reinspection the items still open from the last
 * visit come first, ticked) or typed one per line; greyed out for the other results. OK waits until a failed or
 * partial result has an item. For a stop already resulted it is "Correct result": the recorded result is chosen
 * and OK waits for the reason too.
 */
final class RecordResultDialog {

    /** What the inspector recorded; {@code reason} for a correction of a recorded result, else {@code null}. */
    record Outcome(InspectionResult result, String notes, List<Correction> corrections, String reason) {
    }

    private static final Set<InspectionResult> NEED_ITEMS = Set.of(InspectionResult.FAILED, InspectionResult.PARTIAL);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<InspectionResult> result = new ChoiceBox<>();
    private final TextField notes = new TextField();
    private final TextField filter = new TextField();
    private final TextArea typed = new TextArea();
    private final TextField reason = new TextField();
    private final Map<Correction, BooleanProperty> ticks = new LinkedHashMap<>();
    private final List<Correction> open;

    RecordResultDialog(Window owner, Stop stop, List<Correction> library) {
        this.open = stop.openCorrections();
        dialog.initOwner(owner);
        boolean correcting = stop.resulted();
        dialog.setTitle(Texts.get(correcting ? "result.title.correct" : "result.title.record"));
        dialog.setResizable(true);
        dialog.setHeaderText(Texts.get("result.header", stop.inspection(), stop.address(), stop.permitNumber())
                + (correcting ? Texts.get("result.header.correcting", stop.result().label().toLowerCase()) : ""));
        open.forEach(item -> ticks.put(item, new SimpleBooleanProperty(true)));
        library.forEach(item -> ticks.putIfAbsent(item, new SimpleBooleanProperty(false)));

        result.setId("resultChoice");
        result.getItems().setAll(InspectionResult.values());
        result.setConverter(new StringConverter<>() {
            @Override
            public String toString(InspectionResult value) {
                return value == null ? "" : value.label();
            }

            @Override
            public InspectionResult fromString(String text) {
                return Arrays.stream(InspectionResult.values()).filter(r -> r.label().equals(text)).findFirst().orElse(null);
            }
        });
        result.setValue(correcting ? stop.result() : InspectionResult.PASSED);
        notes.setId("resultNotes");
        notes.setPromptText(Texts.get("result.notes"));

        VBox corrections = correctionsPane();
        // Greyed out (not hidden) unless the result needs items, so the dialog keeps its size and place.
        corrections.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !NEED_ITEMS.contains(result.getValue()), result.valueProperty()));
        Label problem = new Label(Texts.get("result.needsItems"));
        problem.setId("resultProblem");
        problem.getStyleClass().add("error-message");
        problem.setWrapText(true);
        BooleanBinding missingItems = missingItemsBinding();
        problem.visibleProperty().bind(missingItems);
        problem.managedProperty().bind(missingItems);

        VBox content = new VBox(8, new Label(Texts.get("result.result")), result, new Label(Texts.get("result.notesLabel")), notes,
                corrections, problem);
        content.setPrefWidth(640);
        BooleanBinding missingReason = Bindings.createBooleanBinding(() -> false);
        if (correcting) {
            reason.setId("correctionReason");
            reason.setPromptText(Texts.get("result.reason.prompt"));
            missingReason = Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty());
            content.getChildren().addAll(0, List.of(new Label(Texts.get("result.reason")), reason));
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(missingItems.or(missingReason));
    }

    /** Shows the dialog and waits; empty when cancelled. */
    Optional<Outcome> ask() {
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(result.getValue(), notes.getText(),
                NEED_ITEMS.contains(result.getValue()) ? picked() : List.of(),
                reason.getText().isBlank() ? null : reason.getText().strip()));
    }

    /** The ticked library items (open ones first), then the typed ones. */
    List<Correction> picked() {
        List<Correction> picked = new ArrayList<>();
        ticks.forEach((item, ticked) -> {
            if (ticked.get()) {
                picked.add(item);
            }
        });
        typed.getText().lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> picked.add(new Correction(null, line)));
        return picked;
    }

    private VBox correctionsPane() {
        FilteredList<Correction> shown = new FilteredList<>(FXCollections.observableArrayList(ticks.keySet()));
        filter.setId("libraryFilter");
        filter.setPromptText(Texts.get("result.filter"));
        filter.textProperty().addListener((obs, old, text) -> shown.setPredicate(item -> matches(item, text)));
        ListView<Correction> list = new ListView<>(shown);
        list.setId("libraryList");
        list.setPrefHeight(220);
        list.setCellFactory(view -> new TickCell(view));
        list.setOnKeyPressed(event -> {
            Correction item = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && item != null) {
                ticks.get(item).set(!ticks.get(item).get());
                event.consume();
            }
        });
        Label count = new Label();
        count.getStyleClass().add("muted");
        Runnable recount = () -> {
            long n = ticks.values().stream().filter(BooleanProperty::get).count();
            count.setText(n == 0 ? Texts.get("result.ticked.none") : Texts.get("result.ticked", n));
        };
        ticks.values().forEach(tick -> tick.addListener((obs, was, now) -> recount.run()));
        recount.run();
        typed.setId("typedCorrections");
        typed.setPromptText(Texts.get("result.typed"));
        typed.setPrefRowCount(3);
        typed.setWrapText(true);
        String heading = Texts.get(open.isEmpty() ? "result.items" : "result.items.reinspection");
        return new VBox(6, new Label(heading), filter, list, count, typed);
    }

    private BooleanBinding missingItemsBinding() {
        List<javafx.beans.Observable> inputs = new ArrayList<>(ticks.values());
        inputs.add(result.valueProperty());
        inputs.add(typed.textProperty());
        return Bindings.createBooleanBinding(() -> NEED_ITEMS.contains(result.getValue()) && picked().isEmpty(),
                inputs.toArray(javafx.beans.Observable[]::new));
    }

    private static boolean matches(Correction item, String text) {
        String haystack = ((item.codeRef() == null ? "" : item.codeRef()) + " " + item.text()).toLowerCase(Locale.ROOT);
        return text == null || Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
                .allMatch(word -> word.isEmpty() || haystack.contains(word));
    }

    /** A library item with its tick box; the text wraps to the list's width. */
    private final class TickCell extends ListCell<Correction> {

        private final CheckBox box = new CheckBox();
        private BooleanProperty bound;

        TickCell(ListView<Correction> list) {
            box.setWrapText(true);
            box.maxWidthProperty().bind(list.widthProperty().subtract(36));
        }

        @Override
        protected void updateItem(Correction item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.setText((open.contains(item) ? "[open] " : "")
                    + (item.codeRef() == null || item.codeRef().isBlank() ? "" : item.codeRef() + "  ") + item.text());
            bound = ticks.get(item);
            box.selectedProperty().bindBidirectional(bound);
            setGraphic(box);
        }
    }
}
