package org.permitdesk.platform.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.permitdesk.testing.PdfText;

/**
 * The quick exporter draws every text exactly where JasperReports' own PDF exporter draws it: the same text, font,
 * size, colour and position on every page, and the same borders, read from the two PDFs' page content. Texts it cannot draw the quick way
 * (several lines, wrapping, a tab, markup, rotated, a background, a link) are left to JasperReports.
 */
class PlainTextPdfExporterTest {

    /** Rows of the test template: over three pages. */
    private static final int ROWS = 60;
    /** Texts per row that the quick way must leave to JasperReports. */
    private static final int USUAL_PER_ROW = 7;

    private static JasperPrint print;

    @BeforeAll
    static void fill() throws Exception {
        try (InputStream jrxml = PlainTextPdfExporterTest.class.getResourceAsStream("text-kinds.jrxml")) {
            JasperReport report = JasperCompileManager.compileReport(jrxml);
            print = JasperFillManager.fillReport(report, new java.util.HashMap<>(), new JREmptyDataSource(ROWS));
        }
    }

    @Test
    void drawsEveryTextWhereJasperReportsOwnExporterDrawsIt() throws Exception {
        byte[] usual = export(new JRPdfExporter());
        PlainTextPdfExporter quickExporter = new PlainTextPdfExporter();
        byte[] quick = export(quickExporter);

        List<String> expected = textDraws(usual);
        assertTrue(expected.size() > ROWS * 10, "the template draws many texts: " + expected.size());
        List<String> actual = textDraws(quick);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "drawing " + i + " differs");
        }
        assertEquals(expected.size(), actual.size(), "texts and lines drawn");
        long[] counts = quickExporter.textCounts();
        assertEquals(ROWS * USUAL_PER_ROW, counts[1], "multi-line, wrapping, tab, markup, rotated, background and link texts");
        assertTrue(counts[0] > ROWS * 6, "the plain one-line texts took the quick way: " + counts[0]);
    }

    @Test
    void theTextReadsBackFromThePdf() throws Exception {
        String text = PdfText.of(export(new PlainTextPdfExporter()));

        assertTrue(text.contains("Text kinds"), text);
        assertTrue(text.contains("Left 60") && text.contains("Centre 60") && text.contains("$74,070.00"), text);
        assertTrue(text.contains("Red middle") && text.contains("Bottom right"), text);
        assertTrue(text.contains("First line") && text.contains("second line of its box") && text.contains("On yellow") && text.contains("A link"), text);
    }

    private static byte[] export(JRPdfExporter exporter) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(bytes));
        exporter.exportReport();
        return bytes.toByteArray();
    }

    /**
     * Each text shown on each page, as "page · font size · fill colour · x y · glyphs" in the order drawn (the
     * position is the text matrix (Tm) moved by any Td, the glyphs are the shown string's bytes), and each line
     * drawn (borders, rules) as its move-to and line-to points.
     */
    private static List<String> textDraws(byte[] pdf) throws IOException {
        List<String> draws = new ArrayList<>();
        PdfReader reader = new PdfReader(pdf);
        try {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
                List<PdfObject> operands;
                String font = "";
                String fill = "0 g";
                float x = 0;
                float y = 0;
                while (!(operands = parser.parse(new ArrayList<>())).isEmpty()) {
                    String operator = operands.get(operands.size() - 1).toString();
                    switch (operator) {
                        case "Tf" -> font = operands.get(0) + " " + number(operands.get(1));
                        case "rg", "g" -> fill = String.join(" ", operands.stream().map(Object::toString).toList());
                        case "Tm" -> {
                            x = number(operands.get(4));
                            y = number(operands.get(5));
                        }
                        case "Td" -> {
                            x += number(operands.get(0));
                            y += number(operands.get(1));
                        }
                        case "m", "l" -> draws.add(String.format(Locale.ROOT, "p%d · %s %.2f %.2f", page, operator,
                                number(operands.get(0)), number(operands.get(1))));
                        case "Tj" -> draws.add(String.format(Locale.ROOT, "p%d · %s · %s · %.2f %.2f · %s", page, font,
                                fill, x, y, HexFormat.of().formatHex(((PdfString) operands.get(0)).getBytes())));
                        default -> {
                        }
                    }
                }
            }
        } finally {
            reader.close();
        }
        return draws;
    }

    private static float number(PdfObject object) {
        return ((PdfNumber) object).floatValue();
    }
}
