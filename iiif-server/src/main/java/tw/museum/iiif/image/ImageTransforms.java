package tw.museum.iiif.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;

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
        if (src.getType() == type && w <= src.getWidth() && h <= src.getHeight() && plainBytes(src)) {
            return shrinkBilinear(src, w, h);
        }
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

    /** 8-bit BGR or gray, one byte array with no padding or offset: what decoders and our canvases produce. */
    public static boolean plainBytes(BufferedImage image) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_3BYTE_BGR && type != BufferedImage.TYPE_BYTE_GRAY) {
            return false;
        }
        WritableRaster raster = image.getRaster();
        return raster.getDataBuffer() instanceof DataBufferByte buffer && buffer.getOffset() == 0
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getSampleModel() instanceof ComponentSampleModel sm
                && sm.getPixelStride() == raster.getNumBands()
                && sm.getScanlineStride() == image.getWidth() * raster.getNumBands();
    }

    /**
     * Bilinear reduction straight on the bytes (8-bit fixed-point weights), three to five times faster than
     * Java2D's general path for these types. Only used for reductions of at most 2x (the halving loop above
     * takes larger ones), where four taps do not alias.
     */
    private static BufferedImage shrinkBilinear(BufferedImage src, int w, int h) {
        int sw = src.getWidth();
        int sh = src.getHeight();
        int ch = src.getRaster().getNumBands();
        byte[] s = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, src.getType());
        byte[] d = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] xa = new int[w];
        int[] xb = new int[w];
        int[] wx = new int[w];
        double fx = (double) sw / w;
        for (int x = 0; x < w; x++) {
            double p = Math.max(0, (x + 0.5) * fx - 0.5);
            int i = Math.min((int) p, sw - 1);
            xa[x] = i * ch;
            xb[x] = Math.min(i + 1, sw - 1) * ch;
            wx[x] = (int) ((p - i) * 256);
        }
        double fy = (double) sh / h;
        int stride = sw * ch;
        int o = 0;
        for (int y = 0; y < h; y++) {
            double p = Math.max(0, (y + 0.5) * fy - 0.5);
            int j = Math.min((int) p, sh - 1);
            int r0 = j * stride;
            int r1 = Math.min(j + 1, sh - 1) * stride;
            int wy = (int) ((p - j) * 256);
            int ky = 256 - wy;
            for (int x = 0; x < w; x++) {
                int a0 = r0 + xa[x];
                int b0 = r0 + xb[x];
                int a1 = r1 + xa[x];
                int b1 = r1 + xb[x];
                int kx = wx[x];
                int lx = 256 - kx;
                if (ch == 3) { // unrolled: the common case, BGR
                    d[o] = mix(s[a0], s[b0], s[a1], s[b1], lx, kx, ky, wy);
                    d[o + 1] = mix(s[a0 + 1], s[b0 + 1], s[a1 + 1], s[b1 + 1], lx, kx, ky, wy);
                    d[o + 2] = mix(s[a0 + 2], s[b0 + 2], s[a1 + 2], s[b1 + 2], lx, kx, ky, wy);
                    o += 3;
                } else {
                    for (int c = 0; c < ch; c++) {
                        d[o++] = mix(s[a0 + c], s[b0 + c], s[a1 + c], s[b1 + c], lx, kx, ky, wy);
                    }
                }
            }
        }
        return out;
    }

    private static byte mix(byte a, byte b, byte c, byte d, int lx, int kx, int ly, int ky) {
        int top = (a & 0xff) * lx + (b & 0xff) * kx;
        int bottom = (c & 0xff) * lx + (d & 0xff) * kx;
        return (byte) ((top * ly + bottom * ky + 32768) >>> 16);
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
