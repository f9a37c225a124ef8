package tw.museum.iiif.pyramid;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import net.coobird.thumbnailator.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tw.museum.iiif.cache.DerivativeCache;
import tw.museum.iiif.image.ImageEncoder;
import tw.museum.iiif.image.ImageRequest;
import tw.museum.iiif.image.OperationList;
import tw.museum.iiif.image.OperationListFactory;
import tw.museum.iiif.image.OutputFormat;
import tw.museum.iiif.image.OutputLimits;
import tw.museum.iiif.image.Quality;
import tw.museum.iiif.image.RegionRequest;
import tw.museum.iiif.image.RotationRequest;
import tw.museum.iiif.image.SizeRequest;
import tw.museum.iiif.image.SourceInfo;
import tw.museum.iiif.source.ResolvedSource;

/**
 * Derives pyramids in the background, one image at a time on a coordinator thread while the tiles of that
 * image are cut on all worker threads (so the image uploaded first becomes fast first). Also renders the
 * default thumbnail with Thumbnailator into the derivative cache. Call {@link #deriveAsync} at upload.
 */
public class PyramidService {

    /** The thumbnail viewers and result lists ask for: /full/!400,400/0/default.jpg. */
    public static final int THUMBNAIL_BOX = 400;

    private static final Logger log = LoggerFactory.getLogger(PyramidService.class);

    private final PyramidStore store;
    private final PyramidDeriver deriver;
    private final PyramidTileReader tileReader;
    private final DerivativeCache cache;
    private final OperationListFactory operations;
    private final ExecutorService coordinator;
    private final long minPixels;
    private final Map<String, CompletableFuture<DerivedPyramid>> inFlight = new ConcurrentHashMap<>();
    /** Versions whose derivation failed are not retried on every request (they are served from the original). */
    private final Cache<String, Boolean> failed = Caffeine.newBuilder().maximumSize(10_000).build();

    public PyramidService(PyramidStore store, PyramidDeriver deriver, PyramidTileReader tileReader,
                          DerivativeCache cache, OperationListFactory operations, ExecutorService coordinator,
                          long minPixels) {
        this.store = store;
        this.deriver = deriver;
        this.tileReader = tileReader;
        this.cache = cache;
        this.operations = operations;
        this.coordinator = coordinator;
        this.minPixels = minPixels;
    }

    public Optional<DerivedPyramid> ready(ResolvedSource source) {
        return store.find(source);
    }

    /** Small originals decode fast enough on every request; a pyramid pays off above {@code minPixels}. */
    public boolean worthDeriving(SourceInfo info) {
        return info.pixels() >= minPixels;
    }

    public CompletableFuture<DerivedPyramid> deriveAsync(ResolvedSource source, SourceInfo info) {
        Optional<DerivedPyramid> existing = store.find(source);
        if (existing.isPresent()) {
            return CompletableFuture.completedFuture(existing.get());
        }
        if (failed.getIfPresent(source.fingerprint()) != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("derivation failed before"));
        }
        return inFlight.computeIfAbsent(source.fingerprint(), key -> {
            CompletableFuture<DerivedPyramid> job = CompletableFuture.supplyAsync(() -> derive(source, info), coordinator);
            job.whenComplete((p, e) -> {
                inFlight.remove(key);
                if (e != null) {
                    failed.put(key, Boolean.TRUE);
                    log.warn("pyramid derivation failed for {}", source.identifier(), e);
                }
            });
            return job;
        });
    }

    private DerivedPyramid derive(ResolvedSource source, SourceInfo info) {
        Optional<DerivedPyramid> existing = store.find(source);
        if (existing.isPresent()) {
            return existing.get();
        }
        long start = System.nanoTime();
        DerivedPyramid pyramid = deriver.derive(source, info, store.directoryFor(source));
        writeThumbnail(source, pyramid);
        store.deleteOtherVersions(source);
        log.info("derived pyramid for {} ({}x{}, {} levels) in {} ms", source.identifier(), info.width(),
                info.height(), pyramid.levels(), (System.nanoTime() - start) / 1_000_000);
        return store.find(source).orElse(pyramid);
    }

    private void writeThumbnail(ResolvedSource source, DerivedPyramid pyramid) {
        ImageRequest request = new ImageRequest(new RegionRequest.Full(),
                new SizeRequest.BestFit(THUMBNAIL_BOX, THUMBNAIL_BOX, false), RotationRequest.NONE, Quality.DEFAULT,
                OutputFormat.JPG);
        OperationList ops = operations.create(request, pyramid.width(), pyramid.height(),
                new OutputLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, null));
        BufferedImage base = tileReader.read(pyramid, ops.crop(), ops.width(), ops.height());
        try {
            BufferedImage thumb = Thumbnails.of(base).size(ops.width(), ops.height()).keepAspectRatio(false)
                    .asBufferedImage();
            cache.put(source.fingerprint() + "/" + ops.key(), ImageEncoder.encode(thumb, OutputFormat.JPG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
