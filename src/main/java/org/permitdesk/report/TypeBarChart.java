package org.permitdesk.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.permitdesk.report.IssuedFinaledData.TypeTotals;

/**
 * The issued / finaled report's chart: per permit type, a bar of permits issued and one of permits finaled,
 * drawn with Java 2D (the JasperReports 7 chart module is not published for 7.0.6). 1080 × 300 pixels, shown
 * at 540 × 150 points in the template, so it prints sharp.
 */
final class TypeBarChart {

    static final int WIDTH = 1080;
    static final int HEIGHT = 300;
    private static final Color ISSUED = new Color(0x2F, 0x6F, 0xB0);
    private static final Color FINALED = new Color(0x5C, 0xB8, 0x5C);
    private static final int LEFT = 70;
    private static final int BOTTOM = 50;
    private static final int TOP = 40;

    private TypeBarChart() {
    }

    static BufferedImage draw(List<TypeTotals> types) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            legend(g);
            int most = types.stream().mapToInt(t -> Math.max(t.issued(), t.finaled())).max().orElse(0);
            axis(g, most);
            if (!types.isEmpty()) {
                bars(g, types, Math.max(most, 1));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void legend(Graphics2D g) {
        g.setColor(ISSUED);
        g.fillRect(LEFT, 10, 18, 18);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Issued", LEFT + 26, 26);
        g.setColor(FINALED);
        g.fillRect(LEFT + 120, 10, 18, 18);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Finaled", LEFT + 146, 26);
    }

    private static void axis(Graphics2D g, int most) {
        int base = HEIGHT - BOTTOM;
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(2));
        g.drawLine(LEFT, base, WIDTH - 10, base);
        g.drawLine(LEFT, TOP, LEFT, base);
        g.setColor(Color.DARK_GRAY);
        String top = String.format("%,d", most);
        g.drawString(top, LEFT - 8 - g.getFontMetrics().stringWidth(top), TOP + 8);
        g.drawString("0", LEFT - 8 - g.getFontMetrics().stringWidth("0"), base + 6);
    }

    private static void bars(Graphics2D g, List<TypeTotals> types, int most) {
        int base = HEIGHT - BOTTOM;
        double slot = (WIDTH - 10 - LEFT - 10) / (double) types.size();
        int bar = (int) Math.max(2, Math.min(60, slot * 0.35));
        for (int i = 0; i < types.size(); i++) {
            TypeTotals type = types.get(i);
            int x = (int) (LEFT + 10 + i * slot + slot / 2);
            bar(g, ISSUED, x - bar, bar, height(type.issued(), most), base);
            bar(g, FINALED, x, bar, height(type.finaled(), most), base);
            g.setColor(Color.DARK_GRAY);
            String label = type.typeCode();
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, base + 28);
        }
    }

    private static int height(int count, int most) {
        return (int) Math.round(count * (double) (HEIGHT - BOTTOM - TOP) / most);
    }

    private static void bar(Graphics2D g, Color color, int x, int width, int height, int base) {
        g.setColor(color);
        g.fillRect(x, base - height, width, height);
    }
}
