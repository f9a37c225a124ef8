package tw.museum.catalog.media;

import tw.museum.catalog.common.Bilingual;

/**
 * What staff say about a media file. {@code position} and {@code primary} are optional on upload
 * (appended, and primary when it is the first image); {@code rightsRestricted} marks an image the public
 * may see only reduced (null: unrestricted on upload, unchanged on edit); {@code version} is required for edits.
 */
public record MediaDescription(Bilingual caption, String rights, Boolean rightsRestricted, Integer position,
                               Boolean primary, Long version) {

    public static MediaDescription none() {
        return new MediaDescription(null, null, null, null, null, null);
    }
}
