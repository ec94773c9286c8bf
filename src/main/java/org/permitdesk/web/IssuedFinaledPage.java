package org.permitdesk.web;

import java.time.LocalDate;
import java.util.List;
import org.permitdesk.report.IssuedFinaledData;

/**
 * The permits issued or finaled in a period, optionally of one type, with the desktop report's counts
 * ({@link IssuedFinaledData}); each list shows its first {@link #SHOWN} permits (the CSV has all of them).
 * {@code problem} says what is wrong with the period asked for (then {@code data} is null).
 */
public record IssuedFinaledPage(LocalDate from, LocalDate to, String typeCode, List<TypeChoice> types,
                                IssuedFinaledData data, String problem) {

    static final int SHOWN = 500;
    /** The longest period listed. */
    static final int MOST_DAYS = 366;

    /** A permit type to choose in the form. */
    public record TypeChoice(String code, String name) {
    }

    public List<IssuedFinaledData.PermitLine> issuedShown() {
        return data.issued().subList(0, Math.min(SHOWN, data.issued().size()));
    }

    public List<IssuedFinaledData.PermitLine> finaledShown() {
        return data.finaled().subList(0, Math.min(SHOWN, data.finaled().size()));
    }

    public int shownLimit() {
        return SHOWN;
    }

    /** The query string of this period and type ("from=…&to=…&type=…"). */
    public String query() {
        return "from=" + from + "&to=" + to + (typeCode.isEmpty() ? "" : "&type=" + typeCode);
    }
}
