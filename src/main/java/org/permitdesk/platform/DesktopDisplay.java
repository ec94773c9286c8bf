package org.permitdesk.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the desktop app has a display to open on, and the one line that says so when it has none (instead of
 * JavaFX's "UnsupportedOperationException: Unable to open DISPLAY" stack trace). Exit code 2.
 */
public final class DesktopDisplay {

    private static final String COMMANDS_WORK = " The command-line commands work without a display:"
            + " see permitdesk --help, e.g. permitdesk report --help.";

    private DesktopDisplay() {
    }

    /**
     * Why the desktop app cannot open, judged from the environment alone (before JavaFX starts): on Linux and
     * other Unix systems, neither DISPLAY nor WAYLAND_DISPLAY is set. Windows and macOS always have a display;
     * JavaFX's headless Monocle platform ({@code glass.platform=Monocle}, as in the screen tests) needs none.
     */
    public static Optional<String> missing(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        boolean ownDisplay = os.startsWith("windows") || os.startsWith("mac") || "monocle".equalsIgnoreCase(glassPlatform);
        if (ownDisplay || isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("No display for the desktop app: DISPLAY and WAYLAND_DISPLAY are not set (start it in a"
                + " desktop session, or over ssh -X)." + COMMANDS_WORK);
    }

    /** {@link #missing(Map, String, String)} for this JVM. */
    public static Optional<String> missingHere() {
        return missing(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
    }

    /** The line for JavaFX failing to open the display that is set, e.g. DISPLAY=:99 with no X server there. */
    public static String cannotOpen(Map<String, String> env) {
        String display = isSet(env.get("WAYLAND_DISPLAY")) && !isSet(env.get("DISPLAY"))
                ? "WAYLAND_DISPLAY=" + env.get("WAYLAND_DISPLAY") : "DISPLAY=" + env.getOrDefault("DISPLAY", "");
        return "Cannot open the display for the desktop app (" + display + ": no display server answers there,"
                + " or it refused this user)." + COMMANDS_WORK;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** The desktop app has no display: the message is the one line to show; exit code 2. */
    public static final class Unavailable extends UserFacingException {
        public Unavailable(String message) {
            super(message);
        }

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
