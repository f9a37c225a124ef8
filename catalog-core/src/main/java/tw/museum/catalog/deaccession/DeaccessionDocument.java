package tw.museum.catalog.deaccession;

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
import tw.museum.catalog.media.StoredFile;

/**
 * A document of a deaccession (committee minutes, transfer receipt, certificate of destruction, photos), its
 * bytes in the media store under their hash; the uploader's file name is only a label.
 */
@Entity
@Table(name = "deaccession_document")
public class DeaccessionDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deaccession_document_seq")
    @SequenceGenerator(name = "deaccession_document_seq", sequenceName = "deaccession_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deaccession_id")
    private Deaccession deaccession;

    private String storageKey;
    private String mediaType;
    private String filename;
    private long sizeBytes;
    private Instant uploadedAt;
    private String uploadedBy;

    protected DeaccessionDocument() {
    }

    DeaccessionDocument(Deaccession deaccession, StoredFile file, String filename, String actor, Instant now) {
        this.deaccession = deaccession;
        this.storageKey = file.storageKey();
        this.mediaType = file.mediaType();
        this.filename = filename;
        this.sizeBytes = file.sizeBytes();
        this.uploadedAt = now;
        this.uploadedBy = actor;
    }

    public Long getId() { return id; }
    public Deaccession getDeaccession() { return deaccession; }
    public String getStorageKey() { return storageKey; }
    public String getMediaType() { return mediaType; }
    public String getFilename() { return filename; }
    public long getSizeBytes() { return sizeBytes; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
