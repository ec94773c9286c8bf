package org.permitdesk.platform;

/**
 * Text from a file shown to a person (a cell quoted in a rejected row's reason, a line listed on the terminal):
 * control characters escaped ({@code \n}, {@code \t}, {@code \e}, {@code \u0007}) so they can neither move the
 * cursor, change colours nor add a fake line, and cut with "…" so one huge cell can't flood the screen.
 */
public final class ShownText {

    /** How many characters of a cell are shown. */
    public static final int CELL = 80;

    private ShownText() {
    }

    /** {@code text} escaped and cut to {@link #CELL} characters. */
    public static String cell(String text) {
        return escaped(text, CELL);
    }

    /** {@code text} escaped, then cut to {@code max} characters (the last one "…") when longer. */
    public static String escaped(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(Math.min(text.length(), max) + 8);
        for (int i = 0; i < text.length() && shown.length() <= max; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                case '\u001b' -> shown.append("\\e");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            || Character.getType(c) == Character.FORMAT && c != '\u200d') {
                        shown.append(String.format("\\u%04x", (int) c));
                    } else {
                        shown.append(c);
                    }
                }
            }
        }
        if (shown.length() > max) {
            shown.setLength(max - 1);
            shown.append('…');
        }
        return shown.toString();
    }
}
