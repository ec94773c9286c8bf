package org.permitdesk.archfixture.shop;

import javafx.beans.property.SimpleStringProperty;

/** Broken: JavaFX outside a ui package. */
public final class BrokenServiceUsesJavaFx {
    public final SimpleStringProperty name = new SimpleStringProperty();
}
