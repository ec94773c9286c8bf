package org.permitdesk.permit.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.permitdesk.permit.PermitCatalog.SiteOption;
import org.permitdesk.permit.PermitCatalog.SubtypeOption;
import org.permitdesk.permit.PermitCatalog.TypeOption;
import org.permitdesk.permit.fee.SmipCategory;
import org.permitdesk.platform.ui.Texts;

/**
 * The new-permit screen, made for the keyboard: Tab from field to field; in the type list, typing letters
 * jumps to the matching type; in the site field, ↓ moves into the known sites and Enter picks one;
 * Ctrl+S (or Enter in the description) saves.
 */
public final class NewPermitView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    @FXML private javafx.scene.control.ScrollPane page;
    @FXML private VBox root;
    @FXML private ComboBox<TypeOption> typeChoice;
    @FXML private ComboBox<SubtypeOption> subtypeChoice;
    @FXML private TextField siteField;
    @FXML private ListView<SiteOption> siteList;
    @FXML private TextField parcelField;
    @FXML private TextField ownerNameField;
    @FXML private TextField ownerPhoneField;
    @FXML private TextField ownerEmailField;
    @FXML private Label ownerNoticeLabel;
    @FXML private TextField designerEmailField;
    @FXML private TextField designerBusinessField;
    @FXML private Label designerNoticeLabel;
    @FXML private TextField licenceField;
    @FXML private TextField businessField;
    @FXML private Label contractorLabel;
    @FXML private TextField valuationField;
    @FXML private javafx.scene.control.ChoiceBox<SmipCategory> smipChoice;
    @FXML private Label feeEstimateLabel;
    @FXML private TextField descriptionField;
    @FXML private Label problemsLabel;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;

    private final NewPermitViewModel viewModel;
    private final StringBuilder typed = new StringBuilder();
    private final PauseTransition typedReset = new PauseTransition(Duration.millis(900));

    public NewPermitView(NewPermitViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        typeChoice.setItems(viewModel.types());
        typeChoice.valueProperty().bindBidirectional(viewModel.typeProperty());
        typeChoice.addEventHandler(KeyEvent.KEY_TYPED, this::jumpToType);
        // letters typed before the types were loaded still pick one
        viewModel.types().addListener((javafx.collections.ListChangeListener<TypeOption>) change -> selectTyped());
        typedReset.setOnFinished(event -> {
            if (viewModel.types().isEmpty()) {
                typedReset.playFromStart(); // not loaded yet: keep the letters until they can pick a type
            } else {
                typed.setLength(0);
            }
        });
        subtypeChoice.setItems(viewModel.subtypes());
        subtypeChoice.valueProperty().bindBidirectional(viewModel.subtypeProperty());
        bindSite();
        parcelField.textProperty().bindBidirectional(viewModel.parcelProperty());
        ownerNameField.textProperty().bindBidirectional(viewModel.ownerNameProperty());
        ownerPhoneField.textProperty().bindBidirectional(viewModel.ownerPhoneProperty());
        ownerEmailField.textProperty().bindBidirectional(viewModel.ownerEmailProperty());
        ownerNoticeLabel.textProperty().bind(viewModel.ownerNoticeProperty());
        designerEmailField.textProperty().bindBidirectional(viewModel.designerEmailProperty());
        designerBusinessField.textProperty().bindBidirectional(viewModel.designerBusinessProperty());
        designerNoticeLabel.textProperty().bind(viewModel.designerNoticeProperty());
        licenceField.textProperty().bindBidirectional(viewModel.contractorLicenceProperty());
        businessField.textProperty().bindBidirectional(viewModel.contractorBusinessProperty());
        contractorLabel.textProperty().bind(viewModel.contractorNoticeProperty());
        viewModel.contractorFlaggedProperty().addListener((obs, old, flagged) ->
                contractorLabel.getStyleClass().setAll("label", flagged ? "licence-flagged" : "licence-good"));
        valuationField.textProperty().bindBidirectional(viewModel.valuationProperty());
        smipChoice.getItems().setAll(SmipCategory.values());
        smipChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SmipCategory category) {
                return category == null ? "" : Texts.get(category == SmipCategory.OTHER ? "smip.other" : "smip.residential");
            }

            @Override
            public SmipCategory fromString(String text) {
                return null;
            }
        });
        smipChoice.valueProperty().bindBidirectional(viewModel.smipCategoryProperty());
        // ↓ and ↑ change the category without opening the list (which kept the Tab and the letters typed after it)
        smipChoice.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!smipChoice.isShowing() && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP)) {
                List<SmipCategory> items = smipChoice.getItems();
                int at = items.indexOf(smipChoice.getValue());
                int next = event.getCode() == KeyCode.DOWN ? Math.min(at + 1, items.size() - 1) : Math.max(at - 1, 0);
                smipChoice.setValue(items.get(next));
                event.consume();
            }
        });
        smipChoice.addEventFilter(KeyEvent.KEY_RELEASED, event -> { // the list opens when ↓ is released
            if (!smipChoice.isShowing() && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP)) {
                event.consume();
            }
        });
        feeEstimateLabel.textProperty().bind(viewModel.feeEstimateProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        descriptionField.setOnAction(event -> viewModel.save());
        problemsLabel.textProperty().bind(viewModel.problemsProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        saveButton.setOnAction(event -> viewModel.save());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                viewModel.save();
                event.consume();
            }
        });
        viewModel.loadTypes();
    }

    private void bindSite() {
        siteField.textProperty().bindBidirectional(viewModel.siteTextProperty());
        siteList.setItems(viewModel.siteSuggestions());
        parcelField.disableProperty().bind(viewModel.siteProperty().isNotNull());
        siteList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.siteSuggestions()));
        siteList.managedProperty().bind(siteList.visibleProperty());
        // as tall as the matches, up to six rows (one match showed above five empty rows)
        double rowHeight = 24;
        siteList.setFixedCellSize(rowHeight);
        siteList.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(6,
                javafx.beans.binding.Bindings.size(viewModel.siteSuggestions())).multiply(rowHeight).add(2));
        siteField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN && !siteList.getItems().isEmpty()) {
                siteList.requestFocus();
                siteList.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        siteList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && siteList.getSelectionModel().getSelectedItem() != null) {
                pick(siteList.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        siteList.setOnMouseClicked(event -> {
            if (siteList.getSelectionModel().getSelectedItem() != null) {
                pick(siteList.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void pick(SiteOption option) {
        viewModel.chooseSite(option);
        siteField.setText(option.address());
        parcelField.setText(option.parcelNumber() == null ? "" : option.parcelNumber());
        ownerNameField.requestFocus();
    }

    /** Typing letters in the type list selects the first type whose name or prefix starts with them. */
    private void jumpToType(KeyEvent event) {
        String character = event.getCharacter();
        if (character.isBlank() || Character.isISOControl(character.charAt(0)) || event.isShortcutDown()
                || event.isControlDown() || event.isAltDown()) {
            return; // not the letter or control character that Ctrl+N itself types
        }
        typed.append(character.toLowerCase());
        typedReset.playFromStart();
        selectTyped();
    }

    private void selectTyped() {
        String start = typed.toString();
        if (start.isEmpty()) {
            return;
        }
        viewModel.types().stream()
                .filter(t -> t.name().toLowerCase().startsWith(start) || t.prefix().toLowerCase().startsWith(start))
                .findFirst().ifPresent(typeChoice::setValue);
    }

    /**
     * Puts the cursor in the permit type at once, before the key presses already waiting are handled. The form scrolls,
     * and a scroll pane puts its content in the window only when its skin is made, on the first CSS pass: until then
     * asking for the focus does nothing (the first letters typed were lost, and a fast Tab landed elsewhere). So the
     * CSS pass and the layout (for Tab to find the next field) are made now.
     */
    public void focusFirstField() {
        page.applyCss();
        page.layout();
        typeChoice.requestFocus();
    }
}
