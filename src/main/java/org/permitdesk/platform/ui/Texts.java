package org.permitdesk.platform.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences a screen shows, looked up in the same bundle as the FXML's {@code %keys}
 * ({@code org/permitdesk/messages.properties}). A text with placeholders is a {@link MessageFormat} pattern
 * ({@code {0}}, {@code {0,number,#}}; an apostrophe is written {@code ''} there); a text without is used as written.
 */
public final class Texts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(ViewLoader.BUNDLE);

    private Texts() {
    }

    /** The text of {@code key}, its placeholders filled with {@code args} (US number format). */
    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.US).format(args);
    }
}
