package tw.museum.iiif.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code museum.iiif.*}.
 *
 * @param baseUrl            public base URL (scheme://host[:port][/context]); empty = taken from each request
 * @param cacheDir           derivative cache and derived pyramids live here; default {@code $TMPDIR/museum-iiif}
 * @param cacheMaxSize       size limit of the derivative cache; least recently used files are evicted
 * @param maxSourcePixels    originals with more pixels are refused before decoding (decompression bombs)
 * @param maxWidth           largest output width of one request
 * @param maxHeight          largest output height of one request
 * @param maxArea            largest output area of one request
 * @param restrictedMaxSize  rights-restricted images are served up to this many pixels on the long side
 * @param tileSize           tile edge advertised in info.json and cut at ingest
 * @param pyramidMinPixels   originals smaller than this are served straight from the file, without a pyramid
 * @param derivationThreads  workers that cut pyramids; 0 = one per core
 * @param sourceFolder       folder-backed resolver (standalone server, tests)
 * @param decodedTileCacheSize decoded pyramid tiles kept in memory for arbitrary regions; default heap / 8
 * @param accessCacheTtl     how long a stored tile's access decision is reused by the fast path before the
 *                           resolver (the catalogue) is asked again; a withdrawn image stops within this time
 * @param front              the optional Netty front for stored tiles ({@code museum.iiif.front.port})
 */
@ConfigurationProperties("museum.iiif")
public record IiifProperties(
        @DefaultValue("") String baseUrl,
        Path cacheDir,
        @DefaultValue("2GB") DataSize cacheMaxSize,
        @DefaultValue("1000000000") long maxSourcePixels,
        @DefaultValue("10000") int maxWidth,
        @DefaultValue("10000") int maxHeight,
        @DefaultValue("25000000") long maxArea,
        @DefaultValue("800") int restrictedMaxSize,
        @DefaultValue("512") int tileSize,
        @DefaultValue("2000000") long pyramidMinPixels,
        @DefaultValue("0") int derivationThreads,
        @DefaultValue SourceFolder sourceFolder,
        DataSize decodedTileCacheSize,
        @DefaultValue("2s") java.time.Duration accessCacheTtl,
        @DefaultValue Front front) {

    /** @param enabled register {@code FolderImageSourceResolver} over {@code root} */
    public record SourceFolder(@DefaultValue("false") boolean enabled, Path root) {
    }

    /**
     * A lean HTTP front (Netty) on its own port: stored tiles from its event loop with sendfile, everything else
     * relayed to this application's own HTTP port on loopback.
     *
     * @param port    -1 = off (default); 0 = any free port (tests)
     * @param address address to listen on; empty = all
     * @param threads event-loop threads; 0 = one per core
     */
    public record Front(@DefaultValue("-1") int port, @DefaultValue("") String address,
                        @DefaultValue("0") int threads) {

        public boolean enabled() {
            return port >= 0;
        }
    }

    public Path effectiveCacheDir() {
        return cacheDir != null ? cacheDir : Path.of(System.getProperty("java.io.tmpdir"), "museum-iiif");
    }

    /** Decoded pyramid tiles kept in memory for region requests: by default an eighth of the heap. */
    public long effectiveDecodedTileCacheBytes() {
        return decodedTileCacheSize != null ? decodedTileCacheSize.toBytes() : Runtime.getRuntime().maxMemory() / 8;
    }

    public int effectiveDerivationThreads() {
        return derivationThreads > 0 ? derivationThreads : Runtime.getRuntime().availableProcessors();
    }
}
