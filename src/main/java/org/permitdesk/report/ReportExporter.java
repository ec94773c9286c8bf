package org.permitdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import org.apache.commons.csv.CSVFormat;
import org.permitdesk.platform.report.PlainTextPdfExporter;
import org.apache.commons.csv.CSVPrinter;
import org.permitdesk.platform.CsvCells;

/** Writes a filled report as PDF or XLSX (JasperReports' exporters), or its rows as RFC 4180 CSV (formula-like text
 * cells quoted, see {@link CsvCells}). */
final class ReportExporter {

    private ReportExporter() {
    }

    static void pdf(JasperPrint print, OutputStream out) throws JRException {
        PlainTextPdfExporter.write(print, out);
    }

    /**
     * The element property a template sets to "true" on headings JasperReports prints again at the top of each
     * following page (see reports/issued-finaled.jrxml): wanted on paper, not in a spreadsheet one sorts and filters.
     * Its prefix is one JasperReports copies from the template onto the printed elements.
     */
    static final String REPEATED_HEADING = "net.sf.jasperreports.export.permitdesk.repeated.heading";

    /**
     * One sheet without the page footers or the headings repeated on each page, cells typed (numbers and dates stay
     * numbers and dates), no empty spacer rows.
     */
    static void xlsx(JasperPrint print, OutputStream out) throws JRException {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setRemoveEmptySpaceBetweenColumns(true);
        configuration.setWhitePageBackground(false);
        configuration.setSheetNames(new String[] {"Report"});
        configuration.setExporterFilter(element -> (element.getOrigin() == null
                || element.getOrigin().getBandType() != BandTypeEnum.PAGE_FOOTER)
                && !"true".equals(element.getPropertiesMap().getProperty(REPEATED_HEADING)));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /**
     * The header, then one record per row, each cell {@linkplain CsvCells#safe safe} to open in a spreadsheet; the
     * stream is flushed, not closed.
     */
    static void csv(ReportData data, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(CsvCells.safe(data.csvHeader()));
            Iterator<List<Object>> rows = data.csvRows().iterator();
            while (rows.hasNext()) {
                printer.printRecord(CsvCells.safe(rows.next()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
