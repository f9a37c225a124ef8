package tw.museum.iiif.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;
import tw.museum.iiif.config.IiifProperties;

/**
 * The pages of PDF documents as images, so a document becomes canvases in a manifest (with image services)
 * and Content Search hits can point at their page. Pages are rendered with PDFBox at {@link #DPI} (the long
 * side capped at {@link #MAX_SIDE} against absurd page boxes) once, into {@code cache-dir/pages/<sha256>/},
 * written to a temporary name and moved into place, so nodes sharing the folder never see half a file.
 * PDFBox buffers in temporary files, not the heap.
 */
@Component
public class DocumentPages {

    static final int DPI = 150;
    static final int MAX_SIDE = 2400;
    /** Longer documents show their first pages only; a manifest with thousands of canvases helps no viewer. */
    public static final int MAX_PAGES = 1000;

    private final Path root;
    private final Cache<String, List<PageSize>> sizes = Caffeine.newBuilder().maximumSize(5_000).build();

    public DocumentPages(IiifProperties properties) {
        this.root = properties.effectiveCacheDir().resolve("pages");
    }

    /** Pixel size of a rendered page. */
    public record PageSize(int width, int height) {
    }

    /** Sizes of the pages (at most {@link #MAX_PAGES}); empty for a file PDFBox cannot open. */
    public List<PageSize> sizes(Path pdf, String sha256) {
        return sizes.get(sha256, k -> read(pdf));
    }

    /** The rendered page (1-based) as a PNG file, rendering it on first use. */
    public Path render(Path pdf, String sha256, int page) {
        List<PageSize> known = sizes(pdf, sha256);
        if (page < 1 || page > known.size()) {
            throw new IllegalArgumentException("no page " + page);
        }
        Path target = root.resolve(sha256).resolve(page + ".png");
        if (Files.exists(target)) {
            return target;
        }
        try (PDDocument document = open(pdf)) {
            PDPage p = document.getPage(page - 1);
            float scale = scale(p);
            BufferedImage image = new PDFRenderer(document).renderImage(page - 1, scale, ImageType.RGB);
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), page + "-", ".tmp");
            try {
                ImageIO.write(image, "png", temp.toFile());
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<PageSize> read(Path pdf) {
        try (PDDocument document = open(pdf)) {
            List<PageSize> out = new ArrayList<>();
            for (int i = 0; i < Math.min(document.getNumberOfPages(), MAX_PAGES); i++) {
                PDPage page = document.getPage(i);
                float scale = scale(page);
                PDRectangle box = page.getCropBox();
                int w = (int) Math.max(1, Math.floor(box.getWidth() * scale)); // as PDFRenderer sizes it
                int h = (int) Math.max(1, Math.floor(box.getHeight() * scale));
                boolean turned = page.getRotation() % 180 != 0;
                out.add(turned ? new PageSize(h, w) : new PageSize(w, h));
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** PDFBox's scale (pixels per point) for the page: 150 dpi unless the long side would pass MAX_SIDE. */
    private static float scale(PDPage page) {
        PDRectangle box = page.getCropBox();
        float scale = DPI / 72f;
        float longSide = Math.max(box.getWidth(), box.getHeight()) * scale;
        return longSide > MAX_SIDE ? scale * MAX_SIDE / longSide : scale;
    }

    private static PDDocument open(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
    }
}
