package tw.museum.catalog.conservation;

import tw.museum.catalog.common.Bilingual;

/** A chosen photo as staff see it: which check and photo, its stage and caption, its place (1-based) in the story. */
public record StoryPhotoView(int position, long checkId, long photoId, PhotoStage stage, Bilingual caption) {
}
