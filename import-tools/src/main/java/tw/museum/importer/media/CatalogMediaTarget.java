package tw.museum.importer.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tw.museum.catalog.artifact.ArtifactService;
import tw.museum.catalog.media.MediaDescription;
import tw.museum.catalog.media.MediaMetadata;
import tw.museum.catalog.media.MediaMetadataStore;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.MediaView;

/** Files attached through the catalogue's media service (type checks, media store, audit, change feed). */
@Component
public class CatalogMediaTarget implements MediaTarget {

    private final ArtifactService artifacts;
    private final MediaService media;
    private final MediaMetadataStore metadata;
    private final TransactionTemplate transaction;

    public CatalogMediaTarget(ArtifactService artifacts, MediaService media, MediaMetadataStore metadata,
                              TransactionTemplate transaction) {
        this.artifacts = artifacts;
        this.media = media;
        this.metadata = metadata;
        this.transaction = transaction;
    }

    @Override
    public boolean exists(String objectNumber) {
        return artifacts.exists(objectNumber);
    }

    @Override
    public List<Existing> media(String objectNumber) {
        return media.list(objectNumber).stream().map(m -> new Existing(m.sha256(), m.filename())).toList();
    }

    @Override
    public void attach(String objectNumber, Path file, String filename, int position, boolean primary,
                       MediaMetadata read) {
        transaction.executeWithoutResult(status -> {
            try (InputStream in = Files.newInputStream(file)) {
                MediaView view = media.attach(objectNumber, filename, in,
                        new MediaDescription(null, null, null, position, primary ? Boolean.TRUE : null, null));
                metadata.save(view.id(), read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
