package tw.museum.site.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Draws a demo image from a work's predominant colours: bands whose widths follow each colour's share,
 * so every demo record has a real image file without shipping photographs.
 */
@Component
class ColourIllustration {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1200;

    /** One colour and its share of the work, as M+ records them ("#817868", 43.5). */
    record Share(String hex, double value) {
    }

    byte[] jpeg(List<Share> shares, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double total = shares.stream().mapToDouble(Share::value).sum();
            boolean vertical = seed % 2 == 0;
            int offset = 0;
            int extent = vertical ? WIDTH : HEIGHT;
            for (int i = 0; i < shares.size(); i++) {
                Share s = shares.get(i);
                int size = i == shares.size() - 1 ? extent - offset : (int) Math.round(extent * s.value() / total);
                g.setColor(Color.decode(s.hex()));
                if (vertical) {
                    g.fillRect(offset, 0, size, HEIGHT);
                } else {
                    g.fillRect(0, offset, WIDTH, size);
                }
                offset += size;
            }
            // A circle in the strongest colour's complement gives each image a shape to zoom into.
            Color main = Color.decode(shares.get(0).hex());
            g.setColor(new Color(255 - main.getRed(), 255 - main.getGreen(), 255 - main.getBlue(), 160));
            int d = HEIGHT / 3 + (int) (seed % (HEIGHT / 4));
            g.fillOval((int) (seed * 37 % (WIDTH - d)), (int) (seed * 53 % (HEIGHT - d)), d, d);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
