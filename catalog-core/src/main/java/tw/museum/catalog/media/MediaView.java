package tw.museum.catalog.media;

import java.time.Instant;
import tw.museum.catalog.common.Bilingual;

/** A media file's description; nothing in it is restricted. */
public record MediaView(long id, MediaKind kind, int position, boolean primary, Bilingual caption, String rights,
                        boolean rightsRestricted, String filename, String mediaType, long sizeBytes, String sha256, Integer width,
                        Integer height, Instant createdAt, long version) {

    public static MediaView of(Media m) {
        return new MediaView(m.getId(), m.getKind(), m.getPosition(), m.isPrimary(), m.getCaption(), m.getRights(), m.isRightsRestricted(),
                m.getOriginalFilename(), m.getMediaType(), m.getSizeBytes(), m.getSha256(), m.getWidth(),
                m.getHeight(), m.getCreatedAt(), m.getVersion());
    }
}
