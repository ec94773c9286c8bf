package org.permitdesk.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of the CSV files PermitDesk writes, made safe to open in a spreadsheet (OWASP's rule against CSV
 * formula injection): a text cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading single quote, so {@code =HYPERLINK(…)} is shown as text, never run. Numbers stay numbers,
 * including a negative one written as text ({@code -116.3745}).
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /** {@code cell} as it is safe to write: a number as it is, a formula-like text with a leading quote. */
    public static Object safe(Object cell) {
        if (cell == null || cell instanceof Number) {
            return cell;
        }
        String text = cell.toString();
        return needsQuote(text) ? "'" + text : text;
    }

    /** Every cell of {@code row} made {@link #safe}. */
    public static List<Object> safe(Iterable<?> row) {
        List<Object> cells = new ArrayList<>();
        for (Object cell : row) {
            cells.add(safe(cell));
        }
        return cells;
    }

    /**
     * A cell read from a CSV file PermitDesk may have written, as it was before {@link #safe} (the quote taken
     * off again), so an exported file imports the same values.
     */
    public static String unquoted(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * A formula-like text, or one that {@link #unquoted} would change (quotes before a formula-like text), so
     * that {@code unquoted(safe(x))} is always {@code x}.
     */
    private static boolean needsQuote(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\'') {
            start++;
        }
        return formulaLike(start == 0 ? text : text.substring(start));
    }

    private static boolean formulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula && !NUMBER.matcher(text).matches();
    }
}
