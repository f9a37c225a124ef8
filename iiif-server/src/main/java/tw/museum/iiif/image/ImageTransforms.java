package tw.museum.iiif.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Scale, mirror, rotate and quality conversion on decoded images (Java2D, bilinear, never bicubic). */
public final class ImageTransforms {
    private ImageTransforms() {
    }

    /** Normalizes to 3-byte BGR (what the JPEG encoder takes fastest) and scales to exactly w x h. */
    public static BufferedImage scale(BufferedImage src, int w, int h) {
        return scale(src, w, h, BufferedImage.TYPE_3BYTE_BGR);
    }

    /**
     * Like {@link #scale} but 8-bit gray stays gray: pyramid tiles of grayscale scans are then one-channel JPEGs,
     * about a third of the work to encode and decode.
     */
    public static BufferedImage scaleKeepingGray(BufferedImage src, int w, int h) {
        return scale(src, w, h, isGray(src) ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
    }

    public static boolean isGray(BufferedImage image) {
        return image.getColorModel().getNumComponents() == 1 && image.getSampleModel().getSampleSize(0) == 8;
    }

    private static BufferedImage scale(BufferedImage src, int w, int h, int type) {
        BufferedImage current = src;
        // Halve in steps while far above the target: one bilinear pass over a >2x reduction aliases.
        while (current.getWidth() >= w * 2 && current.getHeight() >= h * 2) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, type);
        }
        if (current.getWidth() == w && current.getHeight() == h && current.getType() == type) {
            return current;
        }
        return draw(current, w, h, type);
    }

    private static BufferedImage draw(BufferedImage src, int w, int h, int type) {
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE); // transparent sources are flattened on white
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Mirror first, then rotate clockwise; arbitrary angles get a white canvas around the bounding box. */
    public static BufferedImage mirrorAndRotate(BufferedImage src, RotationRequest rotation) {
        if (!rotation.mirror() && rotation.degrees() == 0) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        double radians = Math.toRadians(rotation.degrees());
        double sin = Math.abs(Math.sin(radians));
        double cos = Math.abs(Math.cos(radians));
        int outW;
        int outH;
        if (rotation.isRightAngle()) {
            boolean swap = ((int) rotation.degrees() / 90) % 2 == 1;
            outW = swap ? h : w;
            outH = swap ? w : h;
        } else {
            outW = (int) Math.round(w * cos + h * sin);
            outH = (int) Math.round(w * sin + h * cos);
        }
        AffineTransform t = new AffineTransform();
        t.translate(outW / 2.0, outH / 2.0);
        t.rotate(radians);
        if (rotation.mirror()) {
            t.scale(-1, 1);
        }
        t.translate(-w / 2.0, -h / 2.0);
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, outW, outH);
            if (!rotation.isRightAngle()) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            }
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    public static BufferedImage applyQuality(BufferedImage src, Quality quality) {
        int type = switch (quality) {
            case GRAY -> BufferedImage.TYPE_BYTE_GRAY;
            case BITONAL -> BufferedImage.TYPE_BYTE_BINARY;
            default -> -1;
        };
        if (type < 0) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
