package org.permitdesk.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a report can be saved as. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** RFC 4180 CSV written straight from the report's rows (one row per permit, payment…), UTF-8. */
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension without the dot ("pdf"). */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code text} ("pdf", "XLSX"…), if any. */
    public static Optional<ReportFormat> named(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(format -> format.extension.equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
