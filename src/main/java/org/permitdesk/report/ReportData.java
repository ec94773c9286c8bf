package org.permitdesk.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRDataSource;

/**
 * The rows of one report, read in one transaction: what its template is filled with and what its CSV is
 * written from, so the printed report, the spreadsheet and the CSV always agree.
 */
public interface ReportData {

    /** The template parameters of this report (totals, headings), besides those every report gets. */
    Map<String, Object> parameters();

    /** A fresh data source over the rows, as the template's fields name them. */
    JRDataSource dataSource();

    /** The CSV's first line. */
    List<String> csvHeader();

    /** The CSV's rows, in the order of {@link #csvHeader()}; null values are written as empty cells. */
    Stream<List<Object>> csvRows();

    /** How many rows the lists of the report have (permits, inspections, payments). */
    int rowCount();
}
