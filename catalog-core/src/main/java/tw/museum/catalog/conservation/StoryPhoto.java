package tw.museum.catalog.conservation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import tw.museum.catalog.common.Bilingual;

/** A chosen photo, by condition check and photo id (both checked to belong to the story's object). */
@Embeddable
class StoryPhoto {

    private long checkId;
    private long photoId;
    @Enumerated(EnumType.STRING)
    private PhotoStage stage;
    private String captionZh;
    private String captionEn;

    protected StoryPhoto() {
    }

    StoryPhoto(long checkId, long photoId, PhotoStage stage, Bilingual caption) {
        this.checkId = checkId;
        this.photoId = photoId;
        this.stage = stage;
        this.captionZh = caption.zh();
        this.captionEn = caption.en();
    }

    long checkId() {
        return checkId;
    }

    long photoId() {
        return photoId;
    }

    PhotoStage stage() {
        return stage;
    }

    Bilingual caption() {
        return Bilingual.of(captionZh, captionEn);
    }
}
