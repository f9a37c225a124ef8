package tw.museum.iiif.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tw.museum.iiif.config.IiifProperties;
import tw.museum.iiif.source.AccessDecision;
import tw.museum.iiif.source.ImageIdentifier;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.source.ResolvedSource;

/**
 * Tile URLs (raw request paths, no query) that the pipeline answered with a stored tile of an open image. Both
 * fast paths ({@link StoredTileFastPath} in Tomcat, the Netty front) serve only what is in here, and only while
 * the image's access was confirmed within {@code museum.iiif.access-cache-ttl}: the pipeline confirms it when it
 * answers, and a background task asks the resolver (the catalogue) again every half TTL for the images served
 * since its last pass — one question per image, not one pipeline request per tile URL. An image that is no longer
 * open, or whose source changed, loses its confirmation at once; if the task stalls, confirmations age out and
 * the pipeline answers. So a change of status takes effect within the TTL on every node; each node keeps its own
 * map (paths and header strings, not bytes) and fills it from its own pipeline.
 */
@Component
public class StoredTiles implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoredTiles.class);

    /** When an image's access was last confirmed (nanoTime before asking), and whether it was served since. */
    private static final class Confirmation {
        final Instant version;
        volatile long confirmedAt;
        volatile boolean served;

        Confirmation(Instant version, long confirmedAt) {
            this.version = version;
            this.confirmedAt = confirmedAt;
            this.served = true; // the pipeline has just served it
        }
    }

    /** Host is part of the key: without a configured base URL, the Link header names the host asked. */
    private record Key(String host, String path) {
    }

    private final Cache<Key, StoredTile> entries;
    private final Map<ImageIdentifier, Confirmation> confirmations = new ConcurrentHashMap<>();
    private final ImageSourceResolver resolver;
    private final long ttlNanos;
    private final ScheduledExecutorService recheck;

    public StoredTiles(IiifProperties properties, ImageSourceResolver resolver) {
        Duration ttl = properties.accessCacheTtl();
        this.resolver = resolver;
        this.ttlNanos = ttl.toNanos();
        this.entries = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
        this.recheck = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "iiif-stored-tiles-recheck");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, ttl.toMillis() / 2);
        recheck.scheduleWithFixedDelay(this::recheck, period, period, TimeUnit.MILLISECONDS);
    }

    void remember(String host, String requestPath, StoredTile tile) {
        confirmations.put(tile.image(), new Confirmation(tile.sourceVersion(), System.nanoTime()));
        entries.put(new Key(host == null ? "" : host, requestPath), tile);
    }

    /**
     * The stored tile for this Host header and raw request path if its image is confirmed open, or null: then
     * the pipeline answers.
     */
    public StoredTile find(String host, String requestPath) {
        StoredTile tile = entries.getIfPresent(new Key(host == null ? "" : host, requestPath));
        if (tile == null) {
            return null;
        }
        Confirmation c = confirmations.get(tile.image());
        if (c == null || !c.version.equals(tile.sourceVersion()) || System.nanoTime() - c.confirmedAt > ttlNanos) {
            return null;
        }
        if (!c.served) {
            c.served = true;
        }
        return tile;
    }

    /** Its file went away (a newer version replaced it): the pipeline answers from now on. */
    public void forget(String host, String requestPath) {
        entries.invalidate(new Key(host == null ? "" : host, requestPath));
    }

    /** Asks the resolver again about the images served since the last pass; forgets the others. */
    void recheck() {
        for (Map.Entry<ImageIdentifier, Confirmation> e : confirmations.entrySet()) {
            Confirmation c = e.getValue();
            if (!c.served) {
                confirmations.remove(e.getKey(), c); // idle: the next request goes through the pipeline
                continue;
            }
            c.served = false;
            long asked = System.nanoTime();
            try {
                ResolvedSource source = resolver.resolve(e.getKey());
                if (source.access() instanceof AccessDecision.Open && c.version.equals(source.lastModified())) {
                    c.confirmedAt = asked;
                } else {
                    confirmations.remove(e.getKey(), c);
                }
            } catch (RuntimeException failure) {
                confirmations.remove(e.getKey(), c); // fail closed: the pipeline decides
                log.debug("re-checking {} failed", e.getKey(), failure);
            }
        }
    }

    @Override
    public void destroy() {
        recheck.shutdownNow();
    }
}
