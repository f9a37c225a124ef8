package tw.museum.catalog.conservation;

import tw.museum.catalog.common.Bilingual;

/** A photo chosen for a story: a photo of one of the object's condition checks, its stage and public caption. */
public record StoryPhotoData(Long photoId, PhotoStage stage, Bilingual caption) {

    public StoryPhotoData {
        caption = caption == null ? Bilingual.empty() : caption;
    }
}
