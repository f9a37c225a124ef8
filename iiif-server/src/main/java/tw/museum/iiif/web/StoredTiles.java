package tw.museum.iiif.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import tw.museum.iiif.config.IiifProperties;

/**
 * Tile URLs (raw request paths, no query) that the pipeline answered with a stored tile of an open image,
 * kept for {@code museum.iiif.access-cache-ttl} after the answer: both fast paths ({@link StoredTileFastPath}
 * in Tomcat, the Netty front) serve only what is in here, so a change of status (a withdrawn or restricted
 * image) takes effect within the TTL, and an entry is only ever made by the pipeline after its access check.
 * It holds paths and header strings, not bytes; a second node simply fills its own.
 */
@Component
public class StoredTiles {

    private final Cache<String, StoredTile> entries;

    public StoredTiles(IiifProperties properties) {
        this.entries = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(properties.accessCacheTtl()).build();
    }

    void remember(String requestPath, StoredTile tile) {
        entries.put(requestPath, tile);
    }

    /** The stored tile for this raw request path, or null: then the pipeline must answer. */
    public StoredTile find(String requestPath) {
        return entries.getIfPresent(requestPath);
    }

    /** Its file went away (a newer version replaced it): the pipeline answers from now on. */
    public void forget(String requestPath) {
        entries.invalidate(requestPath);
    }
}
