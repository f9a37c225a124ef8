package tw.museum.catalog.conservation;

import tw.museum.catalog.common.Bilingual;

/**
 * A chosen photo on the public side, addressed by its place in the story (1-based), never by the ids of the
 * condition records; its size is the original's, for the page's layout.
 */
public record PublicStoryPhoto(int position, PhotoStage stage, Bilingual caption, Integer width, Integer height) {
}
