package tw.museum.iiif.delivery;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.museum.iiif.cache.DerivativeCache;
import tw.museum.iiif.config.IiifProperties;
import tw.museum.iiif.image.IiifException;
import tw.museum.iiif.image.ImageEncoder;
import tw.museum.iiif.image.ImageRequest;
import tw.museum.iiif.image.ImageTransforms;
import tw.museum.iiif.image.OperationList;
import tw.museum.iiif.image.OperationListFactory;
import tw.museum.iiif.image.OutputLimits;
import tw.museum.iiif.image.SourceInfo;
import tw.museum.iiif.image.SourceProbe;
import tw.museum.iiif.image.SourceRegionReader;
import tw.museum.iiif.pyramid.DerivedPyramid;
import tw.museum.iiif.pyramid.PyramidService;
import tw.museum.iiif.pyramid.PyramidTileReader;
import tw.museum.iiif.pyramid.TileAddress;
import tw.museum.iiif.source.AccessDecision;
import tw.museum.iiif.source.ImageIdentifier;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.source.ResolvedSource;

/**
 * The one pipeline every API version goes through: resolve and authorize, read the header (refusing bombs),
 * normalize to an {@link OperationList}, then serve a pre-cut tile, a cached derivative, or render from the
 * pyramid (or, until it exists, from the original with region + subsampling).
 */
public class ImageDeliveryService {

    private final ImageSourceResolver resolver;
    private final SourceProbe probe;
    private final OperationListFactory operations;
    private final PyramidService pyramids;
    private final PyramidTileReader tileReader;
    private final SourceRegionReader sourceReader;
    private final DerivativeCache cache;
    private final RenderBudget budget;
    private final IiifProperties properties;

    public ImageDeliveryService(ImageSourceResolver resolver, SourceProbe probe, OperationListFactory operations,
                                PyramidService pyramids, PyramidTileReader tileReader,
                                SourceRegionReader sourceReader, DerivativeCache cache, RenderBudget budget,
                                IiifProperties properties) {
        this.resolver = resolver;
        this.probe = probe;
        this.operations = operations;
        this.pyramids = pyramids;
        this.tileReader = tileReader;
        this.sourceReader = sourceReader;
        this.cache = cache;
        this.budget = budget;
        this.properties = properties;
    }

    public ServableImage open(String rawIdentifier) {
        ImageIdentifier identifier = new ImageIdentifier(rawIdentifier);
        ResolvedSource source = resolver.resolve(identifier);
        AccessDecision access = source.access();
        if (access instanceof AccessDecision.NotFound) {
            throw IiifException.notFound("unknown identifier");
        }
        if (access instanceof AccessDecision.Denied) {
            throw IiifException.forbidden("access to this image is refused");
        }
        SourceInfo info = probe.probe(source.path(), source.lastModified().toEpochMilli());
        if (pyramids.worthDeriving(info) && pyramids.ready(source).isEmpty()) {
            pyramids.deriveAsync(source, info); // the first request of an image not derived at upload
        }
        AccessDecision.Restricted restriction = access instanceof AccessDecision.Restricted r ? r : null;
        OutputLimits limits = new OutputLimits(properties.maxWidth(), properties.maxHeight(), properties.maxArea(),
                restriction);
        return new ServableImage(source, info, limits);
    }

    public OperationList operations(ServableImage image, ImageRequest request) {
        return operations.create(request, image.info().width(), image.info().height(), image.limits());
    }

    /** A strong validator: same source version and same operations give the same bytes. */
    public String etag(ServableImage image, OperationList ops) {
        return "\"" + Long.toHexString(fnv1a(image.source().fingerprint() + "/" + ops.key())) + "\"";
    }

    /** The stored pyramid tile that is exactly this request's answer, if there is one. */
    public Optional<Path> storedTile(ServableImage image, OperationList ops) {
        return pyramids.ready(image.source()).flatMap(p -> TileAddress.match(ops, p)
                .map(t -> p.tile(t.level(), t.column(), t.row())));
    }

    public byte[] render(ServableImage image, OperationList ops) {
        Optional<DerivedPyramid> pyramid = pyramids.ready(image.source());
        if (pyramid.isPresent()) {
            Optional<TileAddress> tile = TileAddress.match(ops, pyramid.get());
            if (tile.isPresent()) {
                TileAddress t = tile.get();
                try {
                    return Files.readAllBytes(pyramid.get().tile(t.level(), t.column(), t.row()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        String key = image.source().fingerprint() + "/" + ops.key();
        Optional<byte[]> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        byte[] bytes = renderFresh(image, ops, pyramid);
        cache.put(key, bytes);
        return bytes;
    }

    private byte[] renderFresh(ServableImage image, OperationList ops, Optional<DerivedPyramid> pyramid) {
        int permits;
        try {
            permits = budget.acquire(4L * ops.width() * ops.height());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IiifException(503, "interrupted");
        }
        try {
            BufferedImage decoded = pyramid.isPresent()
                    ? tileReader.read(pyramid.get(), ops.crop(), ops.width(), ops.height())
                    : sourceReader.read(image.source().path(), image.info(), ops.crop(), ops.width(), ops.height());
            BufferedImage scaled = ImageTransforms.scale(decoded, ops.width(), ops.height());
            BufferedImage turned = ImageTransforms.mirrorAndRotate(scaled, ops.rotation());
            return ImageEncoder.encode(ImageTransforms.applyQuality(turned, ops.quality()), ops.format());
        } finally {
            budget.release(permits);
        }
    }

    public ImageInfo info(ServableImage image) {
        int w = image.info().width();
        int h = image.info().height();
        OutputLimits limits = image.limits();
        double r = limits.restrictionScale(w, h);
        int tile = properties.tileSize();
        int allowedW = w;
        int allowedH = h;
        if (r < 1.0) {
            allowedW = Math.max(1, (int) Math.floor(w * r + 1e-9));
            allowedH = Math.max(1, (int) Math.floor(h * r + 1e-9));
        }
        // Always advertised: with "^" a client may ask above the image size, so it must know the server's
        // limits; a restricted image states its allowed resolution instead.
        int maxWidth = r < 1.0 ? Math.min(allowedW, limits.maxWidth()) : limits.maxWidth();
        int maxHeight = r < 1.0 ? Math.min(allowedH, limits.maxHeight()) : limits.maxHeight();
        long maxArea = limits.maxArea();
        allowedW = Math.min(allowedW, limits.maxWidth());
        allowedH = Math.min(allowedH, limits.maxHeight());
        int levels = DerivedPyramid.levelsFor(w, h, tile);
        List<Integer> scaleFactors = new ArrayList<>();
        List<ImageInfo.Dimension> sizes = new ArrayList<>();
        for (int k = 0; k < levels; k++) {
            int sf = 1 << k;
            int lw = (int) Math.ceil(w / (double) sf);
            int lh = (int) Math.ceil(h / (double) sf);
            // A restricted image advertises only levels at or below its allowed resolution.
            if (r < 1.0 && (lw > Math.ceil(w * r) + 1 || lh > Math.ceil(h * r) + 1)) {
                continue;
            }
            scaleFactors.add(sf);
            if (lw <= allowedW && lh <= allowedH && (long) lw * lh <= limits.maxArea()) {
                sizes.add(new ImageInfo.Dimension(lw, lh));
            }
        }
        sizes.sort((a, b) -> Integer.compare(a.width(), b.width()));
        return new ImageInfo(w, h, tile, List.copyOf(scaleFactors), List.copyOf(sizes), maxWidth, maxHeight, maxArea);
    }

    static long fnv1a(String s) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            hash ^= s.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
