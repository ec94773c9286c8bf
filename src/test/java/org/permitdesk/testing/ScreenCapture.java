package org.permitdesk.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves a picture of a screen during a TestFX test, for a person to look at: only when the system property
 * {@code permitdesk.screenshots} names a folder (e.g. {@code -Dpermitdesk.screenshots=target/screens}).
 * Call on the JavaFX thread.
 */
public final class ScreenCapture {

    private ScreenCapture() {
    }

    public static void save(Scene scene, String name) {
        String folder = System.getProperty("permitdesk.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(folder));
            ImageIO.write(png, "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
