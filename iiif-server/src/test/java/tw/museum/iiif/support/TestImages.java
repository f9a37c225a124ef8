package tw.museum.iiif.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.awt.color.ColorSpace;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import java.util.Vector;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Real image files for tests, drawn with Java2D and written with ImageIO. */
public final class TestImages {
    private TestImages() {
    }

    public static final Color TOP_LEFT = new Color(220, 30, 30);
    public static final Color TOP_RIGHT = new Color(30, 200, 40);
    public static final Color BOTTOM_LEFT = new Color(30, 40, 220);
    public static final Color BOTTOM_RIGHT = new Color(240, 240, 240);

    /** Four flat quadrants (so crops, rotations and mirrors can be checked by color) with a little texture. */
    public static BufferedImage quadrants(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, w / 2, h / 2);
        g.setColor(TOP_RIGHT);
        g.fillRect(w / 2, 0, w - w / 2, h / 2);
        g.setColor(BOTTOM_LEFT);
        g.fillRect(0, h / 2, w / 2, h - h / 2);
        g.setColor(BOTTOM_RIGHT);
        g.fillRect(w / 2, h / 2, w - w / 2, h - h / 2);
        g.dispose();
        return img;
    }

    /** Photo-like content (gradients and many soft shapes) for realistic JPEG sizes in benchmarks. */
    public static BufferedImage photoLike(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(40, 70, 120), w, h, new Color(200, 160, 90)));
        g.fillRect(0, 0, w, h);
        Random random = new Random(seed);
        int shapes = (int) Math.min(20_000, (long) w * h / 4000);
        for (int i = 0; i < shapes; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
            int s = 4 + random.nextInt(60);
            g.fillOval(random.nextInt(w), random.nextInt(h), s, s);
        }
        g.dispose();
        // Sensor-like noise, so JPEG sizes and decode costs resemble a photograph's.
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int noise = (int) seed;
        for (int i = 0; i < data.length; i++) {
            noise = noise * 1103515245 + 12345;
            data[i] = (byte) Math.max(0, Math.min(255, (data[i] & 0xff) + ((noise >>> 27) - 16)));
        }
        return img;
    }

    public static void writeJpeg(BufferedImage img, Path file) throws IOException {
        write(img, "jpeg", file, null);
    }

    public static void writePng(BufferedImage img, Path file) throws IOException {
        ImageIO.write(img, "png", file.toFile());
    }

    /** Strip TIFF, or with {@code tile > 0} a tiled TIFF whose later pages halve the size (a pyramid). */
    public static void writeTiff(RenderedImage img, Path file, int tile, boolean pyramid, String compression)
            throws IOException {
        ImageWriter writer = jdkTiffWriter();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (tile > 0) {
                param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
                param.setTiling(tile, tile, 0, 0);
            }
            if (compression != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
            }
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(img, null, null), param);
            if (pyramid && img instanceof BufferedImage b) {
                BufferedImage level = b;
                while (Math.max(level.getWidth(), level.getHeight()) > tile) {
                    level = half(level);
                    writer.writeToSequence(new IIOImage(level, null, null), param);
                }
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static BufferedImage half(BufferedImage src) {
        BufferedImage out = new BufferedImage(Math.max(1, src.getWidth() / 2), Math.max(1, src.getHeight() / 2),
                src.getType());
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /** The JDK's own TIFF writer: it writes tiles and pulls them one by one from a RenderedImage. */
    private static ImageWriter jdkTiffWriter() {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter fallback = null;
        while (it.hasNext()) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio")) {
                return w;
            }
            fallback = w;
        }
        return fallback;
    }

    private static void write(BufferedImage img, String format, Path file, Float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * A PNG whose header declares {@code w x h} pixels but whose data is a few bytes: the classic
     * decompression bomb shape. Decoding it would allocate w*h*3 bytes.
     */
    public static void writePngBomb(Path file, int w, int h) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(w);
        d.writeInt(h);
        d.writeByte(8); // bit depth
        d.writeByte(2); // RGB
        d.writeByte(0);
        d.writeByte(0);
        d.writeByte(0);
        chunk(out, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
            z.write(new byte[64 * 1024]); // zeros: would inflate to gigabytes if continued
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        Files.write(file, png.toByteArray());
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /**
     * A huge gray image computed tile by tile on demand, so a 30000x30000 TIFF can be written without
     * ever holding it in memory.
     */
    public static RenderedImage proceduralGray(int width, int height, int tile) {
        return new ProceduralGrayImage(width, height, tile);
    }

    private static final class ProceduralGrayImage implements RenderedImage {
        private final int width;
        private final int height;
        private final int tile;
        private final ColorModel colorModel = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY),
                new int[] {8}, false, false, ColorModel.OPAQUE, DataBuffer.TYPE_BYTE);
        private final SampleModel sampleModel;

        ProceduralGrayImage(int width, int height, int tile) {
            this.width = width;
            this.height = height;
            this.tile = tile;
            this.sampleModel = colorModel.createCompatibleSampleModel(tile, tile);
        }

        /** Value at (x, y): a coarse checkerboard whose brightness says which quadrant it is in. */
        static int value(int x, int y, int width, int height) {
            int base = (x < width / 2 ? 0 : 1) + (y < height / 2 ? 0 : 2);
            int check = ((x / 1000) + (y / 1000)) % 2;
            return 40 + base * 50 + check * 10;
        }

        @Override
        public Raster getData(Rectangle rect) {
            WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, rect.width, rect.height, 1,
                    new Point(rect.x, rect.y));
            byte[] row = new byte[rect.width];
            for (int y = rect.y; y < rect.y + rect.height; y++) {
                for (int x = 0; x < rect.width; x++) {
                    row[x] = (byte) value(rect.x + x, y, width, height);
                }
                r.setDataElements(rect.x, y, rect.width, 1, row);
            }
            return r;
        }

        @Override
        public Raster getTile(int tileX, int tileY) {
            int x = tileX * tile;
            int y = tileY * tile;
            return getData(new Rectangle(x, y, Math.min(tile, width - x), Math.min(tile, height - y)));
        }

        @Override public Vector<RenderedImage> getSources() { return null; }
        @Override public Object getProperty(String name) { return java.awt.Image.UndefinedProperty; }
        @Override public String[] getPropertyNames() { return null; }
        @Override public ColorModel getColorModel() { return colorModel; }
        @Override public SampleModel getSampleModel() { return sampleModel; }
        @Override public int getWidth() { return width; }
        @Override public int getHeight() { return height; }
        @Override public int getMinX() { return 0; }
        @Override public int getMinY() { return 0; }
        @Override public int getNumXTiles() { return (width + tile - 1) / tile; }
        @Override public int getNumYTiles() { return (height + tile - 1) / tile; }
        @Override public int getMinTileX() { return 0; }
        @Override public int getMinTileY() { return 0; }
        @Override public int getTileWidth() { return tile; }
        @Override public int getTileHeight() { return tile; }
        @Override public int getTileGridXOffset() { return 0; }
        @Override public int getTileGridYOffset() { return 0; }
        @Override public Raster getData() { return getData(new Rectangle(0, 0, width, height)); }
        @Override public WritableRaster copyData(WritableRaster raster) { throw new UnsupportedOperationException(); }
    }
}
