package org.permitdesk.report;

import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A filled report, ready to show, print or export: its pages ({@link #print()}, kept in a swap file while large,
 * see {@link ReportService}) and the rows they were made from. Close it when done with it (deletes the swap file).
 */
public final class FilledReport implements AutoCloseable {

    private final ReportRequest request;
    private final ReportData data;
    private final JasperPrint print;
    private final JRVirtualizer virtualizer;

    FilledReport(ReportRequest request, ReportData data, JasperPrint print, JRVirtualizer virtualizer) {
        this.request = request;
        this.data = data;
        this.print = print;
        this.virtualizer = virtualizer;
    }

    public ReportRequest request() {
        return request;
    }

    /** The rows the report was filled with (totals, lists), as typed records. */
    public ReportData data() {
        return data;
    }

    /** The pages, for a viewer ({@code JasperPrintManager.printPageToImage}) or a printer. */
    public JasperPrint print() {
        return print;
    }

    public int pageCount() {
        return print.getPages().size();
    }

    @Override
    public void close() {
        if (virtualizer != null) {
            virtualizer.cleanup();
        }
    }
}
