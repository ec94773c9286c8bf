package org.permitdesk.permit.attachment;

import java.time.Instant;

/** An attachment as the permit screen lists it (without its content). */
public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes, String addedBy,
                            Instant addedAt) {

    /** "2.4 MB", "830 KB", "512 bytes". */
    public String size() {
        if (sizeBytes >= 1024 * 1024) {
            return String.format(java.util.Locale.US, "%.1f MB", sizeBytes / 1024.0 / 1024.0);
        }
        return sizeBytes >= 1024 ? (sizeBytes / 1024) + " KB" : sizeBytes + " bytes";
    }
}
