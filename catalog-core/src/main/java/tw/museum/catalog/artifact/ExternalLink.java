package tw.museum.catalog.artifact;

import tw.museum.catalog.common.Bilingual;

/** A link from the record to a page elsewhere (a reference, an archive record, a video). */
public record ExternalLink(String url, Bilingual label) {
}
