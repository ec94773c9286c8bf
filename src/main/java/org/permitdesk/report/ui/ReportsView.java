package org.permitdesk.report.ui;

import java.io.File;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.controlsfx.control.CheckComboBox;
import org.permitdesk.platform.ui.ErrorStyle;
import org.permitdesk.platform.ui.StrictDates;
import org.permitdesk.platform.ui.Texts;
import org.permitdesk.report.ReportFormat;
import org.permitdesk.report.ReportKind;
import org.permitdesk.report.ReportService.PermitTypeChoice;

/** The supervisors' reports screen: parameters on the left, the pages on the right. */
public final class ReportsView {

    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    @FXML private ListView<ReportKind> kindList;
    @FXML private ComboBox<ReportPeriod> periodChoice;
    @FXML private Label periodLabel;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private Label typesLabel;
    @FXML private Label daysLabel;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private CheckComboBox<PermitTypeChoice> typeChoice;
    @FXML private TextField daysField;
    @FXML private Label problemsLabel;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label reportStatusLabel;
    @FXML private Button savePdfButton;
    @FXML private Button saveXlsxButton;
    @FXML private Button saveCsvButton;
    @FXML private Button printButton;
    @FXML private Button previousPageButton;
    @FXML private Label pageLabel;
    @FXML private Button nextPageButton;
    @FXML private ScrollPane pageScroll;
    @FXML private Label previewPlaceholder;
    @FXML private ImageView pageView;

    private final ReportsViewModel viewModel;

    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        kindList.getItems().setAll(ReportKind.values());
        kindList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ReportKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : kind.title());
            }
        });
        kindList.getSelectionModel().select(viewModel.parameters().kindProperty().get());
        kindList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.parameters().kindProperty().set(now);
            }
        });
        bindParameters();
        bindCommands();
        bindPreview();
        viewModel.load();
    }

    private void bindParameters() {
        periodChoice.getItems().setAll(ReportPeriod.values());
        periodChoice.valueProperty().bindBidirectional(viewModel.parameters().periodProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.parameters().fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.parameters().toProperty());
        commitTypedDate(fromPicker, Texts.get("reports.from"));
        commitTypedDate(toPicker, Texts.get("reports.to"));
        daysField.textProperty().bindBidirectional(viewModel.parameters().daysProperty());
        typeChoice.getItems().setAll(viewModel.parameters().permitTypes());
        viewModel.parameters().permitTypes().addListener((ListChangeListener<PermitTypeChoice>) change ->
                typeChoice.getItems().setAll(viewModel.parameters().permitTypes()));
        typeChoice.setTitle(Texts.get("reports.allTypes"));
        typeChoice.getCheckModel().getCheckedItems().addListener((ListChangeListener<PermitTypeChoice>) change -> {
            viewModel.parameters().chosenTypes().setAll(typeChoice.getCheckModel().getCheckedItems());
            typeChoice.setTitle(viewModel.parameters().chosenTypes().isEmpty() ? Texts.get("reports.allTypes") : null);
        });
        var range = Bindings.createBooleanBinding(() -> viewModel.parameters().kindProperty().get().usesDateRange(),
                viewModel.parameters().kindProperty());
        var types = Bindings.createBooleanBinding(() -> viewModel.parameters().kindProperty().get().usesPermitTypes(),
                viewModel.parameters().kindProperty());
        showWhen(range, periodLabel, periodChoice, fromLabel, fromPicker, toLabel, toPicker);
        showWhen(types, typesLabel, typeChoice);
        showWhen(range.not(), daysLabel, daysField);
        problemsLabel.textProperty().bind(viewModel.parameters().problemsProperty());
        problemsLabel.managedProperty().bind(viewModel.parameters().problemsProperty().isNotEmpty());
    }

    private void bindCommands() {
        var cannotRun = viewModel.busyProperty().or(viewModel.parameters().problemsProperty().isNotEmpty());
        runButton.disableProperty().bind(cannotRun);
        runButton.setOnAction(event -> {
            commitDates();
            viewModel.run();
        });
        cancelButton.disableProperty().bind(viewModel.busyProperty().not());
        cancelButton.setOnAction(event -> viewModel.cancel());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        reportStatusLabel.textProperty().bind(viewModel.statusProperty());
        ErrorStyle.bind(reportStatusLabel, viewModel.statusIsErrorProperty());
        savePdfButton.disableProperty().bind(cannotRun);
        saveXlsxButton.disableProperty().bind(cannotRun);
        saveCsvButton.disableProperty().bind(cannotRun);
        savePdfButton.setOnAction(event -> save(ReportFormat.PDF, Texts.get("files.pdf")));
        saveXlsxButton.setOnAction(event -> save(ReportFormat.XLSX, Texts.get("files.xlsx")));
        saveCsvButton.setOnAction(event -> save(ReportFormat.CSV, Texts.get("files.csv")));
        printButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.hasReportProperty().not()));
        printButton.setOnAction(event -> viewModel.print());
        runButton.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(RUN, runButton::fire);
            }
        });
    }

    private void bindPreview() {
        pageView.imageProperty().bind(viewModel.pageImageProperty());
        pageView.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double image = viewModel.pageImageProperty().get() == null ? 0 : viewModel.pageImageProperty().get().getWidth();
            return Math.max(200, Math.min(image, pageScroll.getViewportBounds().getWidth() - 16));
        }, viewModel.pageImageProperty(), pageScroll.viewportBoundsProperty()));
        previewPlaceholder.visibleProperty().bind(viewModel.hasReportProperty().not());
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.pageCountProperty().get() == 0 ? ""
                : Texts.get("reports.page", viewModel.pageProperty().get(), viewModel.pageCountProperty().get()),
                viewModel.pageProperty(), viewModel.pageCountProperty()));
        previousPageButton.disableProperty().bind(viewModel.pageProperty().lessThanOrEqualTo(1));
        nextPageButton.disableProperty().bind(viewModel.pageProperty().greaterThanOrEqualTo(viewModel.pageCountProperty()));
        previousPageButton.setOnAction(event -> viewModel.previousPage());
        nextPageButton.setOnAction(event -> viewModel.nextPage());
        pageScroll.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.PAGE_DOWN && event.isControlDown()) {
                viewModel.nextPage();
            } else if (event.getCode() == KeyCode.PAGE_UP && event.isControlDown()) {
                viewModel.previousPage();
            }
        });
    }

    private void save(ReportFormat format, String description) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("reports.save.title", format.extension().toUpperCase(java.util.Locale.ROOT)));
        String name = viewModel.parameters().kindProperty().get().template().replace(".jrxml", "") + "-"
                + (viewModel.parameters().kindProperty().get().usesDateRange() ? viewModel.parameters().fromProperty().get() + "-to-"
                + viewModel.parameters().toProperty().get() : LocalDate.now()) + "." + format.extension();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + format.extension()));
        commitDates();
        File file = chooser.showSaveDialog(runButton.getScene().getWindow());
        if (file != null) {
            viewModel.save(format, file.toPath());
        }
    }

    /** A date typed into the picker counts without pressing Enter (the picker commits it only on Enter). */
    /** A date typed into a picker is checked as it is typed and counts once the field is left (or on Enter). */
    private void commitTypedDate(DatePicker picker, String field) {
        picker.setConverter(StrictDates.converter(picker::getValue));
        picker.getEditor().textProperty().addListener((obs, old, typed) ->
                viewModel.parameters().dateTyped(field, readDate(picker).isPresent() ? null : typed));
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitDate(picker);
            }
        });
    }

    private void commitDates() {
        commitDate(fromPicker);
        commitDate(toPicker);
    }

    private static void commitDate(DatePicker picker) {
        readDate(picker).filter(date -> !date.equals(picker.getValue())).ifPresent(picker::setValue);
    }

    private static java.util.Optional<LocalDate> readDate(DatePicker picker) {
        try {
            return java.util.Optional.ofNullable(StrictDates.parse(picker.getEditor().getText()));
        } catch (RuntimeException notADate) {
            return java.util.Optional.empty();
        }
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue shown, javafx.scene.Node... nodes) {
        for (javafx.scene.Node node : nodes) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }
}
