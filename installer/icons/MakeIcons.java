import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the PermitDesk icon (the shapes of permitdesk.svg) and writes permitdesk.png (Linux, 256 px),
 * permitdesk.ico (Windows: 256, 48, 32, 16 px PNG entries) and permitdesk.icns (macOS: 512, 256, 128 px PNG
 * entries). Run: java -Djava.awt.headless=true installer/icons/MakeIcons.java installer/icons
 */
public class MakeIcons {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(folder.resolve("permitdesk.png"), png(256));
        Files.write(folder.resolve("permitdesk.ico"), ico(256, 48, 32, 16));
        Files.write(folder.resolve("permitdesk.icns"), icns());
    }

    static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setColor(new Color(0x1f5f99));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 88, 88));
        g.setColor(Color.WHITE);
        g.fill(polygon(72, 40, 160, 40, 196, 76, 196, 216, 72, 216));
        g.setColor(new Color(0xc9d9ea));
        g.fill(polygon(160, 40, 160, 76, 196, 76));
        g.setColor(new Color(0x9fb6cc));
        g.fill(new RoundRectangle2D.Double(92, 92, 84, 10, 10, 10));
        g.fill(new RoundRectangle2D.Double(92, 116, 84, 10, 10, 10));
        g.fill(new RoundRectangle2D.Double(92, 140, 56, 10, 10, 10));
        g.setColor(new Color(0x2e9e4f));
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(96, 178);
        check.lineTo(120, 200);
        check.lineTo(168, 150);
        g.draw(check);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static Path2D polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** An ICO file whose entries are PNG images (Windows Vista and later). */
    static byte[] ico(int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * sizes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = header.capacity();
        for (int i = 0; i < sizes.length; i++) {
            header.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An ICNS file with PNG entries: ic09 (512 px), ic08 (256 px), ic07 (128 px). */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(entries);
        String[] types = {"ic09", "ic08", "ic07"};
        int[] sizes = {512, 256, 128};
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            data.writeBytes(types[i]);
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + entries.size());
        file.write(entries.toByteArray());
        return out.toByteArray();
    }
}
