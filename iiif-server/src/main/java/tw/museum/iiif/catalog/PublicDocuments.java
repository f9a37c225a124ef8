package tw.museum.iiif.catalog;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.museum.catalog.artifact.PublicArtifactView;
import tw.museum.catalog.media.MediaKind;
import tw.museum.catalog.media.MediaService;
import tw.museum.catalog.media.MediaView;
import tw.museum.iiif.document.DocumentPages;

/**
 * The documents of a published artifact that become canvases (one per page) and can be searched: PDFs that
 * are not rights-restricted (a restricted document's pages and text stay off the public side).
 */
@Component
public class PublicDocuments {

    private final MediaService media;
    private final DocumentPages pages;

    public PublicDocuments(MediaService media, DocumentPages pages) {
        this.media = media;
        this.pages = pages;
    }

    /** A document with its rendered page sizes (page 1 first). */
    public record PagedDocument(MediaView media, List<DocumentPages.PageSize> pages) {
    }

    public static boolean isPaged(MediaView m) {
        return m.kind() == MediaKind.DOCUMENT && "application/pdf".equals(m.mediaType()) && !m.rightsRestricted();
    }

    public List<PagedDocument> of(PublicArtifactView artifact) {
        if (artifact.media() == null) {
            return List.of();
        }
        return artifact.media().stream()
                .filter(PublicDocuments::isPaged)
                .sorted(Comparator.comparingInt(MediaView::position).thenComparingLong(MediaView::id))
                .flatMap(m -> media.file(m.id(), false).stream()
                        .map(f -> new PagedDocument(m, pages.sizes(f.original(), m.sha256()))))
                .filter(d -> !d.pages().isEmpty())
                .toList();
    }
}
