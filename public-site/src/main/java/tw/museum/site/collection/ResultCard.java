package tw.museum.site.collection;

import tw.museum.catalog.artifact.PublicArtifactView;

/** One result on the browse page: the catalogue's public record and, for a search, its snippet (or null). */
public record ResultCard(PublicArtifactView artifact, Snippet snippet) {
}
