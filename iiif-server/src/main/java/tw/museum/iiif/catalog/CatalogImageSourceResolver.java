package tw.museum.iiif.catalog;

import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.media.MediaFile;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaService;
import tw.museum.iiif.config.IiifProperties;
import tw.museum.iiif.document.DocumentPages;
import tw.museum.iiif.source.AccessDecision;
import tw.museum.iiif.source.ImageIdentifier;
import tw.museum.iiif.source.ImageSourceResolver;
import tw.museum.iiif.source.ResolvedSource;

/**
 * Serves the catalogue's images: an image of a published artifact is open (rights-restricted ones only
 * up to {@code museum.iiif.restricted-max-size}), of a draft or withdrawn artifact refused (403),
 * anything else unknown (404). The original's bytes never change (the store is
 * content-addressed), so the upload time is its last modification.
 */
@Component
@ConditionalOnProperty(prefix = "museum.iiif.source-folder", name = "enabled", havingValue = "false", matchIfMissing = true)
public class CatalogImageSourceResolver implements ImageSourceResolver {

    private final MediaService media;
    private final DocumentPages pages;
    private final AccessDecision restricted;

    public CatalogImageSourceResolver(MediaService media, DocumentPages pages, IiifProperties properties) {
        this.media = media;
        this.pages = pages;
        this.restricted = new AccessDecision.Restricted(properties.restrictedMaxSize(), properties.restrictedMaxSize());
    }

    @Override
    public ResolvedSource resolve(ImageIdentifier identifier) {
        Optional<CatalogMediaIdentifiers.PageRef> page = CatalogMediaIdentifiers.pageOf(identifier.value());
        if (page.isPresent()) {
            return documentPage(identifier, page.get());
        }
        OptionalLong id = CatalogMediaIdentifiers.mediaId(identifier.value());
        if (id.isEmpty()) {
            return ResolvedSource.notFound(identifier);
        }
        return media.file(id.getAsLong(), true)
                .filter(f -> f.media().kind() == MediaKind.IMAGE)
                .map(f -> new ResolvedSource(identifier, f.original(), f.media().mediaType(),
                        orZero(f.media().width()), orZero(f.media().height()), access(f), f.media().createdAt()))
                .orElseGet(() -> ResolvedSource.notFound(identifier));
    }

    /** A page of a public PDF, rendered to an image on first use; only then is the PDF read. */
    private ResolvedSource documentPage(ImageIdentifier identifier, CatalogMediaIdentifiers.PageRef ref) {
        Optional<MediaFile> file = media.file(ref.mediaId(), true).filter(f -> PublicDocuments.isPaged(f.media()));
        if (file.isEmpty()) {
            return ResolvedSource.notFound(identifier);
        }
        MediaFile f = file.get();
        AccessDecision access = access(f);
        if (access != AccessDecision.OPEN) {
            return new ResolvedSource(identifier, f.original(), f.media().mediaType(), 0, 0, AccessDecision.DENIED,
                    f.media().createdAt());
        }
        if (ref.page() > pages.sizes(f.original(), f.media().sha256()).size()) {
            return ResolvedSource.notFound(identifier);
        }
        return new ResolvedSource(identifier, pages.render(f.original(), f.media().sha256(), ref.page()), "image/png",
                0, 0, access, f.media().createdAt());
    }

    private AccessDecision access(MediaFile file) {
        if (file.artifactStatus() != ArtifactStatus.PUBLISHED) {
            return AccessDecision.DENIED;
        }
        return file.media().rightsRestricted() ? restricted : AccessDecision.OPEN;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
