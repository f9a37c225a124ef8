package tw.museum.catalog.learning;

import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;

/** An item as staff see it: which artifact (and whether it is public), which media file, the caption. */
public record ItemView(String objectNumber, Bilingual artifactTitle, ArtifactStatus artifactStatus, Long mediaId,
                       Bilingual caption) {
}
