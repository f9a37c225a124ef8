package tw.museum.catalog.learning;

import tw.museum.catalog.common.Bilingual;

/** An item of a section as staff submit it: an artifact, optionally one of its media files, a caption. */
public record ItemData(String objectNumber, Long mediaId, Bilingual caption) {
}
