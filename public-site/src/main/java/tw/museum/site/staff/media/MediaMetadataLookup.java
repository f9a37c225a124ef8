package tw.museum.site.staff.media;

import org.springframework.stereotype.Component;
import tw.museum.catalog.media.MediaMetadata;
import tw.museum.catalog.media.MediaMetadataStore;

/**
 * What a media file said about itself when it was imported (capture date, creator, copyright; a
 * document's title, pages and text), for the staff artifact page: {@code ${@mediaMetadata.of(m.id)}}.
 * Staff pages only: the file's own creator or copyright may name a private person.
 */
@Component("mediaMetadata")
public class MediaMetadataLookup {

    private final MediaMetadataStore store;

    public MediaMetadataLookup(MediaMetadataStore store) {
        this.store = store;
    }

    public MediaMetadata of(long mediaId) {
        return store.find(mediaId).orElse(null);
    }
}
