package tw.museum.catalog.exhibition;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.common.Bilingual;

/** One object on an exhibition's list: its place in the order, its label and notes, when it went up and came back. */
@Entity
@Table(name = "exhibition_object")
class ExhibitionObject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exhibition_object_seq")
    @SequenceGenerator(name = "exhibition_object_seq", sequenceName = "exhibition_object_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exhibition_id")
    private Exhibition exhibition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artifact_id")
    private Artifact artifact;

    private int position;
    private String labelZh;
    private String labelEn;
    private String displayNotes;
    private Instant installedAt;
    private Instant returnedAt;

    protected ExhibitionObject() {
    }

    ExhibitionObject(Exhibition exhibition, Artifact artifact) {
        this.exhibition = exhibition;
        this.artifact = artifact;
    }

    void describe(int newPosition, Bilingual label, String notes) {
        this.position = newPosition;
        this.labelZh = label.zh();
        this.labelEn = label.en();
        this.displayNotes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    void installed(Instant at) {
        this.installedAt = at;
        this.returnedAt = null;
    }

    void returned(Instant at) {
        this.returnedAt = at;
    }

    /** In the exhibition's location now: moved there and not yet back. */
    boolean onDisplay() {
        return installedAt != null && returnedAt == null;
    }

    Exhibition getExhibition() {
        return exhibition;
    }

    Artifact getArtifact() {
        return artifact;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    Bilingual getLabel() {
        return Bilingual.of(labelZh, labelEn);
    }

    String getDisplayNotes() {
        return displayNotes;
    }

    Instant getInstalledAt() {
        return installedAt;
    }

    Instant getReturnedAt() {
        return returnedAt;
    }
}
