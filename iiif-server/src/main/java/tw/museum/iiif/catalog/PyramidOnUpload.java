package tw.museum.iiif.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tw.museum.catalog.media.MediaAttached;
import tw.museum.catalog.media.MediaKind;
import tw.museum.iiif.image.SourceProbe;
import tw.museum.iiif.pyramid.PyramidService;
import tw.museum.iiif.source.ImageIdentifier;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.source.ResolvedSource;

/**
 * Starts cutting the tile pyramid of a new image as soon as its upload commits, in the background, so
 * the first visitor to zoom in does not wait. If this node stops first, the first request derives it.
 */
@Component
public class PyramidOnUpload {

    private static final Logger log = LoggerFactory.getLogger(PyramidOnUpload.class);

    private final ImageSourceResolver resolver;
    private final SourceProbe probe;
    private final PyramidService pyramids;

    public PyramidOnUpload(ImageSourceResolver resolver, SourceProbe probe, PyramidService pyramids) {
        this.resolver = resolver;
        this.probe = probe;
        this.pyramids = pyramids;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void derive(MediaAttached event) {
        if (event.kind() != MediaKind.IMAGE) {
            return;
        }
        try {
            ResolvedSource source = resolver.resolve(new ImageIdentifier(CatalogMediaIdentifiers.of(event.mediaId())));
            if (source.path() == null) {
                return;
            }
            var info = probe.probe(source.path(), source.lastModified().toEpochMilli());
            if (pyramids.worthDeriving(info)) {
                pyramids.deriveAsync(source, info);
            }
        } catch (RuntimeException e) {
            // Never fail the upload over this: the first request derives the pyramid instead.
            log.warn("Could not start the pyramid of media {}: {}", event.mediaId(), e.toString());
        }
    }
}
