package tw.museum.catalog.condition;

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
import tw.museum.catalog.common.Bilingual;
import tw.museum.catalog.media.StoredFile;

/** A photo of a condition check, in the media store, with its annotation. */
@Entity
@Table(name = "condition_photo")
class ConditionPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "condition_photo_seq")
    @SequenceGenerator(name = "condition_photo_seq", sequenceName = "condition_photo_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_id")
    private ConditionCheck check;

    private int position;
    private String storageKey;
    private String mediaType;
    private long sizeBytes;
    private Integer width;
    private Integer height;
    private String annotationZh;
    private String annotationEn;
    private Instant uploadedAt;

    protected ConditionPhoto() {
    }

    ConditionPhoto(ConditionCheck check, int position, StoredFile file, Bilingual annotation, Instant now) {
        this.check = check;
        this.position = position;
        this.storageKey = file.storageKey();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.width = file.width();
        this.height = file.height();
        this.annotationZh = annotation.zh();
        this.annotationEn = annotation.en();
        this.uploadedAt = now;
    }

    Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    String getStorageKey() {
        return storageKey;
    }

    void annotate(Bilingual annotation) {
        this.annotationZh = annotation.zh();
        this.annotationEn = annotation.en();
    }

    ConditionPhotoView view() {
        return new ConditionPhotoView(id, mediaType, width, height, Bilingual.of(annotationZh, annotationEn));
    }
}
