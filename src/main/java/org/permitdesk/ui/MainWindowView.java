package org.permitdesk.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.permitdesk.platform.ui.Texts;

/**
 * The main window: a bar with the sections of the signed-in user's roles, and tabs — the permit
 * search first, then each opened permit. Ctrl+K or Ctrl+F jumps to the search; Ctrl+W closes a permit tab.
 */
public final class MainWindowView {

    @FXML private HBox sectionBar;
    @FXML private Label userLabel;
    @FXML private Label databaseLabel;
    @FXML private Button signOutButton;
    @FXML private Button newPermitButton;
    @FXML private TabPane tabs;
    @FXML private Tab searchTab;

    private final MainWindowViewModel viewModel;
    private final Map<String, Tab> openTabs = new HashMap<>();
    private Runnable focusSearch = () -> { };
    private final Map<Section, Runnable> sectionActions = new EnumMap<>(Section.class);
    private Runnable newPermit = () -> { };

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        MenuButton administration = new MenuButton(Texts.get("main.administration"));
        administration.setId("section-administration");
        administration.getStyleClass().add("section-button");
        administration.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Section section : viewModel.sections()) {
            if (section.administration()) {
                MenuItem item = new MenuItem(section.label());
                item.setId("section-" + section.name().toLowerCase(java.util.Locale.ROOT));
                item.setOnAction(event -> {
                    if (group.getSelectedToggle() != null) {
                        group.getSelectedToggle().setSelected(false);
                    }
                    sectionActions.getOrDefault(section, this::showSearch).run();
                });
                administration.getItems().add(item);
                continue;
            }
            ToggleButton button = new ToggleButton(section.label());
            button.setToggleGroup(group);
            button.setSelected(section == Section.PERMITS);
            button.getStyleClass().add("section-button");
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.setId("section-" + section.name().toLowerCase(java.util.Locale.ROOT));
            button.setOnAction(event -> {
                button.setSelected(true);
                sectionActions.getOrDefault(section, this::showSearch).run();
            });
            sectionBar.getChildren().add(button);
        }
        if (!administration.getItems().isEmpty()) {
            sectionBar.getChildren().add(administration);
        }
        userLabel.setText(viewModel.userLabel());
        databaseLabel.setText(viewModel.databaseLabel());
        signOutButton.setOnAction(event -> viewModel.signOut());
        newPermitButton.setVisible(viewModel.canEnterPermits());
        newPermitButton.setManaged(viewModel.canEnterPermits());
        newPermitButton.setOnAction(event -> newPermit.run());
        newPermitButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** Puts the permit search in the first tab; {@code focus} moves the cursor into its search field. */
    public void showSearchContent(Parent content, Runnable focus) {
        searchTab.setContent(content);
        this.focusSearch = focus;
    }

    /** What the section's button does (the permit search, when nothing is set). */
    public void onSection(Section section, Runnable action) {
        sectionActions.put(section, action);
    }

    /** What "New permit" (button and Ctrl+N) does, for the roles that enter permits. */
    public void onNewPermit(Runnable action) {
        this.newPermit = action;
    }

    /** Keyboard shortcuts that work anywhere in the window. */
    public void installShortcuts(Scene scene) {
        Runnable search = this::showSearch;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), search);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search);
        if (viewModel.canEnterPermits()) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                    () -> newPermit.run());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), () -> {
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            if (selected != null && selected != searchTab) {
                tabs.getTabs().remove(selected);
            }
        });
    }

    public void showSearch() {
        tabs.getSelectionModel().select(searchTab);
        focusSearch.run();
    }

    /** Selects the tab for {@code key}, or adds it with the given title and content. */
    public void openTab(String key, ObservableStringValue title, Parent content) {
        Tab existing = openTabs.get(key);
        if (existing != null && tabs.getTabs().contains(existing)) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        Tab tab = new Tab();
        tab.textProperty().bind(title);
        tab.setContent(content);
        tab.setOnClosed(event -> openTabs.remove(key));
        openTabs.put(key, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        content.requestFocus();
    }

    /** Closes the tab for {@code key}, if it is open. */
    public void closeTab(String key) {
        Tab tab = openTabs.remove(key);
        if (tab != null) {
            tabs.getTabs().remove(tab);
        }
    }

    public boolean hasTab(String key) {
        return openTabs.containsKey(key);
    }
}
