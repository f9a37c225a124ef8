package tw.museum.catalog.donation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import tw.museum.catalog.media.StoredFile;

/** A photo the donor sent of one object, kept in the media store; attached to the artifact on accession. */
@Entity
@Table(name = "donation_photo")
public class DonationPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "donation_photo_seq")
    @SequenceGenerator(name = "donation_photo_seq", sequenceName = "donation_photo_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "object_id")
    private DonationObject object;

    private String storageKey;
    private String mediaType;
    private long sizeBytes;
    private Integer width;
    private Integer height;

    protected DonationPhoto() {
    }

    DonationPhoto(DonationObject object, StoredFile file) {
        this.object = object;
        this.storageKey = file.storageKey();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.width = file.width();
        this.height = file.height();
    }

    public Long getId() { return id; }
    public String getStorageKey() { return storageKey; }
    public String getMediaType() { return mediaType; }
    public Integer getWidth() { return width; }
    public Integer getHeight() { return height; }
}
