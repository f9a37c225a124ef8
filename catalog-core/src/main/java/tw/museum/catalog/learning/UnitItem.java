package tw.museum.catalog.learning;

import jakarta.persistence.Embeddable;
import tw.museum.catalog.common.Bilingual;

/** An item of a section: the artifact by id (so renumbering never breaks it), optionally one media file. */
@Embeddable
class UnitItem {

    private int sectionIndex;
    private long artifactId;
    private Long mediaId;
    private String captionZh;
    private String captionEn;

    protected UnitItem() {
    }

    UnitItem(int sectionIndex, long artifactId, Long mediaId, Bilingual caption) {
        this.sectionIndex = sectionIndex;
        this.artifactId = artifactId;
        this.mediaId = mediaId;
        this.captionZh = caption == null ? null : caption.zh();
        this.captionEn = caption == null ? null : caption.en();
    }

    int sectionIndex() {
        return sectionIndex;
    }

    void moveToSection(int index) {
        this.sectionIndex = index;
    }

    long artifactId() {
        return artifactId;
    }

    Long mediaId() {
        return mediaId;
    }

    Bilingual caption() {
        return new Bilingual(captionZh, captionEn);
    }
}
