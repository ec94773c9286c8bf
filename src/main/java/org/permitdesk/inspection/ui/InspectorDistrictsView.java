package org.permitdesk.inspection.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.permitdesk.inspection.InspectorDistrictService.InspectorDistrict;

/** Each inspector with a district choice, saved when chosen (a tab of the inspection settings). */
public final class InspectorDistrictsView {

    @FXML private TableView<InspectorDistrict> districtTable;
    @FXML private TableColumn<InspectorDistrict, String> inspectorNameColumn;
    @FXML private TableColumn<InspectorDistrict, String> inspectorUserColumn;
    @FXML private TableColumn<InspectorDistrict, String> inspectorDistrictColumn;
    @FXML private Label districtMessage;

    private final InspectorDistrictsViewModel viewModel;

    public InspectorDistrictsView(InspectorDistrictsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        districtTable.setItems(viewModel.inspectors());
        inspectorNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        inspectorUserColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().username()));
        inspectorDistrictColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(InspectorDistrictsViewModel.shown(c.getValue())));
        inspectorDistrictColumn.setCellFactory(column -> new DistrictCell());
        districtMessage.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    /** A district choice box that is always shown, so one click changes it. */
    private final class DistrictCell extends TableCell<InspectorDistrict, String> {
        private final ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(
                InspectorDistrictsViewModel.choices()));

        private boolean showing;

        DistrictCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(event -> {
                InspectorDistrict inspector = getTableRow() == null ? null : getTableRow().getItem();
                if (!showing) {
                    viewModel.choose(inspector, box.getValue());
                }
            });
        }

        @Override
        protected void updateItem(String district, boolean empty) {
            super.updateItem(district, empty);
            if (empty || district == null) {
                setGraphic(null);
            } else {
                showing = true;
                box.setValue(district);
                showing = false;
                setGraphic(box);
            }
        }
    }
}
