package tw.museum.catalog.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import tw.museum.catalog.artifact.Artifact;
import tw.museum.catalog.common.Bilingual;

/** An image or document attached to an artifact. The original file is kept unchanged in the media store. */
@Entity
public class Media {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_seq")
    @SequenceGenerator(name = "media_seq", sequenceName = "media_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "artifact_id")
    private Artifact artifact;

    @Enumerated(EnumType.STRING)
    private MediaKind kind;

    private int position;

    @Column(name = "is_primary")
    private boolean primary;

    private String captionZh;
    private String captionEn;
    private String rights;
    private boolean rightsRestricted;
    private String originalFilename;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private Integer width;
    private Integer height;
    private Instant createdAt;
    private String createdBy;

    @Version
    private long version;

    protected Media() {
    }

    Media(Artifact artifact, StoredFile file, String originalFilename, Instant now, String actor) {
        this.artifact = artifact;
        this.kind = file.kind();
        this.originalFilename = originalFilename;
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.width = file.width();
        this.height = file.height();
        this.createdAt = now;
        this.createdBy = actor;
    }

    void describe(MediaDescription d) {
        Bilingual caption = d.caption() == null ? Bilingual.empty() : d.caption();
        this.captionZh = caption.zh();
        this.captionEn = caption.en();
        this.rights = d.rights() == null || d.rights().isBlank() ? null : d.rights().strip();
        if (d.rightsRestricted() != null) {
            this.rightsRestricted = d.rightsRestricted();
        }
    }

    void place(int position, boolean primary) {
        this.position = position;
        this.primary = primary;
    }

    public Long getId() {
        return id;
    }

    public Artifact getArtifact() {
        return artifact;
    }

    public MediaKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public boolean isPrimary() {
        return primary;
    }

    public Bilingual getCaption() {
        return new Bilingual(captionZh, captionEn);
    }

    public String getRights() {
        return rights;
    }

    public boolean isRightsRestricted() {
        return rightsRestricted;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
