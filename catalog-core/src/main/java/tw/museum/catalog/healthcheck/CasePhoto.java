package tw.museum.catalog.healthcheck;

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

/** A photo sent with a request, kept in the media store; for staff only. */
@Entity
@Table(name = "health_check_photo")
public class CasePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_check_photo_seq")
    @SequenceGenerator(name = "health_check_photo_seq", sequenceName = "health_check_photo_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private HealthCheckCase healthCheckCase;

    private String storageKey;
    private String mediaType;
    private long sizeBytes;
    private Integer width;
    private Integer height;
    private Instant uploadedAt;

    protected CasePhoto() {
    }

    CasePhoto(HealthCheckCase healthCheckCase, StoredFile file, Instant now) {
        this.healthCheckCase = healthCheckCase;
        this.storageKey = file.storageKey();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.width = file.width();
        this.height = file.height();
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }
}
