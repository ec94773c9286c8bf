package org.permitdesk.platform.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRAnchor;
import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRStyledTextAttributeSelector;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.type.RunDirectionEnum;
import net.sf.jasperreports.engine.util.JRStyledTextUtil;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;

/**
 * JasperReports' PDF exporter, with a quick way for the text most reports are made of: one line of plain text in one
 * font and colour. JasperReports lays every text out as a paragraph (styled text, an {@code AttributedString},
 * a bidirectional-text pass and OpenPDF's column layout), which for a long list is most of the export's time. A line
 * that the fill has already measured and cut to fit needs none of that: it is drawn where that layout would draw
 * it (the same font, size, baseline and alignment) with one {@code showText}. Anything else (several lines, tabs,
 * markup, indents or spacing, rotation, a background, links, bookmarks, right-to-left or complex scripts, tagged
 * PDF, simulated bold or italic) goes the usual way. Decision record 0010.
 */
public class PlainTextPdfExporter extends JRPdfExporter {

    /** Characters from Hebrew on may need bidirectional or complex-script layout: left to JasperReports. */
    private static final char FIRST_COMPLEX_SCRIPT_CHAR = '\u0590';

    private final JRStyledTextUtil styledTextUtil = JRStyledTextUtil.getInstance(DefaultJasperReportsContext.getInstance());
    private final FontUtil fontUtil = FontUtil.getInstance(DefaultJasperReportsContext.getInstance());
    private final Map<FontKey, Font> fonts = new HashMap<>();
    private long quick;
    private long usual;

    /** Writes {@code print} as PDF to {@code out} (not closed). */
    public static void write(JasperPrint print, OutputStream out) throws JRException {
        PlainTextPdfExporter exporter = new PlainTextPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }

    @Override
    public void exportText(JRPrintText text) {
        String line = isPlainLine(text) ? styledTextUtil.getTruncatedText(text) : null;
        if (line == null || !drawLine(text, line)) {
            usual++;
            super.exportText(text);
        }
    }

    /** How many texts took the quick way and how many the usual one (for benchmarks and tests). */
    public long[] textCounts() {
        return new long[] {quick, usual};
    }

    private boolean isPlainLine(JRPrintText text) {
        JRParagraph paragraph = text.getParagraph();
        String markup = text.getMarkup();
        return text.getLeadingOffset() != 0
                && (markup == null || JRCommonText.MARKUP_NONE.equals(markup))
                && text.getRotation() == RotationEnum.NONE
                && text.getMode() != ModeEnum.OPAQUE
                && text.getRunDirection() != RunDirectionEnum.RTL
                && text.getHyperlinkType() == HyperlinkTypeEnum.NONE
                && text.getAnchorName() == null
                && text.getBookmarkLevel() == JRAnchor.NO_BOOKMARK
                && text.getForecolor() != null && text.getForecolor().getAlpha() == 255
                && isZero(paragraph.getFirstLineIndent()) && isZero(paragraph.getLeftIndent())
                && isZero(paragraph.getRightIndent()) && isZero(paragraph.getSpacingBefore())
                && !Boolean.TRUE.equals(getCurrentConfiguration().isTagged())
                && pdfProducer instanceof ClassicPdfProducer;
    }

    private static boolean isZero(Integer value) {
        return value == null || value == 0;
    }

    /** Draws one line as JasperReports' simple text renderer would; false when the usual way must do it. */
    private boolean drawLine(JRPrintText text, String line) {
        String shown = line.stripTrailing(); // OpenPDF's line layout drops trailing spaces too
        if (text.getHorizontalTextAlign() == HorizontalTextAlignEnum.JUSTIFIED || !isSimple(shown)) {
            return false;
        }
        Font font = font(text);
        BaseFont baseFont = font.getBaseFont();
        if (baseFont == null || font.getStyle() != Font.NORMAL) {
            return false; // a standard font or a simulated style: OpenPDF's chunk handling does more
        }
        float size = font.getCalculatedSize();
        JRLineBox box = text.getLineBox();
        float pageHeight = getCurrentPageFormat().getPageHeight();
        int x = text.getX() + getOffsetX();
        int y = text.getY() + getOffsetY();
        float top = pageHeight - y - box.getTopPadding() - verticalAlignOffset(text) - text.getLeadingOffset();
        float baseline = top - text.getLineSpacingFactor() * size;
        float bottom = pageHeight - y - text.getHeight() + box.getBottomPadding();
        if (baseline < bottom) {
            return false; // the usual layout would not draw this line
        }
        float left = x + box.getLeftPadding();
        float right = x + text.getWidth() - box.getRightPadding();
        float width = baseFont.getWidthPoint(shown, size);
        if (width > right - left) {
            return false; // wraps onto more lines
        }
        float start = switch (text.getHorizontalTextAlign()) {
            case RIGHT -> right - width;
            case CENTER -> left + (right - left - width) / 2f;
            default -> left;
        };
        if (!shown.isEmpty()) {
            PdfContentByte content = ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
            Color color = text.getForecolor();
            content.beginText();
            content.setFontAndSize(baseFont, size);
            content.setColorFill(color);
            content.setTextMatrix(start, baseline);
            content.showText(shown);
            content.resetRGBColorFill();
            content.endText();
        }
        if (hasBorder(box)) {
            exportBox(box, text);
        }
        quick++;
        return true;
    }

    private static boolean hasBorder(JRLineBox box) {
        return box.getTopPen().getLineWidth() > 0 || box.getLeftPen().getLineWidth() > 0
                || box.getBottomPen().getLineWidth() > 0 || box.getRightPen().getLineWidth() > 0;
    }

    /** One line of characters that need no bidirectional or complex-script layout. */
    private static boolean isSimple(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c >= FIRST_COMPLEX_SCRIPT_CHAR) {
                return false;
            }
        }
        return true;
    }

    private static float verticalAlignOffset(JRPrintText text) {
        JRLineBox box = text.getLineBox();
        float free = text.getHeight() - box.getTopPadding() - box.getBottomPadding() - text.getTextHeight();
        return switch (text.getVerticalTextAlign()) {
            case BOTTOM -> free;
            case MIDDLE -> free / 2f;
            default -> 0f;
        };
    }

    private Font font(JRPrintText text) {
        Locale locale = JRStyledTextAttributeSelector.getTextLocale(text);
        FontKey key = new FontKey(text.getFontName(), text.getFontSize(), text.isBold(), text.isItalic(),
                text.isUnderline(), text.isStrikeThrough(), locale);
        return fonts.computeIfAbsent(key, ignored -> {
            Map<Attribute, Object> attributes = fontUtil.getAttributesWithoutAwtFont(new HashMap<>(), text);
            return ((ClassicPdfProducer) pdfProducer).getFont(attributes, locale);
        });
    }

    private record FontKey(String name, float size, boolean bold, boolean italic, boolean underline,
                           boolean strikeThrough, Locale locale) {
    }
}
