package tw.museum.iiif.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.museum.catalog.media.MediaMetadata;
import tw.museum.catalog.media.MediaMetadataStore;

/** The text extracted at import of public documents, page by page ({@link MediaMetadata#pages()}). */
@Component
public class DocumentTexts {

    private final MediaMetadataStore metadata;

    public DocumentTexts(MediaMetadataStore metadata) {
        this.metadata = metadata;
    }

    /** Whether any of the documents has text to search. */
    public boolean anyText(List<PublicDocuments.PagedDocument> documents) {
        return documents.stream().anyMatch(d -> !pagesOf(d).isEmpty());
    }

    /** The text of each page that exists as a canvas, by document; pages beyond the PDF's are dropped. */
    public Map<PublicDocuments.PagedDocument, List<String>> pages(List<PublicDocuments.PagedDocument> documents) {
        Map<PublicDocuments.PagedDocument, List<String>> out = new LinkedHashMap<>();
        for (PublicDocuments.PagedDocument d : documents) {
            List<String> pages = pagesOf(d);
            if (!pages.isEmpty()) {
                out.put(d, pages.subList(0, Math.min(pages.size(), d.pages().size())));
            }
        }
        return out;
    }

    private List<String> pagesOf(PublicDocuments.PagedDocument d) {
        return metadata.find(d.media().id()).map(MediaMetadata::pages).orElse(List.of());
    }
}
