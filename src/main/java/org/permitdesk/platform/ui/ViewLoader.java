package org.permitdesk.platform.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML of a view: {@code XxxView} is paired with {@code Xxx.fxml} in the same package
 * (under {@code fxml-resources/}). The view object is the controller; its {@code @FXML} fields are
 * injected and its {@code initialize()} runs. Visible text comes from {@code %keys} in the bundle.
 */
public final class ViewLoader {

    public static final String BUNDLE = "org.permitdesk.messages";

    private final ResourceBundle bundle;

    public ViewLoader(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ViewLoader withDefaultBundle() {
        return new ViewLoader(ResourceBundle.getBundle(BUNDLE));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public Parent load(Object view) {
        URL fxml = fxmlOf(view.getClass());
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    public static URL fxmlOf(Class<?> viewClass) {
        String name = viewClass.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL url = viewClass.getResource(name);
        if (url == null) {
            throw new IllegalStateException("No " + name + " beside " + viewClass.getName() + " in fxml-resources");
        }
        return url;
    }
}
