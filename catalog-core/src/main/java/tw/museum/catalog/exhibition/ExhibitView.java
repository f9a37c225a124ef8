package tw.museum.catalog.exhibition;

import java.time.Instant;
import tw.museum.catalog.artifact.ArtifactStatus;
import tw.museum.catalog.common.Bilingual;

/** An object of an exhibition as staff see it: display notes, installation and the record's status included. */
public record ExhibitView(String objectNumber, Bilingual title, ArtifactStatus status, Bilingual label,
                          String displayNotes, Instant installedAt, Instant returnedAt) {

    public boolean onDisplay() {
        return installedAt != null && returnedAt == null;
    }
}
