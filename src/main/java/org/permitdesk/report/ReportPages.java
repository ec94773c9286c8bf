package org.permitdesk.report;

import java.awt.image.BufferedImage;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrintManager;
import org.permitdesk.platform.UserFacingException;

/** Pictures of a filled report's pages, for the in-app preview. Slow: never on the JavaFX thread. */
public final class ReportPages {

    private ReportPages() {
    }

    /** Page {@code index} (from 0) drawn at {@code zoom} (1 = 72 dots per inch). */
    public static BufferedImage render(FilledReport report, int index, float zoom) {
        if (index < 0 || index >= report.pageCount()) {
            throw new IllegalArgumentException("No page " + (index + 1) + " of " + report.pageCount());
        }
        try {
            return (BufferedImage) JasperPrintManager.printPageToImage(report.print(), index, zoom);
        } catch (JRException e) {
            throw new UserFacingException("Page " + (index + 1) + " of the report could not be drawn: "
                    + e.getMessage(), e);
        }
    }
}
