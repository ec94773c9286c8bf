package org.permitdesk.ui;

import java.util.function.Supplier;
import javafx.scene.Parent;

/** A screen behind a top-bar section: its tab's title and its content, made (and loaded) when first opened. */
public record SectionScreen(String title, Supplier<Parent> content) {
}
